"""Generator: assembles conversations and posts from the inventory."""

# ruff: noqa: S311, PLR0911, PLR0912, PLR0915, PLR0917, PLW2901, SIM103, RUF005

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from .config import (
    CATEGORIES,
    N_CONV_NEG,
    N_CONV_POS,
    N_POST_NEG,
    N_POST_POS,
    OBFUSCATIONS,
    REF_YEAR,
    SEED,
    SOURCE,
    WEAK,
)
from .hangul import fill, is_jon, stable_split
from .obfuscation import has_obfuscating_chosung, obfuscate, style_profile, stylize
from .pools_negative import NEG_SCRIPTS
from .pools_positive import (
    AGE_A,
    AGE_DODGE_A,
    AGE_DODGE_Y,
    AGE_Y,
    CLOSE_A,
    COMPLIMENT_A,
    COMPLIMENT_Y,
    EXIT_Y,
    GIFT_A,
    GIFT_Y,
    IMAGE_A,
    IMAGE_Y,
    MEETING_A,
    MEETING_NOW_A,
    MEETING_Y,
    MONEY_A,
    MONEY_Y,
    NUDGE_A,
    OPENER_A,
    OPENER_Y,
    PLATFORM_A,
    PLATFORM_Y,
    PRESSURE_A,
    PRESSURE_SOFT_A,
    RUNAWAY_Y,
    SECRECY_A,
    SECRECY_TELL_A,
    SECRECY_TELL_Y,
    SECRECY_Y,
    SELF_A,
    SELF_HARM_EXPLOIT_A,
    SELF_HARM_Y,
    SELF_Y,
    SEXT_APP_A,
    SEXT_APP_Y,
    SEXT_CONTACT_A,
    SEXT_INVITE_A,
    SEXT_INVITE_Y,
    SEXT_MONEY_A,
    SEXT_MONEY_Y,
    SEXT_THREAT_A,
    SEXT_Y,
    SEXUAL_A,
    SEXUAL_Y,
    SHELTER_A,
    SHELTER_Y,
    SPONSOR_A,
    SPONSOR_Y,
    SWITCH_A,
    SWITCH_Y,
    YOUTH_ASK_ADULT,
    YOUTH_EXTRA,
)
from .pools_posts import (
    CONTACTS,
    NEG_POST_PREFIX_FIT,
    NEG_POST_SUFFIX_FIT,
    NEG_POST_WEIGHTS,
    NEG_POSTS,
    POS_POST_WEIGHTS,
    POS_POSTS,
    POST_PREFIX_NEG,
    POST_PREFIX_POS,
    POST_SUFFIX_NEG,
    POST_SUFFIX_POS,
    SCHOOLS,
    SHOPS,
)
from .pools_smalltalk import (
    FOODS,
    GAMES,
    GIFTS,
    PAYS,
    PAYS2,
    PEER_ONLY_Q,
    PLACES,
    REACTIONS,
    REACTIONS_JON,
    REGIONS,
    SMALL_TALK,
    SMALL_TALK_BACK,
    TIMES,
)


# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------
def parse_entry(entry: str) -> tuple[str, list[str], bool]:
    now = False
    tags: list[str] = []
    words = entry.split(" ")
    keep = []
    for w in words:
        if w.startswith("#") and w[1:] in CATEGORIES:
            tags.append(w[1:])
        elif w == "@now":
            now = True
        elif w == "@f":
            pass
        else:
            keep.append(w)
    return " ".join(keep), tags, now


def grade_name(age: int) -> str:
    # year-based age (연 나이) in REF_YEAR: 13 -> 중1 ... 16 -> 고1; 12 -> 초6
    if age <= 12:
        return "초6"
    if age <= 15:
        return f"중{age - 12}"
    return f"고{min(age - 15, 3)}"


def pick_register(rng: random.Random, pool: Sequence[str], register: str, strength: float = 0.85, used: set[str] | None = None,
                  opening: bool = False) -> str:
    """Pick an entry, preferring the speaker's register (반말/존댓말) and entries not used yet.

    With opening=True, entries marked "@f" (follow-ups that presuppose an earlier turn) are skipped."""
    if opening:
        pool = [p for p in pool if " @f" not in p] or list(pool)
    if used is not None:
        pool = [p for p in pool if p not in used] or list(pool)
    choice = None
    if register in ("ban", "jon") and rng.random() < strength:
        want = register == "jon"
        cands = [p for p in pool if is_jon(parse_entry(p)[0]) == want]
        if cands:
            choice = rng.choice(cands)
    if choice is None:
        choice = rng.choice(pool)
    if used is not None:
        used.add(choice)
    return choice


def youth_age(rng: random.Random) -> int:
    return rng.choices(range(12, 19), weights=[5, 9, 15, 17, 15, 12, 7])[0]


