"""Staff alerts are raised by several domains (removal, counselling supervision, reports); acknowledging one
is the same everywhere: stamped once, audited once, and acknowledging again changes nothing."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Principal
from ondam.audit import service as audit
from ondam.kit.clock import utcnow
from ondam.models import StaffAlert


async def acknowledge(db: AsyncSession, principal: Principal, alert: StaffAlert) -> StaffAlert:
    if alert.acknowledged_at is None:
        alert.acknowledged_at = utcnow()
        alert.acknowledged_by = principal.user_id
        await audit.record(
            db,
            principal.actor,
            "staff_alert.ack",
            object_type="staff_alert",
            object_id=alert.id,
            details={"kind": alert.kind, "subject_type": alert.subject_type, "subject_id": alert.subject_id},
        )
    return alert
