"""`make bench` part 1: the foundation's hot paths, in-process (httpx ASGI transport, no network), against a
fresh SQLite database in a temp folder with the application's real settings (argon2 default cost, WAL,
BEGIN IMMEDIATE):
- latency of the youth start page and of a signed-in staff case list (p50/p95/p99 over N requests);
- bytes a first visit to the youth start page transfers (HTML + CSS + JS + icon, uncompressed);
- audit chain: appends per second (one row per transaction) and verification rows per second;
- one argon2 password verification.

Run: ``.venv/bin/python -m benchmarks.foundation`` (``BENCH_REQUESTS``, ``BENCH_AUDIT_ROWS``).
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

import httpx
import pyotp

from ondam.access import Role
from ondam.app import create_app
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.auth.admin import new_staff_user
from ondam.centers.service import load_reference
from ondam.kit import totp
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.passwords import hash_password, verify_password
from ondam.kit.settings import load_settings
from ondam.maintenance import migrate
from ondam.models import Case

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
AUDIT_ROWS = int(os.environ.get("BENCH_AUDIT_ROWS", "2000"))


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _latency(client: httpx.AsyncClient, url: str) -> dict[str, float]:
    for _ in range(10):
        await client.get(url)
    samples = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        response = await client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return {"p50": statistics.median(samples), "p95": _pct(samples, 0.95), "p99": _pct(samples, 0.99)}


async def measure() -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="ondam-bench-"))
    url = f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
    await asyncio.to_thread(migrate, url)
    settings = load_settings(env="test", data_dir=tmp, database_url=url, _env_file=None)
    app = create_app(settings, configure_logging=False)
    maker = app.state.sessionmaker
    now = utcnow()
    secret = totp.new_secret()
    async with unit_of_work(maker) as uow:
        await load_reference(uow.session)
        uow.session.add(
            new_staff_user(
                username="bench",
                display_name="Bench",
                role=Role.SUPERVISOR.value,
                center="seoul",
                password="bench password 123",
                totp_secret=secret,
            )
        )
        for i in range(200):
            uow.session.add(
                Case(
                    reference=f"B-{i:06d}",
                    center_code="seoul" if i % 2 else "busan",
                    status="open",
                    age_band="16_18",
                    region_code="KR-11",
                    summary="synthetic benchmark summary " * 4,
                    opened_at=now,
                    updated_at=now,
                )
            )

    results: dict[str, object] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        first = await client.get("/")
        assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', first.text)
        weight = len(first.content) + sum([len((await client.get(a)).content) for a in assets])
        results["youth_start_bytes"] = weight
        results["youth_start"] = await _latency(client, "/")

        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', (await client.get("/staff/login")).text)
        assert token
        await client.post(
            "/staff/login",
            data={"username": "bench", "password": "bench password 123", "csrf_token": token.group(1)},
        )
        await client.post(
            "/staff/login/code", data={"code": pyotp.TOTP(secret).now(), "csrf_token": token.group(1)}
        )
        results["staff_case_list"] = await _latency(client, "/staff/cases")

    start = time.perf_counter()
    for i in range(AUDIT_ROWS):
        async with unit_of_work(maker) as uow:
            await audit.record(uow.session, Actor("staff", "1"), "case.read", subject=f"case:{i}")
    results["audit_appends_per_s"] = AUDIT_ROWS / (time.perf_counter() - start)
    async with unit_of_work(maker) as uow:
        total = await audit.verify(uow.session)
        start = time.perf_counter()
        total = await audit.verify(uow.session)
        elapsed = time.perf_counter() - start
    assert total.ok
    results["audit_verify_rows_per_s"] = total.checked / elapsed
    results["audit_rows_verified"] = total.checked

    stored = hash_password("a realistic password 42")
    start = time.perf_counter()
    verify_password(stored, "a realistic password 42")
    results["argon2_verify_ms"] = (time.perf_counter() - start) * 1000
    await app.state.engine.dispose()
    return results


def run() -> dict[str, object]:
    results = asyncio.run(measure())
    results["requests"] = REQUESTS
    results["audit_rows"] = AUDIT_ROWS
    return results


def _lat(v: object) -> str:
    assert isinstance(v, dict)
    return f"p50 {v['p50']:.1f} ms, p95 {v['p95']:.1f} ms, p99 {v['p99']:.1f} ms"


def table(r: dict[str, object]) -> list[str]:
    """The figures as Markdown table rows (measure, result, target from docs/goals.md)."""
    return [
        "| what | result | target (docs/goals.md) |",
        "| --- | --- | --- |",
        f"| youth start page, first visit, bytes transferred (HTML+CSS+JS+icon, uncompressed) | "
        f"{r['youth_start_bytes']:,} B | < 100 kB |",
        f"| youth start page latency | {_lat(r['youth_start'])} | p95 < 200 ms |",
        f"| staff case list (signed in, 100 of 200 cases in scope, 50 shown) | {_lat(r['staff_case_list'])} "
        "| p95 < 200 ms |",
        f"| audit append, one row per committed transaction | {r['audit_appends_per_s']:.0f} rows/s | — |",
        f"| audit chain verification ({r['audit_rows_verified']} rows) | {r['audit_verify_rows_per_s']:.0f} rows/s "
        "| >= 10,000 rows/s |",
        f"| one argon2id password verification (argon2-cffi defaults) | {r['argon2_verify_ms']:.0f} ms | — |",
    ]


if __name__ == "__main__":
    print("\n".join(table(run())))
