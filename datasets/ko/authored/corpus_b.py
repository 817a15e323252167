#!/usr/bin/env python3
"""Hand-written Korean chats and posts for the grooming detector, author b (synthetic, non-explicit).

Writes ``conversations_b.jsonl`` (160 conversations: 80 positive, 80 hard negatives, 13-26 messages) and
``posts_b.jsonl`` (60 posts: 30 solicitation posts/ads, 30 hard negatives) next to this file, in the schema
of ``datasets/ko/handwritten/``. Run ``python3 datasets/ko/authored/write_b.py``; standard library only,
deterministic output. Everything is fictional: no real names, phone numbers, account ids or URLs (only the
helplines 112/117/1366/1388), sexual talk only by allusion.

How the data is held: each ``conv(label, scenario, platform, A, B, messages)`` holds (speaker, text, tags)
tuples; A is the adult (or, in negatives, the other person), B the youth (12-18). Tags are the README
categories; ``NOW`` marks a meeting message with a concrete time/place (``imminent``), ``O_*`` marks
obfuscation written into the text (chosung is detected automatically, and the other mechanically
recognisable kinds are checked against the annotation). ``categories``, ``level``, ``urgent_reasons``,
``first_concern_index`` (README rule: first strong tag, or the adult message at which age_probe and
compliment_trust have both appeared) and ``split`` ("test" iff int(sha256(id)[:8], 16) % 100 < 30) are
computed. Every record also goes through ``corpus.validation.validate_record`` (the id prefix and source
string, which that function only knows for the generated/hand-written sets, are checked here).

Scenarios (positives). Starting from the end of the persona list: 몸캠 피싱 조직원 posing as a same-age
girl on a random video-chat app, a dating-style app, a mobile game and an open chat (app install ->
recorded call -> contact-list threats, incl. a boy who says he wants to die); a deepfake threat and an
adult ex-boyfriend threatening to post photos unless she meets him (with self-harm statements);
고수익 알바 모집책 (일당 30 profile photos, "chat job" that turns sexual, 노래방 도우미 "2차", women brokers of
스폰 and a 20-something 동네 언니 recruiting for "오빠들"); 가출 helpers (youth-board DM with a 10 pm
terminal pickup, 가출팸 that wants errands, "지금 데리러 갈게" to a 14-year-old in a park, a youth who asks
for a place and is offered one with drinks, a sauna refusal that ends with the youth calling 1388);
동네 형/언니 (basketball-court 형 with beer and "엄마한텐 숙제했다고 해", cosmetics gifts then a photo);
유튜버s (game collab on cam at midnight, beauty channel wanting a school-uniform photo and a Sunday 3 pm
shoot without parents, mukbang "fan meeting" for one); 게임 길드장s (items then a video call, voice chat
with gradual isolation "너희 엄마는 너 너무 통제한다", an offline meet-up with a hotel room); 기획사
casting impostors (full-body photos, shirtless camera test); photographers (studio at 2 pm "혼자 와",
cosplay swimsuit shoot, photo-club "art" shots); fake peers (metaverse, random chat, penpal app, game voice
that sounds like an adult); 대학생 오빠 (tutoring app, fan-cafe concert ticket handed over at exit 3,
cam-study host). New settings: 팬싸 대리 구매 (25 albums for a selfie on Telegram), 포카 나눔 handed over in a
car after school, 코스프레 행사 (costume fitting at home, staff inviting a 15-year-old to an 8 pm
after-party), 중고거래 앱 (school-uniform buyer wanting worn photos, console buyer asking when parents are
out, cosmetics "review" photos, gym-clothes buyer), 청소년 고민 게시판 DM (fake counsellor meeting a
self-harming girl at 7 pm, a "brother" offering money to a boy who wants to end it, an "언니" exploiting
bullying), 스포츠 클럽 (football coach's private training and photos, badminton-club rides, 태권도 사범
sleepover), 웹툰/웹소설 댓글 DM (assistant jobs, "research" questions about first experiences), 학원 단톡
(조교 meeting at a café, an impostor teacher moving students to Telegram), live-stream donations for a
private call, 노래방/언어교환/익명 질문/펜팔/마인크래프트 서버/리듬게임/퍼즐게임/글쓰기 커뮤니티/음악 오픈채팅/
공구 오픈채팅/피시방 사장. Youth respond in many ways: comply, hesitate, joke, get angry, block, report to 117.
Categories: all 13, 2-6 per conversation; 18 urgent (13 imminent meetings, 5 sextortion, 5 self-harm).

Hard negatives (52 types) reuse the same words innocently: uncle/aunt/dad 용돈 with "엄마한텐 비밀",
기프티콘 and "입은 사진 보내봐", parents and a brother saying "지금 데리러 갈게", grandparents' video calls
("소리가 안 들려", 앱 설치), a father abroad, yearbook and contest photos asked by teachers, same-age
dating and a break-up deleting photos, classmates and fans planning meetings (with mothers along), real
job interviews where 조건 means working conditions, a 1388 counsellor and a youth-centre counsellor asking
age and region, friends and a sister steering a runaway to 1388, shelter staff, game trades moving to
Discord, news talk about 조건만남/몸캠피싱/딥페이크, siblings borrowing 교복/체육복, football and swimming
coaches scheduling 합숙 with consent forms, 학원 teachers asking 몇 학년, used trades with parents present,
cosplay friends changing at home, an official casting team warning about impostors, a protective adult
guild leader, a school police officer's Q&A, peers reporting a suspicious DM, hyperbole ("죽고 싶다 ㅋㅋ"
after a test), word senses (조건, 스폰 = e-sports sponsor, 모텔 on a family trip) and more.

Posts: 30 solicitations (condition offers and youth-voiced ones, helper offers/requests, sponsor and
"easy job" ads, image and gift lures, sexual chat) with heavy obfuscation (ㅈㄱ, 조/건, 0ㅑ, whrjs, 조💕건,
ㅇㅛㅇㄷㅗㄴ, gpfvj ...), and 30 hard negatives (real job ads, used trades, study groups, 1388/112/117/1366
notices, news headlines, shelter notices, lost-and-found, youth asking for help), some obfuscated too.
"""

