"""The order in which waiting conversations are offered to counsellors.

Policy (docs/decisions/0014-counselling-queue-order.md):
1. Risk first. Each waiting conversation has a rank: the detection engine's level (0 none, 1 watch, 2 high,
   3 urgent), raised to urgent (3) when the young person says they are in danger now.
2. Ageing so that nobody starves: every ``AGEING_MINUTES`` of waiting adds one rank, up to ``AGEING_CAP`` ranks
   and never above urgent. A "none" chat waiting 30 minutes is treated like a "high" one that just arrived; an
   urgent chat is never overtaken by ageing alone (ageing stops at urgent, and ties go to the longer wait).
3. Ties: the longer wait first, then the lower id (stable).
Live chats and messages left for later share the queue; a left message ages like a chat but is flagged so the
console can show "reply later" instead of "accept".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

URGENT = 3
AGEING_MINUTES = 15
AGEING_CAP = 2
SUPERVISOR_ALERT_WAIT_MINUTES = 10  # anything waiting longer is shown to supervisors as an alert


@dataclass(frozen=True)
class Waiting:
    id: int
    risk_level: int
    danger_now: bool
    queued_at: datetime


def base_rank(item: Waiting) -> int:
    return URGENT if item.danger_now else max(0, min(URGENT, item.risk_level))


def effective_rank(item: Waiting, now: datetime) -> float:
    rank = base_rank(item)
    if rank >= URGENT:
        return float(URGENT)
    waited_minutes = max(0.0, (now - item.queued_at).total_seconds() / 60)
    bonus = min(float(AGEING_CAP), waited_minutes / AGEING_MINUTES)
    return min(URGENT - 0.001, rank + bonus)  # ageing never reaches a real urgent


def order(items: list[Waiting], now: datetime) -> list[Waiting]:
    return sorted(items, key=lambda w: (-effective_rank(w, now), w.queued_at, w.id))


def needs_supervisor_alert(
    item: Waiting, now: datetime, wait_minutes: int = SUPERVISOR_ALERT_WAIT_MINUTES
) -> str | None:
    """Why a supervisor must look at this waiting item now, or None. ``wait_minutes`` comes from the setting
    ``supervisor_alert_wait_minutes`` (the constant is its default)."""
    if base_rank(item) >= URGENT:
        return "urgent"
    if (now - item.queued_at).total_seconds() >= wait_minutes * 60:
        return "long_wait"
    return None
