"""Liveness and readiness. Readiness checks the database, the job queue and the event bus."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

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
    return JSONResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status_code=200 if ready else 503
    )