# ruff: noqa: PLR0912, PLR0917

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent  # datasets/ko/authored
sys.path.insert(0, str(HERE.parent))  # make datasets/ko/corpus importable

from corpus.config import CATEGORIES, OBFUSCATIONS  # noqa: E402
from corpus.obfuscation import has_obfuscating_chosung  # noqa: E402
from corpus.validation import validate_record  # noqa: E402
from records import conversation, message, print_errors, split_of  # noqa: E402

SOURCE = "synthetic, hand-written (author b)"
CONV_OUT = HERE / "conversations_b.jsonl"
POST_OUT = HERE / "posts_b.jsonl"

# Short names for the message tags (the category ids of datasets/ko/README.md).
AGE = "age_probe"
COMP = "compliment_trust"
GIFT = "gift"
SEC = "secrecy_isolation"
IMG = "image_request"
PLAT = "platform_move"
SEX = "sexual_talk"
MEET = "meeting"
MONEY = "money_meeting"
SHELTER = "shelter_runaway"
SPON = "sponsor"
SEXT = "sextortion"
SELF = "self_harm"
# Markers that may stand in a message's tag list next to the categories:
NOW = "!imminent"  # the meeting message names a concrete time/place ("imminent": true)
O_SPACE = "~spacing_symbols"  # obfuscation written into the text (chosung is detected automatically)
O_LOOK = "~latin_digits_lookalike"
O_ENG = "~english_keyboard"
O_LONG = "~elongation"
O_EMOJI = "~emoji_insertion"
O_JAMO = "~jamo_split"
O_CHO = "~chosung"

Msg = tuple[str, str] | tuple[str, str, list[str]]

CONVERSATIONS: list[dict[str, Any]] = []
POSTS: list[dict[str, Any]] = []


