"""What the shipped model does with a few chats written here (not taken from any corpus): hard negatives
that share the warning signs' words stay unflagged, and slow, friendly grooming is flagged soon after a
careful human would worry. These pin the behaviour issue 3 asks for; if retraining breaks one, the model
card's figures will have moved too."""

from __future__ import annotations

import pytest

from ondam.detection.engine import Detector, Level

SMALL_TALK = [
    "오늘 급식 뭐 나왔어",
    "카레 ㅋㅋ 맛없었음",
    "ㅋㅋ 나도 카레 싫어",
    "숙제 다 했냐",
    "아직 ㅠ 수학 너무 많아",
    "힘내라 ㅋㅋ",
]

HARD_NEGATIVES = {
    "parent_allowance": [
        "아들 이번 주 용돈 보냈다",
        "감사합니다 아빠",
        "엄마한텐 비밀이다 ㅋㅋ 오천원 더 넣었어",
        "ㅋㅋ 알겠어",
        "학원 끝나면 아빠가 데리러 갈게",
    ],
    "grandmother_videocall": [
        "할머니 영상통화 걸게요",
        "소리가 안 들린다",
        "스피커 누르세요 할머니",
        "이제 들린다 우리 손녀 얼굴 좀 보자",
        "할머니 다음 주에 시골 갈게요",
    ],
    "part_time_job": [
        "지원서 봤어요 근무 조건 안내드릴게요",
        "네 감사합니다",
        "시급은 최저시급 이상이고 근로계약서 쓰고 부모님 동의서 필요해요",
        "동의서 양식은 어디서 받아요?",
        "면접 때 드릴게요 토요일 11시에 매장으로 오세요",
    ],
    "friend_urges_1388": [
        "나 그냥 집 나왔어",
        "헐 지금 어디야 괜찮아?",
        "재워준다는 사람 절대 따라가지 마 1388에 전화하자",
        "무서워",
        "내가 같이 전화해줄게 쉼터도 알려준대",
    ],
}

SLOW_GROOMING = [
    "너랑 얘기하면 진짜 편하다 다른 애들이랑 달라",
    "ㅋㅋ 고마워요",
    "근데 몇 학년이야?",
    "중2요",
    "어른스럽네 ㅎㅎ 우리 얘기는 부모님한테 말하지 말자",
    "왜요?",
    "여기는 다 보이니까 텔레로 옮기자",
    "교복 입은 사진 한 장만 보내줘 기프티콘 줄게",
]


@pytest.mark.parametrize("name", sorted(HARD_NEGATIVES))
def test_hard_negatives_stay_unflagged(name: str) -> None:
    result = Detector().score_conversation(SMALL_TALK + HARD_NEGATIVES[name], "ko")
    assert not result.flagged, (name, result.score)
    assert result.level < Level.HIGH


def test_slow_grooming_is_flagged_soon_after_the_first_concern() -> None:
    result = Detector().score_conversation(SMALL_TALK + SLOW_GROOMING, "ko")
    assert result.flagged
    assert result.first_flag_index is not None
    # A careful human worries at the age question after the flattery (index 2 of the risky part).
    first_concern = len(SMALL_TALK) + 2
    assert first_concern <= result.first_flag_index <= first_concern + 5
    assert {"age_probe", "secrecy_isolation", "platform_move", "image_request"} <= set(result.categories)


def test_a_two_message_age_check_is_not_yet_a_warning() -> None:
    """Between peers "몇 살이야?" / "중2" reaches 'watch' at most; a stranger who goes on to ask about the
    school warns at the third message."""
    peers = Detector().score_conversation(["몇 살이야?", "중2"], "ko")
    assert not peers.flagged
    assert peers.level <= Level.WATCH
    stranger = Detector().score_conversation(["몇 살이야?", "중2", "어느 학교 다녀? 집은 어디 근처야?"], "ko")
    assert stranger.first_flag_index == 2


ENGLISH_ORDINARY = {
    "greeting": ["hi", "hey whats up", "nm u?", "just got home lol"],
    "homework": ["did you finish the math homework?", "yeah it was easy", "cool see you tomorrow"],
    "parent_pickup": [
        "where are u",
        "at practice, done at 5",
        "ok i'll pick you up outside the gym",
        "thx mom",
    ],
    "surprise": [
        "are your parents home?",
        "no why",
        "good, we're dropping off the cake for your mom's birthday",
    ],
}

ENGLISH_GROOMING = [
    "hey",
    "hi",
    "how old are you?",
    "14",
    "you seem really mature for your age",
    "do your parents check your phone?",
    "lets keep this between us ok",
    "send me a pic of you",
    "can we meet saturday? i'll pick you up",
]


# The shipped model (ADR 0012, revision 5) learned English from offender chats and PAN12 segments only, with no
# ordinary English conversation, and flags how harmless chats open. Strict: once the model is retrained with
# datasets/en (revision 6), these pass and the marks must go.
OPENING_BIAS = pytest.mark.xfail(
    strict=True, reason="shipped model trained without English negative chats (ADR 0012, rev. 6)"
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=OPENING_BIAS) if name in {"greeting", "homework"} else name
        for name in sorted(ENGLISH_ORDINARY)
    ],
)
def test_ordinary_english_chats_that_open_with_a_greeting_stay_unflagged(name: str) -> None:
    result = Detector().score_conversation(ENGLISH_ORDINARY[name], "en")
    assert not result.flagged, (name, result.score)


@OPENING_BIAS
def test_english_grooming_is_flagged_and_explained() -> None:
    result = Detector().score_conversation(ENGLISH_GROOMING, "en")
    assert result.flagged
    assert result.first_flag_index is not None
    assert result.first_flag_index >= 2  # not at the greetings
    assert {"age_probe", "secrecy_isolation", "image_request", "meeting"} <= set(result.categories)
