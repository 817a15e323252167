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
goes through write_c.check (``corpus.validation.validate_record``). Only ``conversations_k.jsonl`` is
written. Run ``python3 datasets/ko/authored/write_k.py``; standard library only, deterministic output.
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
from data_k_neg import NEGATIVE  # noqa: E402
from data_k_neg2 import NEGATIVE_2  # noqa: E402
from data_k_pos import POSITIVE  # noqa: E402
from data_k_pos2 import POSITIVE_2  # noqa: E402
from records import conversation, print_errors, tagged_messages  # noqa: E402
from write_c import _blocks, _lines, check  # noqa: E402
from write_e import _obf, _participant, participant_errors  # noqa: E402  (same rules as author e)

SOURCE = "synthetic, hand-written (author k)"
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
    rid = f"ko-au-k-conv-{n:04d}"
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
    base.write(HERE / "conversations_k.jsonl", convs)
    lab = Counter((r["label"], r["split"]) for r in convs)
    lens = sorted(len(r["messages"]) for r in convs)
    fci = sorted(r["first_concern_index"] for r in convs if r["label"] == 1) or [0]
    cats = Counter(c for r in convs for c in r["categories"])
    print(
        f"conversations_k.jsonl: {len(convs)} ({dict(sorted(lab.items()))}), messages {lens[0]}-{lens[-1]}, "
        f"median {lens[len(lens) // 2]}, total {sum(lens)}"
    )
    print(f"  first_concern_index: min {fci[0]}, median {fci[len(fci) // 2]}, max {fci[-1]}")
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print(f"  negative types: {len(neg_types)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
