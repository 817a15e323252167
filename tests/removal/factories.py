"""Removal cases and items for tests, each built in its own committed unit of work."""

from __future__ import annotations

import itertools
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import BankHash, RemovalCase, RemovalItem
from ondam.removal import states

_seq = itertools.count(1)
_DEFAULT = object()


async def make_removal_case(
    maker: async_sessionmaker[AsyncSession],
    *,
    urls: tuple[str, ...] = ("https://images.example.com/p/1",),
    state: str = "found",
    due_in: timedelta | object | None = _DEFAULT,
    consent_forward_center: bool = True,
    consent_share_hashes: bool = True,
    status: str = "open",
    assigned_officer_id: int | None = None,
    description: str | None = "synthetic test case",
    platform: str | None = None,
) -> int:
    """A case with one item per URL, all in ``state``; ``due_in`` overrides the state's deadline from now."""
    now = utcnow()
    async with unit_of_work(maker) as uow:
        consented = consent_forward_center or consent_share_hashes
        case = RemovalCase(
            reference=f"RT-{next(_seq):06d}",
            status=status,
            source="staff",
            consent_share_hashes=consent_share_hashes,
            consent_forward_center=consent_forward_center,
            consent_text_version="staff-2026-1" if consented else None,
            consent_at=now if consented else None,
            description=description,
            assigned_officer_id=assigned_officer_id,
            created_at=now,
            updated_at=now,
        )
        uow.session.add(case)
        await uow.session.flush()
        for url in urls:
            host = url.split("://", 1)[1].split("/", 1)[0]
            due = states.due_at(state, now) if due_in is _DEFAULT else (now + due_in if due_in else None)  # type: ignore[operator]
            uow.session.add(
                RemovalItem(
                    case_id=case.id,
                    url=url,
                    host=host,
                    platform=platform,
                    state=state,
                    source="officer",
                    due_at=due,
                    created_at=now,
                    updated_at=now,
                )
            )
        await uow.session.flush()
        return case.id


async def item_ids(maker: async_sessionmaker[AsyncSession], case_id: int) -> list[int]:
    from sqlalchemy import select  # noqa: PLC0415

    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(
            select(RemovalItem.id).where(RemovalItem.case_id == case_id).order_by(RemovalItem.id)
        )
        return list(rows.all())


async def make_removal_item(maker: async_sessionmaker[AsyncSession], **kwargs: object) -> int:
    """One item (in a new case); returns the item's id."""
    case_id = await make_removal_case(maker, **kwargs)  # type: ignore[arg-type]
    return (await item_ids(maker, case_id))[0]


async def add_bank_hash(
    maker: async_sessionmaker[AsyncSession], case_id: int, value: str, *, status: str = "active"
) -> None:
    now = utcnow()
    async with unit_of_work(maker) as uow:
        uow.session.add(
            BankHash(
                case_id=case_id,
                signal_type="sha256",
                value=value,
                value_digest=f"digest-{next(_seq)}",
                media_kind="image",
                status=status,
                added_by="officer",
                created_at=now,
                withdrawn_at=now if status == "withdrawn" else None,
            )
        )
