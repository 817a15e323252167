"""Periodic jobs of removal work."""

from __future__ import annotations

from ondam.kit.jobs import JobContext, job
from ondam.removal import service


@job("removal.raise_overdue_alerts", schedule={"minute": "*/10"})
async def raise_overdue_alerts(ctx: JobContext) -> int:
    """Raise one removal.overdue alert per item past its deadline (every 10 minutes)."""
    return await service.raise_overdue_alerts(ctx.session)