class Chat:
    """A conversation under construction, as blocks of messages (small talk goes between blocks)."""

    def __init__(self, rng: random.Random, slots: dict[str, str], prof_a: dict[str, float], prof_b: dict[str, float]):
        self.rng = rng
        self.slots = slots
        self.prof = {"A": prof_a, "B": prof_b}
        self.blocks: list[list[dict[str, Any]]] = []
        self.cur: list[dict[str, Any]] = []
        self.used: set[str] = set()
        self.serious = False
        self.serious_who: set[str] = set()

    def pick(self, pool: Sequence[str], register: str = "any", opening: bool = False) -> str:
        return pick_register(self.rng, pool, register, used=self.used, opening=opening)

    def say(self, who: str, entry: str, tags: Sequence[str] = (), style: bool = True, serious: bool = False) -> dict[str, Any]:
        text, extra, now = parse_entry(entry)
        text = fill(text, self.slots)
        if style:
            text = stylize(self.rng, text, self.prof[who], serious=serious or self.serious or who in self.serious_who)
        msg: dict[str, Any] = {"speaker": who, "text": text, "tags": sorted(set(tags) | set(extra), key=CATEGORIES.index)}
        if now:
            msg["_now"] = True
        self.cur.append(msg)
        return msg

    def end_block(self) -> None:
        if self.cur:
            self.blocks.append(self.cur)
            self.cur = []


def small_talk_block(rng: random.Random, topics: Sequence[str], slots: dict[str, str], prof: dict[str, dict[str, float]],
                     a_register: str, y_register: str, back: bool, used: set[str], peer: bool) -> list[dict[str, Any]]:
    asker, answerer = ("A", "B")
    if rng.random() < 0.2:  # the youth asks
        asker, answerer = ("B", "A")
    if asker == "B" and not peer:
        items = YOUTH_ASK_ADULT
    else:
        items = [i for t in topics for i in SMALL_TALK[t] if peer or i[0] not in PEER_ONLY_Q]
    reg = a_register if asker == "A" else y_register
    if reg == "jon":
        items = [i for i in items if i[1]] or items
    fresh = [i for i in items if i[0] not in used] or items
    q_ban, q_jon, answers = rng.choice(fresh)
    used.add(q_ban)
    q = q_jon if (reg == "jon" and q_jon) else q_ban
    out = []
    out.append({"speaker": asker, "text": stylize(rng, fill(q, slots), prof[asker]), "tags": []})
    ans = pick_register(rng, answers, y_register if (answerer == "B" or peer) else "any")
    out.append({"speaker": answerer, "text": stylize(rng, fill(ans, slots), prof[answerer]), "tags": []})
    if rng.random() < 0.3:
        reacts = REACTIONS_JON if (reg == "jon" and asker == "A") else REACTIONS
        out.append({"speaker": asker, "text": stylize(rng, rng.choice(reacts), prof[asker]), "tags": []})
    if back and answerer == "B" and any(w in q_ban for w in ("좋아", "무슨", "취미", "뭐 봐", "들어?", "해?")) and rng.random() < 0.35:
        bq_ban, bq_jon, banswers = rng.choice(SMALL_TALK_BACK)
        out.append({"speaker": "B", "text": stylize(rng, bq_jon if y_register == "jon" else bq_ban, prof["B"]), "tags": []})
        out.append({"speaker": "A", "text": stylize(rng, rng.choice(banswers), prof["A"]), "tags": []})
    return out


