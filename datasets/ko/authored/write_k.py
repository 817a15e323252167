#!/usr/bin/env python3
"""Hand-written Korean chats for the grooming detector, author k (synthetic, non-explicit; no posts).

Written blind (without reading the other authors' data or the detector) in a deliberately different
setting: the everyday, offline-linked world of 12-16-year-olds (초6-중2, boys and girls) where the other
party is often semi-known: 동네 편의점 사장, 학원 차량 기사, 태권도/수영 코치, 동네 형/누나/삼촌, 교회/성당
청년부, 봉사활동 담당자, 캠스터디 앱의 "대학생 멘토", 웹툰/웹소설 창작 커뮤니티의 "작가님", 라이브 방송 앱
후원자, 댄스학원/보컬 오디션 "실장님", 틱톡 댓글에서 넘어온 DM. Chats are 카톡-style: youths type like
초딩/중딩 (ㅋㅋ, ㅠㅠ, 넹, 웅, 모름, few spaces, typos); adults start polite and warm (존댓말, then "말 편하게
할게"). More than half of the positives carry almost no explicit warning words: the danger is the pattern
(special attention, asking whether parents check the phone, "우리끼리 얘기", rides home, "다음엔 둘이서만",
asking what the child wears or to show the room on camera, deleting chats, private lessons, gifts handed
over in person, slow boundary testing). Others are explicit: 기프티콘/문상 for photos, a 라방 후원자 asking
for 1:1 영통, 합성 threats, a 가출 child offered a place, paid meetings in plain words. Reactions vary (agree,
hesitate, refuse, tell mom, leave, confused). The hard negatives are 40 different innocent situations
that reuse the same words (a real coach arranging practice with parents informed, 학원 차량 pickup times, a
church teacher collecting 동의서 and photos for a retreat, a study-app mentor keeping it in the group,
grandma's 영상통화, an aunt's 용돈 "엄마한테는 비밀", a police school visit, a friend giving 1388 ...).

Data modules next to this file: ``data_k_pos.py``/``data_k_pos2.py`` (positives) and
``data_k_neg.py``/``data_k_neg2.py`` (hard negatives).
Block header: ``+ scenario | platform | participant | participant …`` (``-`` and the negative_type for
label 0). A participant is ``A <role> <gender> <relation>`` for adults, ``A peer <age> <gender> <relation>``
for a young other party, and ``B <age> <gender>`` for the youth the chat is about. Message lines are
``X: text #tag …`` with the short tags of records.TAGS (``now`` for a concrete time/place, ``sp`` when a
word is spelled out with spaces). ``categories``, ``level``, ``first_concern_index`` (README rule,
``records.first_concern``), obfuscation and ``split`` (``records.split_of``) are computed, and every record
goes through write_c.check (``corpus.validation.validate_record``), by ``write_j.write``. Only ``conversations_k.jsonl`` is
written. Run ``python3 datasets/ko/authored/write_k.py``; standard library only, deterministic output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

from data_k_neg import NEGATIVE  # noqa: E402
from data_k_neg2 import NEGATIVE_2  # noqa: E402
from data_k_pos import POSITIVE  # noqa: E402
from data_k_pos2 import POSITIVE_2  # noqa: E402
from write_j import write  # noqa: E402  (author j's format and checks)

MAX_MESSAGES = 24


def main() -> int:
    return write("k", POSITIVE + POSITIVE_2, NEGATIVE + NEGATIVE_2, MAX_MESSAGES)


if __name__ == "__main__":
    sys.exit(main())
