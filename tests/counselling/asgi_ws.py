"""A WebSocket client that drives the ASGI app directly, in the test's own event loop.

Starlette's TestClient runs the app in another thread and loop, which the per-test engine and the hub cannot
share; this client speaks the ASGI WebSocket messages itself, so the app, its database and its hub stay in the
test's loop (the same code path as uvicorn after the handshake).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any


class Closed(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(f"closed with {code}")
        self.code = code


class Refused(Exception):
    """The handshake was refused (the app closed before accepting): a browser sees HTTP 403."""


class AsgiWebSocket:
    def __init__(
        self,
        app: Any,
        path: str,
        *,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        client: tuple[str, int] = ("203.0.113.20", 50100),
    ) -> None:
        raw_path, _, query = path.partition("?")
        head = [(b"host", b"testserver")]
        if cookies:
            head.append((b"cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()).encode()))
        for key, value in (headers or {}).items():
            head.append((key.lower().encode(), value.encode()))
        self.scope: dict[str, Any] = {
            "type": "websocket",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "scheme": "ws",
            "server": ("testserver", 80),
            "client": client,
            "root_path": "",
            "path": raw_path,
            "raw_path": raw_path.encode(),
            "query_string": query.encode(),
            "headers": head,
            "subprotocols": [],
            "state": {},
        }
        self.app = app
        self._to_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._from_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.close_code: int | None = None

    async def __aenter__(self) -> AsgiWebSocket:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        async def receive() -> dict[str, Any]:
            return await self._to_app.get()

        async def send(message: dict[str, Any]) -> None:
            await self._from_app.put(message)

        self._task = asyncio.create_task(self.app(self.scope, receive, send))
        await self._to_app.put({"type": "websocket.connect"})
        first = await asyncio.wait_for(self._from_app.get(), 10)
        if first["type"] == "websocket.close":
            self.close_code = first.get("code", 1000)
            raise Refused(str(self.close_code))
        if first["type"] == "websocket.http.response.start":
            raise Refused(str(first.get("status")))
        assert first["type"] == "websocket.accept", first

    async def send_text(self, text: str) -> None:
        await self._to_app.put({"type": "websocket.receive", "text": text})

    async def send_bytes(self, data: bytes) -> None:
        await self._to_app.put({"type": "websocket.receive", "bytes": data})

    async def send_json(self, frame: dict[str, Any]) -> None:
        await self.send_text(json.dumps(frame))

    async def receive_json(self, within: float = 5.0) -> dict[str, Any]:
        message = await asyncio.wait_for(self._from_app.get(), within)
        if message["type"] == "websocket.close":
            self.close_code = message.get("code", 1000)
            raise Closed(self.close_code)
        assert message["type"] == "websocket.send", message
        frame: dict[str, Any] = json.loads(message["text"])
        return frame

    async def until(self, kind: str, within: float = 5.0, **match: Any) -> dict[str, Any]:
        """Read frames until one of ``kind`` (with the given fields) arrives; earlier frames are dropped."""
        deadline = asyncio.get_running_loop().time() + within
        while True:
            left = deadline - asyncio.get_running_loop().time()
            frame = await self.receive_json(max(0.01, left))
            if frame.get("type") == kind and all(frame.get(k) == v for k, v in match.items()):
                return frame

    async def frames(self, quiet: float = 0.3) -> list[dict[str, Any]]:
        """Every frame that arrives until nothing comes for ``quiet`` seconds."""
        got: list[dict[str, Any]] = []
        while True:
            try:
                got.append(await self.receive_json(quiet))
            except TimeoutError:
                return got

    async def close(self) -> None:
        if self._task is None:
            return
        await self._to_app.put({"type": "websocket.disconnect", "code": 1000})
        try:
            await asyncio.wait_for(self._task, 5)
        except (TimeoutError, asyncio.CancelledError):
            self._task.cancel()
        self._task = None
