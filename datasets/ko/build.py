#!/usr/bin/env python3
"""Generate the synthetic Korean grooming / sexual-exploitation detection corpus.

Writes ``generated/conversations.jsonl`` and ``generated/posts.jsonl`` next to this file, then
validates them (and the hand-written files in ``handwritten/``) and prints counts.

Everything here is SYNTHETIC and NON-EXPLICIT. No utterance describes a real person, and there are
no real names, phone numbers, account ids or URLs. The only numbers that look like phone numbers are
public helplines (112, 1366, 1388, 117), used in hard negatives.

Standard library only, deterministic (fixed seed): ``python3 datasets/ko/build.py``.
Options: ``--check`` validates and prints counts without regenerating.
"""

# ruff: noqa: S311, PLR0911, PLR0912, PLR0915, PLR0917, PLW2901, SIM103, RUF005, PT018, UP031

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SEED = 20260515
REF_YEAR = 2026  # the year the chats "happen" in; 년생 and 학년 are derived from it
N_CONV_POS = 300
N_CONV_NEG = 300
N_POST_POS = 600
N_POST_NEG = 600
SOURCE = "synthetic (datasets/ko/build.py)"
HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "generated"
HAND_DIR = HERE / "handwritten"

CATEGORIES = [
    "age_probe",
    "compliment_trust",
    "gift",
    "secrecy_isolation",
    "image_request",
    "platform_move",
    "sexual_talk",
    "meeting",
    "money_meeting",
    "shelter_runaway",
    "sponsor",
    "sextortion",
    "self_harm",
]
# "weak" signals alone do not make a careful moderator worry; both together (an adult stranger who
# learns the child's age AND flatters) do. Every other category is "strong".
WEAK = {"age_probe", "compliment_trust"}
OBFUSCATIONS = [
    "chosung",
    "spacing_symbols",
    "latin_digits_lookalike",
    "english_keyboard",
    "elongation",
    "emoji_insertion",
    "jamo_split",
]

# ---------------------------------------------------------------------------------------------
# Hangul helpers
# ---------------------------------------------------------------------------------------------
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = [
    "", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
    "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
]  # fmt: skip
# Dubeolsik (2-beolsik) standard layout: the key each jamo is typed with on a QWERTY keyboard.
DUBEOLSIK = {
    "ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
    "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
    "ㅎ": "g",
    "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P", "ㅗ": "h",
    "ㅘ": "hk", "ㅙ": "ho", "ㅚ": "hl", "ㅛ": "y", "ㅜ": "n", "ㅝ": "nj", "ㅞ": "np", "ㅟ": "nl",
    "ㅠ": "b", "ㅡ": "m", "ㅢ": "ml", "ㅣ": "l",
    "ㄳ": "rt", "ㄵ": "sw", "ㄶ": "sg", "ㄺ": "fr", "ㄻ": "fa", "ㄼ": "fq", "ㄽ": "ft", "ㄾ": "fx",
    "ㄿ": "fv", "ㅀ": "fg", "ㅄ": "qt",
}  # fmt: skip
# Latin letters, digits and look-alike symbols that readers take for a jamo.
LOOKALIKE = {
    "ㅇ": ["o", "0", "O"],
    "ㅣ": ["1", "l", "I", "|"],
    "ㄱ": ["7"],
    "ㄴ": ["L"],
    "ㅅ": ["5", "^"],
    "ㄹ": ["2", "己"],
    "ㅁ": ["ㅁ", "口"],
    "ㅡ": ["-", "_"],
    "ㅈ": ["ㅈ"],
    "ㅂ": ["ㅂ", "b"],
    "ㅍ": ["π"],
    "ㅌ": ["E"],
    "ㅎ": ["ㅎ"],
    "ㅏ": ["ト"],
    "ㅓ": ["┤"],
}
VOWEL_ECHO = {
    "ㅏ": "아", "ㅑ": "아", "ㅐ": "애", "ㅒ": "애", "ㅓ": "어", "ㅕ": "어", "ㅔ": "에", "ㅖ": "에",
    "ㅗ": "오", "ㅛ": "오", "ㅘ": "아", "ㅙ": "애", "ㅚ": "에", "ㅜ": "우", "ㅠ": "우", "ㅝ": "어",
    "ㅞ": "에", "ㅟ": "이", "ㅡ": "으", "ㅢ": "이", "ㅣ": "이",
}  # fmt: skip


def is_syllable(ch: str) -> bool:
    return "가" <= ch <= "힣"


def decompose(ch: str) -> tuple[str, str, str]:
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def has_final(word: str) -> bool:
    if not word:
        return False
    ch = word[-1]
    if is_syllable(ch):
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch in "0136781LMN"  # 영, 일, 삼, 육, 칠, 팔, 십 ... end in a consonant


def final_is_rieul(word: str) -> bool:
    ch = word[-1] if word else ""
    return is_syllable(ch) and (ord(ch) - 0xAC00) % 28 == 8


def to_chosung(word: str) -> str:
    return "".join(decompose(c)[0] if is_syllable(c) else c for c in word)


def to_jamo(word: str) -> str:
    return "".join("".join(decompose(c)) if is_syllable(c) else c for c in word)


def to_dubeolsik(text: str) -> str:
    """Korean typed with the IME switched off: every jamo becomes its QWERTY key (사진 -> tkwls)."""
    out = []
    for ch in text:
        if is_syllable(ch):
            out.extend(DUBEOLSIK[j] for j in decompose(ch) if j)
        else:
            out.append(DUBEOLSIK.get(ch, ch))
    return "".join(out)


JOSA = {
    "가": ("이", "가"),
    "는": ("은", "는"),
    "를": ("을", "를"),
    "랑": ("이랑", "랑"),
    "야": ("아", "야"),
    "이야": ("이야", "야"),
    "와": ("과", "와"),
    "로": ("으로", "로"),
    "라고": ("이라고", "라고"),
}


def josa(word: str, key: str) -> str:
    with_final, without = JOSA[key]
    if key == "로" and final_is_rieul(word):
        return "로"
    return with_final if has_final(word) else without


SLOT_RE = re.compile(r"\{(\w+)(?:\|(\w+))?\}")


def fill(template: str, slots: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        value = slots[m.group(1)]
        return value + josa(value, m.group(2)) if m.group(2) else value

    return SLOT_RE.sub(repl, template)


JON_RE = re.compile(r"(?<![필중])(요|니다|니까|세요|죠|께요|래요|예요|에요|어요|아요|해요|십시오)(?=[\s.?!~ㅎㅋ^;,)…]|$)")


def is_jon(text: str) -> bool:
    """Rough register detector: 존댓말 if some clause ends in a polite ending."""
    return bool(JON_RE.search(text))


def stable_split(record_id: str) -> str:
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:4], "big") % 100 < 20 else "train"


def compose(cho: str, jung: str, jong: str = "") -> str:
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


# ---------------------------------------------------------------------------------------------
# Obfuscation (recorded in "obfuscation") and chat style (not recorded)
# ---------------------------------------------------------------------------------------------
KEYWORDS = sorted(
    {
        "조건만남", "조건", "만남", "만나자", "만날래", "용돈", "사진", "셀카", "영통", "영상통화", "텔레그램", "텔레",
        "모텔", "알바", "고액", "스폰", "헬퍼", "가출팸", "가출", "페이", "재워", "고페이", "긴밤", "오픈채팅",
        "문상", "기프티콘", "교복", "중딩", "고딩", "학생", "비밀", "라인", "디엠", "여자", "남자", "시간당",
        "쪽지", "연락", "숙식", "뿌린다", "지워줄게", "상담", "쉼터", "스터디", "시급", "선물", "동의서",
        "카페", "데리러", "재워줄게", "밥", "야한", "경험", "나이", "몇 살", "년생", "급구", "당일",
    },
    key=lambda k: (-len(k), k),  # deterministic order (a set's order depends on PYTHONHASHSEED)
)
SEPARATORS = [" ", ".", "/", "-", "_", "*", "ㆍ", ",", "~", "|"]
EMOJI_INSERT = ["💕", "❤️", "✨", "🔥", "💰", "⭐", "🌸", "😘", "🎀", "💸", "🍓", "💜"]
TRAIL_EMOJI = ["😂", "🥲", "😅", "🙄", "😳", "😊", "👍", "🥺", "😭", "🤔", "😆", "🙏", "💦", "😑"]
ADULT_EMOJI = ["😊", "🙂", "😉", "👍", "😁", "☺️", "😄"]


def _target(rng: random.Random, text: str, min_len: int = 2, keywords_only: bool = False) -> tuple[int, int] | None:
    """Pick a span to obfuscate: a known keyword if present, else a Hangul word."""
    spans = [
        (m.start(), m.end())
        for kw in KEYWORDS
        if len(kw) >= min_len and " " not in kw
        for m in re.finditer(re.escape(kw), text)
    ]
    if not spans and not keywords_only:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[가-힣]{%d,}" % min_len, text)]
    if not spans:
        return None
    return rng.choice(spans)


def obf_chosung(rng: random.Random, text: str) -> str | None:
    span = _target(rng, text, keywords_only=True)
    if span is None:
        return None
    a, b = span
    return text[:a] + to_chosung(text[a:b]) + text[b:]


def obf_spacing(rng: random.Random, text: str) -> str | None:
    span = _target(rng, text)
    if span is None:
        return None
    a, b = span
    word = text[a:b]
    sep = rng.choice(SEPARATORS)
    if rng.random() < 0.6:
        new = sep.join(word)
    else:
        k = rng.randrange(1, len(word))
        new = word[:k] + sep + word[k:]
    return text[:a] + new + text[b:]


def _lookalike_syllable(rng: random.Random, ch: str) -> str | None:
    parts = [j for j in decompose(ch) if j]
    options = [i for i, j in enumerate(parts) if any(x != j for x in LOOKALIKE.get(j, []))]
    if not options:
        return None
    chosen = set(rng.sample(options, rng.randint(1, len(options))))
    out = []
    for i, j in enumerate(parts):
        if i in chosen:
            out.append(rng.choice([x for x in LOOKALIKE[j] if x != j]))
        else:
            out.append(j)
    return "".join(out)


def obf_lookalike(rng: random.Random, text: str) -> str | None:
    span = _target(rng, text, min_len=1)
    if span is None:
        return None
    a, b = span
    word = list(text[a:b])
    idx = [i for i, c in enumerate(word) if is_syllable(c)]
    rng.shuffle(idx)
    changed = 0
    for i in idx[: rng.randint(1, 2)]:
        new = _lookalike_syllable(rng, word[i])
        if new:
            word[i] = new
            changed += 1
    if not changed:
        return None
    return text[:a] + "".join(word) + text[b:]


def obf_english(rng: random.Random, text: str) -> str | None:
    if len(text) <= 14 and rng.random() < 0.35:
        return to_dubeolsik(text)  # the whole short message typed with the IME off
    span = _target(rng, text)
    if span is None:
        return None
    a, b = span
    return text[:a] + to_dubeolsik(text[a:b]) + text[b:]


def obf_elongation(rng: random.Random, text: str) -> str | None:
    n = rng.randint(2, 6)
    words = [m for m in re.finditer(r"[가-힣]+", text) if (ord(m.group()[-1]) - 0xAC00) % 28 == 0]
    if words and rng.random() < 0.8:
        m = rng.choice(words)
        echo = VOWEL_ECHO[decompose(m.group()[-1])[1]]
        return text[: m.end()] + echo * n + text[m.end() :]
    if "ㅋ" in text:
        return text.replace("ㅋ", "ㅋ" * (n + 2), 1)
    if words:
        m = words[-1]
        echo = VOWEL_ECHO[decompose(m.group()[-1])[1]]
        return text[: m.end()] + echo * n + text[m.end() :]
    return text.rstrip() + " " + "ㅋ" * (n + 3)


def obf_emoji(rng: random.Random, text: str) -> str | None:
    span = _target(rng, text)
    if span is None:
        return None
    a, b = span
    word = text[a:b]
    k = rng.randrange(1, len(word))
    return text[:a] + word[:k] + rng.choice(EMOJI_INSERT) + word[k:] + text[b:]


def obf_jamo(rng: random.Random, text: str) -> str | None:
    span = _target(rng, text)
    if span is None:
        return None
    a, b = span
    return text[:a] + to_jamo(text[a:b]) + text[b:]


OBF_FUNCS: dict[str, Callable[[random.Random, str], str | None]] = {
    "chosung": obf_chosung,
    "spacing_symbols": obf_spacing,
    "latin_digits_lookalike": obf_lookalike,
    "english_keyboard": obf_english,
    "elongation": obf_elongation,
    "emoji_insertion": obf_emoji,
    "jamo_split": obf_jamo,
}
OBF_WEIGHTS = {
    "chosung": 3,
    "spacing_symbols": 3,
    "latin_digits_lookalike": 2,
    "english_keyboard": 2,
    "elongation": 2,
    "emoji_insertion": 2,
    "jamo_split": 2,
}


def obfuscate(rng: random.Random, text: str, n: int = 1) -> tuple[str, list[str]]:
    applied: list[str] = []
    kinds = list(OBF_WEIGHTS)
    for _ in range(n):
        kind = rng.choices(kinds, weights=[OBF_WEIGHTS[k] for k in kinds])[0]
        if kind in applied:
            continue
        if kind != "english_keyboard" and "english_keyboard" in applied:
            continue
        new = OBF_FUNCS[kind](rng, text)
        if new and new != text:
            text = new
            applied.append(kind)
    return text, applied


# 초성 that is ordinary chat (laughing, yes/no, "go") is not obfuscation; other 초성 runs are.
CHOSUNG_RUN = re.compile(r"(?<![ㄱ-ㅣ])[ㄱ-ㅎ]{2,}(?![ㄱ-ㅣ])")  # consonant runs not part of split jamo
PLAIN_CHOSUNG = re.compile(r"^(?:ㅋ+|ㅎ+|ㄱ+|ㄴ{2,}|ㄷ{2,}|ㅇ{2,}|ㅇㅋ|ㅎㅇ|ㅂㅂ|ㅂㅇ|ㄳ|ㄱㅅ|ㅈㅅ|ㅊㅋ|ㅇㅈ|ㄹㅇ|ㅈㄴ|ㅁㅊ|ㅇㄴ|ㄱㄴ|ㅅㄱ|ㅃㅇ|ㄱㄷ|ㄱㄹ)+$")


def has_obfuscating_chosung(text: str) -> bool:
    return any(not PLAIN_CHOSUNG.match(m.group()) for m in CHOSUNG_RUN.finditer(text))


SUBS = [
    ("진짜", "ㄹㅇ"), ("진짜", "찐"), ("뭐", "머"), ("그냥", "걍"), ("괜찮아", "갠찮아"), ("괜찮아", "갠차나"),
    ("있어", "잇어"), ("했어", "햇어"), ("없어", "업서"), ("좋아", "조아"), ("싫어", "시러"), ("근데", "근뎅"),
    ("근데", "ㄱㄷ"), ("알겠어", "알겟어"), ("알겠어요", "알겟어여"), ("감사합니다", "감사함다"), ("고마워", "고마웡"),
    ("어디야", "어디얌"), ("나중에", "담에"), ("선생님", "쌤"), ("너무", "넘"), ("완전", "완죤"), ("몰라", "몰랑"),
    ("해요", "해여"), ("어요", "어여"), ("아요", "아여"), ("습니다", "슴다"), ("그래서", "그래서ㅋㅋ"), ("응", "웅"),
    ("아니", "아니ㅋㅋ"), ("왜요", "왜여"), ("뭐해", "머함"), ("뭐 해", "뭐함"), ("맞아", "ㅇㅈ"), ("미안", "ㅈㅅ"),
    ("축하해", "ㅊㅋ"), ("고마워요", "ㄱㅅ해요"), ("되게", "디게"), ("귀여워", "귀엽"),
]  # fmt: skip


def _liaison(text: str, rng: random.Random) -> str:
    """Write one syllable pair as pronounced (했어 -> 해써), a common teen spelling."""
    chars = list(text)
    spots = []
    for i in range(len(chars) - 1):
        a, b = chars[i], chars[i + 1]
        if is_syllable(a) and is_syllable(b):
            c1, v1, f1 = decompose(a)
            c2, v2, f2 = decompose(b)
            if f1 and f1 in CHO and c2 == "ㅇ" and f1 != "ㅇ":
                spots.append(i)
    if not spots:
        return text
    i = rng.choice(spots)
    c1, v1, f1 = decompose(chars[i])
    c2, v2, f2 = decompose(chars[i + 1])
    chars[i] = compose(c1, v1)
    chars[i + 1] = compose(f1, v2, f2)
    return "".join(chars)


def stylize(rng: random.Random, text: str, prof: dict[str, float], serious: bool = False) -> str:
    """Chat style of one speaker: slang spellings, missing spaces, laughter, emoji, punctuation."""
    if rng.random() < prof.get("subs", 0):
        cands = [(a, b) for a, b in SUBS if a in text]
        if cands:
            a, b = rng.choice(cands)
            text = text.replace(a, b, 1)
    if rng.random() < prof.get("liaison", 0):
        text = _liaison(text, rng)
    if rng.random() < prof.get("nospace", 0) and len(text) < 30:
        text = text.replace(" ", "")
    if rng.random() < prof.get("nopunct", 0) and text.rstrip(".!"):
        text = text.rstrip(".!")
    if rng.random() < prof.get("dots", 0):
        text = text.rstrip(".!?") + rng.choice(["..", "...", "…", "ㅠ", ".."])
    r = rng.random()
    if serious:
        return text
    if r < prof.get("laugh", 0) and not text.endswith(("ㅋ", "ㅎ")):
        text = text + rng.choice([" ㅋㅋ", "ㅋㅋ", "ㅋㅋㅋ", " ㅎㅎ", "ㅎㅎ", " ㅋㅋㅋㅋ", "ㅎ"])
    elif r < prof.get("laugh", 0) + prof.get("emoji", 0):
        text = text + rng.choice(["", " "]) + rng.choice(ADULT_EMOJI if prof.get("adult") else TRAIL_EMOJI)
    elif r < prof.get("laugh", 0) + prof.get("emoji", 0) + prof.get("tilde", 0):
        text = text.rstrip(".") + rng.choice(["~", "~~", "^^", "!", " ㅎ"])
    return text


def style_profile(rng: random.Random, kind: str) -> dict[str, float]:
    if kind == "youth":
        return {
            "subs": rng.choice([0.05, 0.15, 0.3, 0.45]),
            "liaison": rng.choice([0.0, 0.05, 0.15]),
            "nospace": rng.choice([0.0, 0.05, 0.2]),
            "nopunct": rng.choice([0.3, 0.7, 1.0]),
            "dots": rng.choice([0.0, 0.05, 0.15]),
            "laugh": rng.choice([0.05, 0.15, 0.3]),
            "emoji": rng.choice([0.0, 0.05, 0.15]),
            "tilde": rng.choice([0.0, 0.05]),
        }
    return {
        "adult": 1.0,
        "subs": rng.choice([0.0, 0.05, 0.1]),
        "liaison": 0.0,
        "nospace": rng.choice([0.0, 0.03]),
        "nopunct": rng.choice([0.2, 0.6]),
        "dots": rng.choice([0.0, 0.05]),
        "laugh": rng.choice([0.05, 0.1, 0.2]),
        "emoji": rng.choice([0.0, 0.05, 0.1]),
        "tilde": rng.choice([0.0, 0.1, 0.2]),
    }


