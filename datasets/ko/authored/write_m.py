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
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

from data_m_neg import NEGATIVE  # noqa: E402
from data_m_pos import POSITIVE  # noqa: E402
from write_i import write  # noqa: E402  (author i's format and checks)


def main() -> int:
    return write("m", POSITIVE, NEGATIVE)


if __name__ == "__main__":
    sys.exit(main())
