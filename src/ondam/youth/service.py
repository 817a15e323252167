"""Anonymous youth contacts: a case code and a PIN, shown once, never recoverable.

The code (10 characters from a 32-letter alphabet without look-alikes, about 50 bits) names the contact; the PIN
(6 digits) proves the holder. The database keeps an HMAC of the code and an argon2 hash of the PIN, so a copy of
the database reveals neither. Guessing is slowed three ways: a per-address limit on sign-in attempts, a per-code
limit, and a lock on the contact after repeated wrong PINs. Failed attempts are audited without the address or the
code typed (both could identify a young person); the address is used only transiently by the rate limiter.

A signed-in young person holds a signed cookie (contact id, issue time, HMAC) with a short lifetime; "forget this
device" deletes it, and a contact whose data was deleted can no longer sign in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.kit.clock import utcnow
from ondam.kit.passwords import rehash_password, verify_password
from ondam.kit.ratelimit import RateLimiter
from ondam.kit.settings import Settings
from ondam.models import YouthContact

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed on phones
CODE_LENGTH = 10
PIN_LENGTH = 6
MAX_PIN_FAILURES = 5
LOCK_MINUTES = 30
ATTEMPTS_PER_IP_PER_10_MIN = 10
ATTEMPTS_PER_CODE_PER_HOUR = 10
SESSION_SECONDS = 30 * 60
COOKIE = "ondam_y"

AGE_BANDS = ("under_12", "12_14", "15_16", "17_18", "over_18")
GENDERS = ("female", "male", "other", "unsaid")


class SignInOutcome(StrEnum):
    SIGNED_IN = "signed_in"
    BAD_CODE_OR_PIN = "bad_code_or_pin"  # never says which: codes cannot be probed
    LOCKED = "locked"
    THROTTLED = "throttled"


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    contact: YouthContact | None = None
    locked_until: datetime | None = None


@dataclass(frozen=True)
class NewContact:
    contact: YouthContact
    code: str  # shown once
    pin: str  # shown once


def normalize_code(raw: str) -> str:
    """Accept the code as people type it: any case, with spaces or dashes."""
    return "".join(ch for ch in raw.upper() if ch.isascii() and ch.isalnum())


def format_code(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def code_digest(settings: Settings, code: str) -> str:
    key = settings.secret_key.get_secret_value().encode()
    return hmac.new(key, b"youth-code:" + code.encode(), hashlib.sha256).hexdigest()


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _new_pin() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(PIN_LENGTH))


async def create_contact(
    db: AsyncSession,
    settings: Settings,
    *,
    age_band: str | None = None,
    region_code: str | None = None,
    gender: str | None = None,
    locale: str = "ko",
) -> NewContact:
    now = utcnow()
    for _ in range(5):
        code = _new_code()
        digest = code_digest(settings, code)
        taken = await db.scalar(select(YouthContact.id).where(YouthContact.code_digest == digest))
        if taken is None:
            break
    else:  # pragma: no cover - 2^50 codes; five collisions in a row means a broken random source
        raise RuntimeError("could not find a free case code")
    pin = _new_pin()
    contact = YouthContact(
        code_digest=digest,
        pin_hash=rehash_password(pin),  # argon2; strength rules are for staff passwords, not 6-digit PINs
        status="active",
        age_band=age_band if age_band in AGE_BANDS else None,
        region_code=region_code or None,
        gender=gender if gender in GENDERS else None,
        locale=locale if locale in ("ko", "en") else "ko",
        failed_pins=0,
        created_at=now,
        last_seen_at=now,
    )
    db.add(contact)
    await db.flush()
    await audit.record(
        db,
        Actor("youth", str(contact.id)),
        "youth.contact_created",
        object_type="youth_contact",
        object_id=contact.id,
    )
    return NewContact(contact, code, pin)


async def sign_in(
    db: AsyncSession, settings: Settings, limiter: RateLimiter, *, code: str, pin: str, ip: str
) -> SignInResult:
    """The contact for a code and PIN, or a refusal that does not tell which of the two was wrong.

    Refusals are returned, not raised, so that the failure counter and the audit row are committed."""
    normalized = normalize_code(code)
    digest = code_digest(settings, normalized) if len(normalized) == CODE_LENGTH else None
    anonymous = Actor("youth", None)
    if not await limiter.hit(f"youth-signin:ip:{ip}", ATTEMPTS_PER_IP_PER_10_MIN, 600):
        await audit.record(db, anonymous, "youth.signin_throttled", details={"by": "address"})
        return SignInResult(SignInOutcome.THROTTLED)
    if digest and not await limiter.hit(f"youth-signin:code:{digest}", ATTEMPTS_PER_CODE_PER_HOUR, 3600):
        await audit.record(db, anonymous, "youth.signin_throttled", details={"by": "code"})
        return SignInResult(SignInOutcome.THROTTLED)
    contact = (
        await db.scalar(select(YouthContact).where(YouthContact.code_digest == digest)) if digest else None
    )
    now = utcnow()
    pin_ok = verify_password(contact.pin_hash if contact else None, pin.strip())  # same work either way
    if contact is None or contact.status != "active":
        await audit.record(db, anonymous, "youth.signin_failed", details={"reason": "unknown_code"})
        return SignInResult(SignInOutcome.BAD_CODE_OR_PIN)
    if contact.locked_until is not None and contact.locked_until > now:
        await audit.record(
            db,
            anonymous,
            "youth.signin_failed",
            object_type="youth_contact",
            object_id=contact.id,
            details={"reason": "locked"},
        )
        return SignInResult(SignInOutcome.LOCKED, locked_until=contact.locked_until)
    if not pin_ok:
        contact.failed_pins += 1
        details: dict[str, object] = {"reason": "wrong_pin", "failures": contact.failed_pins}
        if contact.failed_pins >= MAX_PIN_FAILURES:
            contact.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            contact.failed_pins = 0
            details["locked"] = True
        await audit.record(
            db,
            anonymous,
            "youth.signin_failed",
            object_type="youth_contact",
            object_id=contact.id,
            details=details,
        )
        return SignInResult(SignInOutcome.BAD_CODE_OR_PIN)
    contact.failed_pins = 0
    contact.locked_until = None
    contact.last_seen_at = now
    await audit.record(
        db,
        Actor("youth", str(contact.id)),
        "youth.signed_in",
        object_type="youth_contact",
        object_id=contact.id,
    )
    return SignInResult(SignInOutcome.SIGNED_IN, contact=contact)


# Domain modules register what they erase or withdraw when a young person asks for their data to be deleted.
ON_DELETION: list[Callable[[AsyncSession, YouthContact], Awaitable[None]]] = []


async def request_deletion(db: AsyncSession, contact: YouthContact) -> None:
    """Mark the contact for deletion; domain modules erase their records for it and the contact can no longer sign
    in. The audit log keeps only that it happened."""
    now = utcnow()
    contact.status = "deleted"
    contact.deletion_requested_at = now
    contact.pin_hash = "!"  # never verifies
    for hook in ON_DELETION:
        await hook(db, contact)
    await audit.record(
        db,
        Actor("youth", str(contact.id)),
        "youth.deletion_requested",
        object_type="youth_contact",
        object_id=contact.id,
    )


# Signed session cookie ---------------------------------------------------------------------------------------


def session_token(settings: Settings, contact_id: int, now: float | None = None) -> str:
    issued = int(now if now is not None else time.time())
    payload = f"{contact_id}.{issued}"
    return f"{payload}.{_sign(settings, payload)}"


def read_session_token(settings: Settings, token: str, now: float | None = None) -> int | None:
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    payload = f"{parts[0]}.{parts[1]}"
    if not hmac.compare_digest(parts[2], _sign(settings, payload)):
        return None
    current = now if now is not None else time.time()
    if not 0 <= current - int(parts[1]) <= SESSION_SECONDS:
        return None
    return int(parts[0])


def _sign(settings: Settings, payload: str) -> str:
    key = settings.secret_key.get_secret_value().encode()
    return hmac.new(key, b"youth-session:" + payload.encode(), hashlib.sha256).hexdigest()
