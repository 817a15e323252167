"""Live chat under load: 1,000 young people and 100 counsellors (10 conversations each) on real WebSockets.

`.venv/bin/python -m benchmarks.chat` (or ``run()`` from benchmarks/run.py):

1. A fresh database (PostgreSQL when reachable, else SQLite) with 100 counsellors, 1,000 youth contacts and
   1,000 accepted conversations; Redis pub/sub when reachable (else in-process). One ``ondam serve`` process
   (uvicorn) is started on a free port.
2. 2,000 sockets are opened: each young person's ``/ws/chat`` and, for each conversation, the counsellor's
   ``/ws/staff/chat/{id}`` (a counsellor's console keeps one per open chat: 100 counsellors x 10).
3. Fixed load: 200 messages/s, first ``BENCH_CHAT_WARMUP_SECONDS`` (10: every conversation's first two
   messages, new database connections and prepared statements; reported separately), then
   ``BENCH_CHAT_SECONDS`` (default 30), spread round-robin over the conversations, alternating
   youth -> counsellor and counsellor -> youth. Latency is end to end: from the sender's ``send`` frame to the
   other side receiving the ``message`` frame (same process, same clock). ``ondam serve --workers 2`` (one
   process per core, ``BENCH_CHAT_WORKERS``), the production shape on this machine.
4. Saturation: every conversation keeps one message in flight for ``BENCH_CHAT_SATURATION_SECONDS`` (10): the
   most the system delivers per second.
5. The same two phases against a bare WebSocket server (``websockets``, in a subprocess) that relays each frame
   to the other socket of its room - an echo across the pair, with no database, no auth, no pub/sub - and the
   ratio of Ondam's delivery rate to it.

Client and servers share this machine's cores, so the numbers include the load generator's own CPU use.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import json
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import websockets

YOUTH = 1_000
COUNSELLORS = 100
RATE = float(os.environ.get("BENCH_CHAT_RATE", "200"))
SECONDS = float(os.environ.get("BENCH_CHAT_SECONDS", "30"))
SATURATION_SECONDS = float(os.environ.get("BENCH_CHAT_SATURATION_SECONDS", "10"))
WORKERS = int(os.environ.get("BENCH_CHAT_WORKERS", "2"))  # uvicorn worker processes (one per core)
WARMUP_SECONDS = float(os.environ.get("BENCH_CHAT_WARMUP_SECONDS", "10"))
# An admin URL: a scratch database is created on it and dropped at the end. ONDAM_BENCH_* as in benchmarks/run.py.
PG_URL = os.environ.get("ONDAM_BENCH_DATABASE_URL") or os.environ.get(
    "BENCH_CHAT_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("ONDAM_BENCH_REDIS_URL") or os.environ.get(
    "BENCH_CHAT_REDIS_URL", "redis://127.0.0.1:6379/0"
)
BODY = "벤치마크 메시지 {n}: 오늘 이야기하고 싶은 게 있어요"

BARE_SERVER = r"""
import asyncio, sys
import websockets

rooms = {}

async def handler(ws):
    room, side = ws.request.path.strip("/").split("/")[1:3]
    peers = rooms.setdefault(room, {})
    peers[side] = ws
    try:
        async for frame in ws:
            other = peers.get("staff" if side == "youth" else "youth")
            if other is not None:
                await other.send(frame)
    finally:
        peers.pop(side, None)

async def main():
    async with websockets.serve(handler, "127.0.0.1", int(sys.argv[1]), max_size=2**16, compression=None):
        await asyncio.Future()

