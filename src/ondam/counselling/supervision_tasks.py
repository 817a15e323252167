"""Periodic job of live-counselling supervision (registered through ``ondam.tasks``)."""

from __future__ import annotations

from ondam.counselling import supervision
from ondam.kit.jobs import JobContext, job


@job("counselling.raise_waiting_alerts", schedule={"minute": "*"})
async def raise_waiting_alerts(ctx: JobContext) -> int:
    """Raise one supervisor alert per waiting conversation and reason (urgent, waiting too long), every minute."""
    return await supervision.raise_waiting_alerts(
        ctx.session, int(ctx.settings.supervisor_alert_wait_minutes)
    )
