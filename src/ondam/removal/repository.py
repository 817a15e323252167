"""All SQL of removal work. Lists take a pre-scoped ``Select`` from :mod:`ondam.access`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import (
    BankHash,
    RemovalCase,
    RemovalEvent,
    RemovalEvidence,
    RemovalItem,
    StaffAlert,
    StaffUser,
)

OVERDUE_KIND = "removal.overdue"
ITEM_SUBJECT = "removal_item"


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: the case and what its items say about urgency."""

    case: RemovalCase
    next_due: datetime | None
    items: int
    overdue: int


async def next_reference_number(db: AsyncSession, year: int) -> int:
    prefix = f"R-{year}-"
    count = (
        await db.execute(select(func.count()).where(RemovalCase.reference.like(prefix + "%")))
    ).scalar_one()
    return int(count) + 1


async def add(db: AsyncSession, *rows: object) -> None:
    db.add_all(rows)
    await db.flush()


async def case_page(
    db: AsyncSession,
    scoped: Select[RemovalCase],
    *,
    now: datetime,
    status: str | None,
    state: str | None,
    overdue_only: bool,
    officer_id: int | None,
    limit: int,
    offset: int,
) -> tuple[list[CaseRow], int]:
    """Cases ordered by their most overdue item first (earliest ``due_at``), cases with nothing due last."""
    per_case = (
        select(
            RemovalItem.case_id.label("case_id"),
            func.min(RemovalItem.due_at).label("next_due"),
            func.count(RemovalItem.id).label("item_count"),
            func.sum(case((RemovalItem.due_at < now, 1), else_=0)).label("overdue_count"),
        )
        .group_by(RemovalItem.case_id)
        .subquery()
    )
    query = scoped.outerjoin(per_case, per_case.c.case_id == RemovalCase.id).add_columns(
        per_case.c.next_due, per_case.c.item_count, per_case.c.overdue_count
    )
    if status:
        query = query.where(RemovalCase.status == status)
    if state:
        query = query.where(RemovalCase.id.in_(select(RemovalItem.case_id).where(RemovalItem.state == state)))
    if overdue_only:
        query = query.where(per_case.c.next_due < now)
    if officer_id is not None:
        query = query.where(RemovalCase.assigned_officer_id == officer_id)
    total = int((await db.execute(select(func.count()).select_from(query.subquery()))).scalar_one())
    ordered = query.order_by(
        per_case.c.next_due.is_(None),
        per_case.c.next_due,
        RemovalCase.updated_at.desc(),
        RemovalCase.id.desc(),
    )
    rows = (await db.execute(ordered.limit(limit).offset(offset))).all()
    return [CaseRow(r[0], r[1], int(r[2] or 0), int(r[3] or 0)) for r in rows], total


async def items_of_case(db: AsyncSession, case_id: int) -> list[RemovalItem]:
    query = (
        select(RemovalItem)
        .where(RemovalItem.case_id == case_id)
        .order_by(RemovalItem.due_at.is_(None), RemovalItem.due_at, RemovalItem.id)
    )
    return list((await db.scalars(query)).all())


async def evidence_of_items(db: AsyncSession, item_ids: list[int]) -> list[RemovalEvidence]:
    if not item_ids:
        return []
    query = (
        select(RemovalEvidence)
        .where(RemovalEvidence.item_id.in_(item_ids))
        .order_by(RemovalEvidence.captured_at.desc(), RemovalEvidence.id.desc())
    )
    return list((await db.scalars(query)).all())


async def evidence_counts(db: AsyncSession, case_id: int) -> dict[int, int]:
    query = (
        select(RemovalEvidence.item_id, func.count())
        .join(RemovalItem, RemovalItem.id == RemovalEvidence.item_id)
        .where(RemovalItem.case_id == case_id)
        .group_by(RemovalEvidence.item_id)
    )
    return {int(item_id): int(n) for item_id, n in (await db.execute(query)).all()}


async def events(db: AsyncSession, case_id: int, *, item_id: int | None = None) -> list[RemovalEvent]:
    """History, oldest first."""
    query = select(RemovalEvent).where(RemovalEvent.case_id == case_id)
    if item_id is not None:
        query = query.where(RemovalEvent.item_id == item_id)
    return list((await db.scalars(query.order_by(RemovalEvent.at, RemovalEvent.id))).all())


async def hash_counts(db: AsyncSession, case_id: int) -> dict[str, int]:
    query = select(BankHash.status, func.count()).where(BankHash.case_id == case_id).group_by(BankHash.status)
    counts: Counter[str] = Counter({"active": 0, "withdrawn": 0})
    for status, n in (await db.execute(query)).all():
        counts[str(status)] += int(n)
    return dict(counts)


async def staff_names(db: AsyncSession, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = await db.execute(select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(ids)))
    return {int(i): str(name) for i, name in rows.all()}


async def active_staff_with_role(db: AsyncSession, role: str) -> list[StaffUser]:
    query = (
        select(StaffUser)
        .where(StaffUser.role == role, StaffUser.is_active.is_(True))
        .order_by(StaffUser.display_name, StaffUser.id)
    )
    return list((await db.scalars(query)).all())


async def open_alerts(
    db: AsyncSession, scoped: Select[StaffAlert], kinds: tuple[str, ...], limit: int
) -> tuple[list[StaffAlert], int]:
    query = scoped.where(StaffAlert.acknowledged_at.is_(None), StaffAlert.kind.in_(kinds))
    total = int((await db.execute(select(func.count()).select_from(query.subquery()))).scalar_one())
    rows = await db.scalars(query.order_by(StaffAlert.created_at.desc(), StaffAlert.id.desc()).limit(limit))
    return list(rows.all()), total


async def item_references(db: AsyncSession, item_ids: set[int]) -> dict[int, tuple[int, str]]:
    """item id -> (case id, case reference), for alerts about items."""
    if not item_ids:
        return {}
    rows = await db.execute(
        select(RemovalItem.id, RemovalCase.id, RemovalCase.reference)
        .join(RemovalCase, RemovalCase.id == RemovalItem.case_id)
        .where(RemovalItem.id.in_(item_ids))
    )
    return {int(i): (int(c), str(ref)) for i, c, ref in rows.all()}


async def case_references(db: AsyncSession, case_ids: set[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    rows = await db.execute(select(RemovalCase.id, RemovalCase.reference).where(RemovalCase.id.in_(case_ids)))
    return {int(i): str(ref) for i, ref in rows.all()}


async def overdue_items_without_alert(db: AsyncSession, now: datetime) -> list[RemovalItem]:
    """Items of open cases past their ``due_at`` that have no overdue alert for that deadline yet.

    An alert raised for the current deadline was created after it (``created_at >= due_at``); an alert about an
    earlier deadline was created before the item entered its current state, so it does not count.
    """
    already = exists().where(
        and_(
            StaffAlert.kind == OVERDUE_KIND,
            StaffAlert.subject_type == ITEM_SUBJECT,
            StaffAlert.subject_id == RemovalItem.id,
            StaffAlert.created_at >= RemovalItem.due_at,
        )
    )
    query = (
        select(RemovalItem)
        .join(RemovalCase, RemovalCase.id == RemovalItem.case_id)
        .where(RemovalCase.status == "open", RemovalItem.due_at.is_not(None), RemovalItem.due_at < now)
        .where(~already)
        .order_by(RemovalItem.due_at, RemovalItem.id)
    )
    return list((await db.scalars(query)).all())
