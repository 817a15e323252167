from __future__ import annotations

from datetime import timedelta

from ondam.auth import repository
from ondam.kit.clock import utcnow
from ondam.kit.jobs import JobContext, job


@job("auth.purge_sessions", schedule={"minute": "17"})
async def purge_sessions(ctx: JobContext) -> int:
    """Delete staff sessions that ended more than a day ago (hourly)."""
    idle = timedelta(minutes=ctx.settings.session_idle_minutes)
    count = await repository.purge_sessions(ctx.session, utcnow() - timedelta(days=1), idle)
    return count
