"""`ondam detect train`: fit the linear model on JSONL files, pick thresholds on a validation split, report
figures on a test split, and write the model and its card.

Splits come from each record's ``split`` field when present, else from a hash of its id (70/15/15). Test
records are never used for fitting or for choosing thresholds.
"""

from __future__ import annotations

import copy
import itertools
import random
import re
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from ondam.detection import features
from ondam.detection.data import Record, effective_split, guess_lang, read
from ondam.detection.engine import STRONG, Detector, risk_summary
from ondam.detection.evaluate import Outcome, Report, format_report, report
from ondam.detection.model import LinearModel, Thresholds
from ondam.detection.normalize import normalize
from ondam.detection.signals import CATEGORIES, CATEGORY_INDEX, COMBOS, CONTEXTS, contexts, find

DEFAULT_WINDOW = 50
MAX_WINDOWS_PER_CONVERSATION = 60
# s (windows that must reach the threshold among the last 10) is chosen from this range. s >= 2 was measured
# twice and not imposed: it silences two-message age checks but warns later (ADR 0012, revisions 3 and 4).
MIN_WARN_POSITIVE = 1
MAX_WARN_POSITIVE = 3
BOOTSTRAP_ROUNDS = 200  # resamples of the validation texts behind each text threshold
BOOTSTRAP_SEED = 0


@dataclass
class Corpus:
    records: list[Record] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)

    def split(self, name: str) -> list[Record]:
        return [r for r in self.records if effective_split(r) == name]


def load(paths: list[Path]) -> Corpus:
    corpus = Corpus()
    for path in paths:
        records = [r for r in read(path) if r.label in (0, 1)]
        for r in records:
            r.raw["_file"] = f"{path.parent.name}/{path.name}"
        corpus.records.extend(records)
        corpus.files.append(
            {
                "file": f"{path.parent.name}/{path.name}",
                "records": len(records),
                "positives": sum(1 for r in records if r.label == 1),
            }
        )
    return corpus


def with_pseudo_conversations(records: list[Record]) -> list[Record]:
    """Add a chunked copy of each long English chat segment as a conversation (the English conversation
    files hold offenders only; PAN12 segments supply the negatives)."""
    out = list(records)
    for r in records:
        if not r.is_conversation and (r.lang or "") == "en" and len((r.text or "").split()) > 30:
            out.append(
                Record(
                    id=f"{r.id}#chunked",
                    lang=r.lang,
                    messages=_pseudo_conversation(r),
                    text=None,
                    label=r.label,
                    split=r.split,
                    first_concern_index=None,
                    raw=r.raw,
                )
            )
    return out


def _pseudo_conversation(record: Record) -> list[str]:
    """Split a flat chat segment into message-sized chunks (PAN12 segments carry no turns)."""
    words = (record.text or "").split()
    rng = random.Random(record.id)  # noqa: S311 - reproducible chunking, not security
    chunks, i = [], 0
    while i < len(words):
        step = rng.randint(3, 12)
        chunks.append(" ".join(words[i : i + step]))
        i += step
    return chunks


class _Featurizer:
    def __init__(self, norm: str = "l2") -> None:
        self.norm = norm
        self.cache: dict[str, int] = {}
        self.rows: list[dict[int, float]] = []
        # The record being featurised, and for each row the record where its text first appeared (the row's
        # stage-one fold: see _out_of_fold_risk).
        self.owner = ""
        self.owners: list[str] = []
        self.cats: list[list[int]] = []
        self.cues: list[list[int]] = []

    def index(self, text: str) -> int:
        found = self.cache.get(text)
        if found is not None:
            return found
        normalized = normalize(text)
        self.rows.append(features.vector(normalized, self.norm))
        self.cats.append(sorted({CATEGORY_INDEX[h.category] for h in find(normalized)}))
        self.cues.append(sorted(CONTEXTS.index(c) for c in contexts(normalized)))
        self.owners.append(self.owner)
        self.cache[text] = len(self.rows) - 1
        return self.cache[text]

    def matrices(self) -> tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
        indptr: list[int] = [0]
        indices: list[int] = []
        values: list[float] = []
        for row in self.rows:
            indices.extend(row.keys())
            values.extend(row.values())
            indptr.append(len(indices))
        m = sparse.csr_matrix(
            (np.array(values, dtype=np.float32), np.array(indices, dtype=np.int64), np.array(indptr)),
            shape=(len(self.rows), features.DIM),
        )
        c_indptr, c_indices = [0], []
        for cats in self.cats:
            c_indices.extend(cats)
            c_indptr.append(len(c_indices))
        c = sparse.csr_matrix(
            (
                np.ones(len(c_indices), dtype=np.float32),
                np.array(c_indices, dtype=np.int64),
                np.array(c_indptr),
            ),
            shape=(len(self.rows), len(CATEGORIES)),
        )
        return m, c, _indicator(self.cues, len(CONTEXTS))