ARCHETYPES: dict[str, dict[str, Any]] = {
    # stage list: (stage, probability). Optional stages keep the scenarios varied.
    "groom_image": {"w": 14, "platforms": ["오픈채팅", "인스타 DM", "랜덤채팅 앱", "SNS DM", "익명 질문 앱"],
                    "stages": [("age_probe", 0.9), ("compliment_trust", 0.9), ("gift", 0.4), ("secrecy_isolation", 0.6), ("image_request", 1.0), ("platform_move", 0.5)]},
    "groom_meeting": {"w": 12, "platforms": ["오픈채팅", "인스타 DM", "랜덤채팅 앱", "게임 채팅", "SNS DM"],
                      "stages": [("age_probe", 0.9), ("compliment_trust", 0.9), ("secrecy_isolation", 0.7), ("gift", 0.3), ("meeting", 1.0), ("meeting_now", 0.55)]},
    "groom_sexual": {"w": 11, "platforms": ["오픈채팅", "랜덤채팅 앱", "인스타 DM", "익명 질문 앱"],
                     "stages": [("age_probe", 0.9), ("compliment_trust", 0.8), ("sexual_talk", 1.0), ("secrecy_isolation", 0.6), ("platform_move", 0.5), ("image_request", 0.4)]},
    "gift_game": {"w": 11, "platforms": ["게임 채팅", "디스코드", "제페토 채팅", "로블록스 채팅"],
                  "stages": [("gift", 1.0), ("age_probe", 0.8), ("compliment_trust", 0.6), ("secrecy_isolation", 0.6), ("image_request", 0.6), ("platform_move", 0.6)]},
    "condition": {"w": 12, "platforms": ["랜덤채팅 앱", "오픈채팅", "SNS DM", "익명 채팅 앱"],
                  "stages": [("age_probe", 0.8), ("money_meeting", 1.0), ("meeting_now", 0.6)]},
    "helper": {"w": 12, "platforms": ["오픈채팅", "SNS DM", "랜덤채팅 앱", "트위터(X) DM"],
               "stages": [("runaway", 1.0), ("shelter_runaway", 1.0), ("age_probe", 0.6), ("secrecy_isolation", 0.5), ("meeting_now", 0.7)]},
    "sponsor": {"w": 10, "platforms": ["인스타 DM", "오픈채팅", "SNS DM", "알바 커뮤니티 쪽지"],
                "stages": [("compliment_trust", 0.5), ("age_probe", 0.6), ("sponsor", 1.0), ("platform_move", 0.5), ("image_request", 0.5), ("meeting", 0.4)]},
    "sextortion": {"w": 10, "platforms": ["랜덤채팅 앱", "인스타 DM", "오픈채팅", "영상채팅 앱"],
                   "stages": [("compliment_trust", 0.6), ("age_probe", 0.5), ("platform_move", 0.5), ("sextortion", 1.0), ("self_harm", 0.3)]},
    "self_harm": {"w": 9, "platforms": ["오픈채팅", "익명 고민 상담 앱", "SNS DM", "랜덤채팅 앱"],
                  "stages": [("self_harm", 1.0), ("exploit", 1.0), ("age_probe", 0.5), ("meeting_now", 0.5)]},
    "platform_first": {"w": 8, "platforms": ["게임 채팅", "인스타 댓글", "오픈채팅", "SNS DM"],
                       "stages": [("platform_move", 1.0), ("age_probe", 0.8), ("compliment_trust", 0.8), ("sexual_talk", 0.5), ("image_request", 0.6)]},
    "mixed": {"w": 10, "platforms": ["오픈채팅", "랜덤채팅 앱", "SNS DM", "게임 채팅", "인스타 DM"],
              "stages": "random"},
}
STAGE_POOLS: dict[str, tuple[list[str], dict[str, list[str]]]] = {
    "compliment_trust": (COMPLIMENT_A, COMPLIMENT_Y),
    "gift": (GIFT_A, GIFT_Y),
    "secrecy_isolation": (SECRECY_A, SECRECY_Y),
    "secrecy_tell": (SECRECY_TELL_A, SECRECY_TELL_Y),
    "image_request": (IMAGE_A, IMAGE_Y),
    "platform_move": (PLATFORM_A, PLATFORM_Y),
    "sexual_talk": (SEXUAL_A, SEXUAL_Y),
    "meeting": (MEETING_A, MEETING_Y),
    "meeting_now": (MEETING_NOW_A, MEETING_Y),
    "money_meeting": (MONEY_A, MONEY_Y),
    "shelter_runaway": (SHELTER_A, SHELTER_Y),
    "sponsor": (SPONSOR_A, SPONSOR_Y),
}
DISPOSITIONS = {
    "compliant": {"agree": 0.5, "hesitant": 0.3, "refuse": 0.08, "deflect": 0.12},
    "mixed": {"agree": 0.3, "hesitant": 0.35, "refuse": 0.2, "deflect": 0.15},
    "wary": {"agree": 0.12, "hesitant": 0.33, "refuse": 0.4, "deflect": 0.15},
}
CANON_ORDER = ["platform_move", "gift", "age_probe", "compliment_trust", "secrecy_isolation", "sexual_talk", "image_request", "sponsor",
               "money_meeting", "meeting", "meeting_now"]


def fits(prev: str, reply: str) -> bool:
    """Keep a youth reply coherent with the adult message it answers."""
    video = any(w in prev for w in ("영통", "영상", "캠", "카메라", "통화"))
    if "영통" in reply and not video:
        return False
    if any(w in reply for w in ("사진", "교복", "보냈어요", "한 장", "찍")) and video:
        return False
    if "{place}" in reply and not any(w in prev for w in ("어디", "데리러", "{place}", "역", "앞")):
        return False
    if "몇 시" in reply and any(ch.isdigit() for ch in prev):
        return False
    if any(w in reply for w in ("조금?", "없는데요", "손만", "해봤")) and not any(w in prev for w in ("경험", "해봤", "어디까지", "있어?", "가봤")):
        return False
    if any(w in reply for w in ("깔", "텔레", "라인", "디엠", "링크", "부계")) and not any(w in prev for w in ("깔", "앱", "텔레", "라인", "디엠", "링크", "부계", "DM", "디코", "방", "비계", "카톡", "메시지", "귓말")):
        return False
    return True