def conv(
    label: int,
    scenario: str,
    platform: str,
    a: tuple[str, str, str],
    b: tuple[int, str],
    messages: list[Msg],
    negative_type: str | None = None,
    extra: list[tuple[str, str, str, str]] | None = None,
) -> None:
    """Register one conversation. ``a`` = (role, relation, gender) of speaker A (the adult or the other
    party), ``b`` = (age, gender) of the youth B, ``extra`` = further participants (id, role, relation,
    gender) of group chats."""
    CONVERSATIONS.append(
        {
            "label": label,
            "scenario": scenario,
            "platform": platform,
            "a": a,
            "b": b,
            "messages": messages,
            "negative_type": negative_type or (scenario if label == 0 else None),
            "extra": extra or [],
        }
    )


def post(
    label: int, text: str, categories: list[str], kind: str, obfuscation: list[str] | None = None
) -> None:
    """Register one post; ``kind`` is the post_type (label 1) or the negative_type (label 0)."""
    POSTS.append(
        {"label": label, "text": text, "categories": categories, "kind": kind, "obf": obfuscation or []}
    )


# ---------------------------------------------------------------------------------------------
# Building the records
# ---------------------------------------------------------------------------------------------
EMOJI_RE = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
HANGUL = "[가-힣]"


def detected_obfuscation(text: str) -> set[str]:
    """Obfuscation types that can be recognised mechanically (used to check the hand annotation)."""
    found: set[str] = set()
    if has_obfuscating_chosung(text):
        found.add("chosung")
    if re.search(r"[a-z]{3,}", text):
        found.add("english_keyboard")
    if re.search(r"[0-9A-Za-z][ㅏ-ㅣ]|[ㄱ-ㅎ][0-9][ㄱ-ㅎ]", text):
        found.add("latin_digits_lookalike")
    if re.search(r"[ㄱ-ㅎ][ㅏ-ㅣ]", text):
        found.add("jamo_split")
    if re.search(HANGUL + EMOJI_RE.pattern + HANGUL, text):
        found.add("emoji_insertion")
    if re.search(HANGUL + r"[./,·*_]" + HANGUL, text):
        found.add("spacing_symbols")
    return found


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-b-conv-{n:04d}"
    role, relation, gender = spec["a"]
    age, ygender = spec["b"]
    participants: list[dict[str, Any]] = [
        {"id": "A", "role": role, "relation": relation, "gender": gender},
        {"id": "B", "role": "youth", "age": age, "gender": ygender},
    ]
    for pid, prole, prel, pgen in spec["extra"]:
        participants.append({"id": pid, "role": prole, "relation": prel, "gender": pgen})
    messages: list[dict[str, Any]] = []
    for item in spec["messages"]:
        speaker, text = item[0], item[1]
        marks = list(item[2]) if len(item) == 3 else []
        tags = [t for t in marks if t in CATEGORIES]
        unknown = [t for t in marks if t not in CATEGORIES and t != NOW and not t.startswith("~")]
        if unknown:
            raise ValueError(f"{rid}: unknown tag {unknown} in {text!r}")
        obf = {t[1:] for t in marks if t.startswith("~")}
        obf |= {"chosung"} & detected_obfuscation(text)
        missing = detected_obfuscation(text) - obf
        if missing:
            raise ValueError(f"{rid}: obfuscation {sorted(missing)} not annotated in {text!r}")
        messages.append(message(speaker, text, tags, NOW in marks, obf))
    return conversation(rid, spec, messages, SOURCE, participants=participants)


def build_post(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-b-post-{n:04d}"
    obf = set(spec["obf"]) | ({"chosung"} & detected_obfuscation(spec["text"]))
    missing = detected_obfuscation(spec["text"]) - obf
    if missing:
        raise ValueError(f"{rid}: obfuscation {sorted(missing)} not annotated in {spec['text']!r}")
    label = spec["label"]
    return {
        "id": rid,
        "lang": "ko",
        "label": label,
        "categories": [c for c in CATEGORIES if c in spec["categories"]] if label == 1 else [],
        "text": spec["text"],
        "post_type": spec["kind"] if label == 1 else None,
        "negative_type": spec["kind"] if label == 0 else None,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf],
        "source": SOURCE,
        "split": split_of(rid),
    }


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------
# Words that carry the signals in positives; a hard negative "shares the vocabulary" when it uses 3+.
SHARED_VOCAB = [
    "몇 살", "학년", "년생", "사진", "셀카", "영통", "영상통화", "캠", "교복", "비밀", "지워", "부모님", "엄마한테",
    "만나", "데리러", "어디 살", "주소", "몇 시", "용돈", "기프티콘", "선물", "문상", "조건", "알바", "시급", "페이",
    "텔레", "디코", "라인", "디엠", "오픈채팅", "앱 깔", "재워", "가출", "쉼터", "모텔", "스폰", "후원", "협박",
    "뿌린", "죽고 싶", "사라지고 싶", "죽겠", "우리끼리", "예쁘", "어른스럽", "특별", "혼자", "집에 아무도", "차로",
    "합숙", "촬영", "오디션", "모델", "계좌", "송금", "소리가 안", "화면", "얼굴",
]  # fmt: skip