asyncio.run(main())
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _wait_http(proc: subprocess.Popen[bytes], url: str, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server did not start: {log.read_text(errors='replace')[-3000:]}")


def _wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


# -- set-up ----------------------------------------------------------------------------------------------


@dataclass
class Setup:
    database_url: str
    database: str
    redis_url: str
    env: dict[str, str]
    pairs: list[tuple[int, str, str]]  # conversation id, youth cookie, staff cookie
    cleanup: list[Any] = field(default_factory=list)


async def _reachable_pg() -> bool:
    try:
        import asyncpg  # noqa: PLC0415

        conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg://", "postgresql://"), timeout=3)
        await conn.close()
        return True
    except Exception:
        return False


async def _reachable_redis() -> bool:
    from redis.asyncio import Redis  # noqa: PLC0415

    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
        return True
    except Exception:
        return False
    finally:
        await client.aclose()


async def _pg_admin(statement: str) -> None:
    import asyncpg  # noqa: PLC0415

    conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def prepare(tmp: Path) -> Setup:
    from ondam.access import Role  # noqa: PLC0415
    from ondam.auth.admin import new_staff_user  # noqa: PLC0415
    from ondam.auth.service import hash_token  # noqa: PLC0415
    from ondam.centers.service import load_reference  # noqa: PLC0415
    from ondam.kit import passwords  # noqa: PLC0415
    from ondam.kit.clock import utcnow  # noqa: PLC0415
    from ondam.kit.db import make_engine, make_sessionmaker, unit_of_work  # noqa: PLC0415
    from ondam.kit.settings import load_settings, new_encryption_key  # noqa: PLC0415
    from ondam.maintenance import migrate  # noqa: PLC0415
    from ondam.models import ChatParticipant, Conversation, StaffSession  # noqa: PLC0415
    from ondam.youth import service as youth  # noqa: PLC0415

    # Set-up speed only: the 1,100 PINs and passwords made here are never used to sign in.
    passwords.use_cheap_parameters_for_tests()
    cleanup: list[Any] = []
    if await _reachable_pg():
        name = f"ondam_bench_chat_{os.getpid()}"
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await _pg_admin(f'CREATE DATABASE "{name}"')
        url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
        cleanup.append(name)
        database = "PostgreSQL"
    else:
        url = f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
        database = "SQLite"
    redis_url = REDIS_URL if await _reachable_redis() else ""
    await asyncio.to_thread(migrate, url)
    secrets_env = {
        "ONDAM_SECRET_KEY": secrets.token_urlsafe(48),
        "ONDAM_ENCRYPTION_KEYS": new_encryption_key("bench1"),
        "ONDAM_AUDIT_KEY": secrets.token_urlsafe(48),
    }
    settings = load_settings(
        env="test",
        data_dir=tmp / "data",
        database_url=url,
        secret_key=secrets_env["ONDAM_SECRET_KEY"],
        encryption_keys=secrets_env["ONDAM_ENCRYPTION_KEYS"],
        audit_key=secrets_env["ONDAM_AUDIT_KEY"],
        _env_file=None,
    )
    from ondam.app import configure_services  # noqa: PLC0415

    configure_services(settings)
    engine = make_engine(url)
    maker = make_sessionmaker(engine)
    now = utcnow()
    staff_tokens: list[tuple[int, str]] = []
    async with unit_of_work(maker) as uow:
        await load_reference(uow.session)
        for n in range(COUNSELLORS):
            user = new_staff_user(
                username=f"bench.counsellor{n}",
                display_name=f"Bench {n}",
                role=Role.COUNSELLOR.value,
                center="seoul",
                password=secrets.token_urlsafe(16),
                totp_secret=None,
                active=True,
            )
            uow.session.add(user)
            await uow.session.flush()
            token = secrets.token_urlsafe(32)
            uow.session.add(
                StaffSession(
                    token_hash=hash_token(token),
                    user_id=user.id,
                    mfa_passed=True,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + timedelta(hours=12),
                    ip="127.0.0.1",
                    user_agent="benchmark",
                )
            )
            staff_tokens.append((user.id, token))
    pairs: list[tuple[int, str, str]] = []
    for batch in range(0, YOUTH, 100):
        async with unit_of_work(maker) as uow:
            for n in range(batch, batch + 100):
                created = await youth.create_contact(uow.session, settings, age_band="15_16")
                staff_id, staff_token = staff_tokens[n % COUNSELLORS]
                conversation = Conversation(
                    youth_contact_id=created.contact.id,
                    channel="web",
                    mode="live",
                    status="active",
                    risk_level=0,
                    risk_score=0.0,
                    risk_categories="[]",
                    risk_evidence="[]",
                    danger_now=False,
                    locale="ko",
                    assigned_staff_id=staff_id,
                    last_seq=0,
                    youth_last_seen_seq=0,
                    staff_last_read_seq=0,
                    created_at=now,
                    queued_at=now,
                    accepted_at=now,
                    issue_types="[]",
                    services="[]",
                    follow_up=False,
                )
                uow.session.add(conversation)
                await uow.session.flush()
                uow.session.add(
                    ChatParticipant(
                        conversation_id=conversation.id, staff_id=staff_id, role="assigned", joined_at=now
                    )
                )
                pairs.append(
                    (
                        conversation.id,
                        f"{youth.COOKIE}={youth.session_token(settings, created.contact.id)}",
                        f"ondam_staff={staff_token}",
                    )
                )
    await engine.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONDAM_")}
    env.update(
        secrets_env,
        ONDAM_ENV="test",
        ONDAM_DATA_DIR=str(tmp / "data"),
        ONDAM_DATABASE_URL=url,
        ONDAM_REDIS_URL=redis_url,
        ONDAM_REDIS_PREFIX=f"ondambench{os.getpid()}",
        ONDAM_LOG_LEVEL="WARNING",
    )
    return Setup(url, database, redis_url, env, pairs, cleanup)


# -- load generator ----------------------------------------------------------------------------------------


@dataclass
class Pair:
    conversation_id: int
    youth_url: str
    staff_url: str
    youth_headers: dict[str, str]
    staff_headers: dict[str, str]
    youth: Any = None
    staff: Any = None


@dataclass
class Load:
    """Sockets, send times and what arrived. Works for both servers (Ondam's protocol; the bare relay
    passes the same frames through)."""

    pairs: list[Pair]
    sent_at: dict[str, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    timeline: list[tuple[float, float]] = field(default_factory=list)  # (sent at, latency ms)
    delivered_at: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    acks: int = 0
    in_flight: dict[int, asyncio.Event] = field(default_factory=dict)
    counter: itertools.count[int] = field(default_factory=itertools.count)
    readers: list[asyncio.Task[None]] = field(default_factory=list)
    warmup: dict[str, float] = field(default_factory=dict)

    async def open(self, ondam: bool, concurrency: int = 50) -> float:
        started = time.perf_counter()
        gate = asyncio.Semaphore(concurrency)

        async def one(pair: Pair) -> None:
            async with gate:
                for side in ("youth", "staff"):
                    url = pair.youth_url if side == "youth" else pair.staff_url
                    headers = pair.youth_headers if side == "youth" else pair.staff_headers
                    ws = await websockets.connect(
                        url, additional_headers=headers, open_timeout=60, max_size=2**20, compression=None
                    )
                    setattr(pair, side, ws)
                    if ondam:
                        await ws.send(json.dumps({"type": "hello", "last_seq": 0}))
                        while json.loads(await ws.recv())["type"] != "welcome":
                            pass
                    self.readers.append(asyncio.create_task(self._read(ws, pair.conversation_id, side)))

        await asyncio.gather(*(one(p) for p in self.pairs))
        return time.perf_counter() - started

    async def _read(self, ws: Any, conversation_id: int, side: str) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            async for raw in ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                # Ondam sends the stored ``message``; the bare relay passes the ``send`` frame itself through.
                if kind in ("message", "send") and frame.get("sender") != side:
                    sent = self.sent_at.pop(frame.get("client_msg_id") or "", None)
                    if sent is not None:
                        now = time.perf_counter()
                        self.latencies.append((now - sent) * 1000)
                        self.timeline.append((sent, (now - sent) * 1000))
                        self.delivered_at.append(now)
                        event = self.in_flight.get(conversation_id)
                        if event is not None:
                            event.set()
                elif kind == "ack":
                    self.acks += 1
                elif kind == "error":
                    self.errors.append(str(frame.get("code")))

    async def send(self, pair: Pair, side: str) -> None:
        n = next(self.counter)
        client_msg_id = f"b{n}"
        frame = {"type": "send", "client_msg_id": client_msg_id, "body": BODY.format(n=n), "sender": side}
        self.sent_at[client_msg_id] = time.perf_counter()
        try:
            await (pair.youth if side == "youth" else pair.staff).send(json.dumps(frame, ensure_ascii=False))
        except websockets.ConnectionClosed as closed:
            self.errors.append(f"closed {closed.rcvd.code if closed.rcvd else ''}")

    async def close(self) -> None:
        for task in self.readers:
            task.cancel()
        for pair in self.pairs:
            for ws in (pair.youth, pair.staff):
                if ws is not None:
                    with contextlib.suppress(Exception):
                        await ws.close()


async def fixed_rate(load: Load, rate: float, seconds: float) -> dict[str, float]:
    load.errors.clear()
    load.latencies.clear()
    load.delivered_at.clear()
    load.sent_at.clear()
    total = int(rate * seconds)
    interval = 1.0 / rate
    started = time.perf_counter()
    for n in range(total):
        target = started + n * interval
        delay = target - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        pair = load.pairs[n % len(load.pairs)]
        await load.send(pair, "youth" if (n // len(load.pairs)) % 2 == 0 else "staff")
    send_done = time.perf_counter()
    deadline = send_done + 15
    while load.sent_at and time.perf_counter() < deadline:  # noqa: ASYNC110 - polling a dict, bounded
        await asyncio.sleep(0.05)
    lost = len(load.sent_at)
    if os.environ.get("BENCH_CHAT_DEBUG"):
        buckets: dict[int, float] = {}
        for sent, ms in load.timeline:
            key = int(sent - started)
            buckets[key] = max(buckets.get(key, 0.0), ms)
        print("max latency per second:", {k: round(v) for k, v in sorted(buckets.items())})
    load.timeline.clear()
    last = max(load.delivered_at) if load.delivered_at else send_done
    return {
        "sent": float(total),
        "delivered": float(len(load.latencies)),
        "lost": float(lost),
        "offered_per_s": total / (send_done - started),
        "delivered_per_s": len(load.latencies) / (last - started),
        "p50_ms": statistics.median(load.latencies) if load.latencies else float("nan"),
        "p95_ms": _pct(load.latencies, 0.95),
        "p99_ms": _pct(load.latencies, 0.99),
        "max_ms": max(load.latencies) if load.latencies else float("nan"),
        "errors": float(len(load.errors)),
    }


async def saturation(load: Load, seconds: float) -> dict[str, float]:
    """Every conversation keeps one message in flight (alternating sides): the delivery rate at the limit."""
    load.errors.clear()
    load.latencies.clear()
    load.delivered_at.clear()
    load.sent_at.clear()
    stop_at = time.perf_counter() + seconds

    async def loop(pair: Pair, offset: int) -> None:
        side_toggle = offset % 2
        while time.perf_counter() < stop_at:
            event = asyncio.Event()
            load.in_flight[pair.conversation_id] = event
            await load.send(pair, "youth" if side_toggle == 0 else "staff")
            side_toggle ^= 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), 10)
            # Ondam allows a connection 1 message/s on average after a burst of 10; alternating sides and
            # 1,000 conversations keep each connection under that up to 2,000 messages/s.

    started = time.perf_counter()
    await asyncio.gather(*(loop(p, i) for i, p in enumerate(load.pairs)))
    elapsed = time.perf_counter() - started
    load.in_flight.clear()
    in_window = [t for t in load.delivered_at if t <= started + seconds]
    return {
        "delivered_per_s": len(in_window) / seconds,
        "p50_ms": statistics.median(load.latencies) if load.latencies else float("nan"),
        "p99_ms": _pct(load.latencies, 0.99),
        "elapsed_s": elapsed,
        "errors": float(len(load.errors)),
    }


async def _run_against(pairs: list[Pair], ondam: bool) -> dict[str, Any]:
    load = Load(pairs)
    opened_s = await load.open(ondam)
    # The load generator's own garbage collection (2,000 sockets' objects) would pause it for hundreds of
    # milliseconds and count as server latency: its objects are frozen and collection is off while measuring.
    gc.collect()
    gc.freeze()
    gc.disable()
    await asyncio.sleep(1)
    warm = await fixed_rate(load, RATE, WARMUP_SECONDS)  # warm-up (pools, caches, first messages); reported
    load.warmup = warm
    fixed = await fixed_rate(load, RATE, SECONDS)
    saturated = await saturation(load, SATURATION_SECONDS)
    gc.enable()
    gc.unfreeze()
    await load.close()
    errors: dict[str, int] = {}  # of the saturation phase (the last one)
    for code in load.errors:
        errors[code] = errors.get(code, 0) + 1
    return {
        "open_s": opened_s,
        "warmup": load.warmup,
        "fixed": fixed,
        "saturation": saturated,
        "errors": errors,
    }


async def main() -> dict[str, Any]:
    import resource  # noqa: PLC0415

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 20_000)), hard))
    tmp = Path(tempfile.mkdtemp(prefix="ondam-bench-chat-"))
    setup = await prepare(tmp)
    port = _free_port()
    log = tmp / "serve.log"
    ondam = str(Path(sys.executable).parent / "ondam")
    with log.open("wb") as out:
        server = subprocess.Popen(  # noqa: ASYNC220 - started once, before the measurement
            [ondam, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(WORKERS)],
            cwd=tmp,
            env=setup.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    bare: subprocess.Popen[bytes] | None = None
    try:
        await asyncio.to_thread(_wait_http, server, f"http://127.0.0.1:{port}/healthz", log)
        pairs = [
            Pair(
                cid,
                f"ws://127.0.0.1:{port}/ws/chat?conversation={cid}",
                f"ws://127.0.0.1:{port}/ws/staff/chat/{cid}",
                {"Cookie": youth_cookie},
                {"Cookie": staff_cookie},
            )
            for cid, youth_cookie, staff_cookie in setup.pairs
        ]
        ondam_result = await _run_against(pairs, ondam=True)
        server.terminate()
        await asyncio.to_thread(server.wait, 30)

        bare_port = _free_port()
        script = tmp / "bare_relay.py"
        script.write_text(BARE_SERVER, encoding="utf-8")
        bare = subprocess.Popen([sys.executable, str(script), str(bare_port)], cwd=tmp)  # noqa: ASYNC220
        await asyncio.to_thread(_wait_port, bare_port)
        bare_pairs = [
            Pair(
                p.conversation_id,
                f"ws://127.0.0.1:{bare_port}/room/{p.conversation_id}/youth",
                f"ws://127.0.0.1:{bare_port}/room/{p.conversation_id}/staff",
                {},
                {},
            )
            for p in pairs
        ]
        bare_result = await _run_against(bare_pairs, ondam=False)
    finally:
        for proc in (server, bare):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=30)
        for name in setup.cleanup:
            with contextlib.suppress(Exception):
                await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if setup.redis_url:
            from redis.asyncio import Redis  # noqa: PLC0415

            client = Redis.from_url(setup.redis_url)
            keys = [k async for k in client.scan_iter(f"{setup.env['ONDAM_REDIS_PREFIX']}*")]
            if keys:
                await client.delete(*keys)
            await client.aclose()
    return {
        "database": setup.database,
        "pubsub": "Redis" if setup.redis_url else "in-process",
        "ondam": ondam_result,
        "bare": bare_result,
    }


