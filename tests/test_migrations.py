"""Migrations run on SQLite and PostgreSQL, go down and up again, and match the models."""

from __future__ import annotations

import asyncio

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from ondam.kit.db import make_engine
from ondam.maintenance import alembic_config
from ondam.models import Base


def _diff(url: str) -> list[object]:
    async def run() -> list[object]:
        engine = make_engine(url, pool=False)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
            tables = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
        await engine.dispose()
        assert "audit_log" in tables
        return list(diff)

    return asyncio.run(run())


def test_models_match_the_migrations(db_url: str) -> None:
    assert _diff(db_url) == []


def test_downgrade_and_upgrade_again(db_url: str) -> None:
    config = alembic_config(db_url)
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    assert _diff(db_url) == []
