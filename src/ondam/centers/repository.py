from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import Center, CenterVersion, Contact, Region


def _in_force(model: Any, on: date) -> Any:
    return (model.valid_from <= on) & or_(model.valid_to.is_(None), model.valid_to > on)


async def regions_on(db: AsyncSession, on: date) -> list[Region]:
    return list((await db.scalars(select(Region).where(_in_force(Region, on)).order_by(Region.code))).all())


async def centers_on(db: AsyncSession, on: date) -> list[tuple[Center, CenterVersion]]:
    rows = await db.execute(
        select(Center, CenterVersion)
        .join(CenterVersion, CenterVersion.center_code == Center.code)
        .where(_in_force(CenterVersion, on))
        .order_by(Center.kind, Center.code)
    )
    return [(c, v) for c, v in rows.all()]


async def contacts_on(db: AsyncSession, on: date) -> list[Contact]:
    return list(
        (
            await db.scalars(
                select(Contact).where(_in_force(Contact, on)).order_by(Contact.sort_order, Contact.code)
            )
        ).all()
    )


async def region_version(db: AsyncSession, code: str, valid_from: date) -> Region | None:
    return (
        await db.scalars(select(Region).where(Region.code == code, Region.valid_from == valid_from))
    ).one_or_none()


async def center_version(db: AsyncSession, code: str, valid_from: date) -> CenterVersion | None:
    return (
        await db.scalars(
            select(CenterVersion).where(
                CenterVersion.center_code == code, CenterVersion.valid_from == valid_from
            )
        )
    ).one_or_none()


async def contact_version(db: AsyncSession, code: str, valid_from: date) -> Contact | None:
    return (
        await db.scalars(select(Contact).where(Contact.code == code, Contact.valid_from == valid_from))
    ).one_or_none()
