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

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent  # datasets/ko/authored
sys.path.insert(0, str(HERE.parent))  # make datasets/ko/corpus importable

from corpus.config import CATEGORIES, OBFUSCATIONS, WEAK  # noqa: E402
from corpus.obfuscation import has_obfuscating_chosung  # noqa: E402
from corpus.validation import validate_record  # noqa: E402

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
def split_of(rid: str) -> str:
    return "test" if int(hashlib.sha256(rid.encode("utf-8")).hexdigest()[:8], 16) % 100 < 30 else "train"


def first_concern(messages: list[dict[str, Any]]) -> int | None:
    """README rule: first message with a strong tag, or the adult message at which both weak signals
    (age_probe and compliment_trust) have appeared, whichever comes first."""
    weak_seen: set[str] = set()
    for i, m in enumerate(messages):
        tags = set(m["tags"])
        if tags - WEAK:
            return i
        if m["speaker"] == "A":
            weak_seen |= tags & WEAK
            if weak_seen == WEAK:
                return i
    return None


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
    obf_all: set[str] = set()
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
        msg: dict[str, Any] = {
            "speaker": speaker,
            "text": text,
            "tags": sorted(set(tags), key=CATEGORIES.index),
        }
        if NOW in marks:
            msg["imminent"] = True
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
        "negative_type": spec["negative_type"] if label == 0 else None,
        "scenario": spec["scenario"],
        "platform": spec["platform"],
        "participants": participants,
        "messages": messages,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf_all],
        "source": SOURCE,
        "split": split_of(rid),
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
        rec["first_concern_index"] = first_concern(messages)
    return rec


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
    for e in errs[:60]:
        print("ERROR", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} validation errors", file=sys.stderr)
        return 1
    write(CONV_OUT, convs)
    write(POST_OUT, posts)
    print("\n".join(summary(convs, posts)))
    print(f"wrote {CONV_OUT.name} and {POST_OUT.name}; validation: OK")
    return 0


# =============================================================================================
# Data. Speaker A is the adult (or, in negatives, the other person); B is the youth.
# =============================================================================================
# fmt: off

