"""Liveness and readiness. Readiness checks the database, the job queue and the event bus.

``/readyz`` also reports this process's hash index (``hash_index``: ``ok``, ``stale``, ``missing`` or
``unknown``) but does not fail on it: a stale index still matches every hash it holds and never matches a withdrawn
one (matches are confirmed against the database), and taking the process out of service would stop all other
work without making the index fresher. See docs/decisions/0016-hash-matching-and-rechecks.md.
"""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ondam.hashing import service as matching
from ondam.kit.db import ping

router = APIRouter(tags=["health"])
log = logging.getLogger(__name__)

TIMEOUT = 3.0


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive (no dependencies are checked)."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    """Ready to serve: database, job queue and event bus reachable. 503 otherwise."""
    state = request.app.state
    checks: dict[str, str] = {}

    async def check(name: str, coro: object) -> None:
        try:
            await asyncio.wait_for(coro, TIMEOUT)  # type: ignore[arg-type]
            checks[name] = "ok"
        except Exception as exc:
            log.warning("readiness check %s failed: %s", name, type(exc).__name__)
            checks[name] = f"error: {type(exc).__name__}"

    await check("database", ping(state.engine))
    await check("jobs", asyncio.to_thread(state.jobs.ping))
    await check("events", state.pubsub.ping())
    ready = all(v == "ok" for v in checks.values())
    hash_index: dict[str, object] = {"status": "unknown"}
    if checks["database"] == "ok":
        try:
            async with state.sessionmaker() as session:
                hash_index = await asyncio.wait_for(matching.index_health(session), TIMEOUT)
        except Exception as exc:
            log.warning("readiness: hash index status unavailable: %s", type(exc).__name__)
    return JSONResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks, "hash_index": hash_index},
        status_code=200 if ready else 503,
    )