def first_concern(messages: list[dict[str, Any]]) -> int | None:
    """Index of the first message a careful moderator would worry about (see README)."""
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


def gen_positive(rng: random.Random) -> dict[str, Any]:
    arche = rng.choices(list(ARCHETYPES), weights=[a["w"] for a in ARCHETYPES.values()])[0]
    spec = ARCHETYPES[arche]
    if spec["stages"] == "random":
        pool = ["age_probe", "compliment_trust", "gift", "secrecy_isolation", "image_request", "platform_move", "sexual_talk", "meeting",
                "money_meeting", "sponsor"]
        chosen = rng.sample(pool, rng.randint(3, 5))
        if rng.random() < 0.3:
            chosen.append("meeting_now")
        stages = [(s, 1.0) for s in sorted(chosen, key=CANON_ORDER.index)]
    else:
        stages = list(spec["stages"])
    age = youth_age(rng)
    gender = "f" if rng.random() < 0.7 else "m"
    adult_gender = "m" if rng.random() < 0.85 else "f"
    me = {("m", "f"): "오빠", ("m", "m"): "형", ("f", "f"): "언니", ("f", "m"): "누나"}[(adult_gender, gender)]
    if rng.random() < 0.08:
        me = "삼촌"
    year = REF_YEAR - age
    slots = {
        "age": str(age), "year": f"{year % 100:02d}", "grade": grade_name(age), "guess": f"{(year + rng.choice([-1, 0, 1])) % 100:02d}",
        "adult_age": str(rng.randint(20, 45)), "me": me, "bf": "남친" if gender == "f" else "여친", "game": rng.choice(GAMES),
        "region": rng.choice(REGIONS), "place": rng.choice(PLACES), "time": rng.choice(TIMES), "pay": rng.choice(PAYS),
        "pay2": rng.choice(PAYS2), "gift": rng.choice(GIFTS), "food": rng.choice(FOODS),
    }  # fmt: skip
    a_reg_mode = rng.choices(["ban", "jon", "switch"], weights=[55, 20, 25])[0]
    a_reg = "jon" if a_reg_mode in ("jon", "switch") else "ban"
    y_reg = "jon" if rng.random() < (0.8 if a_reg == "jon" else 0.35) else "ban"
    disp = rng.choices(list(DISPOSITIONS), weights=[35, 40, 25])[0]
    prof_a, prof_b = style_profile(rng, "adult"), style_profile(rng, "youth")
    chat = Chat(rng, slots, prof_a, prof_b)
    if arche in ("helper", "self_harm", "sextortion"):
        chat.serious_who.add("B")
    platform = rng.choice(spec["platforms"])

    last_kind = [""]

    def react() -> str:
        if last_kind[0] and rng.random() < 0.4:
            return last_kind[0]
        d = DISPOSITIONS[disp]
        last_kind[0] = rng.choices(list(d), weights=list(d.values()))[0]
        return last_kind[0]

    def yreply(pools: dict[str, list[str]], kind: str) -> None:
        prev = next((m["text"] for m in reversed(chat.cur) if m["speaker"] == "A"), "")
        fitting = [r for r in pools[kind] if fits(prev, r) and r not in chat.used]
        if not fitting:  # this kind of reply is used up: answer in another way
            fitting = [r for k in pools for r in pools[k] if fits(prev, r) and r not in chat.used] or pools[kind]
        chat.say("B", chat.pick(fitting, y_reg), serious=kind == "refuse")
        if rng.random() < 0.08:
            chat.say("B", rng.choice(YOUTH_EXTRA), style=False)

    ended = False
    strong_emitted = False
    # opener (the helper and self-harm scenarios start with the youth)
    has_opener = arche not in ("helper", "self_harm") or rng.random() < 0.4
    if has_opener:
        chat.say("A", chat.pick(OPENER_A, a_reg))
        chat.say("B", chat.pick(OPENER_Y, y_reg))
        chat.end_block()
    for stage, prob in stages:
        if ended or rng.random() > prob:
            continue
        if a_reg_mode == "switch" and a_reg == "jon" and not strong_emitted and not chat.cur and chat.blocks and stage != "age_probe" and rng.random() < 0.6:
            chat.say("A", chat.pick(SWITCH_A))
            chat.say("B", chat.pick(SWITCH_Y))
            a_reg = "ban"
            chat.end_block()
        if stage == "age_probe":
            chat.say("A", chat.pick(AGE_A, a_reg), ["age_probe"])
            if rng.random() < 0.15:
                chat.say("B", chat.pick(AGE_DODGE_Y, y_reg))
                chat.say("A", chat.pick(AGE_DODGE_A), ["age_probe"])
            chat.say("B", chat.pick(AGE_Y, y_reg))
            if rng.random() < 0.7:
                chat.say("A", chat.pick(SELF_A, a_reg))
                if rng.random() < 0.6:
                    chat.say("B", chat.pick(SELF_Y, y_reg))
        elif stage == "runaway":
            chat.say("B", chat.pick(RUNAWAY_Y, y_reg), serious=True)
            if rng.random() < 0.5:
                chat.say("B", chat.pick(RUNAWAY_Y, y_reg), serious=True)
            continue  # the adult's offer follows in the same block (stage "shelter_runaway")
        elif stage == "self_harm":
            if arche == "sextortion":
                chat.say("B", chat.pick(SELF_HARM_Y + ["이거 퍼지면 나 죽을 거예요", "영상 퍼지면 진짜 죽을 거야"], y_reg), ["self_harm"], serious=True)
                chat.say("A", rng.choice(["죽든 말든 돈이나 보내 #sextortion", "그건 니 사정이고 돈 보내 #sextortion", "협박 아니고 거래야 빨리 보내 #sextortion"]))
                chat.say("B", chat.pick(SEXT_MONEY_Y, y_reg), serious=True)
                strong_emitted = True
            else:
                for _ in range(rng.randint(1, 2)):
                    chat.say("B", chat.pick(SELF_HARM_Y, y_reg), ["self_harm"], serious=True)
                strong_emitted = True
                continue  # the adult's answer follows in the same block (stage "exploit")
        elif stage == "exploit":
            chat.say("A", chat.pick([e for e in SELF_HARM_EXPLOIT_A if "#sextortion" not in e]))
            yreply(SHELTER_Y, react())
            if rng.random() < 0.5:
                chat.say("A", chat.pick(COMPLIMENT_A), ["compliment_trust"])
                yreply(COMPLIMENT_Y, react())
        elif stage == "sextortion":
            chat.say("A", chat.pick(SEXT_INVITE_A, a_reg), ["image_request"])
            chat.say("B", chat.pick(SEXT_INVITE_Y, y_reg))
            chat.say("A", chat.pick(SEXT_APP_A, a_reg), ["sextortion"])
            chat.say("B", chat.pick(SEXT_APP_Y))
            if rng.random() < 0.5:
                chat.say("A", chat.pick(SEXT_APP_A), ["sextortion"])
                chat.say("B", chat.pick(SEXT_APP_Y))
            chat.end_block()
            if rng.random() < 0.8:
                chat.say("A", chat.pick(SEXT_CONTACT_A), ["sextortion"])
                chat.say("B", chat.pick(SEXT_Y, y_reg), serious=True)
            for _ in range(rng.randint(1, 3)):
                chat.say("A", chat.pick(SEXT_THREAT_A), ["sextortion"])
                chat.say("B", chat.pick(SEXT_Y, y_reg), serious=True)
            for _ in range(rng.randint(1, 2)):
                chat.say("A", chat.pick(SEXT_MONEY_A), ["sextortion"])
                chat.say("B", chat.pick(SEXT_MONEY_Y, y_reg), serious=True)
            strong_emitted = True
        else:
            if stage == "secrecy_isolation" and rng.random() < 0.6:
                stage = "secrecy_tell"
            a_pool, y_pools = STAGE_POOLS[stage]
            cat = {"meeting_now": "meeting", "secrecy_tell": "secrecy_isolation"}.get(stage, stage)
            rounds = 2 if rng.random() < (0.45 if stage == "compliment_trust" else 0.25) else 1
            for rnd in range(rounds):
                chat.say("A", chat.pick(a_pool, a_reg, opening=rnd == 0), [cat])
                kind = react()
                yreply(y_pools, kind)
                if kind in ("refuse", "hesitant") and rng.random() < 0.55:
                    if cat in ("compliment_trust", "secrecy_isolation", "shelter_runaway"):
                        chat.say("A", chat.pick(PRESSURE_SOFT_A))
                    else:
                        chat.say("A", chat.pick(PRESSURE_A), [cat])
                    kind2 = react()
                    if kind2 == "refuse" and strong_emitted and rng.random() < 0.3:
                        chat.say("B", chat.pick(EXIT_Y, y_reg))
                        if rng.random() < 0.5:
                            chat.say("A", chat.pick(NUDGE_A))
                        ended = True
                        break
                    yreply(y_pools, kind2)
            if cat not in WEAK:
                strong_emitted = True
        chat.end_block()
        if not ended and rng.random() < 0.1:
            chat.say("A", chat.pick(NUDGE_A))
            chat.say("B", chat.pick(["미안 밥 먹었어", "아 폰 충전했어요", "학원이었어요", "씻고 왔어", "ㅇㅇ 있어"], y_reg))
            chat.end_block()
    if not ended and rng.random() < 0.5:
        chat.say("A", chat.pick(CLOSE_A))
        if rng.random() < 0.6:
            chat.say("B", chat.pick(["ㅇㅇ", "네", "잘 자요", "ㅂㅂ", "네 ㅎㅎ", "...", "생각해볼게요"], y_reg))
        chat.end_block()
    chat.end_block()
    blocks = chat.blocks
    topics = ["school", "game", "music", "food", "daily"]
    if arche == "gift_game":
        topics = ["game", "game", "school", "music"]
    short = arche in ("helper", "self_harm")
    messages = interleave(rng, blocks, topics, slots, {"A": prof_a, "B": prof_b}, a_reg, y_reg, back=True, lead=not short or has_opener,
                          max_len=18 if short else 40, early_only=short)
    return finish_conversation(rng, messages, arche, platform, label=1,
                               participants=[{"id": "A", "role": "adult_stranger", "relation": rng.choice(["오픈채팅 익명", "모르는 사람", "온라인에서 알게 된 사람", "게임에서 만난 사람", "익명 계정"]),
                                              "gender": adult_gender},
                                             {"id": "B", "role": "youth", "age": age, "gender": gender}])


