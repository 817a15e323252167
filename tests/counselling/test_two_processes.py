"""Two real app processes behind one Redis and one PostgreSQL database: the young person on A, the counsellor
on B. Messages flow both ways; killing (SIGKILL) and restarting either process loses nothing: both sides end
with seq 1..N, each delivered exactly once, and the database holds N messages, one per client_msg_id."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ondam.counselling import service
from ondam.kit.db import unit_of_work
from ondam.models import ChatMessage
from tests.conftest import PG_URL, REDIS_URL
from tests.counselling.chat_client import ChatClient
from tests.counselling.helpers import counsellor, youth_chat
from tests.counselling.test_realtime import principal

pytestmark = [
    pytest.mark.redis,
    pytest.mark.skipif(
        not (REDIS_URL and PG_URL.startswith("postgresql")),
        reason="needs ONDAM_TEST_REDIS_URL and a PostgreSQL ONDAM_TEST_DATABASE_URL (two processes share them)",
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AppProcess:
    def __init__(self, name: str, env: dict[str, str], workdir: Path) -> None:
        self.name = name
        self.port = _free_port()
        self.env = env
        self.workdir = workdir
        self.log = workdir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        ondam = str(Path(sys.executable).parent / "ondam")
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [ondam, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=self.workdir,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited:\n{self.log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"http://{self.base}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} did not start:\n{self.log.read_text(errors='replace')}")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()  # SIGKILL: no shutdown, no after-commit callbacks, sockets just vanish
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


async def _start(*processes: AppProcess) -> None:
    await asyncio.gather(*(asyncio.to_thread(p.start) for p in processes))


async def test_two_processes_one_redis_nothing_lost_or_doubled_across_kills(  # type: ignore[no-untyped-def]
    app, sessionmaker, settings, db_url, tmp_path
) -> None:
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, staff_cookies = await counsellor(sessionmaker)
    async with unit_of_work(sessionmaker) as uow:
        await service.accept(uow.session, app.state.pubsub, principal(staff), chat.conversation_id)

    env = {k: v for k, v in os.environ.items() if not k.startswith("ONDAM_")}
    env.update(
        ONDAM_ENV="test",
        ONDAM_DATA_DIR=str(tmp_path / "data"),
        ONDAM_DATABASE_URL=db_url,
        ONDAM_REDIS_URL=REDIS_URL,
        ONDAM_REDIS_PREFIX=settings.redis_prefix,
        ONDAM_SECRET_KEY=settings.secret_key.get_secret_value(),
        ONDAM_ENCRYPTION_KEYS=settings.encryption_keys.get_secret_value(),
        ONDAM_AUDIT_KEY=settings.audit_key.get_secret_value(),
        ONDAM_LOG_LEVEL="WARNING",
    )
    a, b = AppProcess("A", env, tmp_path), AppProcess("B", env, tmp_path)
    youth: ChatClient | None = None
    counsellor_client: ChatClient | None = None
    try:
        await _start(a, b)
        youth = ChatClient(f"ws://{a.base}/ws/chat?conversation={chat.conversation_id}", chat.cookies)
        counsellor_client = ChatClient(f"ws://{b.base}/ws/staff/chat/{chat.conversation_id}", staff_cookies)
        youth.start()
        counsellor_client.start()
        await youth.wait_connected(10)
        await counsellor_client.wait_connected(10)

        async def total() -> int:
            assert youth is not None
            assert counsellor_client is not None
            return len(youth.sent) + len(counsellor_client.sent)

        # 1. Both ways, across the two processes (through Redis).
        for n in range(4):
            await youth.send(f"youth {n}")
            await counsellor_client.send(f"counsellor {n}")
            await asyncio.sleep(0.05)
        for side in (youth, counsellor_client):
            await side.wait_for(await total(), 20)

        # 2. Kill A (the young person's process) right after a send; the young person keeps writing meanwhile.
        await youth.send("sent just before A died")
        await asyncio.sleep(0.01)
        a.kill()
        for n in range(3):
            await youth.send(f"written while A is down {n}")
            await counsellor_client.send(f"counsellor while A is down {n}")
        await _start(a)
        await youth.wait_connected(20)
        for n in range(2):
            await youth.send(f"after A came back {n}")
        for side in (youth, counsellor_client):
            await side.wait_for(await total(), 40)

        # 3. Kill B (the counsellor's process) the same way.
        await counsellor_client.send("sent just before B died")
        await asyncio.sleep(0.01)
        b.kill()
        for n in range(3):
            await counsellor_client.send(f"written while B is down {n}")
            await youth.send(f"youth while B is down {n}")
        await _start(b)
        await counsellor_client.wait_connected(20)
        await counsellor_client.send("after B came back")
        for side in (youth, counsellor_client):
            await side.wait_for(await total(), 40)

        expected = await total()
        for side in (youth, counsellor_client):
            assert side.last_seq == expected
            assert sorted(side.bodies) == list(range(1, expected + 1))  # complete
            assert set(side.deliveries.values()) == {1}, side.deliveries  # each seq delivered exactly once
            assert sorted(side.deliveries) == list(range(1, expected + 1))
        assert youth.bodies == counsellor_client.bodies  # the same conversation on both sides
        assert youth.reconnects >= 1
        assert counsellor_client.reconnects >= 1

        async with unit_of_work(sessionmaker) as uow:
            rows: list[Any] = list(
                (
                    await uow.session.scalars(
                        select(ChatMessage)
                        .where(ChatMessage.conversation_id == chat.conversation_id)
                        .order_by(ChatMessage.seq)
                    )
                ).all()
            )
        assert [r.seq for r in rows] == list(range(1, expected + 1))
        sent_ids = set(youth.sent) | set(counsellor_client.sent)
        assert {r.client_msg_id for r in rows} == sent_ids  # one stored message per client id, none lost
    finally:
        for side in (youth, counsellor_client):
            if side is not None:
                await side.stop()
        a.stop()
        b.stop()
