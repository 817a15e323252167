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
``first_concern_index`` (README rule, ``corpus_b.first_concern``), obfuscation and ``split`` (``corpus_b.split_of``)
are computed, and every record goes through write_c.check (``corpus.validation.validate_record``).
Run ``python3 datasets/ko/authored/write_e.py``; standard library only, deterministic output.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

import corpus_b as base  # noqa: E402  (split rule, first-concern rule, writer)
from corpus.config import CATEGORIES, OBFUSCATIONS  # noqa: E402
from data_e_neg1 import NEGATIVE_1  # noqa: E402
from data_e_neg2 import NEGATIVE_2  # noqa: E402
from data_e_pos1 import POSITIVE_1  # noqa: E402
from data_e_pos2 import POSITIVE_2  # noqa: E402
from data_e_pos3 import POSITIVE_3  # noqa: E402
from data_e_posts import POSTS  # noqa: E402
from write_c import TAGS, _lines, _obfuscation, check  # noqa: E402

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
        return {"id": pid, "role": "peer", "relation": " ".join(parts[4:]), "age": int(parts[2]), "gender": parts[3]}
    return {"id": pid, "role": parts[1], "relation": " ".join(parts[3:]), "gender": parts[2]}


def _specs(table: str, label: int) -> list[dict[str, Any]]:
    specs = []
    for block in re.split(r"^[+-] ", table.strip(), flags=re.M):
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        fields = [f.strip() for f in header.split("|")]
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


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-e-conv-{n:04d}"
    messages: list[dict[str, Any]] = []
    obf_all: set[str] = set()
    speakers = {p["id"] for p in spec["participants"]}
    for speaker, text, marks in spec["core"]:
        unknown = [m for m in marks if m not in TAGS and m not in ("now", SPACED_MARK)]
        if unknown or speaker not in speakers:
            raise ValueError(f"{rid}: unknown tag {unknown} or speaker {speaker!r} in {text!r}")
        msg: dict[str, Any] = {
            "speaker": speaker,
            "text": text,
            "tags": [c for c in CATEGORIES if c in {TAGS[m] for m in marks if m in TAGS}],
        }
        if "now" in marks:
            msg["imminent"] = True
        obf = _obf(text, marks)
        if obf:
            msg["obfuscation"] = [o for o in OBFUSCATIONS if o in obf]
            obf_all |= obf
        messages.append(msg)
    if not MIN_MESSAGES <= len(messages) <= MAX_MESSAGES:
        raise ValueError(f"{rid}: {len(messages)} messages ({spec['scenario']})")
    cats = {t for m in messages for t in m["tags"]}
    label = spec["label"]
    rec: dict[str, Any] = {
        "id": rid,
        "lang": "ko",
        "label": label,
        "categories": [c for c in CATEGORIES if c in cats],
        "level": None,
        "urgent_reasons": [],
        "first_concern_index": None,
        "negative_type": spec["scenario"] if label == 0 else None,
        "scenario": spec["scenario"],
        "platform": spec["platform"],
        "participants": spec["participants"],
        "messages": messages,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf_all],
        "source": SOURCE,
        "split": base.split_of(rid),
    }
    if label == 1:
        urgent = set()
        if any(m.get("imminent") for m in messages):
            urgent.add("imminent_meeting")
        if "sextortion" in cats:
            urgent.add("sextortion_threat")
        if "self_harm" in cats:
            urgent.add("self_harm")
        rec["urgent_reasons"] = sorted(urgent)
        rec["level"] = "urgent" if urgent else "high"
        rec["first_concern_index"] = base.first_concern(messages)
    return rec


def build_post(n: int, line: str) -> dict[str, Any]:
    label, kind, cats, text = (f.strip() for f in line.split("|", 3))
    rid = f"ko-au-e-post-{n:04d}"
    marks = cats.split()
    obf = _obf(text, marks)
    return {
        "id": rid,
        "lang": "ko",
        "label": int(label),
        "categories": [c for c in CATEGORIES if c in {TAGS[t] for t in marks if t != SPACED_MARK}],
        "text": text,
        "post_type": kind if label == "1" else None,
        "negative_type": kind if label == "0" else None,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf],
        "source": SOURCE,
        "split": base.split_of(rid),
    }


def main() -> int:
    specs = _specs(POSITIVE_1 + POSITIVE_2 + POSITIVE_3, 1) + _specs(NEGATIVE_1 + NEGATIVE_2, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    lines = [x for x in POSTS.strip().splitlines() if x.strip()]
    posts = [build_post(i, line) for i, line in enumerate(lines, 1)]
    errs = check(convs, posts)
    for r in convs:
        youth = [p for p in r["participants"] if p["role"] == "youth"]
        if [p["id"] for p in youth] != ["B"] or r["participants"][0]["id"] != "A":
            errs.append(f"{r['id']}: A must be the adult and B the only youth participant")
    for e in errs[:60]:
        print("ERROR", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} validation errors", file=sys.stderr)
        return 1
    base.write(HERE / "conversations_e.jsonl", convs)
    base.write(HERE / "posts_e.jsonl", posts)
    lab = Counter((r["label"], r["split"]) for r in convs)
    plab = Counter((p["label"], p["split"]) for p in posts)
    lens = sorted(len(r["messages"]) for r in convs)
    fci = sorted(r["first_concern_index"] for r in convs if r["label"] == 1)
    cats = Counter(c for r in convs for c in r["categories"])
    groups = sum(1 for r in convs if len(r["participants"]) > 2)
    print(
        f"conversations_e.jsonl: {len(convs)} ({dict(sorted(lab.items()))}), messages {lens[0]}-{lens[-1]}, "
        f"median {lens[len(lens) // 2]}, total {sum(lens)}; group chats (3+ speakers) {groups}"
    )
    print(f"  first_concern_index: min {fci[0]}, median {fci[len(fci) // 2]}, max {fci[-1]}")
    print("  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print(f"  negative types: {len({r['negative_type'] for r in convs if r['label'] == 0})}")
    print(f"posts_e.jsonl: {len(posts)} ({dict(sorted(plab.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