def run() -> dict[str, Any]:
    """Shaped like the other benchmark modules: flat numbers (plus what the run used)."""
    try:
        import uvloop  # noqa: PLC0415

        result = uvloop.run(main())
    except ImportError:
        result = asyncio.run(main())
    o, b = result["ondam"], result["bare"]
    return {
        "database": result["database"],
        "pubsub": result["pubsub"],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "youth_connections": float(YOUTH),
        "counsellors": float(COUNSELLORS),
        "sockets": float(2 * YOUTH),
        "server_processes": float(WORKERS),
        "open_s": o["open_s"],
        "rate_offered_per_s": o["fixed"]["offered_per_s"],
        "seconds": SECONDS,
        "sent": o["fixed"]["sent"],
        "delivered": o["fixed"]["delivered"],
        "lost": o["fixed"]["lost"],
        "delivered_per_s": o["fixed"]["delivered_per_s"],
        "p50_ms": o["fixed"]["p50_ms"],
        "p95_ms": o["fixed"]["p95_ms"],
        "p99_ms": o["fixed"]["p99_ms"],
        "max_ms": o["fixed"]["max_ms"],
        "errors": o["fixed"]["errors"],
        "saturation_errors": json.dumps(o["errors"]),
        "warmup_seconds": WARMUP_SECONDS,
        "warmup_p50_ms": o["warmup"]["p50_ms"],
        "warmup_p99_ms": o["warmup"]["p99_ms"],
        "warmup_max_ms": o["warmup"]["max_ms"],
        "warmup_lost": o["warmup"]["lost"],
        "bare_delivered_per_s": b["fixed"]["delivered_per_s"],
        "bare_p50_ms": b["fixed"]["p50_ms"],
        "bare_p99_ms": b["fixed"]["p99_ms"],
        "rate_ratio_at_200": o["fixed"]["delivered_per_s"] / b["fixed"]["delivered_per_s"],
        "max_delivered_per_s": o["saturation"]["delivered_per_s"],
        "bare_max_delivered_per_s": b["saturation"]["delivered_per_s"],
        "max_rate_ratio": o["saturation"]["delivered_per_s"] / b["saturation"]["delivered_per_s"],
        "saturation_p99_ms": o["saturation"]["p99_ms"],
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")