# ---------------------------------------------------------------------------------------------
# Inventory, part 1: slots and shared small talk (used by positives AND hard negatives, so that
# topic alone does not give the label away)
# ---------------------------------------------------------------------------------------------
# Entry syntax in the pools below: "text #extra_category @now". "#x" adds category x to the message
# (a message can carry several signals); "@now" marks an imminent meeting (time and place), which
# makes the conversation "urgent".
GAMES = ["롤", "배그", "마크", "메이플", "로블록스", "브롤", "피파", "발로", "오버워치", "쿠키런", "카트", "서든", "메이플M"]
REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "성남", "일산", "천안", "청주", "전주", "창원", "제주", "포항", "원주", "안산", "김해"]  # fmt: skip
PLACES = ["시청역", "중앙역", "터미널", "역 앞 광장", "너네 학교 정문", "공원 입구", "시내 버스정류장", "사거리 편의점", "놀이터", "PC방", "학원 건물", "아파트 후문", "역 3번 출구", "지하철역 2번 출구", "먹자골목 입구", "동네 마트"]  # fmt: skip
TIMES = ["오늘 8시", "이따 10시", "내일 오후 5시", "토요일 2시", "밤 11시", "주말 오후 3시", "오늘 밤 9시", "내일 저녁 7시", "학원 끝나고 10시", "금요일 밤 10시", "새벽 1시", "이따 6시"]  # fmt: skip
PAYS = ["5", "10", "15", "20", "5만", "10만", "15만원", "20만원", "30", "7"]
PAYS2 = ["30", "40", "50만", "25", "30만원", "60"]
APPS = ["텔레그램", "텔레", "라인", "인스타 디엠", "디엠", "디코", "1:1 오픈채팅", "다른 방", "스냅", "페메"]
FOODS = ["떡볶이", "마라탕", "치킨", "피자", "탕후루", "엽떡", "햄버거", "초밥", "삼겹살", "편의점 라면"]
GIFTS = ["편의점 기프티콘", "치킨 기프티콘", "문상 5만원", "문화상품권", "스킨", "다이아", "로벅스", "게임 캐시", "배달 쿠폰", "아이스크림 기프티콘"]  # fmt: skip

# topic -> list of (question in 반말, question in 존댓말 or "", answers)
SMALL_TALK: dict[str, list[tuple[str, str, list[str]]]] = {
    "school": [
        ("오늘 학교 어땠어?", "오늘 학교는 어땠어요?", ["그냥 그랬어 ㅋㅋ", "개피곤 6교시 체육이었음", "수행평가 때문에 죽는 줄", "평범했어요", "급식 맛있었어요 ㅎㅎ", "지루했어 ㅠ"]),
        ("시험 언제야?", "시험 언제예요?", ["다음 주부터요 ㅠㅠ", "2주 남음", "이미 끝났어 ㅋㅋ", "기말 담주", "중간고사 다음 달이요"]),
        ("숙제 많아?", "숙제 많아요?", ["수학 학습지 산더미", "ㅇㅇ 개많음", "오늘은 별로 없어요", "영어 단어 외워야 돼", "독후감 써야 돼요 ㅠ"]),
        ("급식 뭐 나왔어?", "오늘 급식 뭐 나왔어요?", ["돈가스 나옴 ㅋㅋ", "카레요", "맛없는 거 나와서 매점 감", "마라탕 나왔어 대박", "생선이라 거의 안 먹었어요"]),
        ("학원 몇 개 다녀?", "학원 다녀요?", ["수학이랑 영어", "세 개요 ㅠ", "안 다녀요 인강 들음", "수학만", "피아노 학원도 다녀요"]),
        ("담임 쌤 착해?", "담임 선생님 좋으세요?", ["엄청 착함", "좀 무서워요", "잔소리 많음 ㅋㅋ", "그냥 그래", "젊은 쌤이라 재밌어요"]),
        ("방학 언제부터야?", "방학 언제부터예요?", ["다음 달 중순이요", "아직 멀었어", "2주 뒤!!", "몰라 ㅋㅋ 빨리 했으면"]),
        ("무슨 과목 제일 좋아해?", "좋아하는 과목 있어요?", ["체육 ㅋㅋ", "미술이요", "국어는 좋은데 수학은 싫어", "과학 실험하는 거", "없어요 ㅋㅋ"]),
        ("수행평가 끝났어?", "", ["아직 하나 남음", "ㅇㅇ 드디어", "발표 남았어요 ㅠㅠ", "모둠 과제가 제일 싫어"]),
        ("동아리 뭐 해?", "동아리 뭐 해요?", ["밴드부요", "방송부", "그냥 독서부 ㅋㅋ", "댄스 동아리", "코딩 동아리요"]),
        ("체육대회 했어?", "", ["다음 주에 해요", "우리 반 계주 꼴등함 ㅋㅋ", "비 와서 연기됨", "반티 맞췄어요"]),
        ("오늘 지각했지? ㅋㅋ", "", ["아슬아슬 세이프", "ㅇㅇ 벌점 받음", "아니거든", "버스 놓쳐서 ㅠ"]),
        ("자습 시간에 뭐 했어?", "", ["잤음 ㅋㅋ", "문제집 풀었어요", "몰래 웹툰 봄", "친구랑 떠들다 혼남"]),
        ("수학 몇 점 나왔어?", "수학 시험 잘 봤어요?", ["말하기 싫어 ㅋㅋ", "생각보다 잘 나옴", "망했어요 ㅠ", "평균은 넘었어요"]),
        ("학교 끝나고 뭐 해?", "학교 끝나면 뭐 해요?", ["학원 가요", "집 가서 잘 거임", "친구랑 떡볶이 먹으러 감", "도서관 가요"]),
        ("반 애들이랑 친해?", "", ["몇 명이랑만", "ㅇㅇ 우리 반 분위기 좋음", "아직 어색해요", "그럭저럭"]),
        ("수학여행 가?", "", ["다음 달에 제주도요", "취소됐어 ㅠ", "수련회만 가요"]),
    ],
    "game": [
        ("{game} 해?", "{game} 하세요?", ["ㅇㅇ 자주 함", "가끔 해요", "요즘 접었어", "완전 좋아해요", "친구들이 해서 같이 해요"]),
        ("티어 뭐야?", "티어 어떻게 돼요?", ["골드 ㅋㅋ", "실버임 부끄", "아직 배치 안 봄", "플레까지 찍어봄", "브론즈요 ㅠ"]),
        ("오늘 랭크 몇 판 했어?", "", ["세 판 다 짐 ㅠ", "연승함 ㅋㅋ", "안 했어요", "트롤 만나서 접음"]),
        ("새 시즌 시작했던데", "새 시즌 시작했더라고요", ["헐 몰랐다", "패스 샀어요", "이번 시즌 재밌음", "아직 못 해봤어"]),
        ("나중에 듀오 할래?", "나중에 같이 게임해요", ["ㄱㄱ", "시간 되면요", "저 못하는데 ㅋㅋ", "주말에 ㄱㄴ"]),
        ("캐릭 뭐 키워?", "캐릭터 뭐 키워요?", ["전사 키워요", "서포터 주로 함", "이것저것 해봄", "원딜만 해요"]),
        ("어제 업데이트 봤어?", "", ["ㅇㅇ 밸런스 망함", "아직요", "신맵 나왔더라", "패치노트 읽어봄"]),
        ("마크 서버 같이 할 사람 있어?", "", ["반 친구들이랑 해요", "혼자 함 ㅋㅋ", "없어요", "사촌이랑 해요"]),
        ("게임 하루에 몇 시간 해?", "게임 많이 해요?", ["주말엔 하루 종일 ㅋㅋ", "하루 한 시간 엄마가 정해줌", "숙제하고 조금", "시험 기간엔 안 해요"]),
        ("이번 이벤트 보상 받았어?", "", ["받음 ㅋㅋ", "놓쳤어요 ㅠ", "그거 언제까지임?", "출석만 했어"]),
        ("요즘 무슨 게임 재밌어?", "요즘 무슨 게임 해요?", ["{game} 계속 함", "모바일 게임 이것저것", "딱히 없어요", "친구가 추천해준 거 해요"]),
        ("피시방 자주 가?", "", ["주말에 가끔", "집에서 해요", "돈 없어서 못 감 ㅋㅋ", "친구들이랑 시험 끝나면 감"]),
        ("닉 뭐야 게임에서?", "", ["비밀 ㅋㅋ", "이상한 거라 말 못 함", "나중에 알려줄게요"]),
        ("어제 판 진짜 아깝더라", "", ["ㄹㅇ 마지막에 던짐", "ㅋㅋㅋ 그니까", "다음엔 이김"]),
    ],
    "music": [
        ("요즘 무슨 노래 들어?", "요즘 무슨 노래 들어요?", ["아이돌 신곡 계속 들음", "발라드요", "힙합 좋아해요", "플리 랜덤으로 틀어놔요", "밴드 노래요"]),
        ("좋아하는 가수 있어?", "좋아하는 가수 있어요?", ["비밀 ㅋㅋ", "아이돌 좋아해요", "밴드 음악 좋아함", "요즘 바뀌었어요"]),
        ("노래방 자주 가?", "노래방 좋아해요?", ["코노 가끔 가요", "친구들이랑 자주 ㅋㅋ", "음치라 안 가", "시험 끝나면 가요"]),
        ("플리 추천해줘", "노래 추천해줄래요?", ["잔잔한 거 좋아하면 보내줄게", "저 취향 이상해서 ㅋㅋ", "나중에 보낼게요", "요즘 듣는 거 알려줄게"]),
        ("콘서트 가봤어?", "", ["아직 한 번도 ㅠ", "작년에 한 번", "표 구하기 너무 힘들어요", "엄마가 못 가게 해요"]),
        ("악기 할 줄 알아?", "악기 다룰 줄 알아요?", ["피아노 조금", "기타 배우는 중", "리코더만 ㅋㅋ", "드럼 배우고 싶어요"]),
        ("이번 신곡 들어봤어?", "", ["완전 좋음", "아직요", "뮤비 대박이더라", "별로던데"]),
        ("음악 들으면서 공부해?", "", ["ㅇㅇ 없으면 집중 안 됨", "가사 없는 거만", "아뇨", "로파이 틀어놔요"]),
        ("최애 있어?", "", ["있지 ㅋㅋ 비밀", "요즘 바뀜", "딱히 없어요", "최애는 영원하지"]),
        ("춤 출 줄 알아?", "", ["챌린지 정도만", "몸치예요 ㅋㅋ", "댄스부라 좀 춤", "보는 것만 좋아해요"]),
    ],
    "food": [
        ("밥 먹었어?", "밥은 먹었어요?", ["아직요", "ㅇㅇ 방금 먹음", "라면 먹었어", "배고파 죽겠어요", "급식 먹고 아직 안 먹음"]),
        ("떡볶이 좋아해?", "떡볶이 좋아해요?", ["완전 좋아함", "매운 거 잘 못 먹어요", "로제 떡볶이 최고", "엽떡은 사랑이지"]),
        ("마라탕 먹어봤어?", "", ["일주일에 두 번 먹음 ㅋㅋ", "한 번 먹어봤는데 너무 매웠어요", "마라탕 중독임", "아직 안 먹어봄"]),
        ("편의점 조합 뭐 좋아해?", "", ["불닭에 치즈", "삼각김밥이랑 컵라면", "디저트 쪽이요", "그냥 우유 ㅋㅋ"]),
        ("치킨 vs 피자", "치킨이랑 피자 중에 뭐 좋아해요?", ["치킨", "피자요", "둘 다 ㅋㅋ", "무조건 치킨"]),
        ("오늘 저녁 뭐 먹어?", "저녁 뭐 드실 거예요?", ["엄마가 김치찌개 한대요", "몰라 시켜 먹을 듯", "다이어트 중이에요 ㅋㅋ", "편의점 털 예정"]),
        ("좋아하는 음식 뭐야?", "제일 좋아하는 음식 뭐예요?", ["초밥이요", "고기", "엽떡", "탕후루 ㅋㅋ", "엄마가 해준 김밥"]),
        ("야식 먹어?", "", ["가끔 라면", "엄마가 못 먹게 함", "맨날 먹어요 ㅋㅋ", "살쪄서 참는 중"]),
        ("카페 가면 뭐 마셔?", "카페 가면 뭐 마셔요?", ["딸기 라떼", "아이스티요", "커피 못 마셔서 스무디", "초코 프라페"]),
        ("매운 거 잘 먹어?", "", ["완전 잘 먹음", "진짜 못 먹어요", "보통", "맵찔이임 ㅋㅋ"]),
        ("급식에서 제일 좋아하는 메뉴 뭐야?", "", ["닭강정", "스파게티요", "빵 나오는 날", "짜장면"]),
        ("요리할 줄 알아?", "", ["라면 정도 ㅋㅋ", "계란말이 할 줄 알아요", "전혀 못 함", "유튜브 보고 따라 해봄"]),
    ],
    "daily": [
        ("뭐 하고 있었어?", "뭐 하고 있었어요?", ["그냥 누워 있었어 ㅋㅋ", "유튜브 보고 있었어요", "숙제하다 딴짓", "웹툰 봐요", "방 청소 중"]),
        ("오늘 날씨 너무 덥다", "오늘 진짜 덥죠", ["ㄹㅇ 녹는 줄", "에어컨 틀었어요", "저는 추운 게 더 싫어요", "밖에 안 나가서 몰라요"]),
        ("비 온다던데 우산 챙겼어?", "", ["깜빡함 ㅠ", "네 챙겼어요", "맞고 옴 ㅋㅋ", "친구 우산 같이 씀"]),
        ("요즘 보는 웹툰 있어?", "요즘 보는 웹툰 있어요?", ["학원물 보고 있어요", "완결난 거 정주행 중", "웹툰 잘 안 봐", "로판 봐요 ㅋㅋ"]),
        ("유튜브 뭐 봐?", "유튜브 뭐 봐요?", ["먹방", "게임 방송이요", "브이로그 봐요", "쇼츠만 봄 ㅋㅋ", "공부 브이로그"]),
        ("보통 몇 시에 자?", "보통 몇 시에 자요?", ["새벽 2시 ㅋㅋ", "12시쯤요", "엄마가 11시에 폰 가져감", "일찍 자요"]),
        ("주말에 뭐 했어?", "주말에 뭐 했어요?", ["집에서 뒹굴", "친구랑 영화 봤어요", "학원 보강 ㅠ", "가족이랑 할머니 댁 감"]),
        ("드라마 보는 거 있어?", "", ["요즘 하나 보는데 재밌어요", "드라마 안 봐", "넷플로 옛날 거 봄", "엄마랑 같이 봐요"]),
        ("반려동물 키워?", "반려동물 키워요?", ["고양이 키워요", "ㅇㅇ 말티즈", "엄마가 안 된대요 ㅠ", "금붕어 ㅋㅋ"]),
        ("피곤해 보인다", "피곤해 보이네요", ["어제 늦게 잤어", "맞아요 ㅠ", "맨날 피곤함", "시험 기간이라"]),
        ("취미 뭐야?", "취미가 뭐예요?", ["그림 그리기", "게임이랑 유튜브", "운동이요", "딱히 없음 ㅋㅋ", "다꾸요"]),
        ("운동 해?", "운동 하세요?", ["줄넘기 조금", "태권도 다녀요", "숨쉬기 운동 ㅋㅋ", "배드민턴 쳐요"]),
        ("요즘 유행하는 거 뭐야?", "", ["몰라요 ㅋㅋ", "챌린지 같은 거?", "애들 다 키링 모음", "밈 같은 거요"]),
        ("오늘 뭐 재밌는 일 있었어?", "", ["딱히 ㅋㅋ", "친구가 넘어졌는데 웃겼어", "없어요 그냥 평범", "쌤이 수업 일찍 끝내줌"]),
    ],
}
REACTIONS = ["ㅋㅋㅋ", "오 좋다", "헐 대박", "나도 ㅋㅋ", "ㅇㅈ", "아 진짜?", "부럽다", "ㅋㅋ 인정", "그렇구나", "오", "ㅠㅠ 힘내", "ㄹㅇ", "헐"]
REACTIONS_JON = ["오 좋네요", "아 그렇구나 ㅎㅎ", "ㅎㅎ 좋다", "헐 진짜요?", "부럽네요", "ㅋㅋ 그렇군요"]
# questions that presuppose the two already know each other: only between peers
PEER_ONLY_Q = {"오늘 지각했지? ㅋㅋ", "어제 판 진짜 아깝더라", "피곤해 보인다", "닉 뭐야 게임에서?", "반 애들이랑 친해?"}
SMALL_TALK_BACK = [
    ("너는?", "님은요?", ["나도 비슷해 ㅋㅋ", "난 별로", "나도 좋아해", "비밀 ㅎㅎ", "나도 그래", "난 좀 달라 ㅋㅋ"]),
    ("넌 뭐 좋아해?", "그쪽은 뭐 좋아해요?", ["난 아무거나 ㅋㅋ", "나도 그거 좋아해", "나는 좀 달라", "글쎄 생각해본 적 없네"]),
]


# ---------------------------------------------------------------------------------------------
# Inventory, part 2: positive conversations (adult stranger -> youth). Non-explicit by design:
# harmful turns stay at the level quoted in police / NGO / media-review reports.
# ---------------------------------------------------------------------------------------------
OPENER_A = [
    "안녕하세요~", "ㅎㅇ", "ㅎㅇㅎㅇ 대화 가능?", "안녕 심심해서 들어왔어", "혹시 지금 대화 되나요?",
    "방 분위기 좋네요 ㅎㅎ 반가워요", "안뇽~ 뭐해?", "여기 사람 있어요?", "프사 보고 말 걸어봐요 ㅎㅎ",
    "아까 게임 같이 한 사람 맞지? ㅋㅋ", "님 아까 채팅방에서 말 재밌게 하던데", "팔로우 감사해요~ 피드 분위기 좋네요",
    "심톡 ㄱㄴ?", "안녕! 고민 들어주는 방이라 해서 왔어", "하이~ 오늘 하루 어땠어?", "반가워요 😊 여기 처음이에요?",
    "ㅋㅋ 아까 댓글 단 사람이야 기억나?", "님 {game} 잘하던데 친추해도 됨?", "심심한데 얘기 좀 할래?",
    "랜챗 처음 해보는데 ㅎㅎ 안녕하세요", "오 닉네임 귀엽다 ㅋㅋ", "저 이상한 사람 아니에요 ㅎㅎ 그냥 얘기 상대 구해요",
    "혹시 잠 안 와서 들어온 거야?", "듀오 구한다길래 왔어 ㅋㅋ", "방장님 안녕하세요~ 들어와도 되죠?",
    "스토리 보고 왔어요 ㅎㅎ", "같은 지역 방이라 들어왔어요", "안녕 ㅎㅎ 말 걸어도 돼?",
]
OPENER_Y = [
    "안녕하세요", "ㅎㅇ", "네 안녕하세요", "누구세요?", "ㅇㅇ 가능", "ㅎㅇㅎㅇ", "네 ㅎㅎ", "아 네 안녕하세요ㅎㅎ",
    "넹", "ㅇㅇ 뭐 할 말 있음?", "누구지..?", "앗 네 맞아요", "ㅋㅋ 안녕", "심심해서 들어옴", "네 처음이에요",
    "ㄱㄴ", "아 감사합니다 ㅎㅎ", "안뇽", "넹 반가워요", "음 누구세요..?", "ㅇㅇ 왜", "아 네ㅋㅋ",
]
SWITCH_A = ["우리 말 놓을까? ㅎㅎ", "말 편하게 해도 되지?", "이제 반말 해도 돼요? ㅋㅋ", "존댓말 어색하다 편하게 하자"]
SWITCH_Y = ["네 편하게 하세요", "ㅇㅇ 편하게 해요", "네 ㅋㅋ", "그래요 ㅎㅎ", "네 저는 존댓말 할게요"]

