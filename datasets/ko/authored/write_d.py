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
adds speakers C, D … Message lines are "A: text #tag …" with the tags of ``records.TAGS`` and ``now`` (a
concrete time/place for a meeting). ``categories``, ``level``, ``first_concern_index`` (README rule, computed
by ``records.first_concern``) and ``split`` (``records.split_of``) are computed; every record goes through
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

from corpus.obfuscation import has_obfuscating_chosung  # noqa: E402
from data_d_neg1 import NEGATIVE_1  # noqa: E402
from data_d_neg2 import NEGATIVE_2  # noqa: E402
from data_d_neg3 import NEGATIVE_3  # noqa: E402
from data_d_pos1 import POSITIVE_1  # noqa: E402
from data_d_pos2 import POSITIVE_2  # noqa: E402
from data_d_pos3 import POSITIVE_3  # noqa: E402
from data_d_posts import POSTS  # noqa: E402
from records import conversation, tagged_messages, tagged_post  # noqa: E402
from write_c import _obfuscation, _specs, check, save  # noqa: E402

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


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-d-conv-{n:04d}"
    if not MIN_MESSAGES <= len(spec["core"]) <= MAX_MESSAGES:
        raise ValueError(f"{rid} ({spec['scenario']}): {len(spec['core'])} messages")
    return conversation(
        rid, spec, tagged_messages(rid, spec["core"], lambda text, _marks: _obf(text)), SOURCE
    )


def build_post(n: int, line: str) -> dict[str, Any]:
    return tagged_post(f"ko-au-d-post-{n:04d}", line, lambda text, _marks: _obf(text), SOURCE)


def main() -> int:
    positives = _specs(POSITIVE_1 + POSITIVE_2 + POSITIVE_3, 1, _extra)
    specs = positives + _specs(NEGATIVE_1 + NEGATIVE_2 + NEGATIVE_3, 0, _extra)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    posts = [build_post(i, line) for i, line in enumerate(POSTS.strip().splitlines(), 1)]
    errs = check(convs, posts)
    for r in convs:
        if r["label"] == 1 and not any(
            p["id"] == "A" and p["role"] == "adult_stranger" for p in r["participants"]
        ):
            errs.append(f"{r['id']}: positive without adult A")
    cats = Counter(c for r in convs for c in r["categories"])
    neg_types = {r["negative_type"] for r in convs if r["label"] == 0}
    details = [f"  categories: {dict(sorted(cats.items()))}", f"  negative types: {len(neg_types)}"]
    return save("d", convs, posts, errs, median_total=True, details=details)


if __name__ == "__main__":
    sys.exit(main())
