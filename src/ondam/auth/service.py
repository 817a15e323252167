"""Staff sign-in: password (argon2) then TOTP, server-side sessions, throttling and lock-out.

Failed passwords and failed TOTP codes share one counter per account; at ``login_max_failures`` the account is
locked for ``login_lockout_minutes``. Every attempt, good or bad, writes an audit row.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.auth import repository
from ondam.kit import totp
from ondam.kit.clock import utcnow
from ondam.kit.passwords import needs_rehash, rehash_password, verify_password
from ondam.kit.settings import Settings
from ondam.models import StaffSession, StaffUser


class Outcome(StrEnum):
    NEED_TOTP = "need_totp"
    NEED_ENROLMENT = "need_enrolment"
    SIGNED_IN = "signed_in"
    BAD_CREDENTIALS = "bad_credentials"
    BAD_CODE = "bad_code"
    LOCKED = "locked"


@dataclass
class Result:
    outcome: Outcome
    token: str | None = None
    user: StaffUser | None = None
    locked_until: datetime | None = None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _is_locked(user: StaffUser, now: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


async def _fail(
    db: AsyncSession, settings: Settings, user: StaffUser, actor: Actor, *, step: str, now: datetime
) -> Result:
    user.failed_logins += 1
    details: dict[str, object] = {"step": step, "failures": user.failed_logins}
    if user.failed_logins >= settings.login_max_failures:
        user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
        user.failed_logins = 0
        await repository.revoke_all_sessions(db, user.id, now)
        await audit.record_staff_event(db, actor, "auth.locked", user, details=details)
        if step == "totp":  # they proved the password, so say plainly what happened
            return Result(Outcome.LOCKED, user=user, locked_until=user.locked_until)
        return Result(Outcome.BAD_CREDENTIALS, user=user)
    await audit.record_staff_event(db, actor, "auth.failed", user, details=details)
    return Result(Outcome.BAD_CREDENTIALS if step == "password" else Outcome.BAD_CODE, user=user)


async def _new_session(
    db: AsyncSession,
    settings: Settings,
    user: StaffUser,
    *,
    mfa_passed: bool,
    ip: str,
    user_agent: str,
    now: datetime,
) -> str:
    token = secrets.token_urlsafe(32)
    lifetime = (
        timedelta(hours=settings.session_absolute_hours)
        if mfa_passed
        else timedelta(minutes=settings.mfa_pending_minutes)
    )
    db.add(
        StaffSession(
            token_hash=hash_token(token),
            user_id=user.id,
            mfa_passed=mfa_passed,
            created_at=now,
            last_seen_at=now,
            expires_at=now + lifetime,
            ip=ip,
            user_agent=user_agent[:300],
        )
    )
    await db.flush()
    return token


async def password_step(
    db: AsyncSession, settings: Settings, username: str, password: str, *, actor: Actor, user_agent: str
) -> Result:
    now = utcnow()
    user = await repository.user_by_username(db, username.strip())
    valid = verify_password(user.password_hash if user else None, password)
    if user is not None and _is_locked(user, now):
        # Only someone who knows the password learns that the account is locked; anyone else gets the
        # answer for a wrong password, so lock-outs cannot be used to discover user names.
        await audit.record_staff_event(db, actor, "auth.refused_locked", user, details={"password_ok": valid})
        if valid:
            return Result(Outcome.LOCKED, user=user, locked_until=user.locked_until)
        return Result(Outcome.BAD_CREDENTIALS, user=user)
    if user is None:
        await audit.record(db, actor, "auth.failed", details={"step": "password", "known_user": False})
        return Result(Outcome.BAD_CREDENTIALS)
    if not valid or not user.is_active:
        return await _fail(db, settings, user, actor, step="password", now=now)
    if needs_rehash(user.password_hash):  # the hashing cost was raised since this password was set
        user.password_hash = rehash_password(password)
    token = await _new_session(
        db, settings, user, mfa_passed=False, ip=actor.ip or "", user_agent=user_agent, now=now
    )
    await audit.record_staff_event(db, actor, "auth.password_ok", user)
    outcome = Outcome.NEED_TOTP if user.totp_enrolled_at else Outcome.NEED_ENROLMENT
    return Result(outcome, token=token, user=user)


def enrolment_secret(user: StaffUser) -> str:
    """The secret being enrolled; created once and kept until enrolment succeeds."""
    if user.totp_enrolled_at is not None:
        raise ValueError("already enrolled")
    if not user.totp_secret:
        user.totp_secret = totp.new_secret()
    return user.totp_secret


async def totp_step(
    db: AsyncSession,
    settings: Settings,
    pending: StaffSession,
    user: StaffUser,
    code: str,
    *,
    actor: Actor,
    user_agent: str,
    enrolling: bool,
) -> Result:
    now = utcnow()
    if _is_locked(user, now):
        return Result(Outcome.LOCKED, user=user, locked_until=user.locked_until)
    if not user.totp_secret or (enrolling != (user.totp_enrolled_at is None)):
        return Result(Outcome.BAD_CODE, user=user)
    step = totp.verify(user.totp_secret, code, now, user.totp_last_step)
    if step is None:
        return await _fail(db, settings, user, actor, step="totp", now=now)
    user.totp_last_step = step
    user.failed_logins = 0
    user.locked_until = None
    if enrolling:
        user.totp_enrolled_at = now
        await audit.record_staff_event(db, actor, "auth.totp_enrolled", user)
    pending.revoked_at = now  # a new token after the second factor: no session fixation
    token = await _new_session(
        db, settings, user, mfa_passed=True, ip=actor.ip or "", user_agent=user_agent, now=now
    )
    await audit.record_staff_event(db, actor, "auth.signed_in", user)
    return Result(Outcome.SIGNED_IN, token=token, user=user)


@dataclass
class SessionState:
    session: StaffSession
    user: StaffUser


async def resolve_session(
    db: AsyncSession, settings: Settings, token: str | None, *, mfa: bool
) -> SessionState | None:
    """The live session for a cookie token, enforcing idle and absolute time-outs."""
    if not token or len(token) > 128:
        return None
    row = await repository.session_by_token_hash(db, hash_token(token))
    now = utcnow()
    if row is None or row.revoked_at is not None or row.expires_at <= now or row.mfa_passed != mfa:
        return None
    if mfa and row.last_seen_at + timedelta(minutes=settings.session_idle_minutes) <= now:
        return None  # idle: refused; the hourly purge job deletes it
    user = await db.get(StaffUser, row.user_id)
    if user is None or not user.is_active or _is_locked(user, now):
        return None
    if now - row.last_seen_at > timedelta(seconds=60):
        row.last_seen_at = now
    return SessionState(row, user)


async def sign_out(db: AsyncSession, state: SessionState, actor: Actor, *, everywhere: bool) -> int:
    now = utcnow()
    if everywhere:
        count = await repository.revoke_all_sessions(db, state.user.id, now)
    else:
        state.session.revoked_at = now
        count = 1
    action = "auth.signed_out_everywhere" if everywhere else "auth.signed_out"
    await audit.record_staff_event(db, actor, action, state.user, details={"sessions": count})
    return count
