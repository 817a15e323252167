#!/usr/bin/env python3
"""Hand-written Korean chats and posts for the grooming detector, author d (synthetic, non-explicit).

Author d writes blind (without reading authors a, b and c's records) in a 2026 social-media DM style:
인스타 DM, X(트위터) 뒷계/구독계, 틱톡, 디스코드 서버, 제페토/로블록스, 랜덤채팅 앱 and 오픈채팅. Speakers send
many short messages in a row (one phrase per message, 2-4 in a row), with ㅋㅋ/ㅠㅠ/ㄹㅇ/ㅇㅇ/ㄴㄴ, emoji and
English loanwords written in Hangul (DM, 맞팔, 셀카, 인증, 스토리, 릴스, 디코). Offenders: adults pretending to
be peers who slip (나이 속이기: "회사 끝나고", "우리 때는"), fake 모델/연습생 캐스팅, fake 게임 대리 and
계정거래, 팬계 굿즈 나눔 that turns into photo requests, deepfake (합성) threats, 몸캠피싱 via "소리 안 들려 이
앱 깔아", 헬퍼/가출팸, 스폰 and "용돈 알바". Adults often start in polite 존댓말 and switch to 반말. Some positives
are slow (risk only after many messages), some fast (랜덤채팅: "ㅎㅇ 몇살? 어디살아?"). Hard negatives reuse
the same words innocently (family 용돈 with "엄마한텐 비밀", friends' 셀카, 알바 시급, 영통 with family, a
friend urging a runaway to call 1388, real casting with a guardian, youths warning each other about 몸캠피싱 and
quoting the scammer, word senses of 조건/스폰/모텔/텔레 …). Posts carry heavy obfuscation of many kinds.

The text is data:
- ``data_d_pos1.py``, ``data_d_pos2.py``, ``data_d_pos3.py``: positive conversations (part 3: slow ones);
- ``data_d_neg1.py``, ``data_d_neg2.py``, ``data_d_neg3.py``: hard negatives;
- ``data_d_posts.py``: 30 + 30 posts.
Block headers: "+ scenario | platform | relation of A | gender of A | youth age | youth gender" (positives,
A = adult stranger) and "- negative_type | platform | relation of A | role of A | gender of A | youth age |
youth gender" (negatives); an optional last field "C=role/relation/gender[/age]" (several separated by ";")
adds speakers C, D … Message lines are "A: text #tag …" with the tags of ``write_c.TAGS`` and ``now`` (a
concrete time/place for a meeting). ``categories``, ``level``, ``first_concern_index`` (README rule, computed
by ``corpus_b.first_concern``) and ``split`` (``corpus_b.split_of``) are computed; every record goes through
``write_c.check`` (``corpus.validation.validate_record``). Run ``python3 datasets/ko/authored/write_d.py``;
standard library only, deterministic output.
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
from corpus.obfuscation import has_obfuscating_chosung  # noqa: E402
from data_d_neg1 import NEGATIVE_1  # noqa: E402
from data_d_neg2 import NEGATIVE_2  # noqa: E402
from data_d_neg3 import NEGATIVE_3  # noqa: E402
from data_d_pos1 import POSITIVE_1  # noqa: E402
from data_d_pos2 import POSITIVE_2  # noqa: E402
from data_d_pos3 import POSITIVE_3  # noqa: E402
from data_d_posts import POSTS  # noqa: E402
from write_c import TAGS, _lines, _obfuscation, check  # noqa: E402

SOURCE = "synthetic, hand-written (author d)"
MIN_MESSAGES, MAX_MESSAGES = 8, 24
SYMBOL_IN_WORD = re.compile(r"[가-힣ㄱ-ㅎ][./,·*_][가-힣ㄱ-ㅎ]")


def _obf(text: str) -> set[str]:
    """write_c's detection, plus symbols between 초성 ("ㅈ.ㄱ.ㅁ.ㄴ" is both spacing_symbols and chosung)."""
    found = _obfuscation(text)
    if SYMBOL_IN_WORD.search(text):
        found.add("spacing_symbols")
    if has_obfuscating_chosung(re.sub(r"(?<=[ㄱ-ㅎ])[./,·*_](?=[ㄱ-ㅎ])", "", text)):
        found.add("chosung")
    return found