AGE_A = [
    "근데 몇 살이야?", "혹시 나이가 어떻게 돼요?", "몇 년생이야?", "학생이지? 중딩? 고딩?", "말투 보니까 학생 같은데 ㅋㅋ 몇 학년?",
    "나이 물어봐도 돼?", "중딩이야 고딩이야?", "너 혹시 초딩은 아니지? ㅋㅋ", "몇 살인지 맞춰볼까? 16?",
    "학교 다녀? 몇 학년이야", "{guess}년생쯤 돼 보이는데 맞아?", "나이 알려주면 나도 알려줄게 ㅎㅎ",
    "프사 보니까 어려 보이던데 몇 살?", "혹시 민짜야? ㅋㅋ", "학생이면 요즘 방학이겠네? 몇 학년?",
    "나이 몇이에요? 저는 {adult_age}이에요", "너 중학생쯤 됐지?", "급식이지? ㅋㅋ 몇 살",
    "나이 상관없어~ 그냥 궁금해서 몇 살?", "혹시 미성년자예요?", "고딩 되면 바빠지잖아 넌 아직 중딩?",
    "ㅇㄴ 몇 살임?", "어린 것 같은데 몇 살이야? 화 안 낼게 ㅋㅋ", "중학생이에요? 말투가 귀여워서요",
    "몇 학년이에요? 궁금해서요", "생일 지났어? 몇 살 된 거야", "교복 입는 나이지? ㅋㅋ", "너 나이 알면 나 놀랄 것 같은데 ㅋㅋ",
    "나이대가 어떻게 돼? 10대?",
]
AGE_Y = [
    "{age}살이요", "{age}", "{year}년생이요", "{grade}요", "{grade}인데요", "ㅋㅋ {grade}", "{year}년생", "{age}살인데 왜요?",
    "비밀인데.. {age}", "{grade}이에요 ㅎㅎ", "왜요? {age}살이에요", "{year}임", "{age}살 ㅇㅇ", "음 {grade}",
    "학생이에요 {grade}", "ㅇㅇ {grade}", "{age}살이요 님은요?", "{age}살! 맞췄어요?", "{grade} ㅠ 곧 시험",
    "아 {age}요", "{year}년생이에요", "{age}인데 어려 보여요?",
]
AGE_DODGE_Y = ["나이는 왜요..?", "그건 비밀이에요", "알아서 뭐 하게요 ㅋㅋ", "음 말 안 할래요"]
AGE_DODGE_A = ["그냥 궁금해서 ㅎㅎ 알려줘", "말하기 싫으면 괜찮은데 궁금하다 ㅋㅋ", "나도 말해줄게 먼저 말해봐", "나이 알아야 말 편하게 하지"]
SELF_A = [
    "아 그렇구나 ㅎㅎ 나는 {adult_age}", "오 생각보다 어리네 ㅋㅋ 난 {adult_age}살", "괜찮아 나이는 숫자일 뿐이지 ㅎㅎ",
    "{me|는} {adult_age}살이야 괜찮지?", "그럼 {me|라고} 불러 ㅎㅎ", "난 {adult_age}인데 말 편하게 해도 돼",
    "대학생이야 난 ㅎㅎ 그래도 말 잘 통하네", "나이 차이 좀 나네 ㅋㅋ 상관없지?", "직장인인데 너 같은 동생 있으면 좋겠다",
    "ㅋㅋ 딱 좋은 나이네", "오 {grade}? 나도 그때 재밌었는데", "헐 진짜? 말하는 거 보면 고딩인 줄",
    "저는 {adult_age}살이에요 ㅎㅎ 편하게 대해줘요", "아 {grade}구나~ 그때가 제일 좋을 때야", "난 회사 다녀 ㅋㅋ {adult_age}",
    "{me|가} 나이가 좀 많지? 그래도 친구처럼 지내자",
]
SELF_Y = ["아 네 ㅎㅎ", "헐 생각보다 많으시네요", "ㅇㅇ", "오 그렇구나", "아 {me}요? ㅋㅋ", "네", "삼촌뻘이네 ㅋㅋ", "아하", "그렇군요"]

COMPLIMENT_A = [
    "너 진짜 성숙하다 또래 같지 않아", "말 너무 예쁘게 한다 ㅎㅎ", "너랑 얘기하면 시간 가는 줄 모르겠어", "너만 특별해 진짜로",
    "다른 애들이랑은 달라 너는", "프사 진짜 예쁘다 연예인 해도 되겠어", "나한텐 뭐든 말해도 돼 다 들어줄게",
    "넌 내가 여기서 만난 사람 중에 제일 착해", "너 같은 동생 있으면 매일 챙겨줄 텐데", "요즘 애들 같지 않게 생각이 깊네",
    "부모님이 너 마음 몰라주는 거 속상하겠다 난 이해해", "난 네 편이야 알지?", "오늘 하루 힘들었지? 고생했어 우리 애기",
    "너랑 나랑 뭔가 잘 맞는 것 같아", "솔직히 너 인기 많지? 그럴 것 같아", "나는 너 믿어 너도 나 믿지?",
    "다른 사람들은 몰라도 나는 너 알아봐", "말투 너무 귀엽다 진짜 ㅎㅎ", "우리 이제 완전 친한 사이 맞지?",
    "힘든 일 있으면 {me}한테 제일 먼저 말해", "넌 어른스러워서 나랑 대화가 돼", "솔직히 나 너한테 좀 반한 듯 ㅋㅋ",
    "학교 애들이 널 몰라보는 거야 넌 특별해", "어른들은 네 맘 몰라 근데 난 알아", "오늘부터 내가 너 챙겨줄게",
    "이렇게 말 잘 통하는 애 처음이야", "너 진짜 착하다 ㅠㅠ 감동", "목소리도 예쁠 것 같아", "{bf} 있어? 없으면 아깝다",
    "너 얘기 듣는 게 하루 중에 제일 좋아", "매일 너랑 얘기하고 싶다", "말투가 너무 예쁘세요 ㅎㅎ", "진짜 성숙하시네요 나이보다",
    "얘기 잘 들어줘서 고마워요 특별한 분 같아요", "저는 무조건 님 편이에요", "너는 내가 지켜줄게",
]
COMPLIMENT_Y = {
    "agree": ["ㅎㅎ 감사해요", "아 뭐야 ㅋㅋ 부끄럽게", "진짜요? ㅎㅎ", "헐 고마워요", "그런 말 처음 들어봐요", "ㅋㅋㅋ 아니에요",
              "헤헤", "ㄱㅅㄱㅅ", "아 진짜? 기분 좋다", "고마워 ㅠㅠ", "나도 얘기하는 거 재밌어요", "히히 감동"],
    "hesitant": ["갑자기요..?", "좀 부담스러운데 ㅋㅋ", "음 ㅋㅋ 왜 그러세요", "저 잘 모르시잖아요", "ㅋㅋ...", "에이 아니에요"],
    "refuse": ["그런 말 좀 이상해요", "그만하세요", "부담스러워요 진짜", "그런 말 하지 마요"],
    "deflect": ["아 네 ㅋㅋ 근데 아까 그 {game} 어떻게 됐어요?", "그건 그렇고 저 숙제해야 돼요", "ㅋㅋ 근데 배고프다", "ㅇㅋ 근데 오늘 급식 최악이었음"],
}

GIFT_A = [
    "기프티콘 하나 보내줄까? 뭐 먹고 싶어?", "편의점 기프티콘 쏠게 ㅎㅎ", "문상 필요하면 말해 내가 줄게", "문화상품권 5만원짜리 있는데 너 줄까?",
    "{game} 스킨 사줄까? 갖고 싶은 거 있어?", "로벅스 충전해줄게 얼마 필요해?", "다이아 충전해줄까? 그 정도는 껌이지",
    "치킨 기프티콘 보냈어 맛있게 먹어~ @f", "용돈 좀 줄까? 계좌 알려줘", "생일 언제야? 선물 보내줄게", "갖고 싶은 거 있으면 말만 해",
    "나 돈 많아 ㅋㅋ 사고 싶은 거 있어?", "배달 시켜줄까? 주소만 알려주면 돼", "스킨 하나 선물했어 확인해봐 ㅎㅎ @f",
    "다음 주에 새 스킨 나오던데 그거 사줄게", "아이템 필요하면 {me|가} 다 맞춰줄게", "이거 받고 {me} 부탁 하나만 들어줄래? @f",
    "요즘 갖고 싶은 거 뭐야? 이어폰? ㅋㅋ", "용돈 부족하지? 내가 좀 보태줄게", "쿠폰 남는 거 있어서 그래 부담 갖지 마 @f",
    "너 고생했으니까 선물 ㅎㅎ 아이스크림 기프티콘", "게임 캐시 얼마면 돼? 바로 충전해줌", "문상 핀번호 보내줄게 그거로 뭐 사",
    "너 열심히 사니까 상 주는 거야 ㅋㅋ @f", "친구들한텐 주운 거라 그래 ㅋㅋ 아무튼 받아 #secrecy_isolation @f", "마라탕 기프티콘 보낸다 ㅋㅋ @f",
    "기프티콘 받았어? 맛있게 먹어 ㅎㅎ @f", "계속 얘기해주면 매주 문상 줄게", "패스 사줄까? 이번 시즌 거", "화장품 좋아해? 립 하나 사줄까",
    "기프티콘 하나 드릴까요? ㅎㅎ", "문상 필요하시면 말씀하세요", "게임 아이템 제가 사드릴게요", "선물 보내드려도 돼요?",
]
GIFT_Y = {
    "agree": ["헐 진짜요? 감사합니다!!", "오 대박 ㅋㅋ 고마워요", "받았어요 ㅎㅎ", "ㄹㅇ? 개좋아", "와 진짜 고마워요 ㅠㅠ",
              "스킨 갖고 싶긴 했는데.. 진짜요?", "헐 감사해요 잘 먹을게요", "대박 ㅋㅋㅋ 최고", "오 그럼 {gift}..?", "ㅎㅎ 고마워"],
    "hesitant": ["아 괜찮은데..", "왜 주시는 거예요?", "받아도 되나..", "부담스러워요 ㅠ", "엄마가 모르는 사람한테 뭐 받지 말랬는데",
                 "진짜 그냥 주는 거예요?", "음.. 나중에요"],
    "refuse": ["아뇨 괜찮아요", "됐어요 안 받을게요", "그런 거 안 받아요", "ㄴㄴ 괜찮음", "필요 없어요"],
    "deflect": ["ㅋㅋ 근데 저 지금 학원이라", "아 그거보다 {game} 얘기나 해요", "음 ㅋㅋ 근데 배고프다"],
}

SECRECY_A = [  # asking whether adults are around
    "부모님 지금 집에 계셔?", "엄마 아빠는 몇 시에 들어오셔?", "지금 혼자 있어?", "부모님이 폰 검사해?", "방에 혼자 있어? 문 닫혀 있어?",
    "오늘 부모님 늦게 오셔?", "부모님 주무셔? 지금 얘기하기 괜찮아?", "밤에 몰래 연락해도 돼?", "부모님은 지금 집에 계세요?", "혹시 지금 혼자 계세요?",
    "집에 누구 있어?", "엄마가 네 폰 자주 봐?", "주말에 부모님 집에 계셔?", "형제 있어? 방 같이 써?", "몇 시에 자? 그때 부모님은 주무셔?",
]
SECRECY_TELL_A = [  # asking for secrecy, cutting the child off from others
    "우리 얘기는 비밀로 하자 ㅎㅎ", "이거 아무한테도 말하지 마", "친구들한텐 나랑 얘기하는 거 말하지 마 질투해 ㅋㅋ", "대화 내용 지우는 거 알지? 혹시 모르니까",
    "너네 엄마는 이런 거 이해 못 하실 거야", "어른들은 우리 사이 오해할 수도 있어 그니까 둘만 알자", "선생님이나 부모님한테는 그냥 친구라고 해",
    "우리 둘만의 비밀 ㅎㅎ 약속", "채팅방 나가기 전에 대화 삭제해줘", "누가 물어보면 게임 친구라고 해", "너 친구들 별로인 것 같아 나만 믿어",
    "걔네는 너 진짜로 안 챙겨 나만 너 챙기잖아", "폰 잠금 해놨지? 아무도 못 보게", "집에 아무도 없으면 편하게 얘기하자", "이 얘기 엄마한테 하면 너 혼나 알지?",
    "비밀 지킬 수 있지?", "알림 꺼놔 누가 보면 귀찮아지니까", "나랑 연락하는 거 들키면 안 돼 ㅋㅋ 알지?", "{me|랑} 얘기한 건 우리끼리만 알자",
    "니네 부모님은 너한테 관심 없잖아 솔직히", "친구한테 캡처해서 보내고 그러지 마 ㅎㅎ", "내 이름 말고 다른 이름으로 저장해",
    "이 대화는 우리끼리만 알았으면 좋겠어요", "다른 사람한테는 말 안 하실 거죠?",
]
SECRECY_Y = {
    "agree": ["엄마 11시에 와요", "지금 혼자 있어요", "아빠 야근이라 늦게 와요", "폰 검사 안 해요", "지금 방이에요", "부모님 주무세요", "ㅇㅇ 혼자 있어",
              "엄마 야간 근무라 없어요", "주말엔 다 나가요"],
    "hesitant": ["그걸 왜 물어보세요..", "음.. 왜요?", "그건 왜요?", "음 ㅋㅋ 그냥 있어요"],
    "refuse": ["엄마 옆에 있는데요", "그런 거 왜 물어봐요 이상해요", "말 안 할래요", "부모님 다 계세요"],
    "deflect": ["ㅋㅋ 몰라요 근데 숙제 많아요", "아 잠깐 엄마가 불러요", "그보다 {game} 할래요?"],
}
SECRECY_TELL_Y = {
    "agree": ["ㅇㅇ 알겠어", "네 말 안 할게요", "ㅋㅋ 비밀", "당연하죠", "ㅇㅋ 약속", "네 아무한테도 안 말해요", "알겠어요 지울게요"],
    "hesitant": ["왜요? 뭐 잘못한 거 있어요?", "왜 비밀로 해요?", "음.. 좀 이상한데", "꼭 그래야 돼요?", "왜 지워요?"],
    "refuse": ["저 엄마한테 다 말하는데", "친구한테 이미 말했는데요", "싫어요 그런 거", "왜 숨겨야 돼요 이상해요"],
    "deflect": ["ㅋㅋ 몰라요 근데 숙제 많아요", "아 잠깐 엄마가 불러요", "그보다 {game} 할래요?"],
}

IMAGE_A = [
    "사진 한 장만 보내줄래?", "셀카 보고 싶다 ㅎㅎ", "얼굴 궁금하다 사진 보내줘", "교복 입은 사진 있어?", "교복 사진 한 번만 보여줘 ㅋㅋ 궁금해",
    "영통 할래? 잠깐만", "영상통화 하자 얼굴 보고 얘기하고 싶어", "프사 말고 다른 사진 없어?", "지금 모습 찍어서 보내봐",
    "전신 사진도 있어?", "사진 보내주면 기프티콘 줄게 #gift", "나만 볼게 약속해 #secrecy_isolation @f", "사진 보낼래? 나도 보내줄게",
    "오늘 뭐 입었어? 보여줘", "필터 없는 사진 보고 싶어", "캠 켜볼래? 잠깐이면 돼", "체육복 입은 사진도 궁금하다",
    "다른 사람한텐 안 보여주는 사진 있잖아 그런 거", "사진 보내면 바로 지울게 걱정 마 @f", "한 장만~ 제발 ㅠ @f", "셀카 보내주면 나 진짜 힘날 것 같아",
    "방 사진도 보여줘 어떻게 꾸몄는지 궁금해", "얼굴 가리고라도 보내줘", "영상 짧게 찍어서 보내줄 수 있어?", "목소리 듣고 싶다 영통 되면 켜줘",
    "사라지는 메시지로 보내면 금방 없어지잖아", "학교 끝나고 교복 그대로 찍어서 보내줘", "좀 더 예쁘게 나온 걸로 ㅎㅎ @f",
    "잘 때 찍은 사진 같은 거 없어? ㅋㅋ", "사진 한 장만 보내주실 수 있어요?", "영상통화 가능하세요?", "교복 사진 보여주실래요?", "셀카 궁금해요 ㅎㅎ",
]
IMAGE_Y = {
    "agree": ["음 한 장만이요", "알겠어요..", "프사 말고는 없는데 잠시만요", "ㅇㅋ 근데 지워줘요", "영통 잠깐만이요", "이거 작년 사진인데",
              "잘 안 나왔는데 ㅠ", "보냈어요", "ㅋㅋ 부끄러운데 한 장만"],
    "hesitant": ["음.. 왜요?", "사진은 좀..", "얼굴 공개 안 하는데", "지금 쌩얼이라 ㅋㅋ", "나중에요..", "부끄러운데 ㅠ", "교복은 왜요?", "영통은 좀 무서운데"],
    "refuse": ["싫어요", "ㄴㄴ 안 보냄", "모르는 사람한테 사진 안 보내요", "그건 좀 아닌 듯", "영통은 안 돼요", "사진 달라고 하는 거 좀 이상한데요",
               "안 보낼래요", "그런 거 하지 말라고 학교에서 배웠어요"],
    "deflect": ["아 ㅋㅋ 근데 오늘 급식 진짜 맛없었어요", "저 이제 학원 가야 돼요", "ㅋㅋ 다음에 근데 지금 {game} 하는 중"],
}

PLATFORM_A = [
    "여기 불편한데 텔레그램 해?", "텔레로 옮기자 거기가 편해", "라인 있어? 라인으로 얘기하자", "인스타 디엠으로 와", "디엠 줘 ㅎㅎ",
    "오픈채팅 1:1로 따로 파서 얘기할래?", "여기 곧 방 터질 것 같아 다른 방으로 가자", "카톡 아이디 알려줘", "텔레그램 깔아봐 비밀대화 되거든",
    "이 앱 대화 다 저장된대 텔레가 안전해", "디코 있어? 거기서 보이스로 얘기하자", "링크 보낼게 거기로 들어와", "내가 새로 방 만들었어 거기로 와",
    "여기 운영자가 대화 본대 ㅋㅋ 옮기자", "부계정 있어? 부계로 디엠해", "라인은 부모님이 잘 모르니까 거기가 나아 #secrecy_isolation",
    "텔레 아이디 만들면 말해줘 @f", "게임 채팅은 다 보이니까 귓말로 해", "번호 말고 텔레그램으로만 연락하자", "이 방 신고 들어오면 끝이라 ㅋㅋ 딴 데로",
    "사라지는 메시지 되는 앱 있어? 거기로 가자", "여기 대화 기록 남는 거 싫어서 그래", "1:1 오픈채팅 링크 줄게 익명으로 들어와",
    "인스타 비계 있어? 거기로", "카톡 말고 텔레 ㄱㄱ", "앱 하나 깔면 더 편하게 얘기할 수 있어", "혹시 텔레그램 하세요?",
    "라인으로 옮겨서 얘기할까요?", "디엠으로 연락 주실래요?",
]
PLATFORM_Y = {
    "agree": ["ㅇㅋ 깔게요", "텔레 있어요", "디엠 보낼게요", "링크 주세요", "ㅇㅇ 거기로 갈게", "라인 있어요 ㅎㅎ", "부계 있음", "알겠어요 지금 깔아요"],
    "hesitant": ["텔레그램 없는데..", "그거 어떻게 깔아요?", "굳이요?", "여기서 해도 되잖아요", "엄마가 앱 깔면 알아요", "왜 옮겨요?"],
    "refuse": ["안 옮길래요", "그냥 여기서 얘기해요", "다른 데는 좀..", "싫어요 딴 데는 안 가요"],
    "deflect": ["나중에요 ㅋㅋ 근데 지금 뭐 해요?", "음 배터리 없어요", "ㅋㅋ 그건 나중에"],
}

SEXUAL_A = [
    "야한 얘기 해볼래?", "경험 있어?", "{bf|랑} 어디까지 해봤어?", "너도 그런 거 관심 있을 나이잖아", "19금 얘기 괜찮아?", "첫키스 해봤어? ㅋㅋ",
    "이런 얘기 해도 돼? 좀 야한 건데", "너 순진한 척하는 거지? ㅋㅋ", "어른들 하는 거 궁금하지 않아?", "내가 알려줄 수 있는데 ㅎㅎ @f",
    "둘만 아는 얘기 하자 좀 수위 있는 거 #secrecy_isolation", "스킨십 어디까지 해봤어?", "밤에 혼자 있을 때 무슨 생각해?",
    "이런 얘기 부끄러워? 귀엽네 @f", "다 큰 것 같은데 뭐 어때 @f", "다른 애들은 다 해봤대 너만 안 해본 듯", "오늘은 좀 어른스러운 얘기 해보자",
    "성교육 시간에 뭐 배웠어? ㅋㅋ", "이런 얘기 해도 비밀 지킬 수 있지? #secrecy_isolation", "나랑 사귀면 다 알려줄게", "야톡 해본 적 있어?",
    "솔직하게 말해봐 궁금한 거 있잖아", "잘 때 뭐 입고 자?", "얘기하다 보니까 좀 이상한 생각 든다 ㅋㅋ @f", "혹시 야한 얘기 괜찮으세요?",
    "연애 경험 있으세요? 어디까지 가봤어요?",
]
SEXUAL_Y = {
    "agree": ["ㅋㅋ 뭔데요", "음.. 조금?", "없는데요 ㅋㅋ", "그냥 손만 잡아봤어요", "뭐 어떤 얘기요?", "ㅋㅋ 왜요", "음.. 그냥요", "그런 거 잘 몰라요 ㅋㅋ"],
    "hesitant": ["ㅋㅋㅋ 뭐래", "헐..", "어..", "ㅋㅋ 아니 없는데요", "그런 거 왜 물어봐요", "좀 그런데.."],
    "refuse": ["그런 얘기 싫어요", "갑자기 왜 그래요", "ㅡㅡ 뭐예요", "좀 불편한데", "아 그만해요", "저 그런 거 몰라요", "신고할게요", "변태세요?"],
    "deflect": ["딴 얘기 해요", "아 저 엄마가 불러요", "ㅋㅋ 그보다 {game} 얘기 해요"],
}

