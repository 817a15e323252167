#!/usr/bin/env python3
"""Write the hand-written Korean corpus of author a: ``conversations_a.jsonl`` and ``posts_a.jsonl``.

Everything here is SYNTHETIC, NON-EXPLICIT and fictional, written by hand for the Ondam detector
(schema and rules: ``datasets/ko/README.md``). No real names, phone numbers, account ids or URLs; the
only phone-like numbers are the public helplines 112, 1366, 1388 and 117. Sexual talk is alluded to
only ("야한 얘기", "어디까지 가봤어"); there is no description of bodies or acts.

The conversations are Python data in ``data_a_*.py``: one ``C(...)`` call per conversation with its
metadata and a list of ``(speaker, text, tags)`` tuples. ``tags`` holds the message's categories
(constants ``AGE``, ``FLAT`` …) plus two kinds of annotation: ``NOW`` marks a meeting message with a
concrete time/place (``"imminent": true``) and ``O_*`` records an obfuscation written into the text.
``categories``, ``level``, ``urgent_reasons``, ``first_concern_index`` (the README rule, in code) and
``split`` (``test`` iff ``int(sha256(id)[:8], 16) % 100 < 30``) are computed, never typed by hand.

Scenarios (author a)
--------------------
Positives (80), written to look like real chats: long small talk before and between the signals,
patient and friendly offenders, youths who react in many ways (wary, lonely, flattered, joking, angry,
leaving, blocking, reporting). Platforms: 게임 채팅 and 길드 디스코드, 오픈채팅 (고민상담방, 친목방,
알바방), 인스타/SNS DM, 랜덤채팅 and 랜덤 영상채팅 앱, 팬카페, 메타버스 월드, 웹툰·웹소설 댓글 DM, 숏폼
앱, 학원 단톡 and 학원 조교 DM, 중고거래 앱, 스터디 앱, 가출 카페, 과외. Offender personas: 대학생
오빠, 또래인 척하는 성인, 사진작가, 기획사 캐스팅 담당, 게임 길드장, 유튜버/스트리머, 동네 형/언니,
가출 청소년을 돕는다는 사람 (헬퍼, 가출팸), 고수익 알바 모집책, 스폰서, 몸캠 피싱 조직원, 딥페이크
협박범, 과외 선생님, 학원 조교, 중고 교복 구매자, 댄스 강사, "고민 들어주는 어른". All 13 categories
occur, alone and combined; several are subtle (gradual isolation: "너희 엄마는 너 너무 통제한다", "이건
우리끼리 얘기", a gift and then "사진 하나만"), and about one in five is urgent (a concrete meeting time
and place, sextortion threats, a youth saying they want to die).

Hard negatives (80) reuse the same vocabulary in innocent contexts: 용돈/기프티콘 from parents and
relatives, 데리러 갈게 from family, a homeroom teacher collecting 졸업앨범 photos, 온라인 수업 "캠 켜",
same-age couples, friends fixing a time and place, real part-time job interviews whose 조건 are working
conditions, video calls with grandparents, a youth counsellor asking age and region, a friend urging a
runaway to call 1388, game trades moving to Discord, talk about 조건만남/몸캠 crime news, siblings
borrowing 교복, coaches scheduling 합숙, 학원 선생님 asking 몇 학년, surprise parties kept secret,
hyperbole ("죽을 것 같아 ㅋㅋ"), a police officer's prevention talk, real agency auditions with a
guardian, photo club shoots, used trades of 교복 between classmates …

Posts (60): 30 solicitation posts and ads (adult offers and youth-voiced ones, heavy obfuscation: ㅈㄱ,
조/건, 0ㅑ, whrjs, 조💕건, split jamo) and 30 hard negatives (real job ads, used trades, school notices,
news headlines, 1388 and shelter notices, help-seeking questions).

Run: ``python3 datasets/ko/authored/write_a.py`` (standard library only, deterministic). It writes both
files next to itself, validates every record with ``datasets/ko/corpus/validation.validate_record``
(plus checks specific to this file) and prints counts.
"""

