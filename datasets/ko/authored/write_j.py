#!/usr/bin/env python3
"""Hand-written Korean chats for the grooming detector, author j (synthetic, non-explicit; no posts).

Written blind (without reading the other authors' data or the detector) in a deliberately different
setting: anonymous, cold-start 1:1 apps (랜덤채팅 apps, 익명 고민상담 apps, 1:1 오픈채팅, 위치 기반
친구찾기 apps, 익명 질문함 DMs). Chats start with no shared context and are often abrupt ("ㅎㅇ", "남? 여?",
"몇살"). Youths type fast: 급식체 and abbreviations used sparingly (ㄹㅇ, ㅇㅈ, 킹받네, 어쩔), some
경상도/전라도 사투리, few spaces and many typos. Adults vary: polite and slow "고민 들어주는 형/언니", blunt
and fast 조건/용돈 offers, and adults pretending to be teens who slip (dated slang, asking about school the
way an adult does). About half of the positives carry few explicit warning words: the danger is the
pattern (age asked, special attention, secrecy, a private channel, meeting alone). Others are quick
조건 offers, 가출 talk turning into a place to stay, photo requests that escalate to 유포 threats, and
meetings with a concrete time and place. Reactions vary (agree, hesitate, refuse, leave, block, tell a
friend). The hard negatives are 40 different innocent situations that reuse the risky words (peers met on
random chat, a volunteer counsellor giving 1388/1366, siblings and cousins, 중고거래 with a parent, a
friend warning about a stranger's photo request, a teacher's 수행평가 1:1 ...).

Data modules next to this file: ``data_j_pos.py`` (positives) and ``data_j_neg.py`` (hard negatives).
Block header: ``+ scenario | platform | participant | participant …`` (``-`` and the negative_type for
label 0). A participant is ``A <role> <gender> <relation>`` for adults, ``A peer <age> <gender> <relation>``
for a young other party, and ``B <age> <gender>`` for the youth the chat is about. Message lines are
``X: text #tag …`` with the short tags of records.TAGS (``now`` for a concrete time/place, ``sp`` when a
word is spelled out with spaces). ``categories``, ``level``, ``first_concern_index`` (README rule,
``records.first_concern``), obfuscation and ``split`` (``records.split_of``) are computed, and every record
goes through write_c.check (``corpus.validation.validate_record``). Only ``conversations_j.jsonl`` is
written. Run ``python3 datasets/ko/authored/write_j.py``; standard library only, deterministic output.
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
from data_j_neg import NEGATIVE  # noqa: E402
from data_j_neg2 import NEGATIVE_2  # noqa: E402
from data_j_pos import POSITIVE  # noqa: E402
from data_j_pos2 import POSITIVE_2  # noqa: E402
from records import conversation, print_errors, tagged_messages  # noqa: E402
from write_c import _blocks, _lines, check  # noqa: E402
from write_e import _obf, _participant, participant_errors  # noqa: E402  (same rules as author e)

MIN_MESSAGES, MAX_MESSAGES = 6, 20
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


def build_conversation(
    letter: str, n: int, spec: dict[str, Any], max_messages: int = MAX_MESSAGES
) -> dict[str, Any]:
    rid = f"ko-au-{letter}-conv-{n:04d}"
    speakers = {p["id"] for p in spec["participants"]}
    messages = tagged_messages(rid, spec["core"], _obf, extra_marks=(SPACED_MARK,), speakers=speakers)
    if not MIN_MESSAGES <= len(messages) <= max_messages:
        raise ValueError(f"{rid}: {len(messages)} messages ({spec['scenario']})")
    return conversation(rid, spec, messages, f"synthetic, hand-written (author {letter})")


def write(letter: str, positive: str, negative: str, max_messages: int = MAX_MESSAGES) -> int:
    """Validate author ``letter``'s chat tables and write ``conversations_<letter>.jsonl`` (also used by the
    writers of authors k and l, which share this format)."""
    name = f"conversations_{letter}.jsonl"
    specs = _specs(positive, 1) + _specs(negative, 0)
    convs = [build_conversation(letter, i, s, max_messages) for i, s in enumerate(specs, 1)]
    errs = check(convs, [])
    errs += participant_errors(convs)
    neg_types = Counter(r["negative_type"] for r in convs if r["label"] == 0)
    errs += [f"negative type {t!r} used {k} times" for t, k in neg_types.items() if k > 1]
    texts = Counter(m["text"] for r in convs for m in r["messages"] if len(m["text"]) > 12)
    errs += [f"repeated message {t!r}" for t, k in texts.items() if k > 1]
    if print_errors(errs):
        return 1
    base.write(HERE / name, convs)
    lab = Counter((r["label"], r["split"]) for r in convs)
    lens = sorted(len(r["messages"]) for r in convs)
    fci = sorted(r["first_concern_index"] for r in convs if r["label"] == 1) or [0]
    cats = Counter(c for r in convs for c in r["categories"])
    print(
        f"{name}: {len(convs)} ({dict(sorted(lab.items()))}), messages {lens[0]}-{lens[-1]}, "
        f"median {lens[len(lens) // 2]}, total {sum(lens)}"
    )
    print(f"  first_concern_index: min {fci[0]}, median {fci[len(fci) // 2]}, max {fci[-1]}")
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print(f"  negative types: {len(neg_types)}")
    return 0


def main() -> int:
    return write("j", POSITIVE + POSITIVE_2, NEGATIVE + NEGATIVE_2)


if __name__ == "__main__":
    sys.exit(main())
