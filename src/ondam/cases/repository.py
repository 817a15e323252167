from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import Case


async def page(
    db: AsyncSession, scoped: Select[Case], *, status: str | None, limit: int, offset: int
) -> tuple[list[Case], int]:
    query = scoped
    if status:
        query = query.where(Case.status == status)
    total = int((await db.execute(select(func.count()).select_from(query.subquery()))).scalar_one())
    rows = (
        await db.scalars(query.order_by(Case.opened_at.desc(), Case.id.desc()).limit(limit).offset(offset))
    ).all()
    return list(rows), total


async def all_in_scope(db: AsyncSession, scoped: Select[Case]) -> list[Case]:
    return list((await db.scalars(scoped.order_by(Case.id))).all())


async def next_reference_number(db: AsyncSession, year: int) -> int:
    prefix = f"C-{year}-"
    count = (await db.execute(select(func.count()).where(Case.reference.like(prefix + "%")))).scalar_one()
    return int(count) + 1
