"""Background jobs on huey: durable SQLite storage embedded, Redis in production (see docs/decisions/0003).

Jobs are ``async def job(ctx: JobContext, **kwargs)`` functions registered with :func:`job`. Each run is one
unit of work (one transaction committed at the end). Enqueue them with :meth:`JobQueue.enqueue_after_commit`
so that a job never runs for data that was rolled back. Every job, periodic or not, can be run once from the
CLI (``ondam jobs run NAME``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huey import Huey, RedisHuey, SqliteHuey, crontab
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from ondam.kit.db import UnitOfWork, make_engine, make_sessionmaker, unit_of_work

log = logging.getLogger(__name__)


@dataclass
class JobContext:
    uow: UnitOfWork
    settings: Any
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def session(self) -> AsyncSession:
        return self.uow.session


JobFn = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class JobSpec:
    name: str
    fn: JobFn
    schedule: dict[str, str] | None  # crontab fields for periodic jobs
    description: str


REGISTRY: dict[str, JobSpec] = {}


def job(name: str, *, schedule: dict[str, str] | None = None) -> Callable[[JobFn], JobFn]:
    """Register an async job. ``schedule`` takes crontab fields, e.g. ``{"minute": "*/15"}``."""

    def register(fn: JobFn) -> JobFn:
        if name in REGISTRY and REGISTRY[name].fn is not fn:
            raise RuntimeError(f"job {name!r} registered twice")
        summary = (fn.__doc__ or "").strip().split("\n", 1)[0]
        REGISTRY[name] = JobSpec(name, fn, schedule, summary)
        return fn

    return register


class UnknownJobError(KeyError):
    pass


class _ThreadRuntime(threading.local):
    loop: asyncio.AbstractEventLoop | None = None
    engine: AsyncEngine | None = None
    sessionmaker: async_sessionmaker[AsyncSession] | None = None


class JobQueue:
    """Wraps one huey instance; tasks are registered on it from :data:`REGISTRY`."""

    def __init__(self, settings: Any, *, backend: str | None = None, huey: Huey | None = None) -> None:
        self.settings = settings
        self.backend = backend or settings.jobs_backend
        self._sessionmaker: async_sessionmaker[AsyncSession] | None = None
        self._thread = _ThreadRuntime()
        if huey is not None:
            self.huey = huey
        elif self.backend == "redis":
            self.huey = RedisHuey(settings.redis_prefix, url=settings.redis_url, results=False)
        else:
            path = Path(settings.data_dir) / "jobs.sqlite3"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.huey = SqliteHuey(settings.redis_prefix, filename=str(path), results=False)
        self._tasks: dict[str, Any] = {}
        for spec in REGISTRY.values():
            self._register(spec)

    def use_sessionmaker(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        """In-process runs (immediate backend, CLI) share the caller's engine."""
        self._sessionmaker = sessionmaker

    def _register(self, spec: JobSpec) -> None:
        def run(**kwargs: Any) -> None:
            self._run_in_thread(spec.name, kwargs)

        run.__name__ = spec.name.replace(".", "_")
        if spec.schedule is not None:
            task = self.huey.periodic_task(crontab(**spec.schedule), name=spec.name)(run)
        else:
            task = self.huey.task(name=spec.name, retries=3, retry_delay=10)(run)
        self._tasks[spec.name] = task

    # -- running ---------------------------------------------------------------------------------------

    def _run_in_thread(self, name: str, kwargs: dict[str, Any]) -> None:
        """Worker threads keep their own event loop and engine for their lifetime."""
        rt = self._thread
        if rt.loop is None:
            rt.loop = asyncio.new_event_loop()
            rt.engine = make_engine(self.settings.database_url, pool=False)
            rt.sessionmaker = make_sessionmaker(rt.engine)
        assert rt.sessionmaker is not None
        rt.loop.run_until_complete(self.run_now(name, kwargs, sessionmaker=rt.sessionmaker))

    async def run_now(
        self,
        name: str,
        kwargs: dict[str, Any] | None = None,
        *,
        sessionmaker: async_sessionmaker[AsyncSession] | None = None,
    ) -> Any:
        """Run a job here and now in its own unit of work (CLI, immediate mode, worker threads)."""
        spec = REGISTRY.get(name)
        if spec is None:
            raise UnknownJobError(name)
        maker = sessionmaker or self._sessionmaker
        if maker is None:
            raise RuntimeError("JobQueue has no database; call use_sessionmaker() first")
        log.info("job start", extra={"job": name})
        async with unit_of_work(maker) as uow:
            result = await spec.fn(JobContext(uow=uow, settings=self.settings), **(kwargs or {}))
        log.info("job done", extra={"job": name})
        return result

    # -- enqueueing ------------------------------------------------------------------------------------

    async def enqueue(self, name: str, **kwargs: Any) -> None:
        if name not in self._tasks:
            raise UnknownJobError(name)
        if self.backend == "immediate":
            await self.run_now(name, kwargs)
            return
        task = self._tasks[name]
        await asyncio.to_thread(task, **kwargs)

    def enqueue_after_commit(self, uow: UnitOfWork, name: str, **kwargs: Any) -> None:
        if name not in self._tasks:
            raise UnknownJobError(name)

        async def _enqueue() -> None:
            await self.enqueue(name, **kwargs)

        uow.after_commit(_enqueue)

    def pending_count(self) -> int:
        return int(self.huey.pending_count())

    def drain(self) -> int:
        """Execute every queued task in this thread (used by tests). Returns how many ran."""
        ran = 0
        while True:
            task = self.huey.dequeue()
            if task is None:
                return ran
            self.huey.execute(task)
            ran += 1

    def ping(self) -> None:
        """Raise if the queue storage cannot be reached (readiness)."""
        self.huey.pending_count()

    def consumer(self, workers: int) -> Any:
        return self.huey.create_consumer(
            workers=workers, worker_type="thread", periodic=True, check_worker_health=True
        )