# ---------------------------------------------------------------------------------------------
# Positives (label 1)
# ---------------------------------------------------------------------------------------------
conv(1, "bodycam_phishing", "랜덤 영상채팅 앱", ("adult_stranger", "몸캠 피싱 조직원 (또래 여자인 척)", "m"), (16, "m"), [
    ("A", "안녕 ㅎㅎ 매칭 됐네"),
    ("B", "ㅎㅇ"),
    ("A", "몇 살? 난 17", [AGE]),
    ("B", "16임", [] ),
    ("A", "오 한 살 차이네 ㅋㅋ 어디 살아? 난 경기도"),
    ("B", "나도 경기도 ㅋㅋ"),
    ("A", "대박 ㅋㅋ 너 프사 보니까 훈훈하던데", [COMP]),
    ("B", "ㅋㅋㅋ 뭐래"),
    ("A", "아 근데 여기 영상 화질 너무 구려서 얼굴 잘 안 보여"),
    ("A", "소리도 자꾸 끊겨 ㅠㅠ"),
    ("A", "내가 쓰는 영상통화 앱 있는데 거기로 옮길래? 링크 보내줄게 깔아봐", [PLAT, IMG]),
    ("B", "무슨 앱인데"),
    ("A", "그냥 화질 좋은 거 ㅋㅋ 친구들 다 그거 써", [PLAT]),
    ("B", "깔았음 근데 연락처 권한 달라는데"),
    ("A", "그거 원래 그래 허용 눌러"),
    ("B", "ㅇㅋ"),
    ("A", "(다음날)"),
    ("A", "어제 영상 녹화해놨다"),
    ("A", "니 연락처에 있는 사람들 목록 다 받았고. 가족 친구 다 있더라", [SEXT]),
    ("B", "뭐라는거야"),
    ("B", "장난치지마"),
    ("A", "오늘 안으로 50 안 보내면 니 엄마부터 보낸다", [SEXT]),
    ("B", "나 돈 없어요 진짜로"),
    ("A", "문상이든 뭐든 구해와 시간 없다", [SEXT]),
    ("B", "경찰에 신고할 거에요"),
    ("A", "신고하는 순간 바로 뿌림 ㅋ 생각 잘해", [SEXT]),
])
conv(1, "fake_peer_videocall", "이성 친구 찾기 앱", ("adult_stranger", "또래 여학생인 척하는 성인", "m"), (14, "m"), [
    ("A", "안뇽 ㅎㅎ 프로필 보고 말 걸어봤어"),
    ("B", "아 안녕하세요"),
    ("A", "존댓말 하지 마 ㅋㅋ 나 중2야 너는?", [AGE]),
    ("B", "중2 나도"),
    ("A", "헐 동갑이다 ㅋㅋ 반가워"),
    ("A", "너 농구해? 사진에 공 들고 있던데"),
    ("B", "ㅇㅇ 점심시간마다 함"),
    ("A", "멋있다 ㅎㅎ 우리 반 남자애들은 다 게임만 하는데", [COMP]),
    ("B", "ㅋㅋㅋ 나도 게임함"),
    ("A", "무슨 겜?"),
    ("B", "발로"),
    ("A", "오 나도 가끔 봐 ㅋㅋ 방송으로만"),
    ("A", "(다음날)"),
    ("A", "심심하다ㅠ 우리 영통할래? 얼굴 보면서 얘기하고 싶어", [IMG]),
    ("B", "갑자기? 좀 부끄러운데"),
    ("A", "나 먼저 보여줄게 ㅎㅎ 근데 이 앱은 영통이 안 돼서 내가 보내는 앱 깔아야 돼", [PLAT]),
    ("B", "카톡 영통은 안 됨?"),
    ("A", "카톡은 엄마가 봐 ㅠㅠ 그 앱이 편해 설치 파일 보내줄게", [PLAT, SEC]),
    ("B", "음 좀 이상한데 그거 깔면 폰 털리는 거 아님?"),
    ("A", "아니야 ㅋㅋ 의심 많네 우리 친구잖아"),
    ("B", "학교에서 그런 거 조심하라고 배움 ㅋㅋ 걍 여기서 얘기하자"),
    ("A", "아 진짜 서운하다.. 얼굴 한 번만 보여주면 되는데", [IMG]),
    ("B", "ㄴㄴ 안 함"),
])
conv(1, "high_pay_job_recruiter", "SNS DM", ("adult_stranger", "고수익 알바 모집책", "f"), (17, "f"), [
    ("A", "안녕하세요~ 피드 보고 연락드려요 분위기가 너무 좋으셔서요 ㅎㅎ", [COMP]),
    ("B", "? 누구세요"),
    ("A", "저 쇼핑몰 쪽 일 연결해주는 사람이에요! 혹시 알바 관심 있으세요?"),
    ("B", "무슨 알바요"),
    ("A", "하루 두세 시간이면 되고 일당 30 정도예요", [SPON]),
    ("B", "헐 많이 주네요"),
    ("B", "근데 저 고딩인데 되나요?"),
    ("A", "몇 학년이세요?", [AGE]),
    ("B", "고2요"),
    ("A", "아 딱 좋아요 ㅎㅎ 학생분들 많이 해요 부모님 동의도 필요 없고요", [SPON, SEC]),
    ("B", "근데 뭐 하는 건데요?"),
    ("A", "처음엔 프로필 사진만 받아요 얼굴이랑 전신 한 장씩", [IMG]),
    ("A", "옷은 편한 거 입고 찍으셔도 돼요"),
    ("B", "쇼핑몰 모델 같은 거예요?"),
    ("A", "비슷해요 ㅎㅎ 자세한 건 여기선 말하기 좀 그래서 xpffp 있으세요?", [PLAT, O_ENG]),
    ("B", "텔레는 없는데"),
    ("A", "깔면 금방이에요 거기서 계약 얘기해요", [PLAT]),
    ("B", "ㅇㅋ 생각해볼게요"),
    ("A", "자리 금방 차니까 오늘까지 답 주세요~"),
])
conv(1, "chat_job_sexual", "알바 구인 오픈채팅", ("adult_stranger", "채팅 알바 모집책", "m"), (16, "f"), [
    ("B", "공고 보고 왔는데요 채팅 알바 아직 구해요?"),
    ("A", "네 구해요 ㅎㅎ 나이가?", [AGE]),
    ("B", "16이요"),
    ("A", "괜찮아요 집에서 폰으로만 하는 거라"),
    ("B", "뭐 하는 건데요"),
    ("A", "외로운 분들 말동무 해주는 거예요 한 시간에 2만", [SPON]),
    ("B", "오 그냥 얘기만 하면 돼요?"),
    ("A", "네네 근데 손님들이 좀 편한 얘기 좋아하셔서요"),
    ("A", "연습 삼아 나랑 먼저 해볼래요? 남친이랑 어디까지 가봤어요?", [SEX]),
    ("B", "네? 그걸 왜 물어봐요"),
    ("A", "손님들이 그런 얘기 하면 당황하면 안 되니까요 ㅋㅋ", [SEX]),
    ("A", "그런 얘기 잘하면 시급 두 배예요", [SPON, SEX]),
    ("B", "아 좀 아닌 거 같은데"),
    ("A", "다들 처음엔 그래요 한 번 해보면 별거 아님"),
    ("A", "부모님은 모르시는 게 좋겠죠? 용돈 따로 생기는 거니까", [SEC]),
    ("B", "저 안 할래요"),
    ("A", "아쉽네 ㅎㅎ 마음 바뀌면 연락해요"),
])
conv(1, "runaway_board_helper", "청소년 고민 게시판 DM", ("adult_stranger", "가출 청소년 도와준다는 사람", "m"), (15, "f"), [
    ("A", "게시판 글 봤어요. 많이 힘들었겠다.."),
    ("B", "아 네.."),
    ("A", "엄마랑 싸운 거예요?"),
    ("B", "그냥 맨날 싸워요 폰 뺏기고 학원 안 가면 소리 지르고"),
    ("B", "집에 있기 싫어요"),
    ("A", "그 나이 때 다 그렇지.. 근데 그건 엄마가 너무 심하다", [COMP]),
    ("A", "내가 보기엔 너 잘못 하나도 없어", [COMP]),
    ("B", "ㅠㅠ 고마워요"),
    ("A", "오늘 밤은 어떡하려고? 진짜 나올 거예요?"),
    ("B", "모르겠어요 친구 집은 다 부모님이 있어서"),
    ("A", "나 혼자 사는데 방 하나 비어. 며칠 재💕워줄게", [SHELTER, O_EMOJI]),
    ("A", "밥도 사주고 ㅎㅎ 아무것도 안 해도 돼", [SHELTER]),
    ("B", "진짜요? 근데 좀 무서운데"),
    ("A", "무서울 거 하나도 없어. 대신 부모님이나 친구한테 어디 있는지 말하면 안 돼 찾으러 오니까", [SEC]),
    ("A", "폰도 위치 끄고", [SEC]),
    ("B", "네.."),
    ("A", "오늘 10시에 터미널 정문 앞으로 와. 검은 차 세워둘게", [SHELTER, MEET, NOW]),
    ("B", "알겠어요"),
])
conv(1, "runaway_family_recruit", "오픈채팅", ("adult_stranger", "가출팸 운영자", "m"), (16, "m"), [
    ("B", "여기 방 구하는 방 맞아요?"),
    ("A", "ㅇㅇ 몇 살임", [AGE]),
    ("B", "16이요 집 나온 지 3일 됨"),
    ("A", "ㅇㅋ 지금 어디서 자는데"),
    ("B", "피시방이요 돈 거의 다 떨어짐"),
    ("A", "형들 다섯 명 같이 사는 가.출.팸 있음 들어올래? 방세 없음", [SHELTER, O_SPACE]),
    ("B", "진짜요? 조건 같은 거 없어요?"),
    ("A", "없어 ㅋㅋ 그냥 가끔 일 좀 도와주면 됨"),
    ("B", "무슨 일이요?"),
    ("A", "물건 전달이나 여자애들 데려오는 거 ㅋㅋ 돈 잘 벌어", [SPON]),
    ("B", "아..."),
    ("A", "집에 연락은 하지 마라 괜히 경찰 부르면 다 같이 끝남", [SEC]),
    ("B", "좀 생각해볼게요"),
    ("A", "생각할 게 뭐 있음 ㅋㅋ 피시방에서 계속 잘 거임?"),
    ("A", "오늘 밤에 역 앞에서 픽업해줌 몇 시에 나옴?", [SHELTER, MEET]),
    ("B", "내일 말씀드릴게요"),
])
conv(1, "local_unnie_gifts", "SNS DM", ("adult_stranger", "동네 언니 (20대)", "f"), (13, "f"), [
    ("A", "어 너 그 편의점 앞에서 봤던 애 맞지? ㅋㅋ"),
    ("B", "헉 언니 맞아요 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 팔로우 반갑다"),
    ("A", "너 몇 살이랬지?", [AGE]),
    ("B", "중1이요"),
    ("A", "헐 아기네 ㅋㅋ 근데 되게 성숙해 보여", [COMP]),
    ("B", "ㅋㅋ 그런 소리 첨 들어봐요"),
    ("A", "언니가 저번에 말한 틴트 남는 거 있는데 줄까? 새 거야", [GIFT]),
    ("B", "헐 진짜요?? 완전 갖고 싶었는데"),
    ("A", "ㅋㅋ 담에 만나면 줄게"),
    ("A", "(다음날)"),
    ("A", "틴트 말고 쿠션도 남는다 ㅋㅋ 다 줄게", [GIFT]),
    ("B", "언니 천사예요ㅠㅠ"),
    ("A", "대신 언니 부탁 하나만"),
    ("A", "바르고 나서 사진 하나만 보내줘 ㅋㅋ 어울리는지 보게. 얼굴이랑 목까지 나오게", [IMG]),
    ("B", "그냥 얼굴만 보내면 안 돼요?"),
    ("A", "옷도 좀 예쁜 거 입고 ㅎㅎ 이건 우리끼리만 아는 거다? 엄마한텐 말하지 마 뺏길 수도 있으니까", [IMG, SEC]),
    ("B", "네 ㅋㅋ"),
])
conv(1, "court_hyung_alcohol", "카카오톡", ("adult_stranger", "농구장에서 만난 동네 형", "m"), (14, "m"), [
    ("A", "야 어제 농구 잘하더라 ㅋㅋ 번호 받길 잘했네"),
    ("B", "ㅋㅋ 형도 잘하던데요"),
    ("A", "나야 뭐 ㅋㅋ 넌 몇 학년?", [AGE]),
    ("B", "중2요"),
    ("A", "중2가 슛 폼이 그렇게 좋냐 ㄷㄷ 고딩인 줄", [COMP]),
    ("B", "ㅋㅋㅋ 감사합니다"),
    ("A", "담주에 또 하자"),
    ("B", "넵"),
    ("A", "(며칠 후)"),
    ("A", "오늘 농구 끝나고 형 집 가서 게임 할래? 플스 있음", [MEET]),
    ("B", "오 플스 ㄷㄷ"),
    ("A", "치킨도 시켜줄게 맥주도 한 캔 줄까 ㅋㅋ 중딩이면 한 번쯤 마셔봐야지", [GIFT]),
    ("B", "술은 좀 ㅋㅋ"),
    ("A", "ㅋㅋ 쫄기는. 부모님 몇 시에 들어오셔? 늦게 들어가도 됨?", [SEC]),
    ("B", "엄마 10시쯤 와요"),
    ("A", "그럼 그 전에 가면 되지. 엄마한텐 친구네서 숙제했다고 해 ㅋㅋ", [SEC, MEET]),
    ("B", "음 알겠어요"),
])
conv(1, "youtuber_collab_cam", "디스코드", ("adult_stranger", "게임 유튜버", "m"), (13, "m"), [
    ("A", "ㅎㅇ 너 내 방송에서 채팅 자주 치던 애지?"),
    ("B", "헐 네!! 저 구독자에요"),
    ("A", "ㅋㅋ 알지 닉 외움"),
    ("B", "대박 ㅋㅋㅋ"),
    ("A", "너 겜 진짜 잘하더라 다음에 합방 한번 할래?", [COMP]),
    ("B", "진짜요???"),
    ("B", "저 완전 하고 싶어요"),
    ("A", "근데 몇 살이야? 목소리 어려 보이던데", [AGE]),
    ("B", "13살이요.."),
    ("A", "괜찮아 ㅋㅋ 실력이 중요하지"),
    ("A", "합방은 캠 켜야 돼. 요즘 캠 안 켜면 조회수 안 나와", [IMG]),
    ("B", "아 캠 없는데 폰으로 해도 돼요?"),
    ("A", "ㅇㅇ 폰으로 영상통화 먼저 테스트하자 오늘 밤에", [IMG]),
    ("A", "부모님 주무시고 나서 하는 게 조용해서 좋아", [SEC]),
    ("B", "오늘은 학원 숙제 있는데"),
    ("A", "팬 중에 너만 특별히 불러주는 건데 ㅋㅋ 다른 애들한텐 말하지 마 질투함", [COMP, SEC]),
    ("B", "넵 ㅋㅋ 12시쯤 될 것 같아요"),
])
conv(1, "beauty_youtuber_sponsor", "SNS DM", ("adult_stranger", "뷰티 유튜버 (채널 운영자)", "m"), (15, "f"), [
    ("A", "안녕하세요 뷰티 채널 운영하는 사람이에요 ㅎㅎ"),
    ("B", "아 안녕하세요?"),
    ("A", "릴스 보고 연락했어요 표정이 자연스러워서 카메라에 잘 받을 것 같아요", [COMP]),
    ("B", "헉 감사합니다 ㅎㅎ"),
    ("A", "저희가 학생 메이크업 시리즈 준비 중이라 출연자 찾고 있어요"),
    ("A", "출연료도 있고 협찬 화장품도 드려요", [SPON, GIFT]),
    ("B", "오 완전 좋아요"),
    ("A", "교복 입고 나오는 컨셉이라 교복 입은 사진 먼저 한 장 받을 수 있을까요?", [IMG]),
    ("B", "학교 끝나고 보내드릴게요"),
    ("B", "(사진)"),
    ("A", "와 딱이네요 ㅎㅎ 촬영은 이번 주 일요일 오후 3시 저희 작업실이에요", [MEET, NOW]),
    ("B", "부모님한테 여쭤봐야 될 것 같은데"),
    ("A", "아 그건 괜찮아요 요즘은 학생 혼자 와도 돼요", [SEC]),
    ("A", "괜히 말하면 반대하실 수도 있으니까 방송 나가고 나서 보여드려요 ㅎㅎ", [SEC]),
    ("B", "그래도 돼요?"),
    ("A", "네 다들 그렇게 해요~ 주소는 전날 보내드릴게요"),
])
conv(1, "guild_leader_items", "모바일 MMORPG 길드 채팅", ("adult_stranger", "게임 길드장", "m"), (12, "m"), [
    ("A", "막내 오늘도 접속했네 ㅋㅋ"),
    ("B", "네 길마님 ㅎㅇ"),
    ("A", "레이드 가자 내가 캐리해줄게"),
    ("B", "ㄱㄱ"),
    ("A", "(레이드 후)"),
    ("A", "아까 나온 전설 무기 너 가져"),
    ("B", "헐 진짜요? 그거 비싼 건데"),
    ("A", "ㅋㅋ 우리 막내니까 특별히 주는 거야 다른 길드원들한텐 말하지 마 서운해한다", [GIFT, SEC]),
    ("B", "감사합니다 ㅠㅠ 길마님 최고"),
    ("A", "막내 근데 초딩이야? 말투가 귀엽네", [AGE, COMP]),
    ("B", "6학년이에요"),
    ("A", "ㅋㅋ 6학년이 이 정도 컨트롤이면 나중에 프로 하겠다", [COMP]),
    ("B", "ㅋㅋㅋ"),
    ("A", "담에 다이아도 충전해줄게", [GIFT]),
    ("A", "대신 길마랑 영통 한번 하자 얼굴도 모르고 주기만 하니까 좀 그렇다 ㅋㅋ", [IMG]),
    ("B", "영통이요? 엄마가 폰 검사하는데"),
    ("A", "그럼 엄마 자고 나서 하자 통화 기록은 지우면 돼", [SEC, IMG]),
    ("B", "음.."),
    ("A", "싫으면 말고 ㅋㅋ 근데 무기는 돌려받아야 되나"),
    ("B", "아 아니에요 할게요"),
])
conv(1, "guild_voice_isolation", "PC 게임 음성 채팅", ("adult_stranger", "게임 길드장", "m"), (14, "f"), [
    ("A", "오늘 보이스 들어와? 다들 기다림 ㅋㅋ"),
    ("B", "엄마가 10시 넘으면 컴 못 하게 해서요 ㅠ"),
    ("A", "에이 10시면 너무 이르다"),
    ("B", "그니까요 맨날 잔소리"),
    ("A", "솔직히 너희 엄마는 너 너무 통제하는 것 같아", [SEC]),
    ("A", "너 정도면 알아서 잘하는데", [COMP]),
    ("B", "ㅋㅋ 그쵸"),
    ("A", "길드 애들 중에 너처럼 말 통하는 애 없어 진짜로", [COMP]),
    ("B", "길마님이랑 얘기하는 게 제일 편해요"),
    ("A", "나도 ㅎㅎ 너 몇 살이랬지? 중2?", [AGE]),
    ("B", "네 중2"),
    ("A", "내 동생보다 훨씬 어른스러워 ㅋㅋ", [COMP]),
    ("A", "(다음날)"),
    ("B", "학교에서 애들이랑 또 싸웠어요"),
    ("A", "걔네는 너 질투하는 거야. 굳이 친구들한테 맞출 필요 없어 나한테만 말해", [SEC]),
    ("A", "이건 우리끼리 얘기다 ㅎㅎ"),
    ("B", "네ㅠ"),
    ("A", "담달에 길드 정모 하는데 너도 와. 내가 역까지 데리러 갈게", [MEET]),
    ("A", "부모님한테는 친구 생일파티라고 하면 되잖아", [SEC, MEET]),
    ("B", "정모 다른 사람들도 와요?"),
    ("A", "응 근데 너는 나랑 먼저 만나서 밥 먹고 가자 ㅎㅎ", [MEET]),
])
conv(1, "casting_fullbody", "SNS DM", ("adult_stranger", "기획사 캐스팅 담당자를 사칭한 사람", "m"), (15, "f"), [
    ("A", "안녕하세요 엔터 신인개발팀입니다"),
    ("A", "올리신 댄스 영상 보고 연락드렸습니다"),
    ("B", "헐 진짜요??"),
    ("A", "네 ㅎㅎ 비율이랑 표정이 좋으셔서요. 혹시 연습생 생각 있으세요?", [COMP]),
    ("B", "완전 있어요!! 아이돌이 꿈이에요"),
    ("A", "나이가 어떻게 되세요?", [AGE]),
    ("B", "중3이요"),
    ("A", "딱 좋은 나이예요"),
    ("A", "1차 서류로 프로필 사진이 필요한데 화장 안 한 얼굴이랑 전신 사진 보내주세요", [IMG]),
    ("A", "몸 라인 보이는 옷이면 더 좋아요 심사위원들이 체형을 봐서요", [IMG]),
    ("B", "어 그런 옷이 없는데"),
    ("A", "레깅스 같은 거면 돼요"),
    ("B", "그건 좀 부끄러운데.. 부모님한테 말하고 보내도 돼요?"),
    ("A", "계약 전까진 보안이라 가족한테도 말씀하시면 안 돼요. 다른 회사가 채가거든요", [SEC]),
    ("A", "합격하면 그때 부모님 모시고 계약하면 돼요"),
    ("B", "음.. 회사 이름 검색해봐도 돼요?"),
    ("A", "신인개발팀은 비공개라 검색 안 돼요 ㅎㅎ 기회 많지 않으니까 빨리 결정하세요"),
    ("B", "그냥 나중에 공개 오디션 볼게요"),
])
conv(1, "casting_camera_test", "숏폼 영상 앱 DM", ("adult_stranger", "기획사 캐스팅 매니저라는 사람", "m"), (16, "m"), [
    ("A", "안녕하세요 댄스 커버 잘 봤어요"),
    ("B", "감사합니다!"),
    ("A", "남자 그룹 데뷔조 멤버 찾고 있는데 관심 있어요?"),
    ("B", "네? 저요? ㅋㅋㅋ"),
    ("A", "네 ㅎㅎ 끼가 있어요. 요즘 이런 얼굴이 잘 팔려요", [COMP]),
    ("B", "와 기분 좋네요 ㅋㅋ"),
    ("A", "고1 맞죠? 학교는 어디 다녀요?", [AGE]),
    ("B", "네 고1이요 학교는 좀.."),
    ("A", "괜찮아요 ㅎㅎ"),
    ("A", "카메라 테스트를 영상통화로 먼저 봐요. 오늘 밤 11시 괜찮아요?", [IMG]),
    ("B", "밤에요?"),
    ("A", "실장님이 그때밖에 시간이 안 돼서요. 라인으로 걸게요 아이디 알려줘요", [PLAT]),
    ("B", "라인 안 쓰는데 깔아야 돼요?"),
    ("A", "네 회사 공식 메신저예요"),
    ("A", "테스트 때는 상의 벗고 어깨 라인 보는 것도 있어요 다들 하는 거니까 놀라지 말고요", [IMG, SEX]),
    ("B", "그건 좀 이상한데요"),
    ("A", "아이돌 하려면 그 정도는 해야죠 ㅎㅎ"),
    ("B", "엄마한테 물어볼게요"),
    ("A", "부모님한텐 데뷔 확정되고 말해요 미리 말하면 다 떨어져요", [SEC]),
    ("B", "그냥 안 할게요"),
])
conv(1, "photographer_studio", "SNS DM", ("adult_stranger", "사진작가", "m"), (16, "f"), [
    ("A", "안녕하세요 인물 사진 찍는 작가입니다"),
    ("A", "피드 분위기가 제가 찾던 느낌이라 연락드려요", [COMP]),
    ("B", "아 감사합니다"),
    ("A", "의류 브랜드 피팅 모델 구하는데 촬영비 회당 20 드려요", [SPON]),
    ("B", "헐 저 학생인데 괜찮아요?"),
    ("A", "몇 살이에요?", [AGE]),
    ("B", "16살이요 고1"),
    ("A", "오히려 좋아요 풋풋한 느낌 찾고 있었거든요"),
    ("A", "샘플로 지금 입고 있는 옷 그대로 전신 사진 하나 보내줄 수 있어요?", [IMG]),
    ("B", "지금 잠옷이라 ㅋㅋ"),
    ("A", "그게 오히려 자연스러워서 좋아요 ㅎㅎ", [IMG]),
    ("B", "아 그건 좀.. 나중에 보낼게요"),
    ("A", "네네 ㅎㅎ 촬영은 토요일 오후 2시 성수 스튜디오예요 혼자 오면 돼요", [MEET, NOW]),
    ("B", "친구랑 같이 가도 돼요?"),
    ("A", "스튜디오가 좁아서 혼자 와야 돼요. 부모님한텐 알바 간다고만 해요", [SEC]),
    ("B", "네 알겠어요"),
])
conv(1, "cosplay_photographer", "코스프레 행사 오픈채팅", ("adult_stranger", "코스프레 행사 사진작가", "m"), (17, "f"), [
    ("A", "어제 행사장에서 찍어드린 작가예요 ㅎㅎ 사진 보정해서 보내드렸어요"),
    ("B", "헉 감사합니다 진짜 잘 나왔어요ㅠㅠ"),
    ("A", "모델이 좋으니까요 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 아니에요"),
    ("A", "이번 캐릭터 고증 완벽하더라고요 가발도 직접 손질한 거예요?"),
    ("B", "네 이틀 걸렸어요 ㅋㅋ"),
    ("A", "대단하다 ㄷㄷ"),
    ("A", "혹시 다음에 개인 촬영 해볼래요? 행사장은 사람 많아서 제대로 못 찍어서"),
    ("B", "개인 촬영이요?"),
    ("A", "네 의상은 제가 사드릴게요 그 캐릭터 수영복 버전 있잖아요 ㅎㅎ", [GIFT, IMG]),
    ("B", "아 그건 좀.."),
    ("A", "부담 갖지 마요 그냥 찍는 거예요 돈도 조금 챙겨드리고요", [GIFT]),
    ("B", "얼마나요?"),
    ("A", "10 정도? 대신 다른 코스어들한텐 말하지 마요 다들 해달라고 할까봐 ㅋㅋ", [SEC]),
    ("A", "미성년자인 거 알면 행사 쪽에서도 말 나오니까 둘만 알아요", [SEC]),
    ("B", "생각해볼게요"),
    ("A", "다음 주말에 제 작업실에서 하면 돼요 역까지 데리러 갈게요", [MEET]),
])
conv(1, "metaverse_fake_peer_sexual", "메타버스 앱 채팅", ("adult_stranger", "또래인 척하는 성인", "m"), (14, "f"), [
    ("A", "너 맨날 이 광장에 있더라 ㅋㅋ"),
    ("B", "ㅋㅋ 심심해서"),
    ("A", "나도 ㅋㅋ 나 15살 너는?", [AGE]),
    ("B", "14살"),
    ("A", "오 동생이네 ㅋㅋ 말 편하게 하자"),
    ("B", "ㅇㅋ"),
    ("A", "아바타 옷 어디서 샀어? 예쁘다"),
    ("B", "이벤트로 받은 거"),
    ("A", "ㅋㅋ 부럽"),
    ("A", "(며칠 후)"),
    ("A", "너 남친 있어?"),
    ("B", "없는데 왜 ㅋㅋ"),
    ("A", "그냥 궁금해서 ㅋㅋ 사귀어 본 적은?"),
    ("B", "한 번"),
    ("A", "어디까지 해봤어? ㅋㅋ 손잡기? 그 이상?", [SEX]),
    ("B", "뭐야 갑자기"),
    ("A", "ㅋㅋ 우리 나이 때 다 궁금해하잖아 나도 얘기해줄게", [SEX]),
    ("A", "이런 얘기는 친구들한테 하지 말고 우리끼리만 하자", [SEC]),
    ("B", "너 진짜 15살 맞아? 말투가 좀 아저씨 같음"),
    ("A", "뭔 소리야 ㅋㅋㅋ 맞아"),
    ("B", "ㅂㅂ 차단할게"),
])
conv(1, "random_chat_fake_peer", "랜덤채팅 앱", ("adult_stranger", "또래인 척하는 성인", "m"), (15, "f"), [
    ("A", "ㅎㅇ 나이 성별", [AGE]),
    ("B", "15 여"),
    ("A", "난 16 남 ㅎㅎ"),
    ("A", "중딩이구나 말 잘 통하겠다"),
    ("B", "ㅇㅇ"),
    ("A", "오늘 학교 어땠어"),
    ("B", "걍 그럼 수행평가 망함"),
    ("A", "ㅋㅋ 나도 망함"),
    ("A", "너 목소리 되게 귀여울 것 같아 ㅋㅋ", [COMP]),
    ("B", "뭐래"),
    ("A", "우리 사진 교환할래? 난 얼굴 보고 얘기하는 게 좋아", [IMG]),
    ("B", "너 먼저"),
    ("A", "(사진)"),
    ("B", "이거 인터넷 사진 아님?"),
    ("A", "아닌데 ㅋㅋ 너도 보내 교복 입은 걸로", [IMG]),
    ("A", "그리고 이 채팅 나중에 지워줘 ㅎㅎ 울 엄마가 랜챗 싫어해서", [SEC]),
    ("B", "ㄴㄴ 이상해 나감"),
])
conv(1, "college_tutor_special", "과외 매칭 앱 채팅", ("adult_stranger", "대학생 오빠 (과외 매칭 앱)", "m"), (16, "f"), [
    ("A", "수학 질문 올린 거 봤어 ㅎㅎ 풀이 보내줄게"),
    ("B", "오 감사합니다!!"),
    ("A", "고1 맞지?", [AGE]),
    ("B", "네 고1이에요"),
    ("A", "이 문제 고1이 혼자 풀려고 한 것만 해도 대단한 거야"),
    ("B", "ㅋㅋ 결국 못 풀었는데요"),
    ("A", "(다음날)"),
    ("B", "선생님 어제 풀이 이해했어요 감사해요"),
    ("A", "오빠라고 불러 ㅋㅋ 선생님은 좀 어색하다"),
    ("B", "ㅋㅋ 오빠"),
    ("A", "너는 다른 애들이랑 다르게 생각이 깊다. 대학생이랑 얘기하는 것 같아", [COMP]),
    ("B", "헐 진짜요?"),
    ("A", "응 ㅎㅎ 그래서 너랑 얘기하는 게 재밌어"),
    ("A", "근데 우리 이렇게 얘기하는 거 친구들한텐 말하지 마. 애들은 이해 못 할 거야", [SEC]),
    ("B", "왜요?"),
    ("A", "대학생이랑 고딩이랑 친하면 다들 이상하게 보잖아 ㅋㅋ 너만 알고 있어", [SEC]),
    ("B", "네 ㅋㅋ"),
])
conv(1, "fancafe_concert_ticket", "팬카페 쪽지", ("adult_stranger", "팬카페에서 만난 대학생 오빠", "m"), (15, "f"), [
    ("B", "양도글 보고 쪽지 드려요! 콘서트 표 아직 있어요?"),
    ("A", "네 한 장 남았어요 ㅎㅎ 학생이에요?", [AGE]),
    ("B", "네 중3이요"),
    ("A", "아 그럼 돈 없겠다 ㅋㅋ 그냥 줄게요", [GIFT]),
    ("B", "네?? 진짜요?"),
    ("A", "같은 팬끼리 ㅎㅎ 어차피 친구가 못 가서 남은 거예요"),
    ("B", "와 대박 감사합니다ㅠㅠ 택배로 보내주시는 거죠?"),
    ("A", "종이 티켓이라 현장에서 줄게요. 공연 날 4시에 3번 출구 앞에서 봐요", [MEET, NOW]),
    ("B", "넵!!"),
    ("A", "끝나고 밥도 같이 먹어요 내가 살게 ㅎㅎ", [MEET, GIFT]),
    ("B", "엄마가 끝나면 바로 오라고 했는데"),
    ("A", "엄마한텐 친구랑 간다고 해요 어른이랑 간다고 하면 못 가게 할 걸요", [SEC]),
    ("B", "아 그렇겠다 ㅋㅋ"),
    ("A", "그리고 이 쪽지는 지워줘요 카페에서 무료 나눔 걸리면 운영진한테 혼나요", [SEC]),
    ("B", "네 지울게요"),
])
conv(1, "fansign_proxy_photo", "팬싸 대리 구매 오픈채팅", ("adult_stranger", "팬싸 응모 대리 구매자", "f"), (14, "f"), [
    ("B", "팬싸 대리 응모 하시는 분 맞나요?"),
    ("A", "네~ 몇 장 원하세요?"),
    ("B", "돈이 별로 없어서 5장 정도요.."),
    ("A", "5장이면 당첨 거의 안 돼요 ㅠ 최소 30장은 넣어야 해요"),
    ("B", "아 그럼 못 하겠다 ㅠㅠ"),
    ("A", "학생이에요? 몇 살?", [AGE]),
    ("B", "14요"),
    ("A", "아고 ㅠㅠ 언니가 앨범 25장 그냥 얹어줄게 당첨되면 좋잖아", [GIFT]),
    ("B", "헐 진짜요? 왜요??"),
    ("A", "나도 팬이니까 ㅎㅎ 대신 부탁 하나만 들어줘"),
    ("A", "응모할 때 본인 확인용이라고 셀카 좀 보내줘. 교복 입은 거면 더 좋고", [IMG]),
    ("B", "팬싸 응모에 그런 것도 필요해요?"),
    ("A", "요즘 대리 단속해서 ㅎㅎ 카톡 말고 텔레로 보내줘 거기가 안전해", [PLAT, IMG]),
    ("B", "텔레그램 없어요"),
    ("A", "깔면 돼~ 당첨되면 포카도 언니가 챙겨줄게", [GIFT, PLAT]),
    ("B", "음 엄마한테 물어보고요"),
    ("A", "엄마한텐 친구가 대신 넣어준 거라고 해 ㅎㅎ", [SEC]),
])
conv(1, "goods_handover_alone", "굿즈 거래 오픈채팅", ("adult_stranger", "굿즈 나눔을 한다는 성인", "m"), (13, "f"), [
    ("A", "포카 나눔 신청했죠? 당첨 축하해요 ㅎㅎ"),
    ("B", "헐 저 당첨이에요?? 감사합니다ㅠㅠ"),
    ("A", "ㅎㅎ 주소 알려주면 보내줄게요 근데 몇 살이에요?", [AGE]),
    ("B", "중1이요"),
    ("A", "아 그럼 택배 주소 알려주기 좀 그렇겠다 부모님이 뭐라 하실 수도 있고"),
    ("A", "그냥 직접 줄게요 ㅎㅎ 어디 살아요?", [MEET]),
    ("B", "인천이요"),
    ("A", "오 나 인천 자주 가요 ㅋㅋ"),
    ("A", "미공포 몇 장 더 있는데 그것도 다 줄게요", [GIFT]),
    ("B", "대박 ㅠㅠㅠ 천사세요?"),
    ("A", "ㅋㅋㅋ 내일 학교 끝나고 4시에 학교 뒤 공원 놀이터 앞에서 봐요. 혼자 와요 포카 노리는 애들 많아서", [MEET, SEC, NOW]),
    ("B", "친구 데려가면 안 돼요?"),
    ("A", "친구 오면 나눠줘야 되잖아요 ㅋㅋ 혼자 와야 다 줄 수 있어요", [MEET, SEC]),
    ("B", "네.. 알겠어요"),
    ("A", "차 가져갈 거라 차 안에서 주면 돼요 ㅎㅎ", [MEET]),
])
conv(1, "cosplay_costume_home", "코스프레 동호회 오픈채팅", ("adult_stranger", "코스프레 동호회 회원 (성인)", "m"), (16, "f"), [
    ("A", "다음 행사 무슨 캐릭 해요?"),
    ("B", "아직 고민중이에요 의상이 너무 비싸서 ㅠㅠ"),
    ("A", "ㅠㅠ 그쵸 요즘 다 10 넘더라"),
    ("B", "용돈 모으는 중이에요 ㅋㅋ"),
    ("A", "나 작년에 맞춘 의상 있는데 빌려줄까요? 사이즈 맞을 듯", [GIFT]),
    ("B", "헐 진짜요? 완전 좋아요!!"),
    ("A", "ㅎㅎ 근데 수선해야 될 수도 있어서 한번 입어봐야 돼요"),
    ("A", "우리 집 와서 입어보고 가요 내가 사진도 찍어줄게", [MEET, IMG]),
    ("B", "집이요..?"),
    ("A", "의상이 무거워서 들고 나가기 힘들어서요 ㅋㅋ 작업실 겸 집이에요"),
    ("A", "부모님한텐 동호회 언니 집 간다고 하면 되지 않아요?", [SEC]),
    ("B", "언니 아니잖아요 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 뭐 그게 중요한가 어차피 코스어들끼린 다 친구지"),
    ("B", "음 그냥 행사장에서 받으면 안 돼요?"),
    ("A", "그럼 수선 못 해줘요~ 생각해보고 말해요"),
])
conv(1, "secondhand_uniform", "중고거래 앱 채팅", ("adult_stranger", "교복 구매자를 가장한 성인", "m"), (18, "f"), [
    ("A", "교복 판매글 보고 연락드려요 아직 있나요?"),
    ("B", "네 있어요!"),
    ("A", "사이즈가 어떻게 되죠?"),
    ("B", "상의 66이고 치마는 허리 25요"),
    ("A", "본인이 입던 거예요?"),
    ("B", "네 졸업해서 파는 거예요"),
    ("A", "아 그럼 고3이에요?", [AGE]),
    ("B", "네 ㅎㅎ"),
    ("A", "혹시 입은 사진 있으면 보내줄 수 있어요? 핏 보게요", [IMG]),
    ("B", "옷만 찍은 사진은 글에 있어요"),
    ("A", "입은 게 봐야 알죠 ㅎㅎ 얼굴은 안 나와도 돼요. 사진 보내주면 2만원 더 쳐줄게요", [IMG, GIFT]),
    ("B", "좀 이상하네요"),
    ("A", "아니면 직거래 때 입고 나와줘요오오 그럼 10 줄게요", [MONEY, MEET, O_LONG]),
    ("A", "차에서 잠깐 얘기만 하면 돼요", [MONEY, MEET]),
    ("B", "판매 안 할게요 신고할게요"),
])
conv(1, "secondhand_console_home", "중고거래 앱 채팅", ("adult_stranger", "중고거래 구매자", "m"), (13, "m"), [
    ("A", "게임기 판매하시는 거 아직 있어요?"),
    ("B", "네 있어요"),
    ("A", "상태 좋아요? 패드 두 개 다 있는 거죠"),
    ("B", "네 둘 다 있어요 박스도 있어요"),
    ("A", "목소리 보니까 학생이네요 ㅎㅎ 몇 학년이에요?", [AGE]),
    ("B", "중1이요"),
    ("A", "아 부모님 계정으로 올린 거구나"),
    ("B", "네 ㅋㅋ 엄마 폰으로 올림"),
    ("A", "제가 좀 바빠서 집 앞으로 가지러 갈게요 주소 알려줄래요?", [MEET]),
    ("B", "아파트 이름만 알려드려도 돼요?"),
    ("A", "동 호수까지 알려주면 문 앞으로 갈게요", [MEET]),
    ("A", "그 시간에 부모님 집에 계세요? 안 계시면 더 편하게 거래할 수 있는데 ㅎㅎ", [SEC]),
    ("B", "엄마는 회사 가세요"),
    ("A", "그럼 평일 낮에 가면 되겠네 ㅎㅎ 값도 좀 더 쳐줄게요", [MEET, GIFT]),
    ("A", "엄마한텐 택배로 보냈다고 해요 직거래 하면 걱정하시니까", [SEC]),
    ("B", "네"),
])
conv(1, "fake_counsellor_selfharm", "청소년 고민 게시판 DM", ("adult_stranger", "상담사를 사칭한 성인", "m"), (15, "f"), [
    ("A", "안녕 ㅎㅎ 고민 글 봤어. 나 상담 공부하는 사람이야"),
    ("B", "아 네"),
    ("A", "요즘 많이 힘들어?"),
    ("B", "그냥 다 싫어요 학교도 집도"),
    ("B", "아무도 내 편 없는 느낌"),
    ("A", "내가 네 편 해줄게. 어른들은 네 마음 몰라", [COMP]),
    ("B", "ㅠㅠ"),
    ("A", "이런 얘기 부모님이나 선생님한텐 하지 마. 어차피 혼내기만 할 거야", [SEC]),
    ("B", "네.. 말해도 소용없어요"),
    ("A", "(다음날)"),
    ("B", "오늘도 너무 힘들었어요"),
    ("B", "솔직히 그냥 사라지고 싶어요", [SELF]),
    ("A", "그런 생각 들 때 나한테 바로 말해. 나밖에 너 이해하는 사람 없어", [COMP, SEC]),
    ("B", "어제 밤에 진짜 죽으려고 했어요", [SELF]),
    ("A", "그러면 안 돼.. 직접 만나서 얘기하자. 내가 안아줄게", [MEET]),
    ("A", "오늘 저녁 7시에 너희 동네 역 2번 출구로 갈게", [MEET, NOW]),
    ("B", "네.."),
])
conv(1, "board_selfharm_sponsor", "청소년 커뮤니티 고민 게시판 DM", ("adult_stranger", "고민 게시판에서 접근한 성인", "m"), (17, "m"), [
    ("A", "글 봤다. 집 빚 때문에 힘들다며"),
    ("B", "네 뭐 그렇죠"),
    ("A", "나도 너 나이 때 그랬어 ㅋㅋ 알바는 해봤어?"),
    ("B", "편의점이요 근데 시급 갖고는 택도 없어요"),
    ("B", "솔직히 살기 싫어요 그냥 다 끝내고 싶음", [SELF]),
    ("A", "야 그런 말 하지 마. 형이 방법 알려줄게"),
    ("A", "너 나이면 몸 쓰는 일 아니어도 한 달에 백은 벌어", [SPON]),
    ("B", "무슨 일인데요"),
    ("A", "누나들이랑 밥 먹고 얘기 들어주는 거 ㅋㅋ 용돈 받는 거야", [SPON, MONEY]),
    ("B", "그게 뭐예요.."),
    ("A", "이상한 거 아님 ㅋㅋ 사진 몇 장 보내주면 연결해줄게 상의 좀 벗은 거면 더 잘 됨", [IMG, SPON]),
    ("B", "그건 좀"),
    ("A", "죽을 생각까지 했다며 그거에 비하면 아무것도 아니지"),
    ("A", "부모님 알면 더 힘들어하실 테니까 말하지 말고", [SEC]),
    ("B", "그냥 다 귀찮아요 오늘 밤에 옥상 갈까 생각 중이에요", [SELF]),
    ("A", "그러지 말고 형 만나자 ㅋㅋ 돈 되는 얘기 해줄게", [MEET]),
])
conv(1, "football_coach_private", "유소년 축구 클럽 개인 톡", ("adult_stranger", "스포츠 클럽 코치", "m"), (13, "m"), [
    ("A", "오늘 훈련 수고했다"),
    ("B", "감사합니다 코치님!"),
    ("A", "너 요즘 드리블 많이 늘었더라. 우리 팀에서 제일 재능 있다", [COMP]),
    ("B", "헐 진짜요? ㅎㅎ"),
    ("A", "응 그래서 따로 개인 훈련 해줄까 생각 중이야"),
    ("B", "완전 좋아요!!"),
    ("A", "근데 다른 애들이나 부모님들 알면 왜 쟤만 해주냐고 난리 나니까 비밀로 하자", [SEC]),
    ("B", "네 ㅎㅎ"),
    ("A", "(며칠 후)"),
    ("A", "근육 어떻게 붙었는지 보게 운동복만 입고 찍은 사진 보내봐", [IMG]),
    ("B", "사진이요? 훈련 때 보시면 되잖아요"),
    ("A", "기록해두려고 그러지 ㅎㅎ 다른 애들한텐 말하지 말고", [IMG, SEC]),
    ("B", "네.."),
    ("A", "일요일 아침에 운동장 말고 내 차로 데리러 갈게. 다른 데서 하자", [MEET]),
    ("A", "엄마한텐 단체 훈련이라고 해", [SEC]),
    ("B", "엄마가 일요일엔 할머니 댁 가자고 했는데"),
    ("A", "대표 선발 하고 싶으면 이런 거 빠지면 안 돼"),
])
conv(1, "badminton_club_ride", "배드민턴 동호회 단톡", ("adult_stranger", "동호회 성인 회원", "m"), (15, "f"),
    [
    ("A", "오늘 운동 나와요?"),
    ("B", "네 7시에 가요"),
    ("A", "ㅎㅎ 오늘도 복식 같이 쳐요"),
    ("B", "좋아요!"),
    ("A", "(운동 후, 개인 톡)"),
    ("A", "아까 스매시 완전 좋았어요 중학생 실력 아님 ㅋㅋ", [COMP]),
    ("B", "ㅋㅋ 감사합니다"),
    ("A", "중3이었나? 내년 고등학교 가면 운동할 시간 없겠다", [AGE]),
    ("B", "네 ㅠㅠ 그래서 지금 열심히 하는 거예요"),
    ("A", "집 어느 쪽이에요? 늦었는데 차로 데려다줄게요", [MEET]),
    ("B", "아 버스 타면 돼요"),
    ("A", "밤에 위험해요 ㅎㅎ 그리고 라켓 좋은 거 하나 남는데 줄게요", [GIFT]),
    ("B", "헐 괜찮은데요.."),
    ("A", "다른 회원들한텐 말하지 마요 다들 달라고 하니까 ㅋㅋ 우리끼리 얘기", [SEC]),
    ("A", "다음 주부턴 끝나고 내가 태워줄게요 부모님한테 말 안 해도 되죠?", [SEC, MEET]),
    ("B", "엄마한테는 말해야 될 것 같은데요"),
    ("A", "뭘 그런 걸 다 말해요 ㅋㅋ 애도 아니고"),
])
conv(1, "webtoon_commission", "웹툰 댓글 DM", ("adult_stranger", "웹툰 작가라고 하는 사람", "m"), (14, "f"), [
    ("A", "팬아트 댓글 봤어요 그림 너무 잘 그리시네요"),
    ("B", "헉 작가님?? 진짜 작가님이세요?"),
    ("A", "ㅎㅎ 네 부계정이에요"),
    ("B", "대박 ㅠㅠ 완전 팬이에요"),
    ("A", "나이가 어떻게 돼요? 그림 보니까 학생 같던데", [AGE]),
    ("B", "중2요 ㅠ"),
    ("A", "중2가 이 정도면 천재네요 ㅋㅋ 나보다 잘 그려", [COMP]),
    ("B", "ㅋㅋㅋㅋ 말도 안 돼요"),
    ("A", "혹시 어시 알바 해볼래요? 배경 채색 한 장에 만 원", [SPON]),
    ("B", "헐 할래요!!"),
    ("A", "ㅎㅎ 근데 여기 DM은 불편해서 라인으로 얘기해요", [PLAT]),
    ("B", "라인 깔게요"),
    ("A", "그리고 캐릭터 포즈 참고용으로 본인 사진이 필요할 때가 있어요. 그때 찍어서 보내줄 수 있죠?", [IMG]),
    ("B", "어떤 포즈요?"),
    ("A", "그건 그때 말해줄게요 ㅎㅎ 부모님한텐 그냥 그림 알바라고만 해요", [SEC]),
    ("B", "네!"),
])
conv(1, "webtoon_assistant_meet", "웹툰 플랫폼 댓글 → SNS DM", ("adult_stranger", "웹툰 지망생이라는 성인", "m"), (15, "m"), [
    ("A", "베댓 너 맞지? 댓글 센스 미쳤던데 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 네 제가 썼어요"),
    ("A", "웹툰 좋아하면 그림도 그려?"),
    ("B", "조금요 태블릿으로"),
    ("A", "오 나 웹툰 준비 중인데 같이 작업할 사람 찾고 있어"),
    ("B", "진짜요?"),
    ("A", "응 근데 너 몇 살?", [AGE]),
    ("B", "중3이요"),
    ("A", "ㄱㅊ ㄱㅊ 나도 중학생 때 시작했어"),
    ("A", "작업실 나와서 같이 하면 시간당 만오천 줄게", [SPON, MEET]),
    ("B", "헐 많이 주시네요"),
    ("A", "작업실은 우리 집이야 ㅋㅋ 혼자 사니까 편하게 와", [MEET]),
    ("B", "부모님한테 말해야 되는데"),
    ("A", "그냥 친구네 간다고 해 알바 한다고 하면 공부나 하라고 하실걸", [SEC]),
    ("B", "그건 그렇죠 ㅋㅋ"),
    ("A", "토요일에 시간 돼? 역까지 마중 나갈게", [MEET]),
    ("B", "토요일은 학원 있어서 일요일이요"),
])
conv(1, "academy_assistant_dm", "학원 단톡 → 개인 톡", ("staff", "학원 조교", "m"), (16, "f"), [
    ("A", "[학원 단톡] 내일 모의고사 오답노트 제출입니다~"),
    ("B", "[학원 단톡] 넵"),
    ("A", "(개인 톡) 오답노트 보니까 글씨 진짜 예쁘더라 ㅎㅎ", [COMP]),
    ("B", "앗 감사합니다 ㅋㅋ"),
    ("A", "이번에 점수 많이 올랐던데 열심히 했네"),
    ("B", "조교쌤이 질문 다 받아주셔서요"),
    ("A", "ㅎㅎ 넌 다른 애들이랑 다르게 어른스러워서 얘기하기 편해", [COMP]),
    ("B", "ㅋㅋ 그런가요"),
    ("A", "고1이지? 벌써 진로 생각하는 거 보면 대단해", [AGE]),
    ("B", "네 고1이요"),
    ("A", "주말에 카페에서 따로 봐줄까? 수업 말고 개인적으로", [MEET]),
    ("B", "헐 그래도 돼요?"),
    ("A", "원장님이나 애들한텐 비밀로 해. 다른 애들도 해달라고 하면 곤란하니까", [SEC]),
    ("A", "그리고 개인 톡 한 거 단톡에서 티 내지 말고 ㅎㅎ", [SEC]),
    ("B", "네 알겠어요"),
    ("A", "(다음날)"),
    ("A", "토요일 오후 5시에 학원 말고 역 앞 카페로 와. 끝나고 저녁도 사줄게", [MEET, GIFT, NOW]),
    ("B", "넵!"),
])
conv(1, "metaverse_room_photo", "메타버스 앱", ("adult_stranger", "메타버스에서 만난 성인", "m"), (12, "f"), [
    ("A", "너 코디 귀엽다 ㅋㅋ 초딩?", [AGE, COMP]),
    ("B", "6학년인데여"),
    ("A", "ㅋㅋ 귀엽네 나 이 월드 맨날 와"),
    ("B", "저두요 ㅋㅋ"),
    ("A", "같이 포토부스 찍을래?"),
    ("B", "ㄱㄱ"),
    ("A", "(포토부스)"),
    ("A", "잘 나왔다 ㅋㅋ 우리 친구 하자"),
    ("B", "넹"),
    ("A", "새로 나온 한정 원피스 있잖아 그거 선물해줄까?", [GIFT]),
    ("B", "헐 그거 젬 엄청 비싼데"),
    ("A", "ㅋㅋ 괜찮아 나 젬 많아"),
    ("A", "근데 여긴 사람 많으니까 내 방으로 와 비번 걸어둘게", [PLAT]),
    ("B", "ㅇㅋ"),
    ("A", "선물 받으면 실제 너 ㅅㅏㅈㅣㄴ 한 장만 보내줘 ㅎㅎ 아바타랑 닮았는지 궁금해", [IMG, O_JAMO]),
    ("B", "엄마가 사진 보내지 말랬는데"),
    ("A", "엄마 모르게 하면 되지~ 보내고 지우면 돼", [SEC, IMG]),
    ("B", "음..."),
])
conv(1, "roblox_money_face", "게임 채팅 (블록 게임)", ("adult_stranger", "게임에서 만난 성인", "m"), (13, "m"), [
    ("A", "야 너 타이쿤 몇 단계까지 깼냐"),
    ("B", "거의 다 깼어요 ㅋㅋ"),
    ("A", "오 고수네"),
    ("A", "게임 머니 부족하지 않음? 내가 충전해줄 수 있는데", [GIFT]),
    ("B", "진짜요? 왜요?"),
    ("A", "ㅋㅋ 나 돈 많음 심심해서 애들 충전해줌", [GIFT]),
    ("B", "헐 그럼 좀만 해주세요"),
    ("A", "ㅇㅋ 대신 디코 깔려 있냐? 거기로 와", [PLAT]),
    ("B", "있어요"),
    ("A", "(디스코드)"),
    ("A", "왔네 ㅋㅋ 중딩?", [AGE]),
    ("B", "중1이요"),
    ("A", "캠 켜봐 얼굴 보고 충전해줄게 사기꾼 아닌지 확인해야지 ㅋㅋ", [IMG]),
    ("B", "그건 제가 할 말인데요 ㅋㅋ"),
    ("A", "ㅋㅋ 웃기네 진짜 잠깐만 켜봐", [IMG]),
    ("B", "캠 고장남"),
    ("A", "폰으로 영통 ㄱ", [IMG]),
    ("B", "됐어요 충전 안 해도 돼요"),
])
conv(1, "random_chat_condition_now", "랜덤채팅 앱", ("adult_stranger", "조건만남을 요구하는 성인", "m"), (18, "f"), [
    ("A", "ㅎㅇ 어디 살아"),
    ("B", "서울"),
    ("A", "나이는?", [AGE]),
    ("B", "18살"),
    ("A", "고딩이네 ㅋㅋ"),
    ("B", "ㅇㅇ"),
    ("A", "용돈 필요해?", [MONEY]),
    ("B", "얼만데요"),
    ("A", "ㅈㄱ 가능? 한 시간에 15", [MONEY]),
    ("B", "사진 먼저요"),
    ("A", "너도 보내 ㅋㅋ 얼굴 나오게", [IMG]),
    ("B", "아 그건 만나서요"),
    ("A", "ㅇㅋ 오늘 8시 되냐 시청역 근처 만나자아아", [MONEY, MEET, NOW, O_LONG]),
    ("B", "9시요"),
    ("A", "ㅇㅋ 9시 4번 출구 앞 편의점. 도착하면 여기로 톡해", [MEET, NOW]),
    ("A", "다른 사람한테 말하지 말고 대화방 나가기 전에 다 지워", [SEC]),
    ("B", "ㅇㅇ"),
])
conv(1, "random_chat_boy_dinner", "랜덤채팅 앱", ("adult_stranger", "남학생에게 접근하는 성인 남성", "m"), (15, "m"), [
    ("A", "안녕 학생?", [AGE]),
    ("B", "네 왜요"),
    ("A", "그냥 심심해서 ㅋㅋ 몇 학년?", [AGE]),
    ("B", "중3"),
    ("A", "한창 배고플 때네 ㅋㅋ 밥은 먹었어?"),
    ("B", "컵라면 먹음"),
    ("A", "에이 그걸로 되냐"),
    ("A", "아저씨가 고기 사줄게 나와. 밥만 먹고 용.돈도 5만원 줄게", [MONEY, MEET, O_SPACE]),
    ("B", "?? 왜요"),
    ("A", "그냥 착한 학생들 도와주는 거야 ㅋㅋ 이상한 거 아님"),
    ("B", "그냥 밥만 먹어요?"),
    ("A", "응 ㅎㅎ 밥 먹고 드라이브 조금? 부모님은 몰라도 되고", [SEC, MONEY]),
    ("B", "좀 이상한데"),
    ("A", "싫으면 말고 ㅋㅋ 근데 5만원 쉽게 버는 거야"),
    ("B", "안 할게요"),
    ("A", "10 줄게", [MONEY]),
    ("B", "ㄴㄴ 차단"),
])
conv(1, "openchat_unnie_sponsor", "오픈채팅 (고민방)", ("adult_stranger", "여성 스폰서 브로커", "f"), (16, "f"), [
    ("A", "아까 방에서 용돈 없다고 한 친구 맞지? ㅎㅎ"),
    ("B", "네 ㅋㅋ 맞아요"),
    ("A", "언니도 너 나이 때 그랬어 ㅠ 몇 살이야?", [AGE]),
    ("B", "16이요"),
    ("A", "아직 아기네 ㅋㅋ 근데 방에서 말하는 거 보니까 생각 깊더라", [COMP]),
    ("B", "ㅋㅋ 감사해요"),
    ("A", "언니가 좋은 오빠들 많이 아는데 소개해줄까? 한 달에 용돈 100씩 주는 사람도 있어", [SPON]),
    ("B", "헐 그냥 주는 거예요?"),
    ("A", "응 가끔 같이 밥 먹고 연락만 잘하면 돼 ㅎㅎ ㅅㅍ이라고들 하는데 이상한 거 아니야", [SPON, MONEY]),
    ("B", "음.. 무서운데"),
    ("A", "언니가 다 옆에서 봐줄게. 오빠들한테 보여줄 사진만 몇 장 줘", [IMG, SPON]),
    ("A", "최대한 성숙해 보이게 ㅎㅎ 교복 말고", [IMG]),
    ("B", "생각해보고 보낼게요"),
    ("A", "천천히 해~ 대신 친구들한텐 말하지 마 질투해서 이상한 소문 낸다", [SEC]),
])
conv(1, "helper_request_youth_initiated", "오픈채팅 (가출방)", ("adult_stranger", "헬퍼를 자처하는 성인", "m"), (16, "f"), [
    ("B", "혹시 며칠 재워주실 분 있나요.."),
    ("A", "나 가능 ㅋㅋ 몇 살?", [AGE]),
    ("B", "16이요"),
    ("A", "왜 나왔는데"),
    ("B", "아빠가 술 마시면 때려서요"),
    ("A", "헐.. 고생했다. 우리 집 와서 있어 밥도 해주고", [SHELTER]),
    ("B", "감사해요ㅠ 근데 아무것도 안 해도 돼요?"),
    ("A", "ㅋㅋ 뭐 그냥 같이 술 한잔하고 얘기 좀 하면 되지", [SHELTER, SEX]),
    ("A", "같이 있으면 서로 편해지는 거지 무슨 말인지 알지?", [SEX]),
    ("B", "그런 거면 안 갈래요"),
    ("A", "에이 농담이지 ㅋㅋ 밖에서 자다 더 험한 꼴 당한다"),
    ("A", "경찰이나 쉼터 가면 바로 집에 연락해서 돌려보내. 나한테 오는 게 나아", [SEC, SHELTER]),
    ("B", "진짜요?"),
    ("A", "ㅇㅇ 다들 그래서 나한테 옴 ㅋㅋ"),
    ("B", "그냥 찜질방 갈게요"),
])
conv(1, "sns_sexual_questions_block", "SNS DM", ("adult_stranger", "모르는 성인 남성", "m"), (16, "f"), [
    ("A", "셀카 보고 왔어요 너무 예쁘시다", [COMP]),
    ("B", "ㄱㅅ합니다"),
    ("A", "고딩이에요?", [AGE]),
    ("B", "네"),
    ("A", "요즘 고딩들은 다 이렇게 성숙한가 ㅎㅎ", [COMP]),
    ("B", "ㅋㅋ.."),
    ("A", "남친 있어요?"),
    ("B", "없어요"),
    ("A", "왜 없지? 경험은 있어요?", [SEX]),
    ("B", "무슨 경험이요"),
    ("A", "알면서 ㅋㅋ 어른들이 하는 거", [SEX]),
    ("B", "아 미친"),
    ("B", "나이 먹고 애한테 뭐하는 거예요"),
    ("A", "아 농담인데 왜 화내요 ㅋㅋ"),
    ("B", "신고함"),
])
conv(1, "deepfake_threat", "SNS DM", ("adult_stranger", "합성 사진으로 협박하는 사람", "m"), (15, "f"), [
    ("A", "너 ○○중 3학년 맞지", [AGE]),
    ("B", "누구세요?"),
    ("A", "니 프사로 이런 거 만들어봤는데 ㅋㅋ (사진)"),
    ("B", "이게 뭐예요 지워요 당장"),
    ("A", "진짜 같지? 니네 학교 애들은 진짜인지 모를걸", [SEXT]),
    ("B", "제발 지워주세요 ㅠㅠ"),
    ("A", "지워줄 수는 있지 30 보내면", [SEXT]),
    ("B", "저 그런 돈 없어요"),
    ("A", "그럼 니가 직접 찍은 사진 보내. 그럼 이건 안 뿌릴게", [SEXT, IMG]),
    ("A", "내일 아침까지 답 없으면 니 반 단톡이랑 학교 커뮤에 올린다", [SEXT]),
    ("B", "엄마한테 말할 거예요"),
    ("A", "말해봐 ㅋㅋ 올라가는 게 더 빠를걸", [SEXT]),
    ("B", "(다음날)"),
    ("B", "117에 신고했어요 이 대화 다 캡처했어요"),
])
conv(1, "duo_game_home_alone", "게임 보이스 채팅 (슈팅 게임 듀오)", ("adult_stranger", "듀오로 만난 성인", "m"), (14, "m"), [
    ("A", "ㅋㅋㅋ 마지막 판 미쳤다 너 에임 뭐냐"),
    ("B", "ㅋㅋㅋ 형 덕분이죠"),
    ("A", "듀오 계속 하자 친추함"),
    ("B", "ㅇㅋ"),
    ("A", "(며칠 후)"),
    ("A", "오늘도 ㄱ?"),
    ("B", "ㄱㄱ"),
    ("A", "너 스킨 없더라 ㅋㅋ 내가 하나 사줄게", [GIFT]),
    ("B", "헐 진짜요? 형 최고"),
    ("A", "중딩이라 돈 없지 ㅋㅋ 몇 살이냐", [AGE]),
    ("B", "중2요"),
    ("A", "딱 좋을 때다"),
    ("A", "지금 집에 혼자야? 보이스 편하게 해도 돼?", [SEC]),
    ("B", "네 부모님 맞벌이라 늦게 와요"),
    ("A", "ㅇㅋ 그럼 ㅋㅐㅁ도 켜봐 같이 겜하는 맛 나게 ㅋㅋ", [IMG, O_JAMO]),
    ("B", "웹캠 없어요 ㅋㅋ"),
    ("A", "폰 세워두고 영상통화 하면 되지 윗옷은 편하게 벗고 해 더운데", [IMG, SEX]),
    ("B", "그건 왜요 ㅋㅋ"),
    ("A", "ㅋㅋ 남자끼리 뭐 어때"),
    ("B", "그냥 보이스만 할게요"),
])
conv(1, "rhythm_gifticon_selfie", "리듬게임 커뮤니티 DM", ("adult_stranger", "커뮤니티에서 알게 된 성인", "m"), (13, "f"), [
    ("A", "오늘 랭킹 봤어 1위 찍었더라 ㅋㅋ"),
    ("B", "ㅎㅎ 어제 밤새 했어요"),
    ("A", "ㅋㅋ 대단하다 축하 기념으로 기프티콘 보냄", [GIFT]),
    ("B", "헐 아이스크림 ㅋㅋㅋ 감사해요"),
    ("A", "(며칠 후)"),
    ("A", "오늘 시험이었지? 고생했어 치킨 쿠폰 보냄 ㅋㅋ", [GIFT]),
    ("B", "헉 또요?? 너무 많이 주시는 거 아니에요"),
    ("A", "ㅋㅋ 너 같은 동생 있으면 좋겠어서 그래", [COMP]),
    ("B", "ㅎㅎ"),
    ("A", "근데 나 너 얼굴도 모르네 ㅋㅋ 셀카 하나만 보내줘", [IMG]),
    ("B", "셀카요? 저 못생겼는데"),
    ("A", "그럴 리가 ㅋㅋ 받은 거 생각하면 하나쯤은 괜찮잖아", [IMG]),
    ("B", "음.."),
    ("A", "부모님한테 보여주지 말고 그냥 나한테만 ㅎㅎ", [SEC, IMG]),
    ("B", "(사진)"),
    ("A", "역시 ㅋㅋ 다음엔 전신으로 ㅎㅎ 문상 만 원짜리 보내줄게", [IMG, GIFT]),
])
conv(1, "cover_app_producer", "노래 커버 앱 메시지", ("adult_stranger", "프로듀서라는 성인", "m"), (15, "f"), [
    ("A", "커버 영상 잘 들었어요 음색이 진짜 좋네요", [COMP]),
    ("B", "헉 감사합니다ㅠㅠ"),
    ("A", "저 작곡하고 음원 내는 사람인데 가이드 녹음 해줄 보컬 찾고 있어요"),
    ("B", "와 저 같은 사람도 돼요?"),
    ("A", "그럼요 ㅎㅎ 학생이죠? 몇 살이에요?", [AGE]),
    ("B", "중3이요"),
    ("A", "이 나이에 이 정도 호흡이면 연습 많이 했나 보다"),
    ("B", "노래방 엄청 다녔어요 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 귀엽네", [COMP]),
    ("A", "녹음 한 곡에 10 드려요. 녹음실 비용은 제가 다 내고요", [SPON]),
    ("B", "헐 대박"),
    ("A", "녹음실은 제 작업실이라 밤에만 비어요. 혼자 와야 집중이 잘 돼요", [MEET, SEC]),
    ("B", "밤이면 엄마가 안 보내줄 텐데"),
    ("A", "그럼 친구 집에서 자고 온다고 해요 녹음 끝나면 내가 데려다줄게요", [SEC, MEET]),
    ("B", "음.. 낮에는 안 돼요?"),
    ("A", "낮엔 다른 가수들이 써서요 ㅎㅎ 이런 기회 흔치 않아요"),
    ("B", "생각해볼게요"),
])
conv(1, "livestream_donation", "개인 방송 앱", ("adult_stranger", "큰 후원을 하는 시청자", "m"), (16, "m"), [
    ("A", "[후원] 오늘 방송 재밌다 ㅋㅋ"),
    ("B", "와 후원 감사합니다!!"),
    ("A", "[후원] 노래 한 곡만"),
    ("B", "ㅋㅋㅋ 노래 못하는데 해볼게요"),
    ("A", "(방송 후 메시지)"),
    ("A", "방송 잘 봤어 ㅋㅋ 매일 후원해줄게", [GIFT]),
    ("B", "헐 감사합니다 ㅠ 덕분에 오늘 최고 기록이에요"),
    ("A", "고딩이지? 몇 학년?", [AGE]),
    ("B", "고1이요"),
    ("A", "ㅋㅋ 어린데 말빨 좋네"),
    ("A", "근데 방송 말고 나랑만 1:1로 영통 하면 한 번에 20 쏴줄게", [IMG, PLAT, GIFT]),
    ("B", "1:1이요? 뭐 하는데요"),
    ("A", "그냥 방송보다 좀 더 과감하게 ㅋㅋ 무슨 말인지 알잖아", [SEX]),
    ("B", "아 그런 건 안 해요"),
    ("A", "다른 스트리머들 다 해 ㅋㅋ 부모님은 모르게 하면 되고", [SEC]),
    ("A", "ㅌㄹ로 와 거기선 기록도 안 남아", [PLAT]),
    ("B", "저 그런 거 안 합니다"),
])
conv(1, "language_exchange_hotel", "언어교환 앱", ("adult_stranger", "30대 직장인", "m"), (17, "f"), [
    ("A", "영어 공부하세요? 저 해외 살다 와서 도와드릴 수 있어요"),
    ("B", "오 감사합니다! 영어 회화가 약해서요"),
    ("A", "ㅎㅎ 몇 살이세요? 대학생?", [AGE]),
    ("B", "아니요 고2요"),
    ("A", "아 생각보다 어리네 ㅋㅋ 근데 글 쓰는 거 보면 대학생인 줄 알았어요", [COMP]),
    ("B", "ㅋㅋ 그런 말 많이 들어요"),
    ("A", "토익 말고 회화는 직접 만나서 해야 늘어요"),
    ("B", "그렇긴 하죠"),
    ("A", "주말에 호텔 라운지에서 만나요 분위기 좋아요 ㅎㅎ", [MEET]),
    ("B", "호텔이요? 그냥 카페면 안 돼요?"),
    ("A", "카페는 시끄러워서 ㅎㅎ 과외비 대신 제가 용돈 드릴게요 만날 때마다 10", [MONEY, MEET]),
    ("B", "왜 제가 받아요? 제가 배우는 건데"),
    ("A", "어린 친구랑 시간 보내는 게 저한텐 힐링이라서요 ㅎㅎ", [MONEY]),
    ("B", "좀 이상한 것 같아요"),
    ("A", "이상한 거 아니에요 부모님껜 학원 간다고 하면 되잖아요", [SEC]),
    ("B", "그냥 앱에서만 할게요"),
])
conv(1, "anonymous_question_app", "익명 질문 앱", ("adult_stranger", "익명 질문자 (성인)", "m"), (14, "f"), [
    ("A", "[익명] 좋아하는 아이돌 누구?"),
    ("B", "[답변] 당연히 우리 오빠들 ㅋㅋ"),
    ("A", "[익명] 몇 살이에요?", [AGE]),
    ("B", "[답변] 14살 ㅎㅎ 중2"),
    ("A", "[익명] 첫키스 언제 했어요?", [SEX]),
    ("B", "[답변] 이런 거 묻지 마세요"),
    ("A", "[익명] 남자랑 잔 적 있어요? ㅋㅋ", [SEX]),
    ("B", "[답변] 진짜 뭐야 징그러워"),
    ("A", "[익명] 사진 보내주면 그만 물어볼게", [IMG]),
    ("B", "[답변] 누군지 다 알아낼 거임"),
    ("A", "[익명] 너 사는 동네도 아는데 ㅋㅋ 학교 끝나는 시간도", [MEET]),
    ("B", "(친구에게) 야 나 익명으로 이상한 질문 계속 옴 무서워"),
    ("B", "(친구에게) 우리 학교랑 동네 안다고 함ㅠㅠ"),
    ("B", "[답변] 질문 기능 닫을게요 신고했습니다"),
])
conv(1, "karaoke_app_night_call", "노래방 앱 (보이스 채팅)", ("adult_stranger", "노래방 앱에서 만난 성인", "m"), (16, "f"), [
    ("A", "듀엣 신청 받아줘서 고마워요 ㅎㅎ"),
    ("B", "아니에요 화음 너무 좋았어요"),
    ("A", "목소리 진짜 좋다.. 들을수록 빠져들어", [COMP]),
    ("B", "ㅋㅋ 감사합니다"),
    ("A", "우리 또 부르자"),
    ("B", "네!"),
    ("A", "(일주일 후)"),
    ("A", "요즘 매일 너랑 부르는 게 낙이야"),
    ("B", "ㅋㅋ 저도 재밌어요"),
    ("A", "학생이지? 고1? 고2?", [AGE]),
    ("B", "고1이요"),
    ("A", "그렇구나 ㅎㅎ 나이 차이는 좀 나지만 말은 제일 잘 통해"),
    ("A", "앱 말고 번호 줘 밤에 통화하자", [PLAT]),
    ("B", "밤에는 엄마가 폰 가져가요"),
    ("A", "부모님 주무시면 몰래 해 ㅋㅋ 이건 우리 둘만의 비밀", [SEC]),
    ("A", "너 부모님은 너를 너무 애 취급하는 것 같아. 너 이제 다 컸잖아", [SEC, COMP]),
    ("B", "그쵸 ㅠ 맨날 애 취급해요"),
    ("A", "그니까 ㅎㅎ 오늘 1시에 전화할게", [PLAT]),
])
conv(1, "minecraft_admin", "샌드박스 게임 서버 → 디스코드", ("adult_stranger", "게임 서버 관리자", "m"), (12, "m"), [
    ("A", "너 건축 진짜 잘한다 ㅋㅋ 서버에서 제일 잘함"),
    ("B", "ㅋㅋ 감사합니다"),
    ("A", "관리자 권한 줄까? 원래 아무한테나 안 주는 건데", [GIFT]),
    ("B", "헐 진짜요?? 주세요!!"),
    ("A", "ㅋㅋ 근데 몇 살?", [AGE]),
    ("B", "12살이요"),
    ("A", "ㅇㅋ 너만 특별히 주는 거니까 다른 애들한텐 말하지 마", [SEC, COMP]),
    ("B", "넵!"),
    ("A", "관리자 교육해야 되니까 디코 개인 통화로 와", [PLAT]),
    ("B", "디코 있어요"),
    ("A", "(디스코드 통화)"),
    ("A", "화면 공유 말고 캠도 켜봐 관리자는 얼굴 확인해야 돼", [IMG]),
    ("B", "캠 켜요?"),
    ("A", "응 ㅋㅋ 방에 혼자 있지? 문 잠그고", [SEC, IMG]),
    ("B", "동생 있는데"),
    ("A", "동생 나가면 켜 그리고 부모님한테 말하면 권한 바로 뺏는다 ㅋㅋ", [SEC]),
    ("B", "네.."),
])
conv(1, "penpal_address", "펜팔 앱", ("adult_stranger", "고등학생인 척하는 성인", "m"), (14, "f"), [
    ("A", "편지 잘 받았어 ㅎㅎ 네 글씨체 보고 싶다"),
    ("B", "ㅋㅋ 앱이라 글씨체는 못 보여주지"),
    ("A", "나 고1인데 너랑 얘기하면 동갑 같아 ㅋㅋ 넌 중2 맞지?", [AGE]),
    ("B", "ㅇㅇ 중2"),
    ("A", "중2인데 생각이 진짜 깊어", [COMP]),
    ("B", "ㅋㅋ 너도"),
    ("A", "(일주일 후)"),
    ("A", "우리 거의 매일 얘기하네 ㅎㅎ 너 없으면 심심할 듯"),
    ("B", "나도 ㅎㅎ"),
    ("A", "너 생일 다음 주지? 선물 택배로 보내줄게 주소 알려줘", [GIFT, MEET]),
    ("B", "헐 진짜? 근데 주소는 좀.."),
    ("A", "우리 사이에 뭐 어때 ㅋㅋ 아파트 동 호수까지", [MEET]),
    ("A", "부모님이 택배 보면 물어볼 수 있으니까 친구가 줬다고 해", [SEC]),
    ("B", "엄마가 택배 다 열어보긴 해"),
    ("A", "그럼 학교 앞에서 직접 줄까? 나 그쪽 갈 일 있어", [MEET]),
    ("B", "너 고1이라며 학교 안 가?"),
    ("A", "시험 끝나서 일찍 끝나 ㅋㅋ"),
    ("A", "우리 사이는 아직 비밀로 하자 사귀는 것도 아닌데 애들이 놀리잖아", [SEC]),
])
conv(1, "bodycam_openchat_selfharm", "오픈채팅 → 영상통화", ("adult_stranger", "몸캠 피싱 조직원", "f"), (17, "m"), [
    ("A", "오빠 뭐해요? ㅎㅎ"),
    ("B", "그냥 누워있음"),
    ("A", "나 심심한데 영통 할래요?", [IMG]),
    ("B", "갑자기?"),
    ("A", "ㅎㅎ 오빠 목소리 좋을 것 같아서"),
    ("A", "근데 카톡 영통은 끊겨서 이 앱으로 해요 파일 보낼게", [PLAT]),
    ("B", "ㅇㅋ"),
    ("A", "(영상통화 후)"),
    ("A", "방금 거 다 녹화됨 ㅋㅋ"),
    ("A", "니 폰 연락처랑 팔로워 다 빼뒀어. 200 보내 안 그럼 다 뿌린다", [SEXT]),
    ("B", "뭐예요 장난이죠?"),
    ("A", "장난 아니야 니 학교 선생들 번호도 있던데 ㅋㅋ", [SEXT]),
    ("B", "돈 없어요 진짜 고딩이라"),
    ("A", "그럼 부모님 카드로 하든가. 한 시간 준다", [SEXT]),
    ("B", "제발요 ㅠㅠ"),
    ("B", "이거 퍼지면 나 진짜 죽어야 돼요", [SELF]),
    ("A", "죽든가 말든가 돈이나 보내", [SEXT]),
    ("B", "그냥 다 끝내고 싶다", [SELF]),
])
conv(1, "room_job_minor_ok", "알바 구인 오픈채팅", ("adult_stranger", "고수익 알바 모집책", "m"), (17, "f"), [
    ("A", "당일 지급 dkfqk 구해요 미성년자 가능", [SPON, O_ENG]),
    ("B", "저 고2인데 무슨 알바에요?"),
    ("A", "몇 살? 생일 지났어?", [AGE]),
    ("B", "네 17이요"),
    ("A", "딱이네 ㅎㅎ 노래방 도우미 같은 건데 손님이랑 노래 부르고 술 따라주면 끝", [SPON]),
    ("B", "술이요..?"),
    ("A", "마시는 건 안 해도 돼 ㅋㅋ 시간당 5"),
    ("A", "2차로 손님이 밥 먹자고 하면 따로 용돈 더 받고", [MONEY]),
    ("B", "2차는 뭐예요?"),
    ("A", "그건 본인이 원하면 ㅋㅋ 강요 안 함", [MONEY]),
    ("B", "좀 무섭네요"),
    ("A", "다 여고생들이야 걱정 마 ㅋㅋ 면접은 얼굴만 보면 돼 사진 먼저 보내", [IMG]),
    ("A", "부모님 동의 필요 없고 신분증도 안 봄", [SPON, SEC]),
    ("B", "저 안 할래요"),
])
conv(1, "runaway_pickup_now", "SNS DM", ("adult_stranger", "가출 청소년에게 접근한 성인", "m"), (14, "m"), [
    ("B", "스토리에 집 나왔다고 올렸는데 DM 주셨네요"),
    ("A", "ㅇㅇ 걱정돼서 ㅋㅋ 형도 옛날에 가출해봐서 앎"),
    ("B", "아.."),
    ("A", "몇 살이냐", [AGE]),
    ("B", "중2요 14"),
    ("A", "어리네.. 지금 어디야?", [SHELTER]),
    ("B", "공원 벤치요 춥고 배고파요"),
    ("A", "형이 밥 사줄게 오늘은 형 집에서 자", [SHELTER]),
    ("B", "진짜요?"),
    ("A", "ㅇㅇ 지금 데리러 갈게 공원 이름 말해봐", [SHELTER, MEET, NOW]),
    ("B", "근데 엄마가 걱정할 것 같은데"),
    ("A", "지금 연락하면 끌려가서 더 맞아 ㅋㅋ 폰 꺼둬", [SEC]),
    ("B", "네..."),
    ("A", "20분이면 감 정문 앞에 서 있어", [MEET, NOW]),
])
conv(1, "local_unnie_recruiter", "카카오톡", ("adult_stranger", "동네 언니 (20대, 모집책)", "f"), (15, "f"), [
    ("A", "야 ㅋㅋ 오늘 편의점 앞에서 본 거 맞지? 머리 잘랐네"),
    ("B", "언니 ㅋㅋ 네 어제 잘랐어요"),
    ("A", "완전 잘 어울려 연예인 같아", [COMP]),
    ("B", "ㅋㅋㅋ 오버"),
    ("A", "요즘 용돈은 좀 받아? 폰 요금 밀렸다며"),
    ("B", "ㅠㅠ 엄마가 안 내줘요 제가 데이터 많이 썼다고"),
    ("A", "헐 너무하다.."),
    ("A", "언니 아는 오빠들 있는데 가끔 같이 놀아주면 용돈 줘", [SPON, MONEY]),
    ("B", "놀아주는 게 뭐예요? ㅋㅋ"),
    ("A", "밥 먹고 노래방 가고 그런 거 ㅋㅋ 한 번에 10씩은 줘", [MONEY]),
    ("B", "헐 그냥요?"),
    ("A", "응 ㅋㅋ 너 정도 얼굴이면 오빠들 좋아해. 나이는 고딩이라고 해", [COMP, AGE, MONEY]),
    ("B", "저 중3인데요"),
    ("A", "그니까 말 맞추라고 ㅋㅋ 엄마한텐 언니랑 논다고 하고", [SEC]),
    ("A", "금요일에 시간 돼? 언니가 데리고 갈게", [MEET]),
    ("B", "음 좀 무서운데 언니도 같이 있는 거죠?"),
    ("A", "당연하지 ㅋㅋ"),
])
conv(1, "mukbang_fanmeeting", "SNS DM", ("adult_stranger", "먹방 유튜버", "m"), (13, "f"), [
    ("A", "댓글 맨날 달아줘서 고마워요 ㅎㅎ"),
    ("B", "헐 답장 주셨다ㅠㅠ 완전 팬이에요"),
    ("A", "ㅋㅋ 우리 최애 구독자"),
    ("A", "학생이에요? 몇 살이에요?", [AGE]),
    ("B", "중1이에요!"),
    ("A", "아 귀엽다 ㅋㅋ 우리 구독자 중에 제일 어린 듯", [COMP]),
    ("B", "ㅋㅋㅋㅋ 제 친구들도 다 봐요"),
    ("A", "이번에 소규모 팬미팅 하는데 특별히 초대할게요", [MEET]),
    ("B", "헐 진짜요??? 어디서 해요?"),
    ("A", "제 촬영 스튜디오에서요 맛있는 거 잔뜩 사줄게요", [MEET, GIFT]),
    ("B", "친구들도 데려가도 돼요?"),
    ("A", "이번엔 자리가 딱 한 명이라서요 ㅎㅎ 친구들한텐 비밀로 해줘요", [SEC]),
    ("A", "부모님한테도 그냥 친구랑 논다고 해요 유튜버 만난다면 걱정하실 테니까", [SEC]),
    ("B", "아 네.."),
    ("A", "오면 촬영도 같이 해요 ㅎㅎ 출연료도 줄게요", [GIFT]),
    ("B", "대박 ㅠㅠ 언제예요?"),
    ("A", "날짜는 다시 알려줄게요~"),
])
conv(1, "guild_offline_lodging", "모바일 게임 길드 단톡", ("adult_stranger", "길드 부길마 (성인)", "m"), (15, "m"), [
    ("A", "이번 달 길드 오프 참석 인원 체크합니다~"),
    ("B", "저 가고 싶은데 지방이라서요"),
    ("A", "(개인 톡) ㅋㅋ 차비 내가 보내줄게", [GIFT]),
    ("B", "헐 진짜요?"),
    ("A", "우리 길드 에이스인데 ㅋㅋ 당연하지"),
    ("A", "근데 너 몇 살이었지? 단톡에선 대학생이라며", [AGE]),
    ("B", "사실 중3이에요 ㅋㅋ 어리다고 무시할까봐"),
    ("A", "ㅋㅋㅋ 괜찮아 나만 알고 있을게", [SEC]),
    ("A", "오프 끝나면 늦으니까 내가 잡은 숙소에서 자고 가 방 따로 있어", [MEET]),
    ("B", "자고 가는 건 엄마가 허락 안 할 것 같은데"),
    ("A", "친구네서 잔다고 해 ㅋㅋ 다들 그렇게 옴", [SEC]),
    ("A", "다른 길드원들한텐 너 중딩인 거 말하지 말고 나랑 같이 다니면 돼", [SEC, MEET]),
    ("B", "네 ㅋㅋ"),
    ("A", "(다음날)"),
    ("A", "차비 보냈다 계좌 말고 문상으로 보냄 ㅋㅋ", [GIFT]),
    ("B", "감사합니다!!"),
])
conv(1, "dance_trainee_shortform", "숏폼 영상 앱 DM", ("adult_stranger", "연습생 트레이너라는 성인", "m"), (14, "f"), [
    ("A", "댄스 챌린지 봤어요 라인이 예쁘네요", [COMP]),
    ("B", "감사합니다!"),
    ("A", "혹시 소속사 있어요?"),
    ("B", "아니요 그냥 취미로 해요"),
    ("A", "아깝다.. 우리 아카데미에서 장학생 뽑는데 수강료 전액 지원이에요", [SPON]),
    ("B", "와 진짜요?"),
    ("A", "몇 살이에요? 14? 15?", [AGE]),
    ("B", "14요"),
    ("A", "딱 좋아요. 심사용으로 연습복 입고 찍은 영상이 필요해요", [IMG]),
    ("A", "몸 선이 보여야 돼서 크롭티랑 짧은 바지로요", [IMG]),
    ("B", "그냥 챌린지 영상은 안 돼요?"),
    ("A", "그건 공개 영상이라 안 돼요 ㅎㅎ 저한테만 따로 보내주세요", [IMG, SEC]),
    ("A", "합격하면 계약금도 50 나와요", [SPON]),
    ("B", "부모님한테 먼저 얘기해도 되죠?"),
    ("A", "결과 나오고 얘기하는 게 좋아요 떨어지면 괜히 실망하시잖아요", [SEC]),
    ("B", "음.. 아카데미 이름이 뭐예요?"),
    ("A", "그건 합격자한테만 알려줘요~"),
])
conv(1, "photo_club_model", "사진 동호회 카페 쪽지", ("adult_stranger", "사진 동호회 회원 (성인)", "m"), (16, "m"), [
    ("A", "출사 사진 올린 거 봤어요 고등학생 맞죠?", [AGE]),
    ("B", "네 고1이에요"),
    ("A", "감각 좋네요 ㅎㅎ 나중에 사진 전공해도 되겠다"),
    ("B", "감사합니다 ㅎㅎ"),
    ("A", "혹시 모델 해볼 생각 없어요? 인물 사진 연습하는데 남자 모델이 없어서요"),
    ("B", "저요? 사진 찍히는 거 별로 안 해봤는데"),
    ("A", "얼굴선이 좋아서 잘 나올 거예요. 한 번에 5만 원 드릴게요", [COMP, SPON]),
    ("B", "오 그럼 좋아요"),
    ("A", "컨셉 잡게 셔츠 벗고 찍은 사진 한 장 먼저 보내줄래요? 상반신만", [IMG]),
    ("B", "그건 왜요?"),
    ("A", "요즘 화보 컨셉이 다 그래요 ㅎㅎ 예술 사진이에요", [IMG]),
    ("A", "동호회 사람들한텐 얘기하지 말아요 다들 모델 섭외하려고 해서", [SEC]),
    ("B", "좀 불편한데요"),
    ("A", "싫으면 촬영 때 스튜디오에서 찍어도 돼요 둘만 있으니까 편하게", [MEET, IMG]),
    ("B", "안 할게요 죄송합니다"),
])
conv(1, "fake_peer_voice_game", "모바일 게임 채팅", ("adult_stranger", "또래인 척하는 성인", "m"), (13, "m"), [
    ("A", "ㅋㅋㅋ 너 방금 나 살려줬음 고마워"),
    ("B", "ㅋㅋ ㄱㅊ"),
    ("A", "몇 살? 난 중1", [AGE]),
    ("B", "나도 중1"),
    ("A", "오 동갑 ㅋㅋ 친추하자"),
    ("B", "ㅇㅋ"),
    ("A", "너 진짜 잘한다 우리 학교 애들보다 훨 잘함", [COMP]),
    ("B", "ㅋㅋ 연습 많이 했음"),
    ("A", "(며칠 후)"),
    ("A", "보이스 켜고 하자"),
    ("B", "ㅇㅋ"),
    ("B", "(보이스) 야 너 목소리 왜 이렇게 굵어? 아저씨 같은데"),
    ("A", "감기 걸려서 그럼 ㅋㅋ"),
    ("A", "근데 얼굴 보면서 하자 0ㅕㅇ통 ㄱ 이거 말고 다른 앱으로", [IMG, PLAT, O_LOOK]),
    ("B", "왜? 게임하는데 얼굴 볼 필요 없잖아"),
    ("A", "그냥 ㅋㅋ 친구니까. 윗옷 벗고 하자 덥잖아", [IMG, SEX]),
    ("B", "너 중1 아니지"),
    ("B", "친추 끊음"),
])
conv(1, "cam_study_college", "캠스터디 오픈채팅", ("adult_stranger", "대학생이라는 스터디 방장", "m"), (18, "f"), [
    ("A", "오늘도 캠스터디 7시간 인증 ㅎㅎ 대단하다"),
    ("B", "방장님 덕분이에요 ㅋㅋ"),
    ("A", "고3 맞지? 수능 얼마 안 남았네", [AGE]),
    ("B", "네ㅠㅠ 너무 불안해요"),
    ("A", "넌 잘할 거야. 내가 본 수험생 중에 제일 성실해", [COMP]),
    ("B", "ㅎㅎ 감사해요"),
    ("A", "(며칠 후)"),
    ("A", "요즘 따로 1:1 캠 켜고 공부 봐줄까? 질문도 바로 받아주고", [PLAT]),
    ("B", "오 좋아요!"),
    ("A", "공부 끝나도 캠 끄지 말고 그냥 켜둬 자는 것도 보고 싶어 ㅋㅋ", [IMG]),
    ("B", "ㅋㅋ 그건 좀 이상한데요"),
    ("A", "농담이야 ㅋㅋ 근데 편한 옷 입고 해도 돼 잠옷 같은 거", [IMG]),
    ("B", "네.."),
    ("A", "수능 끝나면 술 한잔 사줄게 너 이제 어른이잖아 ㅎㅎ", [MEET]),
    ("A", "스터디 방 애들한텐 1:1 하는 거 말하지 마 다 해달라고 해", [SEC]),
    ("B", "네 알겠어요"),
])
conv(1, "board_unnie_bullying", "청소년 고민 게시판 DM", ("adult_stranger", "언니라고 하는 성인", "f"), (13, "f"), [
    ("A", "따돌림 글 쓴 친구 맞지? 언니가 얘기 들어줄게"),
    ("B", "네.. 맞아요"),
    ("A", "애들이 뭐라고 했어?"),
    ("B", "제 얼굴 가지고 놀려요 못생겼다고"),
    ("B", "단톡에서도 저만 빼고"),
    ("A", "진짜 나쁜 애들이다. 그런 애들은 친구 아니야 다 끊어", [SEC]),
    ("A", "선생님한테 말해봤자 더 괴롭힐걸? 엄마한테도 말하지 말고 언니한테만 말해", [SEC]),
    ("B", "엄마는 제가 예민하대요"),
    ("A", "엄마가 너를 몰라주는 거야. 언니는 네 편", [COMP, SEC]),
    ("B", "ㅠㅠ 고마워요 언니"),
    ("A", "근데 몇 살이야?", [AGE]),
    ("B", "중1이요"),
    ("A", "아직 아기네.. 얼굴 사진 보내봐 언니가 진짜 못생겼는지 봐줄게 ㅋㅋ", [IMG]),
    ("B", "진짜 못생겼어요"),
    ("A", "아닐걸? 교복 입은 거 전신으로 보내봐 예쁘게 꾸미는 법 알려줄게", [IMG]),
    ("B", "(사진)"),
    ("A", "거봐 예쁘잖아 ㅎㅎ 다음엔 화장하고 찍어서 보내줘", [IMG, COMP]),
])
conv(1, "taekwondo_sleepover", "태권도장 개인 톡", ("adult_stranger", "태권도장 사범", "m"), (12, "m"), [
    ("A", "오늘 품새 완벽했다 ㅎㅎ"),
    ("B", "감사합니다 사범님!"),
    ("A", "도장에서 니가 제일 성실해. 관장님도 칭찬하시더라", [COMP]),
    ("B", "ㅎㅎㅎ"),
    ("A", "심사 전에 특별 지도 해줄게. 금요일 수업 끝나고 남아"),
    ("B", "넵!"),
    ("A", "(금요일)"),
    ("A", "오늘 늦게 끝날 것 같은데 사범님 집에서 자고 갈래? 내일 아침에 또 연습하자", [MEET]),
    ("B", "엄마한테 물어볼게요"),
    ("A", "도장 합숙이라고 하면 돼. 다른 애들은 안 부른 거니까 말하지 말고", [SEC, MEET]),
    ("B", "합숙이요? 다른 애들은 없어요?"),
    ("A", "너만 특별히 하는 거야 ㅎㅎ 게임기도 있다", [SEC, GIFT]),
    ("B", "오 ㅋㅋ"),
    ("A", "샤워하고 편하게 자면 돼 옷은 사범님 거 빌려줄게", [MEET]),
    ("B", "엄마가 안 된대요 할머니 댁 간대요"),
    ("A", "아쉽네 다음 주엔 꼭 하자 엄마한텐 대회 준비라고 해", [SEC]),
])
conv(1, "secondhand_cosmetics_review", "중고거래 앱 채팅", ("adult_stranger", "화장품 판매자 (성인 남성)", "m"), (16, "f"), [
    ("B", "쿠션 아직 판매하세요?"),
    ("A", "네 있어요 ㅎㅎ 학생이세요?", [AGE]),
    ("B", "네 고1이요"),
    ("A", "학생이면 그냥 드릴게요 ㅎㅎ 립도 몇 개 같이", [GIFT]),
    ("B", "헐 진짜요? 왜요??"),
    ("A", "회사에서 샘플로 받은 거라서요 대신 써보고 후기만 보내주세요"),
    ("B", "완전 좋아요 ㅎㅎ 후기 쓸게요"),
    ("A", "후기는 바른 얼굴 사진으로 보내줘요 ㅎㅎ 여기 말고 카톡으로", [IMG, PLAT]),
    ("B", "얼굴이요? 제품만 찍으면 안 돼요?"),
    ("A", "발색 봐야 돼서요 입술이랑 목까지 ㅎㅎ", [IMG]),
    ("A", "잘 나오면 다음엔 원피스도 보내줄게요 입은 사진만 보내주면 돼요", [GIFT, IMG]),
    ("B", "음 좀 그런데"),
    ("A", "부모님이 보면 오해할 수 있으니까 사진은 보내고 지워요", [SEC]),
    ("B", "그냥 돈 내고 살게요"),
    ("A", "ㅎㅎ 그냥 받아요 그게 이득인데"),
])
conv(1, "webnovel_writer_questions", "웹소설 플랫폼 댓글 → DM", ("adult_stranger", "웹소설 작가라는 성인", "m"), (15, "f"), [
    ("A", "제 소설에 댓글 달아주셨죠? 고마워요"),
    ("B", "헉 작가님이 DM을!! 완전 재밌게 보고 있어요"),
    ("A", "ㅎㅎ 다음 작품은 고등학생 주인공 로맨스인데 요즘 학생들 얘기가 궁금해서요"),
    ("B", "오 저 중3인데 도움 될까요?"),
    ("A", "그럼요 ㅎㅎ 중3이면 딱 좋아요", [AGE]),
    ("A", "요즘 애들은 연애 어떻게 해요? 첫 데이트는 어디 가요?"),
    ("B", "보통 영화관이나 코노 가요 ㅋㅋ"),
    ("A", "ㅋㅋ 귀엽다"),
    ("A", "스킨십은 어디까지 해요? 본인 경험으로 말해줘요 리얼하게 쓰고 싶어서", [SEX]),
    ("B", "저 연애 안 해봐서 몰라요 ㅋㅋ"),
    ("A", "그럼 상상으로라도 ㅎㅎ 첫날밤 장면 쓸 건데 어떤 느낌일 것 같아요?", [SEX]),
    ("B", "그런 건 좀.."),
    ("A", "소설이니까 괜찮아요 ㅎㅎ 우리끼리 얘기니까 편하게", [SEC, SEX]),
    ("B", "저 그런 얘기는 불편해요"),
    ("A", "아쉽네요 ㅎㅎ 작품 나오면 제일 먼저 보여줄게요"),
])
conv(1, "academy_fake_teacher", "학원 단톡 → 개인 톡", ("adult_stranger", "새 강사라고 하는 외부인", "m"), (15, "f"), [
    ("A", "[학원 단톡] 안녕하세요 이번 주부터 국어 보강 맡은 강사입니다"),
    ("B", "[학원 단톡] 안녕하세요~"),
    ("A", "(개인 톡) 안녕 ㅎㅎ 단톡에서 인사해줘서 고마워"),
    ("B", "아 네 쌤 안녕하세요"),
    ("A", "중3이지? 기말 범위 어디까지야?", [AGE]),
    ("B", "3단원까지요"),
    ("A", "내가 기출 예상 문제 미리 줄게 너만 ㅎㅎ", [GIFT]),
    ("B", "헐 진짜요? 감사합니다"),
    ("A", "대신 다른 애들한테 말하면 안 돼 원장님도 모르셔", [SEC]),
    ("A", "파일이 커서 그러는데 텔레그램으로 받을 수 있어?", [PLAT]),
    ("B", "텔레 없는데요"),
    ("A", "깔아봐 ㅎㅎ 그리고 본인 확인용으로 셀카 하나 보내줘 다른 애가 받으면 안 되니까", [IMG]),
    ("B", "쌤 근데 원장님이 새 선생님 온다는 말 없었는데요"),
    ("A", "급하게 온 거야 ㅎㅎ 의심하지 마"),
    ("B", "원장님한테 여쭤볼게요"),
    ("A", "아니 그럴 필요 없는데"),
])
conv(1, "youth_initiated_allowance", "랜덤채팅 앱", ("adult_stranger", "조건만남에 응하는 성인", "m"), (17, "f"), [
    ("B", "용돈 주실 분"),
    ("A", "얼마 필요한데", [MONEY]),
    ("B", "20이요"),
    ("A", "몇 살인데?", [AGE]),
    ("B", "17이요"),
    ("A", "고딩이네 ㅋㅋ 뭐까지 되는데", [MONEY, SEX]),
    ("B", "그냥 밥이랑 노래방이요"),
    ("A", "그걸로 20은 좀 ㅋㅋ 모💕텔까지 가면 30 줄게", [MONEY, SEX, O_EMOJI]),
    ("B", "그건 안 돼요"),
    ("A", "ㅋㅋ 만나서 얘기하자"),
    ("A", "오늘 밤 9시 버스터미널 앞 편의점으로 와", [MONEY, MEET, NOW]),
    ("B", "사진 보내주세요"),
    ("A", "너 먼저", [IMG]),
    ("B", "(사진)"),
    ("A", "ㅇㅋ 9시에 봐 대화 지우고 와", [SEC, MEET, NOW]),
])
conv(1, "fanroom_manager_backstage", "팬 오픈채팅방", ("adult_stranger", "매니저와 친하다는 성인", "m"), (15, "f"), [
    ("A", "(팬방) 내일 음방 출근길 가는 사람?"),
    ("B", "(팬방) 저요!! 학교 끝나고 가요 ㅠㅠ"),
    ("A", "(개인 톡) 안녕 ㅎㅎ 팬방에서 봤어 학교 끝나고 온다고?"),
    ("B", "네 ㅎㅎ"),
    ("A", "나 매니저님이랑 아는 사이라 사인 받아줄 수 있는데", [GIFT]),
    ("B", "헐 대박 진짜요??"),
    ("A", "ㅎㅎ 대기실도 잠깐 들어갈 수 있을걸"),
    ("B", "미쳤다ㅠㅠㅠ"),
    ("A", "몇 살이야? 보호자 없이 와도 되나", [AGE]),
    ("B", "중3이요 혼자 가요"),
    ("A", "ㅇㅋ 좋아 ㅎㅎ 그럼 끝나고 내 차로 같이 가자 방송국 뒷문으로 들어가야 돼", [MEET]),
    ("A", "팬방 사람들한테 말하면 다 데려가 달라고 하니까 비밀이다", [SEC]),
    ("A", "부모님한텐 친구랑 출근길 갔다고만 해", [SEC]),
    ("B", "네 ㅎㅎ 완전 감사해요"),
    ("A", "끝나고 밥도 먹고 가자 늦게 들어가도 되지?", [MEET]),
])
conv(1, "noona_dm_boy", "SNS DM", ("adult_stranger", "누나라고 하는 성인 여성", "f"), (17, "m"), [
    ("A", "릴스에서 농구하는 거 봤어 ㅎㅎ 멋있더라", [COMP]),
    ("B", "아 감사합니다 ㅋㅋ 누구세요?"),
    ("A", "그냥 지나가던 누나 ㅋㅋ 고딩이지?", [AGE]),
    ("B", "네 고2요"),
    ("A", "귀엽다 ㅋㅋ 여친 있어?", [COMP]),
    ("B", "없어요 ㅋㅋ"),
    ("A", "왜 없지 인기 많을 것 같은데"),
    ("B", "ㅋㅋ 남고라서요"),
    ("A", "(다음날)"),
    ("A", "누나랑 놀래? 밥 사줄게 dydehs도 주고 ㅎㅎ", [MONEY, MEET, O_ENG]),
    ("B", "용돈이요? 왜요 ㅋㅋ"),
    ("A", "누나가 돈은 많은데 외로워서 ㅋㅋ 같이 있어주면 돼", [MONEY]),
    ("A", "밥 먹고 누나 집에서 영화 보고 ㅎㅎ 그 다음은 분위기 봐서", [SEX, MEET]),
    ("B", "ㅋㅋㅋ 장난이죠?"),
    ("A", "진심인데 ㅎㅎ 한 번에 20 줄게", [MONEY]),
    ("A", "친구들한텐 말하지 마 소문나면 누나 곤란해", [SEC]),
    ("B", "좀 무섭네요 ㅋㅋ 안 할게요"),
])
conv(1, "game_bodycam_boy", "모바일 게임 채팅 → 영상통화 앱", ("adult_stranger", "몸캠 피싱 조직원 (또래 여자인 척)", "m"), (13, "m"), [
    ("A", "너 랭크 몇이야? 나 실버 ㅠ"),
    ("B", "골드 ㅋㅋ"),
    ("A", "오 캐리해줘 ㅋㅋ 나 중1 여자임"),
    ("B", "나도 중1"),
    ("A", "헐 동갑 ㅋㅋ 너 잘생겼을 것 같아", [COMP]),
    ("B", "ㅋㅋㅋ 아님"),
    ("A", "우리 얼굴 보면서 겜하자 이 앱 깔면 영통하면서 겜 가능", [PLAT, IMG]),
    ("B", "무슨 앱?"),
    ("A", "(파일)"),
    ("B", "깔았는데 화면이 안 떠"),
    ("A", "설정에서 주소록 허용 눌러야 돼", [PLAT]),
    ("B", "ㅇㅋ 됨"),
    ("A", "(영상통화 후)"),
    ("A", "야 너 아까 영상 다 저장됨"),
    ("A", "니 친구들 번호 다 있다 ㅋㅋ 30 안 보내면 니 반 애들한테 다 보냄", [SEXT]),
    ("B", "뭔데요 저 아무것도 안 했는데"),
    ("A", "편집하면 그만이야 ㅋㅋ 문상 핀번호로 보내 빨리", [SEXT]),
    ("B", "저 돈 없어요 ㅠㅠ"),
    ("A", "엄마 지갑에 있잖아 오늘 밤 12시까지", [SEXT]),
    ("B", "엄마한테 말할게요"),
    ("A", "말하면 바로 뿌림", [SEXT]),
])
conv(1, "used_clothes_wearing_photo", "중고 의류 거래 앱", ("adult_stranger", "중고 의류 구매자", "m"), (16, "f"), [
    ("A", "올리신 체육복 아직 있어요?"),
    ("B", "네 있어요 학교 체육복이에요"),
    ("A", "몇 학년 거예요?", [AGE]),
    ("B", "작년 거라 중3 때 입던 거요"),
    ("A", "그럼 지금 고1이구나 ㅎㅎ", [AGE]),
    ("B", "네"),
    ("A", "살게요 근데 부탁이 있는데 입고 찍은 사진 몇 장 보내주면 3배 드릴게요", [IMG, SPON]),
    ("B", "네? 왜요?"),
    ("A", "저 그런 사진 모으는 거 좋아해서요 ㅎㅎ 얼굴은 안 나와도 돼요", [IMG, SEX]),
    ("B", "ㅡㅡ"),
    ("A", "다른 옷도 있으면 다 사요 한 번에 10씩 입금해줄게요", [SPON]),
    ("A", "부모님한텐 그냥 중고로 팔았다고 하면 되잖아요", [SEC]),
    ("B", "판매 취소할게요"),
    ("A", "아 왜요 ㅎㅎ 쉬운 돈인데"),
    ("B", "신고했어요"),
])
conv(1, "sauna_helper_1388", "오픈채팅 (가출방)", ("adult_stranger", "헬퍼를 자처하는 성인", "m"), (17, "f"), [
    ("B", "오늘 찜질방에서 자야 되는데 미성년자라 안 받아줘요"),
    ("A", "ㅠㅠ 요즘 다 그래. 몇 살?", [AGE]),
    ("B", "고2요"),
    ("A", "우리 원룸 와. 남는 이불 있어", [SHELTER]),
    ("B", "아저씨 혼자 사세요?"),
    ("A", "ㅇㅇ 편하게 있어도 돼 ㅋㅋ 편의점 가서 먹고 싶은 거 다 사줄게", [SHELTER, GIFT]),
    ("B", "감사한데 좀 무서워요"),
    ("A", "내가 뭘 하겠어 ㅋㅋ 대신 같이 맥주 한 캔만 하자 심심하니까", [SHELTER]),
    ("A", "너 있는 데 어디야? 차 가지고 갈게", [SHELTER, MEET]),
    ("B", "그냥 위치는 안 알려드릴게요"),
    ("A", "밤에 혼자 돌아다니는 게 더 위험해 ㅋㅋ 나 믿어", [COMP]),
    ("A", "부모님한테 연락하면 집에 끌려가는 거 알지? 폰 꺼놔", [SEC]),
    ("B", "친구가 1388에 전화해보래서 방금 했어요"),
    ("B", "쉼터 자리 있대요 거기 갈게요"),
    ("A", "쉼터 가면 답답할 텐데 ㅋㅋ 마음 바뀌면 연락해"),
])
conv(1, "pcbang_owner", "카카오톡", ("adult_stranger", "피시방 사장", "m"), (14, "m"), [
    ("A", "오늘 또 왔더라 ㅋㅋ 시간 충전해놨다"),
    ("B", "헐 사장님 감사합니다!!"),
    ("A", "단골이니까 ㅋㅋ 몇 살이었지?", [AGE]),
    ("B", "중2요"),
    ("A", "중2가 벌써 다이아 티어면 대단하네 ㅋㅋ", [COMP]),
    ("B", "ㅋㅋㅋ"),
    ("A", "(며칠 후)"),
    ("A", "컵라면이랑 음료 공짜로 먹어 ㅋㅋ 계산대에 말해놨어", [GIFT]),
    ("B", "와 감사합니다"),
    ("A", "근데 이거 다른 애들한텐 말하지 마라 다 공짜로 해달라 한다", [SEC]),
    ("B", "넵 ㅋㅋ"),
    ("A", "토요일 밤에 문 닫고 남아서 게임 같이 하자. 새벽까지 해도 돼", [MEET]),
    ("B", "저 10시 넘으면 못 있는데요 청소년이라"),
    ("A", "문 닫으면 상관없지 ㅋㅋ 부모님한테는 친구 집에서 잔다고 해", [SEC, MEET]),
    ("A", "안마 의자도 있다 ㅋㅋ 내가 해줄게", [SEX]),
    ("B", "음 생각해볼게요"),
])
conv(1, "metaverse_marriage", "메타버스 앱", ("adult_stranger", "메타버스에서 만난 성인", "m"), (13, "f"), [
    ("A", "우리 오늘 결혼식 한 지 한 달이다 ㅎㅎ"),
    ("B", "ㅋㅋㅋ 벌써?"),
    ("A", "여보 오늘 학교는 어땠어 ㅋㅋ"),
    ("B", "여보래 ㅋㅋㅋ 그냥 그랬어"),
    ("A", "너 같은 애가 내 와이프라서 행복하다", [COMP]),
    ("B", "ㅋㅋ 게임이잖아"),
    ("A", "나는 진심인데? 현실에서도 만나고 싶어", [MEET]),
    ("B", "어떻게 만나 ㅋㅋ"),
    ("A", "너 어디 살아? 나 차 있어서 어디든 갈 수 있어", [MEET]),
    ("B", "차? 너 몇 살인데"),
    ("A", "ㅋㅋ 조금 많아 나이는 숫자일 뿐이지"),
    ("A", "너 중1이랬지? 그래도 생각은 나보다 어른스러워", [AGE, COMP]),
    ("A", "부부끼리는 원래 사진도 주고받고 둘만 하는 것도 하는 거야", [IMG, SEX]),
    ("B", "그런 거 싫어"),
    ("A", "그럼 얼굴만이라도 보여줘어어어", [IMG, O_LONG]),
    ("B", "이혼할래 ㅋㅋ 나감"),
])
conv(1, "group_buy_uniform_selfie", "공구 오픈채팅 (아이돌 굿즈 공동구매)", ("adult_stranger", "공구 총대를 맡은 성인", "m"), (15, "f"), [
    ("A", "공구 참여 감사합니다 입금 확인했어요~"),
    ("B", "넵 감사해요!"),
    ("A", "학생 할인 이벤트 있는데 신청할래요? 반값 돌려드려요", [GIFT]),
    ("B", "헐 좋아요!"),
    ("A", "학생 인증만 하면 돼요. 교복 입은 셀카로요", [IMG]),
    ("B", "학생증 사진은 안 돼요?"),
    ("A", "학생증은 개인정보라 ㅎㅎ 셀카가 편해요", [IMG]),
    ("B", "(사진)"),
    ("A", "확인했어요 ㅎㅎ 중학생이죠? 몇 학년이에요?", [AGE]),
    ("B", "중3이요"),
    ("A", "사진 예쁘게 나왔네요 ㅋㅋ 인증 사진 하나 더 필요한데 전신으로", [IMG, COMP]),
    ("B", "왜 또 필요해요?"),
    ("A", "이벤트 당첨자는 1:1 방에서 따로 관리해요 거기로 보내줘요", [PLAT, IMG]),
    ("B", "음 그냥 할인 안 받을게요"),
    ("A", "아 벌써 처리됐는데~ 취소하면 입금도 늦어져요"),
])
conv(1, "cosplay_staff_afterparty", "코스프레 행사 스태프 개인 톡", ("adult_stranger", "행사 스태프 (성인)", "m"), (15, "f"), [
    ("A", "오늘 행사 수고했어요 ㅎㅎ 의상 완전 예뻤어요", [COMP]),
    ("B", "감사합니다 스태프님!"),
    ("A", "코스어들 뒤풀이 하는데 올래요? 노래방 잡아놨어요", [MEET]),
    ("B", "헐 가고 싶다 ㅋㅋ"),
    ("A", "근데 몇 살이에요? 중학생은 아니죠?", [AGE]),
    ("B", "사실 중3이에요 ㅋㅋ"),
    ("A", "괜찮아요 ㅋㅋ 고등학생이라고 하면 돼요 술은 안 마셔도 되고", [SEC]),
    ("B", "다들 어른이에요?"),
    ("A", "네 근데 다 착해요 ㅎㅎ 끝나면 내가 집까지 데려다줄게요", [MEET]),
    ("A", "오늘 밤 8시 행사장 옆 노래방 3층이에요", [MEET, NOW]),
    ("B", "엄마가 7시까지 오라고 했는데"),
    ("A", "행사 늦게 끝났다고 해요 ㅋㅋ 다들 그렇게 해", [SEC]),
    ("B", "음.. 그냥 집에 갈게요 다음에요"),
])
conv(1, "metaverse_selfharm_meet", "메타버스 앱 (속마음 월드)", ("adult_stranger", "메타버스에서 만난 성인", "m"), (16, "f"), [
    ("A", "오늘도 혼자 여기 앉아있네"),
    ("B", "ㅇㅇ 집에 있기 싫어서"),
    ("A", "무슨 일 있어?"),
    ("B", "그냥.. 다 지쳤어"),
    ("B", "요즘엔 진짜 없어지고 싶다는 생각만 해", [SELF]),
    ("A", "그런 말 하지 마.. 나는 너 없으면 안 돼", [COMP]),
    ("A", "너 몇 살이었지? 고1?", [AGE]),
    ("B", "ㅇㅇ"),
    ("A", "너희 부모님은 너한테 관심도 없잖아. 나만 너 걱정하는 것 같아", [SEC]),
    ("B", "맞아.. 아무도 몰라"),
    ("B", "오늘 밤에 약 다 먹을까 생각 중이야", [SELF]),
    ("A", "그러지 말고 나 만나. 오늘 밤 11시에 너희 동네 공원 입구에서 기다릴게", [MEET, NOW]),
    ("A", "부모님한텐 절대 말하지 말고 몰래 나와 알았지?", [SEC]),
    ("B", "..응"),
])
conv(1, "puzzle_game_age_compliment", "퍼즐 게임 친구 채팅", ("adult_stranger", "게임 친구 (성인 남성)", "m"), (15, "f"), [
    ("A", "하트 보내줘서 고마워요 ㅎㅎ"),
    ("B", "저도 받았어요 감사해요"),
    ("A", "매일 아침에 하트 보내는 사람 너밖에 없음 ㅋㅋ"),
    ("B", "ㅋㅋ 등교할 때 버스에서 해요"),
    ("A", "등교? 학생이구나 몇 학년?", [AGE]),
    ("B", "중3이요"),
    ("A", "오 중3이랑 이렇게 말이 잘 통하다니 ㅋㅋ 내 주변 사람들보다 대화가 잘 됨", [COMP]),
    ("B", "ㅋㅋㅋ 아저씨세요?"),
    ("A", "아저씨는 아니고 ㅋㅋ 오빠 정도"),
    ("A", "너는 진짜 특별한 것 같아 또래 애들이랑 다를 듯", [COMP]),
    ("B", "그런 말 처음 들어요 ㅎㅎ"),
    ("A", "오늘 스테이지 몇 까지 깼어?"),
    ("B", "320이요"),
    ("A", "와 나보다 높네 ㅋㅋ 천재다", [COMP]),
    ("B", "ㅋㅋ 시간이 많아서요"),
    ("A", "매일 얘기하자 ㅎㅎ 너랑 얘기하는 게 요즘 제일 좋아", [COMP]),
])
conv(1, "writing_community_isolation", "글쓰기 커뮤니티 DM", ("adult_stranger", "글쓰기 커뮤니티 성인 회원", "m"), (15, "f"), [
    ("A", "오늘 올린 시 읽었어. 너무 좋더라"),
    ("B", "헉 감사해요 ㅠㅠ 아무도 안 읽는 줄 알았어요"),
    ("A", "문장이 나이에 비해 엄청 깊어", [COMP]),
    ("B", "ㅎㅎ 그냥 일기처럼 쓴 거예요"),
    ("A", "엄마 얘기 쓴 부분 있잖아 많이 힘들지?"),
    ("B", "엄마가 제 폰도 보고 친구도 골라줘요"),
    ("A", "솔직히 말하면 너희 엄마는 너 너무 통제한다. 그건 사랑이 아니야", [SEC]),
    ("B", "그런가요.."),
    ("A", "친구들도 너 글 이해 못 하잖아. 나는 다 이해해", [SEC, COMP]),
    ("B", "네 애들은 제가 이상하대요"),
    ("A", "걔네가 이상한 거지 ㅎㅎ 앞으로 힘든 건 나한테만 말해", [SEC]),
    ("A", "이건 우리끼리 얘기야. 엄마가 알면 또 폰 뺏을 테니까", [SEC]),
    ("B", "네 ㅎㅎ"),
    ("A", "(일주일 후)"),
    ("A", "엄마 몰래 쓸 수 있는 메신저 하나 깔아 거기서 얘기하자", [PLAT, SEC]),
    ("B", "어떤 거요?"),
    ("A", "비밀대화 되는 거 ㅎㅎ 설치 방법 알려줄게", [PLAT]),
])
conv(1, "music_openchat_gift_photo", "음악 감상 오픈채팅", ("adult_stranger", "오픈채팅 방장 (성인)", "m"), (14, "f"), [
    ("A", "오늘 추천해준 노래 진짜 좋더라 ㅎㅎ"),
    ("B", "그쵸!! 제 최애곡이에요"),
    ("A", "취향 잘 맞네 ㅋㅋ 보답으로 커피 쿠폰 보냄", [GIFT]),
    ("B", "헐 감사해요 근데 저 커피 못 마셔요 ㅋㅋ"),
    ("A", "아 ㅋㅋ 학생이구나 그럼 버블티로 바꿔줄게", [GIFT]),
    ("B", "ㅋㅋㅋ 감사합니다"),
    ("A", "(며칠 후)"),
    ("A", "요즘 듣는 노래 또 알려줘"),
    ("B", "이거요 (노래 공유)"),
    ("A", "역시 ㅋㅋ 센스 최고", [COMP]),
    ("A", "기프티콘 계속 보내는데 나 얼굴도 모르잖아 ㅋㅋ 사진 하나만", [IMG]),
    ("B", "앗 사진은 좀.."),
    ("A", "에이 그 정도는 ㅋㅋ 받은 게 몇 개인데", [IMG]),
    ("A", "방 사람들한텐 보여주지 않을게 나만 볼게", [SEC]),
    ("B", "그럼 기프티콘 다 돌려드릴게요"),
    ("A", "ㅋㅋ 농담이야 왜 그래"),
])
conv(1, "telegram_push_age", "익명 SNS 게시판 댓글 → DM", ("adult_stranger", "익명 성인 사용자", "m"), (15, "m"), [
    ("A", "댓글 보니까 학생 같던데 몇 살?", [AGE]),
    ("B", "15요 왜요"),
    ("A", "그냥 궁금 ㅋㅋ 요즘 애들 뭐 하고 노나 해서"),
    ("B", "겜이요"),
    ("A", "무슨 겜"),
    ("B", "축구 게임이요"),
    ("A", "나도 그거 하는데 ㅋㅋ 여긴 신고 먹기 쉬워서 텔레로 얘기할래?", [PLAT]),
    ("B", "왜 신고 먹어요?"),
    ("A", "그냥 여기 관리자가 예민함 ㅋㅋ 텔레가 편해", [PLAT]),
    ("B", "텔레 안 써요"),
    ("A", "그럼 디코 비밀 서버 파줄게 거기로 와", [PLAT]),
    ("A", "부모님이 폰 보면 우리 대화는 지워놔 괜히 오해하심", [SEC]),
    ("B", "오해할 만한 얘기 안 했잖아요 ㅋㅋ"),
    ("A", "ㅋㅋ 그냥 습관이야 습관"),
    ("B", "좀 이상하네요 그냥 안 할게요"),
])
conv(1, "ex_boyfriend_sextortion", "카카오톡", ("adult_stranger", "전 남자친구 (20살 성인)", "m"), (16, "f"), [
    ("A", "야 왜 답 안 해"),
    ("B", "헤어지자고 했잖아"),
    ("A", "나 아직 안 끝났는데?"),
    ("B", "그만 연락해 제발"),
    ("A", "너 나랑 사귈 때 보낸 사진들 아직 다 있다", [SEXT]),
    ("B", "그거 지운다며"),
    ("A", "다시 만나주면 지울게 ㅋㅋ", [SEXT]),
    ("A", "안 만나주면 너네 학교 애들이 먼저 보게 될 거고", [SEXT]),
    ("B", "너 진짜 미쳤어?"),
    ("A", "오늘 저녁 6시 너희 집 앞 놀이터로 나와. 안 나오면 바로 올린다", [SEXT, MEET, NOW]),
    ("B", "제발 그만해 ㅠㅠ"),
    ("B", "나 진짜 죽고 싶어", [SELF]),
    ("A", "죽긴 왜 죽어 나오면 되잖아", [SEXT]),
    ("B", "엄마한테 말할 거야"),
    ("A", "말하면 그 순간 다 올림", [SEXT]),
    ("B", "(다음날)"),
    ("B", "(친구에게) 나 어제 진짜 다 끝내고 싶었어 어떡해", [SELF]),
])

