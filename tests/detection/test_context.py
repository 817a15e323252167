"""Ordinary-context cues, warning-sign pairs and the wider lexicon (issue 3: slow grooming and hard
negatives), with hand-made weights so that the assertions test the mechanics, not what a model learned."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ondam.detection import features
from ondam.detection.engine import ConversationState, Detector
from ondam.detection.model import LinearModel, Thresholds
from ondam.detection.normalize import normalize
from ondam.detection.signals import COMBOS, Category, Context, categories, combos, contexts


def _model(**extra: object) -> LinearModel:
    model = LinearModel(
        text_weights=np.zeros(features.DIM, dtype=np.float32),
        category_weights=dict.fromkeys(Category, 1.0),
        distinct_weight=0.0,
        bias=-3.0,
        thresholds={"ko": Thresholds(window=0.5, warn_positive=1, warn_history=10, text=0.5, watch=0.3)},
        window=20,
    )
    for key, value in extra.items():
        setattr(model, key, value)
    return model


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("할머니가 용돈 보내셨대", Context.FAMILY),
        ("우리 딸 학원 끝났어?", Context.FAMILY),
        ("시급은 최저시급이고 근로계약서 써요", Context.WORK),
        ("지금 1388에 전화해 쉼터 알려줄 거야", Context.HELP),
        ("그거 사기야 절대 보내지 마", Context.WARNING),
        ("수행평가 사진 찍어서 올려", Context.SCHOOL),
        ("우리 반 단톡에 올릴게", Context.PEER),
    ],
)
def test_context_cues(text: str, cue: Context) -> None:
    assert cue in contexts(normalize(text))


def test_a_strangers_message_has_no_context_cue() -> None:
    assert contexts(normalize("오빠가 용돈 줄게 사진 하나만 보내봐")) == frozenset()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("넌 나한테만 말하면 돼 다 들어줄게", Category.COMPLIMENT_TRUST),
        ("엄마한텐 친구네서 잔다고 해", Category.SECRECY_ISOLATION),
        ("대화 다 지워 엄마가 보면 곤란해", Category.SECRECY_ISOLATION),
        ("여기 말고 따로 연락하자", Category.PLATFORM_MOVE),
        ("캠 잠깐만 켜봐", Category.IMAGE_REQUEST),
        ("사진 보내주면 2만원 더 쳐줄게", Category.GIFT),
        ("매달 생활비 지원해줄게", Category.SPONSOR),
        ("니 연락처 목록 다 받았어", Category.SEXTORTION),
        ("옥상 갈까 생각 중이야", Category.SELF_HARM),
        ("우리 ㄱㅊㅍ 들어올래?", Category.SHELTER_RUNAWAY),
        ("언제든 와 방 하나 비어 있어", Category.SHELTER_RUNAWAY),
        ("한 달에 몇 번 말동무만 해주면 돼", Category.SPONSOR),
        ("매달 30 정기적으로 줄게", Category.SPONSOR),
        ("밥 먹고 노래방 가면 20", Category.MONEY_MEETING),
        ("20 ㅇㅋ?", Category.MONEY_MEETING),
        ("방에서 편하게 입은 걸로 찍어줘", Category.SEXUAL_TALK),
        ("실물이 더 예쁠 듯", Category.COMPLIMENT_TRUST),
        ("너랑만 얘기하고 싶어서", Category.COMPLIMENT_TRUST),
        ("영상통화 다 녹화해 놨어", Category.SEXTORTION),
        ("안 보내면 보낸다 진짜", Category.SEXTORTION),
        ("do your parents check your phone?", Category.SECRECY_ISOLATION),
        ("lets keep this between us ok", Category.SECRECY_ISOLATION),
        ("what school do u go to", Category.AGE_PROBE),
        ("where do you go to school", Category.AGE_PROBE),
        ("do your parents ever check your phone", Category.SECRECY_ISOLATION),
        ("no one needs to know about this", Category.SECRECY_ISOLATION),
        ("delete ur msgs", Category.SECRECY_ISOLATION),
        ("돈 안주면 단톡 보낸다", Category.SEXTORTION),
        ("니 부모님한테 문자 보낸다", Category.SEXTORTION),
        ("영상 카톡 보낸다 진짜", Category.SEXTORTION),
    ],
)
def test_slow_grooming_lexicon(text: str, category: Category) -> None:
    assert category in categories(normalize(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("우리 집 텔레비전 고장남", Category.PLATFORM_MOVE),
        ("텔레파시 통함 ㅋㅋ", Category.PLATFORM_MOVE),
        ("롤링페이퍼처럼 편지 쓰자", Category.MONEY_MEETING),
        ("카카오페이로 보낼게", Category.MONEY_MEETING),
        ("캡처 남기고 신고 차단해", Category.SEXTORTION),
        ("사진 정리해서 내일 보낼게", Category.SEXTORTION),
        ("서버 만들었음 초대 보낸다 ㅋㅋ", Category.SEXTORTION),
        ("할머니가 택배 보낸다고 하심", Category.SEXTORTION),
        ("between you and me i hate math", Category.SECRECY_ISOLATION),
        ("can you keep it quiet im studying", Category.SECRECY_ISOLATION),
        ("nobody needs to know i failed lol", Category.SECRECY_ISOLATION),
        ("초대장을 보낸다", Category.SEXTORTION),
        ("택배로 보낸다 내일 도착", Category.SEXTORTION),
        ("건담 사진 보내봐", Category.MEETING),
        ("조별과제 자료 다른거 보자", Category.MEETING),
        ("헬퍼 역할 신청했지?", Category.SHELTER_RUNAWAY),
        ("곰돌이 잠옷 챙겨갈게", Category.SEXUAL_TALK),
        ("카페 알바 경험 있어요?", Category.SEXUAL_TALK),
        ("시험 범위 어디까지예요?", Category.SEXUAL_TALK),
    ],
)
def test_innocent_uses_of_shared_words_are_not_signs(text: str, category: Category) -> None:
    assert category not in categories(normalize(text))


def test_context_lowers_the_score_and_pairs_raise_it() -> None:
    chat = ["할머니가 용돈 보냈어", "교복 입은 사진 보내봐 이따 만나자"]
    plain = Detector(_model()).score_conversation(chat)
    family = Detector(_model(context_history_weights={Context.FAMILY: -3.0})).score_conversation(chat)
    assert family.score < plain.score
    assert plain.flagged
    assert not family.flagged
    # Pairs of signs seen together count once the pair is complete, however far apart they were.
    pair = COMBOS.index((Category.AGE_PROBE, Category.SECRECY_ISOLATION))
    weights = [0.0] * len(COMBOS)
    weights[pair] = 2.0
    seen = {Category.AGE_PROBE, Category.SECRECY_ISOLATION}
    assert pair in combos(seen)
    state = Detector(_model(combo_weights=weights)).conversation()
    before = state.add("너 몇 살이야?").score
    for _ in range(5):
        state.add("ㅋㅋ 그렇구나")
    after = state.add("우리끼리 비밀이야").score
    assert after > before


def test_context_survives_persistence_and_the_window() -> None:
    model = _model(
        context_weights={Context.HELP: -1.0},
        context_history_weights={Context.HELP: -1.0},
        window=3,
    )
    detector = Detector(model)
    texts = ["1388에 같이 전화하자", "응", "알겠어", "고마워", "재워준다는 사람 따라가지 마"]
    batch = detector.score_conversation(texts)
    state = detector.conversation()
    for text in texts:
        state = ConversationState.from_dict(model, json.loads(json.dumps(state.to_dict())))
        result = state.add(text)
    assert result.as_dict() == batch.as_dict()
    assert sum(state.window_contexts.values()) == 0  # the helpline message has left the window...
    assert Context.HELP in state.contexts_seen  # ...but the conversation remembers it


def test_model_round_trip_keeps_the_new_weights(tmp_path: Path) -> None:
    folder = tmp_path
    weights = [float(i) for i in range(len(COMBOS))]
    model = _model(
        context_weights={Context.WORK: -0.5},
        context_history_weights={Context.FAMILY: -0.25},
        combo_weights=weights,
        seen_distinct_weight=0.75,
    )
    model.save(folder)
    loaded = LinearModel.load(folder)
    assert loaded.context_weights == {Context.WORK: -0.5}
    assert loaded.context_history_weights == {Context.FAMILY: -0.25}
    assert loaded.combo_weights == weights
    assert loaded.seen_distinct_weight == 0.75


def test_thresholds_come_from_the_middle_of_a_plateau() -> None:
    from ondam.detection.train import _plateau_middle  # noqa: PLC0415

    tried = [(0.5, 0.2, 1), (0.9, 0.3, 1), (0.9, 0.4, 1), (0.9, 0.5, 1), (0.9, 0.6, 1), (0.7, 0.7, 1)]
    tried.append((0.8, 0.45, 2))  # another s: not part of the plateau
    assert _plateau_middle(tried) == (0.9, 0.4, 1)
    assert _plateau_middle([(0.4, 0.2, 1), (0.6, 0.9, 1)]) == (0.6, 0.9, 1)


def test_states_stored_by_the_previous_version_still_load() -> None:
    model = _model()
    old = {
        "lang": "ko",
        "script": [2, 0],
        "count": 2,
        "window": [[0.1, ["age_probe"], 0.2], [0.0, [], 0.1]],  # no context list, no "contexts"
        "recent": [False, False],
        "flagged": False,
        "first_flag_index": None,
        "level": 0,
        "score": 0.1,
        "evidence": {"age_probe": [0]},
        "top": [[0.1, 0]],
    }
    state = ConversationState.from_dict(model, old)
    assert state.contexts_seen == set()
    result = state.add("사진 보내줘")
    assert {"age_probe", "image_request"} <= set(result.categories)
    assert result.score > 0.1  # the stored score
    assert state.to_dict()["window"][0][3] == []


def test_one_odd_validation_text_does_not_choose_the_text_threshold() -> None:
    """The English validation texts of a C = 16 model: 11 positives (two at 0.89-0.90) and one negative at
    0.92. The plain best F0.5 is at 0.95 (which halved recall on the test split); the rule must not follow it."""
    from ondam.detection.train import _choose_text  # noqa: PLC0415

    positives = [0.033, 0.081, 0.888, 0.9, 0.999, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    negatives = [0.01 + 0.0002 * i for i in range(101)] + [0.92]
    texts = [(1, s) for s in positives] + [(0, s) for s in negatives]
    chosen = _choose_text(texts, np.random.default_rng(0))
    assert 0.1 < chosen < 0.888  # keeps the two positives at 0.89-0.90
    assert chosen == _choose_text(texts, np.random.default_rng(0))  # reproducible


def test_text_threshold_still_follows_many_high_negatives() -> None:
    from ondam.detection.train import _choose_text  # noqa: PLC0415

    texts = [(1, 0.9 + 0.002 * i) for i in range(40)] + [(0, 0.6 + 0.005 * i) for i in range(40)]
    assert _choose_text(texts, np.random.default_rng(0)) > 0.795  # above every negative


def test_korean_thresholds_allow_fewer_false_positives_on_validation_than_english() -> None:
    """Korean conversations are thresholded with a 2% validation cap (unseen authors ran 2-3x the validation
    rate); with 30 negatives that is none flagged, where a 5% cap would allow one."""
    from ondam.detection.data import Record, parse  # noqa: PLC0415
    from ondam.detection.train import MAX_FPR, _flag_index, choose_thresholds  # noqa: PLC0415

    assert MAX_FPR["ko"] < MAX_FPR["en"] <= 0.05
    # One shared-word negative scores like the positives; the cap must keep it unflagged.
    risky = ["몇 살이야?", "사진 보내봐", "엄마한텐 비밀", "용돈 줄게 만나자"]

    def chat(rid: str, label: int, texts: list[str]) -> Record:
        return parse({"id": rid, "lang": "ko", "label": label, "messages": [{"text": t} for t in texts]})

    records = [chat(f"p{i}", 1, [*risky, f"토요일 {i % 9 + 1}시"]) for i in range(30)]
    records += [chat(f"n{i}", 0, ["숙제 했어?", f"{i}번 문제 어려워", "ㅋㅋ"]) for i in range(29)]
    records.append(chat("n-risky", 0, [*risky, "토요일 3시"]))
    model = _model(category_weights=dict.fromkeys(Category, 1.5))
    detector = Detector(model)
    chosen = choose_thresholds(detector, records)["ko"]
    flagged_negatives = 0
    for r in records:
        state = detector.conversation("ko")
        scores = [state.add(t).score for t in r.messages or []]
        flagged = _flag_index(scores, chosen.window, chosen.warn_positive, chosen.warn_history) is not None
        flagged_negatives += int(flagged and r.label == 0)
    assert flagged_negatives == 0
    loose = choose_thresholds(detector, records, {"ko": 0.05})["ko"]
    assert (loose.window, loose.warn_positive) != (chosen.window, chosen.warn_positive)
