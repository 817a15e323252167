"""The shipped linear model: weights for hashed n-grams, window-level signal features, and thresholds.

Stored in ``model/`` next to this file as ``weights.npz`` (non-zero text weights only) and ``model.json``
(everything else, including the training record). See ``model/MODEL_CARD.md``.
"""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ondam.detection import features
from ondam.detection.signals import CATEGORIES, COMBOS, Category, Context, combos

MODEL_DIR = Path(__file__).resolve().parent / "model"
TEXT_MODEL_DIR = "texts"


@dataclass
class Thresholds:
    window: float = 0.5  # a window counts as positive at or above this probability
    warn_positive: int = 3  # warn when this many of the last `warn_history` windows were positive
    warn_history: int = 10
    text: float = 0.5  # a single text (post) is flagged at or above this probability
    watch: float = 0.3  # below the flag, at or above this the level is "watch"
    # No warning before this many messages unless a strong warning sign (engine.STRONG) was seen: two
    # messages of an age check between peers ("몇 살이야?" / "중2") are not yet a conversation to worry about.
    min_messages: int = 1


@dataclass
class LinearModel:
    text_weights: npt.NDArray[np.float32]
    category_weights: dict[Category, float]
    distinct_weight: float
    bias: float
    # Categories seen anywhere earlier in the conversation (not only in the window): a photo request 60
    # messages ago still matters.
    history_weights: dict[Category, float] = field(default_factory=dict)
    # Stage one: a per-message risk model; the window's peak message risk is a stage-two feature, so one
    # concerning message is not diluted by the small talk around it.
    message_weights: npt.NDArray[np.float32] | None = None
    message_bias: float = 0.0
    peak_weight: float = 0.0
    # The second-highest message risk in the window and the window's total risk (divided by 5): sustained
    # concern across several messages, where one odd message is not enough.
    peak2_weight: float = 0.0
    mass_weight: float = 0.0
    # Ordinary-context cues (a parent, a job, a helpline) in the window and anywhere earlier; pairs of warning
    # signs seen together (index into signals.COMBOS); how many different warning signs were seen so far.
    context_weights: dict[Context, float] = field(default_factory=dict)
    context_history_weights: dict[Context, float] = field(default_factory=dict)
    combo_weights: list[float] = field(default_factory=list)
    seen_distinct_weight: float = 0.0
    # Per language ("ko", "en"): the two languages' scores are not on the same footing.
    thresholds: dict[str, Thresholds] = field(
        default_factory=lambda: {"ko": Thresholds(), "en": Thresholds()}
    )
    window: int = 50
    meta: dict[str, Any] = field(default_factory=dict)
    # How message vectors are normalised (features.NORMS).
    feature_norm: str = "l2"
    # A second model, trained on the same windows with L1 vectors, that scores Korean single texts (posts);
    # this model's thresholds apply. Saved in ``texts/`` inside the model folder.
    text_model: LinearModel | None = None

    def vector(self, normalized: str) -> dict[int, float]:
        return features.vector(normalized, self.feature_norm)

    def for_texts(self, lang: str) -> LinearModel:
        """The model that scores a single text in ``lang``."""
        return self.text_model if lang == "ko" and self.text_model is not None else self

    def thresholds_for(self, lang: str) -> Thresholds:
        return self.thresholds.get(lang) or next(iter(self.thresholds.values()))

    def text_score(self, vector: dict[int, float]) -> float:
        if not vector:
            return 0.0
        index = np.fromiter(vector.keys(), dtype=np.int64, count=len(vector))
        values = np.fromiter(vector.values(), dtype=np.float32, count=len(vector))
        return float(np.dot(self.text_weights[index], values))

    def message_risk(self, vector: dict[int, float]) -> float:
        if self.message_weights is None or not vector:
            return 0.0
        index = np.fromiter(vector.keys(), dtype=np.int64, count=len(vector))
        values = np.fromiter(vector.values(), dtype=np.float32, count=len(vector))
        z = self.message_bias + float(np.dot(self.message_weights[index], values))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def window_logit(
        self,
        mean_text_score: float,
        present: set[Category] | frozenset[Category],
        seen: set[Category] | frozenset[Category] | None = None,
        peak: float = 0.0,
        *,
        context: set[Context] | frozenset[Context] = frozenset(),
        context_seen: set[Context] | frozenset[Context] | None = None,
        peak2: float = 0.0,
        mass: float = 0.0,
    ) -> float:
        logit = (
            self.bias
            + mean_text_score
            + self.distinct_weight * len(present) / 5.0
            + self.peak_weight * peak
            + self.peak2_weight * peak2
            + self.mass_weight * mass / 5.0
        )
        for category in present:
            logit += self.category_weights.get(category, 0.0)
        history = present if seen is None else seen
        for category in history:
            logit += self.history_weights.get(category, 0.0)
        for cue in context:
            logit += self.context_weights.get(cue, 0.0)
        for cue in context if context_seen is None else context_seen:
            logit += self.context_history_weights.get(cue, 0.0)
        if self.combo_weights:
            for i in combos(history):
                logit += self.combo_weights[i]
        return logit + self.seen_distinct_weight * len(history) / 5.0

    # -- persistence ---------------------------------------------------------------------------------------

    def save(self, directory: Path = MODEL_DIR) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        nonzero = np.flatnonzero(self.text_weights)
        arrays: dict[str, Any] = {
            "index": nonzero.astype(np.int32),
            "value": self.text_weights[nonzero].astype(np.float32),
        }
        if self.message_weights is not None:
            msg_nonzero = np.flatnonzero(self.message_weights)
            arrays["msg_index"] = msg_nonzero.astype(np.int32)
            arrays["msg_value"] = self.message_weights[msg_nonzero].astype(np.float32)
        np.savez_compressed(directory / "weights.npz", **arrays)
        doc = {
            "format": 2,
            "feature_bits": features.BITS,
            "feature_norm": self.feature_norm,
            "bias": self.bias,
            "distinct_weight": self.distinct_weight,
            "category_weights": {c.value: w for c, w in self.category_weights.items()},
            "history_weights": {c.value: w for c, w in self.history_weights.items()},
            "message_bias": self.message_bias,
            "peak_weight": self.peak_weight,
            "peak2_weight": self.peak2_weight,
            "mass_weight": self.mass_weight,
            "context_weights": {c.value: w for c, w in self.context_weights.items()},
            "context_history_weights": {c.value: w for c, w in self.context_history_weights.items()},
            "combo_weights": {
                f"{a.value}+{b.value}": w for (a, b), w in zip(COMBOS, self.combo_weights, strict=False)
            },
            "seen_distinct_weight": self.seen_distinct_weight,
            "thresholds": {lang: asdict(t) for lang, t in self.thresholds.items()},
            "window": self.window,
            "meta": self.meta,
        }
        (directory / "model.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
        if self.text_model is not None:
            self.text_model.save(directory / TEXT_MODEL_DIR)
        elif (directory / TEXT_MODEL_DIR).exists():
            shutil.rmtree(directory / TEXT_MODEL_DIR)  # a text model left from an earlier save

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> LinearModel:
        doc = json.loads((directory / "model.json").read_text(encoding="utf-8"))
        if (
            doc.get("format") != 2
            or doc.get("feature_bits") != features.BITS
            or doc.get("feature_norm", "l2") not in features.NORMS
        ):
            raise ValueError(f"model in {directory} does not match this version of the feature code")
        stored = np.load(directory / "weights.npz")
        weights = np.zeros(features.DIM, dtype=np.float32)
        weights[stored["index"]] = stored["value"]
        message_weights = None
        if "msg_index" in stored:
            message_weights = np.zeros(features.DIM, dtype=np.float32)
            message_weights[stored["msg_index"]] = stored["msg_value"]
        return cls(
            text_weights=weights,
            category_weights={Category(k): float(v) for k, v in doc["category_weights"].items()},
            distinct_weight=float(doc["distinct_weight"]),
            history_weights={Category(k): float(v) for k, v in doc.get("history_weights", {}).items()},
            message_weights=message_weights,
            message_bias=float(doc.get("message_bias", 0.0)),
            peak_weight=float(doc.get("peak_weight", 0.0)),
            peak2_weight=float(doc.get("peak2_weight", 0.0)),
            mass_weight=float(doc.get("mass_weight", 0.0)),
            context_weights={Context(k): float(v) for k, v in doc.get("context_weights", {}).items()},
            context_history_weights={
                Context(k): float(v) for k, v in doc.get("context_history_weights", {}).items()
            },
            combo_weights=_combo_weights(doc.get("combo_weights")),
            seen_distinct_weight=float(doc.get("seen_distinct_weight", 0.0)),
            bias=float(doc["bias"]),
            thresholds={lang: Thresholds(**t) for lang, t in doc["thresholds"].items()},
            window=int(doc["window"]),
            meta=doc.get("meta", {}),
            feature_norm=str(doc.get("feature_norm", "l2")),
            text_model=(
                cls.load(directory / TEXT_MODEL_DIR)
                if (directory / TEXT_MODEL_DIR / "model.json").exists()
                else None
            ),
        )


def _combo_weights(stored: dict[str, float] | None) -> list[float]:
    if not stored:
        return []
    return [float(stored.get(f"{a.value}+{b.value}", 0.0)) for a, b in COMBOS]


@cache
def shipped_model() -> LinearModel:
    return LinearModel.load()


CATEGORY_COLUMNS = len(CATEGORIES)