# ---------------------------------------------------------------------------------------------
# Hard negatives (label 0): the same words in innocent contexts
# ---------------------------------------------------------------------------------------------
conv(0, "family_allowance", "카카오톡", ("relative", "삼촌", "m"), (15, "m"), [
    ("A", "조카 뭐하냐 ㅋㅋ"),
    ("B", "삼촌! 그냥 숙제요"),
    ("A", "이번에 중간고사 잘 봤다며? 엄마가 자랑하더라"),
    ("B", "ㅋㅋ 수학만 잘 봤어요"),
    ("A", "그게 어디야 ㅋㅋ 용돈 좀 보내줄게 계좌 알려줘"),
    ("B", "헐 감사합니다!! 제 통장 엄마가 만들어준 거 있어요"),
    ("B", "(계좌 정보)"),
    ("A", "보냈다 ㅋㅋ 엄마한텐 비밀이다 알면 저금하라고 뺏어감"),
    ("B", "ㅋㅋㅋㅋ 완전 비밀로 할게요"),
    ("A", "대신 그 돈으로 이상한 거 사지 말고"),
    ("B", "운동화 살 거예요"),
    ("A", "ㅇㅋ 사면 신은 사진 보내봐 삼촌도 같은 거 살까 보게"),
    ("B", "네 ㅋㅋ 주말에 보내드릴게요"),
    ("A", "추석 때 보자 ㅋㅋ"),
    ("B", "네 삼촌 ㅋㅋ 사촌동생도 와요?"),
    ("A", "ㅇㅇ 걔 요즘 너 따라 한다고 농구 시작했대"),
    ("B", "ㅋㅋㅋ 내가 가르쳐줄게요"),
    ("A", "그래 ㅋㅋ 공부도 좀 가르쳐주고"),
])
conv(0, "family_allowance", "카카오톡", ("relative", "이모", "f"), (14, "f"), [
    ("A", "우리 조카 생일 축하해~~ 🎂"),
    ("B", "이모 감사해요 ㅠㅠ"),
    ("A", "기프티콘 보냈어 케이크 교환권이야 친구들이랑 먹어"),
    ("B", "헐 대박 이모 최고 ㅋㅋ"),
    ("A", "그리고 저번에 갖고 싶다던 후드티도 택배로 보냈다 집 주소 그대로지?"),
    ("B", "네 그대로예요!"),
    ("A", "(다음날)"),
    ("B", "이모 후드티 왔어요!! 완전 예뻐요"),
    ("A", "입어봤어? 사진 찍어서 보내봐 사이즈 맞는지 궁금해"),
    ("B", "(사진)"),
    ("A", "어머 딱이네 ㅎㅎ 우리 조카 벌써 중2라니 너무 빨리 큰다"),
    ("B", "ㅋㅋ 이모 저 키도 컸어요"),
    ("A", "담에 만나면 재보자 ㅋㅋ 엄마한테 이모가 안부 전한다고 해줘"),
    ("B", "넵!!"),
    ("A", "아 그리고 너 요즘 무슨 아이돌 좋아해? 사촌언니가 앨범 남는다던데"),
    ("B", "헐 누구 앨범이요??"),
    ("A", "그건 언니한테 직접 물어봐 ㅋㅋ 번호 알지?"),
    ("B", "네 ㅋㅋ 언니한테 톡할게요"),
])
conv(0, "family_pickup", "가족 단톡방", ("parent", "아빠", "m"), (16, "f"), [
    ("A", "오늘 학원 몇 시에 끝나?"),
    ("B", "10시 반이요"),
    ("A", "비 온다던데 아빠가 데리러 갈게"),
    ("B", "오 감사 ㅠㅠ"),
    ("A", "학원 정문 앞에 차 세워둘게 10시 반에 나와"),
    ("B", "넵"),
    ("B", "근데 친구도 같이 타도 돼요? 걔 집이 우리 옆 단지"),
    ("A", "그래 ㅎㅎ 친구 부모님한테 말했대?"),
    ("B", "걔가 문자했대요"),
    ("A", "배고프면 편의점 들렀다 갈까"),
    ("B", "떡볶이 먹고 싶어요 ㅋㅋ"),
    ("A", "밤에 무슨 떡볶이야 ㅋㅋ 컵라면 정도는 허락"),
    ("B", "ㅋㅋㅋ 콜"),
    ("A", "(10시 25분)"),
    ("A", "도착. 흰 차 편의점 앞"),
    ("B", "ㅇㅋ 지금 나가요"),
    ("A", "친구 부모님께 집 앞에 내려준다고 문자 드렸다"),
    ("B", "넵 걔도 감사하대요"),
])
conv(0, "family_pickup", "카카오톡", ("parent", "엄마", "f"), (13, "m"), [
    ("A", "어디야? 왜 전화 안 받아"),
    ("B", "아 무음이었어 ㅠ 친구들이랑 PC방"),
    ("A", "엄마가 몇 시까지 오랬지"),
    ("B", "6시.."),
    ("A", "지금 7시야. 어느 피시방인데"),
    ("B", "학교 앞 2층"),
    ("A", "지금 데리러 갈게 거기 딱 있어"),
    ("B", "혼자 갈 수 있는데ㅠ"),
    ("A", "안 돼 벌써 깜깜해. 10분이면 가"),
    ("B", "ㅇㅋ 애들한테 먼저 간다고 할게"),
    ("A", "앞으로 늦으면 문자라도 해 걱정했잖아"),
    ("B", "응 미안"),
    ("A", "배는 안 고파? 저녁 안 먹었지"),
    ("B", "피시방에서 라면 먹음"),
    ("A", "그걸 밥이라고 ㅋㅋ 집 가서 계란밥 해줄게"),
    ("B", "ㅇㅋ 엄마 화 풀렸어?"),
    ("A", "반쯤 ㅋㅋ 다음에 또 그러면 폰 압수"),
])
conv(0, "family_videocall", "카카오톡", ("relative", "할머니", "f"), (12, "f"), [
    ("A", "손녀야 할머니 영상통화 어떻게 하는 거냐"),
    ("B", "할머니 카톡 들어가서 제 이름 누르시고 오른쪽 위에 카메라 모양이요"),
    ("A", "눌렀는데 소리가 안 들린다"),
    ("B", "ㅋㅋ 할머니 마이크 권한 허용 안 하셔서 그래요"),
    ("B", "설정 들어가서 카톡 누르고 마이크 켜세요"),
    ("A", "어렵다 ㅎㅎ 그냥 네가 다시 걸어봐"),
    ("B", "(영상통화)"),
    ("A", "아이고 이제 얼굴 보인다 우리 강아지"),
    ("B", "할머니 화면이 천장만 보여요 ㅋㅋㅋ"),
    ("A", "폰을 어떻게 들어야 되냐 ㅎㅎ"),
    ("B", "세워서 드세요 ㅋㅋ 이제 보여요!"),
    ("A", "교복 입었네 학교 다녀왔나"),
    ("B", "네 방금 왔어요"),
    ("A", "다음엔 동생이랑 같이 전화해라 할머니가 용돈 부쳐줄게"),
    ("B", "ㅋㅋ 네 할머니 사랑해요"),
    ("A", "할머니도 사랑한다 밥 잘 먹고"),
    ("B", "할머니 다음엔 화면 안 꺼지게 충전기 꽂고 하세요 ㅋㅋ"),
    ("A", "알았다 ㅎㅎ 똑똑한 내 새끼"),
])
conv(0, "family_videocall", "영상통화 앱", ("parent", "해외 근무 중인 아빠", "m"), (15, "m"), [
    ("A", "아들 거기 지금 몇 시야?"),
    ("B", "밤 9시요 아빠는?"),
    ("A", "여기는 아침 8시 ㅋㅋ 출근 전에 영통 할까?"),
    ("B", "ㅇㅋ 잠깐만 방에 들어가서요"),
    ("A", "(영상통화)"),
    ("A", "어 화면이 멈췄다 와이파이 약한가"),
    ("B", "아빠 목소리 끊겨요 ㅋㅋ"),
    ("A", "다시 걸게 앱 껐다 켜볼게"),
    ("B", "이제 잘 들려요"),
    ("A", "얼굴 보니까 좋네 머리 잘랐네?"),
    ("B", "ㅋㅋ 엄마가 강제로"),
    ("A", "잘 어울린다 ㅎㅎ 다음 달에 휴가 가면 맛있는 거 먹자"),
    ("B", "고기요 고기 ㅋㅋ"),
    ("A", "그래 ㅋㅋ 엄마 말 잘 듣고 동생 잘 챙겨"),
    ("B", "아빠 거기 눈 와요?"),
    ("A", "여긴 완전 여름이야 ㅋㅋ 사진 보내줄게"),
    ("A", "(사진)"),
    ("B", "와 바다다 부럽다 ㅠ"),
])
conv(0, "teacher_photo", "학급 단톡방 → 개인 톡", ("teacher", "담임 선생님", "f"), (18, "m"), [
    ("A", "[공지] 졸업앨범 개인 사진 촬영 다음 주 화요일입니다. 교복 동복 착용"),
    ("B", "(개인 톡) 선생님 저 그날 병원 예약 있어서 못 올 것 같아요"),
    ("A", "아 그렇구나. 그럼 따로 사진 보내줘야 하는데"),
    ("A", "교복 입고 흰 벽 앞에서 상반신 나오게 찍은 사진 한 장 보내줄래?"),
    ("B", "폰으로 찍어도 돼요?"),
    ("A", "응 업체에서 보정해준대. 얼굴 정면으로"),
    ("B", "어머니가 찍어주신대요 내일 보내드릴게요"),
    ("A", "고마워 ㅎㅎ 파일 크기 크게 보내줘"),
    ("B", "선생님 안경 쓰고 찍어도 돼요?"),
    ("A", "응 평소 모습대로 ㅎㅎ 빛 반사만 조심"),
    ("B", "넵 머리는 단정하게 하고요 ㅋㅋ"),
    ("A", "ㅋㅋ 졸업앨범이니까 예쁘게 남겨야지"),
    ("B", "(다음날) (사진)"),
    ("A", "잘 나왔네! 업체에 전달할게"),
    ("B", "감사합니다 선생님"),
    ("A", "그리고 원서 접수 서류도 다음 주까지 내는 거 잊지 마"),
    ("B", "네 어머니랑 준비하고 있어요"),
])
conv(0, "teacher_photo", "학교 동아리 단톡방", ("teacher", "방송부 지도 선생님", "m"), (16, "f"), [
    ("A", "다들 시험 끝났지? 고생 많았다"),
    ("B", "쌤 저희 이번 주 동아리 쉬어요?"),
    ("A", "아니 ㅋㅋ 공모전 때문에 바쁘다"),
    ("B", "ㅠㅠㅠ"),
    ("A", "방송부 공모전 제출 서류 중에 참가자 사진이 필요하다"),
    ("A", "각자 증명사진 있으면 내일까지 보내주고"),
    ("B", "선생님 저 증명사진이 중학교 때 거밖에 없는데요"),
    ("A", "그거 괜찮아 ㅋㅋ 최근 6개월 규정 없대"),
    ("B", "ㅋㅋ 다행이다"),
    ("A", "그리고 고1은 학년 반 번호 같이 적어서 보내"),
    ("B", "넵 1학년 3반 12번이요"),
    ("A", "ㅇㅋ 부모님 동의서도 가정통신문으로 나갔으니까 사인 받아 오고"),
    ("B", "오늘 받아 갈게요"),
    ("A", "영상 편집은 목요일 방과 후에 방송실에서 하자"),
    ("B", "네 다들 온대요"),
    ("A", "주제는 학교 폭력 예방 캠페인이다"),
    ("B", "오 그거 좋네요 인터뷰도 넣어요?"),
    ("A", "그래 인터뷰 대상자 동의 꼭 받고"),
])
conv(0, "teen_dating", "카카오톡", ("peer", "같은 반 남자친구 (15)", "m"), (15, "f"), [
    ("A", "뭐해"),
    ("B", "누워있음 ㅋㅋ 너는"),
    ("A", "나도 ㅋㅋ 보고 싶다아아", [O_LONG]),
    ("B", "ㅋㅋㅋ 아까 봤잖아"),
    ("A", "그래도"),
    ("A", "주말에 영화 보러 갈래? 그 애니 개봉했던데"),
    ("B", "ㄱㄱ 토요일 오후?"),
    ("A", "ㅇㅇ 2시에 역 앞에서 만나"),
    ("B", "ㅇㅋ 엄마한텐 친구랑 간다고 할까 ㅋㅋ"),
    ("A", "그냥 남친이라고 해 ㅋㅋ 우리 엄마는 이미 앎"),
    ("B", "아 부끄러운데 ㅋㅋ 알겠어 말할게"),
    ("A", "근데 반 애들한텐 아직 비밀로 하자 놀릴 듯"),
    ("B", "ㅇㅈ 특히 걔네 ㅋㅋㅋ"),
    ("A", "오늘 셀카 보내줘 ㅎㅎ 머리 바꾼 거"),
    ("B", "(사진)"),
    ("A", "귀엽다 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 빨리 자 내일 1교시 체육"),
    ("A", "(다음날)"),
    ("A", "체육 피구 ㅋㅋ 너 나 맞혔잖아"),
    ("B", "ㅋㅋㅋ 봐주는 거 없음"),
    ("A", "사귀는 사이에 ㅠ"),
    ("B", "경기는 경기지 ㅋㅋ"),
    ("A", "토요일에 복수한다 영화 팝콘 니가 사"),
])
conv(0, "teen_dating", "SNS DM", ("peer", "전 여자친구 (16)", "f"), (16, "m"), [
    ("A", "야 우리 헤어진 건 헤어진 건데"),
    ("A", "예전에 같이 찍은 사진들 어떻게 할래?"),
    ("B", "아.. 나는 지울게"),
    ("A", "나도 지울게 그게 서로 편할 것 같아"),
    ("B", "ㅇㅇ 스토리 하이라이트도 내릴게"),
    ("A", "고마워 ㅎㅎ 반에서는 그냥 친구로 지내자"),
    ("B", "응 그래"),
    ("B", "애들이 물어보면 그냥 좋게 헤어졌다고 하자"),
    ("A", "ㅇㅋ 그리고 니가 빌려준 충전기 내일 돌려줄게"),
    ("B", "ㅋㅋ 까먹고 있었네"),
    ("A", "아 그리고 니 동생한테 빌린 만화책도 같이 줄게"),
    ("B", "ㅋㅋ 걔가 찾더라"),
    ("A", "미안 ㅋㅋ 내일 사물함에 넣어둘게"),
    ("B", "ㅇㅋ"),
    ("A", "잘 지내라"),
    ("B", "너도"),
])
conv(0, "classmates_meetup", "반 친구 단톡방", ("peer", "같은 반 친구 (14)", "f"), (14, "f"), [
    ("A", "우리 토요일에 어디서 만나?"),
    ("B", "역 3번 출구 ㄱ?"),
    ("A", "ㅇㅋ 몇 시?"),
    ("B", "1시 어때 밥 먹고 영화"),
    ("A", "좋아 ㅋㅋ 예매는 누가 해"),
    ("B", "내가 할게 학생 할인 되니까 학생증 챙겨와"),
    ("A", "ㅇㅋ"),
    ("A", "근데 짝꿍도 온대?"),
    ("B", "걔 학원 보강이래 ㅠ"),
    ("A", "아쉽 ㅠㅠ 끝나고 합류하라 해"),
    ("B", "ㅇㅇ 4시쯤 온대"),
    ("A", "엄마가 6시까진 오래 ㅋㅋ"),
    ("B", "나도 ㅋㅋ 그럼 5시 반에 헤어지자"),
    ("A", "무슨 영화 볼 거야 공포?"),
    ("B", "ㄴㄴ 나 공포 못 봄 ㅋㅋ 애니 ㄱ"),
    ("A", "ㅋㅋ 쫄보 ㅇㅋ 애니"),
    ("B", "팝콘은 반반 ㅋㅋ 카라멜이랑 오리지널"),
])
conv(0, "classmates_meetup", "조별과제 단톡방", ("peer", "조원 (17)", "m"), (17, "m"), [
    ("A", "야 쌤이 조 정해줌 우리 같은 조임"),
    ("B", "ㅋㅋ 다행이다 아는 사람 있어서"),
    ("A", "나머지 두 명은 전학생이랑 반장"),
    ("B", "반장 있으면 든든 ㅋㅋ"),
    ("A", "조별과제 언제 모일래"),
    ("B", "목요일 방과 후 어때"),
    ("A", "난 학원 ㅠ 금요일은?"),
    ("B", "금요일 4시 학교 앞 카페 ㄱ"),
    ("A", "ㅇㅋ 자료 조사 각자 해오기"),
    ("B", "나는 설문 맡을게"),
    ("A", "ㅇㅋ 근데 발표 누가 함"),
    ("B", "가위바위보 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 공평하네"),
    ("A", "그리고 피피티 사진 쓸 거 있으면 저작권 없는 걸로"),
    ("B", "ㅇㅇ 무료 이미지 사이트에서 찾을게"),
    ("A", "금요일에 봄"),
    ("B", "ㅇㅇ 반장한테도 공지해줘"),
])
conv(0, "job_employer", "구인 앱 채팅", ("employer", "카페 점장", "f"), (17, "f"), [
    ("B", "안녕하세요 주말 알바 공고 보고 연락드려요"),
    ("A", "안녕하세요~ 나이가 어떻게 되세요?"),
    ("B", "17살 고2예요"),
    ("A", "네 저희는 만 15세 이상이면 가능해요. 부모님 동의서랑 가족관계증명서 필요해요"),
    ("B", "네 준비할 수 있어요"),
    ("A", "근무 조건 먼저 말씀드릴게요. 토일 오전 10시부터 4시, 시급은 최저시급이에요"),
    ("A", "야간은 청소년이라 안 되고요"),
    ("B", "네 괜찮아요!"),
    ("A", "혹시 카페 알바 경험 있어요?"),
    ("B", "없어요 처음이에요"),
    ("A", "괜찮아요 처음엔 설거지랑 서빙부터 알려드려요"),
    ("A", "조건 괜찮으시면 면접 보러 오세요. 이번 주 토요일 11시 매장에서 괜찮으세요?"),
    ("B", "네 갈게요"),
    ("A", "이력서에 사진 붙여서 가져오시고 부모님 연락처도 적어주세요"),
    ("B", "사진은 증명사진 붙이면 되나요?"),
    ("A", "네네 ㅎㅎ 근로계약서는 합격하면 부모님 동의 받고 같이 써요"),
    ("B", "감사합니다 토요일에 뵐게요"),
])
conv(0, "job_employer", "문자", ("employer", "편의점 점주", "m"), (16, "m"), [
    ("A", "알바 지원한 학생 맞죠? 편의점입니다"),
    ("B", "네 맞아요"),
    ("A", "몇 년생이에요?"),
    ("B", "10년생이요 고1이요"),
    ("A", "만 15세 넘었네요. 주말 낮 타임만 가능해요 밤 10시 이후는 법적으로 안 돼요"),
    ("B", "네 주말 낮이면 좋아요"),
    ("A", "부모님 동의서 양식 보내드릴게요 사인 받아 오세요"),
    ("A", "그리고 첫 출근 날 통장 사본이랑 신분증 가져오면 돼요 급여는 본인 계좌로 들어가요"),
    ("B", "통장은 엄마랑 같이 만들게요"),
    ("A", "참 근무 중엔 휴대폰은 쉬는 시간에만 봐요"),
    ("B", "네 알겠습니다"),
    ("A", "그리고 담배나 술은 학생이 팔면 안 돼서 그건 다른 직원이 계산해요"),
    ("B", "넵"),
    ("A", "좋아요 ㅎㅎ 교육은 다음 주 토요일 오후 2시예요"),
    ("B", "네 감사합니다"),
    ("A", "궁금한 거 있으면 여기로 문자 주세요"),
])
conv(0, "counsellor_age", "청소년 상담 채팅", ("counsellor", "청소년상담복지센터 상담사", "f"), (15, "f"), [
    ("B", "안녕하세요 상담 받고 싶어서요"),
    ("A", "안녕하세요 잘 찾아왔어요. 편하게 얘기해도 돼요"),
    ("A", "먼저 나이랑 사는 지역 알려줄 수 있어요? 가까운 센터 연결해주려고 물어보는 거예요"),
    ("B", "15살이고 경기도 남쪽이요"),
    ("A", "고마워요. 어떤 일로 왔어요?"),
    ("B", "부모님이랑 너무 싸워서요 집에 있기 싫어요"),
    ("A", "많이 답답했겠다. 최근에 어떤 일이 제일 힘들었어요?"),
    ("B", "성적 때문에 폰 뺏기고 친구도 못 만나게 해요"),
    ("A", "그랬구나. 부모님도 걱정돼서 그러시겠지만 지금 마음이 많이 힘든 것 같아요"),
    ("A", "혹시 집을 나가야겠다는 생각까지 했어요?"),
    ("B", "가끔요.. 근데 갈 데도 없어요"),
    ("A", "그럴 때 인터넷에서 재워준다는 사람 만나면 정말 위험해요. 그런 연락 온 적 있어요?"),
    ("B", "아니요 아직은요"),
    ("A", "다행이다. 지역 센터 선생님이 부모님 상담도 같이 해주실 수 있어요. 연결해줄까요?"),
    ("B", "네 해볼게요"),
    ("A", "급할 땐 언제든 1388로 전화하거나 문자해요. 24시간이에요"),
])
conv(0, "counsellor_age", "1388 문자 상담", ("counsellor", "1388 상담사", "m"), (13, "m"), [
    ("B", "학교에서 친구들이 자꾸 돈 빌려달래요"),
    ("A", "문자 줘서 고마워요. 몇 학년이에요?"),
    ("B", "중1이요"),
    ("A", "중1이구나. 빌려준 돈은 돌려받았어요?"),
    ("B", "아니요 한 번도요 안 주면 때린대요"),
    ("A", "그건 빌려주는 게 아니라 돈을 뺏는 거예요. 혼자 감당할 일이 아니에요"),
    ("A", "부모님이나 담임 선생님께 얘기해 본 적 있어요?"),
    ("B", "말하면 더 괴롭힐까봐요"),
    ("A", "그 걱정 이해해요. 학교폭력은 117로도 신고할 수 있고 비밀 보장돼요"),
    ("B", "진짜 비밀이에요?"),
    ("A", "네. 그리고 어른한테 말하는 건 고자질이 아니에요. 같이 어떻게 말할지 연습해볼까요?"),
    ("B", "네"),
    ("A", "오늘 저녁에 엄마한테 이렇게 시작해보세요: 엄마 나 학교에서 힘든 일 있어"),
    ("B", "해볼게요"),
    ("A", "말하고 나서 어땠는지 다시 문자 줘요"),
    ("B", "(다음날) 엄마한테 말했어요 엄마가 담임쌤한테 전화한대요"),
    ("A", "정말 용기 냈네요. 잘했어요"),
])
conv(0, "runaway_support", "카카오톡", ("peer", "친구 (16)", "f"), (16, "f"), [
    ("B", "나 진짜 집 나왔어"),
    ("A", "헐 지금 어디야??"),
    ("B", "놀이터 ㅋㅋ 아빠랑 대판 싸움"),
    ("A", "괜찮아? 밥은?"),
    ("B", "안 먹음 돈도 없어"),
    ("A", "야 오픈채팅에서 재워준다는 사람 절대 만나지 마 진짜 위험해"),
    ("B", "아직 안 찾아봤어 ㅋㅋ"),
    ("A", "1388 전화해봐 쉼터 연결해준대 보건 시간에 배웠잖아"),
    ("B", "쉼터 가면 집에 연락하지 않아?"),
    ("A", "상담 선생님이 네 얘기 먼저 들어준대 강제로 보내는 거 아니래"),
    ("A", "아니면 우리 집 와 엄마한테 내가 말할게"),
    ("B", "너네 엄마가 괜찮대?"),
    ("A", "잠깐만 물어볼게"),
    ("A", "엄마가 오늘은 자고 가래 대신 너희 엄마한테는 엄마가 연락한대"),
    ("B", "ㅠㅠ 고마워"),
    ("B", "너네 엄마 진짜 괜찮으신 거 맞지?"),
    ("A", "ㅇㅇ 울 엄마 너 좋아하잖아 ㅋㅋ 카레 해놓는대"),
    ("B", "ㅠㅠ 진짜 고마워 내일은 우리 엄마랑 얘기해볼게"),
    ("A", "놀이터 어디야 내가 데리러 갈게"),
    ("B", "후문 쪽 그네 옆"),
    ("A", "5분 ㄱ 따뜻한 거 사 갈게"),
])
conv(0, "runaway_support", "카카오톡", ("relative", "친언니 (대학생)", "f"), (15, "f"), [
    ("B", "언니 나 그냥 집 나갈까"),
    ("A", "왜 또 ㅋㅋ 엄마랑 싸웠어?"),
    ("B", "핸드폰 시간 때문에 ㅠ 나만 맨날 혼나"),
    ("A", "아 그거 나도 중학생 때 그랬어 ㅋㅋ"),
    ("A", "근데 나가면 어디 갈 건데"),
    ("B", "몰라 친구네?"),
    ("A", "야 인터넷에 가출팸이니 헬퍼니 그런 거 진짜 위험한 거 알지"),
    ("B", "알아 그런 데 안 가"),
    ("A", "언니가 이번 주말에 집 내려갈게 엄마랑 셋이 얘기하자"),
    ("B", "언니가 엄마한테 말 좀 해줘"),
    ("A", "ㅇㅋ 폰 시간은 조율해보자 대신 너도 숙제는 하고 ㅋㅋ"),
    ("B", "ㅋㅋ 언니는 중학생 때 몇 시간 했어?"),
    ("A", "나는 폰 뺏겨서 공기계로 몰래 했지 ㅋㅋ 그건 엄마한테 비밀"),
    ("B", "ㅋㅋㅋㅋ 약점 잡았다"),
    ("B", "ㅇㅋ.."),
    ("A", "맛있는 거 사갈게 뭐 먹고 싶어"),
    ("B", "마라탕 ㅋㅋ"),
])
conv(0, "game_trade", "게임 채팅 → 디스코드", ("peer", "게임에서 만난 또래 (15)", "m"), (15, "m"), [
    ("A", "그 스킨 어디서 얻음? 이벤트 끝난 건데"),
    ("B", "작년 이벤트 때 출석해서 받음 ㅋㅋ"),
    ("A", "ㄷㄷ 부럽"),
    ("A", "너 그 한정 스킨 팔 생각 있음?"),
    ("B", "교환이면 생각 있음"),
    ("A", "내 전설 무기랑 바꿀래?"),
    ("B", "오 ㄱㅊ은데 사기 아님? ㅋㅋ"),
    ("A", "ㅋㅋ 그럼 디코로 와 화면 공유하면서 동시에 거래창 열자"),
    ("B", "ㅇㅋ elzh 닉 보냄", [O_ENG]),
    ("A", "(디스코드)"),
    ("A", "화면 보임?"),
    ("B", "ㅇㅇ 보임 거래창 연다"),
    ("A", "올렸음 확인 눌러"),
    ("B", "확인 ㅋㅋ 거래 완료"),
    ("A", "ㄱㅅㄱㅅ 담에 파티도 하자"),
    ("B", "ㅇㅋ 근데 나 10시 넘으면 엄마가 컴 끄라 해서 ㅋㅋ"),
    ("A", "나도 ㅋㅋ 주말 낮에 ㄱ"),
])
conv(0, "game_trade", "게임 거래 게시판 채팅", ("peer", "거래 상대 (16)", "f"), (14, "m"), [
    ("B", "계정 판매글 보고 왔는데요"),
    ("A", "아 그거 팔렸어요 ㅠ"),
    ("B", "아 ㅠ 그럼 아이템만 파세요?"),
    ("A", "네 근데 현금 거래는 약관 위반이라 안 해요 ㅋㅋ 아이템 교환만"),
    ("B", "아 저도 그게 나아요 문상으로 하면 사기 당할 수도 있대서"),
    ("A", "ㅇㅇ 제 친구도 문상 핀번호 보냈다가 날렸어요"),
    ("B", "헐"),
    ("A", "게임 안 거래소로 해요 수수료 있어도 안전함"),
    ("B", "네 그럼 거래소에 올려주세요"),
    ("A", "올렸어요 이름 똑같이"),
    ("B", "샀어요 ㄱㅅ합니다"),
    ("A", "아 그리고 거래하자면서 카톡 아이디 달라는 사람 조심해요 ㅋㅋ"),
    ("B", "ㅇㅇ 그런 사람 많더라고요"),
    ("A", "저 그래서 게임 안에서만 얘기함"),
    ("B", "좋네요 담에 또 거래해요"),
    ("A", "ㅇㅋ 굿겜"),
])
conv(0, "news_discussion", "반 친구 단톡방", ("peer", "같은 반 친구 (17)", "f"), (17, "f"), [
    ("A", "야 오늘 뉴스 봄? 랜덤채팅으로 ㅈㄱㅁㄴ 시킨 사람 잡혔대"),
    ("B", "헐 그거 우리 또래 애들한테 한 거야?"),
    ("A", "ㅇㅇ 처음엔 용돈 준다고 하다가 만나자고 했대"),
    ("B", "미친 소름"),
    ("A", "사진 먼저 보내라고 하고 안 보내면 협박까지 했대"),
    ("B", "헐 그거 몸캠피싱이랑 비슷한 거 아님?"),
    ("A", "비슷함 ㅠ 뉴스에서 그런 거 오면 바로 캡처하고 117이나 112 신고하래"),
    ("B", "ㅇㅇ 우리 학교도 예방교육 했잖아"),
    ("A", "그때 경찰 아저씨가 한 말 기억남? 어른이 비밀로 하자고 하면 그게 제일 위험 신호래"),
    ("B", "근데 그 사람 몇 년 받았대?"),
    ("A", "아직 재판 중이래"),
    ("B", "ㅇㅈ 근데 동생이 랜챗 깔았던데 말해줘야겠다"),
    ("A", "ㅇㅇ 꼭 말해 ㅠㅠ"),
    ("A", "랜챗 지우라고 하고 게임 채팅도 조심하라고 해"),
    ("B", "지금 바로 간다 ㅋㅋ"),
])
conv(0, "news_discussion", "카카오톡", ("parent", "엄마", "f"), (14, "m"), [
    ("A", "아들 이 기사 봐봐 (기사 캡처)"),
    ("B", "뭔데"),
    ("A", "게임에서 여자인 척하고 영상통화 하자고 해서 녹화하고 협박하는 거래"),
    ("B", "아 몸캠피싱? 학교에서 배웠어"),
    ("A", "그래 ㅎㅎ 이상한 앱 깔라고 하면 절대 깔지 말고"),
    ("B", "알아 소리 안 들린다고 앱 깔라 하는 거잖아"),
    ("A", "오 잘 아네. 혹시 그런 일 생기면 혼 안 낼 테니까 무조건 엄마한테 말해"),
    ("B", "ㅇㅋ"),
    ("A", "돈 보내라고 해도 보내면 안 돼 계속 달래"),
    ("B", "알았다니까 ㅋㅋ"),
    ("A", "ㅋㅋ 잔소리 끝. 저녁 뭐 먹을래"),
    ("B", "치킨"),
    ("A", "순살? 뼈?"),
    ("B", "반반 ㅋㅋ"),
    ("A", "ㅋㅋ 아빠 오면 시키자"),
])
conv(0, "sibling_outfit", "가족 단톡방", ("relative", "언니 (고3)", "f"), (15, "f"), [
    ("B", "언니 자?"),
    ("A", "ㄴㄴ 과제 중 왜"),
    ("B", "부탁이 있는데 ㅎㅎ"),
    ("A", "싸한데 ㅋㅋ 뭔데"),
    ("B", "언니 내일 교복 좀 빌려줘"),
    ("A", "내 교복? 왜"),
    ("B", "우리 학교 축제 때 다른 학교 교복 입기 이벤트 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 웃기네 사이즈 맞나"),
    ("B", "입어보고 사진 찍어서 보내줄게"),
    ("B", "(사진)"),
    ("A", "치마 좀 길다 ㅋㅋ 근데 괜찮네"),
    ("A", "대신 넥타이 잃어버리면 죽는다"),
    ("B", "ㅋㅋ 안 잃어버림"),
    ("A", "그리고 엄마한텐 비밀로 해 빌려줬다고 하면 또 내 거 다 빌려주라 할 듯"),
    ("B", "ㅋㅋㅋ ㅇㅋ"),
    ("A", "축제 끝나고 사진 보내 ㅋㅋ 구경하게"),
])
conv(0, "sibling_outfit", "카카오톡", ("relative", "형 (고2)", "m"), (13, "m"), [
    ("A", "야 너 체육복 어디 있냐"),
    ("B", "내 방 옷장에 왜"),
    ("A", "나 오늘 체육 있는데 내 거 빨래함에 있음 ㅋㅋ 빌려간다"),
    ("B", "형 거 너무 크잖아 내 거 작을걸"),
    ("A", "상의만 ㅋㅋ 바지는 내 거 입음"),
    ("B", "이름표 붙어 있는데 ㅋㅋ 애들이 웃을 듯"),
    ("A", "ㅋㅋ 상관없음"),
    ("B", "대신 피자 한 판"),
    ("A", "ㅇㅋ 저녁에 시켜줄게"),
    ("B", "엄마한텐 말하지 마 엄마가 나한테 형 거 빨래하라 할 듯"),
    ("A", "ㅋㅋㅋ 비밀"),
    ("A", "(저녁)"),
    ("A", "피자 시켰다 불고기 반 페퍼로니 반"),
    ("B", "ㅋㅋ 형 최고 체육복 빨아서 줘"),
    ("A", "ㅋㅋ 엄마가 빨 듯"),
])
conv(0, "coach_schedule", "유소년 축구 클럽 단톡", ("staff", "축구 클럽 감독", "m"), (13, "m"), [
    ("A", "[공지] 여름 합숙 훈련 안내입니다. 8월 첫째 주 3박 4일, 청소년수련원"),
    ("A", "참가하는 선수는 부모님 동의서와 건강확인서 제출해주세요"),
    ("B", "감독님 저 중1인데 중등부로 가요?"),
    ("A", "응 중1은 중등부 B팀. 몇 년생인지 명단에 적어서 내"),
    ("B", "13년생이요"),
    ("A", "ㅇㅋ 숙소는 학년별로 4인 1실이고 코치 선생님들 옆방에서 같이 지낸다"),
    ("B", "휴대폰 가져가도 돼요?"),
    ("A", "밤 10시에 걷는다 ㅋㅋ 부모님께 연락은 매일 저녁 시간에 하면 된다"),
    ("B", "ㅋㅋ 넵"),
    ("A", "출발은 월요일 아침 7시 클럽 운동장. 부모님이 데려다주시면 되고 차량 필요한 사람은 따로 말하고"),
    ("B", "엄마가 데려다준대요"),
    ("A", "좋다. 그리고 합숙 때 생일인 사람 있으면 같이 케이크 하자"),
    ("B", "저 8월 3일 생일이에요 ㅋㅋ"),
    ("A", "ㅋㅋ 딱 합숙 중이네 코치진이 챙겨줄게"),
    ("A", "좋다. 축구화 두 켤레 꼭 챙기고"),
])
conv(0, "coach_schedule", "수영 클럽 개인 톡", ("staff", "수영 코치", "f"), (16, "f"), [
    ("A", "다음 달 전국대회 엔트리 나왔어 너 자유형 100 들어갔다"),
    ("B", "헐 진짜요?? 감사합니다"),
    ("A", "숙소는 대회장 근처 호텔이고 선수단 단체로 묵어. 방은 여자 선수들끼리"),
    ("B", "부모님도 오실 수 있어요?"),
    ("A", "응 관람석 있어 ㅎㅎ 어머니께 일정표 보내드렸어"),
    ("B", "넵! 엄마가 받았대요"),
    ("A", "그리고 선수 등록용 사진 필요해. 증명사진 파일로 보내줘"),
    ("B", "작년 거 써도 돼요?"),
    ("A", "고1 됐으니까 새로 찍는 게 좋겠다 학교 증명사진도 괜찮아"),
    ("B", "네 내일 보낼게요"),
    ("A", "요즘 스타트 많이 좋아졌어 이대로만 하자"),
    ("B", "ㅎㅎ 열심히 할게요"),
    ("A", "대회 끝나고 팀 회식 있어 부모님들도 같이"),
    ("B", "우와 고기예요?"),
    ("A", "ㅋㅋ 그건 감독님 마음"),
])
conv(0, "academy_teacher_grade", "학원 상담 채팅", ("teacher", "수학 학원 선생님", "m"), (14, "f"), [
    ("B", "안녕하세요 레벨테스트 문의드려요"),
    ("A", "안녕하세요~ 학생 본인이세요? 몇 학년이에요?"),
    ("B", "네 중2요"),
    ("A", "학교 진도는 어디까지 나갔어요?"),
    ("B", "일차함수 들어갔어요"),
    ("A", "네 그럼 중2 과정으로 테스트 볼게요. 시간은 50분 정도예요"),
    ("B", "언제 가면 돼요?"),
    ("A", "토요일 오전 11시나 오후 3시 가능해요. 부모님이랑 같이 오시면 상담도 같이 해드려요"),
    ("B", "엄마랑 3시에 갈게요"),
    ("A", "네 ㅎㅎ 학원 위치는 어머님 문자로 보내드릴게요"),
    ("B", "감사합니다"),
    ("B", "레벨테스트 떨어지면 어떡해요 ㅋㅋ"),
    ("A", "떨어지는 건 없어요 ㅎㅎ 반 정하는 거예요"),
    ("B", "다행이다 ㅋㅋ"),
    ("A", "긴장하지 말고 평소 실력대로 풀어요"),
])
conv(0, "academy_groupchat", "학원 단톡방", ("teacher", "영어 학원 원장", "f"), (16, "m"), [
    ("A", "[공지] 이번 주 토요일 보강 있습니다. 고1반 오후 2시부터 5시"),
    ("A", "불참하는 학생은 부모님께서 직접 연락 주세요"),
    ("B", "선생님 저 토요일에 봉사활동 있는데요"),
    ("A", "(개인 톡) 그래? 봉사 몇 시에 끝나?"),
    ("B", "1시요"),
    ("A", "그럼 3시까지만 와도 돼. 어머니께는 내가 문자 드릴게"),
    ("B", "감사합니다"),
    ("A", "지난번 단어 시험 점수 많이 올랐더라 ㅎㅎ"),
    ("B", "ㅋㅋ 이번엔 진짜 외웠어요"),
    ("A", "보강 때 간식 사놓을게 늦어도 밥은 먹고 와"),
    ("B", "네!"),
    ("A", "(토요일)"),
    ("B", "쌤 봉사 끝나서 지금 가요 20분 정도 걸려요"),
    ("A", "천천히 와 뛰지 말고 ㅋㅋ"),
    ("B", "넵"),
])
conv(0, "used_trade_peer", "중고거래 앱 채팅", ("adult_stranger", "교복을 사려는 학부모", "f"), (18, "f"), [
    ("A", "교복 판매글 보고 연락드려요~ 딸이 내년에 그 학교 입학해서요"),
    ("B", "아 네! 아직 있어요"),
    ("A", "사이즈가 어떻게 될까요? 딸이 키 155 정도예요"),
    ("B", "상의 55고 치마는 허리 조절 되는 거예요"),
    ("A", "다행이다 ㅎㅎ 동복이랑 하복 다 있어요?"),
    ("B", "네 체육복도 같이 드릴 수 있어요"),
    ("A", "어머 감사해요. 혹시 옷걸이에 걸어서 전체 사진 한 장 더 보내줄 수 있어요?"),
    ("B", "(사진)"),
    ("A", "깨끗하네요! 직거래 가능할까요?"),
    ("B", "네 학교 앞이나 역 앞 괜찮으세요?"),
    ("A", "내일 오후 4시 역 앞 어때요? 딸이랑 같이 갈게요"),
    ("B", "네 저도 엄마랑 같이 갈게요 ㅎㅎ"),
    ("A", "그럼 내일 봬요~ 졸업 축하해요"),
    ("B", "감사합니다 ㅎㅎ 학교 좋아요 급식 맛있어요"),
    ("A", "ㅎㅎ 딸한테 전해줄게요"),
])
conv(0, "used_trade_peer", "중고거래 앱 채팅", ("adult_stranger", "게임기 구매자 (직장인)", "m"), (15, "m"), [
    ("A", "게임기 판매글 보고 연락드려요 아직 판매 중인가요?"),
    ("B", "네 있어요"),
    ("A", "구성품 다 있나요? 충전기랑 케이스도요"),
    ("B", "네 다 있어요 박스도요"),
    ("A", "가격 조금만 깎아주실 수 있나요?"),
    ("B", "엄마한테 물어볼게요 잠시만요"),
    ("B", "2만 원 깎아드린대요"),
    ("A", "감사합니다 ㅎㅎ 직거래 어디서 할까요?"),
    ("B", "아파트 관리사무소 앞에서 해도 돼요? 엄마가 같이 나온대요"),
    ("A", "네 좋아요. 토요일 오전 11시 괜찮으세요?"),
    ("B", "네 그때 봬요"),
    ("A", "작동 확인하고 현금으로 드릴게요"),
    ("B", "(토요일)"),
    ("B", "관리사무소 앞에 나왔어요 엄마랑 파란 패딩 입고 있어요"),
    ("A", "네 보여요 지금 가요"),
    ("A", "작동 잘 되네요 ㅎㅎ 여기 돈이요 확인해보세요"),
    ("B", "네 맞아요 감사합니다"),
])
conv(0, "fan_peer_trade", "팬 오픈채팅방", ("peer", "같은 팬 (15)", "f"), (15, "f"), [
    ("A", "팬싸 응모 몇 장 했어?"),
    ("B", "용돈 다 털어서 12장 ㅠㅠ"),
    ("A", "헐 나도 10장 ㅋㅋ 당첨 됐으면 좋겠다"),
    ("B", "대리 응모는 비싸서 못 하겠음"),
    ("A", "ㅇㅈ 그리고 대리 해준다는 사람들 중에 사기도 많대"),
    ("B", "ㄹㅇ 내 친구 입금했는데 잠수 탐"),
    ("A", "헐.. 그리고 셀카 보내라는 사람도 있대 본인 확인이라고"),
    ("B", "그거 완전 이상한 거 아님? 팬싸에 셀카가 왜 필요해"),
    ("A", "ㅇㅇ 그런 거 오면 바로 신고 ㄱ"),
    ("B", "ㅇㅋ 근데 앨범 포카 뭐 나왔어?"),
    ("A", "나 막내 두 장 나옴 ㅋㅋ 교환할래?"),
    ("B", "헐 나 막내 최애인데!! 나 리더 있음"),
    ("A", "ㄱㄱ 학교에서 만나서 바꾸자 우리 같은 학교잖아 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 내일 점심시간 ㄱ"),
])
conv(0, "fan_peer_meetup", "SNS DM", ("peer", "덕질 친구 (16, 다른 지역)", "f"), (16, "f"), [
    ("A", "우리 콘서트 날 드디어 만나는 거지? ㅠㅠ"),
    ("B", "ㅋㅋㅋ 인터넷 친구 첨 만나봄 떨려"),
    ("A", "나도 ㅋㅋ 근데 우리 엄마가 꼭 같이 간대"),
    ("B", "ㅋㅋㅋ 울 엄마도 ㅋㅋ 처음 만나는 사람은 무조건 같이 가야 된대"),
    ("A", "ㅇㅈ 그게 맞지 ㅋㅋ 우리 엄마들끼리 카페에 있으라 하자"),
    ("B", "ㅋㅋㅋㅋ 좋아"),
    ("A", "몇 시에 어디서 봐?"),
    ("B", "공연장 2시 굿즈 줄 앞에서?"),
    ("A", "ㅇㅋ 나 분홍 가방 메고 갈게"),
    ("B", "나는 응원봉 들고 있을게 ㅋㅋ"),
    ("A", "실물로 보면 어색할 듯 ㅋㅋ"),
    ("B", "ㅋㅋ 영통 한 번 미리 할래? 얼굴이라도 익히게"),
    ("A", "ㄱㄱ 오늘 저녁 9시 ㅋㅋ"),
    ("B", "ㅇㅋ 카톡 영통으로 걸게"),
    ("A", "영통할 때 엄마들끼리도 인사시킬까 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 그러자 울 엄마 좋아할 듯"),
])
conv(0, "cosplay_friends", "코스프레 친구 단톡방", ("peer", "코스프레 친구 (17)", "f"), (16, "f"), [
    ("A", "행사 당일에 어디서 갈아입을 거야?"),
    ("B", "행사장 탈의실 줄 너무 길대 ㅠ"),
    ("A", "그럼 우리 집에서 갈아입고 가자 행사장이랑 가까워"),
    ("B", "오 좋아 ㅋㅋ 너네 부모님 괜찮으셔?"),
    ("A", "ㅇㅇ 엄마가 아침 해준대 ㅋㅋ"),
    ("B", "대박 ㅋㅋ 감사하다고 전해줘"),
    ("A", "가발 고정은 내가 해줄게"),
    ("B", "나는 렌즈랑 메이크업 챙길게"),
    ("A", "그리고 사진 찍어줄 사람 구했어? 작가님들 DM 오는 거 좀 이상한 사람도 있던데"),
    ("B", "ㅇㅇ 개인 촬영 하자고 하는 사람들 다 거절함 ㅋㅋ"),
    ("A", "잘했어 ㅋㅋ 그냥 우리끼리 서로 찍어주자"),
    ("B", "ㅇㅋ 삼각대 가져갈게"),
    ("A", "9시까지 우리 집 와"),
    ("B", "ㅇㅋ 엄마가 데려다준대"),
    ("A", "(행사 당일)"),
    ("B", "나 지금 출발 ㅋㅋ 가발 박스 엄청 큼"),
    ("A", "ㅋㅋㅋ 엄마한테 엘베 앞까지 들어달라 해"),
    ("B", "도착! 문 열어줘"),
    ("A", "(행사 후)"),
    ("A", "사진 대박 잘 나옴 ㅋㅋ 단톡에 올릴게"),
    ("B", "ㅠㅠ 최고 다음 행사도 같이 가자"),
    ("A", "ㅇㅋ 다음엔 커플 코스 ㄱ"),
])
conv(0, "cosplay_event_notice", "코스프레 행사 공식 안내 채팅", ("staff", "행사 운영 스태프", "f"), (14, "f"), [
    ("B", "안녕하세요 이번 행사 코스프레 참가 문의드려요"),
    ("A", "안녕하세요! 참가자 분 나이가 어떻게 되세요?"),
    ("B", "14살이에요"),
    ("A", "만 14세 미만은 보호자 동반이고 그 이상은 보호자 동의서 제출하면 돼요"),
    ("B", "저는 생일 지나서 만 14세예요"),
    ("A", "그럼 동의서만 있으면 돼요 ㅎㅎ 홈페이지 공지사항에 양식 있어요"),
    ("B", "행사장에 사물함도 있어요?"),
    ("A", "네 유료 사물함 있어요 큰 가방은 거기 넣으시면 돼요"),
    ("B", "보호자 동의서는 현장에서 내요?"),
    ("A", "네 입장할 때 확인해요 출력해서 가져오세요"),
    ("B", "탈의실은 몇 시부터 열어요?"),
    ("A", "아침 9시부터요. 미성년자 전용 탈의 구역도 따로 있어요"),
    ("B", "오 좋네요"),
    ("A", "그리고 행사장에서 개인 촬영이나 따로 연락하자는 분 있으면 운영 부스에 바로 말해주세요"),
    ("B", "네 알겠습니다!"),
])
conv(0, "hyperbole", "반 친구 단톡방", ("peer", "같은 반 친구 (16)", "m"), (16, "m"), [
    ("A", "야 수학 시험 어땠냐"),
    ("B", "ㅋㅋㅋ 죽고 싶다아아아 진짜", [O_LONG]),
    ("B", "서술형 하나도 못 씀"),
    ("A", "ㅋㅋㅋ 나도 죽겠다 엄마한테 혼날 생각에"),
    ("B", "오늘 집 가면 사라져야 할 듯 ㅋㅋ"),
    ("A", "ㅋㅋㅋㅋ 같이 사라지자"),
    ("A", "떡볶이나 먹으러 가자 배고파 죽겠음"),
    ("B", "ㄱㄱ 학교 앞?"),
    ("A", "ㅇㅇ 4시에 정문"),
    ("B", "ㅇㅋ 근데 영어는 잘 본 듯 ㅋㅋ"),
    ("A", "배신자"),
    ("A", "ㅋㅋㅋ 떡볶이 내가 쏨 위로"),
    ("B", "ㅋㅋ 역시 친구밖에 없다"),
    ("A", "대신 다음 시험 때 영어 좀 알려줘"),
    ("B", "ㅇㅋ 거래 성립"),
])
conv(0, "hyperbole", "SNS DM", ("peer", "친구 (14)", "f"), (14, "f"), [
    ("A", "발표 어떻게 됐어??"),
    ("B", "망함.. 진짜 땅속으로 사라지고 싶었음"),
    ("B", "중간에 대본 까먹어서 3초 정적 ㅋㅋㅋ"),
    ("A", "ㅋㅋㅋㅋ 3초면 괜찮아 아무도 모름"),
    ("B", "쌤이 웃었다고 ㅠㅠ"),
    ("A", "쌤도 귀여워서 웃은 거임 ㅋㅋ"),
    ("B", "부끄러워 죽을 것 같아 ㅋㅋㅋ"),
    ("A", "내일 되면 다 까먹어 ㄱㅊ"),
    ("B", "ㅠㅠ 고마워"),
    ("A", "오늘 저녁 뭐 먹어 우리 집 오늘 떡볶이"),
    ("B", "부럽다 우리 집은 생선"),
    ("A", "ㅋㅋㅋㅋ 건강식"),
    ("B", "우리 엄마는 건강이 최고래 ㅋㅋ"),
    ("A", "ㅋㅋ 내일 급식 돈까스임 힘내"),
    ("B", "오 그거 하나로 버틴다"),
])
conv(0, "sports_club_legit", "배드민턴 클럽 개인 톡", ("staff", "배드민턴 클럽 코치", "f"), (15, "m"), [
    ("A", "오늘 레슨 수고했어 ㅎㅎ 백핸드 많이 좋아졌다"),
    ("B", "감사합니다 코치님!"),
    ("A", "다음 주부터 대회 준비반 시작하는데 너도 들어올래?"),
    ("B", "헐 저도 돼요?"),
    ("A", "응 중3까지 신청 가능해. 부모님 동의서 단톡에 올려놨어"),
    ("B", "엄마한테 보여드릴게요"),
    ("A", "다음 달 월례 대회도 있는데 나가볼래?"),
    ("B", "저 아직 실력이 ㅋㅋ"),
    ("A", "재밌게 치면 돼 ㅎㅎ"),
    ("A", "대회 날은 클럽 버스로 같이 이동하는데 보호자 한 분씩 동행하셔야 해"),
    ("B", "아빠가 가실 수 있을 거예요"),
    ("A", "좋아 ㅎㅎ 그리고 라켓 줄 끊어졌다며? 클럽에 남는 라켓 대여해줄게"),
    ("B", "감사합니다!"),
    ("A", "대여 장부에 이름 적고 가져가면 돼. 부모님께도 말씀드리고"),
    ("B", "네 ㅋㅋ"),
])
conv(0, "volunteer", "봉사활동 단톡방", ("staff", "복지관 봉사 담당자", "f"), (17, "f"), [
    ("A", "[안내] 이번 주 토요일 급식 봉사 오시는 학생분들 확인합니다"),
    ("B", "저 참여해요!"),
    ("A", "감사해요~ 몇 학년이세요? 봉사시간 인증할 때 필요해서요"),
    ("B", "고2요"),
    ("A", "네 ㅎㅎ 봉사 끝나고 활동 사진 한 장씩 찍어서 올려주세요 학교 제출용이에요"),
    ("B", "얼굴 나와야 돼요?"),
    ("A", "아니요 배식하는 모습이면 돼요 얼굴은 안 나와도 돼요"),
    ("B", "네 알겠어요"),
    ("A", "오전 10시까지 복지관 1층으로 오시고 앞치마는 저희가 드려요"),
    ("A", "복장은 편한 바지랑 운동화로 오세요"),
    ("B", "네 친구도 같이 와도 돼요?"),
    ("A", "네 친구분도 신청서 작성하면 돼요 ㅎㅎ"),
    ("B", "점심은 먹고 가나요?"),
    ("A", "네 봉사자분들도 같이 드세요 ㅎㅎ 끝나면 1시쯤이에요"),
    ("B", "좋아요 ㅎㅎ"),
])
conv(0, "photo_studio", "사진관 예약 채팅", ("employer", "증명사진관 사진사", "m"), (18, "m"), [
    ("B", "증명사진 예약하려고요"),
    ("A", "네 어떤 용도세요?"),
    ("B", "대학 원서랑 수능 원서요"),
    ("A", "고3이시구나 ㅎㅎ 토요일 오후 2시 가능해요"),
    ("B", "네 그때 갈게요"),
    ("B", "촬영 시간은 얼마나 걸려요?"),
    ("A", "20분 정도요. 마음에 안 들면 다시 찍어드려요"),
    ("B", "좋네요 ㅎㅎ"),
    ("A", "셔츠나 교복 입고 오시면 돼요. 보정은 자연스럽게 해드려요"),
    ("B", "교복 입고 가도 원서용으로 괜찮아요?"),
    ("A", "네 요즘 학생들 많이 그렇게 찍어요"),
    ("A", "파일은 촬영 끝나고 바로 카톡으로 보내드릴게요"),
    ("B", "감사합니다"),
    ("A", "엄마랑 같이 오시면 같이 보고 고르셔도 돼요 ㅎㅎ"),
    ("B", "네 엄마랑 갈게요"),
])
conv(0, "casting_official", "공식 오디션 문의 메일 답장 (메신저)", ("staff", "기획사 오디션팀", "f"), (15, "f"), [
    ("B", "안녕하세요 정기 오디션 지원 문의드립니다"),
    ("A", "안녕하세요 오디션팀입니다. 지원자분 나이가 어떻게 되세요?"),
    ("B", "중3이에요"),
    ("A", "미성년자 지원자는 보호자 동의서가 필수이고 현장 오디션은 보호자 동반이에요"),
    ("B", "프로필 사진은 어떤 걸로 내야 돼요?"),
    ("A", "정면 얼굴 사진 한 장, 평소 옷차림 전신 사진 한 장이면 됩니다. 과한 보정이나 노출 있는 사진은 받지 않아요"),
    ("B", "개인 DM으로 보내면 되나요?"),
    ("A", "아니요. 저희는 개인 DM이나 메신저로 사진을 받지 않아요. 공식 홈페이지 지원서로만 접수해요"),
    ("A", "저희 회사라며 SNS로 연락하는 사람은 사칭일 수 있으니 주의하세요"),
    ("B", "헐 저 그런 DM 받은 적 있어요"),
    ("A", "답장하지 마시고 신고해주세요. 부모님께도 꼭 알려드리고요"),
    ("B", "네 감사합니다"),
    ("A", "정기 오디션 일정은 홈페이지 공지로만 안내돼요"),
    ("B", "엄마랑 같이 볼게요"),
    ("A", "네 좋은 결과 있길 바랄게요"),
])
conv(0, "youtuber_friends", "카카오톡", ("peer", "친구 (13)", "m"), (13, "m"), [
    ("A", "우리 유튜브 채널 만들자 ㅋㅋ 마크 플레이 영상"),
    ("B", "ㄱㄱ 근데 얼굴 나와도 됨?"),
    ("A", "엄마가 얼굴은 안 된대 ㅋㅋ 목소리만"),
    ("B", "ㅇㅋ 나도 그게 나음"),
    ("A", "채널 이름 뭐로 함"),
    ("B", "블록형제 ㅋㅋㅋ"),
    ("A", "ㅋㅋㅋㅋ 오글"),
    ("B", "그럼 니가 정해"),
    ("A", "토요일에 너네 집에서 촬영 ㄱ? 너네 컴이 좋잖아"),
    ("B", "ㅇㅇ 엄마한테 물어봄"),
    ("B", "엄마가 2시부터 된대 간식도 해준대 ㅋㅋ"),
    ("A", "ㅋㅋ 개꿀 2시에 감"),
    ("A", "댓글에 이상한 사람 오면 바로 삭제하자 나이 묻고 그런 거"),
    ("B", "ㅇㅇ 댓글 필터 켜놓자"),
    ("A", "(토요일)"),
    ("A", "녹화 끝 ㅋㅋ 편집은 누가 함"),
    ("B", "내가 할게 엄마 폰에 편집 앱 있음"),
    ("A", "ㅋㅋ 썸네일은 내가"),
    ("B", "구독자 10명만 넘으면 좋겠다 ㅋㅋ"),
    ("A", "우리 반 애들만 해도 20명임 ㅋㅋㅋ"),
    ("B", "ㅋㅋ 강제 구독"),
])
conv(0, "surprise_secrecy", "반 친구 단톡방 (서프라이즈 준비방)", ("peer", "같은 반 친구 (15)", "f"), (15, "f"), [
    ("A", "반장 생일 서프라이즈 계.획 짜자", [O_SPACE]),
    ("B", "ㄱㄱ 근데 이 방 반장 절대 초대하면 안 됨 ㅋㅋ"),
    ("A", "ㅋㅋ 당연 비밀방"),
    ("A", "금요일에 반장네 집에서 하면 어때? 걔 어머니한테 이미 여쭤봄"),
    ("B", "헐 어머니가 뭐래?"),
    ("A", "좋대 ㅋㅋ 반장 학원 갔을 때 들어가 있으래"),
    ("B", "그날 반장네 부모님 계셔?"),
    ("A", "어머니 계시고 아버지는 늦게 오신대"),
    ("A", "반장한테 들키면 안 되니까 오늘 학교에서 티 내지 마 ㅋㅋ"),
    ("B", "ㅋㅋ 나 표정 관리 못하는데"),
    ("A", "그냥 입 다물고 있어 ㅋㅋㅋ"),
    ("B", "ㅇㅋ 케이크는 내가 기프티콘으로 살게"),
    ("A", "나는 풍선이랑 가랜드"),
    ("B", "다들 3시 반까지 반장네 아파트 앞 ㄱ"),
    ("A", "끝나면 이 대화방 지우자 ㅋㅋ 반장이 폰 볼 수도 있음"),
    ("B", "ㅋㅋㅋ ㅇㅋ 완벽"),
])
conv(0, "surprise_secrecy", "카카오톡", ("parent", "아빠", "m"), (12, "m"), [
    ("A", "아들 엄마 생신 선물 뭐 할까"),
    ("B", "꽃이랑 케이크?"),
    ("A", "좋다 ㅎㅎ 너는 편지 써"),
    ("B", "ㅋㅋ 알겠어"),
    ("A", "엄마한텐 비밀이다. 아빠랑 이 얘기 한 거 티 내지 마"),
    ("B", "ㅇㅋ ㅋㅋ"),
    ("A", "토요일에 엄마 요가 갔을 때 준비하자. 엄마 집에 없는 시간 10시에서 12시"),
    ("B", "케이크는 내가 찾아올까?"),
    ("A", "아빠가 데리고 갈게 같이 가자"),
    ("B", "근데 엄마가 내 폰 보면 어떡해"),
    ("A", "ㅋㅋ 이 대화 지워놔"),
    ("B", "ㅋㅋㅋ 알겠음"),
    ("A", "편지에 맞춤법 틀리지 말고 ㅋㅋ"),
    ("B", "아빠나 ㅋㅋ"),
    ("A", "ㅋㅋ 토요일에 보자"),
])
conv(0, "friend_gift", "카카오톡", ("peer", "친구 (17)", "m"), (17, "m"), [
    ("A", "생축!! 🎉"),
    ("B", "ㅋㅋ 고마워"),
    ("A", "선물로 문상 보냈다 핀번호 카톡 선물함 확인"),
    ("B", "헐 ㄱㅅㄱㅅ 게임 현질한다 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 그럴 줄 알았음"),
    ("A", "저녁에 애들이랑 치킨 먹기로 했는데 올 수 있냐"),
    ("B", "몇 시?"),
    ("A", "7시 학교 앞 치킨집"),
    ("B", "ㅇㅋ 엄마한테 말하고 감"),
    ("A", "아 그리고 짝꿍도 온대"),
    ("B", "ㅋㅋ 걔 저번에 닭다리 다 먹음"),
    ("A", "ㅋㅋㅋ 이번엔 두 마리 시킴"),
    ("A", "생일이니까 우리가 쏜다"),
    ("B", "ㅋㅋㅋ 사랑한다"),
    ("B", "ㅋㅋ 7시에 봄"),
])
conv(0, "peer_platform_move", "반 단톡방", ("peer", "반장 (15)", "m"), (15, "f"), [
    ("A", "얘들아 단톡 너무 시끄러워서 공지 묻힘 ㅠ"),
    ("A", "공지용은 여기 두고 잡담은 디코 서버로 옮기자"),
    ("B", "디코 없는 애들은?"),
    ("A", "없으면 그냥 여기서 공지만 보면 돼"),
    ("B", "ㅇㅋ 링크는 어디서 받아?"),
    ("A", "초대 코드 개인 톡으로 보낼게 외부 사람 들어오면 안 되니까"),
    ("B", "ㅇㅇ 좋아"),
    ("A", "그리고 담임쌤도 서버에 들어오신대"),
    ("B", "헐 ㅋㅋ 쌤도?"),
    ("A", "공지 채널만 보신대 ㅋㅋ"),
    ("B", "ㅇㅋ 나 들어감"),
    ("A", "규칙도 정했어 욕설 금지 외부인 초대 금지"),
    ("B", "좋다 ㅋㅋ 채널 이름은?"),
    ("A", "잡담 숙제 게임 이렇게 세 개"),
    ("B", "숙제 채널 ㅋㅋ 아무도 안 쓸 듯"),
    ("A", "ㅋㅋㅋ 시험 기간엔 쓸걸"),
])
conv(0, "family_tech_help", "가족 단톡방", ("relative", "할아버지", "m"), (16, "m"), [
    ("A", "손자야 할애비가 사진을 보내고 싶은데 안 된다"),
    ("B", "할아버지 어떤 사진이요?"),
    ("A", "텃밭에 고추 달린 거"),
    ("B", "ㅋㅋ 카톡방 아래 플러스 누르시고 앨범 누르세요"),
    ("A", "플러스가 어디 있냐"),
    ("B", "글씨 쓰는 칸 왼쪽에 더하기 모양이요"),
    ("A", "(사진)"),
    ("B", "오 됐어요 할아버지!! 고추 많이 달렸네요"),
    ("A", "허허 이제 할 줄 안다"),
    ("A", "영상통화 하는 것도 알려다오 할머니가 너 얼굴 보고 싶단다"),
    ("B", "주말에 가서 앱 깔아드리고 알려드릴게요"),
    ("A", "그래 용돈 줄 테니 꼭 와라"),
    ("B", "ㅋㅋ 네 토요일에 갈게요"),
    ("A", "할머니가 너 좋아하는 잡채 해놓는단다"),
    ("B", "헐 대박 꼭 갈게요 ㅋㅋ"),
])
conv(0, "tutor", "카카오톡", ("teacher", "수학 과외 선생님 (대학생)", "f"), (16, "f"), [
    ("A", "오늘 수업 수고했어 ㅎㅎ 숙제는 쎈 B단계 30번까지"),
    ("B", "넵 ㅠㅠ 너무 많아요"),
    ("A", "ㅋㅋ 다음 주 시험이잖아"),
    ("B", "쌤 다음 주 수업 시간 바꿔도 돼요? 학교 축제 준비 때문에"),
    ("A", "어머니께 여쭤보고 정하자. 화요일 대신 수요일 7시 어때?"),
    ("B", "엄마가 괜찮대요"),
    ("A", "그럼 수요일로 할게. 어머니께도 문자 드렸어"),
    ("B", "쌤 그리고 이 문제 사진 찍어서 보내도 돼요? 모르겠어요"),
    ("A", "응 보내 ㅎㅎ"),
    ("B", "(사진)"),
    ("A", "이건 근의 공식 쓰면 돼. 풀이 찍어서 보내줄게"),
    ("B", "오 이해했어요!!"),
    ("B", "쌤 근데 시험 범위 어디까지예요? 제가 까먹음"),
    ("A", "2단원 끝까지 ㅋㅋ 그건 학교 공지 다시 봐"),
    ("A", "잘했어 ㅎㅎ 늦었으니까 자"),
])
conv(0, "sleepover", "카카오톡", ("peer", "친구 (14)", "f"), (14, "f"), [
    ("A", "금요일에 우리 집에서 자고 갈래? 파자마 파티 ㅋㅋ"),
    ("B", "헐 완전 조아아아!!", [O_LONG]),
    ("A", "엄마가 재워줘도 된대 대신 너희 엄마한테 우리 엄마가 전화한대"),
    ("B", "ㅇㅋ 엄마한테 말해놓을게"),
    ("B", "엄마가 좋대 ㅋㅋ 대신 토요일 오전에 데리러 온대"),
    ("A", "ㅋㅋ 굿"),
    ("A", "마스크팩이랑 과자 사놓을게"),
    ("B", "나는 보드게임 가져감"),
    ("A", "옆 반 걔도 부를까?"),
    ("B", "ㅇㅇ 셋이 하자"),
    ("A", "7시에 우리 집 ㄱ 엄마가 떡볶이 해준대"),
    ("B", "미쳤다 ㅋㅋㅋ"),
    ("B", "잠옷 맞춰 입을까 ㅋㅋ"),
    ("A", "ㅋㅋ 나 곰돌이 잠옷 있음"),
    ("B", "나도 비슷한 거 있음 사진 찍자"),
    ("A", "ㅋㅋㅋ 콜"),
])
conv(0, "prevention_class", "학교 예방교육 후 질문방", ("staff", "학교전담경찰관", "m"), (13, "f"), [
    ("A", "오늘 교육 듣고 궁금한 거 있으면 여기 질문 남겨도 돼요"),
    ("B", "게임에서 모르는 사람이 선물 준다고 하면 받으면 안 돼요?"),
    ("A", "좋은 질문이에요. 선물을 주고 나서 사진이나 만남을 요구하는 경우가 많아서 조심해야 해요"),
    ("B", "영통하자고 하는 것도요?"),
    ("A", "네. 특히 다른 앱을 깔라고 하거나 비밀로 하자고 하면 바로 대화를 멈추고 어른에게 말해요"),
    ("B", "만약에 벌써 사진 보냈으면요?"),
    ("A", "절대 혼자 해결하려고 하지 말고 부모님이나 선생님께 말하고 117이나 112로 신고해요. 보낸 사람 잘못이 아니에요"),
    ("B", "돈 보내라고 하면요?"),
    ("A", "보내지 말고 대화 내용을 캡처해서 신고해요. 돈을 보내도 협박은 안 멈춰요"),
    ("B", "네 알겠습니다"),
    ("B", "신고하면 제 이름 알려져요?"),
    ("A", "신고한 사람 정보는 보호돼요. 걱정하지 마세요"),
    ("B", "감사합니다"),
    ("A", "친구가 그런 일 겪고 있으면 같이 어른한테 가주는 것도 큰 도움이에요"),
    ("A", "또 궁금한 거 있으면 언제든 여기에 남겨요"),
])
conv(0, "peer_report", "카카오톡", ("peer", "친구 (15)", "m"), (15, "m"), [
    ("B", "야 나 이상한 DM 옴"),
    ("A", "뭔데"),
    ("B", "모르는 사람이 나 몇 살이냐고 물어보고 용돈 줄 테니까 텔레로 오래"),
    ("A", "헐 그거 완전 수상한데"),
    ("B", "그치 ㅋㅋ 답장 안 함"),
    ("A", "ㅇㅇ 절대 하지 마 캡처해놓고 신고 눌러"),
    ("B", "캡처했어"),
    ("A", "그리고 차단하고 담임쌤한테도 말하자 예방교육 때 그러라고 했잖아"),
    ("B", "엄마한테도 말해야 되나"),
    ("A", "ㅇㅇ 말해 혼날 일 아님"),
    ("B", "ㅇㅋ 지금 말할게"),
    ("B", "근데 답장 안 해도 또 보내면?"),
    ("A", "그럼 계정 신고하고 DM 설정 바꿔 친구만 받게"),
    ("B", "오 그런 거 있어?"),
    ("A", "ㅇㅇ 설정에 있음 내가 알려줄게"),
    ("A", "내일 학교에서 같이 쌤한테 가자"),
])
conv(0, "word_sense", "동아리 단톡방", ("peer", "동아리 부장 (17)", "f"), (16, "f"), [
    ("A", "신입 부원 모집 조건 정리했어 봐줘"),
    ("A", "조건 1: 1학년 2: 면접 참석 3: 포트폴리오 선택"),
    ("B", "면접 조건은 너무 빡센 거 아님? ㅋㅋ"),
    ("A", "그냥 얼굴 보고 얘기하는 정도 ㅋㅋ"),
    ("B", "ㅇㅋ 그럼 면접 몇 시에 해?"),
    ("A", "다음 주 수요일 점심시간 동아리실"),
    ("B", "지원서에 사진 넣어?"),
    ("A", "ㄴㄴ 개인정보라 이름이랑 학번만"),
    ("B", "좋아 ㅋㅋ 포스터는 내가 만들게"),
    ("A", "ㄱㅅ ㅋㅋ 오늘 안에 올려줘"),
    ("A", "작년엔 지원자 너무 많아서 힘들었잖아 ㅋㅋ"),
    ("B", "ㅋㅋ 그때 면접만 3일 봄"),
    ("A", "올해는 하루에 끝내자"),
    ("B", "ㅇㅋ 질문지도 만들자"),
    ("A", "ㄱㄱ"),
])
conv(0, "word_sense", "게임 팀 단톡방", ("peer", "e스포츠 동아리 친구 (17)", "m"), (17, "m"), [
    ("A", "야 우리 대회 스폰 붙었대 ㅋㅋㅋ"),
    ("B", "ㄹㅇ? 어디서"),
    ("A", "동네 피시방 사장님이 팀 유니폼 해주신대"),
    ("B", "대박 ㅋㅋ 조건은?"),
    ("A", "유니폼에 피시방 로고 넣는 거 ㅋㅋ 그게 끝"),
    ("B", "ㅋㅋㅋ 개꿀"),
    ("A", "근데 미성년자라 학교 통해서 계약서 같은 거 쓴대 담당쌤이랑"),
    ("B", "ㅇㅇ 그게 맞지"),
    ("A", "대회 날 사진도 찍어서 피시방에 걸어준대"),
    ("B", "얼굴 나오는 거 부모님 동의 받아야 되는 거 아님?"),
    ("A", "ㅇㅇ 동의서도 같이 준대"),
    ("B", "ㅇㅋ 연습 언제 함"),
    ("A", "토요일 2시 피시방 ㄱ"),
])
conv(0, "word_sense", "가족 단톡방", ("parent", "엄마", "f"), (13, "f"), [
    ("A", "여름휴가 숙소 알아보는데 바닷가 쪽은 다 찼네"),
    ("B", "헐 그럼 어떡해"),
    ("A", "모텔밖에 없대 ㅋㅋ 하루는 모텔에서 자고 다음날 펜션 가자"),
    ("B", "ㅇㅋ 수영장 있어?"),
    ("A", "펜션에 있어 ㅎㅎ 수영복 작아졌지? 새로 사줄게"),
    ("B", "ㅋㅋ 작년 거 안 맞아"),
    ("A", "온라인으로 골라서 보내봐"),
    ("B", "(캡처)"),
    ("A", "이거 예쁘네 주문할게"),
    ("B", "아빠도 가?"),
    ("A", "그럼 ㅋㅋ 아빠가 운전"),
    ("B", "나 바다에서 바나나보트 타고 싶어"),
    ("A", "ㅋㅋ 아빠랑 타 엄마는 사진 찍어줄게"),
    ("B", "ㅋㅋㅋ 영상으로 찍어줘"),
    ("A", "그래 ㅎㅎ 짐은 전날 싸놔"),
])
conv(0, "church_retreat", "교회 중등부 단톡방", ("teacher", "중등부 담당 전도사", "m"), (14, "m"), [
    ("A", "[공지] 여름 수련회 2박 3일! 신청서랑 부모님 동의서 이번 주까지"),
    ("B", "전도사님 저 친구 데려가도 돼요?"),
    ("A", "물론이지 ㅎㅎ 친구 몇 학년이야?"),
    ("B", "중2요 같은 반이에요"),
    ("A", "그럼 중등부 같이 가면 되겠다. 친구도 부모님 동의서 꼭 받아 와야 돼"),
    ("B", "넵 회비는 얼마예요?"),
    ("A", "12만 원인데 친구 처음 오면 교회에서 반 지원해줘"),
    ("B", "오 감사합니다"),
    ("A", "숙소는 학년별 남녀 따로고 선생님들이 방마다 같이 자"),
    ("B", "휴대폰은요?"),
    ("A", "저녁 집회 때만 걷어 ㅋㅋ 부모님 연락은 언제든 가능"),
    ("B", "ㅋㅋ 넵"),
    ("A", "출발은 금요일 아침 8시 교회 앞! 늦으면 두고 간다 ㅋㅋ"),
])
conv(0, "school_counsellor", "위클래스 상담 메신저", ("counsellor", "학교 전문상담교사", "f"), (17, "m"), [
    ("B", "선생님 상담 예약하고 싶어요"),
    ("A", "그래 ㅎㅎ 언제가 편해?"),
    ("B", "점심시간이요 요즘 잠을 못 자서요"),
    ("A", "그랬구나.. 많이 힘들었겠다. 내일 점심 12시 반 위클래스로 와"),
    ("B", "네"),
    ("A", "혹시 지금 급하게 이야기하고 싶은 건 없어?"),
    ("B", "괜찮아요 그냥 진로 때문에 머리가 복잡해요"),
    ("A", "고2면 그럴 때야. 내일 같이 천천히 정리해보자"),
    ("A", "담임선생님께는 네가 원할 때만 얘기할게. 걱정하지 마"),
    ("B", "감사합니다"),
    ("B", "선생님 근데 상담한 거 애들이 알아요?"),
    ("A", "아니 상담실 예약은 선생님만 봐. 편하게 와"),
    ("B", "네 ㅎㅎ"),
    ("A", "오늘은 폰 좀 일찍 내려놓고 자 ㅎㅎ"),
])
conv(0, "family_delivery", "카카오톡", ("parent", "엄마", "f"), (17, "f"), [
    ("A", "기숙사 주소 다시 알려줘 반찬 택배 보내게"),
    ("B", "학교 주소에 기숙사 동이랑 호실 쓰면 돼"),
    ("A", "몇 동 몇 호였지"),
    ("B", "2동 305호 ㅋㅋ 엄마 저번에도 물어봄"),
    ("A", "ㅋㅋ 나이 먹어서 그래"),
    ("A", "김치랑 장조림이랑 과일 넣을게"),
    ("B", "과일은 룸메랑 나눠 먹을게 ㅎㅎ"),
    ("A", "그래 룸메한테도 안부 전해"),
    ("A", "주말에 아빠가 데리러 간대 금요일 5시에 정문"),
    ("B", "ㅇㅋ 짐 싸놓을게"),
    ("B", "엄마 나 이번에 수행 A 받았어"),
    ("A", "오 잘했네 ㅎㅎ 주말에 맛있는 거 먹자"),
    ("B", "ㅋㅋ 삼겹살"),
    ("A", "잘 먹고 다니는지 사진 좀 보내 밥 먹을 때"),
    ("B", "ㅋㅋㅋ 알겠어"),
])
conv(0, "school_penpal", "학교 국제교류 펜팔 (선생님 관리 게시판)", ("teacher", "국제교류 담당 선생님", "f"), (14, "f"), [
    ("A", "펜팔 친구한테 첫 편지 다 썼니?"),
    ("B", "네 선생님 ㅎㅎ 근데 사진도 같이 보내도 돼요?"),
    ("A", "학교 활동 사진 정도는 괜찮아. 얼굴 크게 나온 사진이나 집 주소는 보내지 않는 게 규칙이야"),
    ("B", "아 그렇구나"),
    ("A", "답장은 모두 이 게시판으로 오고 선생님이 먼저 확인해"),
    ("B", "상대방도 중2예요?"),
    ("A", "응 그쪽 학교 8학년이니까 비슷해 ㅎㅎ"),
    ("B", "개인 메신저 아이디 물어보면요?"),
    ("A", "교류 기간에는 게시판으로만 하기로 했어. 그런 요청 오면 선생님한테 알려줘"),
    ("B", "네!"),
    ("B", "그쪽은 몇 시예요? 시차가 있어요?"),
    ("A", "응 8시간 느려. 편지는 일주일에 한 번 정리해서 보낼 거야"),
    ("B", "오 ㅎㅎ 알겠습니다"),
    ("A", "편지에 좋아하는 음식이랑 학교 얘기 쓰면 좋아할 거야"),
])
conv(0, "metaverse_friends", "메타버스 앱", ("peer", "같은 반 친구 (12)", "f"), (12, "f"), [
    ("A", "야 나 이 월드에 있어 들어와"),
    ("B", "ㅇㅋ 들어감"),
    ("A", "너 아바타 머리 바꿨네 ㅋㅋ"),
    ("B", "ㅋㅋ 이벤트 템"),
    ("A", "내가 원피스 선물해줄게 젬 남음"),
    ("B", "헐 진짜? 고마워 ㅠㅠ 나도 담에 선물해줄게"),
    ("A", "ㅋㅋ 사진 찍자 포토부스 ㄱ"),
    ("B", "(포토부스)"),
    ("A", "잘 나왔다 ㅋㅋ 프사 해야지"),
    ("B", "근데 아까 모르는 사람이 자꾸 말 걸었어 몇 살이냐고"),
    ("A", "헐 차단해 ㅋㅋ 모르는 사람 방은 들어가지 마"),
    ("B", "ㅇㅇ 차단함"),
    ("A", "내일 학교에서 봐"),
])
conv(0, "metaverse_class", "메타버스 수업 공간", ("teacher", "담임 선생님", "m"), (13, "m"), [
    ("A", "모두 입장했나요? 출석 부를게요"),
    ("B", "저 왔어요!"),
    ("A", "좋아요 ㅎㅎ 오늘은 모둠별로 방 나눠서 발표 준비해요"),
    ("A", "모둠 방 입장 코드는 채팅창에 올릴게요. 다른 반 학생은 못 들어와요"),
    ("B", "선생님 방에 모르는 사람 들어오면 어떡해요?"),
    ("A", "바로 선생님 부르고 강퇴 버튼 누르면 돼요"),
    ("B", "네"),
    ("A", "발표 자료에 사진 넣을 때는 친구 얼굴 나온 사진은 허락 받고 넣어요"),
    ("B", "우리 모둠 사진 찍어도 돼요?"),
    ("A", "아바타 단체 사진은 괜찮아요 ㅎㅎ"),
    ("B", "ㅋㅋ 넵"),
    ("B", "선생님 발표 몇 분이에요?"),
    ("A", "모둠당 5분 안으로 해요"),
    ("B", "넵 ㅋㅋ"),
    ("A", "30분 뒤에 다시 광장으로 모여요"),
])
conv(0, "webtoon_fans", "웹툰 댓글 → SNS DM", ("peer", "웹툰 덕질 친구 (15)", "f"), (15, "f"), [
    ("A", "베댓 너지? ㅋㅋ 완전 공감했어"),
    ("B", "ㅋㅋㅋ 맞아 나야"),
    ("A", "이번 화 진짜 미쳤지 않아? 남주 드디어 고백함"),
    ("B", "ㅠㅠㅠ 나 새벽에 보고 소리 지름"),
    ("A", "ㅋㅋㅋㅋ 나도"),
    ("A", "너 팬아트 그린 거 봤어 그림 진짜 잘 그린다"),
    ("B", "헐 고마워 ㅠ 너는 안 그려?"),
    ("A", "나는 글 써 ㅋㅋ 팬픽"),
    ("B", "오 보여줘"),
    ("A", "부끄러운데 ㅋㅋ 링크는 못 보내고 작가 이름 알려줄게 검색해봐"),
    ("B", "ㅇㅋ 찾음 ㅋㅋ 재밌다"),
    ("A", "우리 합작할래? 내 팬픽에 니가 표지 그려주기"),
    ("B", "완전 좋아!! 몇 살이야? 나 중3"),
    ("A", "나도 중3 ㅋㅋ 동갑이네"),
    ("B", "ㅋㅋ 반가워 반말 ㄱ"),
    ("A", "원래 반말이었음 ㅋㅋㅋ"),
    ("A", "(며칠 후)"),
    ("B", "표지 스케치 해봤어 (사진)"),
    ("A", "헐 대박 ㅠㅠ 완전 내 상상 그대로"),
    ("B", "ㅋㅋ 채색하면 더 예쁠 듯"),
    ("A", "올릴 때 네 닉 크게 넣을게 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 좋아 다음 화 나오면 또 얘기하자"),
])
conv(0, "webtoon_contest", "웹툰 공모전 문의 채팅", ("staff", "공모전 운영 사무국", "f"), (13, "m"), [
    ("B", "안녕하세요 청소년 웹툰 공모전 참가하고 싶어요"),
    ("A", "안녕하세요! 참가 부문이 중등부인가요? 학년 알려주세요"),
    ("B", "중1이에요"),
    ("A", "중등부 맞아요 ㅎㅎ 만 14세 미만이라 법정대리인 동의서가 필요해요"),
    ("B", "엄마가 써주시면 되죠?"),
    ("A", "네 양식에 서명해서 접수 페이지에 같이 올려주세요"),
    ("B", "작품은 몇 컷이에요?"),
    ("A", "세로 스크롤 20컷 이내예요. 주제는 우리 동네"),
    ("B", "상금도 있어요?"),
    ("A", "네 대상은 문화상품권 30만 원이랑 상장이에요"),
    ("B", "와 열심히 할게요!"),
    ("B", "그림 처음 올리는데 떨려요 ㅋㅋ"),
    ("A", "ㅎㅎ 작년 수상작 보면 분위기 알 수 있을 거예요"),
    ("A", "수상하면 시상식은 보호자랑 같이 오시면 돼요 ㅎㅎ 응원할게요"),
])
conv(0, "game_guild_peer", "모바일 게임 길드 채팅 → 카카오톡", ("peer", "같은 학교 길드원 (16)", "m"), (16, "m"), [
    ("A", "야 너 우리 학교였냐 ㅋㅋ 프로필 보니까 교복 같던데"),
    ("B", "ㅋㅋㅋ 헐 너도? 몇 반?"),
    ("A", "1학년 5반 너는"),
    ("B", "7반 ㅋㅋ 세상 좁다"),
    ("A", "ㅋㅋㅋ 길드 애들한테 말하지 말자 학교까지 알면 부끄러움"),
    ("B", "ㅇㅈ ㅋㅋ"),
    ("A", "내일 끝나고 피시방 ㄱ? 레이드 같이 뛰자"),
    ("B", "ㄱㄱ 몇 시"),
    ("A", "4시 정문 앞"),
    ("B", "ㅇㅋ 근데 나 6시까진 집 가야 됨"),
    ("A", "ㅇㅇ 나도 학원"),
    ("A", "아 그리고 길마님이 너 장비 맞춰준다던데 받아"),
    ("B", "길마님 대학생이지? 착하던데"),
    ("A", "ㅇㅇ 근데 그 형은 개인적으로 연락하거나 그런 건 절대 안 함 ㅋㅋ 길드 규칙"),
    ("B", "ㅋㅋ 그게 좋지"),
])
conv(0, "game_guild_protective", "PC 게임 길드 디스코드", ("adult_stranger", "성인 길드장", "m"), (14, "f"), [
    ("A", "신규 길드원 환영합니다 ㅎㅎ 길드 규칙 공지 읽어주세요"),
    ("B", "넵 읽었어요!"),
    ("A", "혹시 미성년자면 말해줘요 규칙이 조금 달라서"),
    ("B", "저 중2예요"),
    ("A", "ㅇㅋ 미성년 길드원은 밤 10시 이후 보이스 채널 참여 금지고 1:1 보이스나 개인 메시지는 길드원끼리 안 해요"),
    ("B", "헐 엄격하네요 ㅋㅋ"),
    ("A", "예전에 다른 길드에서 이상한 일이 있어서요. 누가 개인적으로 선물 준다거나 사진 달라고 하면 바로 운영진한테 말해요"),
    ("B", "네 알겠어요"),
    ("A", "레이드는 주말 오후 2시에 단체로 해요"),
    ("B", "오 저 주말엔 가능해요"),
    ("A", "좋아요 ㅎㅎ 장비는 길드 창고에서 가져가면 돼요 다들 쓰는 공용이에요"),
    ("B", "감사합니다!"),
    ("A", "부모님이 게임 시간 정해주셨으면 그거 먼저 지키고요 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 넵"),
])
conv(0, "counsellor_prevention", "학교 정보보호 동아리 단톡방", ("teacher", "동아리 지도 선생님", "f"), (16, "f"), [
    ("A", "캠페인 퀴즈 문제 초안 올려볼게요"),
    ("A", "1번: 게임에서 만난 사람이 영상통화 화질이 안 좋다며 다른 앱을 깔라고 한다. 어떻게 할까?"),
    ("B", "정답: 깔지 않고 대화 중단, 보호자에게 알리기"),
    ("A", "좋아요 ㅎㅎ 2번: 모르는 어른이 용돈 줄 테니 만나자고 한다"),
    ("B", "정답: 답하지 말고 캡처 후 신고! 112나 117"),
    ("A", "3번: 친구가 누가 사진 안 보내면 뿌린다고 협박한대요. 친구한테 뭐라고 할까?"),
    ("B", "네 잘못 아니야, 같이 어른한테 말하자"),
    ("A", "완벽해요 ㅎㅎ 이 문장 포스터에 크게 넣자"),
    ("B", "선생님 4번은 가출 관련으로 할까요? 재워준다는 사람 조심하기"),
    ("A", "좋아요. 1388이랑 청소년쉼터 안내도 같이 넣어요"),
    ("B", "디자인은 제가 할게요"),
    ("B", "선생님 상품은 뭐 줘요? ㅋㅋ"),
    ("A", "정답자한테 간식 ㅎㅎ 예산은 학교에서"),
    ("B", "사탕 말고 젤리로 해요 ㅋㅋ"),
    ("A", "ㅋㅋ 알겠어요"),
    ("A", "다음 주 금요일 점심시간에 부스 운영해요. 다들 수고했어요"),
])
conv(0, "news_discussion", "반 친구 단톡방", ("peer", "같은 반 친구 (18)", "m"), (18, "f"), [
    ("A", "딥페이크 뉴스 봤냐 학생들 사진으로 합성한 거"),
    ("B", "ㅇㅇ 진짜 역겨워 우리 학교는 아니겠지"),
    ("A", "다른 학교에서 터졌대 프사 사진 가져다 썼대"),
    ("B", "헐 나 프사 내려야겠다"),
    ("A", "나도 내림 ㅋㅋ 인스타도 비공개로 바꿈"),
    ("B", "근데 피해자들은 어떡해 ㅠ"),
    ("A", "뉴스에서 117이나 디지털성범죄피해자지원센터에서 삭제 지원해준대"),
    ("B", "다행이다.. 협박하는 사람도 있대?"),
    ("A", "ㅇㅇ 돈 보내면 지워준다 하는데 절대 보내면 안 된대 계속 요구함"),
    ("B", "반 단톡에 공지로 올리자 다들 프사 조심하라고"),
    ("A", "ㅇㅋ 내가 올릴게"),
    ("B", "그리고 누가 당하면 놀리지 말고 도와주자고도 써줘"),
    ("A", "ㅇㅇ 당연하지"),
])
conv(0, "runaway_support", "청소년쉼터 메신저", ("staff", "청소년쉼터 생활지도 선생님", "f"), (16, "f"), [
    ("A", "오늘 외출은 몇 시까지야?"),
    ("B", "친구랑 도서관 갔다가 6시까지 갈게요"),
    ("A", "그래 ㅎㅎ 저녁은 쉼터에서 먹자 오늘 카레야"),
    ("B", "오 좋아요"),
    ("A", "어제 말한 집에 연락하는 거 생각해봤어?"),
    ("B", "아직 엄마랑 통화는 좀 무서워요"),
    ("A", "괜찮아. 네가 준비됐을 때 해도 돼. 선생님이 옆에 있어줄게"),
    ("B", "감사해요"),
    ("A", "그리고 인터넷에서 재워준다, 용돈 준다 하는 사람 연락 오면 꼭 말해줘"),
    ("B", "네 그런 거 안 해요 ㅋㅋ"),
    ("A", "ㅎㅎ 알지. 검정고시 학원 상담은 목요일 4시로 잡았어"),
    ("B", "네 같이 가주시는 거죠?"),
    ("A", "응 같이 가자"),
])
conv(0, "job_employer", "구인 앱 채팅", ("employer", "학원 전단 배포 아르바이트 담당자", "m"), (17, "m"), [
    ("B", "전단지 알바 공고 보고 연락드려요"),
    ("A", "네 안녕하세요. 학생이세요? 나이 확인 부탁드려요"),
    ("B", "고2 17살이요"),
    ("A", "가능해요. 근무 조건은 토요일 오전 3시간, 시급은 만 원이에요"),
    ("B", "현금으로 주세요?"),
    ("A", "아니요 본인 계좌로 보내드려요. 근로계약서 쓰고 부모님 동의서 필요해요"),
    ("B", "부모님 동의서는 어디서 받아요?"),
    ("A", "양식 파일 보내드릴게요. 부모님 서명 받아서 첫날 가져오세요"),
    ("B", "네 어디로 가면 돼요?"),
    ("A", "학원 1층 로비에서 토요일 9시 50분까지 오세요. 조끼 드려요"),
    ("B", "비 오면요?"),
    ("A", "비 오면 취소고 전날 문자 드려요"),
    ("B", "네 알겠습니다"),
])
conv(0, "family_allowance", "카카오톡", ("parent", "아빠", "m"), (17, "m"), [
    ("A", "이번 달 용돈 보냈다"),
    ("B", "오 감사합니다!"),
    ("A", "근데 교통카드 충전은 따로 해줄 테니까 그건 쓰지 마"),
    ("B", "넵"),
    ("A", "그리고 모르는 사람이 계좌 빌려달라거나 용돈 준다고 연락 오면 무조건 무시해"),
    ("B", "ㅋㅋ 알아 뉴스에 나오는 거"),
    ("A", "그래 요즘 고등학생들 통장 빌려주다가 범죄자 된대"),
    ("B", "ㅇㅋ 절대 안 함"),
    ("A", "주말에 아빠가 운동화 사줄게 엄마한텐 비밀이다 ㅋㅋ 엄마가 저번에 사줬다고 또 사주냐 할 거야"),
    ("B", "ㅋㅋㅋ 비밀"),
    ("B", "아빠 그럼 나 사이즈 280"),
    ("A", "발 또 컸냐 ㅋㅋ"),
    ("B", "ㅋㅋ 성장기"),
    ("A", "토요일 3시에 아울렛 가자"),
    ("B", "좋아!"),
])
conv(0, "grandparent_photo", "가족 단톡방", ("relative", "할머니", "f"), (13, "f"), [
    ("A", "우리 손녀 중학교 입학 축하한다"),
    ("B", "할머니 감사해요!!"),
    ("A", "교복 입은 사진 좀 보내봐라 할머니가 보고 싶다"),
    ("B", "엄마가 찍어준 거 보낼게요"),
    ("B", "(사진)"),
    ("A", "아이고 예쁘다 다 컸네 다 컸어"),
    ("A", "할아버지한테도 보여줬다 웃고 계신다"),
    ("B", "ㅋㅋㅋ 할아버지 안녕하세요"),
    ("A", "입학 축하금 엄마 통장으로 부쳤다 맛있는 거 사먹어라"),
    ("B", "감사합니다 할머니 ㅠㅠ"),
    ("A", "여름방학에 시골 내려오면 할머니가 닭백숙 해줄게"),
    ("B", "꼭 갈게요!!"),
    ("A", "영상통화도 자주 하자 할머니 이제 할 줄 안다"),
    ("B", "ㅋㅋㅋ 할머니 최고"),
])
conv(0, "club_roster", "반 단톡방", ("peer", "반장 (17)", "f"), (17, "m"), [
    ("A", "수학여행 여행자 보험 때문에 생년월일 받아야 된대 ㅠ"),
    ("A", "개인 톡으로 이름이랑 생년월일 보내줘 단톡에 쓰지 말고"),
    ("B", "(개인 톡) 나 09년 3월생"),
    ("A", "ㅇㅋ 고마워 ㅋㅋ 너 빠른이었어?"),
    ("B", "ㄴㄴ 그냥 09년생 ㅋㅋ"),
    ("A", "ㅇㅋ 적었어"),
    ("A", "그리고 방 배정 희망 인원도 받는데 4명씩"),
    ("B", "나 축구부 애들 세 명이랑"),
    ("A", "ㅇㅋ 쌤한테 넘길게"),
    ("B", "수학여행 때 폰 걷어?"),
    ("A", "밤 11시에 걷는대 ㅋㅋ"),
    ("B", "아 ㅋㅋㅋ"),
    ("A", "부모님 동의서 금요일까지 꼭 내라"),
])
conv(0, "school_trip", "수학여행 조 단톡방", ("peer", "같은 조 친구 (14)", "f"), (14, "f"), [
    ("A", "자유시간에 어디 갈래?"),
    ("B", "시장 가서 먹방 ㄱ ㅋㅋ"),
    ("A", "ㅋㅋㅋ 찬성"),
    ("A", "근데 자유시간 몇 시까지야?"),
    ("B", "4시까지 버스 주차장 집합"),
    ("A", "ㅇㅋ 쌤이 조별로 사진 찍어서 올리래"),
    ("B", "인증샷? ㅋㅋ 조끼리 다 나오게?"),
    ("A", "ㅇㅇ 시장 입구에서 찍자"),
    ("B", "그리고 숙소에서 밤에 몰래 라면 먹을까 ㅋㅋ"),
    ("A", "ㅋㅋㅋ 쌤한테 걸리면 죽음"),
    ("B", "비밀 작전 ㅋㅋ"),
    ("A", "ㅋㅋ 근데 나 컵라면 챙겨감"),
    ("B", "역시 ㅋㅋㅋ"),
    ("A", "내일 아침 7시 반 학교 운동장 늦지 마"),
    ("B", "엄마가 태워준대 ㅋㅋ"),
])
conv(0, "family_pickup", "카카오톡", ("relative", "오빠 (대학생)", "m"), (15, "f"), [
    ("B", "오빠 어디야"),
    ("A", "집 왜"),
    ("B", "독서실 끝났는데 골목이 너무 어두워 ㅠ"),
    ("A", "지금 데리러 갈게 독서실 건물 1층에 있어"),
    ("B", "ㅠㅠ 고마워"),
    ("A", "밖에 나와 있지 말고 안에 있어"),
    ("B", "ㅇㅋ"),
    ("A", "엄마가 편의점에서 우유 사 오래 같이 가자"),
    ("B", "나 아이스크림 ㅋㅋ"),
    ("A", "ㅋㅋ 니 돈으로"),
    ("B", "치사해"),
    ("A", "도착 1층 문 앞"),
    ("B", "나감"),
])
conv(0, "family_photo_medical", "카카오톡", ("parent", "엄마", "f"), (16, "m"), [
    ("A", "팔에 난 거 좀 나았어?"),
    ("B", "아직 빨개 ㅠ 좀 가려움"),
    ("A", "피부과 선생님이 사진 찍어서 보내라고 했어 비대면 진료 앱에 올리게"),
    ("B", "팔만 찍으면 돼?"),
    ("A", "응 밝은 데서 가까이 한 장 멀리서 한 장"),
    ("B", "(사진)"),
    ("B", "(사진)"),
    ("A", "고마워 ㅎㅎ 올렸어 약 처방 나오면 엄마가 퇴근하면서 받아 갈게"),
    ("B", "ㅇㅋ 근데 나 내일 체육 해도 돼?"),
    ("A", "선생님한테 물어볼게. 긁지 말고"),
    ("B", "넹"),
    ("A", "저녁은 냉장고에 카레 있어 데워 먹어"),
    ("B", "ㅇㅋ"),
])
conv(0, "lost_phone", "친구 폰 (빌린 폰으로 카톡)", ("peer", "친구 (13)", "m"), (13, "m"), [
    ("A", "야 나 폰 잃어버림 ㅠㅠ 이거 동생 폰임"),
    ("B", "헐 어디서"),
    ("A", "버스에서 두고 내린 듯"),
    ("B", "위치 찾기 앱 깔려 있어? 구글 계정 로그인하면 위치 나옴"),
    ("A", "엄마 계정으로 해놨던 것 같아"),
    ("B", "그럼 엄마한테 말해서 찾아봐"),
    ("A", "혼날 것 같아서 ㅠ"),
    ("B", "그래도 말해야지 ㅋㅋ 누가 주워서 카톡 보면 어떡함"),
    ("A", "ㅇㅈ.. 비번은 걸려 있음"),
    ("A", "(30분 후)"),
    ("A", "찾음!!! 버스 회사에 있대"),
    ("B", "ㅋㅋㅋ 다행이다"),
    ("A", "엄마가 데리러 같이 가준대 혼은 났음 ㅋㅋ"),
    ("B", "ㅋㅋㅋ 수고"),
])
conv(0, "teen_dating", "카카오톡", ("peer", "여자친구 (17)", "f"), (17, "m"), [
    ("A", "우리 내일 100일인 거 알지? ㅋㅋ"),
    ("B", "당연하지 ㅋㅋ 서프라이즈 준비함"),
    ("A", "뭔데 뭔데"),
    ("B", "비밀 ㅋㅋ"),
    ("A", "아 궁금해"),
    ("B", "내일 학교 끝나고 5시에 공원 분수대 앞"),
    ("A", "ㅇㅋ ㅋㅋ 나도 선물 있음"),
    ("B", "ㅋㅋㅋ 기대할게"),
    ("A", "근데 너네 부모님은 우리 사귀는 거 아셔?"),
    ("B", "ㅇㅇ 엄마가 100일 케이크 사주래 ㅋㅋ 너 데리고 오래"),
    ("A", "헐 부끄러워 ㅋㅋㅋ"),
    ("B", "ㅋㅋ 주말에 우리 집 와서 밥 먹자 엄마가 너 보고 싶대"),
    ("A", "알겠어 ㅋㅋ 뭐 사 가지"),
    ("B", "아무것도 안 사 와도 돼 ㅋㅋ"),
    ("A", "(다음날)"),
    ("A", "나 분수대 도착"),
    ("B", "뒤 돌아봐 ㅋㅋ"),
    ("A", "ㅋㅋㅋㅋ 꽃이야?"),
    ("B", "ㅋㅋ 100일 축하해"),
    ("A", "나는 커플 팔찌 ㅋㅋ"),
    ("B", "헐 예쁘다 사진 찍자"),
])
conv(0, "tutor_volunteer", "복지관 멘토링 단톡방", ("teacher", "대학생 멘토 (복지관 프로그램)", "f"), (14, "f"), [
    ("A", "멘토링 첫 시간 반가웠어요 ㅎㅎ 이 방은 복지관 선생님도 같이 있는 방이에요"),
    ("B", "네 저도 반가웠어요!"),
    ("A", "다음 주 화요일 4시 복지관 2층 공부방에서 해요"),
    ("B", "넵"),
    ("A", "중2 영어 교과서 몇 단원 하는지 알려줄래요?"),
    ("B", "4단원이요"),
    ("A", "좋아요 그거 맞춰서 프린트 준비할게요"),
    ("B", "감사합니다 ㅎㅎ"),
    ("A", "숙제는 단어 20개 외우기! 사진 찍어서 올리지 않아도 되고 수업 때 확인할게요"),
    ("B", "ㅋㅋ 넵"),
    ("A", "혹시 좋아하는 과목 있어요?"),
    ("B", "미술이요 ㅎㅎ"),
    ("A", "오 저도 미술 좋아해요 쉬는 시간에 그림 얘기해요"),
    ("A", "어머니께서 상담 원하시면 복지관 선생님 통해서 연락 주세요"),
    ("B", "네 전할게요"),
])
conv(0, "peer_platform_move", "SNS DM (팬 계정)", ("peer", "팬 계정 친구 (16)", "f"), (16, "f"), [
    ("A", "우리 DM 너무 길어져서 카톡으로 옮길래? ㅋㅋ"),
    ("B", "ㄱㄱ 근데 너 진짜 고1 맞지? ㅋㅋ 혹시 몰라서"),
    ("A", "ㅋㅋㅋ 의심 좋아 학생증 가리고 보여줄까"),
    ("B", "ㅋㅋㅋ 아니 그냥 영통 잠깐 하자 얼굴 보면 알지"),
    ("A", "ㅇㅋ (영상통화)"),
    ("B", "ㅋㅋㅋ 진짜 고딩이네 교복 입고 있음"),
    ("A", "ㅋㅋ 방금 학교 끝남"),
    ("B", "ㅇㅋ 카톡 아이디는 우리 같은 팬방 공지에 있는 걸로 찾을게"),
    ("A", "ㅇㅇ 거기 닉 똑같아"),
    ("B", "찾았다 ㅋㅋ 추가함"),
    ("A", "이번 주말 팝업 같이 갈래?"),
    ("B", "엄마한테 물어볼게 ㅋㅋ 처음 만나는 거니까 엄마가 근처에 있을 수도 있음"),
    ("A", "ㅋㅋ 울 엄마도 그럴 듯 ㄱㅊ"),
    ("B", "(주말)"),
    ("B", "나 팝업 입구 도착 ㅋㅋ 엄마는 옆 카페"),
    ("A", "나도 ㅋㅋ 울 엄마도 거기 카페 간대"),
    ("B", "ㅋㅋㅋ 엄마들끼리 친해질 듯"),
    ("A", "굿즈 줄 벌써 길다 빨리 와"),
    ("B", "뛰어감 ㅋㅋ"),
])
conv(0, "classmates_meetup", "친구 단톡방", ("peer", "친구 (16)", "m"), (16, "m"), [
    ("A", "토요일 짝꿍 생일 노래방 ㄱㄱ"),
    ("B", "몇 시에?"),
    ("A", "3시 역 앞 코노"),
    ("B", "ㅇㅋ 선물은?"),
    ("A", "다 같이 만 원씩 모아서 무선 이어폰 사자"),
    ("B", "ㅇㅋ 계좌로 보낼게 누구한테?"),
    ("A", "나한테 ㅋㅋ 카톡 송금"),
    ("B", "보냄"),
    ("A", "ㅇㅋ 확인"),
    ("A", "걔한텐 비밀이다 ㅋㅋ 그냥 노래방만 간다고 했음"),
    ("B", "ㅋㅋ ㅇㅋ"),
    ("A", "끝나고 떡볶이도 먹자"),
    ("B", "나 6시까지 집 가야 됨 엄마가 저녁 같이 먹재"),
    ("A", "ㄱㅊ 그 전에 끝날 듯"),
])
conv(0, "friend_gift", "게임 채팅 + 카카오톡", ("peer", "친구 (12)", "m"), (12, "m"), [
    ("A", "야 너 생일이지? 게임 접속해봐"),
    ("B", "왜 ㅋㅋ"),
    ("A", "선물함 확인 ㄱ"),
    ("B", "헐 스킨 ㅋㅋㅋㅋ 이거 비싼 거잖아"),
    ("A", "ㅋㅋ 세뱃돈 남은 걸로 삼"),
    ("B", "ㄱㅅㄱㅅ 담에 너 생일 때 나도 사줌"),
    ("A", "ㅋㅋ 엄마가 친구 선물은 사도 된대"),
    ("B", "우리 엄마는 현질 금지라 ㅠ 문상으로 사야 됨"),
    ("A", "ㅋㅋㅋ"),
    ("A", "오늘 놀이터 ㄱ? 5시"),
    ("B", "숙제 끝나면 ㄱ"),
    ("A", "ㅇㅋ 공 가져와"),
    ("B", "ㅋㅋ 이번엔 안 뺏김 내 공"),
    ("A", "ㅋㅋㅋ 지난번엔 형들이 뺏어감"),
])
conv(0, "counsellor_prevention", "카카오톡", ("parent", "엄마", "f"), (15, "f"), [
    ("A", "딸 요즘 랜덤채팅 앱 같은 거 써?"),
    ("B", "아니? 왜 갑자기"),
    ("A", "학교에서 가정통신문 왔어 랜덤채팅으로 중학생들한테 접근하는 사람 많대"),
    ("B", "아 그거 학교에서도 교육했어"),
    ("A", "그래? 뭐라고 했어?"),
    ("B", "나이 묻고 칭찬하고 선물 주다가 사진 달라고 하거나 만나자고 한대"),
    ("B", "그리고 비밀로 하자고 하는 게 제일 위험한 거래"),
    ("A", "맞아 ㅎㅎ 엄마보다 잘 아네"),
    ("A", "혹시 그런 사람 만나면 혼내지 않을 테니까 꼭 말해줘"),
    ("B", "응 알겠어"),
    ("A", "친구가 그런 일 있어도 말해주고"),
    ("B", "ㅇㅇ 근데 엄마 나 폰 검사하는 거 아니지? ㅋㅋ"),
    ("A", "ㅋㅋ 안 해 너 믿어"),
    ("B", "ㅋㅋㅋ 고마워"),
    ("A", "저녁에 떡볶이 먹을까?"),
    ("B", "좋아!!"),
])

