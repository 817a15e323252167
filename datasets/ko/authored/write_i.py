#!/usr/bin/env python3
"""Hand-written Korean posts for the grooming detector, author i (synthetic, non-explicit; posts only).

Written blind (without reading the other authors' data or the detector). The style is that of a
monitoring team's sweep: short and long posts from many kinds of places and posters, each keeping the
shape of its source: 익명 커뮤니티 게시판 (title line + body), 중고거래 앱 listings (price, 직거래 place),
오픈채팅 방 목록 (room title + one-line intro), 블로그/스토리-like diary posts, 게임 아이템 거래소,
동네 생활 게시판, SNS hashtag posts, 가출 청소년 커뮤니티, 알바 구인 board and 디스코드 server lists.

- Positives (``data_i_pos.py``): adults offering money, gifts, a place to stay or "easy work" to minors
  (조건, 용돈, 스폰, 헬퍼, 재워줌, 숙식), youth-voice posts (재워주실 분, 폰비/용돈 급구 with an age hint),
  photos/video for money or game items, fake modelling and 알바 lures for 10대, "고민 들어줄게" lures
  that move to a private channel, 몸캠 bait and 1:1 말동무 requests that name 중딩/고딩. Some carry heavy
  obfuscation (초성, separators, emoji inside words, English-keyboard Korean, look-alike digits, elongation,
  spelled-out syllables), others are plain Korean that lean on euphemism (놀아줄 사람, 밥만 먹어도 됨).
- Negatives (``data_i_neg.py``): posts of the same places that reuse the same words innocently (used school
  uniforms sold by parents, 쉼터/1388 notices, legal 알바 ads with 만 15세 이상 and 동의서, school counselling
  boards, sports sponsors, 용돈 negotiations, game 헬퍼/파티, video-call app reviews, selfie tips, police and
  school warnings, adult-only dating, photo clubs with guardian notes, tutoring, neighbourhood meetups).

A post line is ``label | kind | marks | text``: ``kind`` is the post_type (label 1) or negative_type (label 0),
marks are the category tags of write_c.py (age comp gift sec img plat sex meet money shelter spon sext self)
and ``sp`` when a word is spelled out with spaces (recorded as ``spacing_symbols``). `` // `` in the text is
a line break of the post. Obfuscation is detected as in write_e.py, ``split`` is ``records.split_of``, and
every post is validated with ``corpus.validation.validate_record`` through ``write_c.check``. Only
``posts_i.jsonl`` is written. Run ``python3 datasets/ko/authored/write_i.py``; standard library only,
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
from data_i_neg import NEGATIVE  # noqa: E402
from data_i_pos import POSITIVE  # noqa: E402
from records import print_errors, tagged_post  # noqa: E402
from write_c import _obfuscation, check  # noqa: E402

SPACED_MARK = "sp"  # hand mark: the text spells a word out with spaces ("재 워 줌")
BREAK = " // "  # a line break inside a post
MIN_CHARS, MAX_CHARS = 10, 420


def _obf(text: str, marks: list[str]) -> set[str]:
    """write_c's detector; spaces between single syllables count only when marked by hand."""
    found = _obfuscation(text)
    if SPACED_MARK not in marks and "spacing_symbols" not in base.detected_obfuscation(text):
        found.discard("spacing_symbols")
    return found


def build_post(letter: str, n: int, line: str) -> dict[str, Any]:
    rid = f"ko-au-{letter}-post-{n:04d}"
    source = f"synthetic, hand-written (author {letter})"
    rec = tagged_post(rid, line.replace(BREAK, "\n"), _obf, source, extra_marks=(SPACED_MARK,))
    if not MIN_CHARS <= len(rec["text"]) <= MAX_CHARS:
        raise ValueError(f"{rid}: {len(rec['text'])} characters")
    if rec["text"].count("\n") > 5:
        raise ValueError(f"{rid}: more than 6 lines")
    return rec


def write(letter: str, positive: str, negative: str) -> int:
    """Validate author ``letter``'s post lines and write ``posts_<letter>.jsonl`` (also used by author m's
    writer, which shares this format)."""
    name = f"posts_{letter}.jsonl"
    lines = [x for x in (positive + negative).strip().splitlines() if x.strip()]
    posts = [build_post(letter, i, line) for i, line in enumerate(lines, 1)]
    errs = check([], posts)
    for p in posts:
        if (p["label"] == 1) != (p["post_type"] is not None):
            errs.append(f"{p['id']}: label and kind disagree")
    if print_errors(errs):
        return 1
    base.write(HERE / name, posts)
    lab = Counter((p["label"], p["split"]) for p in posts)
    cats = Counter(c for p in posts for c in p["categories"])
    kinds = Counter(p["post_type"] for p in posts if p["label"] == 1)
    negs = Counter(p["negative_type"] for p in posts if p["label"] == 0)
    obf = {lbl: Counter(o for p in posts if p["label"] == lbl for o in p["obfuscation"]) for lbl in (1, 0)}
    n_obf = Counter(p["label"] for p in posts if p["obfuscation"])
    chars = sorted(len(p["text"]) for p in posts)
    print(f"{name}: {len(posts)} ({dict(sorted(lab.items()))}), characters {chars[0]}-{chars[-1]}")
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("  post_type: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"  negative types: {len(negs)}")
    print(f"  with obfuscation: positives {n_obf[1]}, negatives {n_obf[0]}")
    print("  obfuscation (pos/neg): " + ", ".join(f"{o} {obf[1][o]}/{obf[0][o]}" for o in OBFUSCATIONS))
    return 0


def main() -> int:
    return write("i", POSITIVE, NEGATIVE)


if __name__ == "__main__":
    sys.exit(main())
