"""A young person's own request to have images removed, sent from the phone with hashes only.

One call of :func:`submit` is one transaction: it claims the idempotency key, creates the anonymous contact (or
uses the signed-in one), the removal case with the consent given, one item per place (state ``found``), the
hashes in the bank, a ``create`` event, an alert for removal officers and the audit rows. The answer, with the
case code and PIN of a new contact, is kept (encrypted, 24 h) under the key, so a retry of the same submission
(the phone lost the first answer, or a queued copy was sent twice) gets the same answer and creates nothing.

The PIN is otherwise kept only as an argon2 hash; the kept answer is the one exception, for at most a day, so that
an answer lost on the way can still reach the phone it was meant for (only that phone knows the random key).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.hashing import bank
from ondam.hashing.schemas import NewHash
from ondam.kit.clock import utcnow
from ondam.kit.errors import TooManyRequests
from ondam.kit.idempotency import IdempotencyStore, StoredResponse, request_digest
from ondam.kit.ratelimit import RateLimiter
from ondam.kit.settings import Settings
from ondam.models import IdempotentResponse, RemovalCase, RemovalEvent, RemovalItem, StaffAlert, YouthContact
from ondam.removal import refdata, repository, states
from ondam.removal import service as removal_service
from ondam.removal.schemas import AlertKind
from ondam.removal.youth_schemas import Place, YouthRemovalRequest
from ondam.youth import service as youth

SCOPE = "youth.photos"
ALERT_KIND = AlertKind.NEW_REQUEST.value
OFFICER_ROLE = "removal_officer"
NEW_REQUESTS_PER_IP_PER_HOUR = 10
KEEP_ANSWER = timedelta(hours=24)


def idempotency_store(settings: Settings) -> IdempotencyStore:
    return IdempotencyStore(
        cast(Table, IdempotentResponse.__table__),
        secret=settings.secret_key.get_secret_value(),
        scope=SCOPE,
        ttl=KEEP_ANSWER,
    )


def _platform(place: Place) -> str | None:
    """The platform chosen or named, else the one the address belongs to (if listed), else nothing."""
    chosen = place.platform_value()
    if chosen is None and (known := refdata.platform_for_host(place.host)) is not None:
        return known.key
    return chosen


def _hashes(request: YouthRemovalRequest) -> list[NewHash]:
    found: list[NewHash] = []
    for file in request.files:
        found.append(NewHash(signal_type="sha256", value=file.sha256, media_kind=file.kind))
        found.append(NewHash(signal_type="md5", value=file.md5, media_kind=file.kind))
        if file.pdq_usable:
            assert file.pdq is not None
            found.append(
                NewHash(signal_type="pdq", value=file.pdq, quality=file.pdq_quality, media_kind="image")
            )
    return found


async def submit(
    db: AsyncSession,
    settings: Settings,
    limiter: RateLimiter,
    request: YouthRemovalRequest,
    *,
    contact: YouthContact | None,
    locale: str,
    ip: str,
    request_id: str | None = None,
) -> tuple[StoredResponse, bool]:
    """The answer for this submission and whether it is a replay of an earlier one (nothing new was created)."""
    store = idempotency_store(settings)
    kept = await store.claim(db, request.idempotency_key, request_digest(request.fingerprint()))
    if kept is not None:
        return kept, True
    if not await limiter.hit(f"youth-photos:ip:{ip}", NEW_REQUESTS_PER_IP_PER_HOUR, 3600):
        raise TooManyRequests("too many requests from this network; try again later")

    code: str | None = None
    pin: str | None = None
    if contact is None:
        new = await youth.create_contact(db, settings, locale=locale)
        contact, code, pin = new.contact, new.code, new.pin
    actor = Actor("youth", str(contact.id), request_id=request_id)
    now = utcnow()
    consented = request.consent_share_hashes or request.consent_forward_center
    case = RemovalCase(
        reference=await removal_service.new_reference(db),
        youth_contact_id=contact.id,
        status="open",
        source="youth",
        consent_share_hashes=request.consent_share_hashes,
        consent_forward_center=request.consent_forward_center,
        consent_text_version=request.consent_text_version,
        consent_at=now if consented else None,
        created_at=now,
        updated_at=now,
    )
    await repository.add(db, case)
    items = [
        RemovalItem(
            case_id=case.id,
            url=place.url,
            host=place.host,
            platform=_platform(place),
            account_names=place.account_names or None,
            state=states.ItemState.FOUND.value,
            source="youth",
            due_at=states.due_at(states.ItemState.FOUND.value, now),
            created_at=now,
            updated_at=now,
        )
        for place in request.places
    ]
    if items:
        await repository.add(db, *items)
    hashes = _hashes(request)
    added = (
        await bank.add_hashes(db, case.id, hashes, added_by="youth", settings=settings, actor=actor)
        if hashes
        else []
    )
    await repository.add(
        db,
        RemovalEvent(case_id=case.id, kind="create", at=now),
        StaffAlert(
            kind=ALERT_KIND,
            audience_role=OFFICER_ROLE,
            subject_type="removal_case",
            subject_id=case.id,
            created_at=now,
        ),
    )
    details: dict[str, Any] = {
        "files": len(request.files),
        "images": sum(f.kind == "image" for f in request.files),
        "videos": sum(f.kind == "video" for f in request.files),
        "pdq": sum(f.pdq_usable for f in request.files),
        "hashes_added": len(added),
        "places": len(items),
        "consent_share_hashes": request.consent_share_hashes,
        "consent_forward_center": request.consent_forward_center,
        "consent_text_version": request.consent_text_version,
        "new_contact": code is not None,
    }
    await audit.record(
        db,
        actor,
        "removal.youth_request",
        object_type="removal_case",
        object_id=case.id,
        subject=f"removal_case:{case.id}",
        details=details,
    )
    body: dict[str, Any] = {
        "status": "received",
        "code": youth.format_code(code) if code else None,
        "pin": pin,
        "kept_code": code is None,
        "files": len(request.files),
        "places": len(items),
    }
    await store.finish(db, request.idempotency_key, 201, body)
    return StoredResponse(201, body), False