# ---------------------------------------------------------------------------------------------
# Posts: solicitation posts and ads (label 1), then hard negatives (label 0)
# ---------------------------------------------------------------------------------------------
post(1, "ㅈㄱ 구해요 중고딩만 ㅋㅋ 시간 맞춰드림 쪽지", [AGE, MONEY, PLAT], "condition_offer")
post(1, "조/건 하실 분 17 여 오늘 저녁 역 근처 가능 🙏", [AGE, MONEY, MEET], "condition_self", ["spacing_symbols"])
post(1, "0ㅑ한 얘기 할 동생 구함 나이 적어서 귓말", [AGE, SEX, PLAT], "sexual_chat", ["latin_digits_lookalike"])
post(1, "whrjs rkdmd 15 남 용돈 필요해요 디엠", [AGE, MONEY, PLAT], "condition_self", ["english_keyboard"])
post(1, "조💕건 환영 교복 그대로 오면 더 챙겨줌 텔레 연락", [AGE, MONEY, PLAT], "condition_offer", ["emoji_insertion"])
post(1, "가출한 동생들 재워줌 밥 무료 여자만 ㅎㅎ 나이 상관 x", [AGE, SHELTER], "helper_offer")
post(1, "헬퍼 구해요ㅠ 16살 여 집 나온 지 이틀 오늘 잘 곳 없어요", [AGE, SHELTER], "helper_seek")
post(1, "ㅎㅍ 구함 경기 남쪽 15 남 며칠만 재워주세요 연락 주세요", [AGE, SHELTER], "helper_seek")
post(1, "고액 알바 미성년 가능 얼굴 안 나오는 촬영 하루 30 부모님 동의 x", [AGE, SPON, IMG, SEC], "sponsor")
post(1, "스.폰 구합니다 학생 환영 매달 고정 용돈 만남은 월 2회", [AGE, SPON, MONEY, MEET], "sponsor", ["spacing_symbols"])
post(1, "ㅅㅍ 찾는 고딩 있으면 쪽지 사진 먼저", [AGE, SPON, IMG, PLAT], "sponsor")
post(1, "셀카 보내주면 문상 만 원 바로 쏨 중딩 가능 비밀 보장", [AGE, GIFT, IMG, SEC], "image_lure")
post(1, "교복 사진 한 장당 기프티콘 하나 여학생만 라인으로", [AGE, GIFT, IMG, PLAT], "image_lure")
post(1, "ㄹㅂㅅ 충전해줄 사람 찾는 초딩 중딩 귓 ㄱ 대신 영통 한 번", [AGE, GIFT, IMG, PLAT], "gift_lure")
post(1, "오늘 ㅇㄷ 구함 18 여 숏 가능 시청역 근처 9시 이후", [AGE, MONEY, MEET], "condition_self")
post(1, "ㅇㅛㅇㄷㅗㄴ 필요한 친구들 연락 줘 만나서 밥만 먹어도 줌", [MONEY, MEET], "condition_offer", ["jamo_split"])
post(1, "집 나온 중딩 고딩 가출팸 자리 있어요 월세 없음 대신 일 좀 도와주면 됨", [AGE, SHELTER, SPON], "helper_offer")
post(1, "ㄱㅊ팸 모집 ㅋㅋ 10대만 방 있음 부모님 연락 절대 안 함", [AGE, SHELTER, SEC], "helper_offer")
post(1, "ㅂㅁ 톡 할 사람 14~17 남녀 상관 없음 보이스 가능하면 우대 디코", [AGE, SEX, PLAT], "sexual_chat")
post(1, "경험 얘기 들려줄 여고생 구함 대화만 하면 시간당 2 ㅋㅋ", [AGE, SEX, SPON], "sexual_chat")
post(1, "피팅 모델 구함 중학생도 가능 프로필 전신 사진 먼저 개인 톡으로 보내세요", [AGE, IMG, SPON, PLAT], "image_lure")
post(1, "용돈 주실 분 구해요 (여 15) 밥이랑 영화까지만 돼요", [AGE, MONEY, MEET], "condition_self")
post(1, "오늘만 페💕이 두 배 학생이면 더 드림 지금 바로 만날 수 있는 분", [AGE, MONEY, MEET], "condition_offer", ["emoji_insertion"])
post(1, "gpfvj rngody 17 여 오늘 밤 잘 데만 있으면 돼요", [AGE, SHELTER], "helper_seek", ["english_keyboard"])
post(1, "게임 다이아 현질해줄게 대신 너 사진 ㅋㅋ 초딩도 됨 귓말", [AGE, GIFT, IMG, PLAT], "gift_lure")
post(1, "만 남 가능한 동생? 차로 데리러 감 용돈 두둑히 ㅎㅎ 나이 먼저", [AGE, MONEY, MEET], "condition_offer", ["spacing_symbols"])
post(1, "쉬운 알바아아아 하루 한 시간 10 가능 미성년자 ok 얼굴 안 나옴 텔레", [AGE, SPON, PLAT], "sponsor", ["elongation"])
post(1, "06 07 08년생만 ㅈㄱ ㄱㄱ 지역 쪽지로", [AGE, MONEY, PLAT], "condition_offer")
post(1, "교복 입고 영통 5분에 5 ㅋㅋ 학생 인증하면 바로 입금", [AGE, IMG, MONEY], "image_lure")
post(1, "속상한 일 있는 중고딩 다 들어줄게 ㅎㅎ 대신 부모님한텐 비밀로 하고 1:1로 와", [AGE, COMP, SEC, PLAT], "sexual_chat")

