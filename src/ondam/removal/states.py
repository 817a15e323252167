"""The state machine of one removal item (one URL), with the deadline that each state sets. Pure: no I/O.

The usual path: found -> evidence_captured -> a request (to the platform, to the media-review commission, or
to an overseas host) -> removed or blocked, or refused -> escalation; a removed or blocked item that comes back
is re-appeared -> evidence_captured again. :data:`TRANSITIONS` is the whole graph.

Every state change goes through :func:`check_transition`; anything not in :data:`TRANSITIONS` raises
:class:`IllegalTransition`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from ondam.kit.errors import DomainError
from ondam.kit.i18n import N_


class ItemState(StrEnum):
    FOUND = "found"
    EVIDENCE_CAPTURED = "evidence_captured"
    REQUESTED_PLATFORM = "requested_platform"  # deletion request sent to the platform itself
    REQUESTED_KCSC = "requested_kcsc"  # review requested from the media-review commission (KCSC)
    REQUESTED_OVERSEAS = "requested_overseas"  # deletion request sent to an overseas host
    REMOVED = "removed"
    BLOCKED = "blocked"  # access blocked in Korea (KCSC decision on an overseas site)
    REFUSED = "refused"
    REAPPEARED = "reappeared"


S = ItemState

TRANSITIONS: dict[ItemState, frozenset[ItemState]] = {
    # Found: capture evidence first; an item that is already gone when first checked can be closed as removed.
    S.FOUND: frozenset({S.EVIDENCE_CAPTURED, S.REMOVED}),
    S.EVIDENCE_CAPTURED: frozenset({S.REQUESTED_PLATFORM, S.REQUESTED_KCSC, S.REQUESTED_OVERSEAS, S.REMOVED}),
    # A platform that does not act can be escalated to the commission without waiting for a formal refusal.
    S.REQUESTED_PLATFORM: frozenset({S.REMOVED, S.REFUSED, S.REQUESTED_KCSC}),
    # The commission asks domestic sites to delete and blocks access to overseas sites.
    S.REQUESTED_KCSC: frozenset({S.REMOVED, S.BLOCKED, S.REFUSED}),
    S.REQUESTED_OVERSEAS: frozenset({S.REMOVED, S.REFUSED, S.REQUESTED_KCSC}),
    S.REMOVED: frozenset({S.REAPPEARED}),
    # Blocked in Korea but still online abroad: the host can still be asked to delete it.
    S.BLOCKED: frozenset({S.REAPPEARED, S.REQUESTED_OVERSEAS}),
    # Escalation after a refusal: to the commission, or a new request to the platform / host.
    S.REFUSED: frozenset({S.REQUESTED_KCSC, S.REQUESTED_PLATFORM, S.REQUESTED_OVERSEAS}),
    S.REAPPEARED: frozenset({S.EVIDENCE_CAPTURED}),
}

# How long an item may stay in a state before it needs an officer again (``due_at`` = entry time + this).
# The project's domain reference (shared/reference/domain-korea.md) gives no statutory or institutional
# time limit for any of these steps, so every number below is a SERVICE TARGET of this service, not a legal
# deadline; change them here (one table) when the programme sets its own. ``None``: nothing is due (the
# item is done; re-appearance is watched by the re-check job).
DEADLINES: dict[ItemState, timedelta | None] = {
    S.FOUND: timedelta(hours=24),  # capture evidence before the content moves or disappears
    S.EVIDENCE_CAPTURED: timedelta(hours=24),  # send a request
    S.REQUESTED_PLATFORM: timedelta(hours=48),  # check the platform's answer, escalate if none
    S.REQUESTED_KCSC: timedelta(days=7),  # follow up the commission's review
    S.REQUESTED_OVERSEAS: timedelta(days=7),  # follow up the overseas host, escalate if none
    S.REMOVED: None,
    S.BLOCKED: None,
    S.REFUSED: timedelta(days=3),  # decide on escalation
    S.REAPPEARED: timedelta(hours=24),  # capture evidence again
}

STATE_LABELS: dict[ItemState, str] = {
    S.FOUND: N_("Found"),
    S.EVIDENCE_CAPTURED: N_("Evidence captured"),
    S.REQUESTED_PLATFORM: N_("Request sent to the platform"),
    S.REQUESTED_KCSC: N_("Review requested from the media-review commission"),
    S.REQUESTED_OVERSEAS: N_("Request sent to the overseas host"),
    S.REMOVED: N_("Removed"),
    S.BLOCKED: N_("Blocked"),
    S.REFUSED: N_("Refused"),
    S.REAPPEARED: N_("Re-appeared"),
}

# States in which the officer is waiting for someone else's answer.
REQUEST_STATES = frozenset({S.REQUESTED_PLATFORM, S.REQUESTED_KCSC, S.REQUESTED_OVERSEAS})
# States from which capturing evidence moves the item on by itself.
CAPTURE_STATES = frozenset({S.FOUND, S.REAPPEARED})


class IllegalTransition(DomainError):
    """A state change that the machine does not allow (or a state it does not know)."""

    status_code = 409
    code = "illegal_transition"

    def __init__(self, from_state: str, to_state: str) -> None:
        self.from_state = from_state
        self.to_state = to_state
        known = from_state in ItemState.__members__.values()
        allowed = sorted(TRANSITIONS[ItemState(from_state)]) if known else []
        if not known:
            message = f"unknown current state {from_state!r}"
        elif to_state not in ItemState.__members__.values():
            message = f"unknown target state {to_state!r}; from {from_state} an item can go to: {', '.join(allowed)}"
        else:
            message = (
                f"an item cannot move from {from_state} to {to_state}; "
                f"from {from_state} it can go to: {', '.join(allowed)}"
            )
        super().__init__(message)
        self.allowed = tuple(ItemState(s) for s in allowed)


def _parse(value: str) -> ItemState | None:
    try:
        return ItemState(value)
    except ValueError:
        return None


def next_states(state: str) -> list[ItemState]:
    """Where an item in ``state`` may go, in the order of :class:`ItemState` (for forms)."""
    current = _parse(state)
    if current is None:
        return []
    return [s for s in ItemState if s in TRANSITIONS[current]]


def check_transition(from_state: str, to_state: str) -> tuple[ItemState, ItemState]:
    """Both states parsed, or :class:`IllegalTransition`."""
    current, target = _parse(from_state), _parse(to_state)
    if current is None or target is None or target not in TRANSITIONS[current]:
        raise IllegalTransition(from_state, to_state)
    return current, target


def is_allowed(from_state: str, to_state: str) -> bool:
    try:
        check_transition(from_state, to_state)
    except IllegalTransition:
        return False
    return True


def due_at(state: str, entered_at: datetime) -> datetime | None:
    """When an item that entered ``state`` at ``entered_at`` needs attention again."""
    delta = DEADLINES[ItemState(state)]
    return None if delta is None else entered_at + delta


def is_overdue(due: datetime | None, now: datetime) -> bool:
    return due is not None and due < now


def all_pairs() -> Iterable[tuple[ItemState, ItemState]]:
    """Every allowed (from, to) pair, for tests and documentation."""
    for current, targets in TRANSITIONS.items():
        for target in sorted(targets):
            yield current, target