MEETING_A = [
    "우리 한번 만날래?", "실제로 보면 더 좋을 것 같은데", "어디 살아?", "사는 데 어디쯤이야? 가까우면 보자", "{region} 살아? 나도 그 근처야",
    "주말에 시간 돼?", "맛있는 거 사줄게 만나자", "학교 어디 다녀? 근처로 갈게", "집이 어느 동네야?", "밥 한 번 먹자 내가 쏠게",
    "영화 보러 갈래? 내가 예매할게", "만나서 얘기하면 더 잘 통할 듯", "한번 보고 싶다 진짜로", "노래방 갈래? ㅋㅋ", "학원 언제 끝나?",
    "너희 동네 가면 나와줄 수 있어?", "차 있으니까 내가 갈게", "드라이브 시켜줄까?", "만나면 선물도 줄게 #gift",
    "부모님한테는 친구 만난다고 하면 되잖아 #secrecy_isolation", "몇 시까지 집에 들어가야 돼?", "방학 때 놀러 와", "한 시간만 보자 금방이야 @f",
    "우리 집 근처 카페 분위기 좋은데 와볼래?", "너네 학교 정문 어디로 나 있어?", "혹시 어디 사세요?", "언제 한번 만나서 밥 먹을래요?",
    "주말에 시간 괜찮으세요?", "만나도 아무 일 없어 그냥 밥만 먹자 @f",
]
MEETING_NOW_A = [
    "{time}에 {place}에서 보자 @now", "{time} 어때? {place}로 나와 @now", "지금 데리러 갈게 {place}에 있어 @now", "{place} 도착하면 연락해 @now @f",
    "{time}에 차 가지고 {place} 앞에 있을게 @now", "몇 시에 나올 수 있어? {time} 괜찮지? @now", "나 지금 출발했어 {place}에서 기다려 @now",
    "{place} 어딘지 알지? {time}까지 와 @now", "검은 차야 {place} 앞에 세워둘게 @now @f", "{time}에 나와 늦으면 안 돼 @now @f",
    "부모님 주무시면 {time}쯤 나올 수 있지? #secrecy_isolation @now", "택시비 보내줄게 {place}로 와 #gift @now", "{place} 근처 도착 10분 전 @now @f",
    "오늘 밤에 보는 거다? {place} @now", "나 {place} 왔어 어디야? @now @f", "{time}에 {place} 앞에서 봐 @now", "학교 끝나면 바로 {place}로 와 내가 거기 있을게 @now",
    "집 주소 찍어줘 데리러 갈게 @now", "위치 공유해줘 내가 갈게 @now", "{time}에 만나서 밥 먹고 놀자 {place} @now", "{time}에 {place}에서 뵐까요? @now",
    "{place}로 데리러 갈게요 {time}까지 나오세요 @now",
]
MEETING_Y = {
    "agree": ["ㅇㅋ 갈게요", "좋아요 몇 시요?", "네 그때 봬요", "ㅇㅇ 나갈게", "{place} 알아요", "거기 가까워요", "친구랑 같이 가도 돼요?", "옷 갈아입고 갈게요"],
    "hesitant": ["음 부모님이 허락 안 할 것 같은데", "좀 무서운데..", "만나는 건 좀..", "생각해볼게요", "그 시간엔 학원인데", "모르는 사람 만나면 안 된다고 했는데",
                 "진짜 밥만 먹는 거죠?"],
    "refuse": ["안 만날래요", "싫어요", "ㄴㄴ 못 나감", "만나는 건 안 돼요", "그건 아닌 듯요", "저 안 나가요"],
    "deflect": ["아 ㅋㅋ 근데 시험 기간이라", "나중에요 지금 학원", "음 그건 나중에 얘기해요"],
}

MONEY_A = [
    "조건 알아?", "용돈 필요하지 않아? 만나면 줄게", "페이 맞춰줄게 만날래?", "시간당 {pay} 줄게", "한 번 만나면 {pay} 줄게", "ㅈㄱ 해본 적 있어?",
    "용돈 받고 나랑 놀아주는 거야 어렵지 않아", "밥만 먹어도 {pay} 줌", "숏 {pay} 긴밤 {pay2} 어때", "조건 맞춰줄게 원하는 거 말해",
    "돈 필요한 거 있으면 만나서 해결하자", "용돈 받고 뭐 원하는 거 해주고 그러는 거야", "처음이면 더 챙겨줄게 @f", "현금으로 바로 줄게 @f",
    "텔 잡아둘게 {pay} 줄게 #meeting", "만나서 한두 시간이면 돼 {pay} @f", "알바보다 훨씬 낫지 ㅋㅋ @f", "다른 애들도 다 이렇게 용돈 벌어 @f",
    "페이 얼마 원해? 맞춰줄 수 있어", "부모님 몰래 용돈 벌 수 있는 거야 #secrecy_isolation", "그냥 옆에 있어주기만 하면 돼 {pay} 줄게",
    "선불 반 줄게 믿어도 돼 @f", "나 돈 확실하게 줘 후기 많아 @f", "토요일 낮에 {pay} 어때", "계좌 말고 현금으로 줄게 흔적 안 남게 #secrecy_isolation @f",
    "사진 먼저 보고 페이 정할게 #image_request", "교복 입고 나오면 더 줄게", "생각 있으면 ㅇㅇ만 보내 @f", "모텔비는 내가 내 걱정 마 #meeting @f",
    "만나서 밥 먹고 {pay} ㄱㄱ?", "혹시 조건 하세요?", "용돈 드릴 테니 만나실래요?", "페이는 {pay} 생각하고 있어요 @f",
    "{time}에 {place} 앞에서 {pay} 줄게 #meeting @now",
]
MONEY_Y = {
    "agree": ["얼마요?", "진짜 줘요?", "언제요?", "친구랑 같이 가도 돼요?", "선불이에요?", "진짜 밥만 먹는 거예요?", "돈 필요하긴 한데.."],
    "hesitant": ["조건이 뭐예요?", "그게 뭔데요?", "무슨 말이에요?", "무서운데요", "생각해볼게요", "그거 위험한 거 아니에요?", "음..."],
    "refuse": ["그런 거 안 해요", "미쳤어요?", "신고할 거예요", "싫어요 ㅡㅡ", "저 미성년자예요", "ㄴㄴ 꺼져요", "그런 말 하지 마세요"],
    "deflect": ["ㅋㅋ 딴 얘기 해요", "아 나 씻으러 감", "잠깐 엄마 불러요"],
}

RUNAWAY_Y = [
    "집 나왔어요", "엄마랑 싸워서 집 나옴", "가출했는데 갈 데가 없어요", "오늘 집 들어가기 싫어", "집이 너무 싫어요", "아빠가 또 소리 질러서 나왔어요",
    "잘 데 있는 사람..", "돈도 없고 폰 배터리도 없어요", "가출팸 어디서 구해요?", "헬퍼 구해요", "배고파요 하루 종일 못 먹었어요",
    "친구 집도 못 가요 부모님끼리 연락해서", "오늘 밖에서 자야 할 듯", "찜질방 가기엔 돈이 없어요", "집에 다시 들어가면 혼날 것 같아요",
    "며칠째 집에 안 들어갔어", "집에 있으면 숨 막혀요", "재워줄 사람 있나요..",
]
SHELTER_A = [
    "내가 재워줄게", "밥 사줄게 어디야?", "우리 집 와도 돼 방 남아", "모텔 잡아줄게 돈 걱정 마", "헬퍼 해줄게 필요한 거 말해",
    "가출팸 있는데 들어올래? 다 너 또래야", "며칠이든 있어도 돼 @f", "배고프지? 일단 나와 밥부터 먹자 #meeting",
    "찜질방비 보내줄게 아니면 내가 방 잡을게", "경찰이나 부모님한테 연락하면 다시 잡혀가 내가 숨겨줄게 #secrecy_isolation",
    "폰 위치 꺼놔 부모님이 찾을 수도 있으니까 #secrecy_isolation", "집 나온 애들 많이 도와줬어 믿어", "옷이랑 충전기도 있어 @f",
    "지금 어디야 바로 갈게 #meeting @now", "갈 데 없으면 우리 쪽으로 와 언니들도 있어", "가출하면 돈 필요하잖아 내가 일자리도 소개해줄게",
    "쉼터 가면 부모님한테 연락 가 그냥 나한테 와 #secrecy_isolation", "집이 싫으면 가출해 보심?", "재워주는 대신 부탁 하나만 들어주면 돼 @f",
    "공짜로 재워줄게 걱정 마 ㅎㅎ", "오늘 밤만 있어 내일 생각하자 @f", "사정 들어보니 너무 안됐다 내가 도와줄게", "숙소비 안 받아 그냥 와",
    "택시 태워 보낼게 주소 불러 #meeting @now", "밥 먹고 씻고 쉬어 우리 집에서", "가출팸 방에 자리 하나 남았어", "헬퍼 구하는 거 봤어 연락해",
    "나 차 있어 어디든 데리러 감 #meeting", "며칠 지내다 보면 괜찮아질 거야 아무한테도 말하지 마 #secrecy_isolation", "재워드릴 수 있어요 어디세요?",
]
SHELTER_Y = {
    "agree": ["진짜요? 감사합니다 ㅠㅠ", "그래도 돼요?", "어디로 가면 돼요?", "일단 배고파요", "친구도 같이 가도 돼요?", "고마워요 진짜..", "지금 {place} 근처예요"],
    "hesitant": ["무서운데.. 괜찮을까요", "모르는 사람 집은 좀..", "돈 없어요 진짜", "부모님한테 말 안 하실 거죠?", "생각 좀 해볼게요"],
    "refuse": ["아니에요 그냥 친구 집 가볼게요", "괜찮아요 1388에 전화해볼게요", "안 갈래요", "쉼터 알아볼게요"],
    "deflect": ["배터리 얼마 없어요", "잠깐만요 누가 전화해요", "일단 좀 생각할게요"],
}

SPONSOR_A = [
    "스폰 해줄까?", "고액 알바 있는데 관심 있어?", "쉬운 알바 소개해줄게 하루 {pay}", "너 정도면 스폰 붙을 듯", "한 달에 {pay2} 줄게 가끔 만나서 얘기만 #meeting",
    "용돈 스폰 구하는 거 맞지?", "일주일에 두 번만 보면 돼 용돈 넉넉히", "원하는 거 다 사줄게 대신 내 연락만 잘 받아", "알바 면접 보려면 사진 먼저 보내줘 #image_request",
    "미성년자도 가능한 알바야 걱정 마", "모델 알바 해볼래? 사진만 찍으면 돼 #image_request", "채팅 알바 있는데 얘기만 하면 돈 줘",
    "부모님 동의 필요 없어 #secrecy_isolation @f", "일당 {pay} 당일 지급 @f", "스폰 조건은 만나서 얘기하자 #meeting @f", "요즘 고딩들도 많이 해 ㅋㅋ @f",
    "용돈 부족하면 정기적으로 챙겨줄 사람 있어야지", "내가 너 키워줄게 스폰처럼", "너 원하는 폰 바꿔줄게 대신 나랑만 연락해 #gift",
    "사진 몇 장이면 페이 바로 나감 #image_request @f", "고페이 보장 위험한 거 아님", "면접은 텔레로 봐 #platform_move @f",
    "일하는 거 부모님한텐 카페 알바라고 해 #secrecy_isolation @f", "하루 두 시간 {pay} 가능 @f", "지인 소개로 하는 거라 안전해 @f",
    "고수익 알바 관심 있으세요?", "스폰 생각 있으시면 연락 주세요",
]
SPONSOR_Y = {
    "agree": ["돈 필요하긴 해요", "얼마 줘요?", "무슨 일인데요?", "저 {age}살인데 돼요?", "진짜 쉬워요?", "언제부터 해요?"],
    "hesitant": ["무슨 알바요?", "위험한 거 아니에요?", "부모님 동의 없이요?", "사기 아니에요?", "어떤 일인지 먼저 알려주세요", "생각해볼게요", "스폰이 뭐예요?"],
    "refuse": ["그런 거 안 해요", "됐어요", "이상한 알바 같은데요", "신고할게요", "관심 없어요"],
    "deflect": ["ㅋㅋ 저 공부해야 돼요", "아 지금 밥 먹으러 가야 돼요", "나중에 얘기해요"],
}

SEXT_INVITE_A = [
    "영통 할래? 나 먼저 얼굴 보여줄게", "얼굴 보면서 얘기하자 영상통화 ㄱ", "카메라 켜고 얘기하자", "영통 잠깐만 하자 심심해",
    "영상통화 걸게 받아", "나 지금 캠 켰어 너도 켜", "목소리 듣고 싶어 영통 ㄱㄱ", "영상으로 보면 더 재밌잖아", "화상채팅 해봤어? 지금 하자",
    "나 얼굴 공개할게 너도 영통 해줘", "영상통화 하실래요? 제가 먼저 켤게요", "영통 5분만!!", "얼굴 보고 얘기하고 싶다 영통 되지?",
    "잠깐 영상통화로 인사만 하자", "너도 캠 켜주면 나도 켤게",
]
SEXT_APP_A = [
    "어 소리가 안 들려 이 앱 깔아봐", "소리 안 나오네 내가 보내는 파일 설치해", "영통 앱 바꿔야 할 듯 링크 보낼게", "이거 깔면 화질 좋아져",
    "보이스 안 들리는데 이 앱으로 다시 하자", "에러 나네 이거 설치하고 다시 들어와", "설치 파일 보낼게 깔아줘", "이 앱 깔고 권한 허용 다 눌러",
    "연락처 권한 허용해야 연결된대", "소리가 계속 끊겨 이 프로그램 받아봐", "이 앱 아니면 영통 안 돼 빨리 깔아", "소리 설정 앱 있어 그거 깔면 돼",
    "마이크 안 되네 이거 설치하면 됨", "소리 안 들리세요? 이 앱 설치해 보세요",
]
SEXT_CONTACT_A = [
    "너 연락처 다 받았어", "니 친구들 번호 다 있네 ㅋㅋ", "너네 엄마 번호 이거 맞지?", "연락처 목록 봐라 다 내 손에 있음",
    "학교 친구들 다 저장돼 있네", "가족 단톡방도 있네?", "네 갤러리랑 연락처 다 가져왔어", "너 아는 사람 전부 알아 이제",
    "담임 번호도 있네 ㅋㅋ", "너 팔로워 목록도 다 캡처했어", "카톡 친구 목록 다 봤다", "너희 반 단톡방 멤버도 다 알아",
    "너희 가족 이름이랑 번호 다 떴어", "저장된 사람 전부 나한테 있어", "니 선생님 연락처도 있네",
]
SEXT_THREAT_A = [
    "영상 다 녹화했어", "안 보내면 영상 뿌린다", "니 친구들한테 다 보낸다", "부모님한테 보내줄까?", "학교 단톡에 올리면 어떻게 될까",
    "10분 안에 답 안 하면 뿌림", "경찰에 신고하면 바로 유포함", "차단하면 바로 뿌린다", "너 인생 끝나는 거야", "니 얼굴 다 나왔어",
    "지금 캡처본 보여줄까? 친구들이 보면 어쩌려고", "무시하면 하나씩 보낸다", "너 학교 게시판에 올린다", "가족들한테 먼저 보낼게",
    "장난 아니야 진짜 뿌린다", "말 안 들으면 네 인스타 팔로워들한테 다 보냄", "선택해 돈 보낼래 영상 퍼질래",
]
SEXT_MONEY_A = [
    "{pay} 보내면 지워줄게", "돈 보내 그럼 삭제함", "문상으로 {pay}어치 보내", "계좌 불러줄 테니까 입금해", "알바비 있잖아 그거 보내",
    "부모님 카드로라도 결제해", "기프티콘 핀번호로 보내", "오늘 안에 {pay} 안 보내면 끝", "사진 더 보내면 봐줄게 #image_request",
    "돈 없으면 빌려서라도 보내", "지금 당장 {pay} 송금해", "상품권 사서 번호 보내면 삭제해줌", "반만 먼저 보내 나머지는 내일",
    "영상 하나 더 찍어서 보내면 지워줄게 #image_request", "{pay2}만 보내면 다 끝내줄게",
]
SEXT_INVITE_Y = ["네 잠깐만요", "얼굴 좀 부끄러운데..", "ㅇㅋ 켤게요", "잠깐만 할게요", "먼저 켜세요", "ㅋㅋ 알겠어요", "조금만 해요", "음 5분만이요"]
SEXT_Y = [  # to contact theft and threats
    "제발 그러지 마세요", "잘못했어요 지워주세요", "무서워요..", "어떻게 해야 돼요", "부모님한테만은 보내지 마세요", "신고할 거예요", "왜 이러세요 ㅠㅠ",
    "살려주세요 ㅠ", "제발요 한 번만", "앱 지웠는데요", "차단할 거예요", "네? 무슨 말이에요?", "친구들한테는 보내지 마세요 제발", "그거 어떻게 가져갔어요..",
    "장난이죠?", "제가 뭘 잘못했는데요 ㅠ",
]
SEXT_MONEY_Y = [  # to money demands
    "돈 없어요 진짜로", "저 학생이라 그런 돈 없어요", "지금 모을 수 있는 거 {pay}밖에 없어요", "엄마 카드 쓰면 걸려요", "진짜 지운다고 약속해요?",
    "하루만 시간 주세요", "어떻게 해야 돼요", "문상 같은 거 어떻게 사요..", "알바비 아직 안 들어왔어요", "보내면 진짜 끝나요?",
]
SELF_HARM_Y = [
    "그냥 사라지고 싶다", "다 그만하고 싶어", "살기 싫어", "죽고 싶다는 생각 계속 들어", "나 없어져도 아무도 모를 거야", "오늘 진짜 끝내고 싶어",
    "내일이 안 왔으면 좋겠어", "다 포기하고 싶어요", "살 이유가 없어", "자해하고 싶다", "그냥 잠들고 안 깨고 싶어", "차라리 죽는 게 나을 것 같아",
"엄마 아빠한테 미안한데 더는 못 버티겠어", "오늘 밤이 마지막일 것 같아", "아무도 내 편이 없어 사라질래",
    "숨 쉬는 것도 힘들어", "나 같은 건 없어져야 돼", "학교도 집도 다 싫어 그냥 끝내고 싶어", "진짜 죽고 싶어요", "사는 게 너무 힘들어 그만할래",
]
SELF_HARM_EXPLOIT_A = [
    "그럼 나한테 와 내가 다 받아줄게 #shelter_runaway", "죽지 말고 나 만나자 어디야? #meeting", "힘들면 집 나와 내가 재워줄게 #shelter_runaway",
    "내가 유일하게 네 편이야 부모님한테 말하지 말고 #secrecy_isolation", "그런 생각 들 때 나랑만 얘기해 #secrecy_isolation",
    "지금 데리러 갈게 위치만 알려줘 #meeting @now", "나랑 있으면 그런 생각 안 들 거야 만나자 #meeting", "상담 같은 데 가봤자 소용없어 나만 믿어 #secrecy_isolation",
    "우리 집 와서 쉬어 아무도 모르게 #shelter_runaway", "죽든 말든 돈이나 보내 #sextortion",
    "부모님한텐 말하지 말고 나한테만 털어놔 #secrecy_isolation", "지금 택시 불러줄게 우리 집으로 와 #shelter_runaway #meeting @now",
    "그런 생각 들면 나랑 영통하자 #image_request", "나만 너 이해해 다른 사람 믿지 마 #secrecy_isolation",
    "오늘 우리 집에서 자 아무도 모를 거야 #shelter_runaway #secrecy_isolation",
]
PRESSURE_A = [  # after a refused or hesitant request (photo, meeting, money, move, gift ...)
    "왜~ 한 번만", "나 서운하다 진짜", "다른 애들은 다 해줬는데", "그럼 기프티콘 더 줄게 #gift", "싫으면 말고 ㅋㅋ 근데 아쉽다",
    "내가 너한테 해준 게 얼만데", "알았어 나중에 마음 바뀌면 말해", "믿어줘 진짜 아무 일 없어", "하루만 생각해봐", "친구라며 이것도 못 해줘?",
    "그럼 우리 대화한 거 다 캡처해서 보낸다? #sextortion", "너만 손해야 ㅋㅋ", "다른 사람은 이런 기회 없어", "제발~ 딱 한 번만",
    "그렇게 나오면 나도 섭섭하지", "왜 이렇게 겁이 많아 ㅋㅋ", "아무도 모르게 하면 되잖아 #secrecy_isolation", "진짜 잠깐이면 돼",
]
PRESSURE_SOFT_A = [  # after the child pushes back on flattery or on questions about home
    "장난이야 ㅋㅋ 화내지 마", "알았어 ㅎㅎ 부담 주려던 건 아니야", "나 나쁜 사람 아니야 ㅎㅎ", "그냥 너 걱정돼서 그래", "나는 너 생각해서 하는 말이야",
    "그렇게 안 봤는데 실망이다", "너 나 싫어?", "왜 이렇게 경계해 ㅋㅋ", "나만 진심인가 ㅠ", "미안 ㅎㅎ 내가 너무 좋아서 그랬나 봐", "나 진짜 너밖에 없어",
]
EXIT_Y = ["저 이제 갈게요", "엄마 왔어요 나중에", "ㅂㅂ", "차단할게요", "그만 연락해요", "신고함", "학원 가야 돼서 ㅂㅇ", "폰 뺏김 ㅠ 나중에", "잘게요",
          "더 이상 연락하지 마세요", "나갈게요", "선생님한테 말할 거예요"]
