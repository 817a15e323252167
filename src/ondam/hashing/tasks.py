"""Periodic jobs of hash matching: re-checking the places of removal items, and keeping the index current."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from ondam.hashing import service
from ondam.kit.db import make_sessionmaker
from ondam.kit.jobs import JobContext, job
from ondam.removal import recheck


def _own_sessionmaker(ctx: JobContext) -> async_sessionmaker[AsyncSession]:
    """A sessionmaker on the job's engine: the re-check commits each item in its own transactions and keeps
    none open while it fetches, so the job's own unit of work is left unused (no transaction is begun)."""
    bind = ctx.session.bind
    if not isinstance(bind, AsyncEngine):  # pragma: no cover - sessionmakers are bound to an engine
        raise RuntimeError("the job's session is not bound to an engine")
    return make_sessionmaker(bind)


@job("hashing.recheck_open_items", schedule={"minute": "23", "hour": "*/6"})
async def recheck_open_items(ctx: JobContext) -> dict[str, object]:
    """Re-check the URLs of open removal items and match what they show against the bank (every 6 hours)."""
    summary = await recheck.run_rechecks(_own_sessionmaker(ctx), ctx.settings)
    return summary.as_dict()


@job("hashing.recheck_item")
async def recheck_item(ctx: JobContext, item_id: int) -> dict[str, object]:
    """Re-check one removal item now (enqueue it after commit, e.g. from an officer's action)."""
    summary = await recheck.run_rechecks(_own_sessionmaker(ctx), ctx.settings, item_ids=[item_id])
    return summary.as_dict()


@job("hashing.refresh_index", schedule={"minute": "*"})
async def refresh_matcher_index(ctx: JobContext) -> dict[str, object]:
    """Bring this worker process's hash index up to date with the bank (every minute)."""
    result = await service.ensure_index(ctx.session, settings=ctx.settings, force=True)
    return {
        "action": result.action,
        "version": result.version,
        "added": result.added,
        "removed": result.removed,
    }
