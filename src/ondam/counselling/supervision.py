"""Supervisor alerts for live counselling: urgent conversations and conversations waiting too long.

Rule (``queue.needs_supervisor_alert``, ADR 0014): a conversation is urgent when the triage level is urgent or
the young person says they are in danger now; it waits too long after ``settings.supervisor_alert_wait_minutes``
in the queue. Each rule raises at most ONE :class:`StaffAlert` per conversation (kind + conversation), ever:
an acknowledged alert is not raised again when the same conversation is rescored or waits on.

- Urgency is raised in the same transaction as the change that made the conversation urgent
  (``service.open_conversation`` / ``service.post_message`` call :func:`alert_if_urgent`), so an alert exists
  exactly when the urgent state was committed; the live announcement on :data:`ALERTS_CHANNEL` is published
  after the commit.
- Waiting time is checked by the periodic job ``counselling.raise_waiting_alerts`` (every minute).

Alerts carry the conversation id and the reason only, never message text. Acknowledging one is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam import alerts
from ondam.access import Principal, access_staff_alert_by_id, check_counselling_supervisor, scope_staff_alerts
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.counselling import queue
from ondam.kit.clock import utcnow
from ondam.kit.db import uow_of
from ondam.kit.errors import NotFound
from ondam.kit.i18n import N_
from ondam.kit.pubsub import PubSub, publish_after_commit
from ondam.models import Conversation, StaffAlert

KIND_URGENT = "counselling.urgent"
KIND_LONG_WAIT = "counselling.long_wait"
KINDS = (KIND_URGENT, KIND_LONG_WAIT)
REASON_KIND = {"urgent": KIND_URGENT, "long_wait": KIND_LONG_WAIT}
KIND_LABELS = {
    KIND_URGENT: N_("Urgent conversation"),
    KIND_LONG_WAIT: N_("Waiting too long"),
}
SUBJECT = "conversation"
ALERTS_CHANNEL = "counselling:alerts"
OPEN_STATUSES = ("waiting", "active")


@dataclass(frozen=True)
class AlertView:
    id: int
    kind: str
    conversation_id: int
    created_at: datetime


def _waiting(conversation: Conversation) -> queue.Waiting:
    return queue.Waiting(
        conversation.id, conversation.risk_level, conversation.danger_now, conversation.queued_at
    )


async def _already_raised(db: AsyncSession, kind: str, conversation_id: int) -> bool:
    found = await db.scalar(
        select(StaffAlert.id)
        .where(
            StaffAlert.kind == kind,
            StaffAlert.subject_type == SUBJECT,
            StaffAlert.subject_id == conversation_id,
        )
        .limit(1)
    )
    return found is not None


def _new_alert(kind: str, conversation_id: int, now: datetime) -> StaffAlert:
    return StaffAlert(
        kind=kind,
        audience_role="supervisor",
        audience_staff_id=None,
        center_code=None,  # live counselling is run nationally: every supervisor sees it
        subject_type=SUBJECT,
        subject_id=conversation_id,
        created_at=now,
    )


async def alert_if_urgent(db: AsyncSession, pubsub: PubSub | None, conversation: Conversation) -> bool:
    """Raise the conversation's urgent alert when it is open and urgent and has none yet. True when raised.

    Runs in the caller's transaction (the row lock that ``post_message`` takes on the conversation serialises
    two messages of the same conversation, so the check-then-insert does not raise twice)."""
    if conversation.status not in OPEN_STATUSES or queue.base_rank(_waiting(conversation)) < queue.URGENT:
        return False
    if await _already_raised(db, KIND_URGENT, conversation.id):
        return False
    alert = _new_alert(KIND_URGENT, conversation.id, utcnow())
    db.add(alert)
    await db.flush()
    await audit.record(
        db,
        Actor.system("counselling.alert_if_urgent"),
        "counselling.alert.raise",
        object_type="staff_alert",
        object_id=alert.id,
        details={"kind": KIND_URGENT, "conversation_id": conversation.id},
    )
    if pubsub is not None:
        publish_after_commit(
            uow_of(db),
            pubsub,
            ALERTS_CHANNEL,
            {"type": "alert", "kind": KIND_URGENT, "conversation_id": conversation.id},
        )
    return True


async def raise_waiting_alerts(db: AsyncSession, wait_minutes: int, now: datetime | None = None) -> int:
    """The periodic rule: one alert per waiting conversation and reason that has none yet. Returns how many."""
    now = now or utcnow()
    rows = (
        await db.execute(
            select(
                Conversation.id, Conversation.risk_level, Conversation.danger_now, Conversation.queued_at
            ).where(Conversation.status == "waiting")
        )
    ).all()
    due: list[tuple[str, int]] = []
    for row in rows:
        reason = queue.needs_supervisor_alert(
            queue.Waiting(row.id, row.risk_level, row.danger_now, row.queued_at), now, wait_minutes
        )
        if reason is not None:
            due.append((REASON_KIND[reason], row.id))
    if not due:
        return 0
    rows_raised = await db.execute(
        select(StaffAlert.kind, StaffAlert.subject_id).where(
            StaffAlert.kind.in_(KINDS),
            StaffAlert.subject_type == SUBJECT,
            StaffAlert.subject_id.in_([cid for _, cid in due]),
        )
    )
    raised = {(str(kind), int(subject_id)) for kind, subject_id in rows_raised}
    new = [(kind, cid) for kind, cid in due if (kind, cid) not in raised]
    for kind, cid in new:
        db.add(_new_alert(kind, cid, now))
    if new:
        await db.flush()
        await audit.record(
            db,
            Actor.system("counselling.raise_waiting_alerts"),
            "counselling.alert.raise",
            object_type="staff_alert",
            details={"count": len(new), "alerts": [{"kind": k, "conversation_id": c} for k, c in new]},
        )
    return len(new)


async def open_alerts(db: AsyncSession, principal: Principal, limit: int = 50) -> list[AlertView]:
    """Unacknowledged counselling alerts addressed to the principal (their role, their center), newest first."""
    rows = await db.scalars(
        scope_staff_alerts(principal)
        .where(StaffAlert.kind.in_(KINDS), StaffAlert.acknowledged_at.is_(None))
        .order_by(StaffAlert.created_at.desc(), StaffAlert.id.desc())
        .limit(limit)
    )
    return [AlertView(a.id, a.kind, a.subject_id, a.created_at) for a in rows]


async def acknowledge(db: AsyncSession, principal: Principal, alert_id: int) -> StaffAlert:
    """A supervisor acknowledges a counselling alert (audited once; acknowledging again changes nothing)."""
    check_counselling_supervisor(principal)
    alert = await access_staff_alert_by_id(db, principal, alert_id)
    if alert.kind not in KINDS:
        raise NotFound("alert not found")
    return await alerts.acknowledge(db, principal, alert)
