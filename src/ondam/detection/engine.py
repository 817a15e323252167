"""Scoring a conversation as it unfolds, and a text on its own.

Each new message costs O(length of the message): it is normalised, its features are hashed and dotted with
the weights once, and only that number and its signal categories are kept. The window of the last ``window``
messages is the mean of those numbers plus the categories present in it, maintained with running sums.

Early warning (eSPD, Vogt et al. 2021): after every message the window is classified; a warning is raised when
at least ``warn_positive`` of the last ``warn_history`` window predictions were positive (where the thresholds
ask for it, windows count only once ``min_messages`` messages were seen or a strong warning sign was), and it
is never withdrawn. The level never goes down either.
"""

from __future__ import annotations

import math
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from ondam.detection.model import LinearModel, shipped_model
from ondam.detection.normalize import normalize
from ondam.detection.signals import Category, Context, contexts, find

STRONG = frozenset(
    {
        Category.IMAGE_REQUEST,
        Category.MONEY_MEETING,
        Category.SHELTER_RUNAWAY,
        Category.SEXTORTION,
        Category.SPONSOR,
    }
)
MAX_EVIDENCE_PER_CATEGORY = 5
_HANGUL = re.compile(r"[가-힣ㄱ-ㅎ]")
_LATIN = re.compile(r"[a-z]")


class Level(IntEnum):
    NONE = 0
    WATCH = 1
    HIGH = 2
    URGENT = 3

    @property
    def label(self) -> str:
        return self.name.lower()


def risk_summary(risks: list[float]) -> tuple[float, float, float]:
    """The highest and second-highest message risk in the window, and the window's total risk."""
    peak = peak2 = 0.0
    for r in risks:
        if r > peak:
            peak, peak2 = r, peak
        elif r > peak2:
            peak2 = r
    return peak, peak2, sum(risks)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass
class Assessment:
    score: float
    flagged: bool
    first_flag_index: int | None
    level: Level
    categories: list[str]
    evidence: list[dict[str, Any]]  # [{"index": message index, "categories": [...]}, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "flagged": self.flagged,
            "first_flag_index": self.first_flag_index,
            "level": self.level.label,
            "categories": self.categories,
            "evidence": self.evidence,
        }


