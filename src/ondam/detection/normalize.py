"""Canonical text for matching: obfuscation used to dodge keyword filters in Korean and English chats is undone.

:func:`normalize` is run on every message before signal patterns and n-gram features, so it is written for
speed: tables and regular expressions are built once at import, and each step is a C-level ``re``/``str``
operation over the whole message; Python-level loops only run on the rare pieces that need them (jamo
runs, candidate English-keyboard tokens). Standard library only.
"""

from __future__ import annotations

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

# Syllables that Korean words typed on an English keyboard may decode to: the ~900 most frequent syllables of
# Korean (relative frequency >= 10^-4.5 in the wordfreq 3.1 Korean word list, counted per syllable; together
# they cover more than 99.7% of running Korean text) plus chat slang syllables (숏, 팸, 캠, 텔, 헬, 톡, 쩔, 헐 ...).
# English words spell rare syllables far more often (and -> 뭉, with -> 쟈소, clean -> 칟무), so this filter
# rejects most of them before the stop list below is even needed.
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
            if cho and not jung:
                jung = ch
                continue
            if jung and not jong:
                combo = _VOWEL_COMBOS.get(jung + ch)
                if combo:
                    jung = combo
                    continue
            if jong:
                # The final moves on to open the next syllable (the second consonant of a cluster does).
                keep, move = _FINAL_SPLIT.get(jong, ("", jong))
                out.append(_syllable(cho, jung, keep))
                cho, jung, jong = move, ch, ""
                continue
            if cho:
                out.append(_syllable(cho, jung, "") if jung else cho)
            out.append(ch)
            cho = jung = jong = ""
        elif ch in _JONG_INDEX or ch in _CHO_INDEX:
            if jung:
                if not jong and ch in _JONG_INDEX:
                    jong = ch
                    continue
                if jong:
                    combo = _FINAL_COMBOS.get(jong + ch)
                    if combo:
                        jong = combo
                        continue
                out.append(_syllable(cho, jung, jong))
            elif cho:
                out.append(cho)
            jung = jong = ""
            if ch in _CHO_INDEX:
                cho = ch
            else:
                out.append(ch)
                cho = ""
        else:
            if cho:
                out.append(_syllable(cho, jung, jong) if jung else cho)
            out.append(ch)
            cho = jung = jong = ""
    if cho:
        out.append(_syllable(cho, jung, jong) if jung else cho)
    return "".join(out)


# A run of one repeated vowel letter (ㅠㅠ, ㅜㅜ, ㅡㅡ, ㅗㅗ) is an emoticon, not a part of a word.
_EMOTICON_VOWELS_RE = re.compile(f"([{_VOW}])\\1+")
# A run of jamo in which some consonant is followed by a vowel: the only runs that can compose.
_COMPOSABLE_RUN_RE = re.compile(f"[{_JAMO}]*[{_CONS}][{_VOW}][{_JAMO}]*")


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
_ENGLISH_WORDS = frozenset(
    """
abel absorb absorbs absurdity ah aha ahah ahaha ahahah ahem ajay aka al alam alan alden aldo ale alf alr
als also alto am amen amend an anal andi andy angus ans anthem anti antigua apa aps aud audi auditor
auditory auf augustus aus autism auto autos chan chanel chao chaos chap chapel chaps chem chen clam clan
clans clap clark clash clasp claus clay cld cldnt clemens cleo cns co coa coach coal cochran cochrane
cock cocks coco cocoa cod cody cor coral corals cordial cork corn corp corps cory cosy cozy cu cudnt
curb curl curls cusp dhaka dhs dial dials diane dick dickens dicks did didn didnt diem dir dirk dirty
dis disco dish disk disks dismal dismay dispel disturb django djs dms dna dns dnt do dock docks dork
dorm dory dos doth down downs downtown downturn dps dual duane duck ducks duel duffy duran durban durham
dusk dusty duty duval ebay eh el elf em emery ems en enamel end ensign entity envy enzo eos eps fidel
fir fireman firemen firth fla flak flap flaps flash flask flavor foam for foray foreman fork forks form
formal forms forsyth forth forty fowl fps fuck fucks fuel fuels fur furry fury fussy giddy glam glen
glendale gm gn go goal goals god gogh gorman gosh gospel gospels goth gotham goto gown gowns gps guam
gud gurl gurls guru gus gusto qld quran rbs rhapsody rid rms roam rochdale rock rocks rofl rory rosy
roth rotor ruddy rudy rufus rural rus rush russian russians russo rusty ruth ryan sh sha shack shadowy
shady shah shaken shale sham shaman shan shane shark sharks sharma sharp sharpen shawl shawn shay shelf
shen shenzhen shrek siam sick sid siemens sigh sighs sign signal signals signs situ ska slab slack slam
slap slaps slash slay sms smth snap snaps so soak soap soaps sock socks sod sory sos soto spam span
spans spend such suck sucks sudan sur sus susan suspend suzy tbsp th than them theme then theo theory
tho thorn thorne thorns thr thrown thru tian tick ticks tidy tito titus tna tnt to tod today tofu togo
tor torah torch torn toro torso tory tos toto town towns townsend tuck tudor turk turks turn turns tutor
tutu tyvm vhs vodka wha whack whale when wkend wld wldnt woah work works worm worms worn worry worth
wudnt xo xoxo zhao
    """.split()
)
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