# ruff: noqa: N802 (P, Y, C, N, T: one-letter constructors keep the data tables readable)

from __future__ import annotations

import hashlib
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko: the package corpus/ (validation, vocabulary)

from corpus.config import CATEGORIES, OBFUSCATIONS, SOURCE, WEAK  # noqa: E402
from corpus.obfuscation import has_obfuscating_chosung  # noqa: E402
from corpus.validation import validate_record  # noqa: E402
from records import print_errors  # noqa: E402

AUTHOR_SOURCE = "synthetic, hand-written (author a)"
CONV_PATH = HERE / "conversations_a.jsonl"
POST_PATH = HERE / "posts_a.jsonl"

# Category tags.
AGE = "age_probe"
FLAT = "compliment_trust"
GIFT = "gift"
SECRET = "secrecy_isolation"  # noqa: S105 (a category name, not a password)
IMG = "image_request"
MOVE = "platform_move"
SEX = "sexual_talk"
MEET = "meeting"
PAY = "money_meeting"
SHELTER = "shelter_runaway"
SPON = "sponsor"
EXTORT = "sextortion"
HARM = "self_harm"
# Annotations (not categories).
NOW = "!imminent"
O_CHO = "~chosung"
O_SPACE = "~spacing_symbols"
O_LOOK = "~latin_digits_lookalike"
O_ENG = "~english_keyboard"
O_LONG = "~elongation"
O_EMOJI = "~emoji_insertion"
O_JAMO = "~jamo_split"

Msg = tuple[str, str, list[str]]
CONVS: list[dict[str, Any]] = []
POSTS: list[dict[str, Any]] = []


def P(
    pid: str, role: str, relation: str, gender: str | None = None, age: int | None = None
) -> dict[str, Any]:
    """A non-youth participant."""
    p: dict[str, Any] = {"id": pid, "role": role, "relation": relation}
    if gender:
        p["gender"] = gender
    if age is not None:
        p["age"] = age
    return p


def Y(age: int, gender: str, pid: str = "B") -> dict[str, Any]:
    """The youth."""
    return {"id": pid, "role": "youth", "age": age, "gender": gender}


def C(
    scenario: str,
    platform: str,
    participants: list[dict[str, Any]],
    msgs: list[Msg],
    negative_type: str | None = None,
) -> None:
    """Register a conversation: label 1 unless a ``negative_type`` is given."""
    CONVS.append(
        {
            "scenario": scenario,
            "platform": platform,
            "participants": participants,
            "msgs": msgs,
            "negative_type": negative_type,
        }
    )


def N(negative_type: str, platform: str, participants: list[dict[str, Any]], msgs: list[Msg]) -> None:
    """Register a hard negative."""
    C(negative_type, platform, participants, msgs, negative_type)


def T(label: int, text: str, cats: list[str], kind: str, obf: list[str] | None = None) -> None:
    """Register a post: ``kind`` is the post_type (label 1) or the negative_type (label 0)."""
    POSTS.append({"label": label, "text": text, "cats": cats, "kind": kind, "obf": obf or []})


# =============================================================================================
# Assembly, validation and counts
# =============================================================================================
def split_of(record_id: str) -> str:
    return (
        "test" if int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100 < 30 else "train"
    )


