"""Imports every domain's tasks module so that their jobs are registered before a queue is built.

Jobs of infrastructure that needs a model (``kit/`` knows none) are defined here.
"""

from typing import cast

from sqlalchemy import Table

from ondam.audit import tasks as audit_tasks
from ondam.auth import tasks as auth_tasks
from ondam.counselling import supervision_tasks as counselling_supervision_tasks
from ondam.counselling.channels import tasks as counselling_channel_tasks
from ondam.hashing import tasks as hashing_tasks
from ondam.kit import idempotency
from ondam.kit.jobs import JobContext, job
from ondam.models import IdempotentResponse
from ondam.removal import tasks as removal_tasks

__all__ = [
    "audit_tasks",
    "auth_tasks",
    "counselling_channel_tasks",
    "counselling_supervision_tasks",
    "hashing_tasks",
    "removal_tasks",
]


@job("idempotency.purge", schedule={"minute": "41"})
async def purge_idempotent_responses(ctx: JobContext) -> int:
    """Delete the kept answers of retry-safe requests once their 24 hours are over (hourly)."""
    return await idempotency.purge_expired(ctx.session, cast(Table, IdempotentResponse.__table__))
