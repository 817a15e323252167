"""The partner platforms' side of the bank: a delta feed with tombstones, feedback, and match reports.

Modelled on StopNCII's FetchHashes (pages with a checkpoint) and ThreatExchange's tombstones: a platform keeps
the ``next`` cursor of its last page and asks for what changed after it. Only hashes of cases whose young person
consented to sharing are served or addressable; anything else answers exactly like an id that does not exist.
When the young person takes that consent back, the case's hashes are withdrawn first
(:func:`ondam.removal.sharing.revoke_share_consent`), and the hashes that were shared stay addressable as
tombstones so that every platform deletes them.
There is deliberately no "is this hash listed?" lookup: platforms hold the list and match on their side.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.hashing import repository
from ondam.hashing.schemas import (
    ActiveHashOut,
    FeedbackIn,
    FeedItem,
    FeedOut,
    MatchIn,
    MatchOut,
    WithdrawnHashOut,
    url_host,
)
from ondam.kit.clock import utcnow
from ondam.kit.errors import Conflict, DomainError, NotFound
from ondam.models import BankHash, PartnerFeedback, PartnerPlatform
from ondam.removal import sharing as removal_sharing

DEFAULT_LIMIT = 500
MAX_LIMIT = 1000
_CURSOR_PREFIX = "bk1:"
_CURSOR = re.compile(r"[A-Za-z0-9_-]{1,40}")
_CURSOR_BODY = re.compile(r"bk1:(0|[1-9][0-9]{0,17})")


class BadCursor(DomainError):
    status_code = 400
    code = "bad_cursor"


class HashWithdrawn(Conflict):
    code = "withdrawn"


# -- cursor ----------------------------------------------------------------------------------------------


def encode_cursor(change_id: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{change_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The change id inside a cursor; no cursor means the beginning. Raises BadCursor for anything we did not
    issue."""
    if cursor is None or cursor == "":
        return 0
    if not _CURSOR.fullmatch(cursor):
        raise BadCursor("this cursor was not issued by Ondam; start again without `after`")
    try:
        body = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, ValueError):
        raise BadCursor("this cursor was not issued by Ondam; start again without `after`") from None
    match = _CURSOR_BODY.fullmatch(body)
    if match is None:
        raise BadCursor("this cursor was not issued by Ondam; start again without `after`")
    return int(match.group(1))


# -- feed ------------------------------------------------------------------------------------------------


def _item(bank_hash: BankHash) -> FeedItem:
    # The hash's state now, not at the change: a hash withdrawn before the platform saw it is only a tombstone.
    if bank_hash.status == "active":
        return ActiveHashOut(
            id=bank_hash.id,
            signal_type=bank_hash.signal_type,
            value=bank_hash.value,
            quality=bank_hash.quality,
            media_kind=bank_hash.media_kind,
            status="active",
            added_at=bank_hash.created_at,
        )
    return WithdrawnHashOut(
        id=bank_hash.id,
        signal_type=bank_hash.signal_type,
        status="withdrawn",
        withdrawn_at=bank_hash.withdrawn_at,
    )


async def feed(
    db: AsyncSession, platform: PartnerPlatform, actor: Actor, after: str | None, limit: int
) -> FeedOut:
    """One page of changes after the cursor, oldest first, several changes of a hash collapsed into its current
    state. Audited with the number of items served (also when the cursor is refused)."""
    try:
        start = decode_cursor(after)
        newest = await repository.bank_version(db)
        if start > newest:
            raise BadCursor("this cursor is ahead of the bank; start again without `after`")
    except BadCursor:
        await audit.record(
            db, actor, "partner.hashes_feed", object_type="partner", object_id=platform.id,
            details={"error": "bad_cursor"},
        )  # fmt: skip
        raise
    limit = max(1, min(limit, MAX_LIMIT))
    rows = await repository.shared_changes(db, start, limit + 1)
    page, has_more = rows[:limit], len(rows) > limit
    latest: dict[int, tuple[int, BankHash]] = {}
    for change_id, bank_hash in page:
        latest[bank_hash.id] = (change_id, bank_hash)
    ordered = sorted(latest.values(), key=lambda pair: pair[0])
    items = [_item(bank_hash) for _, bank_hash in ordered]
    end = page[-1][0] if page else start
    await audit.record(
        db,
        actor,
        "partner.hashes_feed",
        object_type="partner",
        object_id=platform.id,
        details={
            "items": len(items),
            "withdrawn": sum(1 for i in items if i.status == "withdrawn"),
            "after": start,
            "next": end,
            "has_more": has_more,
        },
    )
    return FeedOut(items=items, next=encode_cursor(end), has_more=has_more)


