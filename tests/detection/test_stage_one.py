"""Stage two (the window model) learns from out-of-fold message risks: each text's risk comes from a stage-one
model fitted without the fold of the record where the text first appeared (`ondam detect train
--stage-one-folds`)."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import numpy as np
from typer.testing import CliRunner

from ondam.cli import app
from ondam.detection import train as training
from ondam.detection.data import parse

PLAIN = ["숙제 했어?", "수학 문제 어려워", "ㅋㅋ 내일 봐", "급식 맛있었어", "학원 끝났다", "비 온대"]
RISKY = ["사진 보내봐", "엄마한텐 비밀로 해", "용돈 줄게 만나자", "텔레로 와", "몇 살이야?"]
UNIQUE = "퀘엑뷁 스핑크스 암호문"  # a text that occurs only in a few positive records


def _chat(i: int, label: int, extra: str | None = None) -> dict[str, Any]:
    lines = [f"{t} {i % 7}" for t in (RISKY if label else PLAIN)]
    if extra:
        lines.append(extra)
    return {
        "id": f"chat-{i}",
        "lang": "ko",
        "label": label,
        "split": "train",
        "first_concern_index": 0 if label else None,
        "messages": [
            {"speaker": "A", "text": t, "tags": ["meeting"] if label and t not in PLAIN else []}
            for t in lines
        ],
    }


def _records() -> list[Any]:
    rows = [_chat(i, i % 2) for i in range(40)]
    rows += [_chat(i, 1, UNIQUE) for i in (97, 98, 99)]
    return [parse(r) for r in rows]


def _fitted(records: list[Any]) -> tuple[Any, Any, list[tuple[int, int]]]:
    featurizer = training._Featurizer()
    for r in records:
        featurizer.owner = r.id
        training._windows(r, featurizer, 5)
    samples = training._message_samples(records, featurizer)
    m, _, _ = featurizer.matrices()
    return featurizer, m, samples


def test_each_risk_comes_from_a_stage_one_model_that_did_not_see_the_text() -> None:
    featurizer, m, samples = _fitted(_records())
    folds = 4

    risk = training._out_of_fold_risk(m, samples, featurizer.owners, folds)

    row = featurizer.cache[UNIQUE]
    assert featurizer.owners[row] == "chat-97"  # where the text first appeared
    fold = zlib.crc32(b"chat-97") % folds
    rows = np.array([r for r, _ in samples])
    labels = np.array([label for _, label in samples])
    keep = np.array([zlib.crc32(featurizer.owners[r].encode()) % folds != fold for r in rows])
    weights, bias = training._fit_stage_one(m, rows[keep], labels[keep])
    assert risk[row] == float(training._risk(m[[row]], weights, bias)[0])

    in_sample = training._risk(m, *training._fit_stage_one(m, rows, labels))
    assert in_sample[row] > 0.5  # fitted on itself, the positive text looks risky
    assert risk[row] < in_sample[row] - 0.15  # unseen, its made-up words carry no risk


def test_chunks_of_a_long_english_text_are_scored_without_that_text() -> None:
    """A long English text is also cut into a pseudo-chat; its chunks are not stage-one samples, but the text
    is, so a model fitted on the text must not score the chunks."""
    words = " ".join(f"zorblax{i} quux" for i in range(30))
    texts = [
        parse({"id": f"t-{i}", "lang": "en", "label": i % 2, "text": f"plain text number {i}"})
        for i in range(20)
    ]
    long_text = parse({"id": "long", "lang": "en", "label": 1, "text": words})
    featurizer, m, samples = _fitted([*texts, long_text])
    chunk_rows = [i for i, owner in enumerate(featurizer.owners) if owner == "long"]
    assert len(chunk_rows) > 2  # the text and its chunks

    risk = training._out_of_fold_risk(m, samples, featurizer.owners, 3)

    rows = np.array([r for r, _ in samples])
    labels = np.array([label for _, label in samples])
    in_sample = training._risk(m, *training._fit_stage_one(m, rows, labels))
    for row in chunk_rows:
        assert risk[row] < in_sample[row] - 0.05, row


def test_every_row_gets_an_out_of_fold_risk() -> None:
    records = [
        *_records(),
        parse(
            {
                "id": "untagged",
                "lang": "en",
                "label": 1,
                "messages": [{"speaker": "A", "text": "hey"}, {"speaker": "B", "text": "hi there"}],
            }
        ),
    ]
    featurizer, m, samples = _fitted(records)

    risk = training._out_of_fold_risk(m, samples, featurizer.owners, 3)

    assert risk.shape == (m.shape[0],) == (len(featurizer.owners),)
    assert ((risk > 0) & (risk < 1)).all()
    assert featurizer.cache["hi there"] not in {r for r, _ in samples}  # untagged chats are not samples


def test_train_records_the_setting_in_the_model_and_its_card(tmp_path: Path) -> None:
    path = tmp_path / "chats.jsonl"
    rows = [_chat(i, i % 2) for i in range(60)]
    for i, r in enumerate(rows):
        r["split"] = ("train", "val", "test")[i % 3]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "model"

    result = CliRunner().invoke(
        app, ["detect", "train", str(path), "--window", "5", "--stage-one-folds", "3", "--output", str(out)]
    )

    assert result.exit_code == 0, result.output
    meta = json.loads((out / "model.json").read_text(encoding="utf-8"))["meta"]
    assert meta["stage_one_folds"] == 3
    assert "--stage-one-folds 3" in (out / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_stage_one_folds_must_not_be_negative(tmp_path: Path) -> None:
    path = tmp_path / "chats.jsonl"
    path.write_text(json.dumps(_chat(1, 1), ensure_ascii=False), encoding="utf-8")

    result = CliRunner().invoke(app, ["detect", "train", str(path), "--stage-one-folds", "-1"])

    assert result.exit_code == 2
    assert "stage-one-folds" in result.output