def sample_length(rng: random.Random) -> int:
    """Conversation length, 6..40, peaked in the mid-teens (the same for both labels)."""
    weights = [2.718 ** (-((n - 15) ** 2) / (2 * 8.0**2)) for n in range(6, 41)]
    return rng.choices(range(6, 41), weights=weights)[0]


def interleave(rng: random.Random, blocks: list[list[dict[str, Any]]], topics: Sequence[str], slots: dict[str, str],
               prof: dict[str, dict[str, float]], a_reg: str, y_reg: str, back: bool, lead: bool,
               max_len: int = 40, peer: bool = False, early_only: bool = False) -> list[dict[str, Any]]:
    """Spread small talk between the blocks so that signals appear gradually.

    The target length is drawn from the same distribution for positives and negatives (so that length
    does not give the label away); blocks are dropped when the scenario is longer than the target."""
    target = min(sample_length(rng), max_len)
    core = sum(len(b) for b in blocks)

    def strong(b: list[dict[str, Any]]) -> bool:
        return any(set(m["tags"]) - WEAK for m in b)

    keep = {"self_harm", "sextortion"}
    while core > target and len(blocks) > 2:
        n_strong = sum(strong(b) for b in blocks)
        removable = [
            i for i, b in enumerate(blocks[1:], 1)
            if not any(keep & set(m["tags"]) for m in b) and (not strong(b) or n_strong > 1)
        ]
        if not removable:
            break
        del blocks[rng.choice(removable)]
        core = sum(len(b) for b in blocks)
    target = max(target, core, 6)
    used: set[str] = set()
    extra = target - core
    gaps: dict[int, list[list[dict[str, Any]]]] = {i: [] for i in range(len(blocks) + 1)}
    # gap i is before block i; gap 0 (before the greeting) only when lead is False; never after the last block
    allowed = list(range(1 if lead else 0, len(blocks))) or [len(blocks)]
    if early_only:
        allowed = allowed[:1]
    if not topics:
        extra = max(0, 6 - core)
        topics = ["daily"]
    while extra > 0:
        st = small_talk_block(rng, topics, slots, prof, a_reg, y_reg, back, used, peer)
        if len(st) > extra + 1 and extra < 2:
            st = st[:2]
        weights = [1.0 / (1 + 0.15 * g) for g in allowed]
        gaps[rng.choices(allowed, weights=weights)[0]].append(st)
        extra -= len(st)
    out: list[dict[str, Any]] = []
    for i in range(len(blocks) + 1):
        for st in gaps[i]:
            out.extend(st)
        if i < len(blocks):
            out.extend(blocks[i])
    return out[:40]