# -- feedback and match reports ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    bank_hash: BankHash
    case_id: int
    case_status: str


async def _target(
    db: AsyncSession, platform: PartnerPlatform, actor: Actor, hash_id: int, action: str
) -> _Target:
    found = await repository.shared_hash(db, hash_id)
    if found is None:
        await audit.record(
            db, actor, action, object_type="bank_hash", object_id=hash_id, details={"error": "not_found"}
        )
        raise NotFound("no such hash")
    bank_hash, case = found
    return _Target(bank_hash, case.id, case.status)


async def record_feedback(
    db: AsyncSession, platform: PartnerPlatform, actor: Actor, hash_id: int, body: FeedbackIn
) -> None:
    """Blocked / not blocked. Repeating the platform's last status for the hash records nothing new."""
    action = "partner.hash_feedback"
    target = await _target(db, platform, actor, hash_id, action)
    last = await repository.latest_feedback(db, platform.id, hash_id)
    repeated = last is not None and last.kind == body.status and last.detail == body.detail
    if not repeated:
        await repository.add_and_flush(
            db,
            PartnerFeedback(
                platform_id=platform.id, hash_id=hash_id, kind=body.status, detail=body.detail, at=utcnow()
            ),
        )
    await audit.record(
        db,
        actor,
        action,
        object_type="bank_hash",
        object_id=hash_id,
        subject=f"removal_case:{target.case_id}",
        details={"status": body.status, "repeated": repeated},
    )


async def record_match(
    db: AsyncSession, platform: PartnerPlatform, actor: Actor, hash_id: int, body: MatchIn
) -> MatchOut:
    """A platform found the content at a URL: a new place (removal item) on the case, an event and an alert for
    the removal officers. A retry (same idempotency key, or the same URL for the same hash) is answered with the
    first report and changes nothing. Refused (409) once the young person withdrew the hash."""
    action = "partner.hash_match"
    target = await _target(db, platform, actor, hash_id, action)
    previous = None
    if body.idempotency_key is not None:
        previous = await repository.match_by_key(db, platform.id, body.idempotency_key)
    if previous is None:
        previous = next(
            (m for m in await repository.matches_of(db, platform.id, hash_id) if m.url == body.url), None
        )
    if previous is not None:
        await audit.record(
            db, actor, action, object_type="bank_hash", object_id=hash_id,
            subject=f"removal_case:{target.case_id}",
            details={"duplicate": True, "report_id": previous.id, "item_id": previous.item_id},
        )  # fmt: skip
        return MatchOut(received=True, report_id=previous.id, duplicate=True)
    if target.bank_hash.status != "active" or target.case_status == "withdrawn":
        await audit.record(
            db, actor, action, object_type="bank_hash", object_id=hash_id,
            subject=f"removal_case:{target.case_id}", details={"error": "withdrawn"},
        )  # fmt: skip
        raise HashWithdrawn("this hash was withdrawn by the person it protects; do not act on it")
    item = await removal_sharing.open_partner_match(
        db,
        target.case_id,
        url=body.url,
        host=url_host(body.url),
        platform=platform.name[:100],
        note=_match_note(platform, hash_id, body.seen_at, body.detail),
    )
    report = PartnerFeedback(
        platform_id=platform.id,
        hash_id=hash_id,
        kind="match",
        url=body.url,
        detail=body.detail,
        idempotency_key=body.idempotency_key,
        item_id=item.id,
        at=item.created_at,
    )
    await repository.add_and_flush(db, report)
    await audit.record(
        db,
        actor,
        action,
        object_type="bank_hash",
        object_id=hash_id,
        subject=f"removal_case:{target.case_id}",
        details={"duplicate": False, "report_id": report.id, "item_id": item.id, "host": item.host},
    )
    return MatchOut(received=True, report_id=report.id, duplicate=False)


def _match_note(platform: PartnerPlatform, hash_id: int, seen_at: datetime | None, detail: str | None) -> str:
    parts = [f"Match reported by partner platform {platform.name} for hash {hash_id}."]
    if seen_at is not None:
        parts.append(f"Seen at {seen_at.isoformat()}.")
    if detail:
        parts.append(f"Platform's note: {detail}")
    return " ".join(parts)
