"""The sharing side of a removal case: the young person withdrawing their request or their consent to share the
hashes (both turn the case's hashes into tombstones for partner platforms), and a partner platform reporting a
match (a new item for the officers).

These are removal-case changes asked for from outside the officers' pages (my page, the deletion of a young
person's data, the partner API in :mod:`ondam.hashing`), kept here with the rest of the case logic. Nothing here
commits: the caller's unit of work does.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Principal, Role, access_removal_case_by_id
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.hashing import bank
from ondam.kit.clock import utcnow
from ondam.models import RemovalCase, RemovalEvent, RemovalItem, StaffAlert
from ondam.removal import repository, states
from ondam.removal.schemas import EVENT_SHARE_REVOKED, EVENT_WITHDRAWN, AlertKind, CaseStatus
from ondam.removal.states import ItemState

SUBJECT_CASE = "removal_case"
SUBJECT_ITEM = repository.ITEM_SUBJECT


async def withdraw_case(db: AsyncSession, case: RemovalCase, *, actor: Actor, reason: str) -> int:
    """Mark the case withdrawn and withdraw all its hashes (tombstones for the partners); returns how many hashes
    were withdrawn.

    Idempotent: a case already withdrawn keeps its first withdrawal time and gets no second event, but any hash
    still active (e.g. added by an officer afterwards by mistake) is withdrawn too."""
    newly = case.status != CaseStatus.WITHDRAWN
    if newly:
        now = utcnow()
        previous = case.status
        case.status = CaseStatus.WITHDRAWN.value
        case.withdrawn_at = now
        case.updated_at = now
        await repository.add(
            db,
            RemovalEvent(
                case_id=case.id,
                kind=EVENT_WITHDRAWN,
                from_state=previous,
                to_state=CaseStatus.WITHDRAWN.value,
                at=now,
            ),
        )
    count = await bank.withdraw_case_hashes(db, case.id, actor=actor)
    if newly:
        await audit.record(
            db,
            actor,
            "removal.withdrawn",
            object_type=SUBJECT_CASE,
            object_id=case.id,
            subject=f"{SUBJECT_CASE}:{case.id}",
            details={"by": reason, "hashes_withdrawn": count},
        )
    return count


async def revoke_share_consent(
    db: AsyncSession, case: RemovalCase, *, actor: Actor, by: str, staff_id: int | None = None
) -> int:
    """The young person no longer agrees to their hashes being shared with partner platforms.

    The case's active hashes are withdrawn FIRST, through the same path as a withdrawn request, so that every
    hash partners may hold gets a tombstone in the change log; then the consent is recorded as revoked (an event
    whose time tells the feed which hashes were shared before). The removal work itself goes on, in any case
    status. Returns how many hashes were withdrawn; revoking again changes nothing."""
    if not case.consent_share_hashes:
        return 0
    count = await bank.withdraw_case_hashes(db, case.id, actor=actor)
    now = utcnow()
    case.consent_share_hashes = False
    case.updated_at = now
    await repository.add(
        db,
        RemovalEvent(
            case_id=case.id,
            kind=EVENT_SHARE_REVOKED,
            note=f"{count} hashes withdrawn",
            staff_id=staff_id,
            at=now,
        ),
    )
    await audit.record(
        db,
        actor,
        "removal.consent.share_revoked",
        object_type=SUBJECT_CASE,
        object_id=case.id,
        subject=f"{SUBJECT_CASE}:{case.id}",
        details={"by": by, "hashes_withdrawn": count},
    )
    return count


async def record_share_revocation(db: AsyncSession, staff: Principal, case_id: int) -> int:
    """An officer records that the young person withdrew their consent to sharing (e.g. on the phone)."""
    case = await access_removal_case_by_id(db, staff, case_id)
    return await revoke_share_consent(db, case, actor=staff.actor, by="officer", staff_id=staff.user_id)


async def open_partner_match(
    db: AsyncSession, case_id: int, *, url: str, host: str, platform: str, note: str
) -> RemovalItem:
    """A partner platform found a case's image at ``url``: a ``found`` item on the case, its event and an alert
    for the removal officers. The caller (the partner API) audits the report."""
    now = utcnow()
    item = RemovalItem(
        case_id=case_id,
        url=url,
        host=host,
        platform=platform,
        state=ItemState.FOUND.value,
        source="partner",
        due_at=states.due_at(ItemState.FOUND, now),
        created_at=now,
        updated_at=now,
    )
    await repository.add(db, item)
    await repository.add(
        db,
        RemovalEvent(
            case_id=case_id,
            item_id=item.id,
            kind="feedback",
            from_state=None,
            to_state=ItemState.FOUND.value,
            note=note,
            at=now,
        ),
        StaffAlert(
            kind=AlertKind.PARTNER_MATCH.value,
            audience_role=Role.REMOVAL_OFFICER.value,
            subject_type=SUBJECT_ITEM,
            subject_id=item.id,
            created_at=now,
        ),
    )
    case = await db.get(RemovalCase, case_id)
    if case is not None:
        case.updated_at = now
    return item
