"""The auditor's view of the audit log and the chain check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ondam.access import Perm, check_permission
from ondam.audit import repository
from ondam.audit import service as audit
from ondam.auth.deps import CurrentStaff
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.templates import render

router = APIRouter(prefix="/staff/audit", dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("")
async def audit_log(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    subject: Annotated[str | None, Query(max_length=64)] = None,
    before: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    check_permission(staff, Perm.AUDIT_READ)
    entries = await repository.recent(db, limit=100, subject=subject or None, before=before)
    await audit.record(
        db,
        staff.actor,
        "audit.read",
        object_type="audit",
        details={"subject_filter": bool(subject), "rows": len(entries)},
    )
    return render(
        request,
        "staff/audit.html",
        {"staff": staff, "entries": entries, "subject": subject or "", "verify": None},
    )


@router.post("/verify")
async def audit_verify(request: Request, db: DB, staff: CurrentStaff) -> Response:
    check_permission(staff, Perm.AUDIT_READ)
    result = await audit.verify(db)
    await audit.record(
        db,
        staff.actor,
        "audit.verify",
        object_type="audit",
        details={"ok": result.ok, "checked": result.checked},
    )
    entries = await repository.recent(db, limit=100)
    return render(
        request, "staff/audit.html", {"staff": staff, "entries": entries, "subject": "", "verify": result}
    )