def _qwerty_match(match: re.Match[str]) -> str:
    token = match.group()
    return qwerty_to_hangul(token) or token


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
    step1_categories = {"Cf", "Mn", "Me", "Mc"}
    # Step 2: symbols (So: emoji, hearts, stars, dingbats; Sk: emoji skin tones), surrogates, private use.
    step2_categories = {"So", "Sk", "Cs", "Co"}
    for cp in (*range(0x30000), *range(0xE0000, 0xE1000)):
        cat = unicodedata.category(chr(cp))
        if cat in step1_categories or cat in step2_categories or (cat == "Cc" and not chr(cp).isspace()):
            drop.add(cp)
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
_SPLIT_WORD_RE = re.compile(
    f"(?<![{_SYL}{_JAMO}0-9a-z])[{_SYL}{_JAMO}]"
    f"(?:(?:\\s+|[{_SEP_SYMBOLS}]+)[{_SYL}{_JAMO}](?![{_SYL}{_JAMO}0-9a-z]))+"
)
_NOT_HANGUL_RE = re.compile(f"[^{_SYL}{_JAMO}]+")
_ANY_JAMO_RE = re.compile(f"[{_JAMO}]")

# Step 5: look-alike digits, Latin letters and Han characters next to jamo.
_LOOKALIKES = (
    # A lone 0, o or 〇 (not part of a number or a word) touching a jamo: ㅇ ('0ㅑ' -> 'ㅇㅑ', 'oㅋ' -> 'ㅇㅋ').
    (re.compile(f"(?<![0-9a-z])[0o〇](?=[{_JAMO}])|(?<=[{_JAMO}])[0o〇](?![0-9a-z])"), "ㅇ"),
    # 7 before a vowel letter: ㄱ ('7ㅐ' -> 'ㄱㅐ').
    (re.compile(f"(?<![0-9a-z])7(?=[{_VOW}])"), "ㄱ"),
    # 1, l, i, | after a lone initial consonant and before more Hangul: ㅣ ('ㅈ1ㄴ' -> 'ㅈㅣㄴ', 'ㅅ1발').
    # Not after a run of 초성 ('ㅈㄱ1회' keeps its number).
    (re.compile(f"(?<=[{_CONS}])(?<![{_CONS}][{_CONS}])[1li|](?=[{_JAMO}{_SYL}])"), "ㅣ"),
    # A lone l before a vowel letter: ㄴ ('lㅏ' -> 'ㄴㅏ').
    (re.compile(f"(?<![0-9a-z])l(?=[{_VOW}])"), "ㄴ"),
)
# Han characters drawn like jamo, in runs touching a jamo ('ㅅ一一' -> 'ㅅㅡㅡ').
_HAN_LOOKALIKES = str.maketrans("人口己匚一", "ㅅㅁㄹㄷㅡ")
_HAN_LOOKALIKE_RE = re.compile(f"(?<=[{_JAMO}])[人口己匚一]+|[人口己匚一]+(?=[{_JAMO}])")
# The look-alike rules only look at a character's neighbours, so they run on the tokens (non-space runs) that
# have a look-alike next to a jamo, not on the whole message.
_LOOKALIKE_NEAR_JAMO_RE = re.compile(f"[01o〇7li|人口己匚一][{_JAMO}]|[{_JAMO}][01o〇7li|人口己匚一]")
_TOKEN_RE = re.compile(r"\S+")

