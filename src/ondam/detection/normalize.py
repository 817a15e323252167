"""Canonical text for matching: obfuscation used to dodge keyword filters in Korean and English chats is undone.

:func:`normalize` is run on every message before signal patterns and n-gram features, so it is written for
speed: tables and regular expressions are built once at import, and each step is a C-level ``re``/``str``
operation over the whole message; Python-level loops only run on the rare pieces that need them (jamo
runs, candidate English-keyboard tokens). Standard library only.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["compose_jamo", "normalize", "qwerty_to_hangul", "to_chosung"]

# --------------------------------------------------------------------------------------------------------------
# Hangul tables
# --------------------------------------------------------------------------------------------------------------
_SBASE = 0xAC00
_SCOUNT = 11172
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_CHO_INDEX = {c: i for i, c in enumerate(_CHO)}
_JUNG_INDEX = {c: i for i, c in enumerate(_JUNG)}
_JONG_INDEX = {c: i for i, c in enumerate(_JONG) if c}
_VOWEL_COMBOS = {
    "ㅗㅏ": "ㅘ",
    "ㅗㅐ": "ㅙ",
    "ㅗㅣ": "ㅚ",
    "ㅜㅓ": "ㅝ",
    "ㅜㅔ": "ㅞ",
    "ㅜㅣ": "ㅟ",
    "ㅡㅣ": "ㅢ",
}
_FINAL_COMBOS = {
    "ㄱㅅ": "ㄳ", "ㄴㅈ": "ㄵ", "ㄴㅎ": "ㄶ", "ㄹㄱ": "ㄺ", "ㄹㅁ": "ㄻ", "ㄹㅂ": "ㄼ", "ㄹㅅ": "ㄽ",
    "ㄹㅌ": "ㄾ", "ㄹㅍ": "ㄿ", "ㄹㅎ": "ㅀ", "ㅂㅅ": "ㅄ",
}  # fmt: skip
_FINAL_SPLIT = {v: (k[0], k[1]) for k, v in _FINAL_COMBOS.items()}

# Character classes (for regular expressions) of modern compatibility jamo and of complete syllables.
_SYL = "가-힣"
_CONS = "\u3131-\u314e"  # ㄱ..ㅎ, including the cluster letters ㄳ ㄵ ...
_VOW = "\u314f-\u3163"  # ㅏ..ㅣ
_JAMO = "\u3131-\u3163"

# 초성 of every syllable, as a str.translate table.
_CHOSUNG_TABLE = {_SBASE + i: _CHO[i // 588] for i in range(_SCOUNT)}

# Conjoining jamo (U+1100 block, e.g. from NFD text or NFKC of circled letters) and half-width jamo (U+FFA1..)
# mapped to the compatibility jamo that people type and that the rest of this module works with.
_CONJOINING_TABLE: dict[int, str] = {}
_CONJOINING_TABLE.update({0x1100 + i: c for i, c in enumerate(_CHO)})
_CONJOINING_TABLE.update({0x1161 + i: c for i, c in enumerate(_JUNG)})
_CONJOINING_TABLE.update({0x11A8 + i: c for i, c in enumerate(_JONG[1:])})
_HALFWIDTH_TABLE: dict[int, str] = {}
for _cp in range(0xFFA0, 0xFFDD):
    _decomp = unicodedata.decomposition(chr(_cp)).split()
    if len(_decomp) == 2 and _decomp[0] == "<narrow>":
        _HALFWIDTH_TABLE[_cp] = chr(int(_decomp[1], 16))
_CONJOINING_RE = re.compile("[\u1100-\u11ff]")
_HALFWIDTH_RE = re.compile("[\uffa0-\uffdc]")
# Compatibility jamo must not go through NFKC: it rewrites them as conjoining jamo and then composes them
# positionally ("ㅅㅏㅈㅣㄴ" -> "사지ᄂ"), which is not what a person typing them means. See _nfkc().
_COMPAT_JAMO_SPLIT_RE = re.compile("([\u3131-\u318e]+)")

# Syllables that Korean words typed on an English keyboard may decode to: the 890 most frequent syllables of
# Korean (relative frequency >= 10^-4.5 in the wordfreq 3.1 Korean word list, counted per syllable, computed
# offline; together 99.3% of the syllables of running text) plus chat slang syllables (숏, 팸, 캠, 텔, 헬, 톡,
# 쩔, 헐 ...). English words mostly decode into rare syllables (and -> 뭉, with -> 쟈소, clean -> 칟무), so this
# filter rejects most of them before the stop list below is needed.
_COMMON_SYLLABLES = frozenset(
    """