def first_concern(messages: list[dict[str, Any]], youth_ids: set[str]) -> int | None:
    """The README rule: first strong tag, or the adult message at which age_probe and compliment_trust have both appeared."""
    weak_seen: set[str] = set()
    for i, m in enumerate(messages):
        tags = set(m["tags"])
        if tags - WEAK:
            return i
        if m["speaker"] not in youth_ids:
            weak_seen |= tags & WEAK
            if weak_seen == WEAK:
                return i
    return None


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-a-conv-{n:04d}"
    label = 0 if spec["negative_type"] else 1
    youth_ids = {p["id"] for p in spec["participants"] if p["role"] == "youth"}
    messages: list[dict[str, Any]] = []
    obf_all: set[str] = set()
    for speaker, text, tags in spec["msgs"]:
        cats = [t for t in tags if t in CATEGORIES]
        unknown = [t for t in tags if t not in CATEGORIES and t != NOW and not t.startswith("~")]
        if unknown:
            raise ValueError(f"{rid}: unknown tags {unknown}")
        obf = [t[1:] for t in tags if t.startswith("~")]
        if has_obfuscating_chosung(text) and "chosung" not in obf:
            obf.append("chosung")  # 초성 written into the text is recorded, as in the README
        m: dict[str, Any] = {
            "speaker": speaker,
            "text": text,
            "tags": sorted(set(cats), key=CATEGORIES.index),
        }
        if NOW in tags:
            m["imminent"] = True
        if obf:
            m["obfuscation"] = [o for o in OBFUSCATIONS if o in obf]
            obf_all |= set(obf)
        messages.append(m)
    cats_all = {t for m in messages for t in m["tags"]}
    rec: dict[str, Any] = {
        "id": rid,
        "lang": "ko",
        "label": label,
        "categories": sorted(cats_all, key=CATEGORIES.index),
        "level": None,
        "first_concern_index": None,
        "negative_type": spec["negative_type"],
        "scenario": spec["scenario"],
        "platform": spec["platform"],
        "participants": spec["participants"],
        "messages": messages,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf_all],
    }
    if label == 1:
        urgent = set()
        if any(m.get("imminent") for m in messages):
            urgent.add("imminent_meeting")
        if "sextortion" in cats_all:
            urgent.add("sextortion_threat")
        if "self_harm" in cats_all:
            urgent.add("self_harm")
        rec["level"] = "urgent" if urgent else "high"
        rec["first_concern_index"] = first_concern(messages, youth_ids)
        rec["urgent_reasons"] = sorted(urgent)
    rec["source"] = AUTHOR_SOURCE
    rec["split"] = split_of(rid)
    return rec


def build_post(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-a-post-{n:04d}"
    obf = set(spec["obf"])
    if has_obfuscating_chosung(spec["text"]):
        obf.add("chosung")
    return {
        "id": rid,
        "lang": "ko",
        "label": spec["label"],
        "categories": sorted(set(spec["cats"]), key=CATEGORIES.index),
        "text": spec["text"],
        "post_type": spec["kind"] if spec["label"] == 1 else None,
        "negative_type": spec["kind"] if spec["label"] == 0 else None,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf],
        "source": AUTHOR_SOURCE,
        "split": split_of(rid),
    }


# Words that carry the signals of the positives; a hard negative "shares the vocabulary" when 3+ of
# them that also occur in this file's positives appear in it.
SIGNAL_WORDS = [
    "몇 살",
    "몇살",
    "몇 학년",
    "몇학년",
    "학년",
    "중딩",
    "고딩",
    "학생",
    "사진",
    "셀카",
    "교복",
    "영통",
    "영상통화",
    "캠",
    "용돈",
    "기프티콘",
    "문상",
    "선물",
    "스킨",
    "로벅스",
    "비밀",
    "지워",
    "엄마한텐",
    "말하지",
    "텔레",
    "디코",
    "라인",
    "카톡",
    "만나",
    "데리러",
    "어디 살",
    "몇시",
    "조건",
    "알바",
    "스폰",
    "재워",
    "가출",
    "헬퍼",
    "모텔",
    "앱",
    "뿌린",
    "협박",
    "녹화",
    "죽고",
    "사라지",
    "야한",
    "경험",
    "사귀",
    "남친",
    "동의서",
    "계좌",
    "페이",
]