def _indicator(rows: list[list[int]], width: int) -> sparse.csr_matrix:
    indptr, indices = [0], []
    for cols in rows:
        indices.extend(cols)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.float32), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(rows), width),
    )


Window = tuple[list[int], list[int], int]  # message rows of the window, rows of the whole prefix, label


def _windows(record: Record, featurizer: _Featurizer, window: int) -> list[Window]:
    """(message rows of the window, label) for the windows sampled from one record."""
    assert record.label is not None
    if not record.is_conversation:
        assert record.text is not None
        row = featurizer.index(record.text)
        out: list[Window] = [([row], [row], record.label)]
        if (record.lang or "") == "en" and len(record.text.split()) > 30:
            rows = [featurizer.index(t) for t in _pseudo_conversation(record)]
            ends = _ends(len(rows))
            out.extend((rows[max(0, e - window + 1) : e + 1], rows[: e + 1], record.label) for e in ends)
        return out
    assert record.messages is not None
    rows = [featurizer.index(t) for t in record.messages]
    if not rows:
        return []
    # Where the corpus says when a careful human would first worry, the windows before that point are
    # small talk and are taught as negatives: the warning should come from the warning signs, not from how
    # a conversation with a stranger happens to open.
    concern = record.first_concern_index if record.label == 1 else None
    return [
        (
            rows[max(0, e - window + 1) : e + 1],
            rows[: e + 1],
            0 if concern is not None and e < concern else record.label,
        )
        for e in _ends(len(rows))
    ]


def _ends(n: int) -> list[int]:
    if n <= MAX_WINDOWS_PER_CONVERSATION:
        return list(range(n))
    step = n / MAX_WINDOWS_PER_CONVERSATION
    return sorted({min(n - 1, int(i * step)) for i in range(MAX_WINDOWS_PER_CONVERSATION)} | {n - 1})


def _weights(windows: list[Window], text_weight: float) -> np.ndarray:
    """Single texts are few next to the many windows sampled from conversations: weigh them up."""
    return np.array([text_weight if len(prefix) == 1 else 1.0 for _, prefix, _ in windows])


def _message_samples(records: list[Record], featurizer: _Featurizer) -> list[tuple[int, int]]:
    """Stage-one samples: messages of corpora that label each message (tags), and single texts."""
    out = []
    for r in records:
        if not r.is_conversation:
            out.append((featurizer.index(r.text or ""), r.label or 0))
            continue
        raw = r.raw.get("messages", [])
        if not any(isinstance(m, dict) and "tags" in m for m in raw):
            continue  # no message-level labels (the English chats)
        for m in raw:
            tags = set(m.get("tags") or []) - {"compliment_trust"}
            out.append((featurizer.index(m["text"]), 1 if r.label == 1 and tags else 0))
    return out


def _fit_stage_one(m: sparse.csr_matrix, rows: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - training only

    stage_one = LogisticRegression(C=1.0, solver="liblinear", class_weight="balanced", max_iter=2000)
    stage_one.fit(m[rows], labels)
    return stage_one.coef_[0].astype(np.float32), float(stage_one.intercept_[0])


def _risk(m: sparse.csr_matrix, weights: np.ndarray, bias: float) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-(m @ weights + bias))))


