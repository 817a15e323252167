"""`ondam detect score` and `ondam detect eval`: the contract used for independent evaluation."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ondam.cli import app

CONVERSATION = {
    "id": "c1",
    "lang": "ko",
    "label": 1,
    "extra": {"ignored": True},
    "messages": [
        {"speaker": "a", "text": t}
        for t in ["안녕", "몇 살이야?", "사진 보내줘", "부모님한테 비밀로 해", "용돈 줄게 오늘 밤에 만나자"]
    ],
}
SAFE = {
    "id": 7,
    "label": 0,
    "messages": [{"speaker": "a", "text": "내일 학교에서 봐"}, {"speaker": "b", "text": "응!"}],
}
TEXT = {"id": "t1", "text": "카페 알바 구해요 시급 만원", "label": 0}


def _write(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_score_writes_one_line_per_input(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", [CONVERSATION, SAFE, TEXT])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["detect", "score", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["c1", 7, "t1"]
    for line in lines:
        assert {"id", "score", "flagged", "first_flag_index", "level", "categories"} <= set(line)
        assert 0 <= line["score"] <= 1
        assert line["level"] in {"none", "watch", "high", "urgent"}
    assert lines[2]["first_flag_index"] is None  # texts never have one
    if lines[0]["flagged"]:
        assert 0 <= lines[0]["first_flag_index"] < len(CONVERSATION["messages"])
        assert lines[0]["evidence"]


def test_score_refuses_bad_input_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["detect", "score", str(bad), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "line 2" in result.output or "2:" in result.output
    wrong = _write(tmp_path / "wrong.jsonl", [{"id": "x", "messages": [{"speaker": "a"}]}])
    result = CliRunner().invoke(app, ["detect", "score", str(wrong), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "text" in result.output
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b'{"id": "x", "text": "\xff\xfe"}\n')
    result = CliRunner().invoke(app, ["detect", "score", str(binary), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2


def test_eval_prints_the_figures(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", [CONVERSATION, SAFE, TEXT])
    result = CliRunner().invoke(app, ["detect", "eval", str(source), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    conv = figures["ko conversations"]
    assert {"precision", "recall", "f1", "f0.5", "roc_auc", "false_positive_rate"} <= set(conv)
    assert conv["n"] == 2  # the record without "lang" is recognised as Korean
    unlabelled = _write(tmp_path / "nolabel.jsonl", [{"id": "x", "text": "hi"}])
    assert CliRunner().invoke(app, ["detect", "eval", str(unlabelled)]).exit_code == 2


def test_eval_records_held_out_figures_in_a_model_card(tmp_path: Path) -> None:
    from ondam.detection.model import LinearModel, shipped_model  # noqa: PLC0415

    folder = tmp_path / "model"
    shipped_model().save(folder)  # a copy: the shipped card is never touched by the test
    source = _write(tmp_path / "others.jsonl", [CONVERSATION, SAFE])
    result = CliRunner().invoke(
        app,
        [
            "detect",
            "eval",
            str(source),
            "--model",
            str(folder),
            "--record-in",
            str(folder),
            "--label",
            "cross-author: without others",
        ],
    )
    assert result.exit_code == 0, result.output
    recorded = LinearModel.load(folder).meta["held_out_figures"]["cross-author: without others"]
    assert recorded["ko conversations · others.jsonl"]["n"] == 2
    card = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "cross-author: without others" in card
    assert "ko conversations · others.jsonl" in card