# Step 6: elongation. Any character but a digit three or more times in a row is cut to two (digits are numbers).
_ELONGATION_RE = re.compile(r"(.)\1\1+", re.DOTALL)
# ... and a drawn-out ending: two or more 아/어/오/우/으/이 at the end of a word, after a syllable without a
# final that ends in the same vowel ('만나자아아' -> '만나자').
_TRAILING_VOWEL_RE = re.compile(f"([아어오우으이])\\1+(?![{_SYL}])")
_PLAIN_VOWEL_INDEX = {ch: (ord(ch) - _SBASE) // 28 % 21 for ch in "아어오우으이"}


def _nfkc(text: str) -> str:
    """NFKC that leaves compatibility jamo alone and maps stray conjoining or half-width jamo to them."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    if _HALFWIDTH_RE.search(text):
        text = text.translate(_HALFWIDTH_TABLE)
    parts = _COMPAT_JAMO_SPLIT_RE.split(text)
    if len(parts) == 1:
        text = unicodedata.normalize("NFKC", text)
    else:
        parts[::2] = [unicodedata.normalize("NFKC", p) for p in parts[::2]]
        text = "".join(parts)
    if _CONJOINING_RE.search(text):
        text = text.translate(_CONJOINING_TABLE)
    return text


def _han_match(match: re.Match[str]) -> str:
    return match.group().translate(_HAN_LOOKALIKES)


def _elongation_match(match: re.Match[str]) -> str:
    char = match.group(1)
    return match.group() if char.isdigit() else char + char


def _lookalike_match(match: re.Match[str]) -> str:
    token = match.group()
    if not _LOOKALIKE_NEAR_JAMO_RE.search(token):
        return token
    for _ in range(5):  # a substitution or composition can give another look-alike its context
        before = token
        for pattern, jamo in _LOOKALIKES:
            token = pattern.sub(jamo, token)
        token = compose_jamo(_HAN_LOOKALIKE_RE.sub(_han_match, token))
        if token == before:
            break
    return token


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


def _join_match(match: re.Match[str]) -> str:
    joined = _NOT_HANGUL_RE.sub("", match.group())
    return compose_jamo(joined) if _ANY_JAMO_RE.search(joined) else joined


def _hangul_steps(text: str) -> str:
    """Steps 3 to 6, re-run where a later step creates work for an earlier one (so normalize is idempotent)."""
    has_jamo = _ANY_JAMO_RE.search(text) is not None
    # 3. Split jamo recomposed: 'ㅅㅏㅈㅣㄴ' -> '사진'.
    if has_jamo:
        text = compose_jamo(text)
    # 4. Letters of one word spread out with spaces or symbols ('사.진', '조/건', '만 남', '조 건 만 남') are
    #    joined: a run of two or more tokens that are each exactly one syllable (or one jamo). Words of two or
    #    more syllables are never joined, so ordinary spacing stays.
    text = _SPLIT_WORD_RE.sub(_join_match, text)
    # 5. Look-alike characters among jamo ('0ㅑ' -> 'ㅇㅑ' -> '야', 'ㅈ1ㄴ' -> '진'); only next to compatibility
    #    jamo, so numbers ('17', '06년생', '5만원', '010') never change.
    if has_jamo and _LOOKALIKE_NEAR_JAMO_RE.search(text):
        mapped = _TOKEN_RE.sub(_lookalike_match, text)
        if mapped != text:
            text = _SPLIT_WORD_RE.sub(_join_match, mapped)
    # 6. Elongation: 3+ repeats of a character cut to 2 ('ㅋㅋㅋㅋ' -> 'ㅋㅋ', 'sooooo' -> 'soo', '!!!!' -> '!!'),
    #    then a drawn-out vowel ending dropped ('만나자아아' -> '만나자'); that can leave a one-syllable token,
    #    so step 4 runs again.
    text = _ELONGATION_RE.sub(_elongation_match, text)
    if any(pair in text for pair in ("아아", "어어", "오오", "우우", "으으", "이이")):
        shortened = _TRAILING_VOWEL_RE.sub(_trailing_vowel_match, text)
        if shortened != text:
            text = _SPLIT_WORD_RE.sub(_join_match, shortened)
    return text


def normalize(text: str) -> str:
    """Canonical form used for matching and n-gram features.

    Lower-case, invisible characters and emoji removed, split and spaced-out Hangul put back together,
    look-alikes and elongations undone, Korean typed on an English keyboard decoded, whitespace collapsed.
    ``normalize(normalize(x)) == normalize(x)``.
    """
    # 1. Unicode NFKC (full-width 'ＡＢＣ' -> 'ABC', half-width 'ｱ' -> 'ア', circled and compatibility forms),
    #    lower-case, and zero-width/invisible characters and non-Hangul combining marks removed (U+200B-200F,
    #    U+2060, U+FEFF, variation selectors, ...). Removal is done together with step 2 below: both only
    #    delete characters, so one pass gives the same result.
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