def finish_conversation(rng: random.Random, messages: list[dict[str, Any]], scenario: str, platform: str, label: int,
                        participants: list[dict[str, Any]], negative_type: str | None = None) -> dict[str, Any]:
    obf_all: set[str] = set()
    for m in messages:
        p = 0.0
        if label == 1 and m["speaker"] == "A" and m["tags"]:
            p = 0.14  # the adult's signal messages
        elif len(m["text"]) > 4:
            p = 0.02  # everything else, in both labels
        if p and rng.random() < p:
            new, applied = obfuscate(rng, m["text"], 1)
            if applied:
                m["text"] = new
                m["obfuscation"] = applied
                obf_all.update(applied)
        if has_obfuscating_chosung(m["text"]):
            m.setdefault("obfuscation", [])
            if "chosung" not in m["obfuscation"]:
                m["obfuscation"].append("chosung")
            obf_all.add("chosung")
    urgent = []
    cats: set[str] = set()
    for m in messages:
        cats.update(m["tags"])
        if m.pop("_now", False) and m["tags"]:
            urgent.append("imminent_meeting")
            m["imminent"] = True
    if "sextortion" in cats:
        urgent.append("sextortion_threat")
    if "self_harm" in cats:
        urgent.append("self_harm")
    rec: dict[str, Any] = {
        "id": "",
        "lang": "ko",
        "label": label,
        "categories": sorted(cats, key=CATEGORIES.index),
        "level": None,
        "first_concern_index": None,
        "negative_type": negative_type,
        "scenario": scenario,
        "platform": platform,
        "participants": participants,
        "messages": [{k: m[k] for k in ("speaker", "text", "tags", "imminent", "obfuscation") if k in m} for m in messages],
        "obfuscation": [o for o in OBFUSCATIONS if o in obf_all],
    }
    if label == 1:
        rec["first_concern_index"] = first_concern(rec["messages"])
        rec["level"] = "urgent" if urgent else "high"
        rec["urgent_reasons"] = sorted(set(urgent))
    return rec


