"""Background jobs: enqueued only after commit, durable across restarts, run by `ondam worker` and the CLI."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.cli import app as cli_app
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.jobs import REGISTRY, JobContext, JobQueue, UnknownJobError, job
from ondam.kit.settings import Settings, get_settings
from ondam.models import AuditEntry, StaffSession
from tests.factories import make_staff


@job("test.mark")
async def mark(ctx: JobContext, label: str) -> None:
    """Test job: leave a trace in the audit log."""
    await audit.record(ctx.session, Actor.system("test"), "test.mark", details={"label": label})


async def _marks(maker) -> list[str]:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(select(AuditEntry.details).where(AuditEntry.action == "test.mark"))
        return list(rows.all())


async def test_job_is_enqueued_only_after_commit(app, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    queue: JobQueue = app.state.jobs
    with pytest.raises(RuntimeError):
        async with unit_of_work(sessionmaker) as uow:
            queue.enqueue_after_commit(uow, "test.mark", label="rolled back")
            raise RuntimeError("boom")
    assert queue.pending_count() == 0
    async with unit_of_work(sessionmaker) as uow:
        queue.enqueue_after_commit(uow, "test.mark", label="committed")
        assert queue.pending_count() == 0  # not before the commit
    assert queue.pending_count() == 1
    assert await asyncio.to_thread(queue.drain) == 1
    assert await _marks(sessionmaker) == ['{"label": "committed"}']


async def test_queue_survives_a_restart(app, settings: Settings, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    first = JobQueue(settings)
    await first.enqueue("test.mark", label="before restart")
    del first
    restarted = JobQueue(settings)  # a new process would build exactly this
    assert restarted.pending_count() == 1
    assert await asyncio.to_thread(restarted.drain) == 1
    assert await _marks(sessionmaker) == ['{"label": "before restart"}']


async def test_immediate_backend_runs_inline(settings: Settings, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    queue = JobQueue(settings, backend="immediate")
    queue.use_sessionmaker(sessionmaker)
    async with unit_of_work(sessionmaker) as uow:
        queue.enqueue_after_commit(uow, "test.mark", label="inline")
    assert await _marks(sessionmaker) == ['{"label": "inline"}']


async def test_unknown_job_is_refused(app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownJobError):
        await app.state.jobs.enqueue("no.such.job")


def test_periodic_jobs_are_registered() -> None:
    periodic = {name for name, spec in REGISTRY.items() if spec.schedule}
    assert {"auth.purge_sessions", "audit.verify_chain"} <= periodic


def _env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONDAM_")}
    env.update(
        {
            "ONDAM_ENV": "test",
            "ONDAM_DATABASE_URL": settings.database_url,
            "ONDAM_REDIS_URL": settings.redis_url,
            "ONDAM_REDIS_PREFIX": settings.redis_prefix,
            "ONDAM_AUDIT_KEY": settings.audit_key.get_secret_value(),
            "ONDAM_ENCRYPTION_KEYS": settings.encryption_keys.get_secret_value(),
            "ONDAM_SECRET_KEY": settings.secret_key.get_secret_value(),
            "ONDAM_DATA_DIR": str(settings.data_dir),
        }
    )
    return env


async def test_any_job_can_be_run_once_from_the_cli(settings: Settings, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    old = utcnow() - timedelta(days=3)
    async with unit_of_work(sessionmaker) as uow:
        uow.session.add(
            StaffSession(
                token_hash="a" * 64,
                user_id=staff.id,
                mfa_passed=True,
                created_at=old,
                last_seen_at=old,
                expires_at=old + timedelta(hours=1),
                ip="x",
                user_agent="y",
            )
        )
        # Idle for two days although its absolute expiry is still ahead: purged too.
        uow.session.add(
            StaffSession(
                token_hash="b" * 64,
                user_id=staff.id,
                mfa_passed=True,
                created_at=old,
                last_seen_at=old,
                expires_at=utcnow() + timedelta(hours=5),
                ip="x",
                user_agent="y",
            )
        )
        # In use right now: kept.
        uow.session.add(
            StaffSession(
                token_hash="c" * 64,
                user_id=staff.id,
                mfa_passed=True,
                created_at=utcnow(),
                last_seen_at=utcnow(),
                expires_at=utcnow() + timedelta(hours=5),
                ip="x",
                user_agent="y",
            )
        )
    get_settings.cache_clear()
    try:
        result = await asyncio.to_thread(
            CliRunner().invoke, cli_app, ["jobs", "run", "auth.purge_sessions"], env=_env(settings)
        )
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "auth.purge_sessions: 2" in result.output
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.execute(select(func.count()).select_from(StaffSession))).scalar_one() == 1


async def test_worker_process_runs_queued_jobs(app, settings: Settings, sessionmaker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    await app.state.jobs.enqueue("audit.verify_chain")
    ondam = Path(sys.executable).parent / "ondam"
    proc = subprocess.Popen(
        [str(ondam), "worker", "--workers", "1"],
        env=_env(settings),
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "worker.log").open("w"),
    )
    try:
        for _ in range(150):
            async with unit_of_work(sessionmaker) as uow:
                done = (
                    await uow.session.execute(
                        select(func.count())
                        .select_from(AuditEntry)
                        .where(AuditEntry.action == "audit.verify")
                    )
                ).scalar_one()
            if done:
                break
            await asyncio.sleep(0.1)
        assert done == 1, (tmp_path / "worker.log").read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert app.state.jobs.pending_count() == 0
