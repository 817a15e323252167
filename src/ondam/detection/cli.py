"""`ondam detect ...`: score, evaluate and train (the CLI contract is used for independent evaluation)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Risk detection in chats and posts.", no_args_is_help=True)


@app.command()
def score(
    input_file: Annotated[Path, typer.Argument(metavar="INPUT.jsonl", exists=True, dir_okay=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write one JSON line per input")],
) -> None:
    """Score conversations (message by message, as the live system does) and texts."""
    from ondam.detection.data import RecordError, read  # noqa: PLC0415
    from ondam.detection.engine import Detector  # noqa: PLC0415

    detector = Detector()
    count = 0
    try:
        with output.open("w", encoding="utf-8") as out:
            for record in read(input_file):
                if record.is_conversation:
                    state = detector.conversation(record.lang)
                    result = None
                    for text in record.messages or []:
                        result = state.add(text)
                    result = result or state.assessment()
                else:
                    result = detector.score_text(record.text or "", record.lang)
                line = {"id": record.raw.get("id", record.id), **result.as_dict()}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += 1
    except (RecordError, UnicodeDecodeError) as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"scored {count} records -> {output}", err=True)


@app.command("eval")
def evaluate(
    files: Annotated[list[Path], typer.Argument(metavar="FILE.jsonl", exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    model_dir: Annotated[
        Path | None, typer.Option("--model", help="Model folder (default: the shipped model)")
    ] = None,
    record_in: Annotated[
        Path | None,
        typer.Option(
            "--record-in",
            help="Also store the figures under --label in this model folder's card (e.g. cross-author figures "
            "of a model trained without these files, recorded in the shipped model's card)",
        ),
    ] = None,
    label: Annotated[str, typer.Option(help="Name of the recorded figures")] = "held-out evaluation",
) -> None:
    """Precision, recall, F1, F0.5, ROC-AUC, false-positive rate and early-detection figures (needs labels)."""
    from ondam.detection.card import model_card  # noqa: PLC0415
    from ondam.detection.data import RecordError, read  # noqa: PLC0415
    from ondam.detection.engine import Detector  # noqa: PLC0415
    from ondam.detection.evaluate import format_report, report  # noqa: PLC0415
    from ondam.detection.model import LinearModel  # noqa: PLC0415
    from ondam.detection.train import evaluate_records, groups  # noqa: PLC0415

    detector = Detector(LinearModel.load(model_dir) if model_dir else None)
    try:
        records = [r for f in files for r in read(f) if r.label in (0, 1)]
    except (RecordError, UnicodeDecodeError) as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2) from exc
    if not records:
        typer.secho('no labelled records (each needs "label": 0 or 1)', fg="red", err=True)
        raise typer.Exit(2)
    figures = {}
    for name, group in sorted(groups(records).items()):
        rep = report(evaluate_records(detector, group))
        figures[name] = rep.as_dict()
        if not as_json:
            typer.echo(format_report(name, rep))
    if as_json:
        typer.echo(json.dumps(figures, indent=1))
    if record_in is not None:
        target = LinearModel.load(record_in)
        recorded = target.meta.setdefault("held_out_figures", {})
        recorded[label] = {
            f"{name} · {', '.join(sorted({f.name for f in files}))}": fig for name, fig in figures.items()
        }
        target.save(record_in)
        (record_in / "MODEL_CARD.md").write_text(model_card(target), encoding="utf-8")
        typer.echo(f"figures recorded as {label!r} in {record_in}", err=True)


@app.command()
def tune(
    files: Annotated[list[Path], typer.Argument(metavar="FILE.jsonl", exists=True, dir_okay=False)],
    model_dir: Annotated[
        Path | None, typer.Option("--model", help="Model folder (default: the shipped model)")
    ] = None,
    folds: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            file_okay=False,
            help="Author-fold models saved by `train --folds-output`: Korean thresholds and cross-author "
            "figures come from them, as in `train --author-folds`",
        ),
    ] = None,
) -> None:
    """Choose new thresholds for a trained model and refresh its card (same files as for training, so the
    splits are the same): on the validation split, or with --folds on the author-fold models."""
    from ondam.detection.card import model_card  # noqa: PLC0415
    from ondam.detection.model import MODEL_DIR, LinearModel  # noqa: PLC0415
    from ondam.detection.train import load  # noqa: PLC0415
    from ondam.detection.train import tune as run  # noqa: PLC0415

    target = model_dir or MODEL_DIR
    model = LinearModel.load(target)
    fold_models = (
        {p.name: LinearModel.load(p) for p in sorted(folds.iterdir()) if (p / "model.json").exists()}
        if folds
        else {}
    )
    if folds and not fold_models:
        typer.echo(f"error: no author-fold models in {folds}", err=True)
        raise typer.Exit(2)
    run(model, load(files), folds=fold_models or None, log=lambda line: typer.echo(line, err=True))
    model.save(target)
    (target / "MODEL_CARD.md").write_text(model_card(model), encoding="utf-8")
    typer.echo(f"thresholds and model card updated in {target}")


@app.command()
def train(  # noqa: PLR0917 - a typer command: its options are parameters
    files: Annotated[list[Path], typer.Argument(metavar="FILE.jsonl", exists=True, dir_okay=False)],
    output: Annotated[Path | None, typer.Option(help="Model folder (default: the shipped model)")] = None,
    c: Annotated[float, typer.Option(help="Inverse regularisation strength")] = 4.0,
    window: Annotated[int, typer.Option(help="Messages per window")] = 50,
    ko_negative_weight: Annotated[float, typer.Option(help="Weight of Korean negative windows")] = 1.0,
    author_folds: Annotated[
        bool,
        typer.Option(
            help="Also train one model without each author (records whose source names an author): Korean "
            "thresholds are chosen on these out-of-author scores, and the card gets cross-author figures"
        ),
    ] = False,
    ko_text_model: Annotated[
        bool,
        typer.Option(
            help="Also train a second model on L1-normalised vectors that scores Korean single texts (posts)"
        ),
    ] = False,
    stage_one_folds: Annotated[
        int,
        typer.Option(
            min=0,
            help="Train the window model on out-of-fold message risks from this many stage-one models "
            "(0: in-sample risks)",
        ),
    ] = 0,
    jobs: Annotated[int, typer.Option(min=1, help="Author-fold models trained at a time")] = 1,
    folds_output: Annotated[
        Path | None, typer.Option(help="Also save each author-fold model here (one folder per author)")
    ] = None,
) -> None:
    """Train the model on labelled JSONL files and write it (with figures on the test split)."""
    from ondam.detection.card import model_card  # noqa: PLC0415
    from ondam.detection.model import MODEL_DIR  # noqa: PLC0415
    from ondam.detection.train import Settings  # noqa: PLC0415
    from ondam.detection.train import train as run  # noqa: PLC0415

    model, _, folds = run(
        files,
        Settings(
            c=c,
            window=window,
            ko_negative_weight=ko_negative_weight,
            ko_text_model=ko_text_model,
            stage_one_folds=stage_one_folds,
        ),
        author_folds=author_folds,
        jobs=jobs,
        log=lambda line: typer.echo(line, err=True),
    )
    target = output or MODEL_DIR
    model.save(target)
    (target / "MODEL_CARD.md").write_text(model_card(model), encoding="utf-8")
    typer.echo(f"model and model card written to {target}")
    if folds_output:
        for author, fold_model in folds.items():
            fold_model.save(folds_output / author)
        typer.echo(f"author-fold models written to {folds_output}")
