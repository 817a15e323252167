#!/usr/bin/env python3
"""Hand-written Korean posts for the grooming detector, author h (synthetic, non-explicit). Posts only.

Written blind (without reading the other authors' data or the detector) from the point of view of a
monitoring analyst sweeping for solicitation of minors: short X(트위터) profiles and posts, 텔레그램 channel
blurbs, 랜덤채팅/오픈채팅 room titles and profiles, 커뮤니티 게시판 posts, 중고거래-looking listings, 알바 구인
posts and 게임 커뮤니티 posts. Lengths run from an 8-character room title to a ~400-character board post of
up to six lines. The positives (조건만남 offers "학생 환영", youth-voice 조건/용돈 posts with the age given
obliquely (07년생, 고1, 중삼, 민짜), 헬퍼/가출팸 offers and runaways looking for a bed, 스폰 offers to teens,
셀카/영상 for money or 기프티콘, fake modelling and "고수익 당일지급 미성년 가능" job lures, 몸캠 bait profiles,
moves to 텔레/라인/디엠) are written with heavy, mixed obfuscation, because such posts are written to slip
past filters: 초성 (ㅈㄱ, ㅎㅍ, ㅅㅍ), symbols or spaces inside words (조.건, 용/돈, 헬-퍼), emoji inside words,
digit and Latin look-alikes (0ㅕ, ㄱr출), Korean typed with the IME off (whrjs, dydehs), fullwidth and
circled characters, elongation, jamo split, homophone slang (용똔, P, 텔ㄹ) and hashtags. The hard negatives
use the same words and many of the same habits innocently: real 알바 ads (근무 조건, 시급, 동의서), 중고거래
(직거래, 페이), 용돈 기입장 apps, 쉼터/1388 notices, police and NGO warnings, news summaries of crackdowns,
game 헬퍼/파티 모집, team sponsors, official auditions with 보호자 동의, photo clubs, TV sales, adult-only
dating posts, 과외/스터디 모집 and concert ticket 양도.

Data modules next to this file: ``data_h_pos.py`` (POSITIVE) and ``data_h_neg.py`` (NEGATIVE). Each post is
one line ``label | kind | marks | text``; `` ¶ `` inside the text is a line break. ``kind`` is the post_type
(label 1) or the negative_type (label 0); marks are the category keys of ``records.TAGS`` (age comp gift sec
img plat sex meet money shelter spon) plus hand obfuscation marks for what the automatic detector cannot
see (``OBF_MARKS``: ``cs`` 초성, ``sp`` symbols or spaces inside a word, ``lk`` digit/Latin/fullwidth/circled
look-alikes, ``ek`` English keyboard, ``el`` elongation, ``emo`` emoji inside a word, ``jm`` jamo split).
Spaces between single syllables only count as ``spacing_symbols`` when marked. Every post goes through
``corpus.validation.validate_record`` via write_c.check. Run ``python3 datasets/ko/authored/write_h.py``;
standard library only, deterministic output (writes ``posts_h.jsonl`` only).
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
from data_h_neg import NEGATIVE  # noqa: E402
from data_h_pos import POSITIVE  # noqa: E402
from records import print_errors, tagged_post  # noqa: E402
from write_c import _obfuscation, check  # noqa: E402

SOURCE = "synthetic, hand-written (author h)"
LINE_BREAK = " ¶ "
OBF_MARKS = {
    "cs": "chosung",
    "sp": "spacing_symbols",
    "lk": "latin_digits_lookalike",
    "ek": "english_keyboard",
    "el": "elongation",
    "emo": "emoji_insertion",
    "jm": "jamo_split",
}
MAX_CHARS = 420


def _obf(text: str, marks: list[str]) -> set[str]:
    """write_c's detector plus the hand marks; spaced syllables only count when marked ``sp``."""
    found = _obfuscation(text)
    if "sp" not in marks and "spacing_symbols" not in base.detected_obfuscation(text):
        found.discard("spacing_symbols")
    return found | {OBF_MARKS[m] for m in marks if m in OBF_MARKS}


def build_post(n: int, line: str) -> dict[str, Any]:
    label, kind, marks, text = (f.strip() for f in line.split("|", 3))
    line = " | ".join((label, kind, marks, text.replace(LINE_BREAK, "\n")))
    return tagged_post(f"ko-au-h-post-{n:04d}", line, _obf, SOURCE, extra_marks=tuple(OBF_MARKS))


def _rows(table: str) -> list[str]:
    return [x for x in table.strip().splitlines() if x.strip() and not x.lstrip().startswith("#")]


def main() -> int:
    rows = _rows(POSITIVE) + _rows(NEGATIVE)
    posts = [build_post(i, line) for i, line in enumerate(rows, 1)]
    errs = check([], posts)
    for p in posts:
        if p["label"] == 1 and not p["post_type"]:
            errs.append(f"{p['id']}: positive without post_type")
        if len(p["text"]) > MAX_CHARS or p["text"].count("\n") > 5:
            errs.append(f"{p['id']}: longer than {MAX_CHARS} characters or 6 lines")
    if print_errors(errs):
        return 1
    base.write(HERE / "posts_h.jsonl", posts)
    plab = Counter((p["label"], p["split"]) for p in posts)
    lens = sorted(len(p["text"]) for p in posts)
    cats = Counter(c for p in posts for c in p["categories"])
    kinds = Counter(p["post_type"] or p["negative_type"] for p in posts)
    obf = {lab: Counter(o for p in posts if p["label"] == lab for o in p["obfuscation"]) for lab in (0, 1)}
    n_obf = Counter(p["label"] for p in posts if p["obfuscation"])
    print(
        f"posts_h.jsonl: {len(posts)} ({dict(sorted(plab.items()))}), characters {lens[0]}-{lens[-1]}, median {lens[len(lens) // 2]}"
    )
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES if cats[c]))
    print("  post_type / negative_type: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"  with any obfuscation: positives {n_obf[1]}, negatives {n_obf[0]}")
    print("  obfuscation (pos/neg): " + ", ".join(f"{o} {obf[1][o]}/{obf[0][o]}" for o in OBFUSCATIONS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
