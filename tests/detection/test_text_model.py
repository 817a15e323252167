"""The Korean text model: a second model trained on L1-normalised vectors that scores Korean single texts
(posts), so that a post's score does not grow with its length; conversations and English texts keep the main
model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ondam.detection import features
from ondam.detection import train as training
from ondam.detection.engine import Detector
from ondam.detection.model import TEXT_MODEL_DIR, LinearModel
from ondam.detection.normalize import normalize

RISKY_POSTS = [
    "가출했어 재워줄 헬퍼 구함",
    "용돈 주실 분 조건 만남",
    "사진 팔아요 텔레 주세요",
    "오늘 밤 재워줄게 연락해",
]
PLAIN_POSTS = [
    "수학 학원 추천해 주세요",
    "급식 메뉴 뭐였어",
    "동아리 부원 모집합니다",
    "주말에 도서관 갈 사람",
]


def _write(tmp_path: Path) -> list[Path]:
    rows: list[dict[str, Any]] = []
    for i in range(40):
        label = i % 2
        post = (RISKY_POSTS if label else PLAIN_POSTS)[i // 2 % 4]
        rows.append({"id": f"p{i}", "lang": "ko", "label": label, "text": f"{post} {i}", "split": "train"})
        lines = (
            ["몇 살이야?", "사진 보내봐", "엄마한텐 비밀"]
            if label
            else ["숙제 했어?", "ㅋㅋ 내일 봐", "학원 끝"]
        )
        rows.append(
            {
                "id": f"c{i}",
                "lang": "ko",
                "label": label,
                "split": "train",
                "first_concern_index": 0 if label else None,
                "messages": [{"speaker": "A", "text": t, "tags": ["age"] if label else []} for t in lines],
            }
        )
    path = tmp_path / "ko.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return [path]


def _fit(tmp_path: Path, *, text_model: bool) -> LinearModel:
    corpus = training.load(_write(tmp_path))
    return training.fit(corpus.split("train"), training.Settings(window=5, ko_text_model=text_model))


def test_l1_vectors_sum_to_the_scale_and_unknown_norms_are_refused() -> None:
    vector = features.vector(normalize("재워줄 헬퍼 구해요 가출했어요"), "l1")
    assert sum(abs(v) for v in vector.values()) == pytest.approx(features.L1_SCALE)
    l2 = features.vector(normalize("재워줄 헬퍼 구해요 가출했어요"))
    assert sum(v * v for v in l2.values()) == pytest.approx(1.0)
    assert vector.keys() == l2.keys()
    with pytest.raises(ValueError, match="unknown feature norm"):
        features.vector("안녕", "l3")


def test_training_fits_a_text_model_on_l1_vectors(tmp_path: Path) -> None:
    model = _fit(tmp_path, text_model=True)
    assert model.feature_norm == "l2"
    assert model.text_model is not None
    assert model.text_model.feature_norm == "l1"
    assert model.text_model.text_model is None
    assert not np.array_equal(model.text_weights, model.text_model.text_weights)
    assert _fit(tmp_path, text_model=False).text_model is None


def test_korean_texts_are_scored_by_the_text_model_and_everything_else_by_the_main_one(
    tmp_path: Path,
) -> None:
    model = _fit(tmp_path, text_model=True)
    assert model.text_model is not None
    with_text_model = Detector(model)
    without = Detector(LinearModel(**{**vars(model), "text_model": None}))
    korean = "가출했어 재워줄 헬퍼 구함"
    assert with_text_model.score_text(korean).score != without.score_text(korean).score
    assert with_text_model.score_text(korean).score == pytest.approx(
        Detector(model.text_model).score_text(korean).score
    )
    english = "anyone want to meet up tonight, i can pay"
    assert with_text_model.score_text(english).score == without.score_text(english).score
    chat = ["몇 살이야?", "사진 보내봐", "엄마한텐 비밀"]
    assert with_text_model.score_conversation(chat).score == without.score_conversation(chat).score


def test_the_text_model_is_saved_loaded_and_removed_with_the_model(tmp_path: Path) -> None:
    model = _fit(tmp_path, text_model=True)
    folder = tmp_path / "model"
    model.save(folder)
    assert (folder / TEXT_MODEL_DIR / "model.json").exists()
    loaded = LinearModel.load(folder)
    assert loaded.text_model is not None
    assert loaded.text_model.feature_norm == "l1"
    text = "용돈 주실 분 조건 만남"
    assert Detector(loaded).score_text(text).score == pytest.approx(
        Detector(model).score_text(text).score, abs=1e-6
    )
    model.text_model = None
    model.save(folder)  # a stale text model must not come back on load
    assert not (folder / TEXT_MODEL_DIR).exists()
    assert LinearModel.load(folder).text_model is None


def test_a_model_with_an_unknown_feature_norm_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    _fit(tmp_path, text_model=False).save(folder)
    doc = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    doc["feature_norm"] = "l3"
    (folder / "model.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match"):
        LinearModel.load(folder)
