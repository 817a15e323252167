"""Obfuscation (recorded in "obfuscation") and chat style (not recorded)."""

# ruff: noqa: UP031

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .hangul import (
    CHO,
    LOOKALIKE,
    VOWEL_ECHO,
    compose,
    decompose,
    is_syllable,
    to_chosung,
    to_dubeolsik,
    to_jamo,
)

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