def _out_of_fold_risk(
    m: sparse.csr_matrix, samples: list[tuple[int, int]], owners: list[str], folds: int
) -> np.ndarray:
    """Each row's risk from a stage-one model fitted without the row's fold: the fold of the record where its
    text first appeared (``owners``, in the order the records were featurised; records are put in folds by a
    hash of their id). A text shared by several records stays in one fold, and the chunks of an English text
    share its fold, so no row is scored by a model that was fitted on it or on the text it was cut from. Stage
    two then learns how far to trust a risk on text the first stage has not seen, instead of the near-certain
    risks of its own training messages (stacked generalisation)."""
    fold_of_row = np.array([zlib.crc32(owner.encode("utf-8")) % folds for owner in owners], dtype=np.int64)
    rows = np.array([row for row, _ in samples])
    labels = np.array([label for _, label in samples])
    risk = np.zeros(m.shape[0])
    for f in range(folds):
        keep = fold_of_row[rows] != f
        weights, bias = _fit_stage_one(m, rows[keep], labels[keep])
        held = np.flatnonzero(fold_of_row == f)
        risk[held] = _risk(m[held], weights, bias)
    return risk


def _design(
    windows: list[Window],
    m: sparse.csr_matrix,
    c: sparse.csr_matrix,
    risk: np.ndarray,
    cues: sparse.csr_matrix,
) -> tuple[sparse.csr_matrix, np.ndarray]:
    a_rows: list[int] = []
    a_cols: list[int] = []
    a_vals: list[float] = []
    h_rows: list[int] = []
    h_cols: list[int] = []
    for w, (rows, prefix, _) in enumerate(windows):
        for r in rows:
            a_rows.append(w)
            a_cols.append(r)
            a_vals.append(1.0 / len(rows))
        for r in prefix:
            h_rows.append(w)
            h_cols.append(r)
    a = sparse.csr_matrix((a_vals, (a_rows, a_cols)), shape=(len(windows), m.shape[0]))
    h = sparse.csr_matrix((np.ones(len(h_rows)), (h_rows, h_cols)), shape=(len(windows), m.shape[0]))
    text = a @ m
    present = ((a @ c) > 0).astype(np.float32)
    seen = ((h @ c) > 0).astype(np.float32)
    distinct = sparse.csr_matrix(np.asarray(present.sum(axis=1)).reshape(-1, 1) / 5.0)
    peak = sparse.csr_matrix(np.array([[max(risk[r] for r in rows)] for rows, _, _ in windows]))
    summaries = np.array([risk_summary([float(risk[r]) for r in rows]) for rows, _, _ in windows])
    peak2_mass = sparse.csr_matrix(np.stack([summaries[:, 1], summaries[:, 2] / 5.0], axis=1))
    context = ((a @ cues) > 0).astype(np.float32)
    context_seen = ((h @ cues) > 0).astype(np.float32)
    seen_dense = seen.toarray() > 0
    pairs = np.stack(
        [seen_dense[:, CATEGORY_INDEX[x]] & seen_dense[:, CATEGORY_INDEX[y]] for x, y in COMBOS], axis=1
    ).astype(np.float32)
    seen_distinct = seen_dense.sum(axis=1, keepdims=True).astype(np.float32) / 5.0
    x = sparse.hstack(
        [
            text,
            present,
            distinct,
            seen,
            peak,
            context,
            context_seen,
            sparse.csr_matrix(pairs),
            seen_distinct,
            peak2_mass,
        ],
        format="csr",
    )
    y = np.array([label for _, _, label in windows])
    return x, y


def _streams(detector: Detector, records: list[Record], lang: str) -> list[Stream]:
    min_messages = WARN_MIN_MESSAGES.get(lang, 1)
    out = []
    for r in records:
        if r.is_conversation and r.messages:
            state = detector.conversation(lang)
            scores, start = [], None
            for i, t in enumerate(r.messages):
                scores.append(state.add(t).score)
                if start is None and (i + 1 >= min_messages or set(state.evidence) & STRONG):
                    start = i
            out.append((r, scores, len(scores) if start is None else start))
    return out


