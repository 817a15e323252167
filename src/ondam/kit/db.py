"""Database engine and the unit of work.

One request or one job is one transaction: services and repositories never commit; the boundary
(:func:`unit_of_work`) commits when the work finished without an exception and rolls back otherwise.
Work that must only happen once the data is durable (enqueueing jobs, publishing realtime events) is
registered with :meth:`UnitOfWork.after_commit` and runs after the commit succeeded.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

AfterCommit = Callable[[], Awaitable[None]]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver must not manage transactions itself: SQLAlchemy emits BEGIN (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # BEGIN IMMEDIATE takes the write lock at the start, so a transaction that reads and then writes
    # (almost every request writes an audit row) never fails half way with SQLITE_BUSY_SNAPSHOT.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, echo: bool = False, pool: bool = True) -> AsyncEngine:
    kwargs: dict[str, Any] = {"echo": echo}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"timeout": 10}
        if not pool:
            kwargs["poolclass"] = NullPool
    else:
        if pool:
            kwargs.update(pool_size=10, max_overflow=10, pool_pre_ping=True, pool_timeout=10)
        else:
            kwargs["poolclass"] = NullPool
        kwargs["connect_args"] = {"timeout": 5}
    engine = create_async_engine(url, **kwargs)
    if url.startswith("sqlite"):
        sync_engine: Engine = engine.sync_engine
        event.listen(sync_engine, "connect", _sqlite_pragmas)
        event.listen(sync_engine, "begin", _sqlite_begin)
    return engine


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)


@dataclass
class UnitOfWork:
    session: AsyncSession
    _after_commit: list[AfterCommit] = field(default_factory=list)

    def after_commit(self, callback: AfterCommit) -> None:
        """Run ``callback`` once this unit of work has committed; dropped on rollback."""
        self._after_commit.append(callback)


@asynccontextmanager
async def unit_of_work(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[UnitOfWork]:
    async with sessionmaker() as session:
        uow = UnitOfWork(session)
        session.info["uow"] = uow
        try:
            yield uow
        except BaseException:
            await session.rollback()
            raise
        await session.commit()
    for callback in uow._after_commit:
        try:
            await callback()
        except Exception:
            # The data is committed; a failed side effect must not turn the request into an error.
            log.exception("after-commit callback failed")


def uow_of(session: AsyncSession) -> UnitOfWork:
    """The unit of work a session belongs to (for services that schedule after-commit work)."""
    uow = session.info.get("uow")
    if not isinstance(uow, UnitOfWork):
        raise RuntimeError("session is not managed by a unit of work")
    return uow


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
