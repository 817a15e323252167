"""Account administration used by the CLI (and later by the admin console)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.auth import repository
from ondam.kit import totp
from ondam.kit.clock import utcnow
from ondam.kit.passwords import hash_password
from ondam.models import StaffUser

CLI = Actor.system("cli")


async def _user(db: AsyncSession, username: str) -> StaffUser:
    user = await repository.user_by_username(db, username)
    if user is None:
        raise LookupError(username)
    return user


def new_staff_user(
    *,
    username: str,
    display_name: str,
    role: str,
    center: str | None,
    password: str,
    totp_secret: str | None = None,
    active: bool = True,
) -> StaffUser:
    """A new account; with a TOTP secret it counts as enrolled, without one it enrols at first sign-in."""
    now = utcnow()
    return StaffUser(
        username=username,
        display_name=display_name,
        role=role,
        center_code=center,
        password_hash=hash_password(password),
        totp_secret=totp_secret,
        totp_enrolled_at=now if totp_secret else None,
        failed_logins=0,
        is_active=active,
        created_at=now,
        password_changed_at=now,
    )


async def create_staff(
    db: AsyncSession, *, username: str, role: str, name: str, center: str | None, password: str
) -> int:
    if await repository.user_by_username(db, username) is not None:
        raise ValueError(f"user name {username!r} is taken")
    user = new_staff_user(username=username, display_name=name, role=role, center=center, password=password)
    db.add(user)
    await db.flush()
    await audit.record_staff_event(db, CLI, "staff.created", user, details={"role": role})
    return user.id


async def unlock(db: AsyncSession, username: str) -> None:
    user = await _user(db, username)
    user.locked_until = None
    user.failed_logins = 0
    await audit.record_staff_event(db, CLI, "staff.unlocked", user)


async def reset_totp(db: AsyncSession, username: str) -> None:
    user = await _user(db, username)
    user.totp_secret = None
    user.totp_enrolled_at = None
    user.totp_last_step = None
    await repository.revoke_all_sessions(db, user.id, utcnow())
    await audit.record_staff_event(db, CLI, "staff.totp_reset", user)


async def current_code(db: AsyncSession, username: str) -> str:
    user = await _user(db, username)
    if not user.totp_secret:
        raise LookupError(username)
    return totp.code_at(user.totp_secret, utcnow())
