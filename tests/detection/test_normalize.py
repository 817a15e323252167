"""Normalisation: each obfuscation class is undone, ordinary text is left alone, and normalize is idempotent."""

from __future__ import annotations

import random
import time
import unicodedata

import pytest

from ondam.detection.normalize import compose_jamo, normalize, qwerty_to_hangul, to_chosung

# Every string used in a test below is collected here for the idempotence property.
ALL_INPUTS: list[str] = []


def cases(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    ALL_INPUTS.extend(p[0] for p in pairs)
    return list(pairs)


# --------------------------------------------------------------------------------------------------------------
# 초성 (to_chosung)
# --------------------------------------------------------------------------------------------------------------
CHOSUNG = cases(
    ("조건만남", "ㅈㄱㅁㄴ"),
    ("사진 보내줘", "ㅅㅈ ㅂㄴㅈ"),
    ("빨리 와", "ㅃㄹ ㅇ"),
    ("텔레그램 ok 17", "ㅌㄹㄱㄹ ok 17"),
    ("ㅈㄱ 가능?", "ㅈㄱ ㄱㄴ?"),
    ("", ""),
)


@pytest.mark.parametrize(("text", "expected"), CHOSUNG)
def test_to_chosung(text: str, expected: str) -> None:
    assert to_chosung(text) == expected


def test_to_chosung_covers_every_syllable() -> None:
    first, last = to_chosung("가"), to_chosung("힣")
    assert (first, last) == ("ㄱ", "ㅎ")
    assert all(len(to_chosung(chr(cp))) == 1 for cp in range(0xAC00, 0xD7A4))


# --------------------------------------------------------------------------------------------------------------
# Split jamo (compose_jamo and step 3)
# --------------------------------------------------------------------------------------------------------------
COMPOSE = cases(
    ("ㅅㅏㅈㅣㄴ", "사진"),
    ("ㅈㅗㄱㅓㄴ", "조건"),
    ("ㄷㅏㄹㄱ", "닭"),  # final cluster
    ("ㄷㅏㄹㄱㅇㅡㄴ", "닭은"),  # the cluster keeps its first consonant when a vowel follows
    ("ㄱㅗㅏㄴ", "관"),  # compound vowel
    ("ㄲㅗㅊ", "꽃"),
    ("조ㄱㅓㄴ", "조건"),  # jamo after a syllable compose on their own
    ("ㅋㅋㅅㅏㅈㅣㄴㅋㅋ", "ㅋㅋ사진ㅋㅋ"),
    ("ㅈㄱ", "ㅈㄱ"),
    ("ㅋㅋ", "ㅋㅋ"),
    ("ㅈㄱㅁㄴ", "ㅈㄱㅁㄴ"),
    ("ㅠㅠ", "ㅠㅠ"),
    ("ㅋㅋㅠㅠ", "ㅋㅋㅠㅠ"),  # repeated vowels are an emoticon, not the vowel of ㅋ
    ("좋아ㅋㅋ", "좋아ㅋㅋ"),  # never merged into the syllable before
    ("abc", "abc"),
)


@pytest.mark.parametrize(("text", "expected"), COMPOSE)
def test_compose_jamo(text: str, expected: str) -> None:
    assert compose_jamo(text) == expected


JAMO_SPLIT = cases(
    ("ㅅㅏㅈㅣㄴ 보내줘", "사진 보내줘"),
    ("ㅈㅗㄱㅓㄴ 가능?", "조건 가능?"),
    ("ㅇㅕㅇㅌㅗㅇ 할래?", "영통 할래?"),
    ("ㅅ ㅏ ㅈ ㅣ ㄴ", "사진"),  # spread out as well
    (unicodedata.normalize("NFD", "사진 보내줘"), "사진 보내줘"),  # conjoining jamo (NFD text)
    ("\u110c\u1100", "ㅈㄱ"),  # lone conjoining initials become compatibility jamo
    ("\uffb8\uffa1", "ㅈㄱ"),  # half-width jamo
    ("몸ㅋ ㅐㅁ 아님", "몸캠 아님"),  # a gap between a consonant and its vowel, after a syllable
    ("ㅅ.ㅏ진 보내", "사진 보내"),
    ("ㅋ ㅠㅠ", "ㅋ ㅠㅠ"),  # a laugh and a cry: a repeated vowel is an emoticon
    ("ㅋㅋ ㅜ", "ㅋㅋ ㅜ"),  # after a run of consonants (laughter)
)


@pytest.mark.parametrize(("text", "expected"), JAMO_SPLIT)
def test_jamo_split(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --------------------------------------------------------------------------------------------------------------
# Spaces and symbols inside words (step 4)
# --------------------------------------------------------------------------------------------------------------
SPACING = cases(
    ("사.진", "사진"),
    ("조/건", "조건"),
    ("만 남", "만남"),
    ("조 건 만 남", "조건만남"),
    ("사.진.보.내", "사진보내"),
    ("사.진 보내줘", "사진 보내줘"),
    ("몸-캠", "몸캠"),
    ("조_건 만_남", "조건 만남"),
    ("텔*레*그*램", "텔레그램"),
    ("용~돈", "용돈"),
    ("가 출 팸", "가출팸"),
    ("ㅈ.ㄱ", "ㅈㄱ"),
    ("조 건\n만 남", "조건만남"),
    ("와 몸.캠", "와 몸캠"),  # symbols bind before spaces
    ("오늘 학교 끝나고 만나", "오늘 학교 끝나고 만나"),
    ("사진.보내", "사진.보내"),  # tokens of two syllables are words: kept apart
    ("응. 왜?", "응. 왜?"),  # punctuation followed by a space is ordinary punctuation
    ("1 2 3", "1 2 3"),
)


@pytest.mark.parametrize(("text", "expected"), SPACING)
def test_spacing_and_symbols(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_spacing_known_effect_on_one_syllable_words() -> None:
    """Documented behaviour: consecutive one-syllable words are joined, as an obfuscated word would be."""
    ALL_INPUTS.extend(["나 너 좋아", "빵 사 먹었어"])
    assert normalize("나 너 좋아") == "나너 좋아"
    assert normalize("빵 사 먹었어") == "빵사 먹었어"


# --------------------------------------------------------------------------------------------------------------
# Look-alike digits, Latin letters and Han characters (step 5)
# --------------------------------------------------------------------------------------------------------------
LOOKALIKES = cases(
    ("0ㅑ", "야"),
    ("0ㅑ한 사진", "야한 사진"),
    ("ㅈ1ㄴ짜", "진짜"),
    ("ㅈlㄴ짜", "진짜"),
    ("ㅈ|ㄴ짜", "진짜"),
    ("oㅋ", "ㅇㅋ"),
    ("ㅇㅋo", "ㅇㅋㅇ"),
    ("7ㅐ", "개"),
    ("lㅏ", "나"),
    ("人ㅏ진", "사진"),
    ("ㅂ一ㅣ", "븨"),
    ("ㄱr출했어", "가출했어"),  # r drawn like ㅏ after a lone consonant
    ("ㅅr진", "사진"),
    ("star", "star"),
    ("ㅋㅋr", "ㅋㅋr"),
)


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalikes(text: str, expected: str) -> None:
    assert normalize(text) == expected


NUMBERS_KEPT = cases(
    ("17", "17"),
    ("06년생", "06년생"),
    ("5만원", "5만원"),
    ("010", "010"),
    ("010-1234-5678", "010-1234-5678"),
    ("ㅈㄱㅁㄴ 17", "ㅈㄱㅁㄴ 17"),
    ("ㅈㄱ1회", "ㅈㄱ1회"),  # a number after a 초성 run stays a number
    ("긴밤 5", "긴밤 5"),
    ("1000원", "1000원"),
    ("2007년생 중1", "2007년생 중1"),
    ("10시에 만나", "10시에 만나"),
    ("hello world 2024", "hello world 2024"),
)


@pytest.mark.parametrize(("text", "expected"), NUMBERS_KEPT)
def test_lookalikes_never_touch_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --------------------------------------------------------------------------------------------------------------
# Korean typed on an English keyboard (qwerty_to_hangul and step 7)
# --------------------------------------------------------------------------------------------------------------
QWERTY = [
    ("tkwls", "사진"),
    ("whrjs", "조건"),
    ("dkssud", "안녕"),
    ("dudxhd", "영통"),
    ("akssk", "만나"),
    ("dydehs", "용돈"),
    ("rkcnf", "가출"),
    ("gpfvm", "헬프"),
    ("tmvhs", "스폰"),
    ("xpffprmfoa", "텔레그램"),
    ("ahxpf", "모텔"),
    ("ahazoa", "몸캠"),
    ("zkxhr", "카톡"),
    ("ryqhr", "교복"),
    ("rhakdnj", "고마워"),
    ("tkfkdgo", "사랑해"),
    ("anjgo", "뭐해"),
    ("djqtdj", "없어"),  # final cluster
    ("dhkseks", "완단"),  # compound vowel
    ("Tkfkd", "싸랑"),  # Shift types the double consonant
    ("dlTek", "있다"),
    ("DKSSUD", "안녕"),  # other capitals type like lower case
]


@pytest.mark.parametrize(("word", "expected"), QWERTY)
def test_qwerty_to_hangul(word: str, expected: str) -> None:
    assert qwerty_to_hangul(word) == expected


def test_qwerty_to_hangul_two_keys_and_rare_syllables() -> None:
    assert qwerty_to_hangul("tk") == "사"  # normalize only converts tokens of three letters or more
    assert qwerty_to_hangul("ekfr") is None  # 닭 is outside the common syllables
    assert qwerty_to_hangul("TKWLS") is None  # Shift+T is ㅆ and Shift+W is ㅉ: 싸찐, and 찐 is rare


def test_qwerty_to_hangul_decodes_keys_literally() -> None:
    # These two are sometimes given as 헬프 and 텔레그램, but the keys spell other syllables; the real key
    # sequences are gpfvm and xpffprmfoa (above).
    assert qwerty_to_hangul("godvm") == "행프"
    assert qwerty_to_hangul("xpffpdrmfka") is None  # 텔렝그람: 렝 is not a common syllable


@pytest.mark.parametrize(
    "word",
    [
        "",
        "a",
        "t",
        "hello",
        "qwerty",
        "tkwls1",
        "사진",
        "ㅋㅋ",
        "dkssudd",
        "rrr",
        "hk",
        "tkwlsss",
        "zzz",
        "ekfr",
    ],
)
def test_qwerty_to_hangul_rejects_non_syllables(word: str) -> None:
    assert qwerty_to_hangul(word) is None


QWERTY_IN_TEXT = cases(
    ("tkwls 보내줘", "사진 보내줘"),
    ("whrjs 가능?", "조건 가능?"),
    ("dudxhd gkfsi?", "영통 할냐?"),
    ("xpffprmfoa 아이디 알려줘", "텔레그램 아이디 알려줘"),
    ("오늘 tkwls 보내", "오늘 사진 보내"),
    ("ｔｋｗｌｓ", "사진"),  # full width first goes through NFKC
    ("조 rjs", "조건"),  # the decoded syllable is a one-syllable token too
    ("tkwls1234", "tkwls1234"),  # part of a longer token (an ID): left alone
    ("me@tkwls.com", "me@tkwls.com"),
    ("SNS로 찾아요", "sns로 찾아요"),  # Latin abbreviations that would decode (sns -> 눈, dj -> 어, sk -> 나)
    ("DJ 파티", "dj 파티"),
    ("sk 요금제", "sk 요금제"),
)


@pytest.mark.parametrize(("text", "expected"), QWERTY_IN_TEXT)
def test_qwerty_in_text(text: str, expected: str) -> None:
    assert normalize(text) == expected


# Frequent English (chat) words, none of which may be taken for Korean typed in English mode.
_ENGLISH_WORDS_TEXT = """
hi hey hello ok okay lol lmao omg wtf idk btw brb gtg ttyl tbh imo np thx thanks ty pls plz yes yeah yep yup
no nope nah sure cool nice good great fine bad sad mad glad sorry what when where who why how which that this
these those there here then than they them their theirs you your yours are was were is be been being have has
had do does did done doing dont didnt doesnt cant wont isnt arent wasnt the and but for with from into onto
about over under after before again also just only even still very really much many more most some any all
none each every other another same such both either neither own our ours we us me my mine him his her hers she
he it its im ive ill id youre theyre weve can could would should will shall may might must let make made take
took give gave get got go went gone come came see saw seen look watch know knew think thought feel felt want
need like love hate say said tell told ask asked talk chat text call send sent meet meeting cam webcam pic pics
picture photo video snap age old young baby babe girl boy kid kids teen school class home house room bed mom dad
mum parents family friend friends secret alone tonight today tomorrow yesterday now later soon night day week
weekend time money cash gift card buy pay free number phone address live city town car ride drive walk park
mall store game games play fun party movie music song dance cute pretty hot sexy beautiful special mature trust
promise delete block report help stop leave please sick tired bored busy ready sleep wake eat food drink pizza
water coffee work job test homework grade teacher bus late early fast slow big small long short happy angry
scared worried crazy funny weird real fake true false right left wrong maybe probably definitely honestly
seriously literally actually basically anyway whatever though although because since until while during around
down up out off away back forward dude bro sis guys gurl gurls gud sory dnt tht wud wudnt cud cudnt shud ahaha
ahah hahaha hehe xoxo xo rofl thru tho thr ths wld wldnt cld cldnt woah whoa aww ugh hmm umm yay sucks damn dick
cock god jesus heaven hell angel devil dog cat bird fish rock roll sock shoe shirt dress skirt bra hair face eyes
lips body skin legs chest dirty clean sweet salty spicy cold warm cozy rich poor turn works form sign worry rush
flash sharp shady spam span spend slap slack soak soap suck duck dust duty dusk dish disk risk desk dark dorm
gown worm world word sword snapchat kik telegram whatsapp discord skype instagram tiktok roblox robux minecraft
fortnite asl dm pm irl afk gg
"""
ENGLISH_WORDS = _ENGLISH_WORDS_TEXT.split()


def test_english_word_list_is_big_enough() -> None:
    assert len(set(ENGLISH_WORDS)) >= 300


@pytest.mark.parametrize("word", ENGLISH_WORDS)
def test_english_words_are_not_korean(word: str) -> None:
    assert qwerty_to_hangul(word) is None
    assert normalize(word) == word


# --------------------------------------------------------------------------------------------------------------
# Elongation (step 6)
# --------------------------------------------------------------------------------------------------------------
ELONGATION = cases(
    ("만나자아아아", "만나자"),
    ("만나자아아", "만나자"),
    ("ㅋㅋㅋㅋㅋ", "ㅋㅋ"),
    ("ㅎㅎㅎ", "ㅎㅎ"),
    ("ㅠㅠㅠㅠ", "ㅠㅠ"),
    ("sooooo", "soo"),
    ("!!!!!", "!!"),
    ("???", "??"),
    ("제바아아아알", "제발"),  # a syllable drawn out inside a word is put back
    ("마아아안남", "만남"),
    ("헤에엘퍼", "헬퍼"),
    ("조오오건 만남", "조건 만남"),
    ("추운 날 구운 고기", "추운 날 구운 고기"),  # one repeat may be a word (추운, 구운, 나아가)
    ("나아가자", "나아가자"),
    ("마안남", "마안남"),
    ("보고싶어어어", "보고싶어어"),  # 싶 does not end in ㅓ: only the repeat is cut
    ("좋아아아", "좋아아"),  # 좋 ends in a consonant: only the repeat is cut
    ("자아", "자아"),  # one repeat may be a word (자아, 나아)
    ("아아", "아아"),
    ("1000원", "1000원"),  # digits are numbers, never elongations
    ("010-1111-2222", "010-1111-2222"),
)


@pytest.mark.parametrize(("text", "expected"), ELONGATION)
def test_elongation(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --------------------------------------------------------------------------------------------------------------
# Emoji and symbols inserted into words (step 2)
# --------------------------------------------------------------------------------------------------------------
EMOJI = cases(
    ("조💕건", "조건"),
    ("사🙂진 보내💕", "사진 보내"),
    ("용♡돈", "용돈"),
    ("만★남", "만남"),
    ("텔👍🏻레", "텔레"),  # skin tone modifier
    ("사👨\u200d👩\u200d👧진", "사진"),  # ZWJ family sequence
    ("🇰🇷 사진", "사진"),  # flag
    ("1️⃣ 번", "1 번"),  # keycap: the digit stays
    ("사\U0001fae8진", "사진"),  # an emoji newer than this Python's Unicode database
    ("사진 ^^", "사진 ^^"),  # ASCII ^ is punctuation
    ("5만원 ₩", "5만원 ₩"),  # currency signs stay
)


@pytest.mark.parametrize(("text", "expected"), EMOJI)
def test_emoji_insertion(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --------------------------------------------------------------------------------------------------------------
# Zero-width and invisible characters (step 1)
# --------------------------------------------------------------------------------------------------------------
INVISIBLE = cases(
    ("조\u200b건", "조건"),
    ("만\u200c남", "만남"),
    ("텔\u200d레", "텔레"),
    ("\ufeff사진", "사진"),
    ("사\u2060진", "사진"),
    ("사\u200e진\u200f", "사진"),
    ("사\u202e진", "사진"),
    ("사\u00ad진", "사진"),  # soft hyphen
    ("사\ufe0f진", "사진"),  # variation selector
    ("사\U000e0101진", "사진"),  # variation selector supplement
    ("사\u3164진", "사진"),  # Hangul filler
    ("s\u0336e\u0336x\u0336", "sex"),  # combining strike-through
    ("t\u200bkwls", "사진"),
)


@pytest.mark.parametrize(("text", "expected"), INVISIBLE)
def test_zero_width_and_invisible(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --------------------------------------------------------------------------------------------------------------
# NFKC and case (step 1)
# --------------------------------------------------------------------------------------------------------------
NFKC = cases(
    ("ＡＢＣ", "abc"),
    ("ｱ", "ア"),
    ("１７살", "17살"),
    ("Send Me A PIC", "send me a pic"),
    ("①번", "1번"),
    ("㉠", "ㄱ"),
    ("ﬁne", "fine"),
    ("사진\u3000보내", "사진 보내"),  # ideographic space
    ("사진\u00a0보내", "사진 보내"),
    ("ｓｅｎｄ　ｍｅ", "send me"),
)


@pytest.mark.parametrize(("text", "expected"), NFKC)
def test_nfkc_and_case(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_whitespace_collapsed_and_stripped() -> None:
    ALL_INPUTS.append("  사진   보내줘 \n\t ok  ")
    assert normalize("  사진   보내줘 \n\t ok  ") == "사진 보내줘 ok"
    assert normalize("") == ""
    assert normalize(" \n ") == ""


# --------------------------------------------------------------------------------------------------------------
# Ordinary text is left alone
# --------------------------------------------------------------------------------------------------------------
KOREAN_SENTENCES = """
내일 학교 끝나고 도서관 가자
오늘 학교 끝나고 만나
엄마가 저녁 먹으러 오래
숙제 다 했어? 나는 아직 못 했어
이번 주말에 영화 보러 갈래?
시험 기간이라 너무 피곤하다
선생님이 내일까지 보고서 내래
우리 반 체육대회 언제야?
버스 놓쳐서 지각할 것 같아
떡볶이 먹고 싶다 ㅋㅋ
학원 끝나면 연락할게
동생이랑 게임하는 중이야
생일 선물 뭐 받고 싶어?
날씨가 추워서 패딩 입고 나왔어
수학 문제 이거 어떻게 풀어?
방학 때 제주도 여행 가기로 했어
친구들이랑 노래방 가기로 했는데 같이 갈래?
아빠가 새 휴대폰 사주셨어 ㅎㅎ
오늘 급식 메뉴 진짜 맛있었어
주말에 가족이랑 캠핑 갔다 왔어
감기 걸려서 오늘 학교 못 갔어 ㅠㅠ
도서관에서 같이 공부하자
다음 주 월요일에 발표 준비해야 돼
2007년생이고 중학교 3학년이야
버스비 1500원 있어?
010-1234-5678로 연락 주세요
5만원짜리 운동화 샀어
""".strip().splitlines()

ENGLISH_SENTENCES = """
see you at school tomorrow
how was your day today?
i have a math test on friday
can you help me with my homework?
my mom said i can go to the park
we are going to the beach this weekend
did you watch the game last night?
i forgot my lunch at home again
the bus was late so i missed first period
do you want to play minecraft later?
my little brother broke my headphones
our teacher gave us so much homework
i got a new puppy, his name is max
what time does the movie start?
let's meet at the library after class
i need to finish my science project
are you going to the party on saturday?
sorry i was busy with practice
my phone is almost dead, text you later
that song is stuck in my head lol
thanks for helping me study for the quiz
happy birthday! hope you have a great day
i think the answer is 42
we have soccer practice at 5 pm
""".strip().splitlines()

ALL_INPUTS.extend(KOREAN_SENTENCES + ENGLISH_SENTENCES)


def test_sentence_lists_are_big_enough() -> None:
    assert len(KOREAN_SENTENCES) >= 20
    assert len(ENGLISH_SENTENCES) >= 20


@pytest.mark.parametrize("sentence", KOREAN_SENTENCES)
def test_ordinary_korean_is_unchanged(sentence: str) -> None:
    assert normalize(sentence) == sentence


@pytest.mark.parametrize("sentence", ENGLISH_SENTENCES)
def test_ordinary_english_is_unchanged(sentence: str) -> None:
    assert normalize(sentence) == sentence


def test_mixed_obfuscation_in_one_message() -> None:
    text = "ㅋㅋㅋㅋ 오빠가 용 돈 줄게 사.진 보내줘 ㅈㄱ 가능? tkwls 보내면 5만원 💕💕 06년생 맞지? 0ㅑ 텔\u200b레 알려줘!!!!"
    ALL_INPUTS.append(text)
    assert normalize(text) == (
        "ㅋㅋ 오빠가 용돈 줄게 사진 보내줘 ㅈㄱ 가능? 사진 보내면 5만원 06년생 맞지? 야 텔레 알려줘!!"
    )


# --------------------------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------------------------
def test_idempotent_on_every_test_string() -> None:
    inputs = ALL_INPUTS + ENGLISH_WORDS + [w for w, _ in QWERTY]
    assert len(inputs) > 300
    for text in inputs:
        once = normalize(text)
        assert normalize(once) == once, text


_FUZZ_PIECES = [
    *"ㄱㄴㄷㅅㅇㅈㅋㅎㅏㅑㅓㅗㅜㅠㅡㅣㅐ가나사진조건만남자아어오이 0o17l|i.,/-_~^!?abdkrstwzTKW人一💕\u200b\n",
    "tkwls", "whrjs", "dkdk", "  ", "ㅅㅏ", "0ㅑ", "06년생", "sorry", "와", "몸.캠",
]  # fmt: skip


def test_idempotent_on_random_strings() -> None:
    rng = random.Random(20240611)
    for _ in range(3000):
        text = "".join(rng.choice(_FUZZ_PIECES) for _ in range(rng.randint(1, 14)))
        once = normalize(text)
        assert normalize(once) == once, repr(text)


def test_fast_enough() -> None:
    """A coarse guard against pathological slowdowns (the real figure is tens of microseconds)."""
    messages = [*KOREAN_SENTENCES, *ENGLISH_SENTENCES]
    start = time.perf_counter()
    for _ in range(20):
        for message in messages:
            normalize(message)
    per_message = (time.perf_counter() - start) / (20 * len(messages))
    assert per_message < 0.001