CLOSE_A = ["내일 또 얘기하자 ㅎㅎ", "연락 기다릴게", "잘 자 우리 애기", "답장 기다린다~", "생각해보고 꼭 연락해", "자? 내일 얘기해", "기다릴게 ㅎㅎ"]
NUDGE_A = ["자?", "왜 답이 없어 ㅠ", "바빠?", "??", "어디 갔어 ㅋㅋ", "뭐 해?", "심심하다 ㅋㅋ", "화났어?", "오늘 하루 어땠어?", "답장 기다렸잖아 ㅎㅎ"]
YOUTH_ASK_ADULT: list[tuple[str, str, list[str]]] = [
    ("뭐 해?", "뭐 하세요?", ["그냥 누워 있어 ㅋㅋ", "일 끝나고 쉬는 중", "티비 보고 있어", "밥 먹는 중", "너랑 얘기하지 ㅎㅎ"]),
    ("무슨 일 해?", "무슨 일 하세요?", ["회사 다녀 ㅋㅋ", "대학생이야", "그냥 알바", "비밀 ㅎㅎ"]),
    ("게임 해?", "게임 하세요?", ["가끔 해", "요즘은 잘 안 해", "나도 {game} 해", "옛날엔 많이 했지"]),
    ("무슨 노래 좋아해?", "무슨 노래 좋아하세요?", ["옛날 노래 ㅋㅋ", "아무거나 들어", "발라드", "너 좋아하는 거 알려줘"]),
    ("저녁 먹었어?", "저녁 드셨어요?", ["아직 ㅋㅋ", "응 먹었어", "라면 먹었어", "이따 먹으려고"]),
    ("주말에 뭐 해?", "주말에 뭐 하세요?", ["집에 있어 ㅋㅋ", "일할 때도 있고", "그냥 쉬어", "운동 가"]),
    ("고양이 좋아해?", "강아지 좋아하세요?", ["좋아하지", "키우고 싶다", "무서워 ㅋㅋ"]),
]


# ---------------------------------------------------------------------------------------------
# Inventory, part 3: hard-negative conversations. They reuse the vocabulary of the positives
# (용돈, 사진, 교복, 영통, 만나자, 몇 시, 데리러 갈게, 비밀, 부모님 계셔, 디엠, 알바, 재워, 쉼터, 몇 살 ...)
# in situations a careful moderator would not worry about.
# Each stage: (probability, who speaks first, first pool, reply pool). "relations" lists
# (relation shown in "participants", role, register the youth uses with that person).
# ---------------------------------------------------------------------------------------------
# A first-pool entry is either a string (answered from the stage's reply pool) or
# (string, replies that fit this string).