def gen_negative(rng: random.Random, ntype: str) -> dict[str, Any]:
    spec = NEG_SCRIPTS[ntype]
    relation, role, y_reg = rng.choice(spec["relations"])
    age = youth_age(rng)
    if role in ("employer",):
        age = rng.choice([15, 16, 17, 18, 18])
    gender = "f" if rng.random() < 0.55 else "m"
    year = REF_YEAR - age
    kid = {"엄마": ["딸", "아들"], "아빠": ["딸", "아들"], "할머니": ["손주", "강아지"]}.get(relation, ["조카", "강아지"])
    slots = {
        "age": str(age), "age_m": str(age - 1), "year": f"{year % 100:02d}", "grade": grade_name(age), "cls": str(rng.randint(1, 10)),
        "level": "초등학생" if age <= 12 else ("중학생" if age <= 15 else "고등학생"),
        "rel": relation, "kid": kid[0 if gender == "f" else 1] if relation in ("엄마", "아빠") else rng.choice(kid),
        "game": rng.choice(GAMES), "region": rng.choice(REGIONS), "place": rng.choice(["역 2번 출구", "학교 정문", "도서관", "스카", "카페", "놀이터", "학원 앞", "공원 입구"]),
        "food": rng.choice(FOODS), "me": "", "bf": "", "gift": "", "pay": "", "pay2": "", "time": "", "guess": "", "adult_age": "",
    }  # fmt: skip
    a_kind = "youth" if role == "peer" else "adult"
    prof_a, prof_b = style_profile(rng, a_kind), style_profile(rng, "youth")
    chat = Chat(rng, slots, prof_a, prof_b)
    chat.serious = ntype in ("runaway_support", "counsellor_prevention")
    for si, (prob, first, pool_first, pool_reply) in enumerate(spec["stages"]):
        if rng.random() > prob:
            continue
        reps = 2 if si > 0 and rng.random() < 0.25 else 1
        for _ in range(reps):
            fresh = [e for e in pool_first if (e[0] if isinstance(e, tuple) else e) not in chat.used
                     and relation not in (e[0] if isinstance(e, tuple) else e)] or pool_first
            entry = fresh[rng.randrange(len(fresh))]
            chat.used.add(entry[0] if isinstance(entry, tuple) else entry)
            if isinstance(entry, tuple):
                opener, replies = entry
            else:
                opener, replies = entry, pool_reply
            other = "B" if first == "A" else "A"
            chat.say(first, opener)
            chat.say(other, chat.pick(replies, y_reg if other == "B" else "any"))
            if rng.random() < 0.08:
                chat.say("B", rng.choice(YOUTH_EXTRA), style=False)
        chat.end_block()
    chat.end_block()
    a_reg = "ban" if role in ("peer", "parent") or relation in ("언니", "형", "동생", "사촌", "사촌 언니") else "jon"
    messages = interleave(rng, chat.blocks, spec["smalltalk"], slots, {"A": prof_a, "B": prof_b}, a_reg, y_reg, back=spec["back"], lead=True,
                          max_len=spec.get("max_len", 40), peer=role == "peer")
    a_part: dict[str, Any] = {"id": "A", "role": role, "relation": relation}
    if role == "peer":
        a_part["age"] = max(12, min(18, age + rng.choice([-1, 0, 0, 0, 1])))
    return finish_conversation(rng, messages, ntype, rng.choice(spec["platforms"]), label=0, negative_type=ntype,
                               participants=[a_part, {"id": "B", "role": "youth", "age": age, "gender": gender}])