def shared_vocabulary(recs: list[dict[str, Any]]) -> tuple[int, int]:
    pos_text = " ".join(m["text"] for r in recs if r["label"] == 1 for m in r["messages"])
    in_pos = [w for w in SIGNAL_WORDS if w in pos_text]
    negs = [r for r in recs if r["label"] == 0]
    n3 = sum(1 for r in negs if sum(w in " ".join(m["text"] for m in r["messages"]) for w in in_pos) >= 3)
    return n3, len(negs)


LATIN_OK = {"SNS", "PPT", "ppt", "elif", "OO"}


def validate(convs: list[dict[str, Any]], posts: list[dict[str, Any]]) -> list[str]:  # noqa: PLR0912
    """The corpus validator (validate_record) plus the rules specific to this file."""
    errs: list[str] = []
    for recs, kind, prefix in ((convs, "conversation", "ko-au-a-conv-"), (posts, "post", "ko-au-a-post-")):
        ids = [r["id"] for r in recs]
        if len(set(ids)) != len(ids):
            errs.append(f"duplicate ids in {kind}s")
        for r in recs:
            if (
                not re.fullmatch(re.escape(prefix) + r"\d{4}", r["id"])
                or r["source"] != AUTHOR_SOURCE
                or r["split"] != split_of(r["id"])
            ):
                errs.append(f"{r['id']}: id/source/split")
            # validate_record knows the generated/hand-written id prefixes and sources only: give it a copy
            # with those swapped in, and validate as generated (train/test split allowed, 6-40 messages).
            twin = {**r, "id": r["id"].replace("ko-au-a-", "ko-"), "source": SOURCE}
            errs += validate_record(twin, kind, hand=False)
            # Korean only: Latin words are a few loanwords, or Korean typed with the IME off (recorded).
            units = r["messages"] if kind == "conversation" else [r]
            for u in units:
                latin = set(re.findall(r"[A-Za-z]{3,}", u["text"])) - LATIN_OK
                if latin and "english_keyboard" not in u.get("obfuscation", []):
                    errs.append(f"{r['id']}: Latin words {sorted(latin)} in {u['text']!r}")
            if kind == "conversation":
                if not 6 <= len(r["messages"]) <= 30:
                    errs.append(f"{r['id']}: {len(r['messages'])} messages (want 6-30)")
                youth = {p["id"] for p in r["participants"] if p["role"] == "youth"}
                for m in r["messages"]:
                    if "self_harm" in m["tags"] and m["speaker"] not in youth:
                        errs.append(f"{r['id']}: self_harm on a non-youth message")
                    if set(m["tags"]) - {"self_harm"} and m["speaker"] in youth:
                        errs.append(f"{r['id']}: signal tag on a youth message: {m['text']!r}")
                if r["label"] == 1 and r["first_concern_index"] is None:
                    errs.append(f"{r['id']}: positive without a first concern")
            elif (r["label"] == 1) != bool(r["categories"]):
                errs.append(f"{r['id']}: post label/categories")
    return errs


