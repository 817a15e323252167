from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import StaffSession, StaffUser


async def user_by_username(db: AsyncSession, username: str) -> StaffUser | None:
    result = await db.scalars(select(StaffUser).where(StaffUser.username == username))
    return result.one_or_none()


async def session_by_token_hash(db: AsyncSession, token_hash: str) -> StaffSession | None:
    result = await db.scalars(select(StaffSession).where(StaffSession.token_hash == token_hash))
    return result.one_or_none()


async def revoke_all_sessions(db: AsyncSession, user_id: int, now: datetime) -> int:
    result = await db.execute(
        update(StaffSession)
        .where(StaffSession.user_id == user_id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def active_sessions(
    db: AsyncSession, user_id: int, now: datetime, idle_cutoff: datetime
) -> list[StaffSession]:
    result = await db.scalars(
        select(StaffSession)
        .where(
            StaffSession.user_id == user_id,
            StaffSession.revoked_at.is_(None),
            StaffSession.expires_at > now,
            StaffSession.mfa_passed.is_(True),
            StaffSession.last_seen_at > idle_cutoff,
        )
        .order_by(StaffSession.created_at.desc())
    )
    return list(result.all())


async def purge_sessions(db: AsyncSession, older_than: datetime, idle: timedelta) -> int:
    """Delete sessions that ended (expired, revoked or idle past the time-out) before ``older_than``."""
    result = await db.execute(
        delete(StaffSession).where(
            or_(
                StaffSession.expires_at < older_than,
                StaffSession.revoked_at < older_than,
                StaffSession.last_seen_at < older_than - idle,
            )
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
