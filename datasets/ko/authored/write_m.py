#!/usr/bin/env python3
"""Hand-written Korean posts for the grooming detector, author m (synthetic, non-explicit; posts only).

Written blind (without reading the other authors' data or the detector). The style is that of posts as
found in 2026, each in the shape of its source: X(트위터) bios and tweets with hashtags, 텔레그램 channel and
bot descriptions, 오픈채팅 방 이름 + 공지, 디스코드 server invite blurbs (no links), 인스타 스토리 text,
동네 생활/중고거래 listings, 알바 앱 listings, 게임 커뮤니티 거래글, 익명 Q&A app answers and comments left
under a youth's post ("힘들면 연락해 재워줄게"). Lengths run from a one-line bio to a long notice.

- Positives (``data_m_pos.py``): 조건/용돈 offers and youth-voice asks with an age hint, 헬퍼/가출팸 and
  숙박 제공 offers, 스폰 and 용돈 알바 lures, 프사/셀카/영상 for money or items, 1:1 "고민 상담" and 야톡 rooms
  that name 중딩/고딩, 몸캠 bait, 기프티콘/스킨 lures. About two thirds carry heavy, mixed obfuscation within
  one post (초성 + emoji inside words + look-alike digits 0ㅑ + English-keyboard Korean + separators 조/건 +
  elongation + jamo split + spelled-out 재 워 줌) and newer euphemisms (밥친구, 드라이브, 시간 내줄 동생, ㅍㅇ,
  숙박 제공, 프사 보고 연락); the rest are plain, polite Korean that leans on euphemism alone.
- Negatives (``data_m_neg.py``): the same places and the same habits used innocently (teen 초성 such as
  ㅈㄱㄴ, elongation, emoji, English-keyboard slips) and the same words in benign senses: 요금제/지원 조건,
  스폰서 기업과 대회 후원, 게임/이사 헬퍼, 용돈 기입장, 교복 중고 by parents, 프라모델/모델하우스, 캠핑/캠스터디,
  텔레비전, 쉼터 and 1388 notices, crime news, police warnings, adult-only dating that excludes minors,
  photo clubs with guardian consent and legal 알바 (만 15세 이상, 동의서, 최저시급).

A post line is ``label | kind | marks | text``: ``kind`` is the post_type (label 1) or negative_type (label 0),
marks are the category tags of write_c.py (age comp gift sec img plat sex meet money shelter spon sext self)
and ``sp`` when a word is spelled out with spaces (recorded as ``spacing_symbols``). `` // `` in the text is
a line break of the post. Obfuscation is detected as in write_e.py, ``split`` is ``records.split_of``, and
every post is validated with ``corpus.validation.validate_record`` through ``write_c.check``. Only
``posts_m.jsonl`` is written. Run ``python3 datasets/ko/authored/write_m.py``; standard library only,
deterministic output.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

import corpus_b as base  # noqa: E402  (obfuscation checks, writer)
from corpus.config import CATEGORIES, OBFUSCATIONS  # noqa: E402
from data_m_neg import NEGATIVE  # noqa: E402
from data_m_pos import POSITIVE  # noqa: E402
from records import print_errors, tagged_post  # noqa: E402
from write_c import _obfuscation, check  # noqa: E402

SOURCE = "synthetic, hand-written (author m)"
SPACED_MARK = "sp"  # hand mark: the text spells a word out with spaces ("재 워 줌")
BREAK = " // "  # a line break inside a post
MIN_CHARS, MAX_CHARS = 10, 420


def _obf(text: str, marks: list[str]) -> set[str]:
    """write_c's detector; spaces between single syllables count only when marked by hand."""
    found = _obfuscation(text)
    if SPACED_MARK not in marks and "spacing_symbols" not in base.detected_obfuscation(text):
        found.discard("spacing_symbols")
    return found


def build_post(n: int, line: str) -> dict[str, Any]:
    rid = f"ko-au-m-post-{n:04d}"
    rec = tagged_post(rid, line.replace(BREAK, "\n"), _obf, SOURCE, extra_marks=(SPACED_MARK,))
    if not MIN_CHARS <= len(rec["text"]) <= MAX_CHARS:
        raise ValueError(f"{rid}: {len(rec['text'])} characters")
    if rec["text"].count("\n") > 5:
        raise ValueError(f"{rid}: more than 6 lines")
    return rec


def main() -> int:
    lines = [x for x in (POSITIVE + NEGATIVE).strip().splitlines() if x.strip()]
    posts = [build_post(i, line) for i, line in enumerate(lines, 1)]
    errs = check([], posts)
    for p in posts:
        if (p["label"] == 1) != (p["post_type"] is not None):
            errs.append(f"{p['id']}: label and kind disagree")
    if print_errors(errs):
        return 1
    base.write(HERE / "posts_m.jsonl", posts)
    lab = Counter((p["label"], p["split"]) for p in posts)
    cats = Counter(c for p in posts for c in p["categories"])
    kinds = Counter(p["post_type"] for p in posts if p["label"] == 1)
    negs = Counter(p["negative_type"] for p in posts if p["label"] == 0)
    obf = {lbl: Counter(o for p in posts if p["label"] == lbl for o in p["obfuscation"]) for lbl in (1, 0)}
    n_obf = Counter(p["label"] for p in posts if p["obfuscation"])
    chars = sorted(len(p["text"]) for p in posts)
    print(f"posts_m.jsonl: {len(posts)} ({dict(sorted(lab.items()))}), characters {chars[0]}-{chars[-1]}")
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("  post_type: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"  negative types: {len(negs)}")
    print(f"  with obfuscation: positives {n_obf[1]}, negatives {n_obf[0]}")
    print("  obfuscation (pos/neg): " + ", ".join(f"{o} {obf[1][o]}/{obf[0][o]}" for o in OBFUSCATIONS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