def _flag_index(scores: list[float], window: float, need: int, history: int, start: int = 0) -> int | None:
    """The engine's warning rule on a stream of window scores; windows before message ``start`` do not count."""
    recent: list[bool] = []
    for i, s in enumerate(scores):
        recent.append(i >= start and s >= window)
        if sum(recent[-history:]) >= need:
            return i
    return None


# The false-positive rate allowed on validation conversations, per language. Korean: on chats by an author
# the model had not seen, the rate ran two to three times the validation rate (leave-one-author-out, five
# authors: a 5% cap gave 0-16%, mean 8.6%), so the validation cap is 2% to keep text by others near 5%
# (ADR 0012, revision 3). English: the PAN12 split is one source, and the cap is the target itself.
MAX_FPR = {"ko": 0.02, "en": 0.05}
# With author folds the Korean thresholds are chosen on out-of-author scores (each author's chats scored by a
# model trained without that author), which already carry the shift to an unseen writer. The cap applies to
# the pooled rate, and single authors scatter around it (0-16% at a 5% cap), so it sits one point under the
# 5% target: with eight authors, five then met both targets instead of three (ADR 0012, revision 4).
OUT_OF_AUTHOR_MAX_FPR = 0.04
# No warning before this many messages unless a strong warning sign was seen (Thresholds.min_messages). Korean:
# a two-message age check between peers ("몇 살이야?" / "중2") raised a warning with s = 1; measured on the
# ten-author fold models (ADR 0012, revision 5). English stays at 1: a quarter of the English offender sessions
# have a single message; from message 2 the English negative chats of the test split had more false alarms
# (5 of 71 instead of 3) for about the same F0.5 (ADR 0012, revision 6).
WARN_MIN_MESSAGES = {"ko": 3, "en": 1}

# A conversation, its window score after each message, and the first message at which a warning may fire.
Stream = tuple[Record, list[float], int]


@dataclass
class Fold:
    """One author's records scored by a model trained without that author."""

    author: str
    model: LinearModel
    records: list[Record]  # all of the author's records (the cross-author figures)
    streams: list[Stream]  # the author's non-test conversations (threshold choice)
    texts: list[tuple[Record, float]]  # the author's non-test single texts


def choose_thresholds(
    detector: Detector,
    val: list[Record],
    max_fpr: dict[str, float] | None = None,
    out_of_author: list[Fold] | None = None,
) -> dict[str, Thresholds]:
    """Per language: the two languages' windows are not scored on the same footing. With ``out_of_author``
    folds, the Korean thresholds come from the folds' scores instead of the validation split."""
    caps = MAX_FPR if max_fpr is None else max_fpr
    by_lang: dict[str, list[Record]] = {}
    for r in val:
        by_lang.setdefault(guess_lang(r), []).append(r)
    chosen = {}
    for lang, records in sorted(by_lang.items()):
        if lang == "ko" and out_of_author:
            chosen[lang] = _choose_from(
                [s for f in out_of_author for s in f.streams],
                [t for f in out_of_author for t in f.texts],
                lang,
                OUT_OF_AUTHOR_MAX_FPR,
            )
        else:
            chosen[lang] = _choose(detector, records, lang, caps.get(lang, 0.05))
    return chosen


def _choose(detector: Detector, val: list[Record], lang: str, max_fpr: float) -> Thresholds:
    streams = _streams(detector, val, lang)
    texts = [(r, detector.score_text(r.text or "", lang).score) for r in val if not r.is_conversation]
    return _choose_from(streams, texts, lang, max_fpr)


