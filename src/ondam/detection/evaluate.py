"""Metrics for `ondam detect eval`: classification figures and the eSPD early-detection figures."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Any

_P = math.log(3) / (90 - 1)  # penalty(90) = 0.5 (Vogt, Leser & Akbik 2021)


def latency_penalty(messages_seen: int) -> float:
    return -1 + 2 / (1 + math.exp(-_P * (messages_seen - 1)))


def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    """Probability that a random positive scores above a random negative (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y == 1]
    neg = [s for s, y in zip(scores, labels, strict=True) if y == 0]
    if not pos or not neg:
        return None
    ranked = sorted((s, y) for s, y in zip(scores, labels, strict=True))
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        average_rank = (i + j + 1) / 2  # ranks are 1-based
        rank_sum += average_rank * sum(1 for k in range(i, j) if ranked[k][1] == 1)
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def f_beta(precision: float, recall: float, beta: float) -> float:
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


@dataclass
class Outcome:
    id: str
    label: int
    score: float
    flagged: bool
    first_flag_index: int | None = None
    first_concern_index: int | None = None
    conversation: bool = False


@dataclass
class Report:
    n: int
    positives: int
    precision: float
    recall: float
    f1: float
    f05: float
    roc_auc: float | None
    false_positive_rate: float
    early: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "n": self.n,
            "positives": self.positives,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "f0.5": self.f05,
            "roc_auc": self.roc_auc,
            "false_positive_rate": self.false_positive_rate,
        }
        if self.early:
            out["early_detection"] = self.early
        return out


def report(outcomes: list[Outcome]) -> Report:
    tp = sum(1 for o in outcomes if o.flagged and o.label == 1)
    fp = sum(1 for o in outcomes if o.flagged and o.label == 0)
    fn = sum(1 for o in outcomes if not o.flagged and o.label == 1)
    tn = sum(1 for o in outcomes if not o.flagged and o.label == 0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    result = Report(
        n=len(outcomes),
        positives=tp + fn,
        precision=precision,
        recall=recall,
        f1=f_beta(precision, recall, 1.0),
        f05=f_beta(precision, recall, 0.5),
        roc_auc=roc_auc([o.score for o in outcomes], [o.label for o in outcomes]),
        false_positive_rate=fp / (fp + tn) if fp + tn else 0.0,
    )
    conversations = [
        o
        for o in outcomes
        if o.conversation and o.flagged and o.label == 1 and o.first_flag_index is not None
    ]
    if conversations:
        latencies = [o.first_flag_index + 1 for o in conversations if o.first_flag_index is not None]
        speed = 1 - statistics.median(latency_penalty(d) for d in latencies)
        early: dict[str, Any] = {
            "true_positive_conversations": len(latencies),
            "median_messages_to_warning": statistics.median(latencies),
            "speed": speed,
            "f_latency": result.f1 * speed,
        }
        delays = [
            o.first_flag_index - o.first_concern_index
            for o in conversations
            if o.first_concern_index is not None and o.first_flag_index is not None
        ]
        if delays:
            early["median_messages_after_first_concern"] = statistics.median(delays)
            early["share_warned_within_3_after_concern"] = sum(1 for d in delays if d <= 3) / len(delays)
        result.early = early
    return result


def format_report(title: str, r: Report) -> str:
    auc = "n/a" if r.roc_auc is None else f"{r.roc_auc:.4f}"
    lines = [
        f"{title}: n={r.n} positives={r.positives}",
        f"  precision {r.precision:.4f}  recall {r.recall:.4f}  F1 {r.f1:.4f}  F0.5 {r.f05:.4f}",
        f"  ROC-AUC {auc}  false-positive rate {r.false_positive_rate:.4f}",
    ]
    if r.early:
        e = r.early
        line = (
            f"  early detection: median messages to warning {e['median_messages_to_warning']}, "
            f"speed {e['speed']:.4f}, F_latency {e['f_latency']:.4f}"
        )
        if "median_messages_after_first_concern" in e:
            line += (
                f", median {e['median_messages_after_first_concern']} messages after the first concern "
                f"({e['share_warned_within_3_after_concern']:.0%} within 3)"
            )
        lines.append(line)
    return "\n".join(lines)
