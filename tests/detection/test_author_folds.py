"""`ondam detect train --author-folds`: one model per author trained without that author; Korean thresholds
from those out-of-author scores; cross-author figures in which nothing of the scored author chose anything."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ondam.detection import train as training
from ondam.detection.data import Record, effective_split, parse

RISKY = ["몇 살이야?", "사진 보내봐", "엄마한텐 비밀로 해", "용돈 줄게 만나자", "토요일 3시 역 앞"]
PLAIN = ["숙제 했어?", "수학 문제 어려워", "ㅋㅋ 내일 봐", "급식 맛있었어", "학원 끝났다"]


def _chat(author: str, i: int, label: int) -> dict[str, Any]:
    lines = RISKY if label else PLAIN
    return {
        "id": f"{author}-{i}",
        "lang": "ko",
        "label": label,
        "source": f"synthetic, hand-written (author {author})",
        "split": "test" if i % 5 == 0 else "train",
        "first_concern_index": 0 if label else None,
        "messages": [
            {"speaker": "A" if j % 2 else "B", "text": f"{t} {i}", "tags": ["meeting"] if label else []}
            for j, t in enumerate(lines)
        ],
    }


def _files(tmp_path: Path, authors: str) -> list[Path]:
    paths = []
    for author in authors:
        path = tmp_path / f"conversations_{author}.jsonl"
        rows = [_chat(author, i, i % 2) for i in range(24)]
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
        paths.append(path)
    return paths


def test_author_comes_from_the_field_or_the_source() -> None:
    def record(extra: dict[str, Any]) -> Record:
        return parse({"id": "r", "lang": "ko", "label": 0, "text": "안녕", **extra})

    assert training.author_of(record({"author": "kim"})) == "kim"
    assert training.author_of(record({"source": "synthetic, hand-written (author d)"})) == "d"
    assert training.author_of(record({"source": "synthetic (datasets/ko/build.py)"})) is None
    assert training.author_of(record({})) is None


def test_each_fold_model_is_trained_without_its_author_and_without_test_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[set[str]] = []
    real_fit = training.fit

    def spy(records: list[Record], settings: training.Settings, log: Any = training._silent) -> Any:
        assert all(effective_split(r) == "train" for r in records)
        seen.append({training.author_of(r) or "?" for r in records})
        return real_fit(records, settings, log)

    monkeypatch.setattr(training, "fit", spy)
    model, _, folds = training.train(
        _files(tmp_path, "xyz"), training.Settings(window=5), author_folds=True, log=lambda _: None
    )
    assert seen[0] == {"x", "y", "z"}  # the shipped model: every author
    assert sorted(map(sorted, seen[1:])) == [["x", "y"], ["x", "z"], ["y", "z"]]
    assert model.meta["author_folds"] == sorted(folds) == ["x", "y", "z"]
    rows = model.meta["held_out_figures"]
    assert sorted(rows) == [
        f"cross-author: trained without author {a}, thresholds from the other authors" for a in "xyz"
    ]
    for author, label in zip("xyz", sorted(rows), strict=True):
        (figures,) = rows[label].values()
        assert figures["n"] == 24  # all of the author's records, test split included
        assert f"conversations_{author}.jsonl" in next(iter(rows[label]))


def test_korean_thresholds_come_from_out_of_author_scores_only() -> None:
    """Two authors whose out-of-author scores say "flag from 0.6"; the validation split (which would say
    otherwise) is not used for Korean once folds exist."""

    def chat(rid: str, label: int, file: str) -> Record:
        r = parse({"id": rid, "lang": "ko", "label": label, "messages": [{"text": "안녕"}]})
        r.raw["_file"] = file
        return r

    folds = []
    for author in "xy":
        streams = [(chat(f"{author}p{i}", 1, author), [0.2, 0.65], 0) for i in range(20)]
        streams += [(chat(f"{author}n{i}", 0, author), [0.2, 0.5], 0) for i in range(20)]
        folds.append(training.Fold(author, None, [], streams, []))  # type: ignore[arg-type]
    val = [chat(f"v{i}", i % 2, "val") for i in range(10)]
    chosen = training.choose_thresholds(None, val, out_of_author=folds)["ko"]  # type: ignore[arg-type]
    assert 0.5 < chosen.window <= 0.65


def test_windows_before_the_first_allowed_message_never_count() -> None:
    assert training._flag_index([0.9, 0.9, 0.9], 0.5, 1, 10, 2) == 2
    assert training._flag_index([0.9, 0.9, 0.1], 0.5, 1, 10, 2) is None  # early positives are not kept
    assert training._flag_index([0.9, 0.1, 0.1], 0.5, 1, 10) == 0


def test_tune_with_saved_folds_rechooses_thresholds_and_keeps_recorded_rows(tmp_path: Path) -> None:
    from typer.testing import CliRunner  # noqa: PLC0415

    from ondam.cli import app  # noqa: PLC0415
    from ondam.detection.model import LinearModel  # noqa: PLC0415

    files = [str(p) for p in _files(tmp_path, "xy")]
    model_dir, folds_dir = tmp_path / "model", tmp_path / "folds"
    trained = CliRunner().invoke(
        app,
        [
            *("detect", "train", *files, "--window", "5", "--author-folds"),
            *("--output", str(model_dir), "--folds-output", str(folds_dir)),
        ],
    )
    assert trained.exit_code == 0, trained.output
    assert sorted(p.name for p in folds_dir.iterdir()) == ["x", "y"]
    model = LinearModel.load(model_dir)
    recorded = model.meta["held_out_figures"]
    recorded["blind: author y before anyone read it"] = next(iter(recorded.values()))
    model.thresholds["ko"].window = 0.123  # to be re-chosen
    model.save(model_dir)

    tuned = CliRunner().invoke(
        app, ["detect", "tune", *files, "--model", str(model_dir), "--folds", str(folds_dir)]
    )
    assert tuned.exit_code == 0, tuned.output
    model = LinearModel.load(model_dir)
    assert model.thresholds["ko"].window != 0.123
    assert model.thresholds["ko"].min_messages == training.WARN_MIN_MESSAGES["ko"]
    rows = model.meta["held_out_figures"]
    assert "blind: author y before anyone read it" in rows
    assert sum(label.startswith("cross-author:") for label in rows) == 2

    empty = tmp_path / "empty"
    empty.mkdir()
    refused = CliRunner().invoke(
        app, ["detect", "tune", *files, "--model", str(model_dir), "--folds", str(empty)]
    )
    assert refused.exit_code == 2
    assert "no author-fold models" in refused.output