def _extra(field: str) -> list[dict[str, Any]]:
    """'C=youth/반 친구/f/15; D=peer/친구/m' -> participant entries for speakers C, D …"""
    out = []
    for part in field.split(";"):
        pid, _, rest = part.strip().partition("=")
        role, relation, gender, *age = rest.split("/")
        p: dict[str, Any] = {"id": pid.strip(), "role": role, "relation": relation, "gender": gender}
        if age:
            p["age"] = int(age[0])
        out.append(p)
    return out


def _specs(table: str, label: int) -> list[dict[str, Any]]:
    specs = []
    for block in re.split(r"^[+-] ", table.strip(), flags=re.M):
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        fields = [f.strip() for f in header.split("|")]
        extra = _extra(fields.pop()) if "=" in fields[-1] else []
        if label == 1:
            scenario, platform, relation, gender, age, ygender = fields
            role = "adult_stranger"
        else:
            scenario, platform, relation, role, gender, age, ygender = fields
        specs.append(
            {
                "label": label,
                "scenario": scenario,
                "platform": platform,
                "participants": [
                    {"id": "A", "role": role, "relation": relation, "gender": gender},
                    {"id": "B", "role": "youth", "age": int(age), "gender": ygender},
                    *extra,
                ],
                "lines": _lines(body),
            }
        )
    return specs


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-d-conv-{n:04d}"
    if not MIN_MESSAGES <= len(spec["lines"]) <= MAX_MESSAGES:
        raise ValueError(f"{rid} ({spec['scenario']}): {len(spec['lines'])} messages")
    messages: list[dict[str, Any]] = []
    obf_all: set[str] = set()
    for speaker, text, marks in spec["lines"]:
        unknown = [m for m in marks if m not in TAGS and m != "now"]
        if unknown:
            raise ValueError(f"{rid}: unknown tag {unknown} in {text!r}")
        msg: dict[str, Any] = {
            "speaker": speaker,
            "text": text,
            "tags": [c for c in CATEGORIES if c in {TAGS[m] for m in marks if m in TAGS}],
        }
        if "now" in marks:
            msg["imminent"] = True
        obf = _obf(text)
        if obf:
            msg["obfuscation"] = [o for o in OBFUSCATIONS if o in obf]
            obf_all |= obf
        messages.append(msg)
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
    rid = f"ko-au-d-post-{n:04d}"
    obf = _obf(text)
    return {
        "id": rid,
        "lang": "ko",
        "label": int(label),
        "categories": [c for c in CATEGORIES if c in {TAGS[t] for t in cats.split()}],
        "text": text,
        "post_type": kind if label == "1" else None,
        "negative_type": kind if label == "0" else None,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf],
        "source": SOURCE,
        "split": base.split_of(rid),
    }


def main() -> int:
    specs = _specs(POSITIVE_1 + POSITIVE_2 + POSITIVE_3, 1) + _specs(NEGATIVE_1 + NEGATIVE_2 + NEGATIVE_3, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    posts = [build_post(i, line) for i, line in enumerate(POSTS.strip().splitlines(), 1)]
    errs = check(convs, posts)
    for r in convs:
        if r["label"] == 1 and not any(p["id"] == "A" and p["role"] == "adult_stranger" for p in r["participants"]):
            errs.append(f"{r['id']}: positive without adult A")
    for e in errs[:60]:
        print("ERROR", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} validation errors", file=sys.stderr)
        return 1
    base.write(HERE / "conversations_d.jsonl", convs)
    base.write(HERE / "posts_d.jsonl", posts)
    lab = Counter((r["label"], r["split"]) for r in convs)
    plab = Counter((p["label"], p["split"]) for p in posts)
    lens = sorted(len(r["messages"]) for r in convs)
    fci = sorted(r["first_concern_index"] for r in convs if r["label"] == 1)
    cats = Counter(c for r in convs for c in r["categories"])
    neg_types = {r["negative_type"] for r in convs if r["label"] == 0}
    print(f"conversations_d.jsonl: {len(convs)} ({dict(sorted(lab.items()))}), messages {lens[0]}-{lens[-1]}, "
          f"median {lens[len(lens) // 2]}, total {sum(lens)}")
    print(f"  first_concern_index: min {fci[0]}, median {fci[len(fci) // 2]}, max {fci[-1]}")
    print(f"  categories: {dict(sorted(cats.items()))}")
    print(f"  negative types: {len(neg_types)}")
    print(f"posts_d.jsonl: {len(posts)} ({dict(sorted(plab.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
