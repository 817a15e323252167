#!/usr/bin/env python3
"""Hand-written Korean chats and posts for the grooming detector, author f (synthetic, non-explicit).

Written blind (without reading the detector or the other authors' data) and centred on game and voice-chat
culture: in-game chat of 롤/발로란트/배그/메이플/로블록스/브롤스타즈, 마인크래프트 servers, 디스코드 server
channels and DMs, 길드/클랜 단톡 and 방송 후원 chat. Many targets are boys (몸캠피싱 by a fake girl account that
asks for 얼굴 and 영통, moves to another app, records and threatens to send it to the 친구목록), girls too.
Style: heavy game slang and abbreviations (ㄱㄱ, ㅇㅋ, ㅂㅂ, 트롤, 캐리, 현질, 랭겜, 듀오, 대리, 부캐, 템, 스킨,
로벅스, 다이아), typos and keyboard slips, 영어 섞기, Korean typed with the IME off now and then ("dkssud"),
one speaker sending 3-5 tiny messages in a row, very short messages, and 전라도 (거시기, ~해부러, ~당께, 뭐시여)
or 충청도 (~유, ~겨, 뭐여, 그려) 사투리 in some chats. Offenders: adults posing as same-age gamers,
"프로게이머 지망생 코치", free 대리/부스팅, skin/로벅스/다이아 gifts, fake girl accounts (몸캠피싱), a streamer's
"매니저" offering 후원/용돈, adults asking a boy to meet at a PC방, 헬퍼/가출 offers; some slow, some fast.
Hard negatives are one type each: teen gamers trading skins and asking 몇 살 for a 듀오, a clan's age rule, a
school e-sports coach with parents in the chat, siblings, parents limiting game time, friends telling a boy
with a 몸캠 threat to 신고 and call 117, 영통 to show a build, 현질 with permission, PC방 meetups between
classmates, tournaments with 상금, 후원 between adults, adult 대리 businesses, and many more.

Data modules next to this file:
- ``data_f_pos1.py`` / ``data_f_pos2.py``: positive conversations;
- ``data_f_neg1.py`` / ``data_f_neg2.py``: hard-negative conversations (scenario = negative_type);
- ``data_f_posts.py``: posts (game-board posts and server notices; solicitations and hard negatives).
Block header: ``+ scenario | platform | participant | participant …`` (``-`` for label 0, with the
negative_type as scenario). A participant is ``A <role> <gender> <relation>`` for adults (or
``A peer <age> <gender> <relation>`` when the main other party is a teen), ``B <age> <gender>`` for the youth
the chat is about, ``C peer <age> <gender> <relation>`` for other group members. Message lines are
``X: text #tag …`` with the tags of ``records.TAGS``, ``now`` for a concrete time/place and ``sp`` for a
word spelled out with spaces. ``categories``, ``level``, ``first_concern_index`` (README rule), obfuscation
and ``split`` are computed, and every record goes through write_c.check. Run
``python3 datasets/ko/authored/write_f.py``; standard library only, deterministic output.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

from corpus.config import CATEGORIES  # noqa: E402
from data_f_neg1 import NEGATIVE_1  # noqa: E402
from data_f_neg2 import NEGATIVE_2  # noqa: E402
from data_f_pos1 import POSITIVE_1  # noqa: E402
from data_f_pos2 import POSITIVE_2  # noqa: E402
from data_f_posts import POSTS  # noqa: E402
from records import conversation, tagged_messages, tagged_post  # noqa: E402
from write_c import check, save  # noqa: E402
from write_e import _obf, _specs, participant_errors  # noqa: E402  (same rules as author e)

SOURCE = "synthetic, hand-written (author f)"
MIN_MESSAGES, MAX_MESSAGES = 6, 22
SPACED_MARK = "sp"  # hand mark: the text spells a word out with spaces ("영 통")


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-f-conv-{n:04d}"
    speakers = {p["id"] for p in spec["participants"]}
    messages = tagged_messages(rid, spec["core"], _obf, extra_marks=(SPACED_MARK,), speakers=speakers)
    if not MIN_MESSAGES <= len(messages) <= MAX_MESSAGES:
        raise ValueError(f"{rid}: {len(messages)} messages ({spec['scenario']})")
    return conversation(rid, spec, messages, SOURCE)


def build_post(n: int, line: str) -> dict[str, Any]:
    return tagged_post(f"ko-au-f-post-{n:04d}", line, _obf, SOURCE, extra_marks=(SPACED_MARK,))


def main() -> int:
    specs = _specs(POSITIVE_1 + POSITIVE_2, 1) + _specs(NEGATIVE_1 + NEGATIVE_2, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    lines = [x for x in POSTS.strip().splitlines() if x.strip()]
    posts = [build_post(i, line) for i, line in enumerate(lines, 1)]
    errs = check(convs, posts)
    errs += participant_errors(convs)
    for r in convs:
        if r["label"] == 1 and r["participants"][0]["role"] != "adult_stranger":
            errs.append(f"{r['id']}: the other party of a positive must be an adult stranger")
    types = Counter(r["negative_type"] for r in convs if r["label"] == 0)
    errs += [f"negative type {t!r} used {k} times" for t, k in types.items() if k > 1]
    cats = Counter(c for r in convs for c in r["categories"])
    boys = sum(1 for r in convs if r["label"] == 1 and r["participants"][1]["gender"] == "m")
    groups = sum(1 for r in convs if len(r["participants"]) > 2)
    details = [
        "  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES),
        f"  negative types: {len(types)}; positives with a boy as target: {boys}",
    ]
    note = f"; group chats (3+ speakers) {groups}"
    return save("f", convs, posts, errs, median_total=True, note=note, details=details)


if __name__ == "__main__":
    sys.exit(main())