def describe(convs: list[dict[str, Any]], posts: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    lab = Counter(r["label"] for r in convs)
    spl = Counter((r["split"], r["label"]) for r in convs)
    lens = sorted(len(r["messages"]) for r in convs)
    out.append(
        f"conversations_a.jsonl: {len(convs)} records, {sum(lens)} messages; label 1 = {lab[1]}, 0 = {lab[0]}"
    )
    out.append(
        f"  split: train {spl['train', 1] + spl['train', 0]} ({spl['train', 1]} pos / {spl['train', 0]} neg), test {spl['test', 1] + spl['test', 0]} ({spl['test', 1]} pos / {spl['test', 0]} neg)"
    )
    for lbl in (1, 0):
        ls = sorted(len(r["messages"]) for r in convs if r["label"] == lbl)
        out.append(
            f"  messages per conversation (label {lbl}): min {ls[0]}, median {statistics.median(ls)}, mean {statistics.mean(ls):.1f}, max {ls[-1]}; 10-20: {sum(10 <= x <= 20 for x in ls)}"
        )
    cat = Counter(c for r in convs for c in r["categories"])
    out.append("  categories (records): " + ", ".join(f"{c} {cat[c]}" for c in CATEGORIES))
    combos = Counter(len(r["categories"]) for r in convs if r["label"] == 1)
    out.append("  categories per positive: " + ", ".join(f"{k}: {v}" for k, v in sorted(combos.items())))
    lev = Counter(r["level"] for r in convs if r["label"] == 1)
    reasons = Counter(x for r in convs if r["label"] == 1 for x in r["urgent_reasons"])
    out.append(
        f"  level: high {lev['high']}, urgent {lev['urgent']} (reasons: {dict(sorted(reasons.items()))})"
    )
    fcis = sorted(r["first_concern_index"] for r in convs if r["label"] == 1)
    out.append(f"  first_concern_index: min {fcis[0]}, median {statistics.median(fcis)}, max {fcis[-1]}")
    neg = Counter(r["negative_type"] for r in convs if r["label"] == 0)
    out.append(
        f"  negative_type ({len(neg)} kinds): " + ", ".join(f"{k} {v}" for k, v in sorted(neg.items()))
    )
    n3, nn = shared_vocabulary(convs)
    out.append(
        f"  negatives with 3+ signal words that also occur in the positives: {n3}/{nn} ({100 * n3 / nn:.0f}%)"
    )
    plat = Counter(r["platform"].split(" ")[0] for r in convs)
    out.append(f"  platforms: {len({r['platform'] for r in convs})} distinct labels")
    obf = Counter(o for r in convs for o in r["obfuscation"])
    out.append(f"  obfuscation (records): {dict(sorted(obf.items()))}; top platforms: {plat.most_common(6)}")
    plab = Counter(r["label"] for r in posts)
    pspl = Counter((r["split"], r["label"]) for r in posts)
    out.append(f"posts_a.jsonl: {len(posts)} records; label 1 = {plab[1]}, 0 = {plab[0]}")
    out.append(
        f"  split: train {pspl['train', 1] + pspl['train', 0]} ({pspl['train', 1]} pos / {pspl['train', 0]} neg), test {pspl['test', 1] + pspl['test', 0]} ({pspl['test', 1]} pos / {pspl['test', 0]} neg)"
    )
    pt = Counter(r["post_type"] for r in posts if r["label"] == 1)
    out.append("  post_type: " + ", ".join(f"{k} {v}" for k, v in sorted(pt.items())))
    nt = Counter(r["negative_type"] for r in posts if r["label"] == 0)
    out.append("  negative_type: " + ", ".join(f"{k} {v}" for k, v in sorted(nt.items())))
    pcat = Counter(c for r in posts for c in r["categories"])
    out.append("  categories: " + ", ".join(f"{c} {pcat[c]}" for c in CATEGORIES if pcat[c]))
    pobf = Counter((o, r["label"]) for r in posts for o in r["obfuscation"])
    nobf = Counter(r["label"] for r in posts if r["obfuscation"])
    out.append(
        f"  with obfuscation: positives {nobf[1]}, negatives {nobf[0]}; "
        + ", ".join(f"{o} {pobf[o, 1]}/{pobf[o, 0]}" for o in OBFUSCATIONS)
    )
    return out


def main() -> int:
    convs = [build_conversation(i, spec) for i, spec in enumerate(CONVS, 1)]
    posts = [build_post(i, spec) for i, spec in enumerate(POSTS, 1)]
    for path, recs in ((CONV_PATH, convs), (POST_PATH, posts)):
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print("\n".join(describe(convs, posts)))
    errs = validate(convs, posts)
    if print_errors(errs):
        return 1
    print("validation: OK")
    return 0
