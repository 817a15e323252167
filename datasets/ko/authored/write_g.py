#!/usr/bin/env python3
"""Hand-written Korean chats and posts for the grooming detector, author g (synthetic, non-explicit).

Written blind (without reading the other authors' data or the detector) and in a deliberately different
setting: fandom and hobby culture, and adults the child already knows offline. Chats happen in 아이돌 팬덤
X(트위터) DM, 덕질 오픈채팅, 포카/굿즈 교환·양도 (택배 vs 직거래), 팬카페 쪽지, 코스프레 모임, 제페토 월드,
웹소설·그림 커미션, 댄스 커버 팀 단톡, and with known adults (학원 강사, 과외 선생님, 성당·교회 청년부 선생님,
태권도·수영 코치, 동네 편의점 사장, 알바 매니저). Offenders: adults posing as a female 언니/누나 fan who builds
trust with 덕질 talk and then asks for photos or to meet alone at a 콘서트/팝업스토어; fake 기획사 scouts; a tutor
who drifts from homework to private talk, secrecy, gifts and 1:1 meetings; a manager offering extra pay after
hours; a "sponsor" paying for tickets and goods in return for a meeting; a place to stay for a youth in
가정불화; an older online "boyfriend". Youths mostly write 존댓말 to adults; offenders start in 해요체 and slide
into 반말. Heavy fandom slang (포카, 최애, 입덕, 양도, 직거래, 택포, 선입금, 덕메, 티켓팅, 대리티켓팅) and emoji /
kaomoji. Much of the grooming carries no explicit word: the risk is the pattern (special treatment + secrecy
+ moving to a private channel + meeting alone), and tags mark only the messages that carry a sign. Reactions
vary (agree, hesitate, refuse, leave, block, tell a friend or parent). Hard negatives are each of a different
type and reuse the same vocabulary innocently (real 덕메 meeting at a concert with a parent, 직거래 at a station
with an age check for 미성년자 결제, a tutor with the parent in the chat, a coach with 학부모 consent, 주휴수당,
a retreat 동의서, a cousin helping a runaway call 1388, a friend warning about a fake 언니 account …).

Data modules next to this file:
- ``data_g_pos1.py`` / ``data_g_pos2.py``: positive conversations (fandom / known adults);
- ``data_g_neg1.py`` / ``data_g_neg2.py``: hard-negative conversations (one negative_type each);
- ``data_g_posts.py``: posts (X/fandom solicitations, some obfuscated, and hard negatives).
Block header as for author e: ``+ scenario | platform | participant …`` (``-`` and the negative_type for label
0); a participant is ``A <role> <gender> <relation>``, ``B <age> <gender>`` or ``C peer <age> <gender>
<relation>``. Message lines ``X: text #tag …`` with the short tags of ``records.TAGS``, ``now`` for a
concrete time/place and ``sp`` for a word spelled out with spaces. ``categories``, ``level``,
``first_concern_index`` and ``split`` are computed; every record goes through write_c.check.
Run ``python3 datasets/ko/authored/write_g.py``; standard library only, deterministic output.
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
from data_g_neg1 import NEGATIVE_1  # noqa: E402
from data_g_neg2 import NEGATIVE_2  # noqa: E402
from data_g_pos1 import POSITIVE_1  # noqa: E402
from data_g_pos2 import POSITIVE_2  # noqa: E402
from data_g_posts import POSTS  # noqa: E402
from records import conversation, tagged_messages, tagged_post  # noqa: E402
from write_c import check, save  # noqa: E402
from write_e import _obf, _specs, participant_errors  # noqa: E402  (same rules as author e)

SOURCE = "synthetic, hand-written (author g)"
MIN_MESSAGES, MAX_MESSAGES = 6, 22
SPACED_MARK = "sp"  # hand mark: the text spells a word out with spaces


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-g-conv-{n:04d}"
    speakers = {p["id"] for p in spec["participants"]}
    messages = tagged_messages(rid, spec["core"], _obf, extra_marks=(SPACED_MARK,), speakers=speakers)
    if not MIN_MESSAGES <= len(messages) <= MAX_MESSAGES:
        raise ValueError(f"{rid}: {len(messages)} messages ({spec['scenario']})")
    return conversation(rid, spec, messages, SOURCE)


def build_post(n: int, line: str) -> dict[str, Any]:
    return tagged_post(f"ko-au-g-post-{n:04d}", line, _obf, SOURCE, extra_marks=(SPACED_MARK,))


def main() -> int:
    specs = _specs(POSITIVE_1 + POSITIVE_2, 1) + _specs(NEGATIVE_1 + NEGATIVE_2, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    lines = [x for x in POSTS.strip().splitlines() if x.strip()]
    posts = [build_post(i, line) for i, line in enumerate(lines, 1)]
    errs = check(convs, posts)
    errs += participant_errors(convs)
    neg_types = Counter(r["negative_type"] for r in convs if r["label"] == 0)
    errs += [f"negative_type {t!r} used {k} times" for t, k in neg_types.items() if k > 1]
    texts = Counter(m["text"] for r in convs for m in r["messages"] if len(m["text"]) > 25)
    errs += [f"repeated message {t!r}" for t, k in texts.items() if k > 1]
    cats = Counter(c for r in convs for c in r["categories"])
    details = [
        "  categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES),
        f"  negative types: {len(neg_types)}",
    ]
    return save("g", convs, posts, errs, median_total=True, details=details)


if __name__ == "__main__":
    sys.exit(main())