PHONE_RE = re.compile(r"\d{2,4}[-. ]\d{3,4}[-. ]\d{4}|01[016789]\d{7,8}")


def shared_words(rec: dict[str, Any]) -> list[str]:
    text = " ".join(m["text"] for m in rec["messages"])
    return [w for w in SHARED_VOCAB if w in text]


def check(convs: list[dict[str, Any]], posts: list[dict[str, Any]]) -> list[str]:
    errs: list[str] = []
    for kind, recs in (("conversation", convs), ("post", posts)):
        prefix = "ko-au-b-conv-" if kind == "conversation" else "ko-au-b-post-"
        ids = [r["id"] for r in recs]
        if len(set(ids)) != len(ids):
            errs.append(f"duplicate ids in {kind}s")
        for r in recs:
            # the shared validator knows only the generated/hand-written id prefixes and sources:
            # check those two here and every other rule there
            errs += [e for e in validate_record(r, kind, False) if not e.endswith((": bad id", ": source"))]
            if not re.fullmatch(re.escape(prefix) + r"\d{4}", r["id"]):
                errs.append(f"{r['id']}: bad id")
            if r["source"] != SOURCE:
                errs.append(f"{r['id']}: source")
            if r["split"] != split_of(r["id"]):
                errs.append(f"{r['id']}: split")
            texts = [m["text"] for m in r["messages"]] if kind == "conversation" else [r["text"]]
            for t in texts:
                if not re.search("[가-힣ㄱ-ㅣ]", t):
                    errs.append(f"{r['id']}: not Korean: {t!r}")
                if PHONE_RE.search(t):
                    errs.append(f"{r['id']}: phone-like number in {t!r}")
    for r in convs:
        n = len(r["messages"])
        if not 6 <= n <= 30:
            errs.append(f"{r['id']}: {n} messages (6-30 wanted)")
        if r["label"] == 1 and r["first_concern_index"] is None:
            errs.append(f"{r['id']}: positive without first concern")
        if r["label"] == 1 and {p["id"] for p in r["participants"] if p["role"] == "youth"} != {"B"}:
            errs.append(f"{r['id']}: the youth must be B")
        texts = [m["text"] for m in r["messages"]]
        if r["label"] == 0 and any(m["tags"] or m.get("imminent") for m in r["messages"]):
            errs.append(f"{r['id']}: negative with tags")
        if len(set(texts)) < len(texts) - 2:
            errs.append(f"{r['id']}: repeated messages")
    all_texts = Counter(m["text"] for r in convs for m in r["messages"] if len(m["text"]) > 12)
    for t, k in all_texts.items():
        if k > 1:
            errs.append(f"long message used {k} times: {t!r}")
    post_texts = Counter(p["text"] for p in posts)
    errs += [f"duplicate post {t!r}" for t, k in post_texts.items() if k > 1]
    return errs


