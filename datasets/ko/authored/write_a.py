#!/usr/bin/env python3
"""Write the hand-written Korean corpus of author a: ``conversations_a.jsonl`` and ``posts_a.jsonl``.

Everything here is SYNTHETIC, NON-EXPLICIT and fictional, written by hand for the Ondam detector
(schema and rules: ``datasets/ko/README.md``). No real names, phone numbers, account ids or URLs; the
only phone-like numbers are the public helplines 112, 1366, 1388 and 117. Sexual talk is alluded to
only ("야한 얘기", "어디까지 가봤어"); there is no description of bodies or acts.

The conversations are held below as Python data: one ``C(...)`` call per conversation with its
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
# POSITIVE CONVERSATIONS
# =============================================================================================
# The data below keeps one message per line, like a chat log.
# fmt: off
# --- p01: game guild leader, skins, then a private Discord room and a selfie ------------------
C("guild_leader_skin", "게임 채팅 → 디스코드", [P("A", "adult_stranger", "게임 길드장", "m"), Y(13, "m")], [
    ("A", "오늘 레이드 수고했다 ㅋㅋ 힐 타이밍 미쳤던데", []),
    ("B", "ㅋㅋㅋ 감사합니다 형님", []),
    ("B", "근데 마지막에 저 죽은거 ㅈㅅ", []),
    ("A", "ㄴㄴ 그건 탱이 어그로 놓친거임", []),
    ("A", "너 길드 들어온지 얼마 안됐는데 벌써 1군급이다", []),
    ("B", "헐 진짜요??", []),
    ("A", "ㅇㅇ 근데 장비가 좀 아쉽네 ㅋㅋ", []),
    ("A", "이번 시즌 스킨 있음? 그거 있으면 스탯 좀 오르잖아", []),
    ("B", "없어요 ㅠ 엄마가 현질 안된대요", []),
    ("A", "ㅋㅋ 그럼 내가 하나 선물해줌 길드원 복지임", [GIFT]),
    ("B", "헐 ㄹㅇ요?? 왜요", []),
    ("A", "우리 길드 에이스니까 ㅋㅋ 대신 다른 애들한텐 말하지 마라 다 달라고 함", [GIFT, SECRET]),
    ("B", "넹 ㅋㅋㅋ 감사합니다!!!", []),
    ("B", "(이모티콘)", []),
    ("A", "(다음날) 스킨 들어갔지? 어울리더라", []),
    ("B", "네 ㅋㅋ 애들이 어디서 났냐고 난리남", []),
    ("A", "ㅋㅋ 비밀이라고 해 ㅎ 근데 너 몇 학년임? 말하는거 보면 중딩 같은데", [AGE, SECRET]),
    ("B", "중1이요", []),
    ("A", "오 생각보다 어리네 근데 게임 센스는 고딩급임", [FLAT]),
    ("A", "디코 있지? 길드 서버 말고 내 개인 서버로 와 거기서 공략 따로 알려줄게", [MOVE]),
    ("B", "디코 있어요 친추 보낼게요", []),
    ("A", "ㅇㅋ 그리고 거기 올때 얼굴 셀카 하나 프사로 해놔 ㅋㅋ 누군지 알게", [IMG]),
    ("B", "셀카요? 저 프사 원래 캐릭터인데", []),
    ("A", "나한테만 보내도 됨 ㅋㅋ 길드장이 길드원 얼굴은 알아야지", [IMG]),
])
# --- p02: gradual isolation in a counselling open chat; no single alarming word ---------------
C("gradual_isolation", "오픈채팅 (고민상담방) → 1:1 채팅", [P("A", "adult_stranger", "고민상담방에서 만난 어른", "m"), Y(15, "f")], [
    ("A", "어제 말한 시험은 잘 봤어?", []),
    ("B", "국어는 괜찮았는데 수학 망함 ㅋㅋ", []),
    ("A", "ㅋㅋ 수학은 다들 망하지", []),
    ("B", "그니까요 평균도 낮대요", []),
    ("A", "그럼 괜찮네 ㅎㅎ 오늘은 뭐했어", []),
    ("B", "학원 갔다가 방금 옴", []),
    ("B", "엄마랑 또 싸웠어요.. 폰 압수한대요", []),
    ("A", "에고 또? 이번엔 뭐 때문에", []),
    ("B", "학원 숙제 안했다고요 근데 진짜 한거 거의 다 했었거든요", []),
    ("B", "말을 안들어줌 ㅠㅠ", []),
    ("A", "속상했겠다 얘기 들어보면 넌 잘하고 있는데", []),
    ("B", "아무도 그렇게 생각 안해요", []),
    ("A", "난 그렇게 생각해. 지난번에 수행평가 혼자 다 한 것도 그렇고", [FLAT]),
    ("B", "ㅠㅠ 감동", []),
    ("A", "근데 솔직히 말해도 돼? 너희 엄마는 너 너무 통제한다 그건 사랑이 아니라 집착이야", [SECRET]),
    ("B", "ㅋㅋ 그정도는 아닌데.. 가끔 그래요", []),
    ("A", "너 나이에 폰 뺏는 집 요즘 거의 없어 ㅎ", []),
    ("B", "하긴 친구들은 안뺏기긴 함", []),
    ("A", "(며칠 뒤) 폰 돌려받았어?", []),
    ("B", "네 ㅋㅋ 어제요", []),
    ("A", "다행이다 근데 이 채팅은 엄마한테 안 보여주는게 좋겠다 괜히 이상하게 볼 수도 있잖아", [SECRET]),
    ("B", "그쵸.. 모르는 사람이랑 얘기한다고 하면 또 뭐라할듯", []),
    ("A", "이건 우리끼리 얘기 ㅎㅎ 난 너 편이니까", [SECRET, FLAT]),
    ("A", "아 그리고 시험 끝났다며 고생했다고 기프티콘 하나 보냈어 케이크", [GIFT]),
    ("B", "헐 진짜 안그러셔도 되는데ㅠㅠ 감사해요", []),
    ("A", "ㅎㅎ 대신 사진 하나만 보내줘 먹는 거 ㅋㅋ 맛있게 먹는 얼굴 보고싶다", [IMG]),
    ("B", "ㅋㅋ 얼굴은 좀 그렇고 케이크만 찍어서 보낼게요", []),
])
# --- p03: adult posing as a 16-year-old on a random chat app --------------------------------
C("fake_peer_random_chat", "랜덤채팅 앱 → 텔레그램", [P("A", "adult_stranger", "16살이라고 한 상대 (실제 성인)", "m"), Y(14, "f")], [
    ("A", "ㅎㅇ", []),
    ("B", "ㅎㅇ", []),
    ("A", "심심해서 들어옴 ㅋㅋ 나 16 남", []),
    ("B", "ㅇㅇ 나 14 여", []),
    ("A", "오 동생이네 ㅋㅋ 중딩?", [AGE]),
    ("B", "ㅇㅇ 중2", []),
    ("A", "ㅋㅋ 나도 작년에 중3이었음 요즘 중딩들 무슨 노래 들음?", []),
    ("B", "그냥 아이돌 노래? 요즘 컴백한거", []),
    ("A", "아 그거 나도 들음 ㅋㅋ 춤 따라하는 애들 많더라", []),
    ("B", "ㅋㅋㅋ 우리반 애들 쉬는시간마다 춤춤", []),
    ("A", "넌 안춤?", []),
    ("B", "난 몸치라 ㅋㅋ", []),
    ("A", "ㅋㅋ 귀엽네 너 말하는거 진짜 편하다 다른 애들이랑 달라", [FLAT]),
    ("A", "근데 여기 곧 대화 끊기잖아 텔레 있음? 거기로 가자", [MOVE]),
    ("B", "텔레 없는데", []),
    ("A", "깔면 돼 ㅋㅋ 1분이면 깔림", [MOVE]),
    ("B", "흠 ㅇㅋ 깔아볼게", []),
    ("A", "(텔레그램) 왔다 ㅋㅋ 근데 너 남친 있어?", []),
    ("B", "없어 ㅋㅋ", []),
    ("A", "그럼 그런 경험도 아직 없겠네 ㅋㅋ 야한 얘기 같은거 해본적은 있음?", [SEX]),
    ("B", "?? 갑자기 왜", []),
    ("A", "ㅋㅋ 그냥 궁금해서 우리 나이면 다 하잖아", [SEX]),
    ("B", "너 진짜 16 맞아? 말투가 좀 아저씨같은데", []),
    ("A", "ㅋㅋ 맞다니까 못믿겠으면 너 사진 먼저 보내봐 나도 보내줌", [IMG]),
    ("B", "ㄴㄴ 안해 나감", []),
])
# --- p04: "photographer" offering a free fitting-model shoot; concrete studio appointment -------
C("photographer_studio", "인스타 DM", [P("A", "adult_stranger", "사진작가라고 소개한 사람", "m"), Y(16, "f")], [
    ("A", "안녕하세요! 갑자기 디엠 드려서 놀라셨죠 ㅎㅎ 저는 의류 브랜드 사진 찍는 작가에요", []),
    ("B", "아 네 안녕하세요", []),
    ("A", "피드 보다가 분위기가 너무 좋아서요 혹시 피팅모델 관심 있으세요?", [FLAT]),
    ("B", "헐 제가요? 저 그런거 해본적 없는데", []),
    ("A", "처음이 더 좋아요 자연스러워서 ㅎㅎ 실례지만 나이가 어떻게 되세요?", [AGE]),
    ("B", "고1이요", []),
    ("A", "아 딱 좋네요 이번 컨셉이 청순한 학생 느낌이라", [FLAT]),
    ("B", "근데 돈 같은거 내야해요? 친구가 그런거 다 사기라던데", []),
    ("A", "ㅋㅋ 아니에요 오히려 저희가 페이 드려요 무료 촬영이고 사진도 다 드려요", []),
    ("B", "오 신기하다", []),
    ("A", "혹시 전신 나온 사진 몇 장 보내주실 수 있어요? 핏 좀 보려구요", [IMG]),
    ("B", "피드에 있는거로는 안돼요?", []),
    ("A", "그건 필터가 있어서요 ㅎㅎ 보정 없는걸로 최근 거요 옷은 편한거 입고", [IMG]),
    ("B", "음 내일 찍어서 보내볼게요", []),
    ("A", "(다음날) 사진 잘 받았어요! 역시 생각한대로에요", [FLAT]),
    ("A", "이번주 토요일 오후 2시 시청역 근처 스튜디오 어때요? 3번 출구로 나오면 제가 마중 나갈게요", [MEET, NOW]),
    ("B", "부모님한테 물어봐야 할 것 같은데요", []),
    ("A", "아 부모님은 나중에 결과물 나오면 보여드리는게 더 좋아요 미리 말하면 다들 걱정부터 하셔서 ㅎㅎ", [SECRET]),
    ("A", "혼자 오셔도 돼요 스태프들 다 여자분들이에요", [MEET]),
    ("B", "아 그래도 엄마한텐 말해야될거같아요", []),
    ("A", "음.. 그럼 이 기회는 다른 분께 넘어갈 수도 있어요 ㅠ 토요일까지만 기다릴게요", [MEET]),
])
# --- p05: fake casting agent; audition video, LINE, "sponsor" for training costs ----------------
C("fake_casting_sponsor", "SNS DM → 라인", [P("A", "adult_stranger", "기획사 캐스팅 담당이라는 사람", "m"), Y(15, "f")], [
    ("A", "안녕하세요 OO엔터 신인개발팀입니다 커버댄스 영상 보고 연락드려요", []),
    ("B", "헐 진짜요?? 장난 아니죠", []),
    ("A", "네 ㅎㅎ 요즘 길거리 캐스팅보다 SNS로 더 많이 찾아요", []),
    ("A", "혹시 몇년생이세요? 연습생 라인업 나이대 맞춰야해서요", [AGE]),
    ("B", "11년생이요!", []),
    ("A", "아 딱 데뷔조 막내 라인이네요 ㅎㅎ 비주얼이 제일 눈에 띄었어요", [FLAT]),
    ("B", "ㅠㅠㅠ 미쳤다 감사합니다", []),
    ("B", "친구들한테 자랑해도 돼요??", []),
    ("A", "아직 비공개 캐스팅이라 주변엔 말 안하시는게 좋아요 다른 회사에서 채가는 경우도 있고", [SECRET]),
    ("B", "아 넹", []),
    ("A", "1차는 영상 오디션이에요 라인 아이디 주시면 거기로 자세한거 보내드릴게요 DM은 회사 규정상 길게 못해서요", [MOVE]),
    ("B", "라인 깔아야겠네요 ㅋㅋ 잠시만요", []),
    ("A", "(라인) 네 반가워요 자유곡 하나랑 자기소개 영상 찍어주세요", []),
    ("A", "자기소개는 방에서 혼자 찍어도 되고 옷은 몸 라인 보이는 연습복으로요 그래야 트레이너가 판단해요", [IMG]),
    ("B", "연습복 없는데 ㅠ 그냥 반팔이랑 츄리닝도 돼요?", []),
    ("A", "그건 나중에 얘기하고 ㅎㅎ 합격하면 트레이닝비 숙소비 다 스폰서가 지원해줘요 가끔 식사자리만 나가면 돼요", [SPON]),
    ("B", "식사자리요? 그게 뭔데요", []),
    ("A", "투자자분들이랑 밥 먹는거에요 연습생들 다 해요 부모님 동의 없이도 되구요", [SPON, SECRET]),
    ("B", "음 좀 이상한데.. 엄마한테 물어볼게요", []),
])
# --- p06: sextortion after a random video chat; youth panics, then says she wants to die --------
C("bodycam_phishing_selfharm", "랜덤 영상채팅 앱 → 메신저", [P("A", "adult_stranger", "영상채팅 상대 (몸캠피싱 조직원)", "f"), Y(16, "m")], [
    ("A", "안녕 ㅎㅎ 영상 잘 보이지?", []),
    ("B", "ㅇㅇ 잘보여요", []),
    ("A", "근데 너 소리가 자꾸 끊겨 ㅠ 이 앱 음성이 원래 안좋아", []),
    ("A", "내가 보내주는 앱 깔면 소리 잘 들림 거기서 다시 하자", [EXTORT, MOVE]),
    ("B", "앱이요? 뭔데요", []),
    ("A", "그냥 영상통화 앱이야 파일 보내줄게 설치하고 권한 다 허용 눌러", [EXTORT]),
    ("B", "깔았어요", []),
    ("A", "ㅋㅋ 고마워 이제 니 연락처 다 받았다", [EXTORT]),
    ("A", "아까 영상 녹화해뒀어 니 친구들 가족들한테 다 보낼 수 있음", [EXTORT]),
    ("B", "?????", []),
    ("B", "장난이죠?? 지워주세요 제발", []),
    ("A", "장난 아님 니 엄마 번호도 있네 ㅋ 한시간 안에 50 보내면 지워줌", [EXTORT]),
    ("B", "저 돈 없어요 학생이에요", []),
    ("A", "그건 니 사정이고 ㅋ 시간 간다", [EXTORT]),
    ("B", "제발요 진짜 저 그냥 죽고싶어요", [HARM]),
    ("B", "친구들이 보면 학교 못다녀요 그냥 다 끝내고 싶어", [HARM]),
    ("A", "그러니까 돈 보내면 되잖아 안 보내면 뿌린다", [EXTORT]),
])
# --- p07: "helper" on SNS; runaway girl picked up tonight at the terminal ----------------------
C("helper_pickup_terminal", "SNS (가출 해시태그) DM", [P("A", "adult_stranger", "헬퍼라고 한 사람", "m"), Y(15, "f")], [
    ("A", "글 봤어요 집 나왔어요?", []),
    ("B", "네.. 어제 나왔어요", []),
    ("A", "지금 어디에요? 밥은 먹었고?", []),
    ("B", "피시방에 있어요 밥은 안먹음", []),
    ("A", "에휴 춥지 요즘 밤에", []),
    ("B", "네 피시방도 곧 나가야됨 미성년자라서 10시까지래요", []),
    ("A", "몇 살인데?", [AGE]),
    ("B", "15요", []),
    ("A", "아직 애기네.. 경찰이나 쉼터 가면 바로 집으로 연락해 그건 알지?", [SECRET]),
    ("B", "네 그래서 안가려구요", []),
    ("A", "잘 생각했어 우리 집 방 하나 남아 재워줄게 밥도 사주고", [SHELTER]),
    ("B", "진짜요..? 근데 좀 무섭긴 한데", []),
    ("A", "무서울거 없어 전에도 너같은 애들 몇 명 있다 갔어 다들 잘 지냈어", [SHELTER, FLAT]),
    ("A", "어디 피시방이야? 지금 터미널 쪽이면 내가 10시에 터미널 정문으로 데리러 갈게에", [SHELTER, MEET, NOW, O_LONG]),
    ("B", "터미널 근처 맞아요", []),
    ("A", "ㅇㅋ 폰 배터리 아껴 그리고 다른 사람한텐 어디 가는지 말하지 말고", [SECRET]),
    ("B", "넵..", []),
])
# --- p08: high-paying "simple job" recruiter in a part-time-job open chat ------------------------
C("easy_job_recruiter", "오픈채팅 (알바 구인방) → 텔레그램", [P("A", "adult_stranger", "고수익 알바 모집책", "m"), Y(17, "f")], [
    ("B", "혹시 주말 알바 구하시는 분 있나요 고딩도 되는걸로", []),
    ("A", "안녕하세요 공지 보고 연락드려요 ㅎㅎ", []),
    ("A", "저희 일 간단해요 앉아서 대화만 하는 알바고 하루 두세시간에 20까지 가능", [SPON]),
    ("B", "헐 20이요? 무슨 일인데요", []),
    ("A", "손님이랑 밥 먹고 얘기 들어주는 거에요 아무것도 안해요 진짜로", [SPON]),
    ("B", "미성년자도 돼요?", []),
    ("A", "ㅎㅎ 오히려 어린 분들 찾는 손님이 많아요 몇 살이세요?", [AGE, SPON]),
    ("B", "18이요 고2", []),
    ("A", "딱이네요 부모님 동의서 이런거 필요 없어요 현금으로 바로 드리고", [SPON, SECRET]),
    ("B", "아 근데 좀 무서운데", []),
    ("A", "처음엔 다 그래요 ㅎㅎ 하는 애들 다 학생이에요 친구들끼리 하기도 하고", []),
    ("A", "자세한건 여기서 말하기 그래서 텔레로 넘어오실래요? 거기 후기도 있어요", [MOVE]),
    ("B", "후기 보고 결정해도 되죠?", []),
    ("A", "그럼요 ㅎㅎ 넘어오실때 얼굴 나온 사진 하나만 같이 보내주세요 손님 매칭용이에요", [IMG]),
    ("B", "얼굴 사진은 좀.. 일단 텔레만 가볼게요", []),
])
# --- p09: streamer who offers a guest spot, then a private video call -------------------------
C("streamer_guest", "방송 플랫폼 채팅 → DM", [P("A", "adult_stranger", "개인방송 스트리머", "m"), Y(14, "f")], [
    ("A", "오늘도 와줬네 ㅎㅎ 닉 보니까 반갑다", []),
    ("B", "ㅋㅋ 매일 보잖아요 오늘 방송 웃겼어요", []),
    ("A", "너 채팅 센스 좋아서 시청자들이 좋아해 ㅋㅋ", [FLAT]),
    ("B", "헐 ㅋㅋㅋ 진짜요?", []),
    ("A", "ㅇㅇ 다음주에 시청자 합방 하는데 게스트 해볼래?", []),
    ("B", "저 목소리 이상한데 ㅋㅋ", []),
    ("A", "아니야 귀여워 ㅎ 근데 몇 살이야? 방송 규정상 알아야돼서", [AGE, FLAT]),
    ("B", "중2요 ㅎㅎ", []),
    ("A", "아 그럼 부모님한텐 그냥 친구랑 게임한다고 해 설명하기 복잡하니까", [SECRET]),
    ("B", "ㅋㅋ 넹", []),
    ("A", "합방 전에 리허설 해야돼 오늘 밤에 영통 잠깐 가능?", [IMG]),
    ("B", "오늘은 가족 있어서 ㅠ", []),
    ("A", "그럼 가족 다 잘때 ㅎㅎ 11시 넘어서 이어폰 끼고", [IMG, SECRET]),
    ("B", "흠 그땐 졸린데", []),
    ("A", "잠깐이면 돼 ㅋㅋ 편한 잠옷 입고 있어도 되고", [IMG]),
    ("B", "아 잠옷은 좀 ㅋㅋ 그냥 내일 낮에 하면 안돼요?", []),
    ("A", "낮엔 내가 방송 준비해서 ㅠ 오늘 아니면 게스트 다른 애 구해야될거같다", [IMG]),
])
# --- p10: "neighbourhood big brother"; game cash, secret, come over to my place ----------------
C("neighbourhood_hyung", "카카오톡", [P("A", "adult_stranger", "동네 PC방에서 알게 된 형", "m"), Y(13, "m")], [
    ("A", "오늘 피방 안옴?", []),
    ("B", "학원이요 ㅠ 9시에 끝나요", []),
    ("A", "ㅋㅋ 고생한다 중딩이 학원을 몇개를 다니냐", []),
    ("B", "3개요 엄마가 보냄", []),
    ("A", "너희 엄마 좀 빡세다 ㅋㅋ", []),
    ("B", "ㄹㅇ", []),
    ("A", "어제 너 랭겜 하는거 봤는데 손 빠르더라 형보다 잘함", [FLAT]),
    ("B", "ㅋㅋㅋ 아니에요", []),
    ("A", "캐시 없지? 형이 만원 충전해줄게 문상으로", [GIFT]),
    ("B", "헐 진짜요???", []),
    ("B", "감사합니다 형", []),
    ("A", "ㅋㅋ 대신 엄마한텐 말하지 마라 어른한테 돈 받았다고 하면 난리남", [GIFT, SECRET]),
    ("B", "넵 ㅋㅋ 절대 안함", []),
    ("A", "(다음날) 토요일에 뭐함? 형 집에 플스 새로 샀는데 놀러올래", [MEET]),
    ("B", "오 플스요?? 엄마한테 말하면 안된다 할듯", []),
    ("A", "친구네 간다고 하면 되지 ㅋㅋ 형네 집 피방 바로 뒤야", [MEET, SECRET]),
    ("B", "음 생각해볼게요", []),
    ("A", "ㅇㅋ 오면 치킨도 시켜줌 ㅋㅋ 너만 초대하는거임", [GIFT, FLAT]),
])
# --- p11: fan-cafe "unnie" (actually an adult man) with a concert ticket --------------------------
C("fancafe_ticket", "팬카페 쪽지 → 카카오톡", [P("A", "adult_stranger", "팬카페 회원 (언니라고 함)", "m"), Y(14, "f")], [
    ("A", "안녕하세요 ㅎㅎ 나눔 게시글 보고 쪽지해요", []),
    ("A", "포카 교환 아직 하세요?", []),
    ("B", "네!! 어떤 멤버 있으세요?", []),
    ("A", "저 최애 멤버 중복 있어요 ㅎㅎ 그냥 드릴게요 택배비만 내주세요", [GIFT]),
    ("B", "헐 진짜요?? 천사다", []),
    ("A", "ㅋㅋ 같은 팬끼리 당연하죠 혹시 학생이에요?", [AGE]),
    ("B", "넹 중2요 ㅎㅎ", []),
    ("A", "아 언니 딸뻘이네 ㅋㅋ 농담 ㅎ 나 대학생이에요", []),
    ("B", "ㅋㅋㅋㅋ 언니라고 할게요", []),
    ("A", "좋아 ㅎㅎ 우리 말 편하게 하자", []),
    ("B", "응 언니!!", []),
    ("A", "이번 콘서트 가?", []),
    ("B", "ㅠㅠ 티켓팅 망함 엄마도 안된다했고", []),
    ("A", "헐 언니 자리 하나 남는데.. 같이 갈래? 돈은 안받을게", [GIFT]),
    ("B", "헐 미쳤다 진짜???", []),
    ("B", "근데 엄마가 모르는 사람이랑 가면 안된다 할텐데", []),
    ("A", "엄마한텐 반 친구랑 간다고 해 언니가 들어갈때까지 옆에 있어줄게", [SECRET, MEET]),
    ("A", "토요일 오후 4시에 공연장 앞 편의점에서 만나자 폰 번호 카톡으로 줘", [MOVE, MEET, NOW]),
    ("B", "ㅇㅋ 근데 언니 목소리 한번만 들어봐도 돼? 좀 걱정돼서 ㅋㅋ", []),
    ("A", "ㅋㅋ 언니 지금 목감기라 목소리 안나와 ㅠ 만나서 얘기해", []),
    ("B", "음.. 알겠어", []),
])
# --- p12: metaverse avatar gifts, whispers, "room just for us two" -------------------------------
C("metaverse_whisper", "메타버스 월드 (귓속말)", [P("A", "adult_stranger", "메타버스에서 만난 사람", "m"), Y(12, "f")], [
    ("A", "그 아바타 옷 어디서 샀어? 예쁘다", []),
    ("B", "상점에서요 ㅎㅎ 세일할때", []),
    ("A", "나 코인 많은데 한정 옷 사줄까?", [GIFT]),
    ("B", "헐 비싼거자나요", []),
    ("A", "ㄱㅊ ㄱㅊ 나 쓸데도 없어 ㅋㅋ", []),
    ("B", "(이모티콘) 감사해요!!", []),
    ("A", "몇학년이야? 초딩?", [AGE]),
    ("B", "초6이요 ㅋㅋ 내년에 중딩", []),
    ("A", "와 말하는거 중딩보다 성숙해 ㅎ", [FLAT]),
    ("A", "여기 광장은 사람 많으니까 귓말로 하자", [MOVE]),
    ("B", "넹", []),
    ("A", "우리 커플 아바타 할래? 커플템 내가 살게", [GIFT]),
    ("B", "커플이요? ㅋㅋㅋ 게임에서?", []),
    ("A", "ㅇㅇ 게임에서 ㅎㅎ 그리고 내 마이룸 놀러와 둘만 들어올 수 있게 잠가놓을게", [SECRET]),
    ("B", "마이룸 구경할래요 ㅋㅋ", []),
    ("A", "(마이룸) 여기선 아무도 못봐 ㅎㅎ 커플이면 이런것도 하는거야 침대에 같이 앉아봐", [SEX]),
    ("B", "??? 그게 뭐에요", []),
    ("A", "ㅋㅋ 커플 놀이지 엄마한텐 말하지 마 어른들은 이런 게임 이해 못해", [SECRET]),
    ("B", "좀 이상해요 나 나갈래요", []),
])
# --- p13: webtoon comment DMs; drawing praise, gift card, then hand photo and face photo ----------
C("webtoon_commission", "웹툰 댓글 → DM", [P("A", "adult_stranger", "웹툰 댓글에서 만난 사람", "m"), Y(15, "m")], [
    ("A", "댓글에 올린 팬아트 님이 그린거에요? 대박", []),
    ("B", "네 ㅋㅋ 그냥 폰으로 끄적인거", []),
    ("A", "이 실력이 끄적인거라고요? ㅋㅋ 작가 데뷔 준비하는 사람인줄", [FLAT]),
    ("B", "ㅋㅋㅋ 과찬이십니다", []),
    ("A", "혹시 커미션 받아요? 제 캐릭터 하나 그려주시면 문상 드릴게요", [GIFT]),
    ("B", "오 커미션 처음인데 해볼게요", []),
    ("A", "ㅎㅎ 얼마 받으실래요", []),
    ("B", "잘 모르겠어요 만원?", []),
    ("A", "너무 싸다 ㅋㅋ 3만원 드릴게 학생이죠? 학생한테 일 시키는데 제대로 줘야지", [GIFT, AGE]),
    ("B", "네 중2요 ㅎㅎ 감사합니다", []),
    ("A", "(일주일 뒤) 그림 받았어요 진짜 최고다", []),
    ("A", "문상 보냈어요 핀번호 확인해봐요", [GIFT]),
    ("B", "확인했어요!! 감사합니다", []),
    ("A", "근데 그림 그리는 손이 궁금하다 ㅋㅋ 손 사진 하나 보내줄 수 있어요?", [IMG]),
    ("B", "손이요? ㅋㅋ 이상한데 뭐 ㅇㅋ", []),
    ("A", "ㅋㅋ 손도 이쁘네 얼굴도 궁금해지는데 셀카도 하나 줘요", [IMG]),
    ("B", "얼굴은 좀 그래요 ㅋㅋ", []),
    ("A", "에이 문상까지 줬는데 ㅋㅋ 서운하네 딱 하나만", [IMG, GIFT]),
    ("B", "아 그건 그림값이잖아요;; 그럼 돌려드릴게요", []),
])
# --- p14: academy assistant DMs a student from the academy group chat, offers rides -------------
C("academy_assistant", "학원 단톡 → 개인톡", [P("A", "staff", "학원 조교 (대학생)", "m", 24), Y(16, "f")], [
    ("A", "단톡에 올린 숙제 파일 열려?", []),
    ("B", "네 열려요 쌤", []),
    ("A", "ㅇㅋ 너 이번 모의고사 수학 많이 올랐더라", []),
    ("B", "헐 진짜요? 아직 결과 안나왔는데", []),
    ("A", "채점 내가 했거든 ㅋㅋ 비밀", []),
    ("B", "ㅋㅋㅋ 몇점이에요", []),
    ("A", "그건 월요일에 ㅎㅎ 근데 넌 반에서 제일 성숙한거 같아 다른 애들이랑 얘기하면 애기들 같은데", [FLAT]),
    ("B", "ㅋㅋ 감사해요?", []),
    ("A", "요즘 수업 끝나고 늦게 가지 위험하게", []),
    ("B", "버스 타요 10시 넘어서", []),
    ("A", "내가 차로 데려다줄게 어차피 그쪽 방향이야", [MEET]),
    ("B", "아 괜찮아요 ㅎㅎ", []),
    ("A", "원장님이나 다른 애들한텐 말하지 말고 ㅋㅋ 다들 태워달라고 할거라", [SECRET]),
    ("B", "네..", []),
    ("A", "(다음날) 어제 왜 먼저 갔어 ㅠ 기다렸는데", []),
    ("B", "엄마가 데리러 왔어요", []),
    ("A", "아 그랬구나 ㅎ 근데 남친은 있어? 너 정도면 인기 많을텐데", []),
    ("A", "남친이랑 어디까지 가봤는지 궁금하다 ㅋㅋ", [SEX]),
    ("B", "쌤 그런 얘기는 좀..", []),
    ("A", "ㅋㅋ 농담이야 농담 쌤이 편해서 그래 이 톡은 지워", [SECRET]),
])
# --- p15: random chat 조건 with a concrete time and place -----------------------------------------
C("condition_random_chat", "랜덤채팅 앱", [P("A", "adult_stranger", "랜덤채팅 상대", "m"), Y(16, "f")], [
    ("A", "ㅎㅇ 여?", []),
    ("B", "ㅇㅇ", []),
    ("A", "몇살", [AGE]),
    ("B", "그건 왜", []),
    ("A", "그냥 ㅋㅋ 나 30초반 직딩", []),
    ("B", "16", []),
    ("A", "오 고딩이네 ㅋㅋ 용돈 필요하지 않아?", [AGE, PAY]),
    ("B", "필요하긴 한데", []),
    ("A", "ㅈㄱ 알지? 밥만 먹고 얘기만 해도 10 줄게", [PAY, O_CHO]),
    ("B", "밥만이요?", []),
    ("A", "ㅇㅇ 처음엔 밥만 ㅋㅋ 어디 살아", [PAY, MEET]),
    ("B", "수원쪽이요", []),
    ("A", "ㅇㅋ 오늘 저녁 8시 수원역 2번 출구 어때 차 있어서 태우러 감", [PAY, MEET, NOW]),
    ("B", "오늘은 좀 빠른데", []),
    ("A", "오늘 나오면 15 줌 ㅋㅋ 현금으로", [PAY]),
    ("B", "흠 ㅇㅋ 근데 진짜 밥만이에요", []),
    ("A", "ㅇㅇ 걱정마 ㅋㅋ 도착하면 톡해", [MEET]),
])
# --- p16: youth looking for money, adult buyer answers on an open chat ----------------------------
C("youth_needs_money", "오픈채팅 (익명 1:1)", [P("A", "adult_stranger", "오픈채팅 익명", "m"), Y(17, "f")], [
    ("B", "급하게 돈 필요한데 알바 말고 빨리 버는 방법 없나요", []),
    ("A", "얼마나 필요한데?", []),
    ("B", "30정도요.. 폰 액정 깨져서 엄마한테 혼날까봐", []),
    ("A", "아 ㅠ 학생이야?", [AGE]),
    ("B", "고1이요", []),
    ("A", "내가 도와줄 수 있긴 한데 ㅎㅎ", []),
    ("A", "한 번 만나서 두세시간 같이 있어주면 30 줄게", [PAY, MEET]),
    ("B", "같이 있는게 뭔데요", []),
    ("A", "밥 먹고 드라이브? 그 이상은 니가 원하면 ㅎㅎ", [PAY, SEX]),
    ("B", "그 이상은 안해요", []),
    ("A", "ㅇㅋ 그럼 밥이랑 드라이브만 20", [PAY]),
    ("B", "ㅠㅠ 알바 구하는게 낫겠다", []),
    ("A", "알바는 한달 일해야 30이야 ㅋㅋ 나는 오늘 바로 줘", [PAY]),
    ("A", "친구들한텐 알바했다고 하면 되고", [SECRET]),
    ("B", "생각해보고 말할게요", []),
])
# --- p17: SNS "sponsor" with designer bags, regular meetings -------------------------------------
C("luxury_sponsor", "인스타 DM", [P("A", "adult_stranger", "사업한다는 30대", "m"), Y(17, "f")], [
    ("A", "안녕하세요 스토리 보다가 연락드려요 ㅎㅎ", []),
    ("B", "누구세요?", []),
    ("A", "그냥 팔로워에요 ㅋㅋ 맨날 카페 사진 올리시던데 분위기 있어서", [FLAT]),
    ("B", "아 ㅋㅋ 감사합니다", []),
    ("A", "혹시 갖고 싶은 가방 있어요? 스토리에 위시리스트 올린거 봤어요", [GIFT]),
    ("B", "그거 그냥 장난으로 올린건데 ㅋㅋ", []),
    ("A", "제가 사드릴 수 있어요 진심이에요", [GIFT]),
    ("B", "왜요..? 무섭게", []),
    ("A", "저 사업해서 여유가 좀 있고 좋은 친구 같은 관계 원해요 한달에 두 번 정도 만나서 밥 먹고 용돈도 드리고", [SPON, PAY]),
    ("B", "저 고딩인데요", []),
    ("A", "알아요 ㅎㅎ 그래서 더 좋아요 다른 사람한테 말 안하는게 조건이에요", [SPON, SECRET]),
    ("B", "스폰 그런거에요?", []),
    ("A", "그렇게 부르면 좀 그렇고 후원 정도? ㅎㅎ 일단 가방 하나 보내드릴게 주소 알려줘요", [SPON, GIFT]),
    ("B", "주소는 좀.. 생각해볼게요", []),
])
# --- p18: lonely youth says she wants to disappear; adult offers "only me" and his place ---------
C("lonely_selfharm_shelter", "오픈채팅 (새벽 수다방) → 1:1", [P("A", "adult_stranger", "새벽 수다방 사람", "m"), Y(15, "f")], [
    ("B", "다들 안자요?", []),
    ("A", "나 안자 ㅋㅋ 왜 이 시간에 깨있어", []),
    ("B", "잠이 안와서요", []),
    ("A", "무슨 일 있었구나", []),
    ("B", "그냥 학교도 싫고 집도 싫고", []),
    ("B", "다 귀찮아요", []),
    ("A", "1:1로 얘기할래? 여기 사람들 다 봐서", [MOVE]),
    ("B", "네", []),
    ("A", "(1:1) 편하게 말해 다 들어줄게", []),
    ("B", "반에서 애들이 저 무시해요 단톡에서도 저만 빼고 얘기하고", []),
    ("B", "진짜 그냥 사라지고 싶어요", [HARM]),
    ("A", "그런 생각 하지마 ㅠ 넌 소중해 내가 있잖아", [FLAT]),
    ("A", "학교 애들이나 부모님은 니 맘 몰라 나만 알아", [FLAT, SECRET]),
    ("B", "엄마한테 말해도 그냥 참으래요", []),
    ("A", "그러니까 ㅠ 차라리 며칠 우리 집에 와 있어 아무도 모르게 쉬다 가", [SHELTER, SECRET]),
    ("B", "그래도 돼요..?", []),
    ("A", "그럼 내가 밥도 해주고 방도 따로 줄게 대신 여기서 한 얘기는 비밀", [SHELTER, SECRET]),
])
# --- p19: deepfake threat from an unknown account; she reports it --------------------------------
C("deepfake_threat", "SNS DM", [P("A", "adult_stranger", "모르는 계정", "m"), Y(17, "f")], [
    ("A", "이거 너 맞지?", []),
    ("A", "(사진)", []),
    ("B", "???? 이게 뭐야 내 얼굴인데 이거 합성이잖아", []),
    ("A", "ㅋㅋ 합성인지 아닌지 사람들이 알까", [EXTORT]),
    ("B", "너 누구야", []),
    ("A", "니 학교 니 반 다 알아 팔로워 목록도 다 캡처해놨고", [EXTORT]),
    ("B", "미친놈아 신고할거야", []),
    ("A", "신고하면 바로 뿌림 ㅋ 경찰 오기 전에 다 퍼짐", [EXTORT]),
    ("A", "조용히 끝내고 싶으면 진짜 사진 몇장 보내 그럼 이건 지워줌", [EXTORT, IMG]),
    ("B", "꺼져", []),
    ("A", "오늘 밤 12시까지 기다린다", [EXTORT]),
    ("B", "(다음날) 경찰서 갔다왔어 너 이미 신고됨", []),
])
# --- p20: fake boyfriend "same age" got a photo, now threatens ---------------------------------
C("fake_boyfriend_extortion", "인스타 DM → 메신저", [P("A", "adult_stranger", "동갑이라고 한 남자친구 (실제 성인)", "m"), Y(15, "f")], [
    ("A", "자기야 오늘 학교 어땠어", []),
    ("B", "그냥 그랬어 ㅋㅋ 체육 너무 힘들었어", []),
    ("A", "ㅋㅋ 수고했네 보고싶다", []),
    ("B", "나두", []),
    ("A", "우리 사귄지 한달인데 아직 얼굴 한번도 못봤잖아", []),
    ("B", "너 영통도 안하잖아 ㅋㅋ", []),
    ("A", "내 폰 카메라 고장났다니까 ㅠ 너가 먼저 사진 보내주면 안돼? 우리 사귀는 사이잖아", [IMG, FLAT]),
    ("B", "저번에 보냈잖아", []),
    ("A", "그거 말고 ㅎㅎ 좀 더 특별한거 나만 볼수있는거", [IMG, SEX]),
    ("B", "싫어 그런건", []),
    ("A", "(다음날) 왜 답장 안해", []),
    ("B", "너 좀 이상해 헤어지자", []),
    ("A", "헤어지면 저번에 보낸 사진 니 학교 애들한테 다 돌린다", [EXTORT]),
    ("B", "뭐??", []),
    ("A", "니 인스타 친구 목록 다 있어 ㅋ 안 돌리길 원하면 내가 말한 사진 보내", [EXTORT, IMG]),
    ("B", "어떻게 나한테 이래 ㅠㅠ", []),
    ("A", "30분 준다", [EXTORT]),
])
# --- p21: Roblox-like game, robux for a 12-year-old boy, then "turn on your cam" --------------
C("robux_cam", "로블록스 채팅 → 디스코드", [P("A", "adult_stranger", "게임에서 만난 사람", "m"), Y(12, "m")], [
    ("A", "너 타워 디펜스 몇 스테이지까지 감?", []),
    ("B", "42요 ㅋㅋ 보스에서 맨날 죽음", []),
    ("A", "ㅋㅋ 그거 업그레이드 순서가 중요함", []),
    ("A", "알려줄까", []),
    ("B", "넹!!", []),
    ("A", "공속 먼저 찍고 광역은 나중에 ㅇㅇ", []),
    ("B", "오 해볼게요", []),
    ("B", "깼다!!!! ㅋㅋㅋㅋ", []),
    ("A", "ㅋㅋ 봐봐 내 말 맞지", []),
    ("A", "로벅스 있음? 게임패스 사면 더 쉬움", []),
    ("B", "없어요 ㅠ 엄마가 안사줘요", []),
    ("A", "내가 800 사줄게 ㅋㅋ 디코로 와 거기서 코드 줌", [GIFT, MOVE]),
    ("B", "헐 감사합니다", []),
    ("A", "(디스코드) 왔네 ㅋㅋ 근데 너 초딩이지?", [AGE]),
    ("B", "5학년이요", []),
    ("A", "ㅇㅋ 코드 주기 전에 확인할게 있어서 음성방 들어와서 캠 켜봐", [IMG]),
    ("B", "캠이요? 엄마가 캠 켜지 말랬는데", []),
    ("A", "잠깐만 ㅋㅋ 사람인지 봇인지만 확인하는거임 엄마한텐 말 안해도 돼", [IMG, SECRET]),
    ("B", "그냥 로벅스 안받을게요", []),
])
# --- p22: neighbourhood "unnie" recruits for paid meetings with "oppas she knows" ---------------
C("unnie_recruiter", "SNS DM", [P("A", "adult_stranger", "동네 언니 (20대)", "f"), Y(15, "f")], [
    ("A", "ㅎㅇ 너 ㅇㅇ중 다니지? 나 그 앞 코인노래방에서 봤어", []),
    ("B", "아 네 ㅋㅋ 누구세요?", []),
    ("A", "ㅋㅋ 그 옆 건물 사는 언니 너 노래 잘하더라", [FLAT]),
    ("B", "헐 들으셨어요? ㅋㅋㅋ 부끄", []),
    ("A", "ㅋㅋ 언니도 그 나이때 맨날 코노 갔어 요즘 돈 없지?", []),
    ("B", "ㄹㅇ 용돈 다 씀 ㅠ", []),
    ("A", "언니가 아는 오빠들이랑 밥 먹으면 용.돈 주는 자리 있는데 같이 갈래?", [PAY, O_SPACE]),
    ("B", "오빠들이요? 몇살인데요", []),
    ("A", "다 착한 사람들이야 20대 30대 ㅋㅋ 그냥 앉아서 웃어주면 돼", [PAY]),
    ("B", "흠 좀 무서운데", []),
    ("A", "언니가 옆에 있잖아 ㅋㅋ 한번 나가면 5만원은 받아", [PAY]),
    ("A", "엄마한텐 언니네서 잔다고 하고 ㅋㅋ 언니가 맞춰줄게", [SECRET, SHELTER]),
    ("B", "저 통금 10시에요", []),
    ("A", "그니까 언니네서 잔다고 하라고 ㅋㅋ 금요일 어때", [SECRET, MEET]),
    ("B", "친구랑 같이 가도 돼요?", []),
    ("A", "친구도 이쁘면 데려와 ㅋㅋ", []),
])
# --- p23: runaway-family (가출팸) recruiter on a runaway community ----------------------------------
C("runaway_family", "가출 카페 쪽지 → 카카오톡", [P("A", "adult_stranger", "가출팸 운영자라는 사람", "m"), Y(16, "m")], [
    ("A", "카페 글 봤어 아직 밖에 있어?", []),
    ("B", "ㅇㅇ 사흘째", []),
    ("A", "어디서 자는데", []),
    ("B", "찜질방이요 근데 돈 다 떨어져감", []),
    ("A", "ㅠ 우리 팸 자리 하나 비었어 원룸인데 애들 세명 있어", [SHELTER]),
    ("B", "팸이요? 다 몇살인데요", []),
    ("A", "다 너 또래 ㅋㅋ 너 몇살?", [AGE]),
    ("B", "16", []),
    ("A", "ㅇㅋ 딱 맞네 월세 이런거 없고 밥도 다 같이 먹음", [SHELTER]),
    ("A", "대신 조건이 있음 경찰한테 신고당하면 안되니까 집에는 연락 끊어", [SHELTER, SECRET]),
    ("B", "엄마가 계속 전화하긴 하는데", []),
    ("A", "폰 유심 빼 그게 제일 안전해", [SECRET]),
    ("A", "그리고 여기 있는 애들 다 일해서 돈 보탬 너도 내가 소개해주는 일 하면 됨 쉬워", [SPON]),
    ("B", "무슨 일인데요", []),
    ("A", "오면 알려줌 ㅋㅋ 내일 낮에 찜질방 앞으로 갈게", [MEET, SHELTER]),
    ("B", "ㅇㅋ", []),
])
# --- p24: "university oppa" on a study app; cafe meeting and sexual allusions ------------------
C("study_app_oppa", "공부 인증 앱 DM", [P("A", "adult_stranger", "대학생 오빠", "m"), Y(17, "f")], [
    ("A", "매일 공부 인증 올리던데 대단하다 ㅎㅎ", []),
    ("B", "ㅋㅋ 감사합니당 억지로 하는거에요", []),
    ("A", "고딩이지? 몇학년?", [AGE]),
    ("B", "고2요", []),
    ("A", "스카 다녀? 집에서 해?", []),
    ("B", "스카요 집에선 폰 봐서 ㅋㅋ", []),
    ("A", "ㅋㅋ 인정 나도 고딩때 그랬음", []),
    ("B", "어제는 8시간 했어요 진짜 죽는줄", []),
    ("A", "ㅋㅋ 8시간 대박 아 내신 제일 중요할때네 나 작년에 수능 봤어", []),
    ("B", "헐 대학 어디 가셨어요?", []),
    ("A", "서울에 있는 공대 ㅋㅋ 수학 모르는거 있으면 물어봐", []),
    ("B", "헐 그럼 이거 한번만 봐주세요", []),
    ("B", "(사진) 미적분 이 문제요", []),
    ("A", "ㅋㅋ 이거 치환하면 돼 이렇게", []),
    ("B", "와 천재다", []),
    ("A", "너 이해 진짜 빠르다 내가 가르친 애들 중에 제일 똑똑함", [FLAT]),
    ("A", "직접 만나서 가르쳐주면 더 빠를텐데 주말에 스카 근처 카페 어때 공짜로 해줄게", [MEET]),
    ("B", "오 진짜요? 근데 과외비 안드려도 돼요?", []),
    ("A", "ㅋㅋ 오빠가 좋아서 하는거지 근데 남친 있어?", []),
    ("B", "없어요 ㅋㅋ", []),
    ("A", "의외네 ㅋㅋ 그럼 스킨십 이런것도 아직 안해봤겠다", [SEX]),
    ("B", "에?? 그건 왜요 ㅋㅋ", []),
    ("A", "ㅋㅋ 그냥 궁금해서 만나면 오빠가 그런것도 알려줄게", [SEX, MEET]),
    ("B", "아 좀 선 넘으시네요 과외 괜찮아요", []),
])
# --- p25: adult pretends to be a 17-year-old boyfriend; school-uniform photo, video call ---------
C("fake_peer_uniform", "인스타 DM → 텔레그램", [P("A", "adult_stranger", "17살이라고 한 남자 (실제 성인)", "m"), Y(14, "f")], [
    ("A", "맞팔 고마워 ㅎㅎ 나 옆동네 고1", []),
    ("B", "ㅎㅎ 안녕", []),
    ("A", "너 프사 너무 이쁘다 연예인인줄", [FLAT]),
    ("B", "ㅋㅋㅋ 뭐래", []),
    ("A", "진짜로 ㅋㅋ 몇살이야?", [AGE]),
    ("B", "중2", []),
    ("A", "오 나랑 세살 차이 괜찮네 ㅋㅋ", []),
    ("A", "(며칠 뒤) 오늘도 학교 갔다왔어?", []),
    ("B", "응 ㅋㅋ 오늘 급식 맛있었음", []),
    ("A", "ㅋㅋ 뭐 나왔는데", []),
    ("B", "떡볶이랑 치킨!!", []),
    ("A", "부럽다 ㅋㅋ 우리학교 급식 최악", []),
    ("A", "교복 입은 모습 궁금하다 사진 보내줘", [IMG]),
    ("B", "ㅋㅋ 교복 안이쁜데 우리학교", []),
    ("A", "그래도 보고싶어 ㅎㅎ 나만 볼게", [IMG, SECRET]),
    ("B", "(사진)", []),
    ("A", "와 진짜 이쁘다 ㅠ 우리 텔레로 얘기하자 인스타는 엄마가 보실수도 있잖아", [MOVE, SECRET]),
    ("B", "울엄마 인스타 안봐 ㅋㅋ", []),
    ("A", "그래도 ㅋㅋ 텔레 비밀대화가 편해 거기서 영통도 하자", [MOVE, IMG]),
    ("B", "영통은 좀 부끄러운데", []),
    ("A", "얼굴만 보는거야 ㅎㅎ 나 카메라 고장나서 목소리만 들려줄게", [IMG]),
])
# --- p26: short-video app; dance praise, "film it from another angle, only for me" ---------------
C("shortform_dance", "숏폼 앱 DM", [P("A", "adult_stranger", "숏폼 앱 팔로워", "m"), Y(13, "f")], [
    ("A", "챌린지 영상 봤어요 댄스 진짜 잘하시네 ㅎㅎ", []),
    ("B", "ㅎㅎ 감사합니다!!", []),
    ("A", "구독자 몇명이에요? 금방 뜰거같아요", [FLAT]),
    ("B", "200명? ㅋㅋ 친구들이 거의다", []),
    ("A", "제가 홍보해드릴게요 ㅎㅎ 몇살이에요?", [AGE]),
    ("B", "13살이요", []),
    ("A", "와 어린데 표정 연기까지 ㅋㅋ", [FLAT]),
    ("A", "다음 영상은 제가 신청곡 해도 돼요? 대신 기프티콘 드릴게", [GIFT]),
    ("B", "오 무슨 곡이요?", []),
    ("A", "이 곡이요 근데 올리지 말고 저한테만 보내줘요 각도 좀 다르게 해서 아래에서 위로", [IMG, SECRET]),
    ("B", "아래에서요? 왜요", []),
    ("A", "그게 요즘 유행 각도에요 ㅎㅎ 옷은 반바지 같은거 입고", [IMG]),
    ("B", "음 그건 엄마한테 물어볼게요", []),
    ("A", "엄마한테 물어보면 못하게 할걸요 ㅋㅋ 우리끼리 비밀 프로젝트로 해요", [SECRET]),
    ("B", "그냥 안할게요 ㅠ", []),
    ("A", "기프티콘 벌써 보냈는데 ㅠ 하나만 해줘요", [GIFT, IMG]),
])
# --- p27: "adult who listens"; only secrecy and isolation, gradual over weeks ----------------------
C("listener_isolation", "고민상담 앱 → 카카오톡", [P("A", "adult_stranger", "고민 들어주는 어른이라고 한 사람", "m"), Y(14, "m")], [
    ("B", "형 오늘 또 담임한테 혼났어요", []),
    ("A", "뭐때문에?", []),
    ("B", "수업시간에 폰 봤다고", []),
    ("A", "ㅋㅋ 그건 니가 잘못했네", []),
    ("B", "ㅋㅋㅋ 인정", []),
    ("A", "너 요즘 친구들이랑은 어때 저번에 싸웠다며", []),
    ("B", "그냥 화해함 근데 걔네 좀 유치해요", []),
    ("A", "니가 또래보다 생각이 깊어서 그래 걔네가 널 못따라오는거야", [FLAT]),
    ("B", "그런가 ㅋㅋ", []),
    ("A", "(일주일 뒤) 주말에 뭐해", []),
    ("B", "친구들이랑 축구요", []),
    ("A", "걔네랑 놀면 너만 손해 같던데 ㅎ 맨날 너 놀리잖아", [SECRET]),
    ("B", "그건 장난이에요", []),
    ("A", "너 부모님한테 나랑 얘기하는거 말했어?", [SECRET]),
    ("B", "아뇨 그냥 말 안했는데", []),
    ("A", "잘했어 어른들은 인터넷 친구 무조건 나쁘게 봐 우리 얘기는 우리만 알자", [SECRET]),
    ("A", "그리고 톡 다 읽으면 지워 부모님이 폰 검사하잖아", [SECRET]),
    ("B", "넹", []),
    ("A", "넌 나한테만 솔직하면 돼 다른 사람한텐 말 안해도 돼", [SECRET, FLAT]),
])
# --- p28: Discord server admin; voice channel alone, cam, allusions ----------------------------
C("discord_admin", "디스코드 서버", [P("A", "adult_stranger", "디스코드 서버 관리자", "m"), Y(15, "f")], [
    ("A", "서버 들어온거 환영해요 ㅎㅎ 규칙 읽었죠?", []),
    ("B", "네 읽었어요!", []),
    ("A", "닉 옆에 나이 역할 달아야돼요 몇살이에요?", [AGE]),
    ("B", "15요", []),
    ("A", "ㅇㅋ 중딩 역할 줬어요", []),
    ("B", "감사합니다", []),
    ("A", "(며칠 뒤) 요즘 채팅 자주 하네 ㅋㅋ 분위기 메이커 다 됐어", [FLAT]),
    ("B", "ㅋㅋ 사람들 재밌어요", []),
    ("A", "관리자 역할 줄까? 아무나 안줌 ㅎ", [FLAT]),
    ("B", "헐 진짜요??", []),
    ("A", "관리자끼리 회의하는 비밀 채널 있어 거기 들어와", [MOVE, SECRET]),
    ("B", "들어왔어요 근데 아무도 없는데요?", []),
    ("A", "ㅋㅋ 오늘은 우리 둘만 회의 음성 들어와 캠도 켜고", [IMG]),
    ("B", "캠은 좀.. 목소리만 할게요", []),
    ("A", "관리자는 얼굴 인증 해야돼 ㅎㅎ 그리고 관리자끼리는 수위 높은 얘기도 해 알지?", [IMG, SEX]),
    ("B", "수위요..? 전 그런거 싫어요", []),
    ("A", "ㅋㅋ 농담 농담 근데 관리자 하려면 좀 어른스러워야 하는데", [SEX]),
    ("B", "관리자 안할게요 그냥", []),
])
# --- p29: "photos only" job: sponsor + image, youth gives age; she leaves ------------------------
C("photo_only_job", "오픈채팅 (알바 정보방) → 1:1", [P("A", "adult_stranger", "고수익 알바 모집책", "m"), Y(16, "f")], [
    ("A", "알바 찾는 분들 1:1 주세요 ㅅㅏㅈㅣㄴ만 찍으면 되는 일 있어요", [SPON, IMG, O_JAMO]),
    ("B", "안녕하세요 글 보고 왔어요", []),
    ("A", "네 반가워요 몇살이에요?", [AGE]),
    ("B", "고1이요 16살", []),
    ("A", "딱 좋네요 ㅎㅎ 저희는 쇼핑몰 후기 사진이에요 건당 5만원", [SPON]),
    ("B", "쇼핑몰 후기요? 옷 입고 찍는거에요?", []),
    ("A", "네 속옷 라인도 있긴 한데 그건 더 많이 드려요 ㅎㅎ", [SPON, IMG]),
    ("B", "그건 좀요", []),
    ("A", "얼굴은 안나와요 걱정마요 부모님 동의서 같은거 필요 없고", [SPON, SECRET]),
    ("B", "저 그냥 일반 옷만 할게요", []),
    ("A", "일반 옷은 자리가 없어서 ㅠ 일단 샘플로 전신 사진 보내봐요", [IMG]),
    ("B", "아뇨 안할래요 신고할게요", []),
])
# --- p30: sextortion after photos; the boy says he will pay, then wants to die -----------------
C("sextortion_pay_selfharm", "랜덤채팅 앱 → 메신저", [P("A", "adult_stranger", "여자인 척한 협박범", "f"), Y(17, "m")], [
    ("A", "오빠 ㅎㅎ 우리 사진 교환할래?", [IMG]),
    ("B", "난 오빠 아니야 ㅋㅋ 17살임", []),
    ("A", "그래도 오빠 ㅋㅋ 나 먼저 보낼게", []),
    ("A", "(사진)", []),
    ("B", "헐", []),
    ("A", "이제 오빠 차례 ㅎ 좀 더 과감한 거", [IMG, SEX]),
    ("B", "(사진)", []),
    ("A", "ㅋㅋ 받았다 니 페북 친구 목록도 받았고", [EXTORT]),
    ("A", "지금 100 보내 안보내면 니 친구들 다 받는다", [EXTORT]),
    ("B", "뭔소리야 장난치지마", []),
    ("A", "니 친구 3명한테 먼저 뿌🔥릴까? 이름 불러줌", [EXTORT, O_EMOJI]),
    ("B", "잠깐만 잠깐만 보낼게 근데 100은 없어", []),
    ("A", "있는만큼 먼저 보내 나머진 내일", [EXTORT]),
    ("B", "20 보냈어 제발 지워줘", []),
    ("A", "ㅋ 80 남았다 내일 아침까지", [EXTORT]),
    ("B", "이러다 진짜 나 죽을거같아 그냥 없어지고 싶다", [HARM]),
])
# --- p31: guild "정모" (offline meet-up): minor invited alone, told to hide it; concrete time -------
C("guild_offline_meet", "게임 길드 채팅 → 개인톡", [P("A", "adult_stranger", "게임 길드 부길마 (30대)", "m"), Y(14, "m")], [
    ("A", "이번 주말 정모 얘기 들었지?", []),
    ("B", "네 근데 다 어른들이라 저는 못갈거같아요", []),
    ("A", "ㅋㅋ 무슨 상관이야 너도 길드원인데", []),
    ("A", "너 몇살이었지", [AGE]),
    ("B", "중2요 ㅋㅋ", []),
    ("A", "아 맞다 ㅋㅋ 근데 게임할땐 제일 어른스러움", [FLAT]),
    ("B", "ㅋㅋㅋ", []),
    ("A", "정모 전에 나랑 먼저 만나서 밥 먹고 가자 어차피 방향 같잖아", [MEET]),
    ("B", "부모님이 허락 안해줄걸요", []),
    ("A", "학원 보충 있다고 해 ㅋㅋ 끝나고 바로 데려다줄게", [SECRET, MEET]),
    ("B", "흠 ㅋㅋ", []),
    ("A", "토요일 1시에 시청역 4번 출구 앞 햄버거집 ㅇㅋ? 햄버거 내가 쏨", [MEET, NOW, GIFT]),
    ("B", "다른 길드원도 와요?", []),
    ("A", "아니 밥은 우리 둘만 ㅋㅋ 다른 애들한텐 말하지 마 다 따라오겠다고 함", [SECRET]),
    ("B", "넵 알겠어요", []),
    ("A", "ㅇㅋ 늦지마라 ㅋㅋ 도착하면 디코 해", [MEET]),
])
# --- p32: tutor crossing boundaries: late "extra lessons", secrecy, allusion ----------------------
C("tutor_boundary", "카카오톡 (과외 선생님)", [P("A", "teacher", "과외 선생님 (대학생)", "m", 25), Y(16, "f")], [
    ("A", "오늘 숙제 다 했어?", []),
    ("B", "넹 ㅠ 3번 모르겠어요", []),
    ("A", "그건 내일 수업때 하자", []),
    ("B", "넹 쌤 근데 내일 엄마 늦게 오셔요", []),
    ("A", "ㅎㅎ 그래? 그럼 수업 좀 더 길게 해도 되겠네", []),
    ("A", "요즘 너 표정이 밝아져서 좋다 쌤이 제일 아끼는 학생이야", [FLAT]),
    ("B", "ㅋㅋ 저 말고 학생 또 있어요?", []),
    ("A", "몇명 있는데 너랑 얘기하는게 제일 편해", [FLAT]),
    ("B", "(이모티콘)", []),
    ("A", "(다음날) 오늘 수업 끝나고 쌤 차에서 좀 더 얘기할래? 드라이브 ㅋㅋ", [MEET]),
    ("B", "엄마가 수업 끝나면 바로 들어오래요", []),
    ("A", "엄마 늦게 오신다며 ㅎㅎ 쌤이랑 있는거 말 안하면 모르지", [SECRET]),
    ("B", "음..", []),
    ("A", "너도 이제 다 컸잖아 연애 같은 것도 궁금할 나이고 ㅋㅋ 쌤이 그런거 알려줄 수도 있어", [SEX]),
    ("B", "쌤 그건 좀 이상해요", []),
    ("A", "ㅋㅋ 농담이야 근데 이런 얘기 한거 엄마한텐 말하지 말고 쌤 잘리면 너도 과외 못하잖아", [SECRET]),
])
# --- p33: used-clothes app: buyer of a school uniform wants "worn" photos, then to meet -----------
C("used_uniform_buyer", "중고거래 앱 채팅", [P("A", "adult_stranger", "교복 구매자", "m"), Y(15, "f")], [
    ("A", "교복 판매글 보고 연락드려요 아직 있나요?", []),
    ("B", "네 있어요!", []),
    ("A", "사이즈가 어떻게 돼요?", []),
    ("B", "상의 66 하의 허리 26이요 1년 입었어요", []),
    ("A", "혹시 본인이 입던거에요?", [AGE]),
    ("B", "네 중2때 입던거요 ㅋㅋ 학교 졸업해서요", []),
    ("A", "아 ㅎㅎ 그럼 입은 사진 한장 보내주실수 있어요? 핏 보려구요", [IMG]),
    ("B", "옷걸이에 건 사진은 올려놨는데요", []),
    ("A", "입은게 더 잘 보여서요 ㅎㅎ 얼굴은 안나와도 돼요 돈 더 드릴게", [IMG, GIFT]),
    ("B", "아 좀 그런데.. 그냥 옷만 팔게요", []),
    ("A", "그럼 직거래로 해요 입고 나와주면 그 자리에서 5 더 드림", [MEET, PAY]),
    ("B", "네?? 입고 나오라고요?", []),
    ("A", "ㅎㅎ 그냥 사진 한장만 찍고 갈게요 다른 사람한텐 비밀", [IMG, SECRET]),
    ("B", "거래 안할게요 차단합니다", []),
])
# --- p34: survey gift card → "face check" photo → "another photo" -----------------------------
C("survey_giftcard", "SNS DM", [P("A", "adult_stranger", "설문 이벤트라고 연락한 계정", "m"), Y(13, "f")], [
    ("A", "안녕하세요 청소년 생활 설문 이벤트에요 참여하시면 편의점 기프티콘 드려요", [GIFT]),
    ("B", "오 뭐하면 돼요?", []),
    ("A", "질문 몇개만 답하시면 돼요 ㅎㅎ 1번 몇학년이에요?", [AGE]),
    ("B", "중1이요", []),
    ("A", "2번 하루에 폰 몇시간 해요?", []),
    ("B", "한 5시간? ㅋㅋ", []),
    ("A", "3번 방에 혼자 있는 시간은요?", [SECRET]),
    ("B", "저녁엔 거의 혼자요 엄마아빠 늦게 오셔서", []),
    ("A", "ㅎㅎ 감사해요 기프티콘 발송 완료!", [GIFT]),
    ("B", "헐 진짜 왔다 감사합니다", []),
    ("A", "2차 설문 하면 더 큰거 드려요 본인 인증으로 얼굴 사진 하나만 보내주세요", [IMG, GIFT]),
    ("B", "(사진)", []),
    ("A", "좋아요 ㅎㅎ 이번엔 거울샷으로 전신 하나요 옷은 집에서 입는거 그대로", [IMG]),
    ("B", "이게 설문이랑 무슨 상관이에요?", []),
    ("A", "연구용이라 그래요 ㅎㅎ 부모님한텐 그냥 이벤트 참여했다고만 해요", [SECRET]),
    ("B", "아 이상한데 그만할게요", []),
])
# --- p35: free profile shoot: imminent Sunday 11:00 studio, alone --------------------------------
C("profile_shoot_sunday", "인스타 DM", [P("A", "adult_stranger", "프로필 사진작가", "f"), Y(17, "m")], [
    ("A", "안녕하세요 남자 프로필 포트폴리오 찍는 작가에요", []),
    ("A", "무료 모델 구하고 있는데 혹시 관심 있으세요? 사진 다 드려요", [FLAT]),
    ("B", "오 저요? 배우 준비중이긴 한데", []),
    ("A", "와 딱이다 ㅎㅎ 몇살이에요?", [AGE]),
    ("B", "18이요 고2", []),
    ("A", "좋아요 배우 지망이면 프로필 꼭 필요해요 원래 이런거 30만원 넘어요", [GIFT]),
    ("B", "헐 그렇게 비싸요?", []),
    ("A", "네 ㅎㅎ 대신 저도 포트폴리오용으로 컨셉 몇개 찍을게요 상의 탈의 컷 하나 정도", [IMG]),
    ("B", "아 그건 좀..", []),
    ("A", "배우면 다 찍어요 ㅎㅎ 남자 배우들 프로필 보면 다 있어요", [IMG]),
    ("A", "이번주 일요일 오전 11시 강남역 근처 스튜디오 어때요? 위치는 전날 보내드릴게", [MEET, NOW]),
    ("B", "부모님이랑 같이 가도 돼요?", []),
    ("A", "스튜디오가 좁아서 ㅠ 혼자 오는게 좋아요 끝나고 밥도 사줄게요", [MEET, SECRET]),
    ("B", "음 그럼 생각해볼게요", []),
])
# --- p36: uniform photos for money from a "collector" -------------------------------------------
C("uniform_photo_money", "트위터 DM", [P("A", "adult_stranger", "모르는 계정", "m"), Y(16, "f")], [
    ("A", "트윗 보니까 용돈 필요하다던데", []),
    ("B", "ㅇㅇ 근데 누구세요", []),
    ("A", "알바 하나 주려고 ㅎㅎ 교복 입은 사.진 한장에 만원", [IMG, GIFT, O_SPACE]),
    ("B", "?? 그걸 왜 사요", []),
    ("A", "그냥 수집하는거야 얼굴 안나와도 돼", [IMG]),
    ("B", "이상한 사람이네", []),
    ("A", "5장 보내면 10 줄게 계좌 알려줘", [IMG, GIFT]),
    ("B", "돈은 필요한데..", []),
    ("A", "학생 맞지? 몇학년", [AGE]),
    ("B", "고1", []),
    ("A", "ㅇㅋ 고1이면 더 줄게 ㅋㅋ 치마 짧게 입고", [IMG, SEX]),
    ("B", "ㄴㄴ 됐어요 이상함", []),
])
# --- p37: random chat straight to sexual talk; youth jokes, then leaves ----------------------------
C("random_sexual_leave", "랜덤채팅 앱", [P("A", "adult_stranger", "랜덤채팅 상대", "m"), Y(15, "m")], [
    ("A", "안녕", []),
    ("B", "ㅎㅇ ㅋㅋ 심심한사람", []),
    ("A", "나 ㅋㅋ 몇살임", [AGE]),
    ("B", "15 남", []),
    ("A", "ㅇㅋ 나 20대 형 ㅋㅋ 요즘 중딩들 연애 많이 함?", []),
    ("B", "하는애들은 함 ㅋㅋ", []),
    ("A", "넌?", []),
    ("B", "나 모쏠 ㅋㅋㅋ", []),
    ("A", "ㅋㅋ 그럼 경험 이런거 없겠네", [SEX]),
    ("B", "무슨 경험 ㅋㅋ 롤 다이아 경험?", []),
    ("A", "ㅋㅋ 알면서 야한 거 본적은 있지?", [SEX]),
    ("B", "아 뭐야 ㅋㅋ", []),
    ("A", "형이 좋은거 보내줄까 대신 너도 사진 하나", [SEX, IMG]),
    ("B", "ㅋㅋ 변태아저씨네 ㅂㅂ", []),
])
# --- p38: one-line 조건 request; angry youth blocks ------------------------------------------------
C("blunt_condition_block", "인스타 DM", [P("A", "adult_stranger", "모르는 계정", "m"), Y(14, "f")], [
    ("A", "ㅎㅇ 중딩?", [AGE]),
    ("B", "누구세요", []),
    ("A", "ㅈ.ㄱ 가능?", [PAY, O_SPACE, O_CHO]),
    ("B", "뭔소리에요", []),
    ("A", "용돈 줄테니까 한번 보자는거 ㅋㅋ 10", [PAY, MEET]),
    ("B", "미친거아냐 신고함", []),
    ("A", "ㅋㅋ 신고해봐 어차피 부계임", []),
    ("B", "(차단)", []),
])
# --- p39: helper offering a boy a bed and a "job with board and lodging" --------------------------
C("helper_job_lodging", "SNS DM", [P("A", "adult_stranger", "숙식 제공 일자리 소개한다는 사람", "m"), Y(16, "m")], [
    ("A", "가출했다는 글 봤다 어디냐", []),
    ("B", "부산이요", []),
    ("A", "밥은 먹고 다니냐", []),
    ("B", "편의점에서 대충요", []),
    ("A", "몇살이냐", [AGE]),
    ("B", "16이요", []),
    ("A", "ㅇㅋ 나 숙식 주는 일자리 아는데 할래? 재워주고 밥 주고 한달에 150", [SHELTER, SPON]),
    ("B", "미성년자도 돼요?", []),
    ("A", "거긴 나이 안봄 신분증도 필요없고", [SPON]),
    ("A", "대신 부모님이랑은 연락 끊어야 됨 찾아오면 곤란하니까", [SECRET, SHELTER]),
    ("B", "무슨 일인데요", []),
    ("A", "가서 설명 들어 내일 오전에 부산역 광장으로 와라 차로 데려간다", [SHELTER, MEET, NOW]),
    ("B", "네", []),
])
# --- p40: sextortion after a video call; the youth says she will call 117 -------------------------
C("videocall_extortion_report", "랜덤 영상채팅 앱 → 메신저", [P("A", "adult_stranger", "영상채팅 상대 (협박범)", "m"), Y(17, "f")], [
    ("A", "아까 영상통화 재밌었다 ㅋㅋ", []),
    ("B", "누구세요? 아까 그 사람이에요?", []),
    ("A", "ㅇㅇ 녹화 다 해놨어 니 얼굴 다 나온다", [EXTORT]),
    ("B", "아무것도 안했는데 뭘 녹화해요", []),
    ("A", "편집하면 다 되지 ㅋㅋ 니 학교 이름도 프사에 있던데", [EXTORT]),
    ("A", "오늘 안에 30 보내 아니면 니 학교 커뮤에 올린다", [EXTORT]),
    ("B", "안 보내요", []),
    ("A", "진짜 올린다? 후회하지마라", [EXTORT]),
    ("B", "117에 신고할거에요 대화 다 캡처했어요", []),
    ("A", "ㅋ 신고해도 소용없어 해외 서버임", [EXTORT]),
    ("B", "ㄴㄴ 선생님이랑 같이 신고하러 갈거임 끝", []),
])
# --- p41: youth posts she wants to die; stranger pushes to come to her now -----------------------
C("selfharm_come_now", "오픈채팅 (익명 고민방) → 1:1", [P("A", "adult_stranger", "익명 고민방 사람", "m"), Y(16, "f")], [
    ("B", "오늘 진짜 다 끝내고 싶다", [HARM]),
    ("A", "왜 그래 무슨 일이야", []),
    ("B", "성적표 나왔는데 아빠가 집 나가래요", []),
    ("B", "진짜 나가고 싶어요 그냥 죽고싶음", [HARM]),
    ("A", "ㅠㅠ 그런 말 하지마 지금 어디야?", [MEET]),
    ("B", "집 앞 놀이터요", []),
    ("A", "몇 살이야? 혼자 있어?", [AGE]),
    ("B", "17이요 혼자요", []),
    ("A", "내가 지금 갈게 동네 어디야 역 이름만 말해", [MEET, NOW]),
    ("B", "왜 오세요..?", []),
    ("A", "혼자 두면 안될거같아서 ㅠ 우리 집 가서 좀 쉬자 아무한테도 말 안할게", [SHELTER, SECRET]),
    ("B", "모르는 사람인데 좀 그래요", []),
    ("A", "나만 니 편이잖아 지금 너희 아빠보다 내가 낫지", [FLAT, SECRET]),
    ("B", "그냥 잘게요", []),
])
# --- p42: fan-goods "giveaway" → meet to hand over, asked to come alone -------------------------
C("goods_giveaway_meet", "팬카페 → 카카오톡", [P("A", "adult_stranger", "굿즈 나눔한다는 회원", "m"), Y(13, "f")], [
    ("A", "나눔 당첨 축하해요 ㅎㅎ", [GIFT]),
    ("B", "헐 제가요?? 감사합니다ㅠㅠ", []),
    ("A", "택배는 주소 알려줘야하니까 직접 주는게 나을거같은데 어디 살아요?", [MEET]),
    ("B", "인천이요", []),
    ("A", "오 저도 인천 ㅎㅎ 학생이죠? 몇학년?", [AGE]),
    ("B", "중1이에요", []),
    ("A", "귀엽다 ㅋㅋ 팬 된지 얼마 안됐겠네", []),
    ("B", "데뷔때부터 팬이에요!!", []),
    ("A", "와 ㅋㅋ 찐팬이네 다른 나눔 남은것도 다 줄게요", [GIFT]),
    ("A", "근데 사람 많으면 다른 사람들이 달라고 하니까 혼자 나와요", [MEET, SECRET]),
    ("B", "엄마가 같이 가준다고 했는데", []),
    ("A", "아 엄마 오시면 좀 부담스러워서 ㅠ 그럼 나눔 다른 사람한테 할게요", [SECRET]),
    ("B", "아 아니에요!! 혼자 갈게요", []),
    ("A", "ㅎㅎ 엄마한텐 친구 만난다고 해요", [SECRET]),
])
# --- p43: "writing club" adult; 19+ story together, kept secret ----------------------------------
C("webnovel_roleplay", "웹소설 커뮤니티 DM → 디스코드", [P("A", "adult_stranger", "웹소설 작가 지망생 모임 사람", "m"), Y(15, "f")], [
    ("A", "연재하는 소설 잘 보고 있어요 문장이 학생 같지 않아요", [FLAT]),
    ("B", "헉 감사합니다 ㅠㅠ 학생 맞아요 ㅋㅋ", []),
    ("A", "몇살이세요? 고딩?", [AGE]),
    ("B", "중3이요", []),
    ("A", "와 그 나이에 이 필력이면 진짜 재능이다", [FLAT]),
    ("A", "저희 합작 모임 있는데 같이 할래요? 디코에서 해요", [MOVE]),
    ("B", "오 좋아요!!", []),
    ("A", "(디스코드) 여기 우리 둘만 있는 채널이에요 ㅎㅎ 합작은 둘이 역할 나눠서 쓰는거에요", [SECRET]),
    ("B", "다른 분들은요?", []),
    ("A", "다른 팀이에요 우리는 성인 로맨스 쪽 쓰려구요 수위 좀 있는거 ㅎㅎ", [SEX]),
    ("B", "저 그런거 안써봤는데", []),
    ("A", "제가 리드할게요 대사 주고받는거라 어렵지 않아요 그냥 연인인 척 대화하는거", [SEX]),
    ("B", "음 좀 부담스러운데", []),
    ("A", "부모님이나 친구들한텐 합작 내용 말하지 마요 작품 나오기 전엔 비밀이 원칙", [SECRET]),
    ("B", "저 그냥 제 소설 쓸게요 ㅎㅎ;", []),
])
# --- p44: metaverse "wedding", then "real life" -----------------------------------------------
C("metaverse_wedding", "메타버스 월드 → 카카오톡", [P("A", "adult_stranger", "메타버스 친구 (오빠)", "m"), Y(14, "f")], [
    ("A", "오늘 맵 이벤트 봤어? 불꽃놀이", []),
    ("B", "봤어 ㅋㅋ 예뻤음", []),
    ("A", "우리 결혼식 올린지 한달 ㅋㅋ 기념으로 반지 아이템 샀어", [GIFT]),
    ("B", "헐 오빠 최고", []),
    ("A", "ㅋㅋ 우리 자기 주는거지", []),
    ("B", "(이모티콘)", []),
    ("A", "근데 게임 말고 진짜로 보고 싶다 카톡 줄래?", [MOVE]),
    ("B", "음 카톡은 엄마가 가끔 보는데", []),
    ("A", "그럼 비밀번호 걸어 ㅋㅋ 아니면 채팅 지우면 되고", [SECRET]),
    ("B", "ㅇㅋ 알려줄게", []),
    ("A", "(카카오톡) 와 진짜 자기다 ㅋㅋ 목소리 듣고싶다", []),
    ("A", "너 중2 맞지? 오빠 대학생이라 좀 차이나지만 상관없지?", [AGE]),
    ("B", "응 상관없어 ㅋㅋ", []),
    ("A", "이번주에 실제로 만나자 우리 결혼 한달 기념", [MEET]),
    ("B", "어디서?", []),
    ("A", "너희 동네로 갈게 어디 살아? 부모님한텐 비밀로 하고", [MEET, SECRET]),
    ("B", "○○동인데 좀 떨린다 ㅋㅋ", []),
])
# --- p45: adult woman targeting a 15-year-old boy ------------------------------------------------
C("older_woman_boy", "인스타 DM", [P("A", "adult_stranger", "20대 여성이라고 한 계정", "f"), Y(15, "m")], [
    ("A", "농구하는 영상 봤어 ㅎㅎ 멋있더라", [FLAT]),
    ("B", "헐 감사합니다 ㅋㅋ 누구세요?", []),
    ("A", "그냥 누나 ㅋㅋ 너 몇살이야?", [AGE]),
    ("B", "15요", []),
    ("A", "헐 진짜? 고딩인줄 ㅋㅋ 키 크네", [FLAT]),
    ("B", "ㅋㅋ 178이요", []),
    ("A", "대박 ㅋㅋ 여친 있어?", []),
    ("B", "없어요 ㅋㅋ", []),
    ("A", "누나가 연애 상담 해줄게 ㅎㅎ 근데 이런거 애들한텐 말하지마", [SECRET]),
    ("B", "넹 ㅋㅋ", []),
    ("A", "(다음날) 자기 전에 영통할래? 목소리 궁금해", [IMG]),
    ("B", "ㅋㅋ 지금요? 씻고 올게요", []),
    ("A", "씻고 바로 와 ㅎㅎ 옷 대충 입고 와도 돼 누나는 그런거 신경 안씀", [IMG, SEX]),
    ("B", "ㅋㅋㅋ 넹", []),
    ("A", "영통 한거 친구들한테 말하면 안돼 누나랑 너만 아는거야", [SECRET]),
])
# --- p46: obfuscated requests from a random chat (english keyboard, lookalikes) --------------------
C("obfuscated_random", "랜덤채팅 앱", [P("A", "adult_stranger", "랜덤채팅 상대", "m"), Y(16, "f")], [
    ("A", "하이 ㅋㅋ", []),
    ("B", "ㅎㅇ", []),
    ("A", "어디 살아", [MEET]),
    ("B", "대전", []),
    ("A", "오 가깝네 몇살", [AGE]),
    ("B", "16", []),
    ("A", "tkwls 교환 ㄱ?", [IMG, O_ENG]),
    ("B", "뭐라는거야", []),
    ("A", "사.진 ㅋㅋ 필터 걸려서", [IMG, O_SPACE]),
    ("B", "싫은데", []),
    ("A", "그럼 0ㅕㅇ통? 얼굴만", [IMG, O_LOOK]),
    ("B", "ㄴㄴ", []),
    ("A", "dydehs 줄게 5 ㅋㅋ 한번 보자", [PAY, MEET, O_ENG]),
    ("B", "아 ㅈㄴ 이상하네 나감", []),
])
# --- p47: school-outsider "mentor" who promises support; gradual --------------------------------
C("mentor_sponsor", "SNS DM → 카카오톡", [P("A", "adult_stranger", "청소년 멘토라고 한 사람", "m"), Y(17, "f")], [
    ("A", "자퇴 고민 글 봤어요 저도 학교 밖 청소년이었어요", []),
    ("B", "아 진짜요? 어떻게 하셨어요", []),
    ("A", "검정고시 보고 지금은 사업해요 ㅎㅎ 학교가 전부는 아니에요", []),
    ("B", "부모님은 무조건 다니래요", []),
    ("A", "부모님 세대는 그렇게 생각하죠 근데 본인 인생이잖아요", [SECRET]),
    ("B", "맞아요 ㅠ", []),
    ("A", "몇살이에요?", [AGE]),
    ("B", "고2 18이요", []),
    ("A", "똑똑하네요 글 보니까 생각도 깊고", [FLAT]),
    ("A", "자퇴하면 제가 생활비 지원해줄 수 있어요 제가 키우는 친구들 몇명 있어요", [SPON]),
    ("B", "헐 왜요?", []),
    ("A", "그냥 도와주고 싶어서요 ㅎㅎ 대신 한달에 몇번 만나서 얘기하고 제 일 좀 도와주면 돼요", [SPON, MEET]),
    ("B", "무슨 일이요?", []),
    ("A", "만나서 얘기해요 부모님한텐 아직 말하지 말고 결정하고 말해요", [SECRET]),
    ("B", "네 생각해볼게요", []),
])
# --- p48: game top-up then a "thank you" video call ----------------------------------------------
C("game_topup_videocall", "모바일 게임 채팅 → 카카오톡", [P("A", "adult_stranger", "게임 친구 (30대)", "m"), Y(13, "f")], [
    ("A", "펫 뽑기 성공했어?", []),
    ("B", "아니요 ㅠㅠ 다이아 다 씀", []),
    ("A", "ㅋㅋㅋ 얼마나 썼는데", []),
    ("B", "용돈 다요 ㅠ 엄마한테 혼남", []),
    ("A", "ㅠㅠ 내가 다이아 충전해줄까 5만원어치", [GIFT]),
    ("B", "헐 진짜요?? 말도 안돼", []),
    ("A", "대신 카톡 알려줘 아이디로 선물하려면 필요해", [MOVE, GIFT]),
    ("B", "알겠어요!!", []),
    ("A", "(카카오톡) 충전했어 확인해봐", [GIFT]),
    ("B", "왔어요!!!!! 감사합니다ㅠㅠㅠ", []),
    ("B", "(이모티콘)(이모티콘)", []),
    ("A", "ㅋㅋ 고마우면 영통 한번 해줘 얼굴 보고 고맙다는 말 듣고싶어", [IMG]),
    ("B", "영통이요? 좀 부끄러운데 ㅋㅋ", []),
    ("A", "1분만 ㅋㅋ 엄마 없을때 방에서", [IMG, SECRET]),
    ("B", "음 알겠어요 엄마 나가시면요", []),
])
# --- p49: sextortion using a stolen photo and the school's name, staged over days ------------------
C("stolen_photo_extortion", "SNS DM", [P("A", "adult_stranger", "모르는 계정 (협박범)", "m"), Y(14, "f")], [
    ("A", "ㅇㅇ중 2학년 맞지?", [AGE]),
    ("B", "누구세요?", []),
    ("A", "니가 비계에 올린 사진 다 저장해놨어", [EXTORT]),
    ("B", "그거 친구들만 보는건데", []),
    ("A", "ㅋㅋ 그 친구 중에 내가 있었지", []),
    ("A", "니 담임 이름도 알아 학교 홈페이지에 다 나와", [EXTORT]),
    ("B", "왜 이러세요 ㅠ", []),
    ("A", "걱정마 내 말만 들으면 아무 일 없어 사진 몇장만 더 보내", [EXTORT, IMG]),
    ("B", "무슨 사진이요", []),
    ("A", "내가 말하는 사진 ㅋ 안보내면 니 담임이랑 반 애들한테 다 뿌린다", [EXTORT]),
    ("B", "(다음날) 계속 생각나서 잠도 못잤어요", []),
    ("A", "그러니까 빨리 끝내자 오늘 밤 10시까지", [EXTORT]),
    ("B", "엄마한테 말할거에요", []),
    ("A", "말하면 그 순간 올린다", [EXTORT]),
])
# --- p50: open-chat "중고딩 친목방" infiltrator -------------------------------------------------
C("teen_room_infiltrator", "오픈채팅 (중고딩 친목방) → 1:1", [P("A", "adult_stranger", "친목방에 들어온 성인 (20살이라고 함)", "m"), Y(15, "f")], [
    ("A", "다들 뭐함 ㅋㅋ", []),
    ("B", "숙제요 ㅠ", []),
    ("A", "ㅋㅋ 무슨 숙제", []),
    ("B", "과학 보고서요", []),
    ("A", "그거 나 잘하는데 ㅋㅋ 나 20살 재수생임", []),
    ("B", "오 진짜요? 물어봐도 돼요?", []),
    ("A", "ㅇㅇ 1:1로 와 방 시끄러워서", [MOVE]),
    ("A", "(1:1) 몇학년이야?", [AGE]),
    ("B", "중3이요", []),
    ("A", "오 그럼 내년에 고딩이네 ㅋㅋ 근데 말하는거 고딩 같다 성숙함", [FLAT]),
    ("B", "ㅋㅋ 감사해요", []),
    ("A", "보고서 주제 뭔데", []),
    ("B", "식물 광합성 실험이요", []),
    ("A", "ㅋㅋ 쉬운거다 이따 정리해줄게", []),
    ("A", "근데 너 여기 친목방 사람들 다 믿지마 ㅋㅋ 이상한 사람 많아 나랑만 얘기해", [SECRET]),
    ("B", "ㅋㅋㅋ 넹", []),
    ("A", "프사 너야? 실물 궁금하다 ㅋㅋ", [IMG]),
])
# --- p51: youth advertises she needs money on random chat; buyer probes age, sets place -----------
C("youth_offer_buyer", "랜덤채팅 앱", [P("A", "adult_stranger", "랜덤채팅 상대", "m"), Y(17, "f")], [
    ("B", "용돈 주실분", []),
    ("A", "ㅎㅇ 몇살?", [AGE]),
    ("B", "17", []),
    ("A", "진짜 17? 인증 가능?", [AGE]),
    ("B", "학생증 가린거 보여줄수있음", []),
    ("A", "ㅇㅋ 얼굴 나온 사진도", [IMG]),
    ("B", "그건 만나서", []),
    ("A", "ㅋㅋ ㅇㅋ 조건 뭐임", [PAY]),
    ("B", "밥 먹고 두시간 15", []),
    ("A", "비싸네 10", [PAY]),
    ("B", "ㄴㄴ 15 아니면 안함", []),
    ("A", "ㅇㅋ 15 대신 밥 먹고 쉬었다 가는걸로 ㅋㅋ 주말에 시간 돼?", [PAY, MEET, SEX]),
    ("B", "쉬는건 안함 밥만", []),
    ("A", "ㅋㅋ 일단 만나서 얘기해 사는데 어디쯤이야", [MEET]),
    ("B", "그건 나중에 말할게요", []),
])
# --- p52: "friendly" chat turns into a threat over a screen-recorded video call ----------------------
C("screen_record_threat", "SNS DM → 메신저", [P("A", "adult_stranger", "동갑이라고 한 여자 계정 (조직원)", "f"), Y(16, "m")], [
    ("A", "너 ㅇㅇ고 농구부지? 나 경기 봤는데 ㅎㅎ", []),
    ("B", "오 ㅋㅋ 어떻게 알아", []),
    ("A", "친구 따라 갔었어 ㅋㅋ 너 제일 잘하던데", [FLAT]),
    ("B", "ㅋㅋㅋ 고맙다", []),
    ("A", "우리 영통할래? 심심한데", [IMG]),
    ("B", "ㅇㅋ", []),
    ("A", "(영상통화 후) 재밌었다 ㅋㅋ 근데 너 화면 녹화된거 알아?", [EXTORT]),
    ("B", "?? 뭐가 녹화됐다는거야", []),
    ("A", "너가 한 말이랑 표정 다 ㅋㅋ 편집하면 완전 이상한 영상 됨", [EXTORT]),
    ("A", "니 팔로워 중에 가족 계정도 있더라", [EXTORT]),
    ("B", "야 장난치지마", []),
    ("A", "장난 아님 문상 20만원어치 핀번호 보내면 지워줄게", [EXTORT]),
    ("B", "나 그런 돈 없어", []),
    ("A", "그럼 친구한테 빌려 ㅋ 내일 아침 8시 전까지", [EXTORT]),
])
# --- p53: older "sister" on SNS offering luxury items for photos ------------------------------------
C("luxury_for_photos", "인스타 DM", [P("A", "adult_stranger", "쇼핑몰 대표라는 사람", "f"), Y(16, "f")], [
    ("A", "안녕하세요 ㅎㅎ 저희 쇼핑몰 체험단 모집중인데 관심 있으세요?", []),
    ("B", "체험단이요? 뭐하는건데요", []),
    ("A", "옷이랑 화장품 보내드리면 착용샷만 보내주시면 돼요 제품은 그냥 가지시면 되구요", [GIFT, IMG]),
    ("B", "오 좋아요 ㅎㅎ", []),
    ("A", "나이가 어떻게 되세요?", [AGE]),
    ("B", "16살이요", []),
    ("A", "아 10대 라인이 제일 반응 좋아요 얼굴도 예쁘시고", [FLAT]),
    ("B", "ㅎㅎ 감사합니다", []),
    ("A", "(택배 도착 후) 받으셨죠? 착용샷은 제 개인 계정으로만 보내주세요 광고 전에 외부 유출되면 안돼서", [IMG, SECRET]),
    ("B", "넹 지금 보낼게요", []),
    ("B", "(사진)", []),
    ("A", "좋아요 ㅎㅎ 다음 제품은 수영복 라인인데 그것도 가능해요? 대신 명품 지갑 드릴게요", [IMG, GIFT]),
    ("B", "수영복은 좀..", []),
    ("A", "다들 해요 ㅎㅎ 부모님은 그냥 체험단이라고만 하시면 돼요", [SECRET]),
])
# --- p54: youth asks for a helper; adult books a motel, tonight ------------------------------------
C("helper_motel_tonight", "SNS DM", [P("A", "adult_stranger", "헬퍼라고 한 사람", "m"), Y(16, "f")], [
    ("B", "헬퍼 구한다는 글 보고 왔어요", []),
    ("A", "ㅇㅇ 나 헬퍼 가능 나이는?", [AGE]),
    ("B", "16이요 여", []),
    ("A", "어디야", []),
    ("B", "대구요 동대구역 근처", []),
    ("A", "언제 나왔는데", []),
    ("B", "오늘 아침이요 엄마랑 싸워서", []),
    ("A", "ㅇㅋ 오늘 잘곳은 내가 잡아줄게 모💕텔 잡아줄테니까 쉬어", [SHELTER, O_EMOJI]),
    ("B", "혼자 있어도 돼요?", []),
    ("A", "ㅇㅇ 밥도 사줄게 오늘 밤 11시에 동대구역 대합실에서 보자", [SHELTER, MEET, NOW]),
    ("B", "감사해요 근데 왜 도와주세요?", []),
    ("A", "나도 옛날에 나와봐서 ㅋㅋ 대신 가족이나 경찰한테 연락하면 나도 곤란해지니까 폰 꺼놔", [SECRET]),
    ("B", "넵", []),
])
# --- p55: self-harm and secrecy only: "don't tell your counsellor, I'm enough" ------------------------
C("selfharm_dont_tell", "카카오톡 (SNS에서 알게 된 오빠)", [P("A", "adult_stranger", "SNS에서 알게 된 오빠 (20대)", "m"), Y(15, "f")], [
    ("A", "오늘 학교는 갔어?", []),
    ("B", "갔는데 그냥 엎드려있었어", []),
    ("A", "에휴 밥은", []),
    ("B", "안먹음", []),
    ("A", "뭐라도 먹어 ㅠ", []),
    ("B", "오빠 나 요즘 진짜 살기 싫어", [HARM]),
    ("B", "자꾸 안좋은 생각 들어 사라지면 편할거같고", [HARM]),
    ("A", "그런말 하지마 ㅠㅠ 오빠가 있잖아", [FLAT]),
    ("B", "상담쌤이 위클래스 오라는데 가볼까", []),
    ("A", "가지마 거기 가면 부모님한테 다 연락해 ㅋㅋ 일 커져", [SECRET]),
    ("A", "오빠한테만 말해 오빠가 다 들어줄게 넌 나만 있으면 돼", [SECRET, FLAT]),
    ("B", "응..", []),
    ("A", "그리고 우리 대화 캡처 같은거 하지마 친구들이 보면 오해해", [SECRET]),
])
# --- p56: web-novel community: age, flattery, "secret Telegram room" ----------------------------
C("secret_telegram_room", "웹소설 커뮤니티 쪽지 → 텔레그램", [P("A", "adult_stranger", "커뮤니티 회원", "m"), Y(13, "m")], [
    ("A", "팬픽 쓰신거 봤어요 반전 대박ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 감사해요", []),
    ("A", "초딩이 쓴줄 알았는데 아니죠? 잘써서", [AGE]),
    ("B", "중1이에요 ㅋㅋ", []),
    ("A", "와 중1 실화? 어른보다 잘써요", [FLAT]),
    ("B", "ㅋㅋㅋ 아니에요", []),
    ("A", "저희 비밀 창작방 있는데 들어올래요? 아무나 못들어와요 ㅎㅎ", [MOVE, SECRET]),
    ("B", "어디요?", []),
    ("A", "텔레그램이에요 여기 쪽지는 운영자가 다 봐서", [MOVE, SECRET]),
    ("B", "텔레그램 엄마가 깔지 말랬는데", []),
    ("A", "폴더에 숨겨두면 돼요 ㅋㅋ 방 들어오면 인증으로 셀카 하나 올려야해요", [SECRET, IMG]),
    ("B", "음 셀카는 싫은데", []),
])
# --- p57: "dance instructor" offering private video lessons --------------------------------------
C("dance_lesson_video", "유튜브 댓글 → 카카오톡", [P("A", "adult_stranger", "댄스 강사라는 사람", "m"), Y(14, "f")], [
    ("A", "커버 영상 댓글 보고 연락해요 기본기 좋으시네요", [FLAT]),
    ("B", "헉 감사합니다 강사님이세요?", []),
    ("A", "네 학원에서 가르쳐요 ㅎㅎ 몇살이에요?", [AGE]),
    ("B", "중2요!", []),
    ("A", "딱 실력 느는 나이 ㅎㅎ 무료로 개인 피드백 해줄까요?", [GIFT]),
    ("B", "진짜요?? 좋아요!!", []),
    ("A", "영상통화로 하면 바로바로 고쳐줄수 있어요 오늘 밤 괜찮아요?", [IMG]),
    ("B", "네 9시 이후엔 괜찮아요", []),
    ("A", "옷은 몸에 붙는거 입어요 라인 봐야 돼서 ㅎㅎ", [IMG]),
    ("B", "아 레깅스 같은거요?", []),
    ("A", "네 그리고 카메라는 전신 나오게 바닥에 두고", [IMG]),
    ("A", "학원에서 알면 나 혼나니까 ㅎㅎ 무료 수업은 우리끼리 비밀", [SECRET]),
    ("B", "아 넹 ㅋㅋ", []),
])
# --- p58: adult in a teen group chat; asks school and district, offers rides, "come out now" ------
C("ride_offer_now", "오픈채팅 (동네 친목방) → 1:1", [P("A", "adult_stranger", "동네 친목방 아저씨", "m"), Y(15, "m")], [
    ("A", "너 ㅇㅇ중이라며 우리 동네네 ㅋㅋ", [AGE]),
    ("B", "네 ㅋㅋ 아저씨도 여기 사세요?", []),
    ("A", "ㅇㅇ 그 학교 앞 편의점 알지", []),
    ("B", "알죠 맨날 가요", []),
    ("A", "ㅋㅋ 거기 사장님 나랑 친해", []),
    ("A", "너 지금 뭐해", []),
    ("B", "학원 끝나고 집가요", []),
    ("A", "비 오는데 우산 있냐", []),
    ("B", "없어요 ㅠ 뛰어갈거에요", []),
    ("A", "내가 차로 태워줄게 학원 끝나는 시간 알려줘 다음부턴 비 오면 태우러 감", [MEET]),
    ("B", "괜찮아요 엄마가 모르는 차 타지 말랬어요", []),
    ("A", "모르는 사람 아니잖아 ㅋㅋ 우리 친목방에서 맨날 얘기했는데", [MEET]),
    ("B", "그래도 괜찮아요 그냥 뛰어갈게요", []),
    ("A", "ㅋㅋ 알겠다 다음에 맛있는거 사줄게 부모님한텐 말 안해도 돼", [GIFT, SECRET]),
])
# --- p59: casting for a "children's clothing brand", parents excluded ------------------------------
C("kids_brand_casting", "카카오톡 (SNS로 연락 온 캐스팅)", [P("A", "adult_stranger", "아동복 브랜드 캐스팅이라는 사람", "m"), Y(12, "f")], [
    ("A", "안녕하세요 아동복 브랜드 모델 캐스팅 담당이에요 ㅎㅎ", []),
    ("B", "안녕하세요", []),
    ("A", "사진 보니까 너무 밝고 예뻐요 혹시 초등학생이에요?", [AGE, FLAT]),
    ("B", "6학년이요", []),
    ("A", "딱 저희 모델 나이에요 ㅎㅎ 모델 해보고 싶어요?", []),
    ("B", "네 해보고싶어요!!", []),
    ("A", "그럼 오디션 사진 몇장 보내줘요 정면 옆면 뒷면 ㅎㅎ 집에서 찍어도 돼요", [IMG]),
    ("B", "엄마가 찍어줘도 돼요?", []),
    ("A", "엄마한테는 합격하고 나서 알려드리는게 좋아요 깜짝 선물처럼 ㅎㅎ", [SECRET]),
    ("B", "오 좋아요 ㅋㅋ", []),
    ("A", "혼자 찍어서 보내줘요 옷은 얇은거 입어야 체형이 잘 보여요", [IMG]),
    ("B", "내일 학교 갔다와서 찍을게요", []),
])
# --- p60: long friendly chat, then a secret meeting with a gift, no time fixed ----------------------
C("slow_friend_meeting", "SNS DM", [P("A", "adult_stranger", "같은 가수 팬인 20대", "m"), Y(16, "f")], [
    ("A", "어제 라이브 봤어? ㅋㅋ 마지막 곡 미쳤음", []),
    ("B", "봤어요 ㅠㅠㅠ 울었어요", []),
    ("A", "ㅋㅋ 나도 ㅋㅋ", []),
    ("B", "그 곡 라이브로 처음 부른거죠??", []),
    ("A", "ㅇㅇ 앨범에만 있던거", []),
    ("B", "와 진짜 레전드", []),
    ("A", "(며칠 뒤) 시험 잘 봤어?", []),
    ("B", "망했어요 ㅋㅋㅋ 수학 40점", []),
    ("A", "ㅋㅋㅋ 괜찮아 다음에 잘보면 돼", []),
    ("A", "넌 다른 팬들이랑 달라 얘기하면 진짜 편해", [FLAT]),
    ("B", "ㅎㅎ 저도요", []),
    ("A", "이번에 나온 한정판 앨범 두장 샀는데 하나 줄까?", [GIFT]),
    ("B", "헐 그거 품절된거잖아요!!", []),
    ("A", "ㅋㅋ 직접 주고 싶은데 만날래애애? 어디 살아?", [MEET, O_LONG]),
    ("B", "저 분당이요", []),
    ("A", "가깝네 ㅋㅋ 근데 우리 만나는건 부모님한텐 말하지 말자 나이 차이 난다고 싫어하실듯", [SECRET, MEET]),
    ("B", "그쵸 ㅋㅋ 울엄마 엄청 싫어할듯", []),
    ("A", "ㅋㅋ 그니까 ㅎㅎ 다음주 토요일 어때 시간만 정하자", [MEET]),
    ("B", "토요일은 학원 ㅠ 일요일?", []),
    ("A", "ㅇㅋ 일요일 ㅎㅎ 장소는 내가 정해서 말해줄게", [MEET]),
])
# --- p61: academy "alumni mentor" collects photos for a "success-story event" ------------------------
C("academy_alumni_mentor", "학원 단톡 → 개인톡", [P("A", "adult_stranger", "학원 졸업생 멘토라고 한 사람", "m"), Y(16, "f")], [
    ("A", "안녕 단톡에서 멘토링 신청한거 보고 연락했어 ㅎㅎ", []),
    ("B", "아 안녕하세요!", []),
    ("A", "나 이 학원 졸업하고 지금 의대 다녀 ㅋㅋ 궁금한거 다 물어봐", []),
    ("B", "헐 대박 공부 몇시간 하셨어요?", []),
    ("A", "고1땐 나도 놀았어 ㅋㅋ 고2부터 하루 10시간?", []),
    ("B", "ㅠㅠ 전 지금 고1인데", []),
    ("A", "딱 지금부터 하면 돼 ㅎㅎ 너 질문하는거 보니까 머리 좋다", [FLAT]),
    ("B", "ㅋㅋㅋ 아니에요", []),
    ("A", "멘토링 하는 애들한테는 기프티콘도 줘 ㅎ 이번주 공부 인증하면 커피 쏨", [GIFT]),
    ("B", "오 좋아요", []),
    ("A", "인증은 공부하는 모습 사진으로 ㅎㅎ 얼굴 나오게", [IMG]),
    ("B", "(사진)", []),
    ("A", "ㅋㅋ 집중하는 얼굴 귀엽네 근데 이건 단톡 말고 나한테만 보내 다른 애들이 질투해", [IMG, SECRET, FLAT]),
    ("B", "ㅋㅋ 넹", []),
    ("A", "내일은 잠옷 입고 자기 전 인증 ㅎㅎ 하루 마무리 사진", [IMG]),
    ("B", "잠옷은 좀 ㅋㅋ 그냥 책상 사진 보낼게요", []),
])
# --- p62: "in-game spouse" offers real pocket money for a real date ------------------------------
C("game_spouse_money", "MMORPG 귓속말 → 카카오톡", [P("A", "adult_stranger", "게임 속 결혼 상대 (30대)", "m"), Y(15, "f")], [
    ("A", "여보 접속했네 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 여보래 오늘 던전 가자", []),
    ("A", "ㄱㄱ 근데 템 맞춰줄게 골드 보냈어", [GIFT]),
    ("B", "헐 또?? 고마워", []),
    ("A", "우리 게임에서 결혼한지 백일이다 ㅋㅋ", []),
    ("B", "벌써?? ㅋㅋ", []),
    ("A", "너 학생이지? 몇학년이었지", [AGE]),
    ("B", "중3 ㅋㅋ 몇번 물어봄", []),
    ("A", "ㅋㅋ 까먹었어 근데 현실에서도 데이트 하자 ㅋㅋ 백일 기념", [MEET]),
    ("B", "에이 ㅋㅋ 아저씨잖아", []),
    ("A", "아저씨 아니고 오빠 ㅋㅋ 나오면 dydehseh 줄게 10만원", [PAY, MEET, O_ENG]),
    ("B", "헐 10?? 그냥 만나기만 하는데?", []),
    ("A", "ㅇㅇ 밥 먹고 영화 보고 ㅎㅎ 부모님한텐 친구랑 논다고 하고", [PAY, SECRET]),
    ("B", "좀 생각해볼게 ㅋㅋ", []),
    ("A", "카톡 줘 거기서 날짜 잡자", [MOVE]),
])
# --- p63: "idol trainee prep" open chat; a sponsor can be arranged --------------------------------
C("trainee_prep_sponsor", "오픈채팅 (연습생 준비방) → 1:1", [P("A", "adult_stranger", "매니저 출신이라는 사람", "m"), Y(14, "f")], [
    ("A", "이 방에서 오디션 준비하는 친구들 상담해주고 있어요 ㅎㅎ", []),
    ("B", "안녕하세요 저도 준비중이에요!", []),
    ("A", "몇살이고 어디 살아요?", [AGE, MEET]),
    ("B", "15살 경기도요", []),
    ("A", "보컬이에요 댄스에요?", []),
    ("B", "댄스요 ㅎㅎ 학원은 못다녀요 비싸서", []),
    ("A", "아 그게 제일 아쉽죠 ㅠ 재능 있는 애들이 돈 때문에 포기하는거", []),
    ("A", "제가 아는 대표님이 스폰서로 학원비 대주시는 경우 있어요", [SPON]),
    ("B", "헐 그런게 있어요??", []),
    ("A", "네 대신 대표님 만나서 인사드리고 가끔 식사 자리 나가야해요 부모님 없이 혼자요", [SPON, MEET, SECRET]),
    ("B", "부모님 없이요?", []),
    ("A", "보호자 오면 대표님들이 부담스러워해요 ㅎㅎ 연습생들 다 혼자 다녀요", [SECRET]),
    ("B", "음.. 엄마한테 물어보고 올게요", []),
    ("A", "엄마들은 이런거 다 반대해요 일단 프로필 사진부터 보내봐요 대표님께 보여드리게", [SECRET, IMG]),
])
# --- p64: cheap used phone in exchange for photos instead of money --------------------------------
C("phone_for_photos", "중고거래 앱 채팅", [P("A", "adult_stranger", "중고폰 판매자", "m"), Y(14, "m")], [
    ("B", "폰 아직 팔아요? 학생이라 좀 깎아주실수 있나요", []),
    ("A", "네 있어요 몇살이에요?", [AGE]),
    ("B", "중2요", []),
    ("A", "중2가 돈이 어딨어요 ㅋㅋ", []),
    ("B", "세뱃돈 모았어요 ㅋㅋ 15만원이요", []),
    ("A", "흠 원래 25인데", []),
    ("A", "돈 대신 다른걸로 해도 돼요 ㅎㅎ", []),
    ("B", "뭐요?", []),
    ("A", "사진 몇장이요 운동하는거 좋아하죠? 프사 보니까", [IMG]),
    ("B", "사진을 왜요?", []),
    ("A", "그냥 ㅎㅎ 웃통 벗고 찍은 거 몇장이면 폰 그냥 줄게", [IMG, GIFT]),
    ("B", "그건 좀 이상한데요", []),
    ("A", "남자끼린데 뭐 어때 ㅋㅋ 부모님한텐 그냥 싸게 샀다고 하면 되고", [SECRET]),
    ("B", "안살게요", []),
])
# --- p65: "diet coach" wants daily full-body check-in photos ------------------------------------
C("diet_coach_photos", "SNS DM → 카카오톡", [P("A", "adult_stranger", "다이어트 코치라는 사람", "m"), Y(16, "f")], [
    ("A", "다이어트 계정 보고 연락드려요 식단 기록 꼼꼼하시네요", []),
    ("B", "아 감사합니다 ㅎㅎ", []),
    ("A", "제가 무료로 코칭해드릴까요? 체험 모집중이에요", [GIFT]),
    ("B", "무료요? 해보고 싶어요", []),
    ("A", "학생이세요? 나이랑 키 몸무게 알려주세요", [AGE]),
    ("B", "16살이고 키 160이요 몸무게는 좀 부끄러운데 ㅋㅋ", []),
    ("A", "ㅎㅎ 괜찮아요 지금도 예쁜데 더 예뻐질거에요", [FLAT]),
    ("A", "매일 아침 전신 사ㅈ1ㄴ으로 인증해야돼요 카톡으로 보내주세요", [IMG, MOVE, O_LOOK]),
    ("B", "옷 입고요?", []),
    ("A", "라인이 보여야해서 최대한 얇게요 ㅎㅎ 다른 회원들도 다 그렇게 해요", [IMG]),
    ("B", "음 엄마한테 코칭 받는다고 말해도 되죠?", []),
    ("A", "부모님은 다이어트 반대하시잖아요 ㅋㅋ 결과 보여드리고 놀래켜드려요", [SECRET]),
    ("B", "아 그건 좀.. 일단 생각해볼게요", []),
])
# --- p66: random chat "I'll hug you" comfort, then a meeting and allusion --------------------------
C("comfort_hug_meeting", "랜덤채팅 앱 → 라인", [P("A", "adult_stranger", "랜덤채팅 상대 (20대 후반)", "m"), Y(17, "f")], [
    ("B", "그냥 아무나 얘기할 사람", []),
    ("A", "나 여기 ㅎㅎ 무슨 일 있어?", []),
    ("B", "남친이랑 헤어졌어요", []),
    ("A", "헐 ㅠ 언제", []),
    ("B", "어제요 ㅋㅋ 걔가 바람핌", []),
    ("A", "미친놈이네 니가 아까워", [FLAT]),
    ("B", "ㅋㅋㅋ 그쵸", []),
    ("A", "몇살인데 벌써 연애를 ㅋㅋ", [AGE]),
    ("B", "고2요 ㅋㅋ 다 하는데요", []),
    ("A", "ㅋㅋ 그렇구나 라인 해? 여기 곧 끊겨", [MOVE]),
    ("B", "네 해요", []),
    ("A", "(라인) 기분 좀 나아졌어?", []),
    ("B", "조금요", []),
    ("A", "직접 보면 꼭 안아주고 싶다 ㅎㅎ 위로는 그게 최고야", [MEET, SEX]),
    ("B", "ㅋㅋㅋ 안아주긴 뭘", []),
    ("A", "진짜로 ㅋㅋ 만나서 술 한잔 하면서 얘기하자 어른처럼 대해줄게", [MEET, SEX]),
    ("B", "저 미성년자인데 ㅋㅋ", []),
    ("A", "그래서 더 재밌지 ㅎㅎ 아무한테도 말 안하면 되잖아", [SECRET]),
])
# --- p67: a convenience-store manager texting a 17-year-old part-timer at night ------------------------
C("store_manager_night", "카카오톡 (알바 점장)", [P("A", "employer", "편의점 점장 (30대)", "m", 34), Y(17, "f")], [
    ("A", "오늘 마감 고생했어 ㅎㅎ", []),
    ("B", "네 점장님 고생하셨어요", []),
    ("A", "재고 정리 꼼꼼하게 해놨던데 역시 너밖에 없다", [FLAT]),
    ("B", "ㅋㅋ 감사합니다", []),
    ("A", "다음주 스케줄 나왔어 토요일 가능하지?", []),
    ("B", "네 가능해요", []),
    ("A", "(밤 12시) 자?", []),
    ("B", "아직요 왜요?", []),
    ("A", "그냥 ㅎㅎ 심심해서 넌 알바생 중에 제일 말이 잘 통해", [FLAT]),
    ("A", "다음에 마감하고 내 차로 드라이브 갈래? 바다 보러", [MEET]),
    ("B", "밤에요? 엄마가 걱정하실텐데", []),
    ("A", "마감 청소 늦게 끝났다고 하면 되지 ㅋㅋ 다른 알바들한텐 말하지 말고", [SECRET]),
    ("B", "음 좀 그래요", []),
    ("A", "시급 올려줄 생각도 있는데 ㅎㅎ 우리 둘만 아는걸로", [GIFT, SECRET]),
])
# --- p68: webtoon cookies, LINE, then photos -------------------------------------------------------
C("webtoon_cookie_line", "웹툰 앱 댓글 → 라인", [P("A", "adult_stranger", "웹툰 앱 댓글러", "m"), Y(13, "f")], [
    ("A", "베댓 님이죠? 댓글 진짜 웃겨요 ㅋㅋㅋ", []),
    ("B", "ㅋㅋㅋㅋ 감사해요", []),
    ("A", "미리보기 보고 있어요? 쿠키 없어서 못보는거 아니에요?", []),
    ("B", "ㅠㅠ 맞아요 쿠키 없어요", []),
    ("A", "제가 쿠키 선물해줄게요 ㅎㅎ 라인 있어요? 거기로 코드 보내줄게", [GIFT, MOVE]),
    ("B", "있어요!!", []),
    ("A", "(라인) 쿠키 코드 보냈어요 ㅎㅎ", [GIFT]),
    ("B", "헐 감사해요 ㅠㅠ", []),
    ("A", "학생이죠? 몇살이에요?", [AGE]),
    ("B", "13살이요", []),
    ("A", "와 13살인데 댓글 센스 대박 ㅋㅋ 어른인줄", [FLAT]),
    ("A", "다음화 쿠키도 줄게요 대신 셀카 하나만 ㅎㅎ 베댓님 얼굴 궁금해요", [IMG, GIFT]),
    ("B", "헐 얼굴은 좀 ㅋㅋ", []),
    ("A", "귀여울거같은데 ㅋㅋ 아무한테도 안보여줄게요", [IMG, SECRET]),
    ("B", "그냥 쿠키 괜찮아요 ㅎㅎ", []),
])
# --- p69: "19+ talk room" invitation to a 13-year-old -------------------------------------------------
C("adult_room_invite", "오픈채팅 (게임 친목방) → 1:1", [P("A", "adult_stranger", "친목방 사람", "m"), Y(13, "m")], [
    ("A", "너 몇살이냐 ㅋㅋ 말투 완전 초딩인데", [AGE]),
    ("B", "중1임 초딩아님 ㅡㅡ", []),
    ("A", "ㅋㅋㅋ 미안 중1이면 다 컸네", []),
    ("A", "야 재밌는 방 있는데 들어올래 19금 얘기방", [SEX, MOVE]),
    ("B", "19금?? 나 중1인데 ㅋㅋ", []),
    ("A", "다 들어와 ㅋㅋ 나이 아무도 안물어봄", [SEX]),
    ("B", "거기서 뭐하는데", []),
    ("A", "0ㅑ한 얘기 하고 사진 공유하고 ㅋㅋ 너도 사진 올려야 들어올수있음", [SEX, IMG, O_LOOK]),
    ("B", "무슨 사진", []),
    ("A", "아무거나 니 사진 ㅋㅋ 엄마 몰래 들어와", [IMG, SECRET]),
    ("B", "ㄴㄴ 재미없을듯 안감", []),
])
# --- p70: "chat-only part-time job": paid chatting with men --------------------------------------------
C("paid_chat_job", "SNS DM → 텔레그램", [P("A", "adult_stranger", "채팅 알바 모집책", "f"), Y(17, "f")], [
    ("A", "안녕하세요 재택 알바 관심 있으세요? 폰으로만 하는거에요", [SPON]),
    ("B", "어떤 알바요?", []),
    ("A", "채팅 상담 알바에요 남자 회원들이랑 대화만 하면 돼요 시급 3만원", [SPON]),
    ("B", "와 많이 주네요 무슨 대화요?", []),
    ("A", "일상 대화요 ㅎㅎ 가끔 분위기 맞춰서 애인처럼 대화해주면 팁 더 나와요", [SPON, SEX]),
    ("B", "애인처럼이요?", []),
    ("A", "네 손님이 원하면 조금 수위 있는 얘기도요 ㅎㅎ", [SEX]),
    ("B", "저 고딩인데 괜찮아요?", []),
    ("A", "오히려 좋아요 ㅎㅎ 나이는 프로필에 20살로 쓰면 돼요", [SPON, SECRET]),
    ("A", "텔/레로 넘어오시면 계정 만들어드려요", [MOVE, O_SPACE]),
    ("B", "좀 이상한데 안할래요", []),
])
# --- p71: "adoptive big brother": monthly pocket money for a daily selfie ----------------------------
C("adoptive_oppa", "SNS DM", [P("A", "adult_stranger", "양오빠 하자고 한 사람 (20대)", "m"), Y(14, "f")], [
    ("A", "스토리 보니까 오늘 생일이네? 축하해 ㅎㅎ", []),
    ("B", "헐 감사합니당 ㅎㅎ", []),
    ("A", "생일선물로 치킨 기프티콘 보냄 ㅋㅋ", [GIFT]),
    ("B", "헐 모르는 분인데 감사해요 ㅠㅠ", []),
    ("A", "ㅋㅋ 모르는 사이 아니지 맨날 스토리 보는데", []),
    ("A", "나 여동생 있었으면 했는데 너 같은 동생 있으면 좋겠다 양오빠 할래?", [FLAT]),
    ("B", "ㅋㅋㅋ 양오빠요? 좋아요", []),
    ("A", "ㅋㅋ 그럼 오빠가 매달 용돈 줄게 3만원", [GIFT]),
    ("B", "헐 진짜요?? 왜요", []),
    ("A", "오빠니까 ㅋㅋ 대신 매일 셀카 하나씩 보내줘 우리 동생 오늘 뭐했나 보게", [IMG, GIFT]),
    ("B", "ㅋㅋ 셀카 매일은 좀 귀찮은데", []),
    ("A", "용돈 받는 동생의 의무 ㅋㅋ 그리고 이건 엄마아빠한텐 비밀 양오빠 있다고 하면 걱정하셔", [SECRET]),
    ("B", "ㅋㅋ 넵", []),
    ("B", "(사진)", []),
    ("A", "ㅎㅎ 역시 귀엽네 다음엔 교복 말고 사복으로", [IMG]),
])
# --- p72: adult posing as a girl passes a 13-year-old to "an oppa I know" -----------------------------
C("fake_unnie_handoff", "오픈채팅 (중딩 친목방) → 1:1", [P("A", "adult_stranger", "언니라고 한 계정", "f"), Y(13, "f")], [
    ("A", "반가워 ㅎㅎ 나 16살 언니야", []),
    ("B", "안녕하세요 언니 ㅎㅎ 저 13살이요", []),
    ("A", "ㅋㅋ 막내네 말 편하게 해", []),
    ("B", "웅 언니", []),
    ("A", "너 남친 있어?", []),
    ("B", "아니 ㅋㅋ 우리반 남자애들 다 애기같아", []),
    ("A", "ㅋㅋ 그치 그래서 난 오빠들 만나 ㅎㅎ 더 잘해줘", []),
    ("A", "내가 아는 오빠 소개해줄까? 대학생인데 완전 착해 용돈도 줘", [GIFT]),
    ("B", "대학생?? 나 13살인데", []),
    ("A", "그 오빠는 나이 상관없대 ㅋㅋ 사진 한장만 보내봐 보여주게", [IMG]),
    ("B", "음 사진은 좀..", []),
    ("A", "그럼 그 오빠 라인 알려줄게 직접 얘기해봐 엄마한텐 말하지 말고 ㅋㅋ", [MOVE, SECRET]),
    ("B", "왜 말하면 안되는데?", []),
    ("A", "어른들은 이런거 무조건 나쁘게 봐 ㅋㅋ", [SECRET]),
])
# --- p73: youtuber "subscriber event" prize, handed over in person ---------------------------------------
C("youtuber_prize_meet", "유튜브 커뮤니티 → 카카오톡", [P("A", "adult_stranger", "구독자 이벤트를 연 유튜버", "m"), Y(15, "m")], [
    ("A", "이벤트 당첨자 맞으시죠? 축하드려요 게이밍 헤드셋이에요", [GIFT]),
    ("B", "헐 대박 감사합니다!!!", []),
    ("A", "택배 보내드리려고 했는데 직접 드리고 싶어서요 ㅎㅎ 영상에 당첨자 인터뷰 넣으려구요", [MEET]),
    ("B", "오 저 유튜브 나와요??", []),
    ("A", "ㅎㅎ 얼굴 나와도 괜찮으면요 몇살이에요?", [AGE]),
    ("B", "중3이요", []),
    ("A", "오 그럼 부모님 동의가 필요한데 ㅎㅎ 그냥 모자이크 할게 그럼 말 안해도 돼요", [SECRET]),
    ("B", "아 그래요?", []),
    ("A", "촬영은 제 작업실에서 할게요 혼자 오면 돼요 끝나고 같이 게임도 해요", [MEET, SECRET]),
    ("B", "작업실이 어딘데요?", []),
    ("A", "주소는 당일에 알려드릴게요 ㅎㅎ 다른 구독자들이 알면 찾아와서", [MEET, SECRET]),
    ("B", "음 친구랑 같이 가도 돼요?", []),
    ("A", "당첨자 한명만 ㅎㅎ 그게 규칙이라", [MEET]),
])
# --- p74: adult posing as a senior student in a school community app --------------------------------------
C("fake_senior_student", "학교 커뮤니티 앱 DM", [P("A", "adult_stranger", "고3 선배라고 한 성인", "m"), Y(16, "f")], [
    ("A", "1학년이지? 게시판 글 봤어 ㅋㅋ 동아리 고민한다며", [AGE]),
    ("B", "네 ㅋㅋ 선배세요?", []),
    ("A", "ㅇㅇ 3학년 ㅋㅋ 방송부 추천함", []),
    ("B", "방송부 면접 어려워요?", []),
    ("A", "ㄴㄴ 내가 팁 알려줄게 ㅋㅋ", []),
    ("B", "감사해요 선배!!", []),
    ("A", "너 1학년 중에 제일 이쁘다고 소문났던데 ㅋㅋ", [FLAT]),
    ("B", "ㅋㅋㅋㅋ 누가요", []),
    ("A", "비밀 ㅋㅋ 학교에선 아는척 하지마 나 수험생이라 소문나면 곤란해", [SECRET]),
    ("B", "ㅋㅋ 넹", []),
    ("A", "주말에 학교 말고 밖에서 보자 면접 연습 해줄게", [MEET]),
    ("B", "어디서요?", []),
    ("A", "우리집 근처 카페 ㅎㅎ 주소 알려줄게 친구들한텐 말하지 말고", [MEET, SECRET]),
    ("B", "근데 선배 몇반이에요? 찾아갈게요 ㅋㅋ", []),
    ("A", "ㅋㅋ 찾아오지 말라니까 그냥 주말에 봐", []),
])
# --- p75: dad's "coworker" gives pocket money and asks to keep it between them --------------------------
C("dads_coworker", "카카오톡", [P("A", "adult_stranger", "아빠 회사 동료라는 사람", "m"), Y(14, "f")], [
    ("A", "안녕 아저씨 기억나? 저번에 아빠 회식때 봤잖아", []),
    ("B", "아 네 안녕하세요", []),
    ("A", "아빠가 너 자랑 엄청 하더라 ㅎㅎ 공부도 잘한다며", [FLAT]),
    ("B", "아니에요 ㅋㅋ", []),
    ("A", "중2 맞지?", [AGE]),
    ("B", "네", []),
    ("A", "아저씨가 용돈 좀 보내줄게 계좌 알려줘", [GIFT]),
    ("B", "아 괜찮아요 아빠가 받지 말라고 할거에요", []),
    ("A", "그러니까 아빠한텐 말하지 마 ㅎㅎ 아저씨랑 너만 아는걸로", [GIFT, SECRET]),
    ("B", "음..", []),
    ("A", "(다음날) 용돈 잘 받았어? 맛있는거 사먹었어?", []),
    ("B", "네.. 감사합니다", []),
    ("A", "사먹은거 사진 보내줘 ㅎㅎ 너도 같이 나오게", [IMG]),
    ("B", "아빠한테 말해야 할 것 같아요", []),
    ("A", "에이 그럼 아저씨 서운하지 ㅎㅎ 그냥 우리끼리 친하게 지내자", [SECRET]),
])
# --- p76: assistant swim coach; dinner just the two, keep it quiet --------------------------------------
C("swim_assistant", "카카오톡 (수영 강습 보조 강사)", [P("A", "staff", "수영장 보조 강사 (20대)", "m", 27), Y(15, "f")], [
    ("A", "오늘 자유형 폼 많이 좋아졌더라", []),
    ("B", "진짜요? ㅋㅋ 팔 아파 죽는줄", []),
    ("A", "ㅋㅋ 원래 그래 다음주엔 배영 하자", []),
    ("B", "넹 ㅠ", []),
    ("A", "(며칠 뒤) 오늘 강습 끝나고 시간 있어?", []),
    ("B", "왜요?", []),
    ("A", "너 대회 나가볼만 해서 ㅎㅎ 얘기 좀 하자 밥 먹으면서", [FLAT, MEET]),
    ("B", "엄마 데리러 오시는데", []),
    ("A", "강습 연장됐다고 해 ㅋㅋ 다른 수강생들 알면 서운해하니까 둘만", [SECRET, MEET]),
    ("B", "대회 얘기면 엄마도 같이 들으면 안돼요?", []),
    ("A", "아직 확실한게 아니라서 ㅎㅎ 일단 너랑 먼저 얘기하고", [SECRET]),
    ("A", "그리고 강습 끝나고 찍은 사진 있으면 보내줘 폼 보게", [IMG]),
    ("B", "수영복 사진은 없어요 ㅋㅋ", []),
    ("A", "다음에 찍어와 ㅎㅎ 코치가 보는건데 뭐", [IMG]),
])
# --- p77: game-streaming "duo" with voice; age, compliment, then "just the two of us, later" -------------
C("duo_voice_compliment", "게임 보이스 채팅 → 디스코드", [P("A", "adult_stranger", "듀오 게임 상대 (20대)", "m"), Y(16, "f")], [
    ("A", "오늘 듀오 몇판 더 ㄱ?", []),
    ("B", "ㄱㄱ 한판만 ㅋㅋ 숙제해야됨", []),
    ("A", "ㅋㅋ 숙제? 학생이었어?", [AGE]),
    ("B", "ㅇㅇ 고1", []),
    ("A", "헐 목소리만 들으면 20대인줄 ㅋㅋ 게임도 어른스럽게 함", [FLAT]),
    ("B", "ㅋㅋㅋ 칭찬이죠?", []),
    ("A", "ㅇㅇ ㅋㅋ", []),
    ("A", "(게임 후) 디코 개인방 파놨어 거기서 얘기하자", [MOVE]),
    ("B", "ㅇㅋ", []),
    ("A", "너 남친 있으면 질투하겠다 나랑 밤마다 게임해서 ㅋㅋ", []),
    ("B", "없어 ㅋㅋ", []),
    ("A", "오 다행 ㅋㅋ 그럼 우리 좀 더 친해져도 되겠네", [FLAT]),
    ("A", "밤에 부모님 주무시면 음성 켜 ㅎㅎ 그때 더 솔직한 얘기 하자", [SECRET, SEX]),
    ("B", "솔직한 얘기가 뭔데 ㅋㅋ", []),
    ("A", "그때 알려줌 ㅋㅋ 딴 사람들은 몰라도 되는 얘기", [SEX, SECRET]),
])
# --- p78: volunteer-group adult offers extra volunteer hours for private meetings --------------------------
C("volunteer_hours_lure", "카카오톡 (봉사단체 담당자라는 사람)", [P("A", "adult_stranger", "봉사단체 담당자라는 사람", "m"), Y(15, "m")], [
    ("A", "지난주 봉사 와줘서 고마워 ㅎㅎ 몇학년이었지?", [AGE]),
    ("B", "중3이요", []),
    ("A", "ㅇㅋ 봉사시간 입력할게", []),
    ("B", "감사합니다!", []),
    ("A", "너 일 진짜 성실하게 하더라 다른 애들은 폰만 보던데", [FLAT]),
    ("B", "ㅋㅋ 감사해요", []),
    ("A", "봉사시간 더 필요하면 아저씨가 좀 넉넉하게 넣어줄수도 있어", [GIFT]),
    ("B", "헐 진짜요? 고등학교 갈때 필요하긴 한데", []),
    ("A", "대신 주말에 아저씨 사무실 와서 서류 정리 좀 도와줘 둘이서 금방 해", [MEET]),
    ("B", "다른 애들도 와요?", []),
    ("A", "아니 너만 ㅎㅎ 다른 애들이 알면 자기들도 시간 달라 하니까 말하지 마", [SECRET]),
    ("B", "부모님한테는 말해도 돼요?", []),
    ("A", "봉사 간다고만 해 ㅎㅎ 자세히 말할 필요 없어", [SECRET]),
])
# --- p79: random chat, youth jokes and flips it; adult insists on a video call ---------------------------
C("joking_youth_videocall", "랜덤채팅 앱", [P("A", "adult_stranger", "랜덤채팅 상대", "m"), Y(15, "f")], [
    ("A", "ㅎㅇ 여자?", []),
    ("B", "아니 고양이임 ㅋㅋ", []),
    ("A", "ㅋㅋㅋ 웃기네 몇살 고양이", [AGE]),
    ("B", "15살 고양이 할머니 고양이임", []),
    ("A", "ㅋㅋ 15면 중딩이네", [AGE]),
    ("B", "냥", []),
    ("A", "귀엽다 ㅋㅋ 말하는거 센스있음", [FLAT]),
    ("B", "냥냥", []),
    ("A", "얼굴 보고 싶다 영통 ㄱ?", [IMG]),
    ("B", "고양이는 영통 못함 발바닥만 보여줄수있음 ㅋㅋ", []),
    ("A", "ㅋㅋ 그럼 니 사진이라도", [IMG]),
    ("B", "ㄴㄴ 고양이 사진 보내줌", []),
    ("B", "(고양이 사진)", []),
    ("A", "아 장난 그만하고 진짜 니 얼굴 ㅋㅋ 아무한테도 안보여줌", [IMG, SECRET]),
    ("B", "ㅋㅋ 냥 ㅂㅂ", []),
])
# --- p80: lonely 12-year-old; older "friend" on a kids' game; gifts and isolation, slowly ------------------
C("kids_game_isolation", "어린이 게임 채팅 → 메신저", [P("A", "adult_stranger", "게임 친구 (자기를 중학생이라고 함)", "m"), Y(12, "m")], [
    ("A", "오늘도 혼자 놀아?", []),
    ("B", "응 친구들 다 학원가서", []),
    ("A", "나도 ㅋㅋ 같이 놀자", []),
    ("B", "좋아 ㅋㅋ", []),
    ("A", "(다음날) 너네 반 애들 너랑 안놀아줘?", []),
    ("B", "가끔 놀아 근데 축구할때 나 안껴줘", []),
    ("A", "걔네 나쁘다 ㅠ 걔네랑 놀지마 내가 더 잘해줄게", [SECRET, FLAT]),
    ("B", "ㅋㅋ 고마워", []),
    ("A", "펫 사줄까? 제일 비싼거", [GIFT]),
    ("B", "진짜?? 그거 엄청 비싼데", []),
    ("A", "ㅇㅇ 너니까 ㅋㅋ 대신 우리 둘이 비밀친구 하자 엄마한테도 말하지 말고", [GIFT, SECRET]),
    ("B", "비밀친구? ㅋㅋ 좋아", []),
    ("A", "메신저 깔아 게임은 엄마가 채팅 볼수도 있잖아", [MOVE, SECRET]),
    ("B", "깔았어!", []),
    ("A", "(메신저) ㅋㅋ 이제 우리만의 방 ㅎㅎ 너 사진 하나 보내줘 비밀친구 인증", [IMG]),
])


# =============================================================================================
# HARD NEGATIVES
# =============================================================================================
# --- n01: mum sends pocket money and a gift card, "don't tell your brother" -----------------------
N("family_allowance", "카카오톡 (엄마)", [P("A", "parent", "엄마", "f"), Y(15, "f")], [
    ("B", "엄마 오늘 학원 쌤이 나 영어 많이 늘었대", []),
    ("A", "오 진짜? 우리 딸 잘했네", []),
    ("B", "ㅋㅋ 단어시험 만점 받음", []),
    ("A", "대단하다 ㅎㅎ 아빠한테도 자랑해", []),
    ("B", "이따 말할게 ㅋㅋ", []),
    ("A", "딸 학원 끝났어?", []),
    ("B", "응 지금 나옴 배고파 ㅠㅠ", []),
    ("A", "편의점 기프티콘 보냈어 삼각김밥이라도 먹어", []),
    ("B", "엄마 최고 ㅠㅠ", []),
    ("B", "(이모티콘)", []),
    ("A", "그리고 이번달 용돈 좀 더 넣었어 시험 잘봤으니까", []),
    ("B", "헐 얼마??", []),
    ("A", "만원 더 ㅋㅋ 동생한텐 비밀이다 걔 알면 또 삐짐", []),
    ("B", "ㅋㅋㅋ 절대 말 안함", []),
    ("A", "비 오는데 우산 있어? 없으면 아빠가 데리러 간대", []),
    ("B", "있어 ㅎㅎ 버스 타고 갈게", []),
    ("A", "도착하면 톡해", []),
    ("B", "(30분 뒤) 도착 ㅋㅋ 김밥 먹으면서 옴", []),
    ("A", "잘했어 씻고 숙제해", []),
    ("B", "넹 엄마 기프티콘 고마워 ㅎㅎ", []),
])
# --- n02: grandpa learns to video-call; sound problems ----------------------------------------------
N("family_videocall", "카카오톡 (할아버지)", [P("A", "relative", "할아버지", "m"), Y(13, "m")], [
    ("A", "손주야 할아버지다", []),
    ("B", "할아버지!! 톡 하시네요 ㅋㅋ", []),
    ("A", "삼촌이 가르쳐줬다 영상통화 어떻게 하는거냐", []),
    ("B", "오른쪽 위에 카메라 모양 누르시면 돼요", []),
    ("A", "눌렀는데 니 얼굴이 안나온다", []),
    ("B", "제가 걸게요 받으세요!", []),
    ("B", "(영상통화)", []),
    ("A", "소리가 안 들린다 니 말이", []),
    ("B", "할아버지 볼륨 올리세요 옆에 버튼이요 ㅋㅋ", []),
    ("A", "이제 들린다 키 많이 컸구나 몇 학년이지 이제", []),
    ("B", "중1이요 ㅋㅋ 지난달에 말씀드렸잖아요", []),
    ("A", "허허 그랬나 설날에 용돈 두둑이 주마", []),
    ("B", "ㅋㅋㅋ 사랑해요 할아버지", []),
    ("A", "그래 니 사진도 하나 보내다오 할머니 보여주게", []),
    ("B", "(사진)", []),
    ("A", "허허 잘생겼다", []),
    ("B", "ㅋㅋㅋ 할아버지도 사진 보내주세요", []),
    ("A", "어떻게 보내는거냐", []),
    ("B", "아래 플러스 누르고 앨범이요 ㅋㅋ", []),
    ("A", "(사진)", []),
    ("B", "ㅋㅋㅋ 할아버지 손가락만 나왔어요", []),
])
# --- n03: homeroom teacher collects photos for the yearbook ---------------------------------------
N("yearbook_photo", "학급 단톡방 (담임 선생님)", [P("A", "teacher", "담임 선생님", "f"), Y(15, "m")], [
    ("A", "다들 수행평가 제출 끝났죠? 공지 하나 더 할게요", []),
    ("B", "넵", []),
    ("A", "졸업앨범 개인 사진 아직 안 낸 사람 ○○이랑 너 둘 남았어요", []),
    ("B", "헉 쌤 죄송해요 내일 낼게요", []),
    ("A", "교복 입고 찍은 상반신 사진이에요 배경은 흰색 벽", []),
    ("B", "핸드폰으로 찍어도 돼요?", []),
    ("A", "네 대신 필터 없이 정면으로요 ㅎㅎ 사진관 가도 되고", []),
    ("B", "넥타이도 해야돼요?", []),
    ("A", "네 졸업앨범이니까 교복 제대로 ㅎㅎ", []),
    ("B", "(다음날) 쌤 사진 보냈어요 이거 괜찮아요?", []),
    ("A", "좋아요 잘 나왔네 ㅎㅎ 근데 머리가 좀 눌렸다 괜찮아요?", []),
    ("B", "ㅋㅋㅋ 다시 찍을게요", []),
    ("A", "ㅎㅎ 금요일까지만 내면 돼요 앨범 업체에 월요일에 보내요", []),
    ("B", "쌤 근데 단체 사진은 언제 찍어요?", []),
    ("A", "다음주 수요일 3교시예요 그날은 교복 꼭 입고 와요", []),
    ("B", "체육복 입고 오면 안돼요? ㅋㅋ", []),
    ("A", "ㅋㅋ 졸업앨범에 체육복 입은 모습 남기고 싶으면요", []),
    ("B", "아 교복 입을게요 ㅋㅋ", []),
])
# --- n04: same-age couple planning a date; keeping it from classmates -------------------------------
N("teen_dating", "카카오톡", [P("A", "peer", "남자친구 (같은 반)", "m", 16), Y(16, "f")], [
    ("A", "야 오늘 체육 때 너 왜 안나옴", []),
    ("B", "배아파서 보건실 ㅠ", []),
    ("A", "헐 괜찮아? 약 먹었어?", []),
    ("B", "ㅇㅇ 이제 괜찮아 ㅋㅋ", []),
    ("A", "다행 ㅋㅋ 걱정했잖아", []),
    ("B", "ㅋㅋ 감동", []),
    ("A", "토요일에 영화 ㄱ?", []),
    ("B", "ㄱㄱ 뭐볼건데", []),
    ("A", "그 공포영화 ㅋㅋ", []),
    ("B", "ㄴㄴ 나 공포 못봄 ㅠ", []),
    ("A", "ㅋㅋㅋ 그럼 애니", []),
    ("B", "ㅇㅋ 몇시?", []),
    ("A", "2시 역 앞 영화관 끝나고 떡볶이", []),
    ("B", "좋아 근데 반 애들한텐 비밀이다 놀림받기 싫음", []),
    ("A", "ㅋㅋ 이미 다 아는거같던데", []),
    ("B", "헐 누가 말함??", []),
    ("A", "니 베프가 ㅋㅋㅋ", []),
    ("B", "아 진짜 ㅋㅋㅋ 죽었어 걔", []),
    ("A", "ㅋㅋ 아 그리고 사진 많이 찍자 백일 앨범 만들게", []),
    ("B", "ㅇㅋ 엄마한텐 친구랑 간다 할게 ㅋㅋ 아직 말 안했어", []),
    ("A", "ㅋㅋ 나도 아직 말 안함 우리 엄마 알면 맨날 물어볼듯", []),
    ("B", "ㅋㅋㅋ 100일 되면 말하자", []),
    ("A", "ㅇㅋ 토요일 2시 늦지마라", []),
])
# --- n05: friends fix a time and a place for a birthday meet-up ---------------------------------------
N("classmates_meetup", "반 친구 단톡방", [P("A", "peer", "같은 반 친구", "f", 14), Y(14, "f"), P("C", "peer", "같은 반 친구", "f", 14)], [
    ("A", "야 토욜 ○○ 생일인거 알지", []),
    ("C", "ㅇㅇ 케이크 누가 삼", []),
    ("B", "내가 살게 대신 돈 나눠", []),
    ("A", "ㅇㅋ 몇시에 만남?", []),
    ("C", "12시 시청역 3번 출구", []),
    ("B", "너무 빠름 1시 ㄱ", []),
    ("A", "ㅇㅋ 1시 3번 출구 앞", []),
    ("C", "늦으면 버리고 감 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 너나 늦지마", []),
    ("A", "생일인 애한텐 비밀이다 깜짝파티임", []),
    ("C", "ㅇㅋ 단톡 초대하지 마", []),
    ("B", "나 밤에 엄마가 데리러 온대서 7시까지 가능", []),
    ("A", "ㅇㅋ 충분함", []),
    ("C", "선물은? 각자 삼?", []),
    ("B", "돈 모아서 하나 사자 기프티콘 말고 진짜 물건", []),
    ("A", "ㅇㅇ 걔 요즘 그 캐릭터 키링 갖고싶다 했음", []),
    ("C", "ㅋㅋ 그거 내가 알아봄", []),
    ("B", "ㅇㅋ 사진 찍어서 올려줘 골라보게", []),
    ("C", "(사진)(사진)", []),
    ("A", "두번째 ㄱ", []),
    ("B", "ㅇㅇ 두번째", []),
])
# --- n06: real café job interview; "조건" = working conditions ----------------------------------------
N("job_employer", "알바 앱 채팅 → 문자", [P("A", "employer", "카페 사장님", "f", 41), Y(17, "f")], [
    ("B", "안녕하세요 혹시 주말 알바 공고 아직 모집 중인가요?", []),
    ("A", "네 아직 모집 중이에요 ㅎㅎ", []),
    ("B", "안녕하세요 주말 알바 지원한 학생입니다", []),
    ("A", "네 안녕하세요 이력서 봤어요 ㅎㅎ 나이가 만 16세 맞죠?", []),
    ("B", "네 고2에요", []),
    ("A", "청소년은 부모님 동의서랑 가족관계증명서 필요해요 알고 있죠?", []),
    ("B", "네 엄마가 써주신대요", []),
    ("A", "좋아요 근무 조건 먼저 말씀드릴게요 토일 10시부터 4시 시급은 최저시급이고 주휴수당 있어요", []),
    ("B", "네 괜찮아요", []),
    ("A", "밤 10시 이후 근무는 청소년이라 안돼요 그건 걱정 마세요", []),
    ("B", "넵", []),
    ("A", "면접은 이번주 목요일 5시 매장으로 오세요 부모님이랑 같이 오셔도 되고요", []),
    ("B", "네 감사합니다 혹시 준비물 있나요?", []),
    ("A", "신분증이랑 동의서요 ㅎㅎ 근로계약서는 첫날 같이 써요", []),
    ("B", "네 목요일 5시에 뵙겠습니다", []),
    ("A", "네 ㅎㅎ 편하게 오세요", []),
    ("B", "(목요일) 안녕하세요 지금 매장 앞이에요", []),
    ("A", "들어와요 ㅎㅎ 카운터 옆 테이블로", []),
])
# --- n07: youth counsellor intake: asks age and region for a referral -----------------------------------
N("counsellor_intake", "청소년 상담 채팅", [P("A", "counsellor", "청소년상담복지센터 상담사", "f"), Y(14, "m")], [
    ("A", "안녕하세요 청소년 상담 채팅입니다 어떤 고민이 있어서 왔어요?", []),
    ("B", "그냥 요즘 학교 가기 싫어요", []),
    ("A", "말해줘서 고마워요 천천히 얘기해요", []),
    ("A", "상담 연결을 위해서 몇 살인지랑 사는 지역만 알려줄 수 있어요? 이름은 안 알려줘도 돼요", []),
    ("B", "14살이고 경기도요", []),
    ("A", "고마워요 학교 가기 싫은 이유가 있을까요?", []),
    ("B", "반에서 좀 따돌림 당하는거 같아요", []),
    ("A", "많이 힘들었겠다 혹시 부모님이나 담임 선생님은 알고 계세요?", []),
    ("B", "아뇨 말하면 일 커질까봐", []),
    ("A", "그 마음 이해돼요 여기서 한 얘기는 비밀 보장이 돼요 다만 위험한 상황이면 보호자께 알릴 수 있어요", []),
    ("B", "네", []),
    ("A", "가까운 센터에서 직접 만나서 상담도 가능해요 원하면 연결해줄게요", []),
    ("B", "생각해볼게요", []),
    ("A", "지금 당장 위험하거나 너무 힘들면 1388로 전화해도 돼요 24시간이에요", []),
    ("B", "네 알겠어요", []),
    ("A", "오늘 얘기해줘서 정말 고마워요 다음 주에도 이 시간에 들어올래요?", []),
    ("B", "네 올게요", []),
])
# --- n08: friend urges a runaway friend to call 1388 and avoid "helpers" --------------------------------
N("runaway_support", "카카오톡", [P("A", "peer", "친한 친구", "f", 16), Y(16, "f")], [
    ("A", "너 진짜 집 나간거야?", []),
    ("B", "ㅇㅇ 어제 아빠랑 싸우고 나옴", []),
    ("A", "지금 어디야 밥은 먹었어?", []),
    ("B", "찜질방.. 돈 얼마 없어", []),
    ("A", "야 트위터에 헬퍼 이런거 절대 연락하지마 재워준다는 사람들 다 위험해", []),
    ("B", "알아 ㅋㅋ 나도 뉴스 봤어", []),
    ("A", "1388 전화하면 청소년쉼터 알려준대 거기서 자도 되고 상담도 해줘", []),
    ("B", "거기 가면 집에 연락하잖아", []),
    ("A", "무조건 집으로 보내는건 아니래 우리 상담쌤이 그랬어", []),
    ("A", "아니면 우리집 와 엄마한테 말해볼게", []),
    ("B", "진짜? 너희 엄마 괜찮으셔?", []),
    ("A", "우리 엄마 너 좋아하잖아 ㅋㅋ 엄마가 데리러 간대 찜질방 어디야", []),
    ("B", "고마워 ㅠㅠ 역 앞에 있는데야", []),
    ("A", "ㅇㅋ 엄마랑 지금 출발 20분", []),
    ("B", "ㅠㅠ 고마워 진짜", []),
    ("A", "편의점 안에 있어 밖에 있지 말고", []),
    ("B", "응", []),
    ("A", "(다음날) 울엄마가 너네 엄마랑 통화했대 오늘은 우리집에 더 있어도 된대", []),
    ("B", "진짜 고마워.. 상담쌤한테도 같이 가줄래?", []),
    ("A", "ㅇㅇ 당연하지", []),
])
# --- n09: game item trade moves to Discord for screen sharing ------------------------------------------
N("game_trade", "게임 거래 게시판 → 디스코드", [P("A", "peer", "게임 거래 상대 (고등학생)", "m", 17), Y(15, "m")], [
    ("A", "혹시 거래 게시판 올리신 분?", []),
    ("B", "ㅇㅇ 저요", []),
    ("A", "전설 스킨 교환글 보고 옴 아직 있음?", []),
    ("B", "ㅇㅇ 있음 뭐랑 바꿀건데", []),
    ("A", "한정 무기랑 골드 조금 얹어줌", []),
    ("B", "ㅇㅋ 근데 사기 많아서 먼저 못줌 ㅋㅋ", []),
    ("A", "ㅇㅈ 디코로 와서 화면공유 켜고 동시에 하자", []),
    ("B", "ㅇㅋ 디코 닉 보냄", []),
    ("A", "(디스코드) ㅎㅇ 화면 보임?", []),
    ("B", "ㅇㅇ 보임 거래창 염", []),
    ("A", "ㅇㅋ 올렸음 확인 ㄱ", []),
    ("B", "확인 완료 ㄳㄳ", []),
    ("A", "ㄳ 담에 또 거래하자 ㅋㅋ", []),
    ("B", "님 몇 티어임? ㅋㅋ 담에 듀오 ㄱ?", []),
    ("A", "골드 ㅋㅋ 고2임 님은", []),
    ("B", "실버 중3 ㅋㅋ", []),
    ("A", "ㅋㅋ 주말에 디코 들어오면 같이 하자", []),
])
# --- n10: classmates discussing news about a 조건만남 crime ring ----------------------------------------
N("news_discussion", "반 친구 단톡방", [P("A", "peer", "같은 반 친구", "m", 17), Y(17, "m")], [
    ("B", "오늘 급식 뭐였냐", []),
    ("A", "돈까스 ㅋㅋ 너 안먹었음?", []),
    ("B", "매점 감 ㅋㅋ", []),
    ("A", "뉴스 봄? 랜덤채팅으로 조건만남 시킨 일당 잡혔대", []),
    ("B", "헐 어디서", []),
    ("A", "우리 옆 도시 ㅋㅋ 피해자 중에 중학생도 있었대", []),
    ("B", "미친 ㅋㅋ 진짜 쓰레기들이네", []),
    ("A", "처음엔 용돈 준다고 하고 만나자 한 다음에 사진 찍어서 협박했대", []),
    ("B", "그래서 학교에서 랜챗 하지 말라는구나", []),
    ("A", "ㅇㅇ 우리 동생도 랜챗 하던데 말해줘야겠다", []),
    ("B", "ㄹㅇ 말해 그런건 117에 신고하면 된대", []),
    ("A", "ㅇㅋ 근데 너 오늘 학원 감?", []),
    ("B", "ㅇㅇ 끝나고 피방 ㄱ?", []),
    ("A", "ㄱㄱ", []),
    ("B", "아 근데 동생 몇 살임", []),
    ("A", "중1 ㅋㅋ 요즘 폰만 봄", []),
    ("B", "그니까 더 말해줘야됨 모르는 사람이 기프티콘 주면 받지 말라고", []),
    ("A", "ㅇㅇ 오늘 저녁에 말할게", []),
])
# --- n11: younger sister borrows the older sister's uniform for a photo ---------------------------------
N("sibling_outfit", "카카오톡 (언니)", [P("A", "relative", "언니 (고3)", "f", 18), Y(13, "f")], [
    ("A", "야 내 충전기 가져갔냐", []),
    ("B", "ㅋㅋ 잠깐 빌림", []),
    ("A", "말하고 가져가라고 ㅡㅡ", []),
    ("B", "ㅋㅋㅋ 미안 언니", []),
    ("B", "언니 교복 좀 빌려줘 ㅠㅠ", []),
    ("A", "뭐? 왜", []),
    ("B", "내일 학교 축제 컨셉 사진 찍는데 고등학교 교복 입기로 함 ㅋㅋ", []),
    ("A", "ㅋㅋㅋ 니가 입으면 질질 끌릴텐데", []),
    ("B", "괜찮음 ㅋㅋ 치마는 접으면 돼", []),
    ("A", "넥타이 잃어버리면 죽는다", []),
    ("B", "ㅇㅋ 목숨걸고 지킴", []),
    ("A", "사진 찍으면 보내줘 ㅋㅋ 구경하게", []),
    ("B", "ㅋㅋ 엄마한텐 비밀로 해줘 빌린거 알면 잔소리함", []),
    ("A", "ㅋㅋ 대신 편의점 아이스크림", []),
    ("B", "ㅇㅋ 딜", []),
    ("B", "(다음날) 언니 사진 보냄 (사진)", []),
    ("A", "ㅋㅋㅋ 치마 봐 완전 길어", []),
    ("B", "ㅋㅋ 애들이 고딩같대", []),
])
# --- n12: coach schedules the summer training camp --------------------------------------------------
N("sports_camp", "배구부 단톡방 (코치)", [P("A", "staff", "배구부 코치", "m", 38), Y(16, "m")], [
    ("A", "오늘 훈련 수고했다 다들 스트레칭 꼭 하고 자라", []),
    ("B", "넵 코치님", []),
    ("A", "다음주 연습경기 상대 정해졌다 옆 학교", []),
    ("B", "오 거기 잘하는데 ㅠ", []),
    ("A", "여름 합숙 일정 공지한다 다음달 둘째주 월요일부터 4박 5일", []),
    ("B", "코치님 숙소는 어디에요?", []),
    ("A", "학교 체육관 옆 기숙사 쓴다 방은 학년별로 4명씩", []),
    ("B", "넵", []),
    ("A", "부모님 동의서 금요일까지 꼭 받아와 동의서 없으면 못 간다", []),
    ("B", "핸드폰 가져가도 돼요?", []),
    ("A", "ㅋㅋ 밤 10시에 걷는다 가족한테 연락은 그 전에 해라", []),
    ("B", "아 ㅠㅠ 넵", []),
    ("A", "그리고 몇 학년인지 명단에 적어야 하니까 1학년들은 생년월일 다시 보내라", []),
    ("B", "저 1학년인데 지금 보낼게요", []),
    ("A", "ㅇㅋ 첫날 아침 8시 체육관 집합 늦으면 운동장 열바퀴", []),
    ("B", "ㅋㅋㅋ 넵 알겠습니다", []),
])
# --- n13: academy teacher asks grade and school for class placement -------------------------------------
N("academy_grade", "학원 상담 문자 → 카카오톡", [P("A", "teacher", "학원 수학 선생님", "f"), Y(14, "m")], [
    ("A", "안녕하세요 ○○수학학원이에요 체험 수업 신청해줘서 고마워요", []),
    ("B", "안녕하세요", []),
    ("A", "반 배정 때문에 그런데 몇 학년이에요? 학교도 알려주면 시험 범위 맞춰줄게요", []),
    ("B", "중2고 ○○중이요", []),
    ("A", "좋아요 지난 시험 점수 대충 알려줄 수 있어요?", []),
    ("B", "70점대요 ㅠ", []),
    ("A", "괜찮아요 충분히 올릴 수 있어요 ㅎㅎ", []),
    ("A", "체험 수업은 목요일 6시예요 부모님께도 문자 드릴게요", []),
    ("B", "네 엄마 번호 학원에 있어요", []),
    ("A", "네 확인했어요 그날 문제집 없어도 되고 필기구만 가져와요", []),
    ("B", "넵 감사합니다", []),
    ("B", "(목요일) 쌤 학원 몇 층이에요?", []),
    ("A", "3층이에요 엘리베이터 내리면 바로 오른쪽", []),
    ("B", "도착했어요", []),
    ("A", "네 ㅎㅎ 들어와서 자리 앉아 있어요", []),
])
# --- n14: surprise party for mum: "is mum home?", "delete the chat" ---------------------------------------
N("surprise_secrecy", "카카오톡 (아빠)", [P("A", "parent", "아빠", "m"), Y(12, "f")], [
    ("A", "딸 오늘 학교 어땠어", []),
    ("B", "그냥 그랬어 ㅋㅋ 체육 피구함", []),
    ("A", "이겼어?", []),
    ("B", "당연하지 ㅋㅋ 내가 마지막까지 살아남음", []),
    ("A", "딸 엄마 지금 집에 있어?", []),
    ("B", "응 거실에서 티비 봐", []),
    ("A", "ㅋㅋ 내일 엄마 생일인거 알지 아빠가 케이크 주문했어", []),
    ("B", "알지!! 나 편지 썼어", []),
    ("A", "엄마한텐 비밀이다 ㅋㅋ 내일 저녁에 깜짝 파티", []),
    ("B", "ㅇㅋ 근데 엄마 폰으로 톡 볼수도 있어", []),
    ("A", "ㅋㅋ 그럼 이 대화 지워놔", []),
    ("B", "알겠어 ㅋㅋ", []),
    ("A", "내일 학원 끝나면 아빠가 데리러 갈게 꽃 사러 같이 가자", []),
    ("B", "좋아 몇시?", []),
    ("A", "5시 학원 앞", []),
    ("B", "ㅇㅋ 사랑해 아빠", []),
    ("A", "(다음날) 케이크 찾았다 ㅋㅋ 엄마 눈치 챘어?", []),
    ("B", "아니 ㅋㅋ 아무것도 모름", []),
    ("A", "좋아 ㅋㅋ 7시에 불 끄고 들어가자", []),
])
# --- n15: exam hyperbole with friends ------------------------------------------------------------------
N("hyperbole", "카카오톡", [P("A", "peer", "친구", "m", 17), Y(17, "m")], [
    ("B", "나 수학 망함 죽고싶다 ㅋㅋㅋㅋ", []),
    ("A", "ㅋㅋ 몇점", []),
    ("B", "말 못함 ㅋㅋ 엄마한테 들키면 진짜 사라져야됨", []),
    ("A", "ㅋㅋㅋ 나도 영어 망해서 집에 못감", []),
    ("B", "우리 그냥 도망가자 ㅋㅋ", []),
    ("A", "어디로 ㅋㅋ 피방?", []),
    ("B", "ㅋㅋㅋ 피방 ㄱ 근데 돈 없음", []),
    ("A", "내가 쏨 ㅋ 대신 떡볶이 니가", []),
    ("B", "ㅇㅋ 배고파 죽겠다", []),
    ("A", "ㅋㅋ 끝나고 정문", []),
])
# --- n16: mum picks up her son after a late academy class -------------------------------------------------
N("family_pickup", "카카오톡 (엄마)", [P("A", "parent", "엄마", "f"), Y(16, "m")], [
    ("A", "아들 점심 먹었어?", []),
    ("B", "ㅇㅇ 급식", []),
    ("A", "오늘 학원 보강 있다며", []),
    ("B", "ㅇㅇ 수학 ㅠ", []),
    ("A", "아들 몇시에 끝나", []),
    ("B", "10시 반 ㅠ 보강 있음", []),
    ("A", "늦네 엄마가 데리러 갈게 학원 앞에서 기다려", []),
    ("B", "ㅇㅋ 차 어디 대?", []),
    ("A", "건너편 편의점 앞", []),
    ("B", "ㅇㅇ", []),
    ("A", "배고프지? 뭐 사갈까", []),
    ("B", "김밥!!", []),
    ("A", "ㅋㅋ 알겠어", []),
    ("B", "(10시 40분) 엄마 어디야", []),
    ("A", "편의점 앞 흰차 비상등 켜놨어", []),
    ("B", "보임 ㅋㅋ", []),
])
# --- n17: school police officer follows up after a prevention talk ------------------------------------------
N("counsellor_prevention", "학교 단톡방 (학교전담경찰관)", [P("A", "staff", "학교전담경찰관", "m"), Y(14, "f")], [
    ("A", "오늘 예방교육 들은 2학년 학생들 질문 있으면 여기 남겨요", []),
    ("B", "경찰관님 질문 있어요", []),
    ("B", "게임에서 모르는 사람이 기프티콘 준다고 하면 받으면 안돼요?", []),
    ("A", "좋은 질문이에요 대가 없이 선물 주면서 사진이나 만남을 요구하면 그건 그루밍일 수 있어요", []),
    ("B", "영통하자고 하면요?", []),
    ("A", "모르는 사람과 영통은 하지 말고 앱을 깔라고 하면 몸캠피싱일 가능성이 높아요 바로 차단해요", []),
    ("B", "만약에 이미 사진 보냈으면요?", []),
    ("A", "절대 혼자 해결하려고 돈 보내지 말고 117이나 선생님께 바로 말해요 대화는 캡처해두고요", []),
    ("B", "신고하면 부모님한테 연락가요?", []),
    ("A", "피해 학생을 보호하는게 먼저예요 혼나는 일 아니니까 걱정하지 마요", []),
    ("B", "감사합니다!", []),
    ("B", "경찰관님 친구가 물어보래요 이미 돈 보냈으면 어떻게 해요?", []),
    ("A", "더 보내지 말고 송금 내역이랑 대화 캡처를 챙겨서 바로 신고해요 혼자 감당하지 않아도 돼요", []),
    ("B", "네 전해줄게요", []),
    ("A", "학교 상담실이나 담임 선생님께 말해도 같이 도와줄 거예요", []),
])
# --- n18: youth shows a friend the creepy DMs and they report it together ------------------------------------
N("peer_report", "카카오톡", [P("A", "peer", "친한 친구", "f", 15), Y(15, "f")], [
    ("A", "야 아까 체육 시간에 너 넘어진거 ㅋㅋ", []),
    ("B", "아 말하지마 ㅋㅋ 무릎 까짐", []),
    ("A", "괜찮냐 ㅋㅋ", []),
    ("B", "ㅇㅇ 근데 그거보다 할 말 있음", []),
    ("B", "야 이거 봐봐 어떤 아저씨가 디엠 보냄", []),
    ("B", "(캡처)", []),
    ("A", "헐 뭐야 몇 살이냐고 묻고 사진 보내달래?", []),
    ("B", "ㅇㅇ 그리고 텔레로 옮기자고 함", []),
    ("A", "완전 그거네 학교에서 배운거 ㅋㅋ 그루밍", []),
    ("B", "ㅋㅋ 소름 나 답장 안했어", []),
    ("A", "잘했어 차단하기 전에 캡처 다 해놔", []),
    ("B", "했음 신고는 어떻게 해", []),
    ("A", "앱에서 신고하고 117에도 할수있대 담임쌤한테 같이 말하러 가자", []),
    ("B", "ㅇㅋ 내일 아침에 같이 가줘", []),
    ("A", "ㅇㅇ 8시 교실 앞", []),
])
# --- n19: friend takes a profile photo; uniform and selfie talk -----------------------------------------
N("friend_photo", "카카오톡", [P("A", "peer", "같은 반 친구", "f", 16), Y(16, "f")], [
    ("A", "아까 찍은 사진 보내줘!!", []),
    ("B", "잠만 고르는중 ㅋㅋ", []),
    ("B", "(사진)(사진)(사진)", []),
    ("A", "헐 두번째꺼 대박 프사 할래", []),
    ("B", "ㅋㅋㅋ 나 눈 감은거 말고 세번째꺼 보내줘", []),
    ("A", "교복 입고 찍은게 제일 잘나온듯", []),
    ("B", "ㄹㅇ 학생증 사진도 이걸로 할까", []),
    ("A", "학생증은 배경 흰색이어야 돼 ㅋㅋ", []),
    ("B", "아 맞다 ㅠ", []),
    ("A", "내일 점심시간에 벽 앞에서 찍어줄게", []),
    ("B", "ㄱㅅ ㅋㅋ", []),
    ("A", "아 그리고 너 인스타 프사 바꿀거지? ㅋㅋ", []),
    ("B", "ㅇㅇ 두번째 사진으로 ㅋㅋ", []),
    ("A", "좋아요 누를게 ㅋㅋ", []),
    ("B", "ㅋㅋ 공개계정 아니니까 친구들만 보임", []),
    ("A", "ㅇㅋ 내일 봐", []),
])
# --- n20: online class: teacher asks students to turn on cameras --------------------------------------------
N("online_class_cam", "온라인 수업 채팅 (담임 선생님)", [P("A", "teacher", "담임 선생님", "m"), Y(13, "m")], [
    ("A", "여러분 좋은 아침이에요 9시 정각에 시작해요", []),
    ("B", "쌤 안녕하세요", []),
    ("A", "출석 체크할게요 모두 캠 켜주세요", []),
    ("B", "쌤 저 캠이 안켜져요", []),
    ("A", "설정에서 카메라 권한 허용했는지 봐요", []),
    ("B", "아 됐어요!", []),
    ("A", "좋아요 ㅎㅎ 얼굴 보이게 조금만 뒤로 가요", []),
    ("B", "넵", []),
    ("A", "소리가 안 들려요 마이크 켜볼래요?", []),
    ("B", "이제 들려요?", []),
    ("A", "네 잘 들려요 오늘은 모둠 활동이라 소회의실로 나눌게요", []),
    ("B", "쌤 저 누구랑 같은 모둠이에요?", []),
    ("A", "들어가면 보여요 ㅎㅎ 20분 뒤에 다시 모여요", []),
    ("A", "(20분 뒤) 다 돌아왔나요? 모둠별로 발표할게요", []),
    ("B", "저희 모둠 제가 발표해요", []),
    ("A", "좋아요 화면 공유 눌러서 해봐요", []),
    ("B", "보이세요?", []),
    ("A", "네 잘 보여요 ㅎㅎ", []),
])
# --- n21: aunt sends a gift card for a birthday, wants a photo for grandma ---------------------------------
N("family_allowance", "가족 단톡방", [P("A", "relative", "이모", "f"), Y(14, "f")], [
    ("A", "우리 조카 생일 축하해 ♡", []),
    ("B", "이모 고마워요 ㅎㅎ", []),
    ("A", "치킨 기프티콘 보냈어 친구들이랑 먹어", []),
    ("B", "헐 감사합니다 ㅠㅠ", []),
    ("A", "할머니가 너 교복 입은거 보고싶대 사진 하나 가족방에 올려줘", []),
    ("B", "ㅋㅋ 교복 입은 사진 없는데 내일 학교 갈때 찍을게요", []),
    ("A", "그래 ㅎㅎ 할머니 폰 배경화면 한다고 난리", []),
    ("B", "ㅋㅋㅋㅋ", []),
    ("A", "용돈은 명절에 따로 줄게 엄마한텐 말하지 말고 ㅋㅋ 저축하라고 뺏어감", []),
    ("B", "ㅋㅋㅋ 이모 최고", []),
    ("B", "(다음날) (사진) 교복 사진이요!", []),
    ("A", "어머 다 컸네 할머니 보여드릴게", []),
    ("B", "할머니한테 사랑한다고 전해주세요 ㅎㅎ", []),
    ("A", "그래 할머니가 다음주에 전화하신대", []),
])
# --- n22: grandma on a video call from the countryside ------------------------------------------------------
N("family_videocall", "카카오톡 (할머니)", [P("A", "relative", "할머니", "f"), Y(16, "m")], [
    ("A", "우리 강아지 영상통화 되나", []),
    ("B", "할머니 지금 학원이라 이따 9시에 걸게요", []),
    ("A", "그래 밥은 먹었나", []),
    ("B", "네 먹었어요", []),
    ("B", "(9시) 할머니 지금 걸게요", []),
    ("A", "화면이 까맣다", []),
    ("B", "할머니 손가락이 카메라 가렸어요 ㅋㅋ", []),
    ("A", "아이고 이제 보이네 얼굴이 왜 이리 야위었노", []),
    ("B", "ㅋㅋ 시험기간이라 그래요", []),
    ("A", "방학에 내려오면 할미가 맛있는거 많이 해줄게", []),
    ("B", "네 ㅎㅎ 이번 여름에 갈게요", []),
    ("A", "아빠한테 데리고 오라고 해라", []),
    ("B", "네 할머니 아빠한테 말할게요", []),
    ("A", "그래 용돈도 넉넉히 챙겨놨다", []),
    ("B", "ㅋㅋㅋ 할머니 최고", []),
    ("A", "끊는다 공부 열심히 해라", []),
])
# --- n23: same-age couple, first 영통 and "don't tell the others" ------------------------------------------
N("teen_dating", "카카오톡", [P("A", "peer", "여자친구 (같은 학원)", "f", 15), Y(15, "m")], [
    ("B", "오늘 학원 숙제 뭐였지", []),
    ("A", "영어 단어 50개 ㅋㅋ 너 또 안적었지", []),
    ("B", "ㅋㅋㅋ 들킴", []),
    ("A", "사진 보내줄게 (사진)", []),
    ("B", "역시 ㅋㅋ 고마워", []),
    ("A", "오늘 학원에서 왜 나 안쳐다봄 ㅡㅡ", []),
    ("B", "ㅋㅋㅋ 애들 있잖아 부끄러움", []),
    ("A", "치 ㅋㅋ", []),
    ("B", "대신 이따 영통하자", []),
    ("A", "ㅇㅋ 11시이이? 숙제 다 하고", [O_LONG]),
    ("B", "ㅇㅇ", []),
    ("A", "(영상통화 후) 너 잠옷 곰돌이 뭐냐 ㅋㅋㅋㅋ", []),
    ("B", "아 캡처 했냐 지워라 ㅋㅋ", []),
    ("A", "ㅋㅋ 안지움 내 폰 배경 할거임", []),
    ("B", "학원 애들한테 보여주면 헤어짐 ㅋㅋ", []),
    ("A", "ㅋㅋ 비밀로 해줌 대신 내일 매점 사", []),
    ("B", "ㅇㅋ 딜", []),
    ("A", "ㅋㅋ 그리고 주말에 너희 동네 도서관 갈게 같이 공부하자", []),
    ("B", "ㅇㅋ 10시 도서관 앞", []),
    ("A", "늦으면 매점 두배 ㅋㅋ", []),
])
# --- n24: classmates arrange a study session at a study café ------------------------------------------------
N("classmates_meetup", "카카오톡", [P("A", "peer", "같은 반 친구", "m", 15), Y(15, "m")], [
    ("A", "야 내일 체육복 가져와야됨?", []),
    ("B", "ㅇㅇ 체육 있음", []),
    ("A", "아 까먹을뻔", []),
    ("A", "내일 스카 ㄱ? 시험 일주일 남음", []),
    ("B", "ㄱㄱ 어디", []),
    ("A", "역 앞 스카 3층 ㅋㅋ 거기 싸", []),
    ("B", "몇시?", []),
    ("A", "학교 끝나고 바로 4시", []),
    ("B", "ㅇㅋ 나 학원 7시라 그때까지만", []),
    ("A", "ㅇㅋ 과학 요약본 있음?", []),
    ("B", "ㅇㅇ 사진 찍어서 보내줄게", []),
    ("B", "(사진)", []),
    ("A", "ㄳㄳ 내일 편의점 내가 쏨", []),
    ("B", "ㅋㅋ ㅇㅋ", []),
    ("A", "(다음날) 나 도착 3층 창가", []),
    ("B", "ㅇㅋ 5분", []),
    ("A", "음료 뭐 먹을래", []),
    ("B", "아아 ㅋㅋ 돈 줄게", []),
])
# --- n25: real restaurant part-time job: "조건" discussed, parents informed -----------------------------------
N("job_employer", "알바 앱 채팅", [P("A", "employer", "분식집 사장님", "m", 52), Y(18, "m")], [
    ("B", "안녕하세요 주말 서빙 알바 공고 보고 연락드렸어요", []),
    ("A", "네 반가워요 학생이에요? 몇 살?", []),
    ("B", "고3이고 18살이에요", []),
    ("A", "그럼 부모님 동의서만 있으면 돼요", []),
    ("B", "근무 조건이 어떻게 되나요?", []),
    ("A", "토일 11시부터 5시 시급은 최저임금 식사 제공이에요 조건 괜찮으면 면접 봐요", []),
    ("B", "네 좋아요 면접 언제 가면 될까요", []),
    ("A", "내일 3시 가게로 와요 바쁜 시간 끝나고", []),
    ("B", "네 3시에 갈게요", []),
    ("A", "수능 준비도 해야 할텐데 무리하지 말고 ㅎㅎ", []),
    ("B", "ㅋㅋ 주말만 할게요 감사합니다", []),
    ("A", "(다음날) 면접 잘 봤어요 다음주부터 나와요", []),
    ("B", "감사합니다!! 동의서 그날 가져갈게요", []),
    ("A", "네 ㅎㅎ 근로계약서 그때 같이 써요", []),
])
# --- n26: game friends move their group chat to Discord ------------------------------------------------------
N("peer_platform_move", "게임 클랜 채팅 → 디스코드", [P("A", "peer", "클랜원 (같은 학교 친구)", "m", 14), Y(14, "m")], [
    ("A", "클랜 채팅 렉 너무 걸림 elzhfh 옮기자", [O_ENG]),
    ("B", "ㅇㅋ 서버 누가 팜?", []),
    ("A", "내가 팜 링크는 단톡에 올릴게", []),
    ("B", "ㅇㅋ 음성방도 만들어", []),
    ("A", "ㅇㅇ 롤방 배그방 잡담방", []),
    ("B", "ㅋㅋ 잡담방 필요함?", []),
    ("A", "숙제 물어볼때 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 인정", []),
    ("A", "모르는 사람 초대하지 마라 우리 반 애들만", []),
    ("B", "ㅇㅋ 오늘 밤 9시 다 들어와", []),
])
# --- n27: real agency audition with a guardian present ------------------------------------------------------
N("audition_official", "카카오톡 (엄마) + 문자", [P("A", "parent", "엄마", "f"), Y(15, "f")], [
    ("B", "엄마 나 오디션 1차 붙었어!!!", []),
    ("A", "헐 진짜?? 축하해 우리 딸", []),
    ("B", "2차는 회사에서 직접 본대 보호자 동반 필수래", []),
    ("A", "당연하지 엄마가 같이 가야지 언제야?", []),
    ("B", "다음주 토요일 2시 회사 연습실", []),
    ("A", "회사 이름이랑 담당자 연락처 엄마한테 보내봐 확인해볼게", []),
    ("B", "공식 홈페이지 공지에도 있어 ㅋㅋ 사기 아님", []),
    ("A", "그래도 확인은 해야지 ㅎㅎ 프로필 사진은 뭐 보내래?", []),
    ("B", "정면이랑 전신 한장씩 메이크업 없이", []),
    ("A", "주말에 사진관 가서 찍자 엄마가 예약할게", []),
    ("B", "엄마 짱 ㅠㅠ", []),
    ("A", "(2차 오디션 날) 대기실 앞이야 엄마 여기 있을게", []),
    ("B", "ㅠㅠ 떨려", []),
    ("A", "잘할거야 끝나면 맛있는거 먹자", []),
    ("B", "(1시간 뒤) 끝났어!! 결과는 다음주에 알려준대", []),
    ("A", "수고했어 우리 딸 ㅎㅎ", []),
])
# --- n28: photo club shoot at the park, consent for faces ------------------------------------------------------
N("photo_club", "사진 동아리 단톡방", [P("A", "teacher", "사진 동아리 지도 선생님", "f"), Y(16, "f")], [
    ("A", "지난번 출사 사진 전시회 작품 고르는 중이에요", []),
    ("B", "쌤 제 사진도 들어가요?", []),
    ("A", "노을 사진 후보에 있어요 ㅎㅎ", []),
    ("B", "헐 대박", []),
    ("A", "이번 출사는 토요일 10시 공원 정문이에요", []),
    ("B", "쌤 모델은 누가 해요?", []),
    ("A", "서로 찍어주는거예요 ㅎㅎ 인물 사진 찍을땐 꼭 상대 동의 받고요", []),
    ("B", "넵 ㅋㅋ", []),
    ("A", "사진은 동아리 폴더에만 올리고 SNS에 올릴 땐 얼굴 나온 사람한테 물어보기", []),
    ("B", "교복 입고 와요 사복 입고 와요?", []),
    ("A", "편한 사복 ㅎㅎ 걷는 거 많으니까 운동화", []),
    ("B", "카메라 없는 사람은요?", []),
    ("A", "동아리 카메라 빌려줄게요 몇 명 필요한지 금요일까지 말해요", []),
    ("B", "저 빌려주세요!", []),
])
# --- n29: classmates trade an old uniform ---------------------------------------------------------------------
N("used_trade_peer", "학교 중고장터 단톡방", [P("A", "peer", "선배 (중3)", "f", 15), Y(13, "f")], [
    ("B", "선배 교복 판다는 글 봤어요 아직 있어요?", []),
    ("A", "응 있어 하복 상의 두개 치마 하나", []),
    ("B", "사이즈가 어떻게 돼요?", []),
    ("A", "상의 55 치마 허리 24 ㅎㅎ 1학년 때 입던거라 작아", []),
    ("B", "딱 저한테 맞을거같아요 얼마에요?", []),
    ("A", "다 해서 만원? 후배니까", []),
    ("B", "헐 감사해요 언제 받을 수 있어요?", []),
    ("A", "내일 점심시간에 3층 계단에서 줄게", []),
    ("B", "넵 돈 가져갈게요!", []),
    ("A", "ㅋㅋ 세탁은 해놨어", []),
])
# --- n30: home tutor scheduling and a homework photo -----------------------------------------------------------
N("tutor", "카카오톡 (과외 선생님)", [P("A", "teacher", "영어 과외 선생님", "f", 26), Y(14, "m")], [
    ("A", "어제 단어 시험 몇 점이었어?", []),
    ("B", "18개 맞음요 ㅋㅋ", []),
    ("A", "오 지난주보다 늘었네", []),
    ("A", "오늘 숙제 한거 사진 찍어서 보내줘", []),
    ("B", "(사진)", []),
    ("A", "잘했네 ㅎㅎ 근데 7번 시제 다시 봐", []),
    ("B", "아 과거완료 ㅠ", []),
    ("A", "맞아 ㅋㅋ 목요일 수업은 어머니가 6시로 옮겨달라고 하셨어", []),
    ("B", "네 알아요", []),
    ("A", "시험 몇 학년 범위까지 나와? 교과서 몇 과?", []),
    ("B", "2학년 4과까지요", []),
    ("A", "ㅇㅋ 그럼 목요일에 4과 본문 외워오기", []),
    ("B", "ㅠㅠ 넵", []),
    ("A", "다 외우면 간식 사줄게 ㅎㅎ 어머니께도 말씀드릴게", []),
])
# --- n31: sleepover at a friend's; parents talk, "우리집에서 재워줄게" ----------------------------------------
N("sleepover", "카카오톡", [P("A", "peer", "친한 친구", "f", 13), Y(13, "f")], [
    ("A", "야 너 과학 수행 다 함?", []),
    ("B", "아니 ㅠ 실험보고서 어케씀", []),
    ("A", "내꺼 보여줄게 ㅋㅋ 내일 일찍 와", []),
    ("B", "ㅋㅋ 천사", []),
    ("A", "금요일에 우리집에서 자고 갈래?", []),
    ("B", "헐 ㄱㄱ 엄마한테 물어볼게", []),
    ("A", "울엄마가 너희 엄마한테 전화한대 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 엄마들끼리 친하잖아", []),
    ("A", "우리 밤새 영화 보자 치킨 시켜먹고", []),
    ("B", "좋아 ㅋㅋ 잠옷 가져갈게", []),
    ("A", "내일 학교 끝나고 바로 우리집 가자", []),
    ("B", "엄마가 된대!! 토요일 아침에 데리러 온대", []),
    ("A", "ㅇㅋ 아빠가 재워줄 이불 꺼내놨대 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 너네 아빠 웃겨", []),
    ("A", "(금요일 밤) 야 치킨 왔다 빨리 거실로 와", []),
    ("B", "ㅋㅋ 가는중 양치하고", []),
    ("A", "엄마가 너 좋아하는 콜라도 사놨대", []),
    ("B", "너네 엄마 최고다 진짜", []),
])
# --- n32: two friends help a classmate who was offered "helper" shelter ------------------------------------------
N("runaway_support", "카카오톡", [P("A", "peer", "같은 반 친구", "m", 17), Y(17, "m")], [
    ("A", "○○ 오늘도 학교 안왔지", []),
    ("B", "ㅇㅇ 나한테만 톡 왔는데 집 나왔대", []),
    ("A", "헐 어디 있대", []),
    ("B", "피시방 전전한대 근데 어떤 형이 재워준다고 했대", []),
    ("A", "야 그거 완전 위험한거 아님? 모르는 사람이잖아", []),
    ("B", "ㅇㅇ 그래서 가지 말라고 했어 1388 번호 보내줌", []),
    ("A", "잘했다 담임쌤한테도 말할까", []),
    ("B", "걔가 쌤한텐 비밀로 해달래서.. 근데 말해야할거같아", []),
    ("A", "ㅇㅇ 이건 말해야지 걔 다치면 어떡함", []),
    ("B", "내일 아침에 같이 교무실 가자", []),
    ("A", "ㅇㅋ 7시 50분 정문", []),
    ("B", "(다음날) 쌤한테 말했어 쌤이 걔 부모님이랑 상담쌤한테 연락한대", []),
    ("A", "걔 괜찮대?", []),
    ("B", "쉼터 갔대 1388에서 연결해줬대", []),
    ("A", "다행이다 진짜", []),
    ("B", "ㅇㅇ 다음주에 학교 온대", []),
])
# --- n33: group project; "send me your photo" for the slides ----------------------------------------------------
N("friend_photo", "모둠 단톡방", [P("A", "peer", "모둠장", "m", 14), Y(14, "f"), P("C", "peer", "모둠원", "f", 14)], [
    ("A", "발표 PPT 마지막 장에 모둠원 사진 넣으래", []),
    ("C", "헐 왜", []),
    ("A", "쌤이 역할 분담 소개 페이지 만들래 ㅋㅋ", []),
    ("B", "셀카 아무거나 보내면 돼?", []),
    ("A", "ㅇㅇ 얼굴만 나오면 됨", []),
    ("B", "(사진)", []),
    ("C", "나 사진 이상하게 나옴 ㅠ 캐릭터로 하면 안됨?", []),
    ("A", "ㅋㅋ 쌤한테 물어볼게", []),
    ("A", "쌤이 캐릭터도 된대", []),
    ("C", "ㅇㅋ 살았다", []),
    ("B", "발표 누가 함? ㅋㅋ", []),
    ("A", "가위바위보 ㅋㅋ 내일 점심", []),
])
# --- n34: birthday gift card among friends, surprise kept secret ---------------------------------------------------
N("friend_gift", "카카오톡", [P("A", "peer", "친구", "f", 16), Y(16, "f")], [
    ("B", "야 수학 숙제 몇 쪽까지야", []),
    ("A", "52쪽까지 ㅋㅋ", []),
    ("B", "헐 아직 안함", []),
    ("A", "야 ○○ 생일 선물 뭐 줄거야", []),
    ("B", "기프티콘? 케이크 같은거", []),
    ("A", "우리 돈 모아서 향수 사주자", []),
    ("B", "ㅇㅋ 얼마씩?", []),
    ("A", "만원씩 5명", []),
    ("B", "ㅇㅋ 계좌 보내 ㅋㅋ", []),
    ("A", "카톡 송금할게 걔한텐 비밀이다", []),
    ("B", "ㅇㅇ 당일에 깜짝 ㅋㅋ", []),
    ("A", "편지도 쓰자 ㅋㅋ 롤링페이퍼", []),
    ("B", "ㅋㅋ 좋다 종이 내가 사갈게", []),
    ("A", "(생일 당일) 야 걔 울었음 ㅋㅋㅋ", []),
    ("B", "ㅋㅋㅋ 사진 찍었지?", []),
    ("A", "ㅇㅇ 단톡에 올림", []),
])
# --- n35: youth counsellor at a shelter explains rules to a runaway ------------------------------------------------
N("shelter_counsellor", "청소년쉼터 상담 채팅", [P("A", "counsellor", "청소년쉼터 상담 선생님", "f"), Y(16, "f")], [
    ("A", "1388 통해서 연락받았어요 지금 어디에 있어요?", []),
    ("B", "역 대합실이요", []),
    ("A", "춥지 않아요? 몇 살인지 알려줄 수 있어요?", []),
    ("B", "16살이요", []),
    ("A", "고마워요 우리 쉼터에서 오늘 밤 잘 수 있어요 식사도 있어요", []),
    ("B", "집에 연락해요?", []),
    ("A", "본인이 원하지 않으면 바로 집에 보내진 않아요 다만 보호자께 안전하다는 연락은 드려야 해요", []),
    ("B", "음.. 알겠어요", []),
    ("A", "선생님이 지금 역으로 데리러 갈게요 대합실 안에 있어요 파란 조끼 입고 갈게요", []),
    ("B", "네 기다릴게요", []),
    ("A", "혹시 누가 재워준다고 말 걸면 따라가지 말고 기다려요", []),
    ("B", "(30분 뒤) 파란 조끼 보여요", []),
    ("A", "네 선생님이에요 ㅎㅎ 배고프죠? 가면서 뭐 먹어요", []),
])
# --- n36: friends in a metaverse world meet as avatars ------------------------------------------------------------
N("metaverse_peer", "메타버스 월드 (친구 채팅)", [P("A", "peer", "같은 반 친구", "f", 12), Y(12, "f")], [
    ("A", "나 지금 접속함 어디야", []),
    ("B", "학교 맵 옥상 ㅋㅋ", []),
    ("A", "ㅋㅋ 갈게", []),
    ("A", "헐 너 옷 바꿨네", []),
    ("B", "ㅇㅇ 코인 모아서 삼 ㅋㅋ", []),
    ("A", "나도 살래 어디서 팜?", []),
    ("B", "상점 두번째 칸 ㅋㅋ", []),
    ("A", "우리 커플템 맞출래? 우정템", []),
    ("B", "ㅋㅋ 좋아 내 방 놀러와", []),
    ("A", "ㅇㅋ 비번 걸지마 ㅋㅋ", []),
    ("B", "ㅋㅋ 엄마가 10시에 끄래 그 전까지 놀자", []),
])
# --- n37: game "spawn" and "pay" word senses ----------------------------------------------------------------------
N("word_sense", "게임 클랜 채팅", [P("A", "peer", "클랜원 (같은 반 친구)", "m", 15), Y(15, "m")], [
    ("A", "보스 스폰 몇시임?", []),
    ("B", "9시 ㅋㅋ 스폰 위치 동굴 앞", []),
    ("A", "ㅇㅋ 포션 없는데 골드 빌려줌?", []),
    ("B", "ㅇㅇ 보냄 나중에 갚아", []),
    ("A", "ㅋㅋ 그리고 이번 시즌패스 페.이로 결제 됨?", [O_SPACE]),
    ("B", "ㅇㅇ 엄마 페이로 했음 허락받고", []),
    ("A", "나도 엄마한테 말해봐야겠다", []),
    ("B", "파티 조건 레벨 50 이상이래", []),
    ("A", "아 나 48 ㅠ 내일까지 올려놓음", []),
    ("B", "ㅋㅋ 렙업 ㄱㄱ", []),
])
# --- n38: programming class: "조건문" and "만남" in a club project --------------------------------------------------
N("word_sense", "코딩 동아리 단톡방", [P("A", "teacher", "코딩 동아리 선생님", "m"), Y(17, "f")], [
    ("A", "오늘 과제는 조건문으로 만남의 광장 안내 로봇 만들기예요", []),
    ("B", "쌤 만남의 광장이 뭐에요? ㅋㅋ", []),
    ("A", "ㅋㅋ 휴게소에 있는 거요 사람 만나는 장소 안내하는 프로그램", []),
    ("B", "아 ㅋㅋㅋ", []),
    ("A", "입력한 시간이랑 장소 조건에 따라 다른 안내 문구 나오게 하면 돼요", []),
    ("B", "if 문 세개 쓰면 돼요?", []),
    ("A", "네 elif 써도 되고요 ㅎㅎ", []),
    ("B", "완성하면 사진 찍어서 올려요?", []),
    ("A", "코드 캡처해서 올려요 실행 화면도요", []),
    ("B", "넵!", []),
])
# --- n39: parents check who their daughter is chatting with ------------------------------------------------------
N("parent_monitoring", "카카오톡 (엄마)", [P("A", "parent", "엄마", "f"), Y(13, "f")], [
    ("A", "딸 학교 끝났어?", []),
    ("B", "응 지금 집 가는 중", []),
    ("A", "간식 식탁에 있어", []),
    ("B", "ㅇㅋ 땡큐", []),
    ("A", "딸 요즘 밤에 누구랑 그렇게 톡해?", []),
    ("B", "반 친구들 ㅋㅋ 단톡", []),
    ("A", "그래 ㅎㅎ 모르는 사람이 말 걸거나 사진 달라고 하면 꼭 엄마한테 말해", []),
    ("B", "알아 ㅋㅋ 학교에서도 맨날 말해", []),
    ("A", "선물 준다고 하거나 만나자고 해도", []),
    ("B", "응응 그런 사람 있으면 바로 차단함", []),
    ("A", "우리 딸 똑똑하네 ㅎㅎ 비밀로 하자는 사람은 다 이상한 사람이야", []),
    ("B", "ㅋㅋ 엄마 걱정 너무 많아", []),
    ("A", "엄마는 원래 그래 ㅋㅋ 오늘 11시엔 자", []),
    ("B", "넹", []),
])
# --- n40: volunteering at a care home, coordinator gives details ----------------------------------------------------
N("volunteer", "카카오톡 (봉사활동 담당자)", [P("A", "staff", "복지관 봉사 담당 선생님", "f"), Y(15, "m")], [
    ("A", "이번 주 봉사 신청한 학생 맞죠? 학교랑 학년 확인할게요", []),
    ("B", "네 ○○중 3학년이에요", []),
    ("A", "토요일 10시 복지관 1층 로비로 오면 돼요 친구랑 같이 신청했죠?", []),
    ("B", "네 두명이요", []),
    ("A", "어르신들 점심 배식 도와주는 거예요 앞치마는 여기서 줘요", []),
    ("B", "몇 시에 끝나요?", []),
    ("A", "1시요 봉사시간은 3시간 입력돼요", []),
    ("B", "넵 감사합니다", []),
    ("A", "활동 사진은 기관 홍보에 쓸 수도 있는데 얼굴 나오는거 괜찮은지 보호자 동의서에 체크해서 와요", []),
    ("B", "네 엄마한테 써달라고 할게요", []),
])
# --- n41: two fans plan to go to a concert together with one mum ----------------------------------------------------
N("fan_meetup_peer", "팬카페 쪽지 → 카카오톡", [P("A", "peer", "팬카페에서 알게 된 동갑 친구", "f", 14), Y(14, "f")], [
    ("A", "혹시 이번 콘서트 가? 나 같이 갈 사람 없어서 ㅠ", []),
    ("B", "나 가!! 혼자 가는거 엄마가 안된대서 고민중", []),
    ("A", "우리 엄마가 데려다준다는데 같이 갈래?", []),
    ("B", "헐 진짜? 나 중2인데 너는?", []),
    ("A", "나도 중2 ㅋㅋ 동갑이네", []),
    ("B", "ㅋㅋ 대박 우리 엄마랑 너네 엄마 통화하면 될듯", []),
    ("A", "ㅇㅇ 엄마 번호는 엄마들끼리 주고받게 하자", []),
    ("B", "응 ㅋㅋ 나 포카 교환할거 가져갈게", []),
    ("A", "ㅋㅋ 나도 슬로건 두개 있어 하나 줄게", []),
    ("B", "헐 고마워 ㅠㅠ", []),
    ("A", "토요일 3시 공연장 앞 편의점에서 만나 엄마랑 같이 있을게", []),
    ("B", "ㅇㅋ 우리 엄마도 같이 가서 인사한대 ㅋㅋ", []),
    ("A", "(토요일) 나 도착했어 편의점 안 ㅋㅋ", []),
    ("B", "나도 거의 다 옴 엄마랑 같이", []),
    ("A", "빨간 가방 맨 게 나야 ㅋㅋ", []),
    ("B", "보인다 ㅋㅋㅋ", []),
])
# --- n42: big brother picks his sister up from the station at night ------------------------------------------------
N("family_pickup", "카카오톡 (오빠)", [P("A", "relative", "오빠 (대학생)", "m", 21), Y(15, "f")], [
    ("B", "오빠 나 오늘 친구랑 영화 보고 늦게 와", []),
    ("A", "몇 시에 끝나는데", []),
    ("B", "9시쯤? 엄마가 오빠한테 데리러 가래", []),
    ("A", "아 귀찮은데 ㅋㅋ 알겠어", []),
    ("B", "오빠 나 지금 역 도착", []),
    ("A", "벌써? 기다려 데리러 갈게", []),
    ("B", "ㅇㅋ 몇분 걸려", []),
    ("A", "10분 출구 어디야", []),
    ("B", "2번 출구 ㅋㅋ 편의점 안에 있을게", []),
    ("A", "ㅇㅋ 밖에 나오지 마 어두워", []),
    ("B", "엄마가 오빠한테 용돈 줬다며 나 떡볶이", []),
    ("A", "ㅋㅋ 그건 기름값이야", []),
    ("B", "치사해 ㅋㅋㅋ", []),
    ("A", "ㅋㅋ 알겠어 떡볶이 사줄게 엄마한텐 비밀", []),
    ("B", "(10분 뒤) 오빠 차 보임", []),
])
# --- n43: class rep collects contact and age info for a field trip --------------------------------------------------
N("club_roster", "학급 단톡방", [P("A", "peer", "반장", "m", 16), Y(16, "m"), P("C", "teacher", "담임 선생님", "f")], [
    ("A", "수학여행 명단 정리 중인데 생년월일이랑 보호자 연락 가능 여부 체크해줘", []),
    ("B", "생년월일은 왜?", []),
    ("A", "여행자보험 가입한대 쌤이", []),
    ("C", "네 맞아요 보험 때문에 필요해요 폼으로 내면 돼요", []),
    ("B", "아 ㅇㅋ", []),
    ("A", "방 배정은 4명씩 원하는 사람 적어서 내래", []),
    ("B", "나 ○○이랑 ○○이랑", []),
    ("C", "밤 10시 이후 방 밖 외출 금지예요 ㅎㅎ 미리 말해둘게요", []),
    ("A", "ㅋㅋ 넵", []),
    ("B", "사진 찍어도 돼요?", []),
    ("C", "그럼요 다른 친구 찍을 땐 동의 받고요", []),
])
# --- n44: aunt asks for a selfie to show grandma, video call on Sunday -------------------------------------------------
N("family_videocall", "가족 단톡방", [P("A", "relative", "고모", "f"), Y(12, "m")], [
    ("A", "우리 조카 졸업식 사진 올려줘~", []),
    ("B", "(사진)", []),
    ("A", "어머 멋있다 ㅎㅎ 이제 중학생이네", []),
    ("B", "ㅋㅋ 교복 맞추러 갔다왔어요", []),
    ("A", "교복 입은 사진도 보내줘 할머니가 보고싶어 하셔", []),
    ("B", "아직 안나왔어요 다음주에 나온대요", []),
    ("A", "그래 그럼 일요일에 할머니랑 영통하자 고모가 할머니 집에 있을게", []),
    ("B", "넹 몇시요?", []),
    ("A", "점심 먹고 2시쯤 ㅎㅎ", []),
    ("B", "ㅇㅋ 엄마 폰으로 걸게요", []),
    ("A", "용돈도 준비해놨다 ㅎㅎ 입학 선물", []),
    ("B", "감사합니다 고모!!", []),
    ("B", "(일요일) 고모 지금 영통 걸게요", []),
    ("A", "응 할머니 옆에 계셔 ㅎㅎ", []),
    ("B", "할머니 안녕하세요!!", []),
    ("A", "할머니가 우리 손주 다 컸다고 우신다 ㅋㅋ", []),
])
# --- n45: friend panics after a random chat; the other calms her and points to 117 -------------------------------------
N("peer_report", "카카오톡", [P("A", "peer", "친한 친구", "f", 16), Y(16, "f")], [
    ("B", "야 나 어떡해", []),
    ("A", "왜 무슨일", []),
    ("B", "랜챗에서 만난 사람이 앱 깔라고 해서 깔았는데 연락처 다 받았다고 돈 보내래", []),
    ("A", "헐 돈 보냈어?", []),
    ("B", "아니 아직", []),
    ("A", "절대 보내지마 보내면 계속 달래 학교에서 배웠잖아", []),
    ("B", "근데 사진 뿌린다는데 ㅠㅠ", []),
    ("A", "117에 전화하자 지금 나랑 같이 캡처 정리해", []),
    ("A", "그 앱 지우기 전에 캡처 먼저 하고 폰은 비행기모드", []),
    ("B", "ㅠㅠ 엄마한테 말해야 되지", []),
    ("A", "응 말하자 내가 옆에 있어줄게 너 잘못 아니야", []),
    ("B", "고마워 진짜", []),
    ("A", "(한 시간 뒤) 엄마한테 말했어?", []),
    ("B", "응.. 엄마가 같이 경찰서 가재 117에도 전화했어", []),
    ("A", "잘했다 진짜 용감해", []),
    ("B", "경찰 아저씨가 돈 안보낸거 잘했대", []),
    ("A", "ㅇㅇ 이제 괜찮을거야 내일 학교에서 보자", []),
    ("B", "응 고마워 ㅠㅠ", []),
])
# --- n46: a family friend's "aunt" visits; home-visit logistics --------------------------------------------------------
N("home_visit", "카카오톡 (엄마)", [P("A", "parent", "엄마", "f"), Y(14, "m")], [
    ("A", "아들 오늘 엄마 친구 이모네 가족 저녁에 놀러와", []),
    ("B", "누구? 그 부산 이모?", []),
    ("A", "응 ㅎㅎ 이모가 너 몇 학년 됐냐고 물어보더라", []),
    ("B", "ㅋㅋ 중2라고 해", []),
    ("A", "이모네 딸이 너랑 동갑이야 같이 놀아줘", []),
    ("B", "ㅇㅋ 게임 같이하면 되지", []),
    ("A", "방 좀 치워놔 ㅋㅋ", []),
    ("B", "아 ㅠㅠ 알겠어", []),
    ("A", "이모가 용돈 주셔도 엄마한테 맡겨 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 그건 안돼", []),
    ("A", "7시에 도착하신대 학원 끝나고 바로 와", []),
    ("B", "(저녁) 엄마 나 도착 이모 오셨어?", []),
    ("A", "응 거실에 계셔 인사드려", []),
])
# --- n47: high-school senior mentoring a junior before a school interview --------------------------------------------------
N("school_mentor_peer", "학교 동아리 단톡 → 개인톡", [P("A", "peer", "동아리 선배 (고3)", "f", 18), Y(16, "f")], [
    ("A", "오늘 동아리 회의 수고했어 ㅎㅎ", []),
    ("B", "선배도요!! 회의록 제가 올릴게요", []),
    ("A", "면접 준비 잘 돼가?", []),
    ("B", "선배 ㅠㅠ 떨려요", []),
    ("A", "ㅋㅋ 다 떨려 내가 작년에 받은 질문 보내줄게", []),
    ("B", "헐 감사해요", []),
    ("A", "점심시간에 동아리방에서 모의면접 해줄까?", []),
    ("B", "좋아요!! 몇시요?", []),
    ("A", "12시 반 ㅎㅎ 다른 1학년들도 불러", []),
    ("B", "넹 단톡에 올릴게요", []),
    ("A", "아 그리고 자소서 사진 찍어서 보내봐 첨삭해줄게", []),
    ("B", "(사진)", []),
    ("A", "오 잘썼다 ㅎㅎ 두번째 문단만 줄이자", []),
])
# --- n48: counsellor on a prevention hotline explains 몸캠피싱 to a worried boy ----------------------------------------------
N("counsellor_prevention", "청소년 상담 채팅", [P("A", "counsellor", "사이버 상담사", "m"), Y(15, "m")], [
    ("B", "친구가 모르는 사람이랑 영통했는데 이 앱 깔면 소리 잘들린다고 했대요", []),
    ("A", "상담 요청해줘서 고마워요 친구가 그 앱을 깔았나요?", []),
    ("B", "아직 안깔았대요", []),
    ("A", "다행이에요 그건 몸캠피싱에서 자주 쓰는 수법이에요 연락처를 빼가요", []),
    ("B", "헐 ㄷㄷ", []),
    ("A", "친구에게 앱은 절대 깔지 말고 대화는 캡처해두고 차단하라고 전해줘요", []),
    ("B", "그 사람이 사진 보내달라고도 했대요", []),
    ("A", "그럼 더 확실하네요 사진도 보내지 말고 117에 신고할 수 있어요", []),
    ("B", "친구가 부모님한테 혼날까봐 말 못한대요", []),
    ("A", "피해가 생기기 전에 어른에게 알리는 게 가장 안전해요 혼날 일이 아니에요", []),
    ("B", "네 전해줄게요", []),
])
# --- n49: a dad's "secret" gift card for the game, approved by mum ----------------------------------------------------------
N("family_allowance", "카카오톡 (아빠)", [P("A", "parent", "아빠", "m"), Y(12, "m")], [
    ("B", "아빠 나 이번에 수학 100점", []),
    ("A", "오 우리 아들 대단한데", []),
    ("B", "약속한거 ㅋㅋ", []),
    ("A", "ㅋㅋ 게임 캐시 말이지? 문상 보냈다", []),
    ("B", "헐 아빠 최고 ㅋㅋㅋ", []),
    ("A", "엄마랑 얘기한거야 대신 게임 하루 1시간", []),
    ("B", "ㅠㅠ 주말엔 2시간", []),
    ("A", "ㅋㅋ 협상 잘하네 엄마한테 물어봐", []),
    ("B", "엄마한테 비밀로 해주면 안돼?", []),
    ("A", "안돼 ㅋㅋ 엄마가 다 알아", []),
    ("B", "ㅋㅋㅋ 알겠어", []),
    ("A", "대신 다음 시험도 잘 보면 아빠가 치킨 쏜다", []),
    ("B", "콜 ㅋㅋ 엄마한테 허락받고 게임함", []),
])
# --- n50: classmates tease each other: "사라지고 싶다" over an embarrassing moment ---------------------------------------------
N("hyperbole", "반 친구 단톡방", [P("A", "peer", "같은 반 친구", "f", 15), Y(15, "f"), P("C", "peer", "같은 반 친구", "f", 15)], [
    ("A", "아까 발표할때 ○○ 목소리 삑사리 ㅋㅋㅋㅋ", []),
    ("B", "아 말하지마 ㅋㅋ 진짜 사라지고 싶음", []),
    ("C", "ㅋㅋㅋ 쌤도 웃었음", []),
    ("B", "아 죽고싶다 ㅋㅋㅋㅋ 전학갈래", []),
    ("A", "ㅋㅋ 귀여웠어 ㄹㅇ", []),
    ("C", "내일이면 다 까먹어 ㅋㅋ", []),
    ("B", "ㅋㅋ 니네 영상 찍었으면 죽음", []),
    ("A", "안찍음 ㅋㅋ 믿어", []),
    ("C", "마라탕 먹고 잊어 ㅋㅋ 내가 쏨", []),
    ("B", "ㅋㅋ 콜", []),
])
# --- n51: swim club coach: training camp packing list and photos for the club page ------------------------------------------
N("sports_camp", "수영부 단톡방 (감독님)", [P("A", "staff", "수영부 감독님", "f", 45), Y(13, "f")], [
    ("A", "오늘 기록 측정 수고했어요", []),
    ("B", "감독님 저 기록 줄었어요?", []),
    ("A", "0.5초 줄었어요 ㅎㅎ 잘했어요", []),
    ("B", "헐 대박", []),
    ("A", "전지훈련 3박 4일 안내문 가정통신문으로 나갔어요", []),
    ("B", "감독님 숙소에서 핸드폰 써도 돼요?", []),
    ("A", "저녁 자유시간에만요 ㅎㅎ 부모님께 하루 한 번은 연락드려요", []),
    ("B", "넵", []),
    ("A", "수영복 두 벌 수모 수경 여벌 챙겨요", []),
    ("B", "훈련 사진 찍어요?", []),
    ("A", "학교 홈페이지에 올릴 단체 사진만 찍어요 개별 사진은 안 올려요", []),
    ("B", "다행이다 ㅋㅋ", []),
    ("A", "버스는 월요일 아침 7시 학교 정문 출발이에요 늦으면 부모님이 데려다 주셔야 해요", []),
    ("B", "알겠습니다!", []),
])
# --- n52: youth's question about a suspicious job ad, parent advises -----------------------------------------------------
N("parent_monitoring", "카카오톡 (아빠)", [P("A", "parent", "아빠", "m"), Y(17, "f")], [
    ("A", "딸 오늘 야자 몇시에 끝나", []),
    ("B", "10시 ㅠ 아빠 데리러 와?", []),
    ("A", "응 정문 앞에 있을게", []),
    ("B", "ㅇㅋ 아 그리고 물어볼거 있어", []),
    ("B", "아빠 이거 봐봐 알바 광고인데 하루에 20 준대", []),
    ("B", "(캡처)", []),
    ("A", "미성년자 가능 부모 동의 필요 없음? 이거 이상한거야", []),
    ("B", "그치? 텔레로 연락하래", []),
    ("A", "정상적인 알바는 근로계약서 쓰고 동의서 받아 그런건 100% 사기거나 더 나쁜거", []),
    ("B", "ㅋㅋ 그냥 물어본거야 안할거야", []),
    ("A", "잘했어 친구들한테도 말해줘", []),
    ("B", "응 근데 나 진짜 알바 하고 싶긴 해", []),
    ("A", "방학에 아빠 아는 빵집 알아봐줄게 주말만", []),
    ("B", "오 좋아!!", []),
])
# --- n53: tutor: parent present, scheduling the first lesson -------------------------------------------------------------
N("tutor", "카카오톡 (과외 연결)", [P("A", "teacher", "수학 과외 선생님 (대학생)", "m", 23), Y(16, "m")], [
    ("A", "안녕하세요 어머님 통해서 연락처 받았어요 과외 맡게 된 선생님이에요", []),
    ("B", "안녕하세요", []),
    ("A", "몇 학년이고 지금 어디까지 배웠어요?", []),
    ("B", "고1이고 이차함수요", []),
    ("A", "좋아요 첫 수업은 어머님이 화요일 7시로 하자고 하셨어요 집으로 갈게요", []),
    ("B", "네", []),
    ("A", "지난 시험지 있으면 사진 찍어서 보내줄래요? 약한 부분 보려구요", []),
    ("B", "(사진)", []),
    ("A", "고마워요 ㅎㅎ 계산 실수가 좀 있네요 그건 금방 잡혀요", []),
    ("B", "네 ㅋㅋ", []),
    ("A", "화요일에 봐요 어머님께도 확인 문자 드렸어요", []),
    ("B", "(화요일) 쌤 저 오늘 학원 보충 때문에 7시 반에 와요", []),
    ("A", "그럼 어머님께 말씀드리고 7시 반에 시작할게요", []),
    ("B", "넵 감사합니다", []),
])
# --- n54: brothers share a game account; "don't tell mum" about the skin ---------------------------------------------------
N("sibling_outfit", "카카오톡 (형)", [P("A", "relative", "형 (고2)", "m", 17), Y(13, "m")], [
    ("A", "야 내 계정으로 랭겜 돌렸냐", []),
    ("B", "ㅋㅋ 한판만 했어", []),
    ("A", "한판인데 티어가 왜 떨어졌냐 ㅡㅡ", []),
    ("B", "ㅋㅋㅋ 미안 형", []),
    ("A", "대신 내일 학교에 내 체육복 가져다줘 놓고옴", []),
    ("B", "ㅇㅋ 몇시에", []),
    ("A", "점심시간에 정문 ㅋㅋ", []),
    ("B", "그럼 스킨 하나 사줘 ㅋㅋ", []),
    ("A", "ㅋㅋ 양심 어디감 엄마한텐 비밀로 해주면 생각해봄", []),
    ("B", "뭘 비밀로 해", []),
    ("A", "내가 학원 안간거 ㅋㅋ", []),
    ("B", "ㅋㅋㅋ 딜", []),
    ("A", "(저녁) 체육복 고맙다 ㅋㅋ 스킨 사줌", []),
    ("B", "헐 진짜?? 형 최고", []),
    ("A", "대신 내 계정 랭겜 금지 ㅋㅋ", []),
])
# --- n55: news talk between mum and daughter about sextortion ---------------------------------------------------------------
N("news_discussion", "카카오톡 (엄마)", [P("A", "parent", "엄마", "f"), Y(15, "f")], [
    ("A", "딸 이 기사 봤어? 청소년한테 사진 보내라고 협박하는 사람들 잡혔대", []),
    ("A", "(기사 링크 캡처)", []),
    ("B", "응 학교에서도 얘기했어 딥페이크 그런거", []),
    ("A", "무섭다 너 SNS 비공개지?", []),
    ("B", "응 친구들만 ㅋㅋ", []),
    ("A", "혹시라도 누가 그런 메시지 보내면 혼자 고민하지 말고 엄마한테 바로 말해", []),
    ("B", "알아 ㅋㅋ 117 신고하면 된대", []),
    ("A", "그래 엄마는 절대 안 혼내 약속", []),
    ("B", "응 ㅎㅎ 엄마 저녁 뭐야", []),
    ("A", "김치찌개 ㅋㅋ 일찍 와", []),
    ("B", "엄마 근데 우리반 애 하나가 딥페이크 당했대", []),
    ("A", "어머 그 친구 괜찮아? 선생님은 아셔?", []),
    ("B", "응 선생님이 경찰에 신고했대", []),
    ("A", "잘했네 그 친구 잘못 아니니까 너도 옆에서 잘해줘", []),
    ("B", "응 ㅎㅎ", []),
])
# --- n56: same-age couple: "where do you live", "I'll walk you home" -----------------------------------------------------------
N("teen_dating", "카카오톡", [P("A", "peer", "남자친구 (같은 학년)", "m", 17), Y(17, "f")], [
    ("A", "오늘 모의고사 어땠냐", []),
    ("B", "국어 망함 ㅋㅋ 너는", []),
    ("A", "수학 망함 ㅋㅋ 동지", []),
    ("A", "오늘 야자 끝나고 집까지 데려다줄게", []),
    ("B", "ㅋㅋ 너희집 반대방향이잖아", []),
    ("A", "괜찮아 운동 삼아", []),
    ("B", "ㅋㅋ 감동", []),
    ("A", "(10시) 정문 앞에 있음", []),
    ("B", "ㅇㅋ 나감", []),
    ("A", "(다음날) 어제 엄마한테 걸렸냐 ㅋㅋ", []),
    ("B", "ㅋㅋ 창문으로 봤대 누구냐고", []),
    ("A", "헐 뭐라고 함", []),
    ("B", "그냥 사실대로 말함 ㅋㅋ 엄마가 다음에 집에 데려오래", []),
    ("A", "헐 떨린다 ㅋㅋ", []),
    ("B", "ㅋㅋ 착한척 해", []),
])
# --- n57: dance-academy teacher asks to send practice videos for feedback ----------------------------------------------------------
N("academy_grade", "댄스학원 단톡방 (원장님)", [P("A", "teacher", "댄스학원 선생님", "f", 29), Y(14, "f")], [
    ("A", "이번 주 연습 영상 단톡에 올려주세요 피드백 드릴게요", []),
    ("B", "쌤 집에서 찍어도 돼요?", []),
    ("A", "네 ㅎㅎ 공간 넓은 곳에서 전신 나오게요", []),
    ("B", "넵", []),
    ("A", "발표회 반 배정 때문에 그런데 몇 학년이었죠?", []),
    ("B", "중2요", []),
    ("A", "그럼 중등부 B반이에요 발표회는 다음달 셋째주 토요일", []),
    ("B", "의상은 어떻게 해요?", []),
    ("A", "학원에서 단체로 맞춰요 부모님께 안내문 보냈어요", []),
    ("B", "(영상)", []),
    ("A", "좋아요 ㅎㅎ 두번째 파트 팔 동작만 더 크게", []),
])
# --- n58: friends move a group chat to LINE because a classmate has no KakaoTalk ------------------------------------------------------
N("peer_platform_move", "반 친구 단톡방", [P("A", "peer", "같은 반 친구", "f", 13), Y(13, "f")], [
    ("A", "○○ 카톡 없대 엄마가 못깔게 했대", []),
    ("B", "헐 그럼 조별과제 어떻게 해", []),
    ("A", "라인은 있대 라인으로 옮기자", []),
    ("B", "ㅇㅋ 라인 방 누가 만듦?", []),
    ("A", "내가 만들게 다들 라인 깔아", []),
    ("B", "깔았음 초대해줘", []),
    ("A", "초대함 자료 사진 거기 올려", []),
])
# --- n59: 1388 counsellor + youth: "can I stay somewhere tonight?" ----------------------------------------------------------------
N("runaway_support", "1388 청소년 상담 채팅", [P("A", "counsellor", "1388 상담사", "f"), Y(14, "m")], [
    ("B", "집에 들어가기 싫은데 오늘 잘 데 있어요?", []),
    ("A", "연락 줘서 고마워요 지금 안전한 곳에 있어요?", []),
    ("B", "공원이요", []),
    ("A", "혹시 몇 살인지랑 어느 지역인지 알려줄 수 있어요? 가까운 쉼터를 찾아볼게요", []),
    ("B", "14살이고 인천이요", []),
    ("A", "인천에 청소년쉼터가 있어요 오늘 밤 잘 수 있고 식사도 있어요", []),
    ("B", "거기 가면 경찰 와요?", []),
    ("A", "아니에요 쉼터 선생님들이 맞아줘요 걸어서 가기 어려우면 선생님이 데리러 갈 수 있어요", []),
    ("B", "온라인에서 어떤 형이 재워준다고 했는데", []),
    ("A", "그건 위험할 수 있어요 모르는 어른 집에는 가지 말고 쉼터로 가요 약속해요", []),
    ("B", "네 쉼터 갈게요", []),
    ("A", "고마워요 지금 있는 공원 이름 알려줄래요? 선생님이 쉼터 선생님께 연결할게요", []),
    ("B", "(공원 이름)이요", []),
    ("A", "30분 안에 쉼터 선생님이 가실 거예요 밝은 곳에 있어요", []),
    ("B", "네", []),
])
# --- n60: game trade with a stranger that the youth handles safely via the official market ---------------------------------------------
N("game_trade", "게임 채팅", [P("A", "adult_stranger", "게임 유저", "m"), Y(16, "m")], [
    ("A", "님 그 한정 펫 팔아요?", []),
    ("B", "네 팔긴 함", []),
    ("A", "현금으로 살게요 계좌 주세요", []),
    ("B", "현거래는 안해요 계정 정지됨 ㅋㅋ", []),
    ("A", "아 그럼 게임 내 거래소에 올려줘요 골드로 살게", []),
    ("B", "ㅇㅋ 올림 이름 똑같이", []),
    ("A", "구매했어요 ㄳ", []),
    ("B", "ㄳㄳ", []),
    ("A", "혹시 길드 있어요? 우리 길드 사람 구하는데", []),
    ("B", "이미 친구들이랑 길드 있어요 ㅎㅎ", []),
    ("A", "ㅇㅋ 즐겜하세요", []),
])
# --- n61: grandma sends pocket money by transfer, asks for a photo with the gift -------------------------------------------
N("family_allowance", "카카오톡 (외할머니)", [P("A", "relative", "외할머니", "f"), Y(16, "f")], [
    ("A", "우리 손녀 시험 끝났나", []),
    ("B", "네 할머니 어제 끝났어요", []),
    ("A", "고생했다 할미가 용돈 조금 보냈다 엄마 계좌로", []),
    ("B", "헐 할머니 감사해요 ㅠㅠ", []),
    ("A", "맛있는거 사먹고 사진 보내라 할미도 보게", []),
    ("B", "네 ㅋㅋ 친구들이랑 마라탕 먹을거에요", []),
    ("A", "마라탕이 뭐꼬", []),
    ("B", "ㅋㅋㅋ 매운 국수요", []),
    ("B", "(사진) 이거에요!", []),
    ("A", "아이고 빨갛다 배탈 조심해라", []),
    ("B", "ㅋㅋ 넹 사랑해요", []),
    ("A", "방학하면 데리러 갈테니 할미 집 와서 며칠 자고 가라", []),
    ("B", "좋아요!! 할머니 보고싶어요", []),
    ("A", "할미도 보고싶다 우리 강아지", []),
])
# --- n62: teacher asks for a photo of a lost student ID; the 학생증 re-issue --------------------------------------------------
N("yearbook_photo", "카카오톡 (학생부 선생님)", [P("A", "teacher", "학생부 선생님", "m"), Y(17, "m")], [
    ("B", "쌤 학생증 잃어버렸어요 재발급 어떻게 해요?", []),
    ("A", "증명사진 한 장이랑 신청서 내면 돼요", []),
    ("B", "사진 파일로 보내도 돼요?", []),
    ("A", "네 교복 입고 찍은 증명사진 파일로 보내요 배경 흰색", []),
    ("B", "작년 졸업앨범 사진 써도 돼요?", []),
    ("A", "1년 이내 사진이면 돼요 ㅎㅎ 몇 학년 몇 반이에요?", []),
    ("B", "2학년 3반이요", []),
    ("A", "좋아요 신청서는 담임 선생님께 받아요", []),
    ("B", "(사진) 이거요", []),
    ("A", "잘 받았어요 다음주 화요일에 나와요", []),
])
# --- n63: counsellor at a school Wee class asks about age and home region for a programme -------------------------------------------
N("counsellor_intake", "위클래스 상담 채팅", [P("A", "counsellor", "위클래스 상담 선생님", "f"), Y(13, "m")], [
    ("A", "어제 상담 와줘서 고마워요 오늘 기분은 어때요?", []),
    ("B", "조금 나아요", []),
    ("A", "다행이다 ㅎㅎ 방학 캠프 프로그램 소개해주려고 하는데 몇 살이었죠?", []),
    ("B", "중1 13살이요", []),
    ("A", "그럼 신청 가능해요 집이 학교 근처예요? 셔틀 노선 때문에", []),
    ("B", "네 학교 뒤 아파트요", []),
    ("A", "좋아요 부모님 동의서가 필요해서 가정통신문 보낼게요", []),
    ("B", "친구도 같이 가도 돼요?", []),
    ("A", "물론이죠 ㅎㅎ 친구 이름 알려주면 같이 신청해줄게요", []),
    ("B", "감사합니다 쌤", []),
    ("A", "힘들면 언제든 위클래스 와요 선생님은 항상 있어요", []),
    ("B", "쌤 캠프는 며칠이에요?", []),
    ("A", "2박 3일이에요 숙소는 청소년수련원이고 선생님들이 같이 가요", []),
    ("B", "핸드폰 가져가도 돼요?", []),
    ("A", "밤에는 걷어요 ㅎㅎ 부모님 연락은 선생님 폰으로 할 수 있어요", []),
])
# --- n64: a friend warns about a "sponsor" DM she received -----------------------------------------------------------------------
N("peer_report", "카카오톡", [P("A", "peer", "친구", "f", 17), Y(17, "f")], [
    ("B", "야 오늘 야자 째냐", []),
    ("A", "ㄴㄴ 할거임 ㅋㅋ 근데 할 얘기 있어", []),
    ("A", "야 나 인스타로 스폰 제안 받음 ㅋㅋㅋ", []),
    ("B", "?? 뭔데", []),
    ("A", "가방 사준다고 한달에 두번 만나재 미친놈", []),
    ("B", "헐 소름 몇살이래", []),
    ("A", "30대라는데 ㅋㅋ 내가 고딩인거 알면서", []),
    ("B", "신고해 그거 완전 범죄야", []),
    ("A", "ㅇㅇ 캡처하고 신고함 차단도 함", []),
    ("B", "잘했다 혹시 모르니까 담임한테도 말해", []),
    ("A", "ㅇㅋ 너도 조심해 요즘 이런거 많대", []),
    ("B", "ㅇㅇ 나 DM 막아놨어 ㅋㅋ", []),
])
# --- n65: an aunt helps her nephew install a video-call app -----------------------------------------------------------------------
N("family_tech_help", "카카오톡 (이모)", [P("A", "relative", "이모", "f"), Y(12, "m")], [
    ("A", "우리 조카 이번에 반장 됐다며? ㅎㅎ", []),
    ("B", "ㅋㅋ 부반장이요", []),
    ("A", "그것도 대단하지 ㅎㅎ 축하해", []),
    ("B", "감사해요 이모", []),
    ("A", "이모가 보낸 앱 깔았어? 할머니랑 영상통화 하는거", []),
    ("B", "어떤 앱이요? 엄마가 모르는 앱 깔지 말랬는데", []),
    ("A", "ㅎㅎ 잘했네 앱스토어에서 가족 영상통화 앱 검색해 엄마한테 물어보고 깔아", []),
    ("B", "엄마가 깔아줬어요", []),
    ("A", "좋아 이제 할머니 방 들어가봐", []),
    ("B", "소리가 안 들려요", []),
    ("A", "오른쪽 아래 스피커 눌러봐", []),
    ("B", "이제 들려요 ㅋㅋ 할머니 보여요", []),
    ("A", "ㅎㅎ 성공 할머니가 너 보고싶다고 매일 전화하실걸", []),
    ("B", "ㅋㅋㅋ 괜찮아요", []),
    ("A", "ㅋㅋ 다음주 할머니 생신때 영상통화로 다 같이 노래 부르자", []),
    ("B", "ㅋㅋ 좋아요 저 리코더 할게요", []),
    ("A", "ㅎㅎ 할머니 좋아하시겠다", []),
])
# --- n66: classmates plan a surprise for their teacher: "delete the chat", "is the teacher there?" ----------------------------------
N("surprise_secrecy", "반 친구 단톡방 (쌤 빼고)", [P("A", "peer", "반장", "f", 16), Y(16, "f"), P("C", "peer", "같은 반 친구", "m", 16)], [
    ("A", "다음주 스승의날 담임쌤 깜짝 이벤트 하자", []),
    ("C", "ㄱㄱ 뭐함", []),
    ("B", "칠판에 편지 쓰고 케이크?", []),
    ("A", "ㅇㅋ 돈은 한명당 천원씩", []),
    ("C", "쌤 지금 교실에 계셔? 들키면 안됨", []),
    ("B", "교무실 가심 ㅋㅋ", []),
    ("A", "이 방 쌤한테 절대 말하지마 비밀", []),
    ("C", "ㅋㅋ 끝나면 단톡 지우자", []),
    ("B", "아침 7시 반에 교실 모여 꾸미기", []),
    ("A", "ㅇㅋ 풍선은 내가 사옴", []),
    ("C", "사진은 내가 찍을게 ㅋㅋ", []),
    ("B", "(스승의날) 쌤 우셨어 ㅋㅋㅋ", []),
    ("A", "ㅋㅋㅋ 대성공", []),
    ("C", "사진 단톡에 올린다", []),
])
# --- n67: older cousin asks a 12-year-old's age for a movie rating ------------------------------------------------------------------
N("family_pickup", "카카오톡 (사촌 언니)", [P("A", "relative", "사촌 언니 (대학생)", "f", 22), Y(12, "f")], [
    ("A", "우리 막내 시험 끝났다며", []),
    ("B", "응 언니 어제 끝남 ㅋㅋ", []),
    ("A", "잘봤어?", []),
    ("B", "비밀 ㅋㅋ", []),
    ("A", "이번 주말에 영화 보여줄게 뭐 보고 싶어?", []),
    ("B", "그 공포영화!!", []),
    ("A", "그거 15세 관람가야 ㅋㅋ 너 몇 살이지?", []),
    ("B", "12살 ㅠㅠ", []),
    ("A", "ㅋㅋ 그럼 못봐 애니 보자", []),
    ("B", "치 알겠어", []),
    ("A", "토요일 1시에 집으로 데리러 갈게 이모한테도 말했어", []),
    ("B", "ㅇㅋ 팝콘 사줘", []),
    ("A", "ㅋㅋ 캬라멜 반반", []),
    ("B", "언니 최고", []),
    ("A", "끝나고 데려다줄게 저녁 전에", []),
])
# --- n68: volunteer modelling for a school poster, with parental consent ----------------------------------------------------------------
N("school_sponsor", "학생회 단톡방", [P("A", "teacher", "학생회 담당 선생님", "m"), Y(15, "f")], [
    ("A", "학교 축제 포스터 모델 해줄 학생 두 명 구해요", []),
    ("B", "쌤 제가 해볼래요!", []),
    ("A", "고마워요 ㅎㅎ 교복 입고 찍을 거예요 장소는 학교 도서관", []),
    ("B", "언제 찍어요?", []),
    ("A", "목요일 방과후 4시 사진부 학생이 찍어줄 거예요", []),
    ("B", "포스터에 얼굴 나와요?", []),
    ("A", "네 그래서 보호자 동의서가 필요해요 내일 나눠줄게요", []),
    ("B", "넵 엄마한테 말할게요", []),
    ("A", "지역 상가에서 후원해서 간식도 나와요 ㅎㅎ", []),
    ("B", "오 ㅋㅋ 좋아요", []),
    ("A", "(목요일) 도서관 앞에 모여요 사진부 학생 왔어요", []),
    ("B", "쌤 저 도착했어요", []),
    ("A", "좋아요 자연스럽게 책 읽는 포즈로 찍을게요 ㅎㅎ", []),
])
# --- n69: an older sister warns her brother about a random video chat app ------------------------------------------------------------------
N("counsellor_prevention", "카카오톡 (누나)", [P("A", "relative", "누나 (대학생)", "f", 20), Y(14, "m")], [
    ("A", "누나 이번 주말에 집 간다", []),
    ("B", "헐 진짜? 치킨 사와", []),
    ("A", "ㅋㅋ 용돈 받는 사람이 누군데", []),
    ("B", "ㅋㅋㅋ 누나", []),
    ("A", "너 폰에 그 랜덤 영상채팅 앱 뭐야", []),
    ("B", "아 그냥 친구가 재밌다고 해서", []),
    ("A", "그거 지워 진짜로 거기 이상한 사람 많아", []),
    ("B", "그냥 얘기만 하는건데", []),
    ("A", "얘기하다 영통하자고 하고 녹화해서 협박하는거 뉴스 안봤어?", []),
    ("B", "ㄷㄷ 그런거 있어?", []),
    ("A", "몸캠피싱 검색해봐 남자애들이 더 많이 당해", []),
    ("B", "헐 ㅇㅋ 지울게", []),
    ("A", "혹시 누가 협박하면 누나한테 바로 말해 엄마한텐 누나가 같이 말해줄게", []),
    ("B", "ㅇㅋ 고마워 누나", []),
    ("B", "(다음날) 누나 지웠어 그리고 친구한테도 말해줌", []),
    ("A", "잘했어 ㅎㅎ 주말에 치킨 사간다", []),
    ("B", "ㅋㅋㅋ 누나 최고", []),
])
# --- n70: two friends plan to go to a youth centre together ---------------------------------------------------------------------------------
N("classmates_meetup", "카카오톡", [P("A", "peer", "친구", "m", 16), Y(16, "m")], [
    ("A", "야 너 요즘 드럼 영상 보냐", []),
    ("B", "ㅇㅇ 맨날 봄 ㅋㅋ", []),
    ("A", "청소년수련관에서 밴드 동아리 한다는데 같이 갈래?", []),
    ("B", "오 나 드럼 배우고 싶었음", []),
    ("A", "ㅋㅋ 나 기타 ㄱㄱ", []),
    ("B", "언제 가는데", []),
    ("A", "토요일 2시 수련관 앞 버스정류장에서 만나", []),
    ("B", "ㅇㅋ 돈 내야됨?", []),
    ("A", "무료래 ㅋㅋ 청소년은", []),
    ("B", "개꿀", []),
    ("A", "신청서에 보호자 연락처 적어야 된대", []),
    ("B", "ㅇㅋ 엄마 번호 적으면 되지", []),
    ("A", "ㅇㅇ 늦지마라", []),
])
# --- n71: convenience-store job: the manager explains hours and the guardian consent form -----------------------------------------
N("job_employer", "알바 앱 채팅 → 카카오톡", [P("A", "employer", "편의점 점장님", "f", 39), Y(17, "m")], [
    ("A", "지원서 봤어요 학생이죠? 나이 확인 좀 할게요", []),
    ("B", "네 17살 고2예요", []),
    ("A", "주말 오전 타임 가능해요? 8시부터 2시", []),
    ("B", "네 가능해요", []),
    ("A", "조건 말씀드리면 시급은 최저시급이고 주휴수당 있고 청소년이라 밤 근무는 없어요", []),
    ("B", "좋아요", []),
    ("A", "보호자 동의서 양식 보내줄게요 부모님 사인 받아와요", []),
    ("B", "네 알겠습니다", []),
    ("A", "첫 출근 전에 근로계약서 같이 쓰고 교육 한 시간 해요", []),
    ("B", "교육도 시급 나와요?", []),
    ("A", "당연하죠 ㅎㅎ 다음주 토요일 8시에 봐요", []),
    ("B", "(토요일) 점장님 저 도착했어요 동의서 가져왔어요", []),
    ("A", "네 ㅎㅎ 창고에서 조끼 입고 카운터로 와요", []),
    ("B", "넵", []),
    ("A", "계산대 사용법부터 알려줄게요 천천히 해요", []),
])
# --- n72: real talent agency contacts a parent; youth relays -------------------------------------------------------------------------
N("audition_official", "카카오톡 (아빠)", [P("A", "parent", "아빠", "m"), Y(16, "m")], [
    ("B", "아빠 어떤 회사에서 나 모델 해볼 생각 있냐고 연락 옴", []),
    ("A", "어디서? 어떻게 연락왔는데", []),
    ("B", "학교 축제 영상 보고 인스타 디엠", []),
    ("A", "음 요즘 그런 사칭 많아 회사 이름 알려줘봐", []),
    ("B", "(캡처)", []),
    ("A", "아빠가 회사 대표번호로 직접 전화해봤어 진짜 회사 맞네", []),
    ("B", "헐 대박", []),
    ("A", "미성년자라서 부모 동반 미팅만 한대 다음주 수요일 5시 회사에서", []),
    ("B", "아빠도 같이 가는거지?", []),
    ("A", "당연하지 ㅎㅎ 계약서 같은 건 아빠가 꼼꼼히 볼게", []),
    ("B", "ㅋㅋ 떨린다", []),
    ("A", "(수요일) 회사 로비 도착 아빠 주차하고 갈게", []),
    ("B", "응 1층에서 기다릴게", []),
])
# --- n73: photo club member asks a friend to model; parents fine ---------------------------------------------------------------------
N("photo_club", "카카오톡", [P("A", "peer", "사진 동아리 친구", "m", 17), Y(17, "f")], [
    ("A", "야 어제 동아리 회의 왜 안옴", []),
    ("B", "학원 보충 ㅠ 뭐 정함?", []),
    ("A", "공모전 나가기로 함 ㅋㅋ", []),
    ("B", "오 주제 뭔데", []),
    ("A", "봄 ㅋㅋ 그래서 부탁이 있음", []),
    ("A", "야 사진 공모전 인물 사진 모델 해줄 수 있어?", []),
    ("B", "나? ㅋㅋ 왜 나", []),
    ("A", "너 웃는거 자연스러워서 ㅋㅋ 벚꽃 배경으로", []),
    ("B", "ㅋㅋ 오케이 언제", []),
    ("A", "토요일 오전 10시 학교 뒤 공원", []),
    ("B", "다른 애들도 와?", []),
    ("A", "동아리 애들 다 와 각자 모델 데려옴 ㅋㅋ", []),
    ("B", "ㅇㅋ 옷 뭐 입어", []),
    ("A", "밝은색 아무거나 ㅋㅋ 사진은 공모전 내기 전에 너한테 먼저 보여줄게", []),
    ("B", "이상하게 나온건 빼라 ㅋㅋ", []),
    ("A", "ㅋㅋ 약속", []),
])
# --- n74: a mum buys a used uniform from another mum; kid relays measurements ------------------------------------------------------------
N("used_trade_peer", "중고거래 앱 채팅 (엄마 대신)", [P("A", "parent", "교복 파는 학부모", "f"), Y(14, "f")], [
    ("B", "안녕하세요 엄마 대신 연락드려요 ○○중 교복 파신다고 해서요", []),
    ("A", "네 안녕하세요 ㅎㅎ 몇 학년이에요?", []),
    ("B", "이번에 중2 올라가요", []),
    ("A", "우리 딸이 졸업해서 내놓은 거예요 동복 상하의랑 조끼", []),
    ("B", "사이즈 사진 볼 수 있을까요?", []),
    ("A", "(사진) 라벨 사진이에요 상의 66 치마 26", []),
    ("B", "딱 맞을거같아요 엄마가 3만원 괜찮대요", []),
    ("A", "네 좋아요 직거래 가능하세요?", []),
    ("B", "엄마가 토요일에 아파트 정문으로 가신대요", []),
    ("A", "네 그때 봬요 ㅎㅎ", []),
])
# --- n75: sleepover at grandma's with cousins -----------------------------------------------------------------------------------------------
N("sleepover", "사촌 단톡방", [P("A", "relative", "사촌 형 (고1)", "m", 16), Y(13, "m")], [
    ("A", "추석에 할머니집에서 자고 가지?", []),
    ("B", "ㅇㅇ 3일 잔대 ㅋㅋ", []),
    ("A", "ㅋㅋ 닌텐도 가져와 같이하자", []),
    ("B", "ㅇㅋ 형 컨트롤러 있어?", []),
    ("A", "ㅇㅇ 두개", []),
    ("B", "할머니가 우리 방에 이불 깔아주신대", []),
    ("A", "용돈 받으면 편의점 털자 ㅋㅋ", []),
])
# --- n76: metaverse: classmates rehearse a school play as avatars -----------------------------------------------------------------------------
N("metaverse_peer", "메타버스 월드 (반 친구들)", [P("A", "peer", "같은 반 친구", "m", 15), Y(15, "f"), P("C", "peer", "같은 반 친구", "f", 15)], [
    ("A", "연극 연습 메타버스에서 하자 방 만들었음", []),
    ("C", "ㅋㅋ 들어감", []),
    ("B", "나도 들어옴 비번 뭐야", []),
    ("A", "우리 반 번호 ㅋㅋ", []),
    ("B", "ㅇㅋ 들어옴", []),
    ("C", "대본 2장부터 하자", []),
    ("A", "내가 왕자 ㅋㅋ 너 마녀", []),
    ("B", "아 왜 나 마녀야 ㅋㅋㅋ", []),
    ("C", "가위바위보로 정했잖아 ㅋㅋ", []),
    ("A", "녹화해서 쌤한테 보내자 연습한 증거", []),
    ("B", "ㅇㅋ 근데 내 목소리 이상하게 나오면 지워", []),
    ("A", "ㅋㅋ 안 지움 쌤한테 그대로 보냄", []),
    ("C", "ㅋㅋㅋ 내일 실제 연습은 강당 4시", []),
    ("B", "ㅇㅋ 대본 다 외워감", []),
])
# --- n77: fan friends share a goods purchase; delivery to school -----------------------------------------------------------------------------
N("fan_meetup_peer", "카카오톡", [P("A", "peer", "같은 반 친구 (같은 팬)", "f", 13), Y(13, "f")], [
    ("A", "공구 굿즈 왔어어어어!!", [O_LONG]),
    ("B", "헐 내꺼도??", []),
    ("A", "ㅇㅇ 우리집으로 다 옴 ㅋㅋ", []),
    ("B", "내일 학교에 가져와줘", []),
    ("A", "ㅇㅋ 돈은 입금했지?", []),
    ("B", "어제 용돈 받아서 보냄 ㅋㅋ", []),
    ("A", "확인함 ㅋㅋ", []),
    ("B", "포카 누구 나왔어?", []),
    ("A", "비밀 ㅋㅋ 내일 까", []),
    ("B", "아 궁금해 죽겠네 ㅋㅋ", []),
    ("A", "ㅋㅋ 사진만 보내줌 (사진)", []),
])
# --- n78: university admission "조건부 합격", pocket-money ledger homework --------------------------------------------------------------------
N("word_sense", "가족 단톡방", [P("A", "relative", "사촌 누나 (고3)", "f", 18), Y(15, "m"), P("C", "parent", "엄마", "f")], [
    ("A", "나 대학 조건부 합격함!!!", []),
    ("C", "어머 축하해 ㅎㅎ 조건이 뭐야?", []),
    ("A", "수능 최저 맞추면 최종 합격이요 ㅋㅋ", []),
    ("B", "누나 대박 ㅋㅋ", []),
    ("A", "ㅋㅋ 고마워 근데 최저가 문제임", []),
    ("C", "할 수 있어 화이팅", []),
    ("B", "엄마 나 가정 숙제로 용돈기입장 써야돼 이번달 용돈 얼마였지", []),
    ("C", "3만원 ㅋㅋ 근데 편의점 쓴거 다 적어", []),
    ("B", "ㅋㅋ 그건 비밀", []),
    ("C", "ㅋㅋ 숙제에 비밀이 어딨어", []),
])
# --- n79: classmates discuss a documentary about online grooming ------------------------------------------------------------------------------
N("news_discussion", "모둠 단톡방", [P("A", "peer", "모둠원", "f", 16), Y(16, "m")], [
    ("A", "사회 발표 주제 온라인 그루밍으로 하자", []),
    ("B", "ㅇㅋ 자료 뭐 봄?", []),
    ("A", "다큐 봤는데 가해자가 처음엔 칭찬하고 선물 주고 비밀로 하자고 한대", []),
    ("B", "그다음에 사진 요구하고 만나자고 하는거지", []),
    ("A", "ㅇㅇ 그리고 텔레 같은 데로 옮기자고 한대", []),
    ("B", "통계 자료는 내가 찾을게", []),
    ("A", "대처법 슬라이드도 넣자 112랑 117, 1388도", []),
    ("B", "ㅇㅋ 발표는 누가", []),
    ("A", "너 ㅋㅋ 목소리 좋잖아", []),
    ("B", "ㅋㅋ 알겠음 금요일까지 자료 모으자", []),
    ("A", "그리고 피해자 잘못 아니라는 것도 꼭 넣자", []),
    ("B", "ㅇㅇ 그게 제일 중요한듯", []),
    ("A", "나 ppt 틀 만들게", []),
    ("B", "ㅇㅋ", []),
])
# --- n80: trade of a used game console between students, meeting at school gate -----------------------------------------------------------------
N("game_trade", "학교 커뮤니티 중고장터", [P("A", "peer", "같은 학교 학생 (고2)", "m", 17), Y(15, "m")], [
    ("B", "게임기 판다는 글 보고 왔어요 아직 있어요?", []),
    ("A", "ㅇㅇ 있음 1학년?", []),
    ("B", "네 1학년 7반이요", []),
    ("A", "ㅋㅋ 후배네 칩 두개 포함 15", []),
    ("B", "엄마가 13까지만 된대요 ㅠ", []),
    ("A", "ㅋㅋ 후배니까 13 ㅇㅋ", []),
    ("B", "감사합니다!! 언제 받을 수 있어요?", []),
    ("A", "내일 하교할때 정문 앞 4시", []),
    ("B", "넵 현금으로 가져갈게요", []),
    ("A", "ㅇㅋ 작동 확인하고 가져가", []),
    ("B", "(다음날) 선배 정문 도착했어요", []),
    ("A", "ㅇㅋ 나감 파란 가방", []),
])


# =============================================================================================
# POSTS
# =============================================================================================
# Positive: solicitation posts and ads (adult offers and youth-voiced), many obfuscated.
T(1, "ㅈㄱ ㄱㄴ? 17 여 오늘 밤만 페이 선입금", [AGE, PAY], "condition_self", ["chosung"])
T(1, "조/건 구해요 중3 여 방학이라 시간 많아요 쪽지", [AGE, PAY], "condition_self", ["spacing_symbols"])
T(1, "whrjs 찾음 교복 입고 나올 수 있는 분 우대 당일 현금", [AGE, PAY], "condition_offer", ["english_keyboard"])
T(1, "조💕건 ok 고딩 환영 차로 픽업 시간 협의", [AGE, MEET, PAY], "condition_offer", ["emoji_insertion"])
T(1, "0ㅑ한 얘기 같이 할 중딩 여자 구함 부모님 몰래 밤에", [AGE, SECRET, SEX], "sexual_chat", ["latin_digits_lookalike"])
T(1, "오늘 ㅇㄷ 필요한 학생 연락 주세요 밥만 먹어도 5 드림", [AGE, PAY], "condition_offer", ["chosung"])
T(1, "ㅎㅍ 구해요 16 남 집 나온지 3일 씻고 잘 곳만", [AGE, SHELTER], "helper_seek", ["chosung"])
T(1, "가🏠출 청소년 재워드립니다 밥 제공 경찰 연락 절대 안함", [SECRET, SHELTER], "helper_offer", ["emoji_insertion"])
T(1, "ㅅㅍ 해드려요 10대 여학생 한달 용돈 넉넉히 비밀 보장", [AGE, SECRET, SPON], "sponsor", ["chosung"])
T(1, "고수익 알바 미성년 가능 부모 동의 X 하루 두시간 텔레로 문의", [AGE, SECRET, MOVE, SPON], "sponsor", [])
T(1, "사.진 몇 장만 보내면 문상 드려요 얼굴 안 나와도 됨 학생 환영", [AGE, GIFT, IMG], "image_lure", ["spacing_symbols"])
T(1, "ㄱㅍㅌㅋ 3만원 드림 교복 셀카 한 장 중고딩만", [AGE, GIFT, IMG], "image_lure", ["chosung"])
T(1, "ㅇㅕㅇㅌㅗㅇ 10분에 만원 학생만 연락", [AGE, IMG, GIFT], "image_lure", ["jamo_split"])
T(1, "로벅스 충전해줄 사람 있음 초딩 중딩 디엠 주면 바로 감", [AGE, GIFT, MOVE], "gift_lure", [])
T(1, "게임 다이아 무제한 지원 대신 개인톡에서 친하게 지낼 동생만 13~15", [AGE, GIFT, MOVE], "gift_lure", [])
T(1, "용돈 급한 여 17 긴밤 가능해여어어 터미널 근처", [AGE, MEET, PAY], "condition_self", ["elongation"])
T(1, "[서울] 오늘 9시 만날 학생 구함 숏 15 긴 25", [AGE, MEET, PAY], "condition_offer", [])
T(1, "헬퍼 해드림 여자 가출 청소년 모텔 잡아드려요 오늘 바로 데리러 감", [MEET, SHELTER], "helper_offer", [])
T(1, "가출팸 자리 2개 남음 중고딩 남녀 상관없음 숙식 해결 일도 소개", [AGE, SHELTER, SPON], "helper_offer", [])
T(1, "집 나왔는데 재워주실 분 구해요 15 여 핸드폰 배터리 없어서 빨리요", [AGE, SHELTER], "helper_seek", [])
T(1, "tmvhs 구합니다 고2 여 진지하게 만나실 분만 라인 주세요", [AGE, MOVE, SPON], "sponsor", ["english_keyboard"])
T(1, "피팅모델 알바 14~17세 가능 촬영비 고액 보호자 없이 혼자 오는 분만", [AGE, SECRET, SPON, MEET], "sponsor", [])
T(1, "야 톡 할 중1 중2 구함 ㅋㅋ 사진 교환 가능한 사람", [AGE, IMG, SEX], "sexual_chat", ["spacing_symbols"])
T(1, "경험 없는 어린 친구 비밀 대화 해요 19금 얘기만", [AGE, SECRET, SEX], "sexual_chat", [])
T(1, "ㅈ0건 만남 오늘 역 앞 밥 사드려요 10대 우대", [AGE, MEET, PAY], "condition_offer", ["latin_digits_lookalike"])
T(1, "용-돈 필요해요 여 16 대전 주말 만남 가능", [AGE, MEET, PAY], "condition_self", ["spacing_symbols"])
T(1, "문상 10만원 드립니다 학생만 대화 몇 번 하고 영통 한 번", [AGE, GIFT, IMG], "gift_lure", [])
T(1, "알💸바 급하면 연락 중고딩 하루만에 30 버는 법 부모님 몰라도 됨", [AGE, SECRET, SPON], "sponsor", ["emoji_insertion"])
T(1, "조건 구해요오오 고1 여 오늘 안에 페이 먼저 주시는 분", [AGE, PAY], "condition_self", ["elongation"])
T(1, "ㄱㅊ한 학생 갈 곳 없으면 우리 집 방 있음 부모님 연락 안 해도 됨", [SECRET, SHELTER], "helper_offer", ["chosung"])
# Negative: real job ads, used trades, notices, news, 1388, help-seeking.
T(0, "[채용] 주말 카페 알바 만 16세 이상 보호자 동의서 필수 근로계약서 작성 후 근무", [], "job_ad")
T(0, "편의점 평일 오후 파트 구해요오오 시급 최저임금 이상 주휴수당 지급 학생 가능 밤 10시 전 퇴근", [], "job_ad", ["elongation"])
T(0, "학원 데스크 보조 대학생 모집 고등학생 지원 불가 근무 조건은 면접 때 안내", [], "job_ad")
T(0, "전단지 배포 단기 알바 만 18세 이상 당일 지급 아님 주 단위 정산", [], "job_ad")
T(0, "빵집 주말 알ㅂㅏ 구해요 제과 경험 없어도 됨 청소년은 부모님 동의서 제출", [], "job_ad", ["jamo_split"])
T(0, "중학교 여자 교복 하복 팝니다 상의 66 치마 26 직거래만 학교 앞", [], "used_trade")
T(0, "ㅁㅅ 5만원권 팝니다 안전결제만 받아요 직거래 원하면 역 앞", [], "used_trade", ["chosung"])
T(0, "기프티콘 케이크 교환해요 유효기간 다음달까지 치킨이랑 바꿔요", [], "used_trade")
T(0, "게임 계정 거래는 금지입니다 적발 시 영구 정지 공지 참고", [], "misc")
T(0, "tkwls 동아리 신입 모집 카메라 없어도 돼요 출사 매달 한 번", [], "misc", ["english_keyboard"])
T(0, "가출을 고민하고 있나요? 1388에 전화하거나 문자로 상담하세요 24시간 운영", [], "counsel_notice")
T(0, "온라인에서 만난 사람이 사진을 요구하거나 비밀로 하자고 하면 그루밍을 의심하세요", [], "counsel_notice")
T(0, "[예방 안내] 영상통화 중 앱 설치를 요구하면 몸캠피싱입니다 즉시 종료하고 117 신고", [], "counsel_notice")
T(0, "ㅈㄱ 제안 받으면 혼자 고민하지 말고 1366 또는 117로 연락하세요", [], "counsel_notice", ["chosung"])
T(0, "청소년쉼터 안내 숙식 무료 상담 후 귀가 또는 보호 지원 1388 연결", [], "shelter_notice")
T(0, "갈 곳 없는 청소년 오늘 밤 쉼터에서 쉬어요 식사 샤워 상담 모두 무료", [], "shelter_notice")
T(0, "'헬퍼' 사칭해 가출 청소년 유인한 20대 구속…모텔 숙박 미끼", [], "news")
T(0, "랜덤채팅 조건만남 알선 일당 검거 피해자 대부분 중학생", [], "news")
T(0, "딥페이크 합성물로 청소년 협박한 10대 무더기 입건", [], "news")
T(0, "스폰 알바 광고로 10대 모집한 업자 징역형 선고", [], "news")
T(0, "경찰 게임 아이템 미끼로 아동에게 사진 요구한 30대 추적", [], "news")
T(0, "수학 스터디 구해요 캠 켜고 영통으로 매일 밤 9시 인증 중3만", [], "study")
T(0, "ㅅㅌㄷ 구해요 영어 단어 아침 인증방 고1 같이 해요 참여 코드는 쪽지로", [], "study", ["chosung"])
T(0, "편의점 알바 만 15세도 가능한가요? 부모님 동의서는 어디서 받아요?", [], "help_seeking")
T(0, "친구가 헬퍼 만나러 간다는데 어떻게 말려야 해요? 1388에 대신 신고해도 되나요", [], "help_seeking")
T(0, "rlvmxlzhs 받은 거 환불 가능해요? 생일 선물로 받았는데 유효기간이 지났어요", [], "help_seeking", ["english_keyboard"])
T(0, "졸업앨범 개인 사진 교복 착용 필수 배경 흰색 금요일까지 담임 선생님께 제출", [], "misc")
T(0, "잃어버린 교.복 재킷 찾아요 2학년 이름표 달려 있어요 교무실로 가져다주세요", [], "misc", ["spacing_symbols"])
T(0, "반 친구 생일 깜💕짝 파티 비밀 엄수 케이크 돈 천원씩 모아요", [], "misc", ["emoji_insertion"])
T(0, "수학여행 숙소 방 배정 공지 밤 10시 이후 외출 금지 사진은 동의 후 게시", [], "misc")
# fmt: on


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
    for e in errs[:60]:
        print("ERROR", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} validation errors", file=sys.stderr)
        return 1
    print("validation: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