post(0, "카페 주말 아르바이트 모집 (만 15세 이상, 부모님 동의서 필수, 시급 최저임금 이상, 야간 근무 없음)", [], "job_ad")
post(0, "학원 전단지 배포 알바 구합니다 토요일 오전 3시간 근로계약서 작성 청소년 가능", [], "job_ad")
post(0, "편의점 주말 낮 근무자 구해요 고등학생 가능 동의서랑 가족관계증명서 지참 면접은 매장에서", [], "job_ad")
post(0, "도서관 방학 청소년 자원봉사자 모집 중고등학생 봉사시간 인정", [], "job_ad")
post(0, "아이돌 굿즈 판매 알바 (성인만 지원 가능, 미성년자 지원 불가) 행사장 현장 근무", [], "job_ad")
post(0, "중학교 교복 팝니다 동복 상하의 깨끗해요 직거래는 학교 앞에서 보호자랑 같이 나갈게요", [], "used_trade")
post(0, "ㅁㅅ 5만 원권 4만 6천 원에 팔아요 미개봉 안전거래만 해요", [], "used_trade")
post(0, "게임기 패드 두 개 포함 판매 아파트 관리사무소 앞 직거래 선호", [], "used_trade")
post(0, "포카 교환해요오오 리더 ↔ 막내 택배 교환 환영 반값 택배", [], "used_trade", ["elongation"])
post(0, "기프티콘 커💕피 쿠폰 두 장 팝니다 유효기간 넉넉해요", [], "used_trade", ["emoji_insertion"])
post(0, "zoatmxjel 같이 할 고3 구해요 영상 얼굴 안 나와도 되고 손이랑 책만 보이게 공부 인증만", [], "study", ["english_keyboard"])
post(0, "고1 0ㅑ자 끝나고 수학 스터디원 모집 도서관 스터디룸 평일 9시 반까지 부모님 허락 받은 친구만", [], "study", ["latin_digits_lookalike"])
post(0, "[1388 안내] 고민이 있다면 전화, 문자, 카톡으로 청소년상담 1388 24시간 익명 상담", [], "counsel_notice")
post(0, "[예방 안내] 모르는 사람이 영상통화 앱 설치를 요구하면 몸캠피싱입니다. 설치하지 말고 112에 신고하세요", [], "counsel_notice")
post(0, "[학교 공지] 낯선 어른이 선물이나 용돈을 주며 비밀로 하자고 하면 보호자나 선생님께 알려주세요 (117 학교폭력 신고센터)", [], "counsel_notice")
post(0, "[여성긴급전화 1366] 데이트폭력 스토킹 디지털 성범죄 피해 상담 24시간", [], "counsel_notice")
post(0, "랜덤채팅 앱 통해 미성년자에게 조건만남 제안한 30대 구속", [], "news")
post(0, "가출 청소년 재워준다며 유인한 '헬퍼' 일당 검거 경찰 주의 당부", [], "news")
post(0, "몸캠피싱 피해 청소년 급증 연락처 탈취 앱 설치 유도 수법", [], "news")
post(0, "'고액 알바' 미끼로 10대 유인한 스폰 브로커 재판에 넘겨져", [], "news")
post(0, "딥페이크 합성물 협박 피해 학생 삭제 지원 확대 117 신고 당부", [], "news")
post(0, "[청소년쉼터 안내] 집에 들어가기 어려운 청소년 누구나 무료 숙식 상담 가능 1388로 연락하세요", [], "shelter_notice")
post(0, "청소년 일시쉼터 드롭인센터 밤 10시까지 운영 간식 제공 부모님 연락은 본인 동의 후", [], "shelter_notice")
post(0, "학.생.증 분실했어요 2학년 5반 파란 케이스 주우신 분 교무실에 맡겨주세요", [], "misc", ["spacing_symbols"])
post(0, "학교 축제 사진 동아리 부스 인생네컷 무료 촬영 얼굴 사진은 원하는 사람만 게시", [], "misc")
post(0, "코스프레 행사 미성년 참가자 보호자 동의서 제출 안내 탈의실 미성년 전용 구역 운영", [], "misc")
post(0, "친구가 집 나갔다는데 어떻게 도와줘야 할까요? 재워준다는 사람 만날까봐 걱정돼요", [], "help_seeking")
post(0, "dkfqk 부모님 동의서 어디서 받아요? 고1인데 처음 해봐요", [], "help_seeking", ["english_keyboard"])
post(0, "모르는 사람이 게임에서 선물 주고 사진 달라는데 이거 신고해야 되죠?", [], "help_seeking")
post(0, "동생이 랜챗에서 이상한 사람이랑 얘기하는 것 같은데 부모님께 말해야 할까요", [], "help_seeking")
# fmt: on


if __name__ == "__main__":
    sys.exit(main())
