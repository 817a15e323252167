"""The queue order policy: risk first, ageing so nobody starves, urgent never overtaken by ageing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ondam.counselling.queue import (
    AGEING_MINUTES,
    SUPERVISOR_ALERT_WAIT_MINUTES,
    Waiting,
    needs_supervisor_alert,
    order,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def w(id_: int, level: int, minutes_ago: float, danger: bool = False) -> Waiting:
    return Waiting(id_, level, danger, NOW - timedelta(minutes=minutes_ago))


def ids(items: list[Waiting]) -> list[int]:
    return [i.id for i in order(items, NOW)]


def test_urgent_arriving_later_is_offered_first() -> None:
    assert ids([w(1, 0, 5), w(2, 2, 4), w(3, 3, 0)]) == [3, 2, 1]


def test_self_reported_danger_counts_as_urgent() -> None:
    assert ids([w(1, 2, 5), w(2, 0, 0, danger=True)]) == [2, 1]


def test_same_rank_longer_wait_first() -> None:
    assert ids([w(1, 1, 2), w(2, 1, 7), w(3, 1, 7)]) == [2, 3, 1]


def test_ageing_lets_a_long_wait_pass_a_new_higher_risk_chat() -> None:
    old_none = w(1, 0, 2 * AGEING_MINUTES + 1)
    new_high = w(2, 2, 0)
    assert ids([new_high, old_none]) == [1, 2]
    assert ids([w(1, 0, AGEING_MINUTES), w(2, 2, 0)]) == [2, 1]


def test_ageing_never_overtakes_urgent() -> None:
    assert ids([w(1, 0, 10 * 60), w(2, 2, 10 * 60), w(3, 3, 0)]) == [3, 2, 1]


def test_supervisor_alerts() -> None:
    assert needs_supervisor_alert(w(1, 3, 0), NOW) == "urgent"
    assert needs_supervisor_alert(w(1, 0, 0, danger=True), NOW) == "urgent"
    assert needs_supervisor_alert(w(1, 0, SUPERVISOR_ALERT_WAIT_MINUTES), NOW) == "long_wait"
    assert needs_supervisor_alert(w(1, 1, 1), NOW) is None
