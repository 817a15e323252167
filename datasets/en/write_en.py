#!/usr/bin/env python3
"""Write datasets/en/conversations_negatives.jsonl from the hand-written tables.

Standard library only (Python 3.11). The chats live in data_en_*.py modules next
to this file, each exposing a string CHATS in the block format:

    - negative_type | platform | A=role/relation[ 15f] | B=14m [| C=... | D=...]
    A: message text
    B: message text

A participant spec "NNg" (age + f/m) is a youth; anything else is
"role/relation" with an optional trailing "NNg". B must always be a youth 12-17.
Output is deterministic: running the script twice gives byte-identical files.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MODULES = ["data_en_a", "data_en_b", "data_en_c", "data_en_d", "data_en_e"]
OUT = HERE / "conversations_negatives.jsonl"
SOURCE = "synthetic, hand-written English negatives (datasets/en)"

URL_RE = re.compile(r"https?|www\.|\.com\b|\.net\b|\.org\b", re.I)
PHONE_RE = re.compile(r"\d{7,}|\d{3}[\s.\-)]*\d{3}[\s.\-]*\d{4}")
AGE_RE = re.compile(r"^(\d{1,2})([fm])$")
MAX_TYPE_REUSE = 6


def parse_participant(pid: str, spec: str, errors: list[str], where: str) -> dict:
    spec = spec.strip()
    m = AGE_RE.match(spec)
    if m:
        return {"id": pid, "role": "youth", "age": int(m.group(1)), "gender": m.group(2)}
    parts = spec.split()
    age_gender = None
    if parts and AGE_RE.match(parts[-1]):
        age_gender = AGE_RE.match(parts.pop())
    if "/" not in " ".join(parts):
        errors.append(f"{where}: participant {pid} spec {spec!r} needs 'role/relation' or 'NNg'")
        return {"id": pid, "role": spec, "relation": ""}
    role, relation = " ".join(parts).split("/", 1)
    p = {"id": pid, "role": role.strip(), "relation": relation.strip()}
    if age_gender:
        p["age"] = int(age_gender.group(1))
        p["gender"] = age_gender.group(2)
    return p


def parse_module(name: str, errors: list[str]) -> list[dict]:
    text = importlib.import_module(name).CHATS
    chats: list[dict] = []
    cur = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{name}.py CHATS line {lineno}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("- "):
            fields = [f.strip() for f in line[2:].split("|")]
            if len(fields) < 4:
                errors.append(f"{where}: header needs type | platform | A=... | B=...: {line!r}")
                cur = None
                continue
            ntype, platform = fields[0], fields[1]
            if not re.fullmatch(r"[a-z0-9_]+", ntype):
                errors.append(f"{where}: negative_type {ntype!r} is not snake_case")
            parts = []
            for f in fields[2:]:
                if "=" not in f:
                    errors.append(f"{where}: participant field {f!r} lacks '='")
                    continue
                pid, spec = f.split("=", 1)
                parts.append(parse_participant(pid.strip(), spec, errors, where))
            cur = {
                "negative_type": ntype,
                "platform": platform,
                "participants": parts,
                "messages": [],
                "where": f"{name}.py CHATS line {lineno}",
            }
            chats.append(cur)
            continue
        m = re.match(r"^([A-Z]):\s?(.*)$", line)
        if not m or cur is None:
            errors.append(f"{where}: cannot parse line {line!r}")
            continue
        cur["messages"].append({"speaker": m.group(1), "text": m.group(2).strip()})
    return chats


def split_for(cid: str) -> str:
    return "test" if int(hashlib.sha256(cid.encode("utf-8")).hexdigest()[:8], 16) % 100 < 30 else "train"


def chat_errors(where: str, chat: dict) -> list[str]:
    """Problems of one chat: participants, length, speakers, text (links, phone-like numbers)."""
    errors: list[str] = []
    ids = [p["id"] for p in chat["participants"]]
    if len(ids) != len(set(ids)):
        errors.append(f"{where}: duplicate participant ids {ids}")
    byid = {p["id"]: p for p in chat["participants"]}
    b = byid.get("B")
    if (
        not b
        or b.get("role") != "youth"
        or not (12 <= b.get("age", 0) <= 17)
        or b.get("gender") not in ("f", "m")
    ):
        errors.append(f"{where}: participant B must be a youth aged 12-17 with gender f/m")
    if "A" not in byid:
        errors.append(f"{where}: participant A missing")
    msgs = chat["messages"]
    if not 2 <= len(msgs) <= 30:
        errors.append(f"{where}: {len(msgs)} messages (must be 2-30)")
    for j, m in enumerate(msgs):
        if m["speaker"] not in byid:
            errors.append(f"{where}: message {j} has unknown speaker {m['speaker']!r}")
        if not m["text"]:
            errors.append(f"{where}: message {j} has empty text")
        if URL_RE.search(m["text"]):
            errors.append(f"{where}: message {j} looks like a URL/link: {m['text']!r}")
        if PHONE_RE.search(m["text"]):
            errors.append(f"{where}: message {j} has a phone-like number: {m['text']!r}")
    spoken = {m["speaker"] for m in msgs}
    errors += [f"{where}: participant {pid} never speaks" for pid in ids if pid not in spoken]
    return errors


def build(chats: list[dict]) -> tuple[list[dict], list[str]]:
    """Records in table order, and every validation error."""
    errors: list[str] = []
    type_counts = Counter(c["negative_type"] for c in chats)
    errors += [
        f"negative_type {t!r} used {n} times (max {MAX_TYPE_REUSE})"
        for t, n in sorted(type_counts.items())
        if n > MAX_TYPE_REUSE
    ]
    seen_convs: dict[tuple, str] = {}
    records = []
    for i, c in enumerate(chats, 1):
        cid = f"en-neg-conv-{i:04d}"
        where = f"{cid} ({c['where']})"
        errors += chat_errors(where, c)
        msgs = c["messages"]
        key = tuple((m["speaker"], " ".join(m["text"].lower().split())) for m in msgs)
        if key in seen_convs:
            errors.append(f"{where}: duplicate conversation of {seen_convs[key]}")
        seen_convs[key] = cid
        records.append(
            {
                "id": cid,
                "lang": "en",
                "label": 0,
                "negative_type": c["negative_type"],
                "scenario": c["negative_type"],
                "platform": c["platform"],
                "participants": c["participants"],
                "messages": msgs,
                "categories": [],
                "first_concern_index": None,
                "source": SOURCE,
                "split": split_for(cid),
            }
        )
    if len({r["id"] for r in records}) != len(records):
        errors.append("duplicate ids")
    return records, errors


def summary(records: list[dict]) -> None:
    lens = [len(r["messages"]) for r in records]
    splits = Counter(r["split"] for r in records)
    type_counts = Counter(r["negative_type"] for r in records)
    print(f"wrote {OUT.relative_to(HERE.parent.parent)}")
    print(f"records: {len(records)}  train: {splits['train']}  test: {splits['test']}")
    print(
        f"messages per chat: min {min(lens)}  median {statistics.median(lens)}  max {max(lens)}  total {sum(lens)}"
    )
    print(f"very short chats (2-5 messages): {sum(1 for n in lens if n <= 5)}")
    print(f"negative types: {len(type_counts)}")
    for t, n in sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:2d}  {t}")


def main() -> int:
    errors: list[str] = []
    chats: list[dict] = []
    for name in MODULES:
        chats.extend(parse_module(name, errors))
    records, build_errors = build(chats)
    errors += build_errors
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
