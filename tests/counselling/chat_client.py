"""A chat client over real WebSockets (the ``websockets`` package) that behaves like chat.mjs: it reconnects,
resumes with ``hello``/``last_seq``, keeps an outbox of unacknowledged messages and resends them with the same
``client_msg_id``. It counts every delivery of every seq, so a duplicate is seen, not hidden."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections import Counter
from typing import Any

import websockets
from websockets.exceptions import ConnectionClosed


class ChatClient:
    def __init__(self, url: str, cookies: dict[str, str]) -> None:
        self.url = url
        self.cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
        self.outbox: dict[str, str] = {}  # client_msg_id -> body, in sending order
        self.bodies: dict[int, str] = {}
        self.deliveries: Counter[int] = Counter()  # seq -> how many times the server delivered it
        self.last_seq = 0
        self.sent: list[str] = []  # every client_msg_id ever created here
        self.reconnects = 0
        self.errors: list[dict[str, Any]] = []
        self._ws: Any = None
        self._ready = False
        self._task: asyncio.Task[None] | None = None
        self._stop = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        self._stop = True
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    @property
    def connected(self) -> bool:
        return self._ready

    async def send(self, body: str) -> str:
        client_msg_id = "t-" + uuid.uuid4().hex[:16]
        self.outbox[client_msg_id] = body
        self.sent.append(client_msg_id)
        if self._ready:
            with contextlib.suppress(Exception):
                await self._send({"type": "send", "client_msg_id": client_msg_id, "body": body})
        return client_msg_id

    async def _send(self, frame: dict[str, Any]) -> None:
        await self._ws.send(json.dumps(frame))

    async def _run(self) -> None:
        while not self._stop:
            try:
                async with websockets.connect(
                    self.url, additional_headers={"Cookie": self.cookie}, open_timeout=3, max_size=2**20
                ) as ws:
                    self._ws = ws
                    await self._send({"type": "hello", "last_seq": self.last_seq})
                    async for raw in ws:
                        await self._handle(json.loads(raw))
            except (
                OSError,
                ConnectionClosed,
                TimeoutError,
                websockets.InvalidStatus,
                websockets.InvalidMessage,
            ):
                pass
            self._ready = False
            self._ws = None
            if not self._stop:
                self.reconnects += 1
                await asyncio.sleep(0.2)

    async def _handle(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type")
        if kind == "message":
            seq = int(frame["seq"])
            self.deliveries[seq] += 1
            if seq <= self.last_seq:
                return
            if seq != self.last_seq + 1:
                await self._send({"type": "hello", "last_seq": self.last_seq})
                return
            self.bodies[seq] = frame["body"]
            self.last_seq = seq
            cmid = frame.get("client_msg_id")
            if cmid in self.outbox and frame.get("body") == self.outbox[cmid]:
                del self.outbox[cmid]
        elif kind == "welcome":
            self._ready = True
            for cmid, body in list(self.outbox.items()):
                await self._send({"type": "send", "client_msg_id": cmid, "body": body})
        elif kind == "ack":
            pass  # the message itself (with its place in the order) removes it from the outbox
        elif kind == "error":
            self.errors.append(frame)
            if frame.get("code") == "rate_limited" and frame.get("client_msg_id") in self.outbox:
                await asyncio.sleep(1)
                cmid = frame["client_msg_id"]
                await self._send({"type": "send", "client_msg_id": cmid, "body": self.outbox[cmid]})

    async def wait_for(self, count: int, within: float) -> None:
        """Until messages 1..count are here and nothing of ours is unacknowledged."""
        deadline = asyncio.get_running_loop().time() + within
        while self.last_seq < count or self.outbox:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(
                    f"{self.url}: have 1..{self.last_seq} of {count}, outbox {len(self.outbox)}, errors {self.errors}"
                )
            await asyncio.sleep(0.05)

    async def wait_connected(self, within: float) -> None:
        deadline = asyncio.get_running_loop().time() + within
        while not self._ready:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"{self.url}: not connected after {within} s")
            await asyncio.sleep(0.05)