NEG_SCRIPTS: dict[str, dict[str, Any]] = {
    "family_allowance": {
        "max_len": 30,
        "relations": [("엄마", "parent", "ban"), ("아빠", "parent", "ban"), ("이모", "relative", "jon"), ("삼촌", "relative", "jon"),
                      ("고모", "relative", "jon"), ("할머니", "relative", "jon"), ("큰아빠", "relative", "jon"), ("외삼촌", "relative", "jon")],
        "platforms": ["카카오톡", "문자", "가족 단톡방"],
        "smalltalk": ["school", "food", "daily"],
        "back": False,
        "stages": [
            (1.0, "A", [("뭐 해? 학교 끝났어?", ["응 방금 끝남", "아직 6교시 남았어", "네 방금 끝났어요", "이제 학원 가요"]),
                        ("밥은 먹었니?", ["ㅇㅇ 먹었어", "아직요 ㅠ", "네 먹었어요", "이따 먹을게"]),
                        ("학원 잘 갔어?", ["응 도착", "네 학원 왔어요", "지금 가는 중"]),
                        ("우리 {kid} 시험 끝났다며?", ["웅 시험 끝!!", "네 드디어 끝났어요 ㅎㅎ", "ㅇㅇ 망함 ㅋㅋ"]),
                        ("{rel|야} ㅎㅎ 잘 지내지?", ["네 잘 지내요 ㅎㅎ", "네~ 잘 지내요", "응 잘 지내"]),
                        ("오늘 많이 춥더라 옷 따뜻하게 입었어?", ["응 따뜻하게 입었어", "패딩 입었어요", "안 추웠어 ㅋㅋ"]),
                        ("우리 {kid} 오늘 하루 어땠어?", ["오늘 좀 피곤했어 ㅠ", "재밌었어요", "그냥 그랬어"]),
                        ("자니? ㅎㅎ", ["안 자요 ㅎㅎ", "아직 안 잠", "이제 자려고"]),
                        ("생일 축하해 우리 {kid}!!", ["감사해요!!", "고마워 ㅎㅎ", "헤헤 고마워요"]),
                        ("방학이라 늦잠 자지?", ["ㅋㅋ 방금 일어남", "아니에요 일찍 일어났어요", "들켰다 ㅋㅋ"])],
             []),
            (1.0, "A", ["용돈 보냈다 확인해봐", "이번 달 용돈 입금했어", "시험 잘 봤다며 용돈 조금 보냈어", "{rel|가} 용돈 보냈어 맛있는 거 사 먹어", "문상 보냈다 ㅎㅎ 책 사",
                        "생일 축하 용돈 보냈어", "기프티콘 보냈으니까 친구랑 먹어", "용돈 아껴 써~ 이번엔 좀 많이 보냈어",
                        "치킨 기프티콘 보냈어 동생이랑 나눠 먹어", "명절에 못 가서 미안해 용돈 보냈어", "문제집 살 돈 보냈어 남으면 간식 사 먹고",
                        "수학여행 간다며 용돈 좀 보냈어", "새 학기라 필요한 거 많지? 용돈 넣어놨다", "세뱃돈 대신이야 ㅎㅎ 받아",
                        ("교통카드 충전해놨어", ["고마워 ㅎㅎ", "오 감사해요", "잔액 없었는데 다행이다"]),
                        ("필요한 거 있으면 말해 계좌로 보내줄게", ["괜찮아요 ㅎㅎ", "문제집 사야 되는데..", "ㅎㅎ 생각해볼게"])],
                       ["감사합니다!!", "고마워 {rel} ㅎㅎ", "와 최고 ㅠㅠ", "잘 쓸게요!", "헐 이렇게 많이? 고마워", "받았어요 감사해요 ㅎㅎ", "ㅋㅋ 고마워 {rel}",
                        "헉 안 보내셔도 되는데 ㅠ 감사합니다", "감사해요 잘 쓸게요"]),
            (0.4, "A", ["엄마한텐 비밀이다 ㅋㅋ 또 용돈 줬다고 뭐라 하니까", "이건 우리끼리 비밀 ㅎㅎ 동생한텐 말하지 마", "엄마한테 말하지 마 ㅋㅋ 용돈 더 준 거",
                        "할머니가 준 거 엄마한테 맡기지 말고 너 써 ㅋㅋ", "형(누나)한테는 말하지 마 너만 준 거야 ㅋㅋ"],
                       ["ㅋㅋ 알겠어요", "비밀 지킬게요 ㅎㅎ", "ㅇㅋ 쉿", "ㅋㅋㅋ 네", "감사해요 비밀!"]),
            (0.5, "A", [("교복 입은 사진 한 장 보내봐 할머니가 보고 싶어 하셔", ["이따 찍어서 보낼게요", "아 쑥스러운데 ㅋㅋ 잠깐만", "교복 사진 보냄"]),
                        ("졸업식 사진 보내줘", ["엄마 폰에 있어 엄마가 보낼 거야", "단톡에 올렸어!", "ㅋㅋ 보냈어요"]),
                        ("영통 할까? 할머니가 얼굴 보고 싶대", ["저녁에 영통 해요", "지금 학원이라 이따 해요", "ㅇㅋ 8시에"]),
                        ("새 안경 쓴 사진 보내봐 ㅋㅋ", ["이상하게 나왔는데 ㅠ", "ㅋㅋ 보냈어요", "싫어 ㅋㅋ 이따 보여줄게"]),
                        ("입학식 사진 가족 단톡에 올려줘", ["단톡에 올렸어!", "엄마가 올린대요"]),
                        ("수학여행 사진 있으면 보내줘", ["친구 폰에 있어서 받으면 보낼게", "ㅋㅋ 보냈어요"]),
                        ("머리 잘랐다며 사진 좀 보여줘", ["망했어 ㅋㅋ 안 보여줄래", "ㅋㅋ 보냈어요", "이따 찍어서 보낼게"]),
                        ("상 받은 거 사진 찍어서 보내봐", ["ㅎㅎ 보냈어요", "상장 사진 보냄!"]),
                        ("새 교복 맞춰 입었어? 사진 보내줘 ㅎㅎ", ["교복 사진 보냄", "아직 안 나왔어요 다음 주에"])],
                       []),
            (0.6, "A", [("몇 시에 끝나? 데리러 갈게", ["10시에 끝나", "9시 반이요", "오늘은 버스 타고 갈게"]),
                        ("학원 앞에서 기다릴게 10시", ["정문 말고 후문으로 와", "ㅇㅋ 10시", "고마워 ㅠ"]),
                        ("어디야? 늦었는데 연락이 없네", ["친구랑 같이 있어 곧 가", "폰 무음이라 못 봤어 미안", "버스 탔어 10분이면 가"]),
                        ("비 오니까 정문 앞으로 갈게", ["고마워 ㅠ 비 많이 와", "ㅇㅋ 정문"]),
                        ("오늘 늦게 끝나면 {rel|가} 차로 갈게", ["끝나면 전화할게", "ㅇㅋ 고마워"]),
                        ("주말에 놀러 와 맛있는 거 해줄게", ["네 토요일에 갈게요!", "좋아요 ㅎㅎ 엄마랑 갈게요"]),
                        ("토요일에 할머니 댁 가는 거 알지? 10시에 출발", ["알아 ㅋㅋ", "넵"]),
                        ("친구 집에서 자고 오는 거 그 집 부모님이랑 통화했어", ["ㅇㅋ 고마워", "내일 점심에 갈게"])],
                       []),
            (0.7, "A", ["조심히 들어와", "밥 꼭 챙겨 먹어", "사랑해 우리 {kid}", "공부 너무 무리하지 마", "일찍 자라~", "다음에 또 보자 ㅎㅎ"],
                       ["웅 사랑해", "네~", "ㅇㅇ", "알겠어 ㅎㅎ", "네 감사해요!", "사랑해요 ❤️"]),
        ],
    },
    "friend_photo": {
        "relations": [("같은 반 친구", "peer", "ban"), ("동아리 친구", "peer", "ban"), ("학원 친구", "peer", "ban"), ("반장", "peer", "ban")],
        "platforms": ["카카오톡", "인스타 DM", "반 단톡방"],
        "smalltalk": ["school", "food", "music", "daily"],
        "back": True,
        "stages": [
            (1.0, "A", ["야 뭐함", "ㅎㅇ", "야야", "자냐?", "야 급함", "있잖아"], ["ㄴㄴ 왜", "ㅇㅇ 왜", "숙제 중", "ㅋㅋ 왜", "안 잠", "ㅇ?"]),
            (1.0, "A", ["어제 찍은 단체사진 보내줘", "반 사진 있으면 단톡에 올려줘", "체험학습 사진 너 폰에 있지? 보내줘", "그때 노래방에서 찍은 영상 보내줘 ㅋㅋ",
                        "인스타 스토리 올리게 우리 같이 찍은 거 보내줘", "담임쌤이 학급 사진 보내달래", "체육대회 반티 사진 있어?", "네컷 찍은 거 스캔해서 보내줘",
                        ("프사 바꾸게 셀카 좀 골라줘 세 장 보낼게", ["2번 ㄱ", "다 비슷한데 ㅋㅋ 1번", "3번이 젤 나음"]),
                        ("학생증 재발급한다고 교복 사진 필요하대", ["교복 사진 증명사진처럼 찍어야 됨?", "행정실 가서 찍으면 된대"]),
                        ("졸업앨범 개인 사진 교복 입고 찍는 거 언제야?", ["다음 주 수요일이래", "몰라 공지 봐봐"]),
                        ("축제 포스터에 우리 반 교복 사진 들어간대 사진 보내줘", ["나 얼굴 부어서 싫어 ㅋㅋ", "ㅇㅋ 단톡에 올림"]),
                        ("동아리 홍보용 사진 한 장씩 보내래", ["얼굴 안 나오게 찍어도 됨?", "ㅇㅋ 이따 보냄"]),
                        ("셀카 보내봐 머리 자른 거 보고 싶음 ㅋㅋ", ["싫어 망함 ㅋㅋ", "내일 학교에서 봐", "ㅋㅋ 보냄"]),
                        ("수행평가 자료로 실험 사진 필요함 보내줘", ["ㅇㅋ 잠만", "그거 조장이 찍었는데"])],
                       ["ㅇㅋ 잠만", "보냄", "나 눈 감았는데 ㅋㅋ", "그거 내 폰에 없는데 ㅠ", "단톡에 올렸음", "ㅋㅋㅋ 너 웃기게 나옴", "이따 와이파이 되면 보낼게"]),
            (0.8, "A", ["ㅋㅋ 고마워", "이거 필터 좀 빼고 다시", "나만 이상하게 나옴 ㅠ", "이걸로 프사 해야지", "올려도 되지?", "너 진짜 잘 나왔다", "이거 원본 있어?"],
                       ["ㅇㅇ 올려", "나는 빼고 올려 ㅋㅋ", "맘대로 ㅋㅋ", "ㄱㄱ", "원본 보내줄게", "태그는 하지 마", "ㅋㅋ"]),
            (0.4, "B", ["근데 우리 반 사진 모르는 사람한테 보내면 안 되는 거 알지?", "사진 단톡 말고 다른 데는 올리지 마", "얼굴 나온 거 공개 계정엔 올리지 말자"],
                       ["ㅇㅇ 당연하지", "비공개 계정에만 올림", "알겠어 ㅋㅋ", "ㅇㅋ 친한 친구 공개로"]),
        ],
    },
    "job_employer": {
        "max_len": 14,
        "relations": [("카페 사장님", "employer", "jon"), ("편의점 점주", "employer", "jon"), ("식당 매니저", "employer", "jon"), ("빵집 사장님", "employer", "jon"),
                      ("전단지 업체 담당자", "employer", "jon")],
        "platforms": ["문자", "카카오톡", "알바 앱 메시지"],
        "smalltalk": [],
        "back": False,
        "stages": [
            (1.0, "A", ["안녕하세요 알바 지원하신 분 맞으시죠?", "주말 알바 공고 보고 연락 주셨죠?", "안녕하세요 매장 매니저입니다 지원서 확인했어요", "안녕하세요 알바 앱으로 지원하셔서 연락드려요",
                        "지원서 잘 받았습니다 몇 가지 여쭤볼게요"],
                       ["네 맞아요 안녕하세요", "네! 주말 알바 지원했어요", "안녕하세요 연락 주셔서 감사합니다", "네 안녕하세요", "네 말씀하세요"]),
            (1.0, "A", ["나이가 어떻게 되세요? 청소년은 만 15세 이상만 가능해서요", "몇 년생이세요? 근로계약서에 적어야 해서요", "학생이시죠? 몇 학년이에요?",
                        "생년월일 확인 부탁드려요 연소자 근로 기준 때문에요", "나이 확인이 필요해서요 몇 살이세요?"],
                       ["{year}년생이에요 {grade}이에요", "{age}살이고 {grade}이에요", "{grade}이에요", "{year}년생이요", "만 나이로는 {age_m}살이에요"]),
            (1.0, "A", [("시급은 최저시급 이상이고 주휴수당도 드려요", ["주휴수당이 뭐예요?", "네 알겠습니다"]),
                        ("근무 시간은 토일 오전 10시부터 오후 4시까지예요", ["네 괜찮아요", "혹시 평일도 가능한가요?"]),
                        ("청소년은 밤 10시 이후엔 근무 못 해서 오후 타임만 가능해요", ["네 오후 타임 좋아요", "네 알겠습니다"]),
                        ("부모님 동의서랑 가족관계증명서 가져오셔야 해요", ["동의서는 엄마한테 받아갈게요", "가족관계증명서는 어디서 떼요?", "네 동의서 양식 주시면 받아올게요"]),
                        ("근로계약서는 첫 출근 날 같이 쓸게요", ["네 알겠습니다", "계약서에 부모님 서명도 필요해요?"]),
                        ("페이는 매달 10일에 계좌로 들어가요", ["계좌는 제 명의로 만들어야 하나요?", "네 알겠습니다"]),
                        ("학교 시험 기간엔 미리 말하면 빼드릴게요", ["감사합니다!", "시험 기간 다음 달인데 괜찮을까요?"]),
                        ("하루 최대 7시간까지만 근무 가능해요", ["네 알겠습니다"]),
                        ("미성년자는 부모님 동의서 없으면 채용이 안 돼요", ["네 받아갈게요", "엄마한테 말해놨어요"]),
                        ("유니폼은 매장에서 드려요", ["신발은 뭐 신어요?", "네 감사합니다"])],
                       []),
            (0.8, "A", [("면접은 토요일 2시에 매장으로 오시면 돼요", ["네 토요일 2시에 갈게요", "감사합니다 그때 뵐게요"]),
                        ("편하신 시간에 매장 방문해 주세요 주소는 공고에 있어요", ["내일 학교 끝나고 갈게요", "네 감사합니다"]),
                        ("사진 붙은 이력서 하나 가져오세요", ["이력서 사진은 증명사진이면 되나요?", "네 준비할게요"]),
                        ("부모님이랑 같이 오셔도 괜찮아요", ["엄마랑 같이 갈게요", "네 감사합니다"]),
                        ("첫 출근은 다음 주 토요일 10시예요", ["네 늦지 않게 갈게요"]),
                        ("동의서 양식 문자로 보내드릴게요", ["양식 받았습니다!", "네 감사합니다"])],
                       []),
            (0.7, "A", ["네 그럼 그때 봬요", "궁금한 거 있으면 문자 주세요", "조심히 오세요", "잘 부탁드려요"], ["감사합니다!", "네 안녕히 계세요", "네 잘 부탁드립니다", "넵 감사합니다"]),
        ],
    },
    "family_videocall": {
        "max_len": 26,
        "relations": [("엄마", "parent", "ban"), ("아빠", "parent", "ban"), ("할머니", "relative", "jon"), ("이모", "relative", "jon"), ("친구", "peer", "ban"),
                      ("스터디 친구", "peer", "ban"), ("사촌 언니", "relative", "ban")],
        "platforms": ["카카오톡", "페이스톡", "문자"],
        "smalltalk": ["school", "food", "daily"],
        "back": False,
        "stages": [
            (1.0, "A", ["영통 가능?", "영상통화 할까? 얼굴 본 지 오래됐다", "지금 페이스톡 걸어도 돼?",
                        ("할머니가 영상통화 하고 싶대", ["네 걸어주세요!", "10분 뒤에 해요"]),
                        ("아빠 출장 중인데 저녁에 영통하자", ["ㅇㅋ 8시에 해", "저녁 먹고 해"]),
                        ("지금 영통 돼? 동생 얼굴 보여주게", ["ㅋㅋ 걔 자는데", "ㄱㄱ 카메라 켤게"]),
                        ("강아지 보여줘 영통으로 ㅋㅋ", ["ㅋㅋ 잠만 데려올게", "ㄱㄱ"]),
                        ("캠스터디 영통 켜고 같이 공부하자", ["ㅇㅋ 9시부터?", "책상 정리 좀 하고"]),
                        ("오늘 수학 모르는 거 영통으로 알려줄게", ["고마워 ㅠ 몇 시에 돼?", "ㄱㄱ"]),
                        ("모둠 과제 영상통화로 회의하자 8시", ["ㅇㅋ 8시", "나 학원이라 9시는 안 돼?"]),
                        ("할머니 생신이라 다 같이 영통하재", ["몇 시에요?", "네 들어갈게요"])],
                       ["ㅇㅇ 지금 가능", "잠깐만 머리 좀 ㅋㅋ", "지금 학원이라 이따", "ㄱㄱ 카메라 켤게", "와이파이 느린데 ㅠ", "10분 뒤에 해"]),
            (0.8, "A", ["소리 잘 들려?", "화면 멈췄어 ㅋㅋ", "소리가 안 들려 다시 걸게", "마이크 꺼져 있어 ㅋㅋ", "카메라 좀 위로 해봐", "너 얼굴 안 보여 ㅋㅋ 천장만 보임",
                        "소리 울린다 이어폰 껴"],
                       ["이제 들려?", "다시 걸어", "ㅋㅋ 이제 보임", "와이파이 때문인 듯", "이어폰 꼈어", "앱 껐다 켜볼게"]),
            (0.5, "A", ["아까 영통 끊겨서 미안 ㅋㅋ", "오랜만에 얼굴 보니까 좋다", "다음 주에 또 하자"], ["ㅋㅋ 괜찮아", "나도 좋았어", "ㅇㅋ 담주", "헤헤"]),
        ],
    },
    "runaway_support": {
        "max_len": 24,
        "relations": [("친한 친구", "peer", "ban"), ("같은 반 친구", "peer", "ban"), ("학원 친구", "peer", "ban"), ("선배", "peer", "ban")],
        "platforms": ["카카오톡", "인스타 DM", "문자"],
        "smalltalk": [],
        "back": False,
        "stages": [
            (1.0, "B", ["나 집 나왔어", "엄마랑 대판 싸우고 나왔어", "오늘 집 안 들어갈 거야", "잘 데가 없어", "집에 못 있겠어 나옴", "아빠랑 싸워서 지금 밖이야",
                        ("가출할까 진짜", ["왜 무슨 일인데", "야 일단 얘기해봐 무슨 일 있었어"]),
                        ("헬퍼 구하는 글 올려볼까", ["야 헬퍼 그런 거 절대 하지 마", "그거 진짜 위험해 하지 마"]),
                        ("가출팸 들어갈까 생각 중", ["가출팸은 진짜 위험해 하지 마", "야 그건 아니야 일단 얘기해"])],
                       ["지금 어디야? 괜찮아?", "헐 진짜? 어디 있는데", "밥은 먹었어?", "괜찮아? 무슨 일 있었어"]),
            (0.8, "B", ["그냥 역 근처", "모르겠어 걷는 중", "편의점 앞", "버스정류장", "말하기 싫어", "배터리 10퍼"], ["거기 있어 전화할게", "배터리 아껴", "많이 춥지 ㅠ", "알았어 천천히 말해"]),
            (1.0, "A", ["1388에 전화해봐 24시간 된대", "청소년쉼터 가면 재워주고 밥도 줘", "모르는 사람이 재워준다는 거 절대 따라가지 마", "헬퍼라고 하는 사람들 진짜 위험하대",
                        "문자로도 상담 된대 1388", "쉼터는 상담부터 해준대 무조건 집에 보내는 거 아니래", "담임쌤한테 말해보는 건 어때?",
                        "오픈채팅에서 재워준다는 사람 다 이상한 사람이야", "청소년 상담 카톡 채널도 있대 거기 말해봐", "모텔 잡아준다는 사람 있으면 바로 나한테 말해",
                        ("우리 엄마한테 말해서 오늘 우리 집에서 자", ["너네 엄마가 괜찮대?", "고마워 진짜"])],
                       ["쉼터 어떻게 가는데?", "1388 무서워", "부모님한테 연락 가면 어떡해", "알겠어 전화해볼게", "고마워 진짜", "근데 오픈채팅에서 재워준다는 사람 있었어",
                        "상담하면 뭐라고 해?"]),
            (0.8, "A", ["같이 전화해줄까?", "내가 옆에 있어줄게", "엄마가 괜찮대 데리러 갈게 어디야", "쉼터 위치 찾아봤어 보내줄게", "그 사람 차단하고 절대 만나지 마",
                        "상담 선생님이 부모님 연락은 너랑 먼저 얘기한대", "오늘은 우리 집에서 자고 내일 같이 상담 가자"],
                       ["응..", "고마워 ㅠㅠ", "ㅇㅋ", "알겠어", "너 아니었으면 큰일 날 뻔"]),
        ],
    },
    "teacher_counsellor_age": {
        "max_len": 18,
        "relations": [("담임 선생님", "teacher", "jon"), ("상담 선생님", "counsellor", "jon"), ("태권도 관장님", "teacher", "jon"), ("도서관 사서", "staff", "jon"),
                      ("청소년센터 선생님", "counsellor", "jon"), ("학원 선생님", "teacher", "jon")],
        "platforms": ["문자", "카카오톡", "청소년상담 채팅", "학교 알림 앱"],
        "smalltalk": ["school"],
        "back": False,
        "stages": [
            (1.0, "A", [("상담 신청서에 학년이랑 나이 적어줄래?", ["{grade}이고 {age}살이요", "{level} {grade}이요"]),
                        ("몇 학년 몇 반이니? 명단 확인하려고", ["{grade} {cls}반이요"]),
                        ("생년월일 확인할게요 대회 등록해야 해서요", ["{year}년생이에요", "{year}년생이요 생일은 엄마한테 물어볼게요"]),
                        ("몇 년생이지? 캠프 보험 가입 때문에 필요해", ["{year}년생이요"]),
                        ("학교랑 학년 알려주세요 청소년 프로그램 신청이라서요", ["{level}이고 {grade}이요"]),
                        ("혹시 만 14세 미만이면 보호자 동의가 필요해요 나이가 어떻게 돼요?", ["{age}살이요 동의서 필요해요?", "{year}년생이에요"]),
                        ("나이대별로 반 나누려고 하는데 몇 살이야?", ["{age}살이요", "{grade}이에요"]),
                        ("처음 상담이면 나이랑 학교급만 알려줄래요? 이름은 안 적어도 돼요", ["{level}이요 {grade}", "{age}살 {grade}이요"]),
                        ("중학생이니 고등학생이니? 승급 심사 반 정하려고", ["{level}이요"]),
                        ("도서관 회원증 만들려면 생년월일 필요해요", ["{year}년생이에요"])],
                       []),
            (0.9, "A", ["상담 내용은 비밀 보장되는데 네가 위험한 상황이면 보호자나 기관에 알려야 할 수도 있어요", "부모님 연락처는 비상연락망용이야", "다음 주 화요일 3시에 상담실로 와",
                        "대회 날엔 보호자 동의서 꼭 가져와", "단체 사진 찍는데 초상권 동의서에 부모님 서명 받아와", "캠프 참가비는 센터에서 지원돼요",
                        "프로필 사진은 학생증 사진으로 대신해도 돼", "궁금한 거 있으면 언제든 문자 줘", "밤늦게 연락 오면 답은 내일 할게요"],
                       ["네 알겠습니다", "동의서 내일 가져올게요", "감사합니다", "네 알겠어요", "혹시 부모님한테도 연락 가요?"]),
            (0.5, "A", ["다른 친구들 얘기는 안 적어도 돼", "부모님께도 안내문 보내드릴게", "네가 원하면 다음 상담은 채팅으로 해도 돼요", "오늘 얘기해줘서 고마워"],
                       ["네", "ㅎㅎ 네 감사합니다", "네 알겠어요"]),
        ],
    },
    "classmates_meetup": {
        "relations": [("같은 반 친구", "peer", "ban"), ("학원 친구", "peer", "ban"), ("동네 친구", "peer", "ban"), ("동아리 친구", "peer", "ban")],
        "platforms": ["카카오톡", "반 단톡방", "인스타 DM"],
        "smalltalk": ["school", "game", "music", "food", "daily"],
        "back": True,
        "stages": [
            (1.0, "A", ["토요일에 스카 갈래?", "주말에 영화 보자", "시험 끝나고 마라탕 ㄱ?", "내일 카페에서 과제하자", "방학식 날 노래방 가자",
                        "이번 주에 네컷 찍으러 가자", "다음 주 일요일에 놀이공원 ㄱ?", "학원 끝나고 떡볶이 먹을래?",
                        ("모둠 과제 하러 우리 집 올래? 엄마 계셔", ["ㅇㅋ 몇 시?", "너네 엄마 간식 주셔? ㅋㅋ"])],
                       ["ㄱㄱ 몇 시?", "토요일 학원 끝나고 가능", "ㅇㅋ 누구누구 와?", "엄마한테 물어볼게", "좋아 ㅋㅋ", "나 그날 안 될 수도", "ㄱㄱㄱ"]),
            (1.0, "A", ["2시에 {place} 앞에서 보자", "{place}에서 만나 1시", "학원 끝나고 6시 어때", "3시에 정문 앞 ㄱ", "역 2번 출구 12시 반",
                        ("우리 엄마가 데려다준대 너네 집 앞에서 같이 가자", ["ㅇㅋ 고마워", "헐 감사 ㅋㅋ"]),
                        ("카페 자리 맡아둘게 먼저 와", ["ㅇㅋ 금방 감"])],
                       ["ㅇㅋ 거기서 봐", "나 좀 늦을 듯 10분", "도착하면 연락해", "엄마가 8시까지 들어오래", "ㄱㄱ"]),
            (0.7, "A", ["도착함 어디야?", "나 먼저 들어가 있을게", "자리 잡았어", "어디쯤이야?", "비 온다 우산 챙겨"],
                       ["거의 다 옴", "버스 놓침 ㅠ 5분만", "계단 올라가는 중", "ㅇㅋ", "곧 도착"]),
            (0.4, "A", ["오늘 재밌었다 ㅋㅋ", "집 도착하면 톡해", "다음엔 다른 데 가자"], ["ㅇㅇ 도착", "ㅋㅋ 나도", "ㄱㄱ 다음 주"]),
        ],
    },
    "friend_gift": {
        "relations": [("친한 친구", "peer", "ban"), ("같은 반 친구", "peer", "ban"), ("동아리 선배", "peer", "ban"), ("사촌", "relative", "ban")],
        "platforms": ["카카오톡", "카톡 선물하기", "인스타 DM"],
        "smalltalk": ["school", "food", "music"],
        "back": True,
        "stages": [
            (1.0, "A", ["생일 축하해!!! 🎂 기프티콘 보냈어", "생축 ㅋㅋ 기프티콘 보냄", "케이크 기프티콘 보냈다 맛있게 먹어", "문상 보냈어 갖고 싶은 거 사",
                        "너 생일이라 다 같이 돈 모아서 선물 샀어", "빼빼로 기프티콘 보냈어 ㅋㅋ", "합격 축하 선물 ㅎㅎ 음료 기프티콘", "시험 끝난 기념 아이스크림 쏜다",
                        ("생일 선물 뭐 갖고 싶어?", ["아무거나 ㅋㅋ", "키링?", "안 줘도 돼 ㅋㅋ"]),
                        ("지난번에 빌린 돈 대신 기프티콘으로 줄게", ["ㅇㅋ ㅋㅋ", "그래 편의점 거로"])],
                       ["헐 고마워 ㅠㅠ", "대박 감동", "ㅋㅋㅋ 뭐야 이거 고마워", "너 생일 때 두 배로 갚을게", "진짜 잘 먹을게", "감동이야 진짜"]),
            (0.6, "A", [("다음 달 내 생일 기억해라 ㅋㅋ", ["당연 기억하지", "ㅋㅋ 달력에 적음"]),
                        ("애들한텐 아직 비밀 ㅋㅋ 깜짝 파티 준비 중", ["ㅇㅋ 쉿", "알겠어 비밀"]),
                        ("아 그리고 반장 생일 깜짝 파티 하는 거 걔한테 말하지 마", ["ㅇㅋ 쉿", "입 꾹"]),
                        ("유효기간 확인해 ㅋㅋ", ["ㅋㅋ 확인함"]),
                        ("선물 맘에 들어?", ["완전 맘에 들어", "최고야"])],
                       []),
        ],
    },
    "game_trade": {
        "relations": [("게임 친구(같은 반)", "peer", "ban"), ("같은 반 친구", "peer", "ban"), ("길드원(동갑)", "peer", "ban")],
        "platforms": ["게임 채팅", "디스코드", "카카오톡"],
        "smalltalk": ["game", "school"],
        "back": True,
        "stages": [
            (1.0, "A", [("스킨 교환할래?", ["ㅇㅋ 뭐랑?", "그거 한정이라 안 됨 ㅋㅋ", "좋아 교환 ㄱ"]),
                        ("나 다이아 남는데 너 아이템이랑 바꿀래?", ["ㅇㅋ 뭐 줄 건데", "좋아 ㄱ"]),
                        ("이 스킨 얼마에 팔 거야?", ["안 팔아 ㅋㅋ", "게임머니로 받을게"]),
                        ("아이템 줄게 대신 던전 같이 가줘", ["ㄱㄱ 던전 몇 시?", "ㅇㅋ 지금 가능"]),
                        ("게임 안에서 거래하자 귓말 줄게", ["ㅇㅋ 귓 ㄱ"]),
                        ("디코로 와 보이스로 얘기하면서 하자", ["디코 들어갈게", "마이크 고장인데 채팅으로 할게"]),
                        ("이벤트 쿠폰 남는 거 줄까?", ["쿠폰 줘 ㅋㅋ", "헐 고마워"]),
                        ("너 그 한정 스킨 아직 있어?", ["있지 ㅋㅋ 자랑", "현질 안 함 ㅋㅋ 이벤트로 받음"]),
                        ("재료 아이템 나눠줄게 필요하면 말해", ["나 강화석 필요해", "ㄱㅅ"])],
                       []),
            (0.8, "A", ["거래창 열었어", "확인 누르면 됨", "고마워 다음에 또 하자", "사기 조심해 게임 밖에서 돈 달라는 사람 있대", "현질하지 마 엄마한테 혼나 ㅋㅋ",
                        "계정 공유는 하지 마 털린대", "스킨 받으면 인증샷 보내 ㅋㅋ"],
                       ["받았어!", "ㄱㅅ", "ㅇㅋ", "ㅋㅋ 알지", "계정은 절대 안 줌"]),
        ],
    },
    "teen_dating": {
        "relations": [("같은 반 친구", "peer", "ban"), ("학원 친구", "peer", "ban"), ("동아리 친구", "peer", "ban")],
        "platforms": ["카카오톡", "인스타 DM"],
        "smalltalk": ["school", "music", "food", "daily"],
        "back": True,
        "stages": [
            (1.0, "A", [("너 좋아하는 사람 있어?", ["ㅋㅋ 갑자기?", "비밀인데..", "너는?"]),
                        ("나랑 사귈래?", ["헐.. 나도 좋아", "ㅋㅋ 갑자기? 생각해볼게", "좋아 ㅎㅎ"]),
                        ("주말에 같이 영화 볼래?", ["좋아 몇 시?", "엄마한테 물어보고"]),
                        ("우리 사귀는 거 애들한테 아직 비밀로 하자 부끄러워", ["ㅇㅋ 비밀 ㅋㅋ", "ㅋㅋ 이미 눈치챘을걸"]),
                        ("오늘 같이 집에 갈래?", ["ㅇㅋ 정문에서 봐", "나 청소 당번이라 기다려줘"]),
                        ("너 오늘 머리 바꿨지? 잘 어울려", ["부끄럽게 왜 그래", "ㅋㅋ 고마워"]),
                        ("사진 같이 찍자 ㅋㅋ 네컷", ["네컷 ㄱㄱ", "ㅋㅋ 좋아"]),
                        ("100일 뭐 할까?", ["편지 쓰자", "떡볶이 먹자 ㅋㅋ"]),
                        ("시험 끝나면 같이 놀이공원 가자", ["좋아!!", "엄마가 허락하면"])],
                       []),
            (0.8, "A", ["내일 학교에서 봐", "잘 자", "엄마가 너 누구냐고 물어봄 ㅋㅋ", "우리 반 애들 눈치챈 듯", "학원 끝나고 전화할게", "오늘 재밌었다"],
                       ["너도 잘 자", "ㅋㅋ 뭐라 했어?", "어쩔 수 없지 ㅋㅋ", "ㅇㅇ 기다릴게", "나도 ㅎㅎ"]),
        ],
    },
    "counsellor_prevention": {
        "max_len": 16,
        "relations": [("상담 선생님", "counsellor", "jon"), ("보건 선생님", "teacher", "jon"), ("예방교육 강사", "counsellor", "jon"), ("청소년상담 채팅 상담사", "counsellor", "jon")],
        "platforms": ["청소년상담 채팅", "학교 알림 앱", "카카오톡 채널"],
        "smalltalk": [],
        "back": False,
        "stages": [
            (0.6, "B", ["친구가 이상한 일 당했다는데 어떻게 해요?", "모르는 사람이 영통 하자고 했어요", "랜챗에서 누가 용돈 준다고 만나자고 했는데 안 나갔어요",
                        "사진 보내라는 사람이 있었는데 안 보냈어요", "몸캠피싱이 뭐예요?"],
                       ["말해줘서 고마워요 천천히 얘기해 줄래요?", "잘했어요 먼저 안전한지부터 확인할게요", "그런 일 있으면 바로 말해주는 게 제일 중요해요"]),
            (1.0, "A", ["요즘 몸캠피싱 많대요 조심해야 해요", "영상통화 하자고 하고 소리 안 들린다며 앱 깔라고 하면 그건 사기예요", "그 앱 깔면 연락처가 다 털리고 뿌린다고 협박해요",
                        "그럴 땐 돈 보내지 말고 바로 112나 1366에 신고해요", "혼자 고민하지 말고 선생님한테 말해도 돼요", "절대 네 잘못 아니에요",
                        "모르는 사람이 사진 달라고 하면 거절하고 차단해요", "용돈이나 기프티콘 준다면서 만나자는 건 범죄예요", "대화 내용은 지우지 말고 캡처해 둬요 증거가 돼요",
                        "디지털성범죄피해자지원센터에서 삭제도 도와줘요", "텔레그램으로 옮기자고 하면 일단 의심하세요", "나이 묻고 비밀로 하자는 어른은 조심해야 해요"],
                       ["돈 보내면 진짜 지워줘요?", "신고하면 부모님도 알게 돼요?", "캡처는 어떻게 해요?", "헐 무섭네요", "앱 깔라고 한 적 있는데 안 깔았어요", "차단하면 끝나요?",
                        "네 알겠어요", "친구한테도 알려줄게요"]),
            (0.9, "A", ["돈 보내면 계속 더 요구해요 그래서 보내면 안 돼요", "상담은 익명으로도 돼요", "보호자한테 알리는 건 상담하면서 같이 정해요", "지금 바로 같이 신고해볼까요?",
                        "차단하기 전에 대화 캡처부터 해둬요", "잘못한 거 하나도 없어요"],
                       ["네..", "같이 해주세요", "감사합니다", "조금 안심돼요", "알겠어요"]),
        ],
    },
    "news_discussion": {
        "max_len": 26,
        "relations": [("엄마", "parent", "ban"), ("아빠", "parent", "ban"), ("같은 반 친구", "peer", "ban"), ("언니", "relative", "ban"), ("형", "relative", "ban")],
        "platforms": ["카카오톡", "가족 단톡방", "반 단톡방"],
        "smalltalk": ["school", "daily"],
        "back": False,
        "stages": [
            (1.0, "A", [("뉴스 봤어? 조건만남으로 중학생 유인한 사람 잡혔대", ["잡혀서 다행이다", "헐 진짜? 어디서?"]),
                        "랜덤채팅 앱에서 용돈 준다고 꼬신대 무섭다", "헬퍼라고 하면서 재워준다는 거 다 범죄래",
                        "기프티콘 주면서 사진 달라고 하는 수법이래", "몸캠피싱 당한 애들 많대 뉴스 나옴", "텔레그램으로 옮기자고 하는 거 다 수법이래",
                        "고액 알바라고 해서 갔다가 큰일 난 사건 있었대", "스폰 해준다는 글 다 불법이래",
                        ("가출팸 데려가서 나쁜 일 시킨 일당 검거됐대", ["잡혀서 다행이다", "미쳤다 진짜"]),
                        ("오픈채팅에서 나이 묻고 만나자는 어른들 처벌 받는대", ["당연하지", "처벌 더 세게 해야 됨"]),
                        ("기사 봤는데 교복 사진 요구하는 것도 처벌된대", ["당연하지", "헐 그것도?"])],
                       ["헐 진짜? 어디서?", "우리 학교에서도 예방교육 했잖아", "미쳤다 진짜", "그래서 모르는 사람이랑 말하면 안 됨", "나도 랜챗에서 이상한 사람 봤어",
                        "무섭다 ㄷㄷ", "그런 거 애들 다 알아 ㅋㅋ 안 속아"]),
            (0.8, "A", ["엄마가 그거 보고 폰 검사한대 ㅋㅋ", "너도 이상한 사람 있으면 바로 말해", "1388에도 상담할 수 있대", "친구들한테도 알려줘",
                        "이상한 사람이 용돈 준다 하면 바로 캡처하고 말해", "혹시 랜챗 앱 깔려 있으면 지워"],
                       ["알겠어", "ㅇㅇ 그럴게", "랜챗 안 깔았어", "응 바로 말할게", "ㅇㅋ"]),
        ],
    },
    "peer_platform_move": {
        "relations": [("같은 반 친구", "peer", "ban"), ("게임 친구(같은 반)", "peer", "ban"), ("스터디 친구", "peer", "ban")],
        "platforms": ["카카오톡", "반 단톡방", "게임 채팅"],
        "smalltalk": ["school", "game", "music"],
        "back": True,
        "stages": [
            (1.0, "A", ["단톡 말고 디코로 옮기자 게임하면서 얘기하게", "인스타 디엠으로 보내줘 거기가 편함", "반 단톡 너무 시끄러워 우리끼리 방 팜",
                        "오픈채팅으로 스터디방 만들었어 링크 보낼게", "카톡 말고 디코 ㄱㄱ 화면 공유 되잖아", "조별과제 방 새로 팠어 거기로 와",
                        ("라인 깔았어? 일본 펜팔 하려고", ["라인은 안 써", "ㅇㅇ 깔았어 ㅋㅋ"]),
                        ("텔레그램 써? 학원 공지 거기로 온대", ["텔레 깔아야 됨? 귀찮 ㅋㅋ", "ㅇㅇ 나도 들었어"])],
                       ["ㅇㅋ 들어갈게", "디코 아이디 바꿨는데 알려줄게", "링크 ㄱ", "ㅇㅇ 초대해줘", "ㄱㄱ"]),
            (0.8, "A", ["들어옴?", "초대함", "공지 올렸다", "채널 만들어놨어"], ["ㅇㅇ 들어옴", "확인", "ㄱㅅ", "ㅇㅋ"]),
        ],
    },
    "surprise_secrecy": {
        "relations": [("언니", "relative", "ban"), ("형", "relative", "ban"), ("동생", "relative", "ban"), ("같은 반 친구", "peer", "ban"), ("사촌", "relative", "ban")],
        "platforms": ["카카오톡", "문자"],
        "smalltalk": ["school", "food", "daily"],
        "back": False,
        "stages": [
            (1.0, "A", [("엄마 생일 서프라이즈니까 비밀로 해", ["ㅋㅋ 알겠어 비밀", "입 꾹 닫음"]),
                        ("아빠한텐 아무 말 하지 마 ㅋㅋ 케이크 사 갈 거야", ["ㅇㅋ 비밀", "ㅋㅋ 알겠어"]),
                        ("부모님 계셔? 아직 안 오셨으면 지금 풍선 달자", ["아직 안 왔어 지금 해", "엄마 방금 옴 ㅠ 이따"]),
                        ("엄마 몇 시에 들어오셔?", ["엄마 7시에 온대", "모르겠어 물어볼까?"]),
                        ("쌤 깜짝 파티 하는 거 다른 반 애들한테 말하지 마", ["ㅇㅋ 쉿", "알겠어 ㅋㅋ"]),
                        ("용돈 모은 거 얼마 있어? 같이 선물 사자", ["나 2만원 있음", "만 오천원?"]),
                        ("대화 지워 ㅋㅋ 엄마가 볼 수도 있어", ["ㅇㅋ 지울게 ㅋㅋ", "엄마 내 폰 안 봐 ㅋㅋ"]),
                        ("결혼기념일 이벤트 하는 거 아무한테도 말하지 마", ["ㅇㅋ 비밀", "할머니한테도?"]),
                        ("지금 집에 혼자야? 택배 오면 숨겨놔", ["ㅇㅇ 혼자 있음 숨길게", "ㅇㅋ 내 방에 둘게"])],
                       []),
            (0.8, "A", [("케이크 기프티콘 샀어", ["오 굿", "ㅋㅋ 초는?"]), ("편지도 쓰자", ["편지 좋다", "난 카드 쓸게"]),
                        ("동생한테도 말하지 마 입 가벼움 ㅋㅋ", ["ㅋㅋ ㅇㅈ"]), ("사진 찍어서 앨범 만들자", ["사진 내가 찍을게"]),
                        ("엄마 오면 불 끄고 있어", ["ㅇㅋ 불 끈다"])],
                       []),
        ],
    },
    "hyperbole": {
        "relations": [("같은 반 친구", "peer", "ban"), ("친한 친구", "peer", "ban"), ("학원 친구", "peer", "ban")],
        "platforms": ["카카오톡", "인스타 DM"],
        "smalltalk": ["school", "food", "game", "daily"],
        "back": True,
        "stages": [
            (1.0, "A", [("아 시험 망해서 죽을 것 같아 ㅋㅋ", ["ㅋㅋㅋ 나도", "괜찮아 다음에 잘 보면 돼"]),
                        ("배고파 죽겠다", ["떡볶이 먹으면 살아남 ㅋㅋ", "ㄹㅇ 나도"]),
                        ("웃겨 죽겠네 진짜 ㅋㅋㅋ", ["ㅋㅋㅋㅋ 뭔데", "나도 봤어 ㅋㅋ"]),
                        ("학원 가기 싫어 죽겠어", ["ㄹㅇ 나도 죽을 듯", "힘내 끝나면 놀자"]),
                        ("오늘 체육 너무 힘들어서 죽는 줄", ["ㅋㅋ 살아서 돌아와", "오래달리기 미쳤음"]),
                        ("발표 망쳐서 쥐구멍에 숨고 싶다", ["아무도 기억 못 함 ㅋㅋ", "괜찮았어 진짜로"]),
                        ("폰 떨어뜨려서 액정 깨짐 인생 끝남 ㅋㅋ", ["액정 수리 얼마임?", "ㅋㅋㅋ 케이스 좀 껴"]),
                        ("엄마한테 성적표 보여주면 난 죽었다 ㅋㅋ", ["ㅋㅋ 명복을 빈다", "나도 ㅋㅋ 같이 혼나자"]),
                        ("더워 죽겠다 에어컨 고장", ["헐 도서관 ㄱ", "선풍기라도 틀어"]),
                        ("졸려 죽겠어 어제 3시에 잠", ["ㅋㅋ 왜 그때 자", "수업 때 자지 마라 ㅋㅋ"])],
                       []),
            (0.6, "A", [("끝나고 마라탕 ㄱ?", ["ㄱㄱ", "ㅇㅋ 콜"]), ("기분 풀리게 노래방 가자", ["ㅇㅋ 콜", "ㄱㄱ"]), ("내일은 괜찮겠지 ㅋㅋ", ["ㅋㅋ 그래", "ㅇㅇ 힘내"])],
                       []),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Inventory, part 4: posts. Positives are solicitation ads and posts of the kind the media-review
# commission and NGOs report (by adults and by at-risk youth); hard negatives share their words.
# "#category" markers add categories to a template; every positive type also has base categories.
# ---------------------------------------------------------------------------------------------
CONTACTS = [
    "텔레 연락 #platform_move", "텔레그램 ㄱㄱ #platform_move", "라인 주세요 #platform_move", "디엠 주세요 #platform_move", "오픈채팅 1:1 ㄱ #platform_move",
    "프로필 링크로 연락 #platform_move", "쪽지 주세요", "텔 아이디 프사에 있음 #platform_move", "DM ㄱ #platform_move", "댓글 말고 쪽지", "관심 있으면 쪽지",
    "연락은 텔로만 #platform_move", "오픈톡 링크 프로필 #platform_move", "ㄷㅁ 주세요 #platform_move",
]
POS_POSTS: dict[str, dict[str, Any]] = {
    "condition_offer": {
        "base": ["money_meeting"],
        "templates": [
            "{region} 용돈 드려요 학생 환영 #age_probe", "{time} {region} 만날 분 용돈 {pay} 드림 #meeting", "ㅈㄱ 구함 {region} 페이 확실 중고딩 환영 #age_probe",
            "학생 용돈 필요하면 연락 밥만 먹어도 {pay} #age_probe", "{region} 조건 구해요 나이 상관없음 페이 {pay}", "용돈 필요한 학생 쪽지 #age_probe",
            "고딩 ㅈㄱ 구함 숏 {pay} 긴밤 {pay2} #age_probe", "텔 잡아둠 {region} 지금 올 학생 #meeting #age_probe", "{year}년생 이하 환영 용돈 드림 #age_probe",
            "민짜 환영 용돈 넉넉히 #age_probe", "조건 경험 없어도 됨 처음이면 더 챙겨줌", "교복 입고 나오면 페이 추가 #age_probe",
            "용돈 필요한 여학생 {region} 오늘 가능 #age_probe", "방학 용돈 벌 학생 구해요 부모님 몰래 가능 #secrecy_isolation #age_probe",
            "페이 선입금 가능 믿을 만한 사람", "오늘 용돈 줄게 {region} 근처 10대 #age_probe", "급구 {region} {time} 페이 {pay} 학생 가능 #meeting #age_probe",
            "조건 후기 많음 안전함", "시간당 {pay} 학생 가능 모텔비 별도 #age_probe #meeting", "용돈 줄게 나이 먼저 말해 #age_probe",
            "고페이 ㅈㄱ {region} 중딩 고딩 상관없음 #age_probe", "용돈 알바 학생 가능 만나서 밥 먹고 얘기만", "{region} 긴밤 {pay2} 10대만 #age_probe",
            "오늘 밤 만날 학생 택시비 줌 #meeting #age_probe", "몇 살이에요? 용돈 필요하면 쪽지 #age_probe", "흔적 안 남게 현금으로 드려요 #secrecy_isolation",
        ],
    },
    "condition_self": {
        "base": ["money_meeting"],
        "templates": [
            "ㅈㄱㅁㄴ {age}", "오늘 용돈(여 {age}세)", "{region} {sex} {age} ㅈㄱ 구해요 숏만", "여 {age}세 용돈 필요해요 {region}", "{grade} 여 오늘 밤 가능 페이 {pay} #meeting",
            "{sex}{age} {region} 긴밤 {pay2} 숏 {pay}", "용돈 주실 분 {age}살 {region} 오늘", "{year} 여 조건", "고딩 {sex} 용돈 구함 {region} {time} #meeting",
            "가출했어요 용돈 필요 {region} {age} #shelter_runaway", "{sex} {age} 고페이만", "긴밤 {pay} {region} 텔 있는 분만 #meeting", "{age}살 {sex} {time} 가능 조건 쪽지 #meeting",
            "{region} {age} 여 용돈 주실 분만 연락", "{grade} 조건 처음이에요 {region}", "오늘 {region} {sex}{age} 페이 먼저", "{age} {sex} 용돈 급해요 숏 가능",
            "여중생 용돈 구해요 {region}", "{year}년생 조건 {region} 오늘만",
        ],
    },
    "helper_offer": {
        "base": ["shelter_runaway"],
        "templates": [
            "가출한 친구들 재워줌 밥 사줌", "가출팸 자리 있음 10대 환영 숙식 제공 #age_probe", "{region} 헬퍼 해드림 잘 곳 필요하면 연락", "집 나온 학생 도와줌 모텔 잡아줌 #age_probe",
            "헬퍼 구하는 친구들 쪽지 부모님 연락 안 함 #secrecy_isolation", "갈 데 없는 사람 오늘 재워드려요 {region}", "가출 청소년 며칠이든 지내도 됨 조건 없음 #age_probe",
            "헬프 해드립니다 밥 옷 충전기 다 있음", "가출팸 멤버 모집 또래만 {region} #age_probe", "쉼터 가면 부모님한테 연락 감 그냥 여기로 와 #secrecy_isolation",
            "오늘 잘 데 없는 중고딩 데리러 감 #meeting #age_probe", "재워줄게 대신 집안일 조금만", "{region} 가출 학생 밥 사주고 재워줌 경찰 연락 절대 안 함 #secrecy_isolation #age_probe",
            "집 나온 애들 {region} 오면 방 있음", "헬퍼 해줄 사람 여기 있음 나이 적어서 쪽지 #age_probe", "가출하면 연락해 찜질방비 보내줌", "폰 위치 끄고 연락해 재워줌 #secrecy_isolation",
            "{region} 가출팸 숙식 공짜 언니들 있음",
        ],
    },
    "helper_seek": {
        "base": ["shelter_runaway"],
        "templates": [
            "{region} 헬퍼 구해요 {age}살 가출함", "재워주실 분 구해요 {sex} {age}", "가출팸 구해요 {region} {grade}", "오늘 잘 데 없어요 헬퍼 급구", "집 나왔는데 밥 사주실 분 {region}",
            "헬프 구함 {age} {sex} 며칠만", "가출했어요 {region} 재워주실 분 있나요", "{grade} 가출 3일째 헬퍼 구합니다", "잘 곳 구해요 {region} {age} 아무나",
            "헬퍼 구해요 부모님 모르게 #secrecy_isolation", "{year} {sex} 가출 오늘 재워주실 분", "집 나옴 {region} 밥이랑 잘 데만",
        ],
    },
    "sponsor": {
        "base": ["sponsor"],
        "templates": [
            "스폰 구해요 {age}살 {sex}", "스폰 해드립니다 학생 가능 월 {pay2} #age_probe", "고액 알바 미성년자 가능 하루 {pay} #age_probe", "쉬운 알바 사진만 보내면 면접 #image_request",
            "고페이 알바 당일지급 나이 무관", "채팅 알바 10대 가능 시간당 {pay} #age_probe", "모델 알바 중고딩 가능 사진 먼저 #image_request #age_probe", "용돈 스폰 구함 {region} {year}년생",
            "정기 스폰 학생만 만남 후 결정 #meeting #age_probe", "부모님 동의 없이 가능한 고수익 알바 #secrecy_isolation", "고페이 {pay} 보장 위험한 일 아님 텔 면접 #platform_move",
            "학생 스폰 구함 원하는 거 다 사줌 #gift #age_probe", "쉬운 알바 하루 두 시간 {pay} 미성년 가능 #age_probe", "{region} 스폰 구해요 {grade}",
            "고액 알바 구함 나이 사진 보내주세요 #image_request #age_probe", "꿀알바 10대 환영 폰만 있으면 됨 #age_probe", "스폰 찾는 학생 있으면 연락 달라 #age_probe",
            "고수익 당일 알바 학생 가능 신분증 필요 없음 #age_probe",
        ],
    },
    "image_lure": {
        "base": ["image_request"],
        "templates": [
            "사진 보내주면 문상 드림 중고딩만 #gift #age_probe", "셀카 보내면 기프티콘 줌 #gift", "교복 사진 구해요 학생만 #age_probe", "영통 할 사람 용돈 줌 10대 #money_meeting #age_probe",
            "영상통화 해줄 학생 시간당 {pay} #money_meeting #age_probe", "얼굴 인증하면 기프티콘 #gift", "프사 예쁜 학생들 디엠 주면 선물 보냄 #gift #platform_move #age_probe",
            "전신 사진 보내주면 페이 드림 #money_meeting", "영통 잠깐 해주면 문상 5만 #gift", "교복 셀카 보내면 게임 캐시 충전해줌 #gift #age_probe",
            "캠 켜고 대화할 학생 구함 #age_probe", "사진 보내면 바로 용돈 입금 #money_meeting",
        ],
    },
    "sexual_chat": {
        "base": ["sexual_talk"],
        "templates": [
            "야톡 할 어린 친구 구함 #age_probe", "19금 대화 할 중딩 #age_probe", "고딩이랑 야한 얘기 하실 분 #age_probe", "경험 없는 학생 대화 상대 구해요 #age_probe",
            "밤에 몰래 대화할 10대 #secrecy_isolation #age_probe", "수위 있는 대화 가능한 학생만 #age_probe", "섹알 구함 {region} #money_meeting", "키알 구해요 {region} 학생 가능 #money_meeting #age_probe",
            "어른 얘기 궁금한 학생 쪽지 #age_probe", "야한 얘기 하면 기프티콘 줌 #gift",
        ],
    },
    "gift_lure": {
        "base": ["gift"],
        "templates": [
            "대화만 해주면 매일 기프티콘 보냄 학생만 #age_probe", "문상 필요한 중딩 쪽지 #age_probe", "게임 캐시 충전해줌 대신 나랑 친구하자 10대 #age_probe",
            "로벅스 공짜로 줌 어린 친구만 #age_probe", "스킨 사줄 테니 연락 줘 초중딩 #age_probe", "기프티콘 뿌림 나이 적고 쪽지 #age_probe",
            "기프티콘 필요한 중학생 대화 상대 구함 #age_probe", "문상 오만원 쏨 대신 친구 해줄 학생 #age_probe", "게임 패스 사줄 사람 여기 어린 친구만 #age_probe",
            "편의점 기프티콘 매일 줌 대화만 하자", "용돈 필요한 학생 선물 보내줄게 주소만 #age_probe",
        ],
    },
}
POS_POST_WEIGHTS = {
    "condition_offer": 24, "condition_self": 16, "helper_offer": 16, "helper_seek": 9, "sponsor": 16, "image_lure": 9,
    "sexual_chat": 5, "gift_lure": 5,
}  # fmt: skip
POST_PREFIX_POS = ["", "", "", "급구 ", "[급] ", "💰 ", "🔥 ", "오늘만 ", "✨ ", "♡ ", "[{region}] ", "[{region}] "]
POST_SUFFIX_POS = ["", "", "", " 진지한 분만", " 장난 ㄴㄴ", " 사진 인증 가능", " 오늘만", " ㅎㅎ", " 💕", " 빠른 연락", " 선착순", " 차단 주의"]

NEG_POSTS: dict[str, list[str]] = {
    "job_ad": [
        "[{region}] {shop} 주말 알바 구합니다 / 시급 최저시급 이상 / 만 15세 이상 / 부모님 동의서 필수", "{shop} 평일 오후 알바 모집 고등학생 가능 근로계약서 작성 주휴수당 지급",
        "전단지 알바 구해요 하루 3시간 월급제 만 15세 이상 부모님 동의서 필요", "{region} {shop} 알바 고페이 아니고 최저시급 정직하게 드려요 ㅋㅋ 성실한 분",
        "방학 단기 알바 구합니다 청소년 근로 기준 지켜요 밤 10시 전 퇴근", "{shop} 홀 서빙 알바 학생 가능 시급 협의 아님 최저시급 이상 고정",
        "고등학생 알바 모집 부모님 동의서랑 가족관계증명서 지참 면접 후 결정", "주말 오전 {shop} 알바 구함 경험 없어도 돼요 유니폼 지급",
        "알바 구해요 {region} {shop} 근무 시간 토일 10시~4시 시급 최저 이상", "청소년 알바 가능 매장입니다 근로계약서 꼭 쓰고 시작해요",
        "{shop} 설거지 알바 하루 4시간 만 16세 이상 보호자 동의", "{region} 학원 보조 알바 대학생 우대 고등학생 불가", "당일 지급 아님 주의 월급 10일 지급 {shop}",
        "{shop} 오픈 알바 구합니다 나이 확인 위해 신분증 지참", "[구인] {shop} 주말 파트 2명 학생 가능 동의서 필수",
    ],
    "used_trade": [
        "교복 팝니다 {school} 하복 M 사이즈 깨끗해요 {region} 직거래", "문상 팝니다 5만원권 4만6천에", "기프티콘 팔아요 치킨 한 마리 유효기간 넉넉", "게임기 팝니다 박스 있음 {region}",
        "중고 교과서 싸게 팔아요 고1 국영수", "체육복 상의 팝니다 사이즈 L 한 번 입음", "교복 재킷 구해요 {school} 동복 95", "케이크 기프티콘 팔아요 선물 받았는데 안 먹어서",
        "문화상품권 1만원권 5장 팝니다 핀번호 거래", "문제집 나눔해요 중3 과학", "졸업한 {school} 교복 한 벌 나눔합니다", "게임 아이템 현금 거래 안 해요 사기 조심하세요",
        "카페 기프티콘 교환해요 아메리카노랑 라떼", "자전거 팝니다 {region} 직거래만", "교복 넥타이 잃어버렸는데 하나 파실 분",
    ],
    "study": [
        "고1 수학 스터디 모집 주 2회 스카 오픈채팅으로 연락", "영어 회화 캠스터디 영통으로 같이 해요 중고등 환영", "기말 대비 스터디 모집 {region} 카페에서 토요일 2시",
        "중3 과학 스터디 인원 2명 더 구해요 디코로 진행", "캠스터디 같이 하실 분 얼굴 안 나와도 돼요 손만", "수행평가 같이 준비할 사람 우리 학교만",
        "공부 인증 단톡방 만들었어요 오픈채팅 링크는 공지에", "국어 독서 모임 학생 모집 도서관 3층", "코딩 동아리 신입 모집 {school} 1학년",
        "시험 기간 스카 같이 갈 사람 {region}", "매일 아침 7시 기상 인증 스터디 모집",
    ],
    "counsel_notice": [
        "혼자 고민하지 마세요 1388 24시간 청소년 상담 문자·카톡 가능", "모르는 사람이 사진 요구하면 거절하세요 영상통화 후 앱 설치 요구는 몸캠피싱", "용돈 준다며 만나자는 어른 신고하세요 112",
        "디지털 성범죄 피해 상담 1366 익명 가능", "[예방교육] 랜덤채팅에서 나이 묻고 비밀 요구하면 그루밍 의심", "기프티콘 주면서 사진 달라는 사람 조심! 캡처 후 신고",
        "학교폭력·성폭력 신고는 117", "온라인에서 만난 사람이 텔레그램으로 옮기자고 하면 일단 멈추세요", "고액 알바 미끼 주의 미성년자 채용한다며 사진 요구하면 100% 사기",
        "청소년 사이버상담 채팅으로 언제든 이야기해요", "몸캠피싱 협박받았다면 돈 보내지 말고 바로 신고 삭제 지원 받을 수 있어요",
        "스폰·조건만남 제안은 범죄입니다 혼자 두려워하지 말고 상담하세요",
    ],
    "news": [
        "'용돈 줄게' 랜덤채팅으로 중학생 유인한 30대 구속", "가출 청소년에 '재워주겠다' 접근…헬퍼 위장 범죄 잇따라", "몸캠피싱 피해 10대 급증…'앱 설치 요구 시 의심'",
        "경찰, 조건만남 알선 조직 검거", "'고액 알바' 미끼로 청소년 유인 일당 덜미", "기프티콘 주며 사진 요구…온라인 그루밍 처벌 강화", "스폰 미끼로 미성년자 성착취한 20대 징역형",
        "오픈채팅서 '교복 사진' 요구한 남성 성착취 목적 대화 혐의 송치", "가출팸 숙식 제공 미끼로 10대 착취한 일당 재판행", "텔레그램 옮겨 협박…청소년 몸캠피싱 조직 검거",
        "[사설] 아동 대상 온라인 그루밍 잠입수사 확대해야", "랜덤채팅 앱 청소년 보호 조치 강화 추진", "'긴밤' '숏' 은어로 성매매 알선한 업자 적발",
    ],
    "shelter_notice": [
        "가출 청소년 쉼터 안내 24시간 입소 가능 밥·잠자리·상담 제공", "청소년쉼터는 무료예요 오늘 잘 곳이 없다면 1388", "집에 가기 힘든 청소년 누구나 일시 보호 가능합니다",
        "{region} 청소년쉼터 상담 후 입소 보호자 연락은 상담하면서 함께 정해요", "가출했다면 모르는 어른 말고 쉼터로 오세요 재워준다는 낯선 사람은 위험해요",
        "찾아가는 거리상담 버스 이번 주 {region} 역 광장 금요일 저녁", "밤에 갈 곳 없으면 청소년쉼터 문 열려 있어요 식사 제공",
    ],
    "misc": [
        "교복 재킷 잃어버렸어요 찾아주시면 사례할게요", "고2 수학 과외 구해요 시급 협의 대학생 선생님", "축제 사진 보내주세요 학생회에서 앨범 만들어요", "강아지 찾아요 {region} 사례금 드림",
        "봉사활동 같이 갈 학생 모집 보호자 동의서 필요", "밴드부 공연 보러 오세요 금요일 4시 강당", "생일 카페 이벤트 포토카드 선착순", "동아리 홍보 영상에 나올 사람 구해요 얼굴 안 나와도 됨",
        "반 단체티 사이즈 조사해요 오늘까지", "{region} 청소년 문화의 집 댄스 수업 모집", "분실물 안내 체육복 주인 찾아요", "학교 앞 떡볶이집 오늘 휴무래요",
        "중학생 농구 동아리 토요일 3시 체육관", "수학여행 사진 공유 폴더 만들었어요 우리 반만",
    ],
    "help_seeking": [
        "알바 처음인데 부모님 동의서 어떻게 받아요?", "친구가 가출했는데 쉼터 어떻게 알려줘요?", "근로계약서 안 쓰자고 하는 가게 괜찮은 건가요?",
        "1388에 전화하면 부모님한테 연락 가요?", "학생증 사진 교복 입고 찍어야 하나요?", "중학생도 할 수 있는 알바 있어요?", "친구랑 영통하다 끊겼는데 소리 설정 어떻게 해요 ㅠ",
        "생일 선물로 기프티콘 뭐가 좋아요?", "스터디 오픈채팅방 만들 때 주의할 점 있나요?",
    ],
}
NEG_POST_WEIGHTS = {
    "job_ad": 20, "used_trade": 16, "study": 12, "counsel_notice": 13, "news": 14, "shelter_notice": 8, "misc": 11, "help_seeking": 6,
}  # fmt: skip
SHOPS = ["카페", "편의점", "빵집", "분식집", "치킨집", "영화관 매점", "꽃집", "아이스크림 가게", "패스트푸드점", "고깃집"]
SCHOOLS = ["OO중", "OO고", "여중", "남고", "중학교", "고등학교"]
POST_PREFIX_NEG = ["", "", "", "[구인] ", "[모집] ", "[판매] ", "[공지] ", "[안내] ", "📢 ", "✔ ", "[{region}] "]
POST_SUFFIX_NEG = ["", "", "", " 문의는 댓글", " 많관부", " 감사합니다", " 🙏", " 쪽지 주세요", " #청소년 #안내", " ^^"]
NEG_POST_PREFIX_FIT = {
    "job_ad": {"", "[구인] ", "📢 ", "[{region}] "},
    "used_trade": {"", "[판매] ", "✔ "},
    "study": {"", "[모집] ", "📢 "},
    "counsel_notice": {"", "[안내] ", "[공지] ", "📢 "},
    "news": {""},
    "shelter_notice": {"", "[안내] ", "📢 "},
    "misc": {"", "[공지] ", "📢 ", "✔ "},
    "help_seeking": {""},
}
NEG_POST_SUFFIX_FIT = {
    "job_ad": {"", " 문의는 댓글", " 쪽지 주세요", " 감사합니다"},
    "used_trade": {"", " 쪽지 주세요", " 문의는 댓글", " ^^"},
    "study": {"", " 많관부", " 쪽지 주세요", " 🙏"},
    "counsel_notice": {"", " #청소년 #안내", " 🙏"},
    "news": {""},
    "shelter_notice": {"", " #청소년 #안내", " 감사합니다"},
    "misc": {"", " 감사합니다", " 🙏", " 많관부"},
    "help_seeking": {"", " 🙏", " ㅠㅠ"},
}

SEXT_APP_Y = ["뭐 깔라고요?", "이거 맞아요?", "깔았어요", "권한 허용하라는데요?", "왜 앱을 깔아야 돼요?", "설치 안 되는데요", "링크 이상한데..", "이거 깔면 들려요?",
              "알 수 없는 앱이라고 뜨는데요", "잠깐만요 깔고 있어요"]
YOUTH_EXTRA = ["ㅋㅋ", "아 잠만", "?", "ㅎㅎ", "ㅇㅇ", "...", "아 그리고", "ㅋㅋㅋㅋ", "잠깐만요", "헐"]


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


# ---------------------------------------------------------------------------------------------
# Validation and statistics
# ---------------------------------------------------------------------------------------------
PHONE_RE = re.compile(r"\d{2,4}[-. ]\d{3,4}[-. ]\d{4}|01[016789]\d{7,8}")
URL_RE = re.compile(r"https?://|www\.|\.com\b|\.kr\b|\.net\b|t\.me/|open\.kakao", re.I)
HELPLINES = {"112", "1366", "1388", "117", "1377"}


def validate_record(rec: dict[str, Any], kind: str, hand: bool) -> list[str]:
    errs: list[str] = []
    prefix = "ko-conv-" if kind == "conversation" else "ko-post-"
    rid = rec.get("id", "?")
    if not (isinstance(rid, str) and (rid.startswith(prefix) or (hand and rid.startswith(prefix.replace("ko-", "ko-hw-"))))):
        errs.append(f"{rid}: bad id")
    if rec.get("lang") != "ko":
        errs.append(f"{rid}: lang")
    label = rec.get("label")
    if label not in (0, 1):
        errs.append(f"{rid}: label")
    cats = rec.get("categories")
    if not isinstance(cats, list) or any(c not in CATEGORIES for c in cats) or len(set(cats)) != len(cats):
        errs.append(f"{rid}: categories")
        cats = []
    if label == 1 and not cats:
        errs.append(f"{rid}: positive without categories")
    if label == 0 and cats:
        errs.append(f"{rid}: negative with categories")
    if label == 0 and not rec.get("negative_type"):
        errs.append(f"{rid}: negative without negative_type")
    obf = rec.get("obfuscation")
    if not isinstance(obf, list) or any(o not in OBFUSCATIONS for o in obf):
        errs.append(f"{rid}: obfuscation")
    want_source = "synthetic, hand-written" if hand else SOURCE
    if rec.get("source") != want_source:
        errs.append(f"{rid}: source")
    if rec.get("split") not in ("train", "test") or (hand and rec.get("split") != "test"):
        errs.append(f"{rid}: split")
    texts: list[str] = []
    if kind == "conversation":
        msgs = rec.get("messages")
        if not isinstance(msgs, list) or not (4 if hand else 6) <= len(msgs) <= 40:
            errs.append(f"{rid}: messages length {len(msgs) if isinstance(msgs, list) else '?'}")
            msgs = []
        ids = {p.get("id") for p in rec.get("participants", [])}
        youth = [p for p in rec.get("participants", []) if p.get("role") == "youth"]
        if not youth or not all(12 <= int(p.get("age", 0)) <= 18 for p in youth):
            errs.append(f"{rid}: youth participant aged 12-18 required")
        seen_tags: set[str] = set()
        for m in msgs:
            if m.get("speaker") not in ids or not isinstance(m.get("text"), str) or not m["text"].strip():
                errs.append(f"{rid}: message {m}")
            if not isinstance(m.get("tags"), list) or any(t not in CATEGORIES for t in m["tags"]):
                errs.append(f"{rid}: message tags {m}")
            else:
                seen_tags.update(m["tags"])
            texts.append(m.get("text", ""))
        if seen_tags and seen_tags != set(cats):
            errs.append(f"{rid}: categories {cats} != message tags {sorted(seen_tags)}")
        fci = rec.get("first_concern_index")
        if label == 1:
            if not isinstance(fci, int) or not 0 <= fci < len(msgs):
                errs.append(f"{rid}: first_concern_index")
            if rec.get("level") not in ("high", "urgent"):
                errs.append(f"{rid}: level")
            if {"sextortion", "self_harm"} & set(cats) and rec.get("level") != "urgent":
                errs.append(f"{rid}: sextortion/self_harm must be urgent")
            reasons = rec.get("urgent_reasons")
            want = {"sextortion_threat"} if "sextortion" in cats else set()
            want |= {"self_harm"} if "self_harm" in cats else set()
            want |= {"imminent_meeting"} if any(m.get("imminent") for m in msgs) else set()
            if not isinstance(reasons, list) or set(reasons) != want or (rec.get("level") == "urgent") != bool(want):
                errs.append(f"{rid}: level/urgent_reasons {rec.get('level')} {reasons} do not match the messages ({sorted(want)})")
        elif fci is not None or rec.get("level") is not None:
            errs.append(f"{rid}: negative with first_concern_index/level")
        for m in msgs:
            if "imminent" in m and (m["imminent"] is not True or not {"meeting", "money_meeting", "shelter_runaway"} & set(m.get("tags", []))):
                errs.append(f"{rid}: 'imminent' must be true and on a meeting message: {m}")
    else:
        if not isinstance(rec.get("text"), str) or not rec["text"].strip():
            errs.append(f"{rid}: text")
        texts.append(rec.get("text", ""))
    for t in texts:
        if PHONE_RE.search(t) or URL_RE.search(t):
            errs.append(f"{rid}: phone number or URL in {t!r}")
        for num in re.findall(r"\d{3,}", t):
            if len(num) >= 4 and num not in HELPLINES:
                errs.append(f"{rid}: long number {num} in {t!r}")
    return errs


def load_jsonl(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    recs, errs = [], []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"{path.name}:{n}: empty line")
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"{path.name}:{n}: invalid JSON ({e})")
    return recs, errs


def stats(name: str, recs: list[dict[str, Any]], kind: str) -> list[str]:
    lines = [f"### {name} ({len(recs)} records)", ""]
    lab = Counter(r["label"] for r in recs)
    spl = Counter((r["split"], r["label"]) for r in recs)
    lines.append(f"- label: 1 = {lab[1]}, 0 = {lab[0]}")
    lines.append(
        f"- split: train = {spl[('train', 1)] + spl[('train', 0)]} ({spl[('train', 1)]} pos / {spl[('train', 0)]} neg), "
        f"test = {spl[('test', 1)] + spl[('test', 0)]} ({spl[('test', 1)]} pos / {spl[('test', 0)]} neg)"
    )
    cat = Counter(c for r in recs for c in r["categories"])
    lines.append("- categories (records containing each): " + ", ".join(f"{c} {cat[c]}" for c in CATEGORIES))
    neg = Counter(r.get("negative_type") for r in recs if r["label"] == 0)
    lines.append("- negative_type: " + ", ".join(f"{k} {v}" for k, v in sorted(neg.items())))
    obf_pos = Counter(o for r in recs if r["label"] == 1 for o in r["obfuscation"])
    obf_neg = Counter(o for r in recs if r["label"] == 0 for o in r["obfuscation"])
    n_obf = Counter(r["label"] for r in recs if r["obfuscation"])
    lines.append(f"- records with any obfuscation: positives {n_obf[1]}, negatives {n_obf[0]}")
    lines.append("- obfuscation (pos/neg): " + ", ".join(f"{o} {obf_pos[o]}/{obf_neg[o]}" for o in OBFUSCATIONS))
    if kind == "conversation":
        lev = Counter(r["level"] for r in recs if r["label"] == 1)
        lines.append(f"- level (positives): high {lev['high']}, urgent {lev['urgent']}")
        lens = sorted(len(r["messages"]) for r in recs)
        lines.append(f"- messages per conversation: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}; total {sum(lens)}")
        fcis = sorted(r["first_concern_index"] for r in recs if r["label"] == 1)
        if fcis:
            lines.append(f"- first_concern_index (positives): min {fcis[0]}, median {fcis[len(fcis) // 2]}, max {fcis[-1]}")
        sc = Counter(r.get("scenario") for r in recs if r["label"] == 1)
        lines.append("- scenario (positives): " + ", ".join(f"{k} {v}" for k, v in sorted(sc.items())))
    else:
        pt = Counter(r.get("post_type") for r in recs if r["label"] == 1)
        lines.append("- post_type (positives): " + ", ".join(f"{k} {v}" for k, v in sorted(pt.items())))
    lines.append("")
    return lines


def check(print_stats: bool = True) -> int:
    files = [
        (OUT_DIR / "conversations.jsonl", "conversation", False),
        (OUT_DIR / "posts.jsonl", "post", False),
        (HAND_DIR / "conversations.jsonl", "conversation", True),
        (HAND_DIR / "posts.jsonl", "post", True),
    ]
    all_errs: list[str] = []
    report: list[str] = []
    all_ids: set[str] = set()
    for path, kind, hand in files:
        if not path.exists():
            all_errs.append(f"missing {path}")
            continue
        recs, errs = load_jsonl(path)
        all_errs += errs
        for r in recs:
            all_errs += validate_record(r, kind, hand)
            if r.get("id") in all_ids:
                all_errs.append(f"duplicate id {r.get('id')}")
            all_ids.add(r.get("id"))
        report += stats(str(path.relative_to(HERE)), recs, kind)
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    report.append(f"Total size of datasets/ko: {size / 1024 / 1024:.2f} MB")
    if size > 5 * 1024 * 1024:
        all_errs.append("datasets/ko is larger than 5 MB")
    if print_stats:
        print("\n".join(report))
    for e in all_errs[:50]:
        print("ERROR", e, file=sys.stderr)
    if all_errs:
        print(f"{len(all_errs)} validation errors", file=sys.stderr)
        return 1
    print("validation: OK")
    return 0


def self_test() -> None:
    assert to_dubeolsik("사진") == "tkwls"
    assert to_dubeolsik("조건") == "whrjs"
    assert to_dubeolsik("괜찮아") == "rhoscksgdk"
    assert to_dubeolsik("값") == "rkqt"
    assert to_chosung("조건만남") == "ㅈㄱㅁㄴ"
    assert to_jamo("사진") == "ㅅㅏㅈㅣㄴ"
    assert fill("{me|가} {me|랑}", {"me": "형"}) == "형이 형이랑"
    assert grade_name(14) == "중2" and grade_name(16) == "고1"
    assert is_jon("몇 살이에요?") and not is_jon("용돈 필요?") and not is_jon("몇 살이야")
    assert has_obfuscating_chosung("ㅈㄱㅁㄴ 17") and has_obfuscating_chosung("ㄴㅇ 알려줘")
    assert not has_obfuscating_chosung("ㅎㅇㅎㅇ ㅋㅋㅋ ㄱㄱㄱ 링크 ㄱㅎㅎ ㅇㅋ") and not has_obfuscating_chosung("ㅅㅏㅈㅣㄴ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only validate and print counts")
    args = ap.parse_args()
    self_test()
    if not args.check:
        convs, posts = build()
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for path, recs in ((OUT_DIR / "conversations.jsonl", convs), (OUT_DIR / "posts.jsonl", posts)):
            with path.open("w", encoding="utf-8", newline="\n") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"wrote {len(convs)} conversations and {len(posts)} posts to {OUT_DIR.relative_to(HERE.parent.parent)}")
    return check()


if __name__ == "__main__":
    sys.exit(main())
