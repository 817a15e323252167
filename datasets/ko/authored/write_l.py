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
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

import corpus_b as base  # noqa: E402  (obfuscation checks, writer)
from corpus.config import CATEGORIES  # noqa: E402
from data_l_neg import NEGATIVE  # noqa: E402
from data_l_neg2 import NEGATIVE_2  # noqa: E402
from data_l_pos import POSITIVE  # noqa: E402
from data_l_pos2 import POSITIVE_2  # noqa: E402
from records import conversation, print_errors, tagged_messages  # noqa: E402
from write_c import _blocks, _lines, check  # noqa: E402
from write_e import _obf, _participant, participant_errors  # noqa: E402  (same rules as author e)

SOURCE = "synthetic, hand-written (author l)"
MIN_MESSAGES, MAX_MESSAGES = 6, 24
SPACED_MARK = "sp"  # hand mark: the text spells a word out with spaces ("만 나 자")


def _specs(table: str, label: int) -> list[dict[str, Any]]:
    specs = []
    for fields, body in _blocks(table):
        spec: dict[str, Any] = {
            "label": label,
            "scenario": fields[0],
            "platform": fields[1],
            "participants": [_participant(f) for f in fields[2:]],
            "core": _lines(body),
        }
        specs.append(spec)
    return specs


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-l-conv-{n:04d}"
    speakers = {p["id"] for p in spec["participants"]}
    messages = tagged_messages(rid, spec["core"], _obf, extra_marks=(SPACED_MARK,), speakers=speakers)
    if not MIN_MESSAGES <= len(messages) <= MAX_MESSAGES:
        raise ValueError(f"{rid}: {len(messages)} messages ({spec['scenario']})")
    return conversation(rid, spec, messages, SOURCE)


def main() -> int:
    specs = _specs(POSITIVE + POSITIVE_2, 1) + _specs(NEGATIVE + NEGATIVE_2, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    errs = check(convs, [])
    errs += participant_errors(convs)
    neg_types = Counter(r["negative_type"] for r in convs if r["label"] == 0)
    errs += [f"negative type {t!r} used {k} times" for t, k in neg_types.items() if k > 1]
    texts = Counter(m["text"] for r in convs for m in r["messages"] if len(m["text"]) > 12)
    errs += [f"repeated message {t!r}" for t, k in texts.items() if k > 1]
    if print_errors(errs):
        return 1
    base.write(HERE / "conversations_l.jsonl", convs)
    lab = Counter((r["label"], r["split"]) for r in convs)
    lens = sorted(len(r["messages"]) for r in convs)
    fci = sorted(r["first_concern_index"] for r in convs if r["label"] == 1) or [0]
    cats = Counter(c for r in convs for c in r["categories"])
    print(
        f"conversations_l.jsonl: {len(convs)} ({dict(sorted(lab.items()))}), messages {lens[0]}-{lens[-1]}, "
        f"median {lens[len(lens) // 2]}, total {sum(lens)}"
    )
    print(f"  first_concern_index: min {fci[0]}, median {fci[len(fci) // 2]}, max {fci[-1]}")
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print(f"  negative types: {len(neg_types)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