def _choose_from(
    streams: list[Stream], texts: list[tuple[Record, float]], lang: str, max_fpr: float
) -> Thresholds:
    tried: list[tuple[float, float, int]] = []
    # At most 3 of the last 10 windows: with more, a short chat could never raise a warning in time.
    for window, need in itertools.product(
        np.arange(0.30, 0.995, 0.015), range(MIN_WARN_POSITIVE, MAX_WARN_POSITIVE + 1)
    ):
        flags = [(r, _flag_index(s, float(window), need, 10, start)) for r, s, start in streams]
        outcomes = [Outcome(r.id, r.label or 0, 0.0, f is not None) for r, f in flags]
        rep = report(outcomes)
        if rep.false_positive_rate > max_fpr:
            continue
        delays = [f for r, f in flags if f is not None and r.label == 1]
        speed_bonus = -float(np.median(delays)) / 10_000 if delays else 0.0  # tie-break: earlier is better
        # Korean: the corpus is several files written in different styles (see _macro_f05); the English
        # files are not (the offender-only chats have no negatives), so they are pooled.
        objective = (
            _macro_f05(outcomes, [str(r.raw.get("_file", "")) for r, _ in flags]) if lang == "ko" else rep.f05
        )
        tried.append((objective + speed_bonus, float(window), need))
    best = _plateau_middle(tried) if tried else (-1.0, 0.5, 3)
    text = _choose_text([(r.label or 0, s) for r, s in texts], np.random.default_rng(BOOTSTRAP_SEED))
    return Thresholds(
        window=round(best[1], 3),
        warn_positive=best[2],
        warn_history=10,
        text=round(text, 3),
        watch=round(best[1] * 0.75, 3),
        min_messages=WARN_MIN_MESSAGES.get(lang, 1),
    )


def _resamples(n: int, rng: np.random.Generator) -> list[np.ndarray]:
    """How often each record is drawn in each bootstrap resample."""
    return [np.bincount(rng.integers(0, n, n), minlength=n).astype(float) for _ in range(BOOTSTRAP_ROUNDS)]


