from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import ReportEvidence, YouthReport


async def reports_of(db: AsyncSession, contact_id: int) -> list[YouthReport]:
    rows = await db.scalars(
        select(YouthReport).where(YouthReport.youth_contact_id == contact_id).order_by(YouthReport.id.desc())
    )
    return list(rows)


async def evidence_counts(db: AsyncSession, report_ids: list[int]) -> dict[int, int]:
    if not report_ids:
        return {}
    rows = await db.execute(
        select(ReportEvidence.report_id, func.count())
        .where(ReportEvidence.report_id.in_(report_ids))
        .group_by(ReportEvidence.report_id)
    )
    return {int(report_id): int(count) for report_id, count in rows.all()}


async def report_list(db: AsyncSession, status: str | None, limit: int = 200) -> list[YouthReport]:
    query = select(YouthReport).order_by(YouthReport.danger_now.desc(), YouthReport.created_at.asc())
    if status:
        query = query.where(YouthReport.status == status)
    else:
        query = query.where(YouthReport.status.in_(("received", "in_review")))
    return list(await db.scalars(query.limit(limit)))


async def evidence_of(db: AsyncSession, report_id: int) -> list[ReportEvidence]:
    rows = await db.scalars(
        select(ReportEvidence).where(ReportEvidence.report_id == report_id).order_by(ReportEvidence.id)
    )
    return list(rows)