def post_slots(rng: random.Random) -> dict[str, str]:
    age = youth_age(rng)
    return {
        "region": rng.choice(REGIONS), "age": str(age), "year": f"{(REF_YEAR - age) % 100:02d}", "grade": grade_name(age),
        "sex": rng.choice(["여", "여", "여", "남"]), "pay": rng.choice(PAYS), "pay2": rng.choice(PAYS2), "time": rng.choice(TIMES),
        "shop": rng.choice(SHOPS), "school": rng.choice(SCHOOLS), "game": rng.choice(GAMES),
    }  # fmt: skip


def gen_post_positive(rng: random.Random) -> dict[str, Any]:
    ptype = rng.choices(list(POS_POST_WEIGHTS), weights=list(POS_POST_WEIGHTS.values()))[0]
    spec = POS_POSTS[ptype]
    slots = post_slots(rng)
    text, tags, _ = parse_entry(rng.choice(spec["templates"]))
    cats = set(spec["base"]) | set(tags)
    parts = [fill(text, slots)]
    if rng.random() < 0.65:
        c_text, c_tags, _ = parse_entry(rng.choice(CONTACTS))
        parts.append(c_text)
        cats |= set(c_tags)
    sep = rng.choice([" ", " / ", "\n", " · ", "  ", " ㅣ "])
    body = sep.join(parts)
    prefixes = [x for x in POST_PREFIX_POS if "{region}" not in x or "{region}" not in text]
    body = fill(rng.choice(prefixes), slots) + body + rng.choice(POST_SUFFIX_POS)
    obf: list[str] = []
    if rng.random() < 0.7:
        body, obf = obfuscate(rng, body, rng.choice([1, 1, 2, 2, 3]))
    if has_obfuscating_chosung(body) and "chosung" not in obf:
        obf.append("chosung")
    return {"label": 1, "categories": sorted(cats, key=CATEGORIES.index), "text": body, "post_type": ptype, "negative_type": None,
            "obfuscation": [o for o in OBFUSCATIONS if o in obf]}


def gen_post_negative(rng: random.Random) -> dict[str, Any]:
    ptype = rng.choices(list(NEG_POST_WEIGHTS), weights=list(NEG_POST_WEIGHTS.values()))[0]
    slots = post_slots(rng)
    template = rng.choice(NEG_POSTS[ptype])
    body = fill(template, slots)
    prefix = rng.choice([p for p in POST_PREFIX_NEG if p in NEG_POST_PREFIX_FIT[ptype] and ("{region}" not in p or "{region}" not in template)])
    suffix = rng.choice([s for s in POST_SUFFIX_NEG if s in NEG_POST_SUFFIX_FIT[ptype]])
    if ptype in ("job_ad", "used_trade", "study") and rng.random() < 0.3:
        body = body.replace(" / ", "\n") if rng.random() < 0.5 else body
    body = fill(prefix, slots) + body + suffix
    obf: list[str] = []
    if rng.random() < 0.25:
        body, obf = obfuscate(rng, body, 1)
    if has_obfuscating_chosung(body) and "chosung" not in obf:
        obf.append("chosung")
    return {"label": 0, "categories": [], "text": body, "post_type": ptype, "negative_type": ptype,
            "obfuscation": [o for o in OBFUSCATIONS if o in obf]}


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    convs: list[dict[str, Any]] = []
    for _ in range(N_CONV_POS):
        rec = gen_positive(rng)
        while rec["first_concern_index"] is None or len(rec["messages"]) < 6:  # pragma: no cover - rare
            rec = gen_positive(rng)
        convs.append(rec)
    ntypes = list(NEG_SCRIPTS)
    for i in range(N_CONV_NEG):
        convs.append(gen_negative(rng, ntypes[i % len(ntypes)]))
    rng.shuffle(convs)
    posts: list[dict[str, Any]] = []
    seen: set[str] = set()
    for gen, n in ((gen_post_positive, N_POST_POS), (gen_post_negative, N_POST_NEG)):
        made = 0
        while made < n:
            rec = gen(rng)
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            posts.append(rec)
            made += 1
    rng.shuffle(posts)
    out_c, out_p = [], []
    for i, rec in enumerate(convs, 1):
        rid = f"ko-conv-{i:05d}"
        out_c.append({"id": rid, **{k: v for k, v in rec.items() if k != "id"}, "source": SOURCE, "split": stable_split(rid)})
    for i, rec in enumerate(posts, 1):
        rid = f"ko-post-{i:05d}"
        out_p.append({"id": rid, "lang": "ko", **rec, "source": SOURCE, "split": stable_split(rid)})
    return out_c, out_p