def _f05(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
        r = np.where(tp + fn > 0, tp / (tp + fn), 0.0)
        f = np.where(p + r > 0, 1.25 * p * r / (0.25 * p + r), 0.0)
    return np.asarray(f)


def _choose_text(texts: list[tuple[int, float]], rng: np.random.Generator) -> float:
    """Text threshold by the one-standard-error rule over bootstrap resamples of the validation texts: of the
    thresholds whose mean F0.5 is within one standard deviation of the best mean, the one nearest 0.5 (the
    decision boundary the class-balanced model was trained for). Single texts in the validation split are few
    (11 English positives): one negative scoring 0.92 once made 0.95 look best where the test split wanted
    about 0.5, and the median of the resamples' best thresholds split 101/99 between the two."""
    if not texts:
        return 0.5
    grid = np.arange(0.2, 0.99, 0.01)
    labels = np.array([y for y, _ in texts], dtype=float)
    flagged = np.array([[s >= t for _, s in texts] for t in grid])
    curves = []
    for weight in _resamples(len(texts), rng):
        pos, neg = weight * labels, weight * (1 - labels)
        curves.append(_f05(flagged @ pos, flagged @ neg, (~flagged) @ pos))
    mean, spread = np.mean(curves, axis=0), np.std(curves, axis=0)
    best = int(np.argmax(mean))
    near = [i for i in range(len(grid)) if mean[i] >= mean[best] - spread[best]]
    return float(grid[min(near, key=lambda i: (abs(grid[i] - 0.5), grid[i]))])


def _plateau_middle(
    tried: list[tuple[float, float, int]], tolerance: float = 0.002
) -> tuple[float, float, int]:
    """The best (objective, threshold, s), with the threshold moved to the middle of the run of neighbouring
    thresholds (same s) that score within ``tolerance`` of the best. A small validation split leaves wide
    plateaus; their first or last point is an accident of that split (it once chose a text threshold of 0.97
    where 0.2-0.97 all scored the same, halving recall on the test split)."""
    top = max(tried)
    same = sorted((t for t in tried if t[2] == top[2]), key=lambda t: t[1])
    i = same.index(top)
    lo = hi = i
    while lo > 0 and same[lo - 1][0] >= top[0] - tolerance:
        lo -= 1
    while hi < len(same) - 1 and same[hi + 1][0] >= top[0] - tolerance:
        hi += 1
    return (top[0], same[(lo + hi) // 2][1], top[2])


def _macro_f05(outcomes: list[Outcome], sources: list[str]) -> float:
    """Mean F0.5 over the source files that have both labels: a large corpus written in one style must not
    choose the threshold for all the others (written by other people, in other styles)."""
    by_source: dict[str, list[Outcome]] = {}
    for outcome, source in zip(outcomes, sources, strict=True):
        by_source.setdefault(source, []).append(outcome)
    scored = [report(group).f05 for group in by_source.values() if len({o.label for o in group}) == 2]
    return float(np.mean(scored)) if scored else report(outcomes).f05


def evaluate_records(detector: Detector, records: list[Record]) -> list[Outcome]:
    outcomes = []
    for r in records:
        if r.is_conversation:
            result = detector.score_conversation(r.messages or [], r.lang)
            outcomes.append(
                Outcome(
                    r.id,
                    r.label or 0,
                    result.score if not result.flagged else max(result.score, 0.5),
                    result.flagged,
                    result.first_flag_index,
                    r.first_concern_index,
                    True,
                )
            )
        else:
            result = detector.score_text(r.text or "", r.lang)
            outcomes.append(Outcome(r.id, r.label or 0, result.score, result.flagged))
    return outcomes


def groups(records: list[Record]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = {}
    for r in records:
        key = f"{guess_lang(r)} {'conversations' if r.is_conversation else 'texts'}"
        out.setdefault(key, []).append(r)
    return out


@dataclass(frozen=True)
class Settings:
    """What `ondam detect train` may change (recorded in the model's meta and card)."""

    c: float = 4.0
    text_weight: float = 8.0
    ko_negative_weight: float = 1.0
    window: int = DEFAULT_WINDOW
    feature_norm: str = "l2"
    # Also fit a second model on L1 vectors for Korean single texts (LinearModel.text_model).
    ko_text_model: bool = False
    # Stage two learns from out-of-fold message risks (each text scored by a stage-one model fitted without the
    # fold of the record where the text first appeared), as it will meet them on new text; 0 or 1: in-sample.
    stage_one_folds: int = 0


def _silent(_: str) -> None:
    return None


def fit(records: list[Record], settings: Settings, log: Callable[[str], None] = _silent) -> LinearModel:
    """Fit both stages on ``records`` (all of them: the caller chooses the split)."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - training only

    featurizer = _Featurizer(settings.feature_norm)
    train_windows: list[Window] = []
    korean: list[bool] = []
    for r in records:
        featurizer.owner = r.id
        sampled = _windows(r, featurizer, settings.window)
        train_windows.extend(sampled)
        korean.extend([guess_lang(r) == "ko"] * len(sampled))
    samples = _message_samples(records, featurizer)
    m, cats, cues = featurizer.matrices()
    # Stage one: per-message risk (the shipped weights are fitted on every sample).
    rows = np.array([row for row, _ in samples])
    labels = np.array([label for _, label in samples])
    message_weights, message_bias = _fit_stage_one(m, rows, labels)
    if settings.stage_one_folds > 1:
        risk = _out_of_fold_risk(m, samples, featurizer.owners, settings.stage_one_folds)
    else:
        risk = _risk(m, message_weights, message_bias)
    log(
        f"stage one: {len(samples)} labelled messages and texts"
        + (f", out-of-fold risks ({settings.stage_one_folds} folds)" if settings.stage_one_folds > 1 else "")
    )
    x, y = _design(train_windows, m, cats, risk, cues)
    log(
        f"training on {len(train_windows)} windows from {len(records)} records ({int(y.sum())} positive windows)"
    )
    clf = LogisticRegression(C=settings.c, solver="liblinear", class_weight="balanced", max_iter=2000)
    # Korean negative windows (hard negatives) can be weighed up: the cross-author rows miss on false positives.
    weights = _weights(train_windows, settings.text_weight) * np.where(
        np.array(korean) & (y == 0), settings.ko_negative_weight, 1.0
    )
    clf.fit(x, y, sample_weight=weights)
    coef = clf.coef_[0]
    at = features.DIM + 2 * len(CATEGORIES) + 2  # after text, present, distinct, seen, peak
    context_weights = coef[at : at + len(CONTEXTS)]
    context_history = coef[at + len(CONTEXTS) : at + 2 * len(CONTEXTS)]
    combo_weights = coef[at + 2 * len(CONTEXTS) : at + 2 * len(CONTEXTS) + len(COMBOS)]
    model = LinearModel(
        text_weights=coef[: features.DIM].astype(np.float32),
        category_weights={cat: float(coef[features.DIM + i]) for i, cat in enumerate(CATEGORIES)},
        distinct_weight=float(coef[features.DIM + len(CATEGORIES)]),
        history_weights={
            cat: float(coef[features.DIM + len(CATEGORIES) + 1 + i]) for i, cat in enumerate(CATEGORIES)
        },
        bias=float(clf.intercept_[0]),
        window=settings.window,
        message_weights=message_weights,
        message_bias=message_bias,
        peak_weight=float(coef[features.DIM + 2 * len(CATEGORIES) + 1]),
        context_weights={cue: float(w) for cue, w in zip(CONTEXTS, context_weights, strict=True)},
        context_history_weights={cue: float(w) for cue, w in zip(CONTEXTS, context_history, strict=True)},
        combo_weights=[float(w) for w in combo_weights],
        seen_distinct_weight=float(coef[-3]),
        peak2_weight=float(coef[-2]),
        mass_weight=float(coef[-1]),
        feature_norm=settings.feature_norm,
    )
    model.meta = {"train_windows": len(train_windows)}
    if settings.ko_text_model:
        # The same records and windows, L1 vectors: a post's score no longer grows with its length.
        model.text_model = fit(records, replace(settings, feature_norm="l1", ko_text_model=False))
        model.text_model.meta["nonzero_text_weights"] = int(np.count_nonzero(model.text_model.text_weights))
        log("Korean text model (L1 vectors) fitted")
    return model


_AUTHOR = re.compile(r"\(author (\w+)\)")


def author_of(record: Record) -> str | None:
    """The record's author: its ``author`` field, or the name in "(author x)" of its ``source``."""
    if isinstance(record.raw.get("author"), str) and record.raw["author"]:
        return str(record.raw["author"])
    found = _AUTHOR.search(str(record.raw.get("source", "")))
    return found.group(1) if found else None


def fit_folds(
    corpus: Corpus, settings: Settings, *, jobs: int = 1, log: Callable[[str], None] = print
) -> dict[str, LinearModel]:
    """One model per author, each trained on the training split without that author's records."""
    training = corpus.split("train")
    authors = sorted({a for r in training if (a := author_of(r))})
    log(f"author folds: {', '.join(authors)} ({jobs} at a time)")
    if jobs <= 1:
        return {a: fit([r for r in training if author_of(r) != a], settings) for a in authors}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        futures = {a: pool.submit(fit, [r for r in training if author_of(r) != a], settings) for a in authors}
        return {a: future.result() for a, future in futures.items()}


def score_folds(corpus: Corpus, models: dict[str, LinearModel]) -> list[Fold]:
    out = []
    for author, model in sorted(models.items()):
        detector = Detector(model)
        records = [r for r in corpus.records if author_of(r) == author]
        usable = [r for r in records if effective_split(r) != "test"]  # test records never choose thresholds
        out.append(
            Fold(
                author,
                model,
                records,
                _streams(detector, usable, "ko"),
                [(r, detector.score_text(r.text or "", "ko").score) for r in usable if not r.is_conversation],
            )
        )
    return out


def cross_author_figures(folds: list[Fold]) -> dict[str, Any]:
    """Each author scored by the model trained without them, at Korean thresholds chosen on the OTHER
    authors' out-of-author scores: nothing of the scored author chose anything."""
    figures: dict[str, Any] = {}
    for fold in folds:
        others = [f for f in folds if f is not fold]
        if not others:
            continue
        model = copy.copy(fold.model)
        model.thresholds = {
            **fold.model.thresholds,
            "ko": _choose_from(
                [s for f in others for s in f.streams],
                [t for f in others for t in f.texts],
                "ko",
                OUT_OF_AUTHOR_MAX_FPR,
            ),
        }
        detector = Detector(model)
        files = ", ".join(sorted({str(r.raw.get("_file", "?")).split("/")[-1] for r in fold.records}))
        label = f"cross-author: trained without author {fold.author}, thresholds from the other authors"
        figures[label] = {
            f"{name} · {files}": report(evaluate_records(detector, group)).as_dict()
            for name, group in sorted(groups(fold.records).items())
        }
    return figures


def train(
    paths: list[Path],
    settings: Settings | None = None,
    *,
    author_folds: bool = False,
    jobs: int = 1,
    log: Callable[[str], None] = print,
) -> tuple[LinearModel, str, dict[str, LinearModel]]:
    """The model trained on the training split, the report of its figures, and the author-fold models."""
    settings = settings or Settings()
    started = time.perf_counter()
    corpus = load(paths)
    model = fit(corpus.split("train"), settings, log)
    folds = fit_folds(corpus, settings, jobs=jobs, log=log) if author_folds else {}
    model.meta = {
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "files": corpus.files,
        **asdict(settings),
        "author_folds": sorted(folds),
        "train_windows": model.meta["train_windows"],
        "split_counts": {s: len(corpus.split(s)) for s in ("train", "val", "test")},
        "seconds": round(time.perf_counter() - started, 1),
        "nonzero_text_weights": int(np.count_nonzero(model.text_weights)),
    }
    return model, tune(model, corpus, folds=folds, log=log), folds


def tune(
    model: LinearModel,
    corpus: Corpus,
    *,
    folds: dict[str, LinearModel] | None = None,
    log: Callable[[str], None] = print,
) -> str:
    """Choose the thresholds (Korean: on the folds' out-of-author scores when there are folds, else on the
    validation split) and record the figures on the test split, and the cross-author figures."""
    detector = Detector(model)
    scored = score_folds(corpus, folds) if folds else []
    model.thresholds = choose_thresholds(
        detector, with_pseudo_conversations(corpus.split("val")), out_of_author=scored or None
    )
    log(f"thresholds: {model.thresholds}")
    lines = []
    figures: dict[str, Any] = {}
    for name, records in sorted(groups(with_pseudo_conversations(corpus.split("test"))).items()):
        rep: Report = report(evaluate_records(detector, records))
        figures[name] = rep.as_dict()
        lines.append(format_report(f"test {name}", rep))
    # Per file as well, so that e.g. the hand-written Korean set is visible on its own.
    by_file: dict[str, list[Record]] = {}
    for r in corpus.split("test"):
        by_file.setdefault(str(r.raw.get("_file", "?")), []).append(r)
    for file_name, records in sorted(by_file.items()):
        for name, group in sorted(groups(with_pseudo_conversations(records)).items()):
            rep = report(evaluate_records(detector, group))
            figures[f"{name} · {file_name}"] = rep.as_dict()
            lines.append(format_report(f"test {name} · {file_name}", rep))
    if scored:
        cross = cross_author_figures(scored)
        kept = {  # rows recorded by `ondam detect eval --record-in` (blind rows) stay
            label: rows
            for label, rows in model.meta.get("held_out_figures", {}).items()
            if not label.startswith("cross-author:")
        }
        model.meta["held_out_figures"] = {**kept, **cross}
        for label, by_group in cross.items():
            for name, fig in by_group.items():
                lines.append(
                    f"{label} · {name}: F0.5 {fig['f0.5']:.3f}, recall {fig['recall']:.3f}, "
                    f"false-positive rate {fig['false_positive_rate']:.3f}"
                )
    text = "\n".join(lines)
    log(text)
    model.meta["test_figures"] = figures
    model.meta["tuned_at"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return text
