"""Hangul helpers: jamo (de)composition, 2-beolsik keys, josa, slot filling, register."""

from __future__ import annotations

import hashlib
import re

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
