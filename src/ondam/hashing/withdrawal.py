"""A young person withdraws their removal request: the case stops, its hashes become tombstones for partners.

Reached from "my page" (case code + PIN sign-in) and from the deletion of the young person's data. A young person
reaches only their own cases; any other id answers like one that does not exist.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.hashing import bank, repository
from ondam.kit.clock import utcnow
from ondam.kit.errors import NotFound
from ondam.kit.i18n import N_
from ondam.models import RemovalCase, RemovalEvent, YouthContact

STATUS_LABELS = {
    "open": N_("In progress"),
    "closed": N_("Finished"),
    "withdrawn": N_("Withdrawn"),
}


async def my_requests_section(db: AsyncSession, contact: YouthContact) -> dict[str, Any] | None:
    """The "my requests" section of my page: each request with its places, active hashes and status."""
    rows = await repository.requests_of_youth(db, contact.id)
    if not rows:
        return None
    return {
        "template": "youth/_removal_requests.html",
        "requests": [
            {
                "id": row.case.id,
                "reference": row.case.reference,
                "created_at": row.case.created_at,
                "places": row.places,
                "active_hashes": row.active_hashes,
                "status": row.case.status,
                "status_label": STATUS_LABELS.get(row.case.status, row.case.status),
                "can_withdraw": row.case.status != "withdrawn",
            }
            for row in rows
        ],
    }


async def own_case(db: AsyncSession, contact: YouthContact, case_id: int) -> RemovalCase:
    case = await repository.get_case(db, case_id)
    if case is None or case.youth_contact_id != contact.id:
        raise NotFound("request not found")
    return case


async def withdraw_case(db: AsyncSession, case: RemovalCase, *, actor: Actor, reason: str) -> int:
    """Mark the case withdrawn and withdraw all its hashes; returns how many hashes were withdrawn.

    Idempotent: a case already withdrawn keeps its first withdrawal time and gets no second event, but any hash
    still active (e.g. added by an officer afterwards by mistake) is withdrawn too."""
    newly = case.status != "withdrawn"
    if newly:
        now = utcnow()
        previous = case.status
        case.status = "withdrawn"
        case.withdrawn_at = now
        case.updated_at = now
        repository.add_event(
            db,
            RemovalEvent(
                case_id=case.id, kind="withdrawn", from_state=previous, to_state="withdrawn", at=now
            ),
        )
    count = await bank.withdraw_case_hashes(db, case.id, actor=actor)
    if newly:
        await audit.record(
            db,
            actor,
            "removal.withdrawn",
            object_type="removal_case",
            object_id=case.id,
            subject=f"removal_case:{case.id}",
            details={"by": reason, "hashes_withdrawn": count},
        )
    return count


async def withdraw_own_case(db: AsyncSession, contact: YouthContact, case_id: int) -> int:
    case = await own_case(db, contact, case_id)
    return await withdraw_case(db, case, actor=Actor("youth", str(contact.id)), reason="youth")


async def on_youth_deletion(db: AsyncSession, contact: YouthContact) -> None:
    """``youth.service.ON_DELETION`` hook: deleting their data withdraws every request of the young person."""
    actor = Actor("youth", str(contact.id))
    for case in await repository.cases_of_youth(db, contact.id):
        await withdraw_case(db, case, actor=actor, reason="deletion")
