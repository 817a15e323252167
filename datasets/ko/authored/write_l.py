#!/usr/bin/env python3
"""Hand-written Korean chats for the grooming detector, author l (synthetic, non-explicit; no posts).

Written blind (without reading the other authors' data or the detector) in a deliberately different
setting: older teens (16-18) and their world. 알바 (편의점, 카페, 전단지, 행사 스태프) and their 사장/매니저,
자취방과 기숙사, 수능·입시 스트레스, 연애 고민, SNS 인플루언서 지망, 중고거래 apps, 익명 질문 apps, 대학생 과외
선생님, 헬스장 PT, "같은 학교 졸업한 선배", 군인 펜팔, people who say they are 해외 교포. Youths often write long,
articulate 존댓말 sentences to adults and sometimes answer abruptly; some chats start in a group (알바 단톡,
입시 오픈채팅, 팬 커뮤니티) and move to 1:1. Offenders sometimes hide words from filters (ㅈㄱ, 텔ㄹ, 사.진,
영ㅌ, 💰, Korean typed with the IME off), while other positives are entirely plain and polite. About 40% of
the positives carry few explicit warning words: care and mentorship that turns into private contact,
"부모님은 이해 못 해" and a night meeting; 사장/매니저 crossing lines (늦게 남아, 차로 데려다줄게, 사진, "다른
알바생한텐 말하지 마"); 스폰, 고액 알바 and 데이트 알바; 딥페이크·지인능욕 threats and 몸캠 피싱 of boys by fake girl
accounts; a girl who wants to die after photos leaked; a place to stay after 가출; sexual talk by allusion.
Reactions vary (agree, hesitate, refuse, report, tell a friend or parent). The hard negatives are 40
different innocent situations that reuse the risky words (a real 사장 about 근로계약서 and 택시비 for the whole
group, a 과외 선생님 rescheduling with the mother informed, a sister asking for a profile 셀카, friends
discussing a 딥페이크 story and how to report it, a same-age boyfriend, 교복 중고거래 with a parent, a PT
trainer confirming a parent-approved schedule, a cousin who calls the runaway friend's mother and 1388 ...).

Data modules next to this file: ``data_l_pos.py``/``data_l_pos2.py`` (positives) and ``data_l_neg.py``/
``data_l_neg2.py`` (hard negatives). Block header: ``+ scenario | platform | participant | participant …``
(``-`` and the negative_type for label 0). A participant is ``A <role> <gender> <relation>`` for adults,
``A peer <age> <gender> <relation>`` for a young other party, and ``B <age> <gender>`` for the youth the chat
is about. Message lines are ``X: text #tag …`` with the short tags of records.TAGS (``now`` for a concrete
time/place, ``sp`` when a word is spelled out with spaces). ``categories``, ``level``,
``first_concern_index`` (README rule, ``records.first_concern``), obfuscation and ``split``
(``records.split_of``) are computed, and every record goes through write_c.check
(``corpus.validation.validate_record``). Only ``conversations_l.jsonl`` is written. Run
``python3 datasets/ko/authored/write_l.py``; standard library only, deterministic output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

from data_l_neg import NEGATIVE  # noqa: E402
from data_l_neg2 import NEGATIVE_2  # noqa: E402
from data_l_pos import POSITIVE  # noqa: E402
from data_l_pos2 import POSITIVE_2  # noqa: E402
from write_j import write  # noqa: E402  (author j's format and checks)

MAX_MESSAGES = 24


def main() -> int:
    return write("l", POSITIVE + POSITIVE_2, NEGATIVE + NEGATIVE_2, MAX_MESSAGES)


if __name__ == "__main__":
    sys.exit(main())
