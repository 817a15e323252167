"""The item state machine on its own: every allowed step, refused steps with a clear message, deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ondam.removal import states
from ondam.removal.states import DEADLINES, TRANSITIONS, IllegalTransition, ItemState

S = ItemState
ALLOWED = sorted(states.all_pairs())
# Every pair that is not allowed.
REFUSED = sorted((a, b) for a in ItemState for b in ItemState if b not in TRANSITIONS[a])


def test_the_graph_is_the_one_the_officers_work_with() -> None:
    assert set(TRANSITIONS) == set(ItemState)
    assert len(ALLOWED) == 22
    # A sample that the issue names explicitly.
    assert (S.REFUSED, S.REQUESTED_KCSC) in ALLOWED  # escalation
    assert (S.REMOVED, S.REAPPEARED) in ALLOWED
    assert (S.BLOCKED, S.REAPPEARED) in ALLOWED
    assert (S.REAPPEARED, S.EVIDENCE_CAPTURED) in ALLOWED
    assert (S.FOUND, S.EVIDENCE_CAPTURED) in ALLOWED
    for request in (S.REQUESTED_PLATFORM, S.REQUESTED_KCSC, S.REQUESTED_OVERSEAS):
        assert (S.EVIDENCE_CAPTURED, request) in ALLOWED


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_every_allowed_transition(current: ItemState, target: ItemState) -> None:
    assert states.check_transition(current.value, target.value) == (current, target)
    assert states.is_allowed(current, target)
    assert target in states.next_states(current)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.FOUND, S.REQUESTED_PLATFORM),  # no request before evidence
        (S.FOUND, S.FOUND),
        (S.REMOVED, S.REQUESTED_PLATFORM),
        (S.REMOVED, S.FOUND),
        (S.REAPPEARED, S.REQUESTED_KCSC),  # evidence again first
        (S.BLOCKED, S.REMOVED),
        (S.REQUESTED_KCSC, S.REQUESTED_PLATFORM),
        (S.EVIDENCE_CAPTURED, S.REFUSED),
    ],
)
def test_refused_transitions_say_what_is_possible(current: ItemState, target: ItemState) -> None:
    with pytest.raises(IllegalTransition) as info:
        states.check_transition(current.value, target.value)
    error = info.value
    assert error.status_code == 409
    assert f"cannot move from {current.value} to {target.value}" in error.message
    for possible in TRANSITIONS[current]:
        assert possible.value in error.message
    assert set(error.allowed) == set(TRANSITIONS[current])
    assert not states.is_allowed(current, target)


def test_all_refused_pairs_are_refused() -> None:
    assert len(REFUSED) == 9 * 9 - len(ALLOWED)
    for current, target in REFUSED:
        with pytest.raises(IllegalTransition):
            states.check_transition(current, target)


def test_unknown_states_are_refused_clearly() -> None:
    with pytest.raises(IllegalTransition, match="unknown target state 'deleted'"):
        states.check_transition("found", "deleted")
    with pytest.raises(IllegalTransition, match="unknown current state 'open'"):
        states.check_transition("open", "found")
    assert states.next_states("open") == []


def test_every_state_has_a_deadline_rule() -> None:
    assert set(DEADLINES) == set(ItemState)
    entered = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    assert states.due_at("found", entered) == entered + timedelta(hours=24)
    assert states.due_at("requested_platform", entered) == entered + timedelta(hours=48)
    assert states.due_at("requested_kcsc", entered) == entered + timedelta(days=7)
    assert states.due_at("removed", entered) is None
    assert states.due_at("blocked", entered) is None
    # Waiting states all have a deadline; done states have none.
    for state in states.REQUEST_STATES | {S.FOUND, S.EVIDENCE_CAPTURED, S.REFUSED, S.REAPPEARED}:
        assert DEADLINES[state] is not None


def test_overdue() -> None:
    now = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    assert states.is_overdue(now - timedelta(seconds=1), now)
    assert not states.is_overdue(now + timedelta(seconds=1), now)
    assert not states.is_overdue(None, now)
