"""A young person withdraws their removal request: the case stops, its hashes become tombstones for partners.

Reached from "my page" (case code + PIN sign-in) and from the deletion of the young person's data. A young person
reaches only their own cases; any other id answers like one that does not exist.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit.service import Actor
from ondam.hashing import repository
from ondam.kit.errors import NotFound
from ondam.kit.i18n import N_
from ondam.models import RemovalCase, YouthContact
from ondam.removal import sharing as removal_sharing

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
                "sharing": bool(row.case.consent_share_hashes),
                "can_stop_sharing": bool(row.case.consent_share_hashes) and row.case.status != "withdrawn",
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
    """Withdraw the request and all its hashes (the case logic lives in :mod:`ondam.removal.service`)."""
    return await removal_sharing.withdraw_case(db, case, actor=actor, reason=reason)


async def stop_sharing_own_case(db: AsyncSession, contact: YouthContact, case_id: int) -> int:
    """The young person no longer wants the hashes of this request shared with partner platforms: they become
    tombstones in the partner feed; the request itself goes on."""
    case = await own_case(db, contact, case_id)
    return await removal_sharing.revoke_share_consent(
        db, case, actor=Actor("youth", str(contact.id)), by="youth"
    )


async def withdraw_own_case(db: AsyncSession, contact: YouthContact, case_id: int) -> int:
    case = await own_case(db, contact, case_id)
    return await withdraw_case(db, case, actor=Actor("youth", str(contact.id)), reason="youth")


async def on_youth_deletion(db: AsyncSession, contact: YouthContact) -> None:
    """``youth.service.ON_DELETION`` hook: deleting their data withdraws every request of the young person."""
    actor = Actor("youth", str(contact.id))
    for case in await repository.cases_of_youth(db, contact.id):
        await withdraw_case(db, case, actor=actor, reason="deletion")