가각간갈감갑값갔강갖같개객갠갤걍걔거걱건걷걸검겁것게겐겠겨격겪견결겸겼경계고곡곤곧골곱곳공과관괄광괜괴굉교구국군굳굴궁권귀규균그극근글금급기긴길김깊까깐깔깜깝깨꺼께껴꼬꼭꼴꽃꽤꾸꾼꿀꿈꿔뀌끄끈끊끌끔끗
끝끼낌나낙난날남납낫났낭낮낳내낸낼냄냈냉냐냥너넌널넓넘넣네넷녀녁년념녕노녹논놀놈농높놓놔뇌뇨누눈뉴느는늘능늦니닉닌닐님닙닝다닥단닫달담답닷당대댄더덕던덜덤덩덮데덴델도독돈돌돕동돼됐되된될됨됩두둑둔둘둥
뒤뒷듀드득든듣들듬듯등디딘딜딩따딱딴딸땅때땐떠떡떤떨떻떼또똑뛰뜨뜻라락란랄람랍랐랑래랙랜램랩랫랬랭략량러럭런럴럼럽렀렇레렉렌려력련렬렴렵렸령례로록론롤롬롭롯롱뢰료루룩룸룹류륙률륭르른를름리릭린릴림립릿
링마막만많말맘맙맛망맞맡매맥맨맹맺머먹먼멀멈멋멍메멘멜멤며면멸명몇모목몬몰몸못몽묘무묵묶문묻물뭐뭔뭘뮤므미믹민믿밀밌밍및밑바박밖반받발밝밤밥방배백밴뱅버벅번벌범법벗베벤벨벽변별병보복본볼봄봅봇봉봐봤부
북분불붕붙뷔뷰브븐블비빅빈빌빙빛빠빨빵빼뻐뻔뽑뿌뿐쁘쁜사삭산살삶삼상새색샌샘생샤샵서석선설섬섭섯성세섹센셀셈셋셔션셜셨소속손솔송쇄쇼숏수숙순술숨숫숲쉬쉽슈스슨슬슴습슷승시식신실싫심십싱싶싸싼쌍쌓써썼쏘
쓰쓴쓸씀씨씩씬아악안앉않알암압앗았앙앞애액앤앨앱야약얀양얘어억언얻얼엄업없엇었엉에엑엔엘엠여역연열염엽였영옆예옛오옥온올옮옵옷와완왔왕왜외왼요욕용우욱운울움웃웅워원월웠웨웹위윈윌유육윤율융으은을음읍응
의이익인일읽잃임입잇있잉잊자작잔잖잘잠잡장재잭쟁저적전절젊점접정제젝젠젤져졌조족존졸좀종좋좌죄죠주죽준줄줌중줘줬쥐즈즉즌즐즘증지직진질짐집짓징짜짝짧짱째쩌쩔쪽쯤찌찍차착찬찮찰참창찾채책챔챙처척천철첨첫
청체쳐쳤초촉촌총촬최추축춘출춤충춰취츠측층치칙친칠침칭카칸칼캐캔캘캠커컨컬컴컵컷케켄켓켜켰코콘콜콤콩쾌쿄쿠쿨퀴큐크큰클큼키킨킬킹타탁탄탈탐탑탓탕태택터턴털테텍텐텔템토톡톤톱통퇴투튀튜트특튼틀티틱틴팀팅
파판팔팝패팩팬팸퍼페펜펴편펼평폐포폭폰폴폼표푸풀품풍퓨프픈플피픽핀필핑하학한할함합항해핵핸했행향허헌헐험헤헨헬혀혁현혈혐협혔형혜호혹혼홀홈홍화확환활황회획효후훈훌훨휘휴흐흑흔흘흡흥희흰히힌힐힘
    """.replace("\n", "")
)


def _syllable(cho: str, jung: str, jong: str) -> str:
    return chr(_SBASE + (_CHO_INDEX[cho] * 21 + _JUNG_INDEX[jung]) * 28 + (_JONG_INDEX[jong] if jong else 0))


def _flush(cho: str, jung: str, jong: str) -> str:
    if not cho:
        return ""
    return _syllable(cho, jung, jong) if jung else cho


def _add_vowel(cho: str, jung: str, jong: str, vowel: str) -> tuple[str, str, str, str]:
    """(text completed, new initial, new vowel, new final) after typing a vowel."""
    if cho and not jung:
        return "", cho, vowel, ""
    if jung and not jong:
        combo = _VOWEL_COMBOS.get(jung + vowel)
        if combo:
            return "", cho, combo, ""
    if jong:  # the final (or a cluster's second consonant) moves on to open the next syllable
        keep, move = _FINAL_SPLIT.get(jong, ("", jong))
        return _syllable(cho, jung, keep), move, vowel, ""
    return _flush(cho, jung, jong) + vowel, "", "", ""  # a vowel without an initial stays a lone letter


def _add_consonant(cho: str, jung: str, jong: str, consonant: str) -> tuple[str, str, str, str]:
    """(text completed, new initial, new vowel, new final) after typing a consonant."""
    if jung:
        if not jong and consonant in _JONG_INDEX:
            return "", cho, jung, consonant
        combo = _FINAL_COMBOS.get(jong + consonant) if jong else None
        if combo:
            return "", cho, jung, combo
    done = _flush(cho, jung, jong)
    if consonant in _CHO_INDEX:
        return done, consonant, "", ""
    return done + consonant, "", "", ""  # a cluster letter (ㄳ) that cannot start a syllable


def _compose_run(run: str) -> str:
    """Compose one run of compatibility jamo the way a 2-beolsik input method does.

    A consonant followed by a vowel opens a syllable; a following consonant becomes the final (or a final
    cluster), and moves on to open the next syllable if a vowel follows it. Jamo that cannot be part of a
    syllable (a 초성 without a vowel, a vowel without an initial) are kept as they are.
    """
    out: list[str] = []
    cho = jung = jong = ""
    for ch in run:
        if ch in _JUNG_INDEX:
            done, cho, jung, jong = _add_vowel(cho, jung, jong, ch)
        elif ch in _CHO_INDEX or ch in _JONG_INDEX:
            done, cho, jung, jong = _add_consonant(cho, jung, jong, ch)
        else:
            done, cho, jung, jong = _flush(cho, jung, jong) + ch, "", "", ""
        if done:
            out.append(done)
    out.append(_flush(cho, jung, jong))
    return "".join(out)


# A run of one repeated vowel letter (ㅠㅠ, ㅜㅜ, ㅡㅡ, ㅗㅗ) is an emoticon, not a part of a word.
_EMOTICON_VOWELS_RE = re.compile(f"([{_VOW}])\\1+")
# A run of jamo in which some consonant is followed by a vowel: the only runs that can compose.
_COMPOSABLE_RUN_RE = re.compile(f"(?<![{_JAMO}])[{_JAMO}]*[{_CONS}][{_VOW}][{_JAMO}]*")
_CONSONANT_VOWEL_RE = re.compile(f"[{_CONS}][{_VOW}]")


def _compose_match(match: re.Match[str]) -> str:
    run = match.group()
    if not _EMOTICON_VOWELS_RE.search(run):
        return _compose_run(run)
    pieces: list[str] = []
    pos = 0
    for emo in _EMOTICON_VOWELS_RE.finditer(run):
        pieces.append(_compose_run(run[pos : emo.start()]))
        pieces.append(emo.group())
        pos = emo.end()
    pieces.append(_compose_run(run[pos:]))
    return "".join(pieces)


def compose_jamo(text: str) -> str:
    """Recompose runs of compatibility jamo into syllables where they form them.

    ``'ㅅㅏㅈㅣㄴ' -> '사진'``, ``'조ㄱㅓㄴ' -> '조건'``; runs of 초성 alone (ㅈㄱ, ㅋㅋ) and repeated vowels used as
    emoticons (ㅠㅠ, ㅜㅜ) stay as they are, and a jamo is never merged into a syllable that precedes it.
    """
    if not _CONSONANT_VOWEL_RE.search(text):
        return text
    return _COMPOSABLE_RUN_RE.sub(_compose_match, text)


def to_chosung(text: str) -> str:
    """Every complete Hangul syllable replaced by its initial consonant: ``'조건만남' -> 'ㅈㄱㅁㄴ'``.

    Other characters (jamo, Latin, digits, spaces) are unchanged.
    """
    return text.translate(_CHOSUNG_TABLE)


# --------------------------------------------------------------------------------------------------------------
# Korean typed on an English keyboard (2-beolsik / 두벌식)
# --------------------------------------------------------------------------------------------------------------
_KEYS = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnmQWERTOP",
        "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ",
        strict=True,
    )
)
for _key in "YUIASDFGHJKLZXCVBNM":  # without Shift's own jamo, upper case types the same as lower case
    _KEYS[_key] = _KEYS[_key.lower()]
_KEY_TABLE = str.maketrans(_KEYS)
_KEY_CHARS = frozenset(_KEYS)

# A jamo string that composes into complete syllables only: initial, vowel (or compound vowel), optional
# final (or final cluster), repeated. Backtracking hands a final to the next syllable when a vowel follows.
_Q_C = "[ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ]"
_Q_V = "(?:ㅗ[ㅏㅐㅣ]?|ㅜ[ㅓㅔㅣ]?|ㅡㅣ?|[ㅏㅐㅑㅒㅓㅔㅕㅖㅛㅠㅣ])"
_Q_F = "(?:ㄱㅅ?|ㄴ[ㅈㅎ]?|ㄹ[ㄱㅁㅂㅅㅌㅍㅎ]?|ㅂㅅ?|[ㄲㄷㅁㅅㅆㅇㅈㅊㅋㅌㅍㅎ])"
_SYLLABLES_ONLY_RE = re.compile(f"(?:{_Q_C}{_Q_V}{_Q_F}?)+")
# The same grammar over lower-case keys, to pick candidate tokens out of a message at C speed.
_K_C = "[qwertasdfgzxcv]"
_K_V = "(?:h[kol]?|n[jpl]?|ml?|[kioujpybl])"
_K_F = "(?:rt?|s[wg]?|f[raqtxvg]?|qt?|[eadgzxcvtw])"
# (The first key is matched before the look-behind so that `re` can skip quickly to possible starts.)
_LATIN_CANDIDATE_RE = re.compile(
    f"{_K_C}(?<![a-z0-9_@]{_K_C})(?=[a-z]{{2}}){_K_V}{_K_F}?(?:{_K_C}{_K_V}{_K_F}?)*(?![a-z0-9_@])"
)

# English words that decode into common syllables anyway ("god" -> 행, "for" -> 랙, "did" -> 양): every word
# with a Zipf frequency of at least 3.0 in the wordfreq 3.1 English list that passes the syllable filter above,
# a few two-letter words, and chat spellings (dnt, wudnt, gud, sory, ahaha, xoxo). Never converted.
_ENGLISH_WORDS_TEXT = """
abel absorb absorbs absurdity ah aha ahah ahaha ahahah ahem ajay aka al alam alan alden aldo ale alf alr
als also alto am amen amend an anal andi andy angus ans anthem anti antigua apa aps aud audi auditor
auditory auf augustus aus autism auto autos chan chanel chao chaos chap chapel chaps chem chen clam clan
clans clap clark clash clasp claus clay cld cldnt clemens cleo cns co coa coach coal cochran cochrane
cock cocks coco cocoa cod cody cor coral corals cordial cork corn corp corps cory cosy cozy cu cudnt
curb curl curls cusp dhaka dhs dial dials diane dick dickens dicks did didn didnt diem dir dirk dirty
dis disco dish disk disks dismal dismay dispel disturb django djs dm dms dna dns dnt do dock docks dork
dorm dory dos doth down downs downtown downturn dps dual duane duck ducks duel duffy duran durban durham
dusk dusty duty duval ebay eh el elf em emery ems en enamel end ensign entity envy enzo eos eps fb fidel
fir fireman firemen firth fla flak flap flaps flash flask flavor foam for foray foreman fork forks form
formal forms forsyth forth forty fowl fps fuck fucks fuel fuels fur furry fury fussy giddy gl glam glen
glendale gm gn go goal goals god gogh gorman gosh gospel gospels goth gotham goto gown gowns gps guam
gud gurl gurls guru gus gusto qld quran rbs rhapsody rid rms rn roam rochdale rock rocks rofl rory rosy
roth rotor ruddy rudy rufus rural rus rush russian russians russo rusty ruth ryan sh sha shack shadowy
shady shah shaken shale sham shaman shan shane shark sharks sharma sharp sharpen shawl shawn shay shelf
shen shenzhen shrek siam sick sid siemens sigh sighs sign signal signals signs situ ska slab slack slam
slap slaps slash slay sms smth snap snaps so soak soap soaps sock socks sod sory sos soto spam span
spans spend such suck sucks sudan sur sus susan suspend suzy tbsp th than them theme then theo theory
tho thorn thorne thorns thr thrown thru ths tian tick ticks tidy tito titus tna tnt to tod today tofu
togo tor torah torch torn toro torso tory tos toto town towns townsend tuck tudor turk turks turn turns
tutor tutu ty tyvm vhs vodka wb wha whack whale when wkend wld wldnt woah work works worm worms worn
worry worth wudnt xo xoxo zhao
"""
# Latin abbreviations common in Korean text that decode too ("sns" -> 눈, "dj" -> 어, "sk" -> 나).
_LATIN_ABBREVIATIONS = "sns dj sk"
_ENGLISH_WORDS = frozenset(_ENGLISH_WORDS_TEXT.split()) | frozenset(_LATIN_ABBREVIATIONS.split())
# Laughter and the like: a two-letter English unit repeated ("ahahah", "xoxoxo", "soso").
_REPEATED_UNIT_RE = re.compile(r"(..)\1+.?")


def qwerty_to_hangul(word: str) -> str | None:
    """Decode Korean typed with the keyboard in English mode (2-beolsik): ``'tkwls' -> '사진'``.

    Shift matters as on a real keyboard (``'Tkfkd'`` -> ``'싸랑'``; other capitals type their lower-case jamo).
    Returns None unless the whole word composes into complete syllables (no lone jamo) that are all common in
    Korean, and the word is not an English word that happens to decode (``'god'``, ``'did'``, ``'ahaha'``).
    """
    if len(word) < 2 or not _KEY_CHARS.issuperset(word):
        return None
    lower = word.lower()
    if lower in _ENGLISH_WORDS:
        return None
    repeated = _REPEATED_UNIT_RE.fullmatch(lower)
    if repeated and repeated.group(1) in _ENGLISH_WORDS:
        return None
    jamo = word.translate(_KEY_TABLE)
    if not _SYLLABLES_ONLY_RE.fullmatch(jamo):
        return None
    hangul = _compose_run(jamo)
    if not _COMMON_SYLLABLES.issuperset(hangul):
        return None
    return hangul


# Chat vocabulary is Zipfian: the same candidate tokens ("and", "the", "did") come back all the time.
_qwerty_cached = functools.lru_cache(maxsize=8192)(qwerty_to_hangul)


def _qwerty_match(match: re.Match[str]) -> str:
    token = match.group()
    return _qwerty_cached(token) or token


# --------------------------------------------------------------------------------------------------------------
# normalize(): tables for each step
# --------------------------------------------------------------------------------------------------------------
def _class_from_codepoints(codepoints: Iterable[int]) -> str:
    """A regex character class body (ranges of \\U escapes) for a set of code points."""
    ranges: list[tuple[int, int]] = []
    for cp in sorted(set(codepoints)):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


def _drop_codepoints() -> set[int]:
    """Code points removed by steps 1 and 2 (invisible characters, marks, symbols and emoji)."""
    drop: set[int] = set()
    # Step 1: format characters (zero-width space/joiners, bidi marks, U+2060, U+FEFF, tags), combining marks
    # (variation selectors, stray diacritics) except the Hangul tone marks, control characters other than
    # whitespace, and the Hangul fillers and blank that render as nothing.
    step1_categories = {"Cf", "Mn", "Me", "Mc", "Cc"}
    # Step 2: symbols (So: emoji, hearts, stars, dingbats; Sk: emoji skin tones), surrogates, private use.
    step2_categories = {"So", "Sk", "Cs", "Co"}
    categories = step1_categories | step2_categories
    # (CJK ideographs and Hangul syllables, all letters, are skipped to keep the import fast.)
    for first, end in (
        (0, 0x3400),
        (0x4DC0, 0x4E00),
        (0xA000, 0xAC00),
        (0xD7A4, 0x20000),
        (0xE0000, 0xE1000),
    ):
        cps = range(first, end)
        drop.update(
            cp
            for cp, cat in zip(cps, map(unicodedata.category, map(chr, cps)), strict=True)
            if cat in categories
        )
    drop -= {cp for cp in range(0x100) if chr(cp).isspace()}  # whitespace control characters stay
    drop.update((0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800))
    drop.update(range(0xE000, 0xF900))  # private use area, whatever Unicode version
    # Emoji blocks as a whole (arrows, technical, geometric shapes, misc symbols, dingbats, the emoji planes),
    # so that emoji newer than this Python's Unicode database (category Cn here) are removed too.
    for first, last in (
        (0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x27BF), (0x2B00, 0x2BFF), (0x3030, 0x3030),
        (0x303D, 0x303D), (0x1F000, 0x1FAFF), (0x1FC00, 0x1FFFD),
    ):  # fmt: skip
        drop.update(range(first, last + 1))
    drop -= {0x5E, 0x60, 0x302E, 0x302F}  # ^ and ` are ASCII punctuation here; Hangul tone marks stay
    return drop


_DROP = _drop_codepoints()
# One class for the BMP (compiled by `re` into a fast bitmap) and one, behind a cheap range test, for the
# other planes (a range list, which `re` scans linearly).
_DROP_RE = re.compile(
    f"(?:[{_class_from_codepoints(c for c in _DROP if c < 0x10000)}]"
    f"|(?=[\U00010000-\U0010ffff])[{_class_from_codepoints(c for c in _DROP if c >= 0x10000)}])+"
)
# Fast path: text made only of printable ASCII, whitespace, modern jamo and syllables has nothing to drop.
_MAYBE_DROP_RE = re.compile(f"[^\t\n\r\x20-\x7e{_JAMO}{_SYL}]")

# Step 4: separators that may be slipped between the letters of a word.
_SEP_SYMBOLS = r".,/\\_\-*~^+=|:;'\"`·•@#$%&"
# Tokens are delimited by anything but Hangul, Latin letters and digits. (The first unit is matched before its
# look-behind so that `re` can skip quickly to possible starts.) Symbols bind first ('와 몸.캠' -> '와 몸캠'),
# then spaces ('조 건 만 남' -> '조건만남').
_SYMBOL_SPLIT_WORD_RE = re.compile(
    f"[{_SYL}{_JAMO}](?<![{_SYL}{_JAMO}0-9a-z][{_SYL}{_JAMO}])"
    f"(?:[{_SEP_SYMBOLS}]+[{_SYL}{_JAMO}](?![{_SYL}{_JAMO}0-9a-z]))+"
)
_SPACE_SPLIT_WORD_RE = re.compile(
    f"[{_SYL}{_JAMO}](?<![{_SYL}{_JAMO}0-9a-z][{_SYL}{_JAMO}])"
    f"(?:\\s+[{_SYL}{_JAMO}](?![{_SYL}{_JAMO}0-9a-z]))+"
)
# A lone initial consonant, then spaces or separators, then a vowel letter: the vowel cannot start a syllable,
# so the gap was slipped into one ('몸ㅋ ㅐㅁ' -> '몸ㅋㅐㅁ' -> '몸캠'). Not before a repeated vowel (ㅋ ㅠㅠ is a
# laugh and a cry) and not after a run of consonants (ㅋㅋ ㅜ).
_CONSONANT_GAP_VOWEL_RE = re.compile(f"(?<![{_CONS}])([{_CONS}])[\\s{_SEP_SYMBOLS}]+(?=([{_VOW}])(?!\\2))")
_SEP_SYMBOLS_DELETE = dict.fromkeys(map(ord, ".,/\\_-*~^+=|:;'\"`·•@#$%&"))
_ANY_JAMO_RE = re.compile(f"[{_JAMO}]")

# Step 5: look-alike digits, Latin letters and Han characters next to jamo.
_LOOKALIKE_RE = re.compile(
    "|".join(
        (
            # A lone 0, o or 〇 (not part of a number or a word) touching a jamo: ㅇ ('0ㅑ' -> 'ㅇㅑ', 'oㅋ' -> 'ㅇㅋ').
            f"(?P<ieung>(?<![0-9a-z])[0o〇](?=[{_JAMO}])|(?<=[{_JAMO}])[0o〇](?![0-9a-z]))",
            # 7 before a vowel letter: ㄱ ('7ㅐ' -> 'ㄱㅐ').
            f"(?P<giyeok>(?<![0-9a-z])7(?=[{_VOW}]))",
            # 1, l, i, | after a lone initial consonant and before more Hangul: ㅣ ('ㅈ1ㄴ' -> 'ㅈㅣㄴ', 'ㅅ1발').
            # Not after a run of 초성 ('ㅈㄱ1회' keeps its number).
            f"(?P<i>(?<=[{_CONS}])(?<![{_CONS}][{_CONS}])[1li|](?=[{_JAMO}{_SYL}]))",
            # r after a lone initial consonant and before more Hangul: ㅏ ('ㄱr출' -> '가출').
            f"(?P<a>(?<=[{_CONS}])(?<![{_CONS}][{_CONS}])r(?=[{_JAMO}{_SYL}]))",
            # A lone l before a vowel letter: ㄴ ('lㅏ' -> 'ㄴㅏ').
            f"(?P<nieun>(?<![0-9a-z])l(?=[{_VOW}]))",
            # Han characters drawn like jamo, in runs touching a jamo ('ㅅ一一' -> 'ㅅㅡㅡ').
            f"(?P<han>(?<=[{_JAMO}])[人口己匚一]+|[人口己匚一]+(?=[{_JAMO}]))",
        )
    )
)
_LOOKALIKE_JAMO = {"ieung": "ㅇ", "giyeok": "ㄱ", "i": "ㅣ", "a": "ㅏ", "nieun": "ㄴ"}
_HAN_LOOKALIKES = str.maketrans("人口己匚一", "ㅅㅁㄹㄷㅡ")
# The look-alike rules only look at a character's neighbours, so they run only on the tokens (non-space runs)
# that have a look-alike next to a jamo.
_LOOKALIKE_NEAR_JAMO_RE = re.compile(
    f"[01o〇7lir|人口己匚一{_JAMO}](?:(?<=[{_JAMO}])[01o〇7lir|人口己匚一]|(?<=[01o〇7lir|人口己匚一])[{_JAMO}])"
)
_LOOKALIKE_TOKEN_RE = re.compile(
    f"(?<!\\S)\\S*(?:[01o〇7lir|人口己匚一][{_JAMO}]|[{_JAMO}][01o〇7lir|人口己匚一])\\S*"
)

# Step 6: elongation. Any character but a digit three or more times in a row is cut to two (digits are numbers).
_ELONGATION_RE = re.compile(r"(.)\1\1+", re.DOTALL)
_TRIPLE_RE = re.compile(r"(.)\1\1", re.DOTALL)
# ... and a drawn-out ending: two or more 아/어/오/우/으/이 at the end of a word, after a syllable without a
# final that ends in the same vowel ('만나자아아' -> '만나자').
_TRAILING_VOWEL_RE = re.compile(f"([아어오우으이])\\1+(?![{_SYL}])")
_DOUBLED_PLAIN_VOWEL_RE = re.compile("([아어오우으이])\\1")
_PLAIN_VOWEL_INDEX = {ch: (ord(ch) - _SBASE) // 28 % 21 for ch in "아어오우으이"}
# ... and a syllable drawn out inside a word: a syllable without a final followed by two or more syllables that
# repeat its vowel after ㅇ, only the last of which may carry a final ('마아아안남' -> '만남', '헤에엘퍼' ->
# '헬퍼', '조오오건' -> '조건'). One repeat is left alone: it may be a word (추운, 구운, 나아가, 자아).
_INNER_ELONGATION_RE = re.compile(f"[{_SYL}][아-잏]{{2,}}")


def _nfkc(text: str) -> str:
    """NFKC that leaves compatibility jamo alone and maps stray conjoining or half-width jamo to them."""
    if not unicodedata.is_normalized("NFKC", text):
        if _HALFWIDTH_RE.search(text):
            text = text.translate(_HALFWIDTH_TABLE)
        parts = _COMPAT_JAMO_SPLIT_RE.split(text)
        if len(parts) == 1:
            text = unicodedata.normalize("NFKC", text)
        elif not unicodedata.is_normalized("NFKC", "".join(parts[::2])):  # usually only the jamo were "wrong"
            parts[::2] = [unicodedata.normalize("NFKC", p) for p in parts[::2]]
            text = "".join(parts)
    if _CONJOINING_RE.search(text):
        text = text.translate(_CONJOINING_TABLE)
    return text


def _lookalike_char(match: re.Match[str]) -> str:
    kind = match.lastgroup
    return match.group().translate(_HAN_LOOKALIKES) if kind == "han" else _LOOKALIKE_JAMO[str(kind)]


def _elongation_match(match: re.Match[str]) -> str:
    char = match.group(1)
    return match.group() if char.isdigit() else char + char


def _lookalike_match(match: re.Match[str]) -> str:
    token = match.group()
    for _ in range(5):  # a substitution or composition can give another look-alike its context
        before = token
        token = compose_jamo(_LOOKALIKE_RE.sub(_lookalike_char, token))
        if token == before or not _LOOKALIKE_NEAR_JAMO_RE.search(token):
            break
    return token


def _inner_elongation_match(match: re.Match[str]) -> str:
    run = match.group()
    first = ord(run[0]) - _SBASE
    if first % 28:  # the drawn-out syllable has no final of its own
        return run
    vowel = first // 28 % 21
    taken = 0
    final = 0
    for ch in run[1:]:
        index = ord(ch) - _SBASE
        if index // 28 % 21 != vowel:
            break
        taken += 1
        if index % 28:
            final = index % 28
            break
    if taken < 2:
        return run
    return chr(_SBASE + first + final) + run[1 + taken :]


def _trailing_vowel_match(match: re.Match[str]) -> str:
    start = match.start()
    if start:
        index = ord(match.string[start - 1]) - _SBASE
        if (
            0 <= index < _SCOUNT
            and index % 28 == 0
            and index // 28 % 21 == _PLAIN_VOWEL_INDEX[match.group(1)]
        ):
            return ""
    return match.group()


def _join_split_words(text: str) -> str:
    text = _SPACE_SPLIT_WORD_RE.sub(_join_spaced, _SYMBOL_SPLIT_WORD_RE.sub(_join_symbols, text))
    # After the one-letter tokens are joined (else 'ㅎ ㅔ ㄹ ㅍ ㅓ' would become '헤 ㄹ 퍼'): a gap left between a
    # consonant and its vowel ('몸ㅋ ㅐㅁ' -> '몸캠'). Closing it can leave one-syllable tokens to join.
    for _ in range(3):
        if not _CONSONANT_GAP_VOWEL_RE.search(text):
            break
        closed = compose_jamo(_CONSONANT_GAP_VOWEL_RE.sub(r"\1", text))
        text = _SPACE_SPLIT_WORD_RE.sub(_join_spaced, _SYMBOL_SPLIT_WORD_RE.sub(_join_symbols, closed))
    return text


def _join_symbols(match: re.Match[str]) -> str:
    return compose_jamo(match.group().translate(_SEP_SYMBOLS_DELETE))


def _join_spaced(match: re.Match[str]) -> str:
    return compose_jamo("".join(match.group().split()))


def _hangul_steps(text: str) -> str:
    """Steps 3 to 6, re-run where a later step creates work for an earlier one (so normalize is idempotent)."""
    has_jamo = _ANY_JAMO_RE.search(text) is not None
    # 3. Split jamo recomposed: 'ㅅㅏㅈㅣㄴ' -> '사진'.
    if has_jamo:
        text = compose_jamo(text)
    # 4. Letters of one word spread out with spaces or symbols ('사.진', '조/건', '만 남', '조 건 만 남') are
    #    joined: a run of two or more tokens that are each exactly one syllable (or one jamo). Words of two or
    #    more syllables are never joined, so ordinary spacing stays.
    #    A gap left between a consonant and its vowel is closed too ('몸ㅋ ㅐㅁ' -> '몸캠').
    text = _join_split_words(text)
    # 5. Look-alike characters among jamo ('0ㅑ' -> 'ㅇㅑ' -> '야', 'ㅈ1ㄴ' -> '진'); only next to compatibility
    #    jamo, so numbers ('17', '06년생', '5만원', '010') never change.
    if has_jamo and _LOOKALIKE_NEAR_JAMO_RE.search(text):
        mapped = _LOOKALIKE_TOKEN_RE.sub(_lookalike_match, text)
        if mapped != text:
            text = _join_split_words(mapped)
    # 6. Elongation: 3+ repeats of a character cut to 2 ('ㅋㅋㅋㅋ' -> 'ㅋㅋ', 'sooooo' -> 'soo', '!!!!' -> '!!'),
    #    then a syllable drawn out inside a word put back ('마아아안남' -> '만남') and a drawn-out vowel ending
    #    dropped ('만나자아아' -> '만나자'); that can leave a one-syllable token, so step 4 runs again.
    if _TRIPLE_RE.search(text):
        text = _ELONGATION_RE.sub(_elongation_match, text)
    if _INNER_ELONGATION_RE.search(text):
        collapsed = _INNER_ELONGATION_RE.sub(_inner_elongation_match, text)
        if collapsed != text:
            text = _join_split_words(collapsed)
            if _TRIPLE_RE.search(text):
                text = _ELONGATION_RE.sub(_elongation_match, text)
    if _DOUBLED_PLAIN_VOWEL_RE.search(text):
        shortened = _TRAILING_VOWEL_RE.sub(_trailing_vowel_match, text)
        if shortened != text:
            text = _join_split_words(shortened)
    return text


def normalize(text: str) -> str:
    """Canonical form used for matching and n-gram features.

    Lower-case, invisible characters and emoji removed, split and spaced-out Hangul put back together,
    look-alikes and elongations undone, Korean typed on an English keyboard decoded, whitespace collapsed.
    ``normalize(normalize(x)) == normalize(x)``.
    """
    # 1. Unicode NFKC (full-width 'ＡＢＣ' -> 'abc', half-width 'ｱ' -> 'ア', circled and compatibility forms;
    #    compatibility jamo are kept as they are, see _nfkc), lower-case, and zero-width/invisible characters
    #    and non-Hangul combining marks removed (U+200B-200F, U+2060, U+FEFF, variation selectors, bidi
    #    controls, Hangul fillers). The removal shares one regular expression with step 2: both only delete
    #    characters, so one pass gives the same result as two.
    text = _nfkc(text).lower()
    # 2. Emoji and pictographs slipped into or between words removed ('조💕건' -> '조건'): categories So, Sk,
    #    Cs, Co and the emoji blocks. Hangul, Latin, digits, punctuation and whitespace stay.
    if _MAYBE_DROP_RE.search(text):
        text = _DROP_RE.sub("", text)
    # 3.-6. Hangul: jamo recomposed, spaced-out syllables joined, look-alikes mapped, elongations cut.
    text = _hangul_steps(text)
    # 7. Korean typed on an English keyboard ('tkwls' -> '사진'): each Latin token of 3+ letters that composes
    #    into common syllables and is not a known English word. Hangul produced here can create work for
    #    steps 3-6, which then run again.
    decoded = _LATIN_CANDIDATE_RE.sub(_qwerty_match, text)
    if decoded != text:
        text = _hangul_steps(decoded)
    # 8. Whitespace runs collapsed to one space; ends stripped.
    return " ".join(text.split())
