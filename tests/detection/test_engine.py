"""The engine's mechanics with a small hand-made model (signal weights only), so the assertions do not
depend on what the trained model learned."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ondam.detection import features
from ondam.detection.engine import ConversationState, Detector, Level
from ondam.detection.model import LinearModel, Thresholds
from ondam.detection.signals import Category

SAFE = ["안녕", "오늘 학교 어땠어?", "숙제 다 했어", "게임 하자", "점심 뭐 먹었어", "내일 시험이야"]
RISKY = [
    "너 몇 살이야?",
    "사진 보내줘",
    "부모님 계셔?",
    "비밀로 해",
    "용돈 줄게 만나자",
    "오늘 밤 10시에 나와",
]


def _model(window: int = 50) -> LinearModel:
    weights = dict.fromkeys(Category, 1.5)
    return LinearModel(
        text_weights=np.zeros(features.DIM, dtype=np.float32),
        category_weights=weights,
        distinct_weight=1.0,
        bias=-4.0,
        thresholds={"ko": Thresholds(window=0.5, warn_positive=2, warn_history=10, text=0.5, watch=0.3)},
        window=window,
    )


def test_safe_chat_is_not_flagged() -> None:
    result = Detector(_model()).score_conversation(SAFE)
    assert not result.flagged
    assert result.level is Level.NONE
    assert result.first_flag_index is None


def test_risky_chat_is_flagged_with_evidence() -> None:
    result = Detector(_model()).score_conversation(SAFE + RISKY)
    assert result.flagged
    assert result.first_flag_index is not None
    assert result.first_flag_index >= len(SAFE)
    assert {"age_probe", "image_request", "secrecy_isolation", "money_meeting"} <= set(result.categories)
    flagged_messages = {e["index"] for e in result.evidence}
    assert len(SAFE) in flagged_messages  # "너 몇 살이야?" is named as a reason
    assert result.level is Level.URGENT  # a meeting tonight at 10


def test_warning_is_never_withdrawn() -> None:
    state = Detector(_model()).conversation()
    for text in RISKY:
        state.add(text)
    assert state.flagged
    first = state.first_flag_index
    for text in SAFE * 20:  # the risky messages leave the window
        result = state.add(text)
    assert result.flagged
    assert result.first_flag_index == first
    assert result.level is Level.URGENT


def test_incremental_equals_batch_and_survives_persistence() -> None:
    detector = Detector(_model(window=5))
    texts = SAFE + RISKY + SAFE
    batch = detector.score_conversation(texts)
    state = detector.conversation()
    for text in texts:
        # Stored and restored between every message, as the API does across requests.
        state = ConversationState.from_dict(detector.model, json.loads(json.dumps(state.to_dict())))
        result = state.add(text)
    assert result.as_dict() == batch.as_dict()


def test_window_keeps_only_recent_messages() -> None:
    state = Detector(_model(window=3)).conversation()
    for text in ["사진 보내줘", *SAFE]:
        state.add(text)
    assert len(state.window) == 3
    assert all(n == 0 for n in state.window_categories.values())


def test_self_harm_words_are_urgent_even_without_a_flag() -> None:
    result = Detector(_model()).score_conversation(["요즘 너무 힘들어", "그냥 죽고 싶어"])
    assert result.level is Level.URGENT


def test_text_scoring() -> None:
    detector = Detector(_model())
    ad = detector.score_text("가출했어? 재워줌 ㅈㄱ 가능 고페이, 사진 먼저 보내")
    assert ad.flagged
    assert {"money_meeting", "shelter_runaway", "image_request"} <= set(ad.categories)
    plain = detector.score_text("카페 알바 구합니다 시급 10,030원 주말 근무")
    assert not plain.flagged
    assert ad.first_flag_index is None


def test_empty_and_huge_messages_do_not_break_the_state() -> None:
    state = Detector(_model()).conversation()
    assert not state.add("").flagged
    result = state.add("가" * 100_000)
    assert 0 <= result.score <= 1


def _eager_model(min_messages: int, window: int = 50) -> LinearModel:
    """Flags as soon as one window reaches 0.5; one warning sign is enough."""
    model = _model(window)
    model.bias = -1.0
    model.thresholds = {
        "ko": Thresholds(
            window=0.5, warn_positive=1, warn_history=10, text=0.5, watch=0.3, min_messages=min_messages
        )
    }
    return model


def test_no_warning_before_min_messages_unless_a_strong_sign_was_seen() -> None:
    age_check = ["몇 살이야?", "중2", "나도 중2 ㅋㅋ 반가워"]
    assert Detector(_eager_model(1)).score_conversation(age_check[:2], "ko").first_flag_index == 0
    patient = Detector(_eager_model(3))
    assert not patient.score_conversation(age_check[:2], "ko").flagged  # two messages: not yet
    assert patient.score_conversation(age_check, "ko").first_flag_index == 2  # the third message may warn
    # Early windows do not count later: the age check leaves the one-message window, and the third message
    # alone is no reason to warn.
    moved_on = Detector(_eager_model(3, window=1))
    assert not moved_on.score_conversation([*age_check[:2], "급식 뭐 나왔어?"], "ko").flagged
    photo = ["사진 보내줘", "왜?"]  # a strong sign (image request) does not wait
    assert patient.score_conversation(photo, "ko").first_flag_index == 0


def test_min_messages_is_saved_with_the_thresholds(tmp_path: Path) -> None:
    model = _eager_model(3)
    model.save(tmp_path)
    assert LinearModel.load(tmp_path).thresholds["ko"].min_messages == 3
    doc = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    del doc["thresholds"]["ko"]["min_messages"]  # a model saved before the setting existed
    (tmp_path / "model.json").write_text(json.dumps(doc), encoding="utf-8")
    assert LinearModel.load(tmp_path).thresholds["ko"].min_messages == 1
