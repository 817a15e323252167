from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response

from ondam.access import Perm, Principal
from ondam.auth.deps import CurrentStaff
from ondam.cases import service
from ondam.cases.schemas import AGE_BAND_LABELS, CONSENT_BASES, CONSENT_METHODS, STATUS_LABELS, CaseStatus
from ondam.centers import service as centers
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render

router = APIRouter(prefix="/staff/cases", dependencies=[Depends(csrf_protect)], include_in_schema=False)

LABELS = {
    "status_labels": STATUS_LABELS,
    "age_labels": AGE_BAND_LABELS,
    "consent_bases": CONSENT_BASES,
    "consent_methods": CONSENT_METHODS,
}


async def _list_page(
    request: Request,
    db: DB,
    staff: Principal,
    *,
    status: CaseStatus | None,
    page: int,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    cases, total = await service.list_cases(db, staff, status=status, page=page)
    return render(
        request,
        "staff/cases/list.html",
        {
            **LABELS,
            "staff": staff,
            "cases": cases,
            "total": total,
            "page": page,
            "status": status,
            "statuses": list(CaseStatus),
            "center_names": await centers.center_names(db),
            "page_size": service.PAGE_SIZE,
            "can_export": staff.can(Perm.CASE_EXPORT),
            "error": error,
        },
        status_code=status_code,
    )


@router.get("")
async def case_list(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    status: Annotated[CaseStatus | None, Query()] = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    return await _list_page(request, db, staff, status=status, page=page)


@router.get("/{case_id}")
async def case_detail(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    case = await service.read_case(db, staff, case_id)
    return render(
        request,
        "staff/cases/detail.html",
        {**LABELS, "staff": staff, "case": case, "center_names": await centers.center_names(db)},
    )


@router.post("/export")
async def case_export(
    request: Request, db: DB, staff: CurrentStaff, reason: Annotated[str, Form(max_length=500)] = ""
) -> Response:
    if len(reason.strip()) < 5:
        return await _list_page(
            request,
            db,
            staff,
            status=None,
            page=1,
            status_code=422,
            error=_("Write why you need this export (at least 5 characters). It is kept in the audit log."),
        )
    body = await service.export_cases(db, staff, reason)
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="cases.csv"'},
    )
