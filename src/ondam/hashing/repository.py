"""All SQL of the hash bank, the partner exchange and the young person's view of their removal requests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, exists, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import (
    BankChange,
    BankHash,
    PartnerFeedback,
    RemovalCase,
    RemovalEvent,
    RemovalItem,
)
from ondam.removal.schemas import EVENT_SHARE_REVOKED

# Any constant works; it names the lock that serialises writers of bank_changes on PostgreSQL.
_BANK_LOCK = 0x0DA6_BA4C


async def lock_bank(db: AsyncSession) -> None:
    """Serialise writers of the change log until the transaction ends.

    The feed's cursor is the change id. On PostgreSQL ids come from a sequence when a row is inserted, not when
    its transaction commits, so without this lock a reader could see id 11 committed while id 10 is still in
    flight and move its cursor past 10 for good. Holding one transaction-level lock from before the insert until
    the commit makes ids visible in order. SQLite already runs one writer at a time (BEGIN IMMEDIATE)."""
    if db.get_bind().dialect.name == "postgresql":
        await db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _BANK_LOCK})


async def get_case(db: AsyncSession, case_id: int) -> RemovalCase | None:
    return await db.get(RemovalCase, case_id)


async def active_digests(db: AsyncSession, case_id: int) -> set[str]:
    rows = await db.scalars(
        select(BankHash.value_digest).where(BankHash.case_id == case_id, BankHash.status == "active")
    )
    return set(rows.all())


def add_hash(db: AsyncSession, bank_hash: BankHash) -> None:
    db.add(bank_hash)


def add_change(db: AsyncSession, hash_id: int, kind: str, at: datetime) -> None:
    db.add(BankChange(hash_id=hash_id, kind=kind, at=at))


async def active_hashes_of_case(db: AsyncSession, case_id: int) -> Sequence[BankHash]:
    rows = await db.scalars(
        select(BankHash).where(BankHash.case_id == case_id, BankHash.status == "active").order_by(BankHash.id)
    )
    return rows.all()


async def get_hash(db: AsyncSession, hash_id: int, *, for_update: bool = False) -> BankHash | None:
    query = select(BankHash).where(BankHash.id == hash_id)
    if for_update:
        query = query.with_for_update()
    return (await db.scalars(query)).one_or_none()


async def bank_version(db: AsyncSession) -> int:
    return int(await db.scalar(select(func.coalesce(func.max(BankChange.id), 0))) or 0)


async def active_pdq(db: AsyncSession) -> list[tuple[int, str]]:
    rows = await db.scalars(
        select(BankHash)
        .where(BankHash.signal_type == "pdq", BankHash.status == "active")
        .order_by(BankHash.id)
    )
    return [(h.id, h.value) for h in rows.all()]


# -- partner feed ----------------------------------------------------------------------------------------


def _shared() -> ColumnElement[bool]:
    """The hash may be known to partners: its case consents to sharing now, or it was in the bank before the
    young person withdrew that consent (it was served then; since the revocation withdrew it, only its
    tombstone is served from now on)."""
    revoked_after_added = exists().where(
        RemovalEvent.case_id == RemovalCase.id,
        RemovalEvent.kind == EVENT_SHARE_REVOKED,
        RemovalEvent.at >= BankHash.created_at,
    )
    return or_(RemovalCase.consent_share_hashes.is_(True), revoked_after_added)


async def shared_changes(db: AsyncSession, after: int, limit: int) -> list[tuple[int, BankHash]]:
    """Up to ``limit`` changes after ``after``, oldest first, of hashes partners may know (see :func:`_shared`)."""
    rows = await db.execute(
        select(BankChange.id, BankHash)
        .join(BankHash, BankChange.hash_id == BankHash.id)
        .join(RemovalCase, BankHash.case_id == RemovalCase.id)
        .where(BankChange.id > after, _shared())
        .order_by(BankChange.id)
        .limit(limit)
    )
    return [(int(change_id), bank_hash) for change_id, bank_hash in rows.all()]


async def shared_hash(db: AsyncSession, hash_id: int) -> tuple[BankHash, RemovalCase] | None:
    """A hash partners may have received (see :func:`_shared`), locked for this transaction."""
    bank_hash = await get_hash(db, hash_id, for_update=True)
    if bank_hash is None:
        return None
    case = await db.get(RemovalCase, bank_hash.case_id)
    if case is None:
        return None
    if not case.consent_share_hashes:
        known = await db.scalar(
            select(func.count())
            .select_from(BankHash)
            .join(RemovalCase, BankHash.case_id == RemovalCase.id)
            .where(BankHash.id == hash_id, _shared())
        )
        if not known:
            return None
    return bank_hash, case


async def latest_feedback(db: AsyncSession, platform_id: int, hash_id: int) -> PartnerFeedback | None:
    return (
        await db.scalars(
            select(PartnerFeedback)
            .where(
                PartnerFeedback.platform_id == platform_id,
                PartnerFeedback.hash_id == hash_id,
                PartnerFeedback.kind.in_(("blocked", "not_blocked")),
            )
            .order_by(PartnerFeedback.id.desc())
            .limit(1)
        )
    ).one_or_none()


async def matches_of(db: AsyncSession, platform_id: int, hash_id: int) -> Sequence[PartnerFeedback]:
    rows = await db.scalars(
        select(PartnerFeedback)
        .where(
            PartnerFeedback.platform_id == platform_id,
            PartnerFeedback.hash_id == hash_id,
            PartnerFeedback.kind == "match",
        )
        .order_by(PartnerFeedback.id)
    )
    return rows.all()


async def match_by_key(db: AsyncSession, platform_id: int, key: str) -> PartnerFeedback | None:
    return (
        await db.scalars(
            select(PartnerFeedback).where(
                PartnerFeedback.platform_id == platform_id,
                PartnerFeedback.kind == "match",
                PartnerFeedback.idempotency_key == key,
            )
        )
    ).first()


async def add_and_flush(db: AsyncSession, *rows: PartnerFeedback) -> None:
    db.add_all(rows)
    await db.flush()


# -- the young person's requests -------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    case: RemovalCase
    places: int
    active_hashes: int


async def cases_of_youth(db: AsyncSession, contact_id: int) -> Sequence[RemovalCase]:
    rows = await db.scalars(
        select(RemovalCase)
        .where(RemovalCase.youth_contact_id == contact_id)
        .order_by(RemovalCase.created_at.desc(), RemovalCase.id.desc())
    )
    return rows.all()


async def requests_of_youth(db: AsyncSession, contact_id: int) -> list[RequestRow]:
    places = (
        select(func.count(RemovalItem.id))
        .where(RemovalItem.case_id == RemovalCase.id)
        .correlate(RemovalCase)
        .scalar_subquery()
    )
    hashes = (
        select(func.count(BankHash.id))
        .where(BankHash.case_id == RemovalCase.id, BankHash.status == "active")
        .correlate(RemovalCase)
        .scalar_subquery()
    )
    rows = await db.execute(
        select(RemovalCase, places, hashes)
        .where(RemovalCase.youth_contact_id == contact_id)
        .order_by(RemovalCase.created_at.desc(), RemovalCase.id.desc())
    )
    return [RequestRow(case, int(p or 0), int(h or 0)) for case, p, h in rows.all()]
