"""The unit of work: one transaction per request or job, committed at the boundary."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from ondam.kit.db import unit_of_work, uow_of
from ondam.models import Case
from tests.factories import make_case


async def _count(maker) -> int:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        return int((await uow.session.execute(select(func.count()).select_from(Case))).scalar_one())


async def test_commit_at_the_boundary_and_rollback_on_error(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    await make_case(sessionmaker)
    assert await _count(sessionmaker) == 1
    with pytest.raises(RuntimeError):
        async with unit_of_work(sessionmaker) as uow:
            case = await uow.session.get(Case, 1)
            assert case is not None
            case.status = "closed"
            await uow.session.flush()
            raise RuntimeError("half way")
    async with unit_of_work(sessionmaker) as uow:
        case = await uow.session.get(Case, 1)
        assert case is not None
        assert case.status == "open"


async def test_after_commit_callbacks(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    ran: list[str] = []

    async def note(label: str) -> None:
        ran.append(label)

    with pytest.raises(RuntimeError):
        async with unit_of_work(sessionmaker) as uow:
            uow.after_commit(lambda: note("rolled back"))
            raise RuntimeError

    async def failing() -> None:
        raise ValueError("side effect failed")

    async with unit_of_work(sessionmaker) as uow:
        assert uow_of(uow.session) is uow
        uow.after_commit(failing)  # logged, does not undo the commit or stop the next callback
        uow.after_commit(lambda: note("committed"))
    assert ran == ["committed"]


async def test_sqlite_uses_wal(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    if not settings.is_sqlite:
        pytest.skip("SQLite only")
    async with unit_of_work(sessionmaker) as uow:
        mode = (await uow.session.execute(text("PRAGMA journal_mode"))).scalar_one()
        fks = (await uow.session.execute(text("PRAGMA foreign_keys"))).scalar_one()
    assert mode == "wal"
    assert fks == 1
