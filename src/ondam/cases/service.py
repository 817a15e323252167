"""Case reads for the foundation: scoped lists, one case, and a CSV export that needs a reason.

Every read of a case's personal content writes an audit row naming whose data was seen.
"""

from __future__ import annotations

import csv
import io

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Perm, Principal, access_case_by_id, check_permission, scope_cases
from ondam.audit import service as audit
from ondam.cases import repository
from ondam.kit.clock import utcnow
from ondam.models import Case

PAGE_SIZE = 50


async def list_cases(
    db: AsyncSession, staff: Principal, *, status: str | None, page: int
) -> tuple[list[Case], int]:
    cases, total = await repository.page(
        db, scope_cases(staff), status=status, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    await audit.record(
        db,
        staff.actor,
        "case.list",
        object_type="case",
        center_code=staff.center_code,
        details={"count": len(cases), "page": page, "status": status},
    )
    return cases, total


async def read_case(db: AsyncSession, staff: Principal, case_id: int) -> Case:
    case = await access_case_by_id(db, staff, case_id)
    await audit.record(
        db,
        staff.actor,
        "case.read",
        object_type="case",
        object_id=case.id,
        subject=f"case:{case.id}",
        center_code=case.center_code,
    )
    return case


async def export_cases(db: AsyncSession, staff: Principal, reason: str) -> str:
    check_permission(staff, Perm.CASE_EXPORT)
    cases = await repository.all_in_scope(db, scope_cases(staff))
    await audit.record(
        db,
        staff.actor,
        "case.export",
        object_type="case",
        center_code=staff.center_code,
        reason=reason,
        details={"count": len(cases), "format": "csv"},
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["reference", "center", "status", "age_band", "region", "opened_at"])
    for case in cases:
        writer.writerow(
            [
                case.reference,
                case.center_code,
                case.status,
                case.age_band or "",
                case.region_code or "",
                case.opened_at.isoformat(),
            ]
        )
    return buf.getvalue()


async def new_reference(db: AsyncSession) -> str:
    year = utcnow().year
    return f"C-{year}-{await repository.next_reference_number(db, year):06d}"