def summary(convs: list[dict[str, Any]], posts: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    lab = Counter(r["label"] for r in convs)
    out.append(f"conversations: {len(convs)} (positive {lab[1]}, negative {lab[0]})")
    spl = Counter((r["split"], r["label"]) for r in convs)
    out.append(
        f"  split: train {spl['train', 1]} pos / {spl['train', 0]} neg, test {spl['test', 1]} pos / {spl['test', 0]} neg"
    )
    cat = Counter(c for r in convs for c in r["categories"])
    out.append("  categories: " + ", ".join(f"{c} {cat[c]}" for c in CATEGORIES))
    combos = Counter(len(r["categories"]) for r in convs if r["label"] == 1)
    out.append("  categories per positive: " + ", ".join(f"{k}: {v}" for k, v in sorted(combos.items())))
    lev = Counter(r["level"] for r in convs if r["label"] == 1)
    reasons = Counter(x for r in convs for x in r["urgent_reasons"])
    out.append(f"  level: high {lev['high']}, urgent {lev['urgent']} ({dict(sorted(reasons.items()))})")
    for lb in (1, 0):
        lens = sorted(len(r["messages"]) for r in convs if r["label"] == lb)
        out.append(
            f"  messages ({'pos' if lb else 'neg'}): min {lens[0]}, median {lens[len(lens) // 2]}, "
            f"mean {sum(lens) / len(lens):.1f}, max {lens[-1]}, total {sum(lens)}; "
            f"10-20: {sum(10 <= x <= 20 for x in lens)}, 21-30: {sum(x > 20 for x in lens)}"
        )
    fcis = sorted(r["first_concern_index"] for r in convs if r["label"] == 1)
    out.append(f"  first_concern_index: min {fcis[0]}, median {fcis[len(fcis) // 2]}, max {fcis[-1]}")
    neg = Counter(r["negative_type"] for r in convs if r["label"] == 0)
    out.append("  negative_type: " + ", ".join(f"{k} {v}" for k, v in sorted(neg.items())))
    shared = [len(shared_words(r)) for r in convs if r["label"] == 0]
    out.append(f"  negatives with 3+ shared signal words: {sum(s >= 3 for s in shared)} / {len(shared)}")
    plat = Counter(r["platform"] for r in convs)
    out.append(
        f"  platforms: {len(plat)} distinct; scenarios (pos): {len({r['scenario'] for r in convs if r['label'] == 1})} distinct"
    )
    obf = Counter((r["label"], o) for r in convs for o in r["obfuscation"])
    out.append("  obfuscation (pos/neg): " + ", ".join(f"{o} {obf[1, o]}/{obf[0, o]}" for o in OBFUSCATIONS))
    plab = Counter(p["label"] for p in posts)
    out.append(f"posts: {len(posts)} (positive {plab[1]}, negative {plab[0]})")
    pspl = Counter((p["split"], p["label"]) for p in posts)
    out.append(
        f"  split: train {pspl['train', 1]} pos / {pspl['train', 0]} neg, test {pspl['test', 1]} pos / {pspl['test', 0]} neg"
    )
    pt = Counter(p["post_type"] for p in posts if p["label"] == 1)
    out.append("  post_type: " + ", ".join(f"{k} {v}" for k, v in sorted(pt.items())))
    nt = Counter(p["negative_type"] for p in posts if p["label"] == 0)
    out.append("  negative_type: " + ", ".join(f"{k} {v}" for k, v in sorted(nt.items())))
    pcat = Counter(c for p in posts for c in p["categories"])
    out.append("  categories: " + ", ".join(f"{c} {pcat[c]}" for c in CATEGORIES if pcat[c]))
    pobf = Counter((p["label"], o) for p in posts for o in p["obfuscation"])
    n_obf = Counter(p["label"] for p in posts if p["obfuscation"])
    out.append(
        f"  with obfuscation: pos {n_obf[1]}, neg {n_obf[0]}; "
        + ", ".join(f"{o} {pobf[1, o]}/{pobf[0, o]}" for o in OBFUSCATIONS)
    )
    return out


def write(path: Path, recs: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


def main() -> int:
    convs = [build_conversation(i, s) for i, s in enumerate(CONVERSATIONS, 1)]
    posts = [build_post(i, s) for i, s in enumerate(POSTS, 1)]
    errs = check(convs, posts)
    if print_errors(errs):
        return 1
    write(CONV_OUT, convs)
    write(POST_OUT, posts)
    print("\n".join(summary(convs, posts)))
    print(f"wrote {CONV_OUT.name} and {POST_OUT.name}; validation: OK")
    return 0
