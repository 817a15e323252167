#!/usr/bin/env python3
"""Hand-written Korean chats and posts for the grooming detector, author e (synthetic, non-explicit).

Written blind (without reading the other authors' data) and in a deliberately different style:
longer, articulate messages in fairly standard Korean (youths of 중3-고2, some 존댓말 to strangers) and
many multi-party chats. Several conversations are group chats with 3-5 speakers (오픈채팅 단톡, 게임 길드방,
동아리 단톡, 웹툰 지망생 모임) in which an adult joins, behaves well in front of everyone and then moves one
youth into a private chat; the rest are 1:1. The adults are patient and "mentor-like" (진로 상담해주는
대학생, 웹툰 모임 운영자, 유튜버 매니저, 운동 코치 사칭, 교회 오빠 사칭, 사진 동아리 선배 사칭 …) and the grooming is
slow and psychological: isolating from parents ("부모님은 너 이해 못 해"), testing boundaries, "우리끼리만",
guilt ("내가 이만큼 해줬는데"), then requests. Fast solicitation appears too: 헬퍼/가출팸 on X and 조건 on
랜덤채팅 in slang (ㅈㄱ, 페이, 숏, 텔, 키알), 몸캠피싱 and self-harm. The hard negatives are many long, emotional
talks that reuse the same words innocently (a real school counsellor, a cousin helping a runaway reach 1388,
a parent-teacher-student group chat, a church retreat with parents' consent, news talk about 몸캠피싱 …).

Data modules next to this file:
- ``data_e_pos1.py`` / ``data_e_pos2.py`` / ``data_e_pos3.py``: positive conversations (part 3: long, slow ones);
- ``data_e_neg1.py`` / ``data_e_neg2.py``: hard-negative conversations;
- ``data_e_posts.py``: posts (solicitations with heavy obfuscation, and hard negatives).
Block header: ``+ scenario | platform | participant | participant …`` (``-`` and the negative_type for
label 0). A participant is ``A <role> <gender> <relation>`` for adults, ``B <age> <gender>`` for the
youth the chat is about, or ``C peer <age> <gender> <relation>`` for other young members of a group chat.
Message lines are ``X: text #tag …`` with the tags of write_c.py (age comp gift sec img plat sex meet money
shelter spon sext self, ``now`` for a concrete time/place, and ``sp`` when a word is spelled out with
spaces, which is then recorded as ``spacing_symbols``; standard spaced Korean is not). ``categories``, ``level``,
``first_concern_index`` (README rule, ``records.first_concern``), obfuscation and ``split`` (``records.split_of``)
are computed, and every record goes through write_c.check (``corpus.validation.validate_record``).
Run ``python3 datasets/ko/authored/write_e.py``; standard library only, deterministic output.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

import corpus_b as base  # noqa: E402  (split rule, obfuscation checks, writer)
from corpus.config import CATEGORIES  # noqa: E402
from data_e_neg1 import NEGATIVE_1  # noqa: E402
from data_e_neg2 import NEGATIVE_2  # noqa: E402
from data_e_pos1 import POSITIVE_1  # noqa: E402
from data_e_pos2 import POSITIVE_2  # noqa: E402
from data_e_pos3 import POSITIVE_3  # noqa: E402
from data_e_posts import POSTS  # noqa: E402
from records import conversation, tagged_messages, tagged_post  # noqa: E402
from write_c import _blocks, _lines, _obfuscation, check, save  # noqa: E402

SOURCE = "synthetic, hand-written (author e)"
MIN_MESSAGES, MAX_MESSAGES = 8, 24
SPACED_MARK = "sp"  # hand mark: the text spells a word out with spaces ("조 건 만 남")


def _obf(text: str, marks: list[str]) -> set[str]:
    """write_c's detector, except that spaces between single syllables only count when marked by hand
    (standard spaced Korean such as "말 못 할 것" is not obfuscation)."""
    found = _obfuscation(text)
    if SPACED_MARK not in marks and "spacing_symbols" not in base.detected_obfuscation(text):
        found.discard("spacing_symbols")
    return found


def _participant(field: str) -> dict[str, Any]:
    parts = field.split()
    pid = parts[0]
    if parts[1].isdigit():
        return {"id": pid, "role": "youth", "age": int(parts[1]), "gender": parts[2]}
    if parts[1] == "peer":
        return {
            "id": pid,
            "role": "peer",
            "relation": " ".join(parts[4:]),
            "age": int(parts[2]),
            "gender": parts[3],
        }
    return {"id": pid, "role": parts[1], "relation": " ".join(parts[3:]), "gender": parts[2]}


def _specs(table: str, label: int) -> list[dict[str, Any]]:
    specs = []
    for fields, body in _blocks(table):
        specs.append(
            {
                "label": label,
                "scenario": fields[0],
                "platform": fields[1],
                "participants": [_participant(f) for f in fields[2:]],
                "core": _lines(body),
            }
        )
    return specs


def participant_errors(convs: list[dict[str, Any]]) -> list[str]:
    """A is the adult (or the main other party) and B the only youth, in every conversation."""
    errs = []
    for r in convs:
        youth = [p for p in r["participants"] if p["role"] == "youth"]
        if [p["id"] for p in youth] != ["B"] or r["participants"][0]["id"] != "A":
            errs.append(
                f"{r['id']}: A must be the adult (or main other party) and B the only youth participant"
            )
    return errs


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-e-conv-{n:04d}"
    speakers = {p["id"] for p in spec["participants"]}
    messages = tagged_messages(rid, spec["core"], _obf, extra_marks=(SPACED_MARK,), speakers=speakers)
    if not MIN_MESSAGES <= len(messages) <= MAX_MESSAGES:
        raise ValueError(f"{rid}: {len(messages)} messages ({spec['scenario']})")
    return conversation(rid, spec, messages, SOURCE)


def build_post(n: int, line: str) -> dict[str, Any]:
    return tagged_post(f"ko-au-e-post-{n:04d}", line, _obf, SOURCE, extra_marks=(SPACED_MARK,))


def main() -> int:
    specs = _specs(POSITIVE_1 + POSITIVE_2 + POSITIVE_3, 1) + _specs(NEGATIVE_1 + NEGATIVE_2, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    lines = [x for x in POSTS.strip().splitlines() if x.strip()]
    posts = [build_post(i, line) for i, line in enumerate(lines, 1)]
    errs = check(convs, posts)
    errs += participant_errors(convs)
    cats = Counter(c for r in convs for c in r["categories"])
    groups = sum(1 for r in convs if len(r["participants"]) > 2)
    details = [
        "  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES),
        f"  negative types: {len({r['negative_type'] for r in convs if r['label'] == 0})}",
    ]
    note = f"; group chats (3+ speakers) {groups}"
    return save("e", convs, posts, errs, median_total=True, note=note, details=details)


if __name__ == "__main__":
    sys.exit(main())
