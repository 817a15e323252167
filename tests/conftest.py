"""Test set-up: migrate once, give every test its own copy of the database.

SQLite (default): the migrated file is copied for each test. PostgreSQL (ONDAM_TEST_DATABASE_URL set): the
migrated database is a template and each test gets ``CREATE DATABASE ... TEMPLATE``. Each test therefore sees
real commits, several connections and the real migrations, and nothing leaks between tests.
Redis (ONDAM_TEST_REDIS_URL set) is used for the job queue, pub/sub and rate limits, with a key prefix
unique to each test.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import text

from ondam.app import create_app
from ondam.kit import clock, passwords
from ondam.kit.db import make_engine, make_sessionmaker
from ondam.kit.settings import Settings, load_settings
from ondam.maintenance import migrate

PG_URL = os.environ.get("ONDAM_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("ONDAM_TEST_REDIS_URL", "")
_counter = itertools.count()
passwords.use_cheap_parameters_for_tests()


def _pg_admin_url(url: str) -> str:
    return url.rsplit("/", 1)[0] + "/postgres"


async def _pg_exec(statement: str) -> None:
    import asyncpg  # noqa: PLC0415

    dsn = _pg_admin_url(PG_URL).replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def _load_reference(url: str) -> None:
    """Reference data (regions, centers, help lines) is part of every test database."""
    from ondam.centers.service import load_reference  # noqa: PLC0415
    from ondam.kit.db import unit_of_work  # noqa: PLC0415

    engine = make_engine(url, pool=False)
    async with unit_of_work(make_sessionmaker(engine)) as uow:
        await load_reference(uow.session)
    await engine.dispose()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if PG_URL:
        name = f"ondam_tpl_{os.getpid()}"
        asyncio.run(_pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        asyncio.run(_pg_exec(f'CREATE DATABASE "{name}"'))
        url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
        migrate(url)
        asyncio.run(_load_reference(url))
        yield name
        asyncio.run(_pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    else:
        path = tmp_path_factory.mktemp("template") / "template.sqlite3"
        migrate(f"sqlite+aiosqlite:///{path}")
        asyncio.run(_load_reference(f"sqlite+aiosqlite:///{path}"))
        yield str(path)


@pytest.fixture
async def db_url(template_db: str, tmp_path: Path) -> AsyncIterator[str]:
    if PG_URL:
        name = f"ondam_t_{os.getpid()}_{next(_counter)}"
        await _pg_exec(f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
        yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
        await _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path = tmp_path / "ondam.sqlite3"
        shutil.copyfile(template_db, path)
        yield f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return load_settings(
        env="test",
        data_dir=tmp_path / "data",
        database_url=db_url,
        redis_url=REDIS_URL,
        redis_prefix=f"ondamtest:{uuid.uuid4().hex[:12]}",
        _env_file=None,
    )


@pytest.fixture(autouse=True)
def _reset_clock() -> Iterator[None]:
    clock.reset()
    yield
    clock.reset()


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[object]:
    application = create_app(settings, configure_logging=False)
    yield application
    await application.state.pubsub.close()
    if application.state.redis is not None:
        keys = [k async for k in application.state.redis.scan_iter(f"{settings.redis_prefix}*")]
        if keys:
            await application.state.redis.delete(*keys)
        await application.state.redis.aclose()
    await application.state.engine.dispose()


@pytest.fixture
async def client(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.10", 50000))  # type: ignore[arg-type]
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", follow_redirects=False
    ) as c:
        yield c


@pytest.fixture
async def new_client(app: object) -> AsyncIterator[object]:
    """A factory for more browsers (other devices) against the same app."""
    made: list[httpx.AsyncClient] = []

    def make(ip: str = "203.0.113.11") -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(ip, 50001))  # type: ignore[arg-type]
        c = httpx.AsyncClient(transport=transport, base_url="http://testserver", follow_redirects=False)
        made.append(c)
        return c

    yield make
    for c in made:
        await c.aclose()


@pytest.fixture
def sessionmaker(app: object):  # type: ignore[no-untyped-def]
    return app.state.sessionmaker  # type: ignore[attr-defined]


def all_routes(app: object) -> list[APIRoute]:
    """Every endpoint, including those of included routers (the app adds routers without a prefix)."""
    found: list[APIRoute] = []

    def walk(routes: list[object]) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.append(route)
            elif hasattr(route, "original_router"):
                walk(route.original_router.routes)

    walk(app.routes)  # type: ignore[attr-defined]
    return found


CSRF_RE = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


async def raw_sql(url: str, statement: str) -> None:
    """Run SQL outside the app (used to simulate tampering)."""
    engine = make_engine(url, pool=False)
    async with engine.begin() as conn:
        await conn.execute(text(statement))
    await engine.dispose()


__all__ = ["csrf_from", "make_sessionmaker", "raw_sql"]
