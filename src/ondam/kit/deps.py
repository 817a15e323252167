"""FastAPI dependencies for infrastructure: the per-request unit of work and shared services."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.kit.db import UnitOfWork, unit_of_work
from ondam.kit.jobs import JobQueue
from ondam.kit.pubsub import PubSub
from ondam.kit.ratelimit import RateLimiter


async def _uow(request: Request) -> AsyncIterator[UnitOfWork]:
    # scope="function": commit happens when the endpoint returns, before the response is sent, so a client
    # never sees success for data that failed to commit. An exception in the endpoint rolls back.
    async with unit_of_work(request.app.state.sessionmaker) as uow:
        request.state.uow = uow
        yield uow


UoW = Annotated[UnitOfWork, Depends(_uow, scope="function")]


async def _db(uow: UoW) -> AsyncSession:
    return uow.session


DB = Annotated[AsyncSession, Depends(_db)]


def _jobs(request: Request) -> JobQueue:
    queue: JobQueue = request.app.state.jobs
    return queue


def _pubsub(request: Request) -> PubSub:
    pubsub: PubSub = request.app.state.pubsub
    return pubsub


def _limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.limiter
    return limiter


Jobs = Annotated[JobQueue, Depends(_jobs)]
Events = Annotated[PubSub, Depends(_pubsub)]
Limiter = Annotated[RateLimiter, Depends(_limiter)]


def client_ip(request: Request) -> str:
    """The client address; X-Forwarded-For is trusted only from configured proxies."""
    peer = request.client.host if request.client else "unknown"
    trusted = request.app.state.settings.trusted_proxies
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded and peer in trusted:
        return forwarded.split(",")[-1].strip()[:64]
    return peer[:64]
