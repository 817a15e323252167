"""Write audit rows in the same transaction as the change or read they describe.

What is recorded: who (actor type and id), when, from where (IP), which action, on which object, WHOSE data
(``subject``), the center, a reason (required for exports), and small non-personal details. Never message
bodies or other personal content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import repository
from ondam.kit.clock import utcnow
from ondam.kit.errors import DomainError
from ondam.models import AuditEntry, StaffUser


class ReasonRequired(DomainError):
    status_code = 422
    code = "reason_required"


@dataclass(frozen=True)
class Actor:
    type: str  # staff | youth | partner | system
    id: str | None
    ip: str | None = None
    request_id: str | None = None

    @classmethod
    def system(cls, name: str) -> Actor:
        return cls("system", name)


_key: bytes | None = None


def configure(key: str) -> None:
    global _key  # noqa: PLW0603 - process configuration set once at start-up
    _key = key.encode("utf-8")


def key() -> bytes:
    if _key is None:
        raise RuntimeError("audit key not configured")
    return _key


async def record(
    db: AsyncSession,
    actor: Actor,
    action: str,
    *,
    object_type: str | None = None,
    object_id: str | int | None = None,
    subject: str | None = None,
    center_code: str | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    if action.endswith(".export") and not (reason and reason.strip()):
        raise ReasonRequired("every export needs a reason")
    entry = AuditEntry(
        at=utcnow(),
        actor_type=actor.type,
        actor_id=actor.id,
        ip=actor.ip,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        subject=subject,
        center_code=center_code,
        reason=reason.strip() if reason else None,
        details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False),
        request_id=actor.request_id,
    )
    return await repository.append(db, key(), entry)


async def record_staff_event(
    db: AsyncSession, actor: Actor, action: str, user: StaffUser, details: dict[str, Any] | None = None
) -> AuditEntry:
    """An event about a staff account (sign-in, lock-out, enrolment, administration)."""
    return await record(
        db,
        actor,
        action,
        object_type="staff",
        object_id=user.id,
        subject=f"staff:{user.id}",
        center_code=user.center_code,
        details=details,
    )


async def verify(db: AsyncSession) -> repository.VerifyResult:
    return await repository.verify(db, key())