@dataclass
class ConversationState:
    """Everything the engine remembers about one conversation: numbers and categories, never the text."""

    model: LinearModel
    lang: str | None = None  # given by the caller, else inferred from the script of the messages so far
    count: int = 0
    hangul_messages: int = 0
    latin_messages: int = 0
    window: deque[tuple[float, frozenset[Category], float, frozenset[Context]]] = field(default_factory=deque)
    window_sum: float = 0.0
    window_categories: Counter[Category] = field(default_factory=Counter)
    window_contexts: Counter[Context] = field(default_factory=Counter)
    contexts_seen: set[Context] = field(default_factory=set)
    recent: deque[bool] = field(default_factory=deque)
    flagged: bool = False
    first_flag_index: int | None = None
    level: Level = Level.NONE
    score: float = 0.0
    evidence: dict[Category, list[int]] = field(default_factory=dict)
    top_messages: list[tuple[float, int]] = field(default_factory=list)

    def add(self, text: str) -> Assessment:
        normalized = normalize(text)
        vector = self.model.vector(normalized)
        message_score = self.model.text_score(vector)
        hits = frozenset(h.category for h in find(normalized))
        cues = contexts(normalized)
        if _HANGUL.search(normalized):
            self.hangul_messages += 1
        elif _LATIN.search(normalized):
            self.latin_messages += 1
        index = self.count
        self.count += 1

        risk = self.model.message_risk(vector)
        self.window.append((message_score, hits, risk, cues))
        self.window_sum += message_score
        self.window_categories.update(hits)
        self.window_contexts.update(cues)
        self.contexts_seen |= cues
        if len(self.window) > self.model.window:
            old_score, old_hits, _, old_cues = self.window.popleft()
            self.window_sum -= old_score
            self.window_categories.subtract(old_hits)
            self.window_contexts.subtract(old_cues)
        present = {c for c, n in self.window_categories.items() if n > 0}
        context = {c for c, n in self.window_contexts.items() if n > 0}

        seen_so_far = set(self.evidence) | hits
        peak, peak2, mass = risk_summary([w[2] for w in self.window])
        self.score = _sigmoid(
            self.model.window_logit(
                self.window_sum / len(self.window),
                present,
                seen_so_far,
                peak,
                context=context,
                context_seen=self.contexts_seen,
                peak2=peak2,
                mass=mass,
            )
        )
        thresholds = self.model.thresholds_for(self.current_lang)
        # Windows before ``min_messages`` (without a strong sign) do not count: a two-message age check must not
        # leave a positive window behind that makes any third message warn.
        eligible = self.count >= thresholds.min_messages or bool(seen_so_far & STRONG)
        self.recent.append(eligible and self.score >= thresholds.window)
        if len(self.recent) > thresholds.warn_history:
            self.recent.popleft()
        if not self.flagged and sum(self.recent) >= thresholds.warn_positive:
            self.flagged = True
            self.first_flag_index = index

        for category in hits:
            seen = self.evidence.setdefault(category, [])
            if len(seen) < MAX_EVIDENCE_PER_CATEGORY:
                seen.append(index)
        self.top_messages = sorted([*self.top_messages, (message_score, index)], reverse=True)[:3]
        self.level = max(self.level, self._level(present))
        return self.assessment()

    def _level(self, present: set[Category]) -> Level:
        seen = set(self.evidence)
        if Category.SELF_HARM in present:
            return Level.URGENT
        if self.flagged and (
            Category.SEXTORTION in present or {Category.MEETING, Category.IMMINENT} <= present
        ):
            return Level.URGENT
        if self.flagged:
            return Level.HIGH
        if self.score >= self.model.thresholds_for(self.current_lang).watch or seen & STRONG:
            return Level.WATCH
        return Level.NONE

    @property
    def current_lang(self) -> str:
        if self.lang:
            return self.lang
        return "ko" if self.hangul_messages >= self.latin_messages and self.hangul_messages else "en"

    def assessment(self) -> Assessment:
        evidence: dict[int, set[str]] = {}
        for category, indexes in self.evidence.items():
            if category is Category.IMMINENT and Category.MEETING not in self.evidence:
                continue
            for i in indexes:
                evidence.setdefault(i, set()).add(category.value)
        if self.flagged:
            for score, i in self.top_messages:
                if score > 0:
                    evidence.setdefault(i, set())
        return Assessment(
            score=self.score,
            flagged=self.flagged,
            first_flag_index=self.first_flag_index,
            level=self.level,
            categories=sorted(
                c.value
                for c in self.evidence
                if c is not Category.IMMINENT or Category.MEETING in self.evidence
            ),
            evidence=[{"index": i, "categories": sorted(cats)} for i, cats in sorted(evidence.items())],
        )

    # -- persistence (API conversations live across requests and processes) ---------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "script": [self.hangul_messages, self.latin_messages],
            "count": self.count,
            "window": [
                [s, sorted(c.value for c in cats), r, sorted(c.value for c in cues)]
                for s, cats, r, cues in self.window
            ],
            "contexts": sorted(c.value for c in self.contexts_seen),
            "recent": list(self.recent),
            "flagged": self.flagged,
            "first_flag_index": self.first_flag_index,
            "level": int(self.level),
            "score": self.score,
            "evidence": {c.value: v for c, v in self.evidence.items()},
            "top": [[s, i] for s, i in self.top_messages],
        }

    @classmethod
    def from_dict(cls, model: LinearModel, data: dict[str, Any]) -> ConversationState:
        state = cls(model=model, lang=data.get("lang"), count=int(data["count"]))
        state.hangul_messages, state.latin_messages = (int(x) for x in data.get("script", [0, 0]))
        for score, cats, *rest in data["window"]:
            hits = frozenset(Category(c) for c in cats)
            cues = frozenset(Context(c) for c in rest[1]) if len(rest) > 1 else frozenset()
            state.window.append((float(score), hits, float(rest[0]) if rest else 0.0, cues))
            state.window_sum += float(score)
            state.window_categories.update(hits)
            state.window_contexts.update(cues)
        state.contexts_seen = {Context(c) for c in data.get("contexts", [])}
        state.recent.extend(bool(x) for x in data["recent"])
        state.flagged = bool(data["flagged"])
        state.first_flag_index = data["first_flag_index"]
        state.level = Level(int(data["level"]))
        state.score = float(data["score"])
        state.evidence = {Category(c): list(v) for c, v in data["evidence"].items()}
        state.top_messages = [(float(s), int(i)) for s, i in data["top"]]
        return state


class Detector:
    def __init__(self, model: LinearModel | None = None) -> None:
        self.model = model or shipped_model()

    def conversation(self, lang: str | None = None) -> ConversationState:
        return ConversationState(self.model, lang=lang)

    def score_conversation(self, texts: list[str], lang: str | None = None) -> Assessment:
        state = self.conversation(lang)
        result = Assessment(0.0, False, None, Level.NONE, [], [])
        for text in texts:
            result = state.add(text)
        return result

    def score_text(self, text: str, lang: str | None = None) -> Assessment:
        """A post on its own: one window of one message, judged by the text threshold. Korean texts are
        scored by the model's text model when it has one (see LinearModel.text_model)."""
        normalized = normalize(text)
        language = lang or ("ko" if _HANGUL.search(normalized) else "en")
        thresholds = self.model.thresholds_for(language)
        model = self.model.for_texts(language)
        vector = model.vector(normalized)
        hits = {h.category for h in find(normalized)}
        cues = contexts(normalized)
        risk = model.message_risk(vector)
        score = _sigmoid(
            model.window_logit(
                model.text_score(vector),
                hits,
                hits,
                risk,
                context=cues,
                context_seen=cues,
                mass=risk,
            )
        )
        flagged = score >= thresholds.text
        level = Level.NONE
        if Category.SELF_HARM in hits:
            level = Level.URGENT
        elif flagged:
            level = Level.HIGH
        elif score >= thresholds.text * 0.75 or hits & STRONG:
            level = Level.WATCH
        cats = sorted(c.value for c in hits if c is not Category.IMMINENT or Category.MEETING in hits)
        return Assessment(
            score, flagged, None, level, cats, [{"index": 0, "categories": cats}] if cats else []
        )
