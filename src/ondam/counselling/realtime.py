"""Live chat over WebSockets: one protocol for the young person's socket and the staff's.

Endpoints: ``/ws/chat`` (the young person; ``ondam_y`` cookie; ``?conversation=<id>`` or their open
conversation) and ``/ws/staff/chat/{conversation_id}`` (staff; ``ondam_staff`` cookie and
``access.access_conversation``). WebSockets are not covered by the CSRF dependency, so the handshake's
``Origin`` must be the configured base URL or this host; a handshake without ``Origin`` (not a browser, so it
cannot carry a victim's cookies) is accepted like a form post without one.

Protocol (JSON text frames, at most 16 kB each):

client -> server
  ``{"type": "hello", "last_seq": N}``   every stored message with seq > N, then ``welcome``, then ``status``,
                                        then live events. Send again whenever the client sees a gap.
  ``{"type": "send", "client_msg_id": "...", "body": "..."}``  stored with ``counselling.service.post_message``;
                                        ``{"type": "ack", "client_msg_id", "seq"}`` only after the commit. A
                                        resend with the same id is acknowledged with the first seq (no copy).
  ``{"type": "typing"}``                 ephemeral; at most one every 2 s is passed on.
  ``{"type": "read", "seq": N}``         moves this side's read pointer; everyone sees ``read``.
  ``{"type": "ping"}``                   answered with ``pong`` (clients use it to detect dead connections).
server -> client
  ``message`` (seq, sender, body, created_at, client_msg_id), ``ack``, ``typing`` (side), ``read`` (side, seq),
  ``status`` (status, mode, last_seq, read pointers; for a waiting young person ``position`` and
  ``wait_minutes``; for staff the risk), ``welcome`` (after the catch-up of a hello), ``risk`` (staff only),
  ``pong``, ``error`` (code, and the ``client_msg_id`` when it is about a send).

Messages reach a socket in seq order, each once: the socket keeps the last seq it sent; a live event that
leaves a gap (its announcement overtook another, or a process died between commit and publish) is filled from
the database first, and a per-process watchdog (every ``SYNC_SECONDS``, one query per 500 sockets) catches a
lost last announcement and a changed status, and every third period closes sockets whose staff session ended.
Bad frames get an ``error`` frame; too many of them close the socket (1008). Message bodies are never logged.

Close codes: 4401 not signed in, 4404 no such conversation (or no access), 4408 too slow (reconnect and
resume), 1008 policy (bad frames), 1012 server restarting (reconnect).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeGuard
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, WebSocket
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.websockets import WebSocketDisconnect, WebSocketDisconnected, WebSocketState

from ondam.access import Perm, Principal, access_conversation, may_write_conversation
from ondam.audit import service as audit
from ondam.auth import service as auth_service
from ondam.auth.deps import COOKIE as STAFF_COOKIE
from ondam.counselling import service
from ondam.kit.db import unit_of_work
from ondam.kit.errors import Conflict, NotFound
from ondam.kit.hub import RESYNC, Hub, Listener, ListenerDropped
from ondam.kit.pubsub import PubSub
from ondam.kit.settings import Settings
from ondam.models import Conversation, YouthContact
from ondam.youth import service as youth_service

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)

MAX_FRAME_BYTES = 16 * 1024
MAX_BAD_FRAMES = 20
SEND_BURST = 10  # messages a connection may send at once ...
SEND_PER_SECOND = 1.0  # ... and then on average
TYPING_INTERVAL = 2.0
SYNC_SECONDS = 20.0  # periodic check for a lost announcement or a changed status (one query per 500 sockets)
STAFF_CHECK_EVERY = 3  # staff sessions are checked every third period (once per staff cookie)
SEND_TIMEOUT = 10.0  # a client that does not take a frame in this time is closed (4408)
QUEUE_REFRESH_SECONDS = 30.0  # queue positions age even when nothing happens
CATCH_UP_BATCH = 200
CLIENT_MSG_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")

CLOSE_UNAUTHORIZED = 4401
CLOSE_NOT_FOUND = 4404
CLOSE_TOO_SLOW = 4408
CLOSE_POLICY = 1008
CLOSE_RESTART = 1012

Side = Literal["youth", "staff"]


class _Reject(Exception):
    def __init__(self, code: str, close: int) -> None:
        super().__init__(code)
        self.code = code
        self.close = close


# -- per-app runtime -------------------------------------------------------------------------------------------


class QueueWatcher:
    """Queue position and expected wait for the waiting young people connected to this process.

    One task per process listens on ``QUEUE_CHANNEL``; a change (debounced) or every
    ``QUEUE_REFRESH_SECONDS`` (ageing) recomputes the order with one query and pushes a ``status`` frame to
    every local waiting socket whose place changed."""

    def __init__(self, hub: Hub, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._hub = hub
        self._maker = sessionmaker
        self._waiting: dict[int, set[ChatConnection]] = {}
        self._snapshot: service.QueueSnapshot | None = None
        self._snapshot_at = 0.0
        self._task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()

    def register(self, connection: ChatConnection) -> None:
        self._waiting.setdefault(connection.conversation_id, set()).add(connection)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="chat-queue-watcher")

    def unregister(self, connection: ChatConnection) -> None:
        members = self._waiting.get(connection.conversation_id)
        if members is not None:
            members.discard(connection)
            if not members:
                del self._waiting[connection.conversation_id]

    async def snapshot(self, *, max_age: float = 2.0) -> service.QueueSnapshot:
        if self._snapshot is None or time.monotonic() - self._snapshot_at > max_age:
            async with unit_of_work(self._maker) as uow:
                self._snapshot = await service.queue_snapshot(uow.session)
            self._snapshot_at = time.monotonic()
        return self._snapshot

    async def _run(self) -> None:
        try:
            async with self._hub.listen(service.QUEUE_CHANNEL) as listener:
                waker = asyncio.create_task(self._wake_on_events(listener))
                try:
                    while True:
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(self._changed.wait(), QUEUE_REFRESH_SECONDS)
                        self._changed.clear()
                        await asyncio.sleep(0.3)  # debounce a burst of queue changes
                        if not self._waiting:
                            continue
                        try:
                            snapshot = await self.snapshot(max_age=0)
                        except Exception:
                            log.exception("queue watcher: could not read the queue")
                            continue
                        for members in list(self._waiting.values()):
                            for connection in list(members):
                                await connection.push_queue(snapshot)
                finally:
                    waker.cancel()
        except (ListenerDropped, asyncio.CancelledError):
            return

    async def _wake_on_events(self, listener: Listener) -> None:
        with contextlib.suppress(ListenerDropped):
            async for _event in listener:
                self._changed.set()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task


@dataclass
class ChatRuntime:
    """What the chat sockets of one app share: settings, database, event bus, hub, queue watcher."""

    settings: Settings
    sessionmaker: async_sessionmaker[AsyncSession]
    pubsub: PubSub
    hub: Hub
    queue: QueueWatcher = field(init=False)
    connections: set[ChatConnection] = field(default_factory=set)

    _watchdog: asyncio.Task[None] | None = field(default=None, init=False)
    _checks: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.queue = QueueWatcher(self.hub, self.sessionmaker)

    @classmethod
    def of(cls, app: FastAPI) -> ChatRuntime:
        runtime: ChatRuntime = app.state.chat
        return runtime

    def register(self, connection: ChatConnection) -> None:
        self.connections.add(connection)
        if self._watchdog is None or self._watchdog.done():
            self._watchdog = asyncio.create_task(self._watch(), name="chat-watchdog")

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(SYNC_SECONDS * random.uniform(0.75, 1.25))  # noqa: S311 - spreading, not security
            started = time.monotonic()
            try:
                await self.check_all()
            except Exception:
                log.exception("chat watchdog: check failed")
            took = time.monotonic() - started
            if took > 0.2:
                log.warning(
                    "chat watchdog: checking %d sockets took %.0f ms", len(self.connections), took * 1000
                )

    async def check_all(self) -> None:
        """For every socket of this process, with one query per 500 conversations and one session check per
        staff cookie: a message committed but never announced (its process died between commit and publish) is
        sent, a changed status refreshed, and a socket whose staff session ended is closed. Each socket acts on
        the result in its own task (a local event in its queue)."""
        connections = [c for c in self.connections if c.listener is not None]
        if not connections:
            return
        ids = sorted({c.conversation_id for c in connections})
        state: dict[int, tuple[int, str]] = {}
        for start in range(0, len(ids), 500):
            async with unit_of_work(self.sessionmaker) as uow:
                rows = await uow.session.execute(
                    select(Conversation.id, Conversation.last_seq, Conversation.status).where(
                        Conversation.id.in_(ids[start : start + 500])
                    )
                )
                state.update({row.id: (row.last_seq, row.status) for row in rows})
        for connection in connections:
            last_seq, status = state.get(connection.conversation_id, (-1, "missing"))
            if status != connection.status or last_seq > connection.sent_seq >= 0:
                connection.local({"type": _CHECK, "last_seq": last_seq, "status": status})
        self._checks += 1
        by_token: dict[str, list[ChatConnection]] = {}
        for connection in connections:
            if connection.side == "staff":
                by_token.setdefault(connection.ws.cookies.get(STAFF_COOKIE, ""), []).append(connection)
        # Each staff cookie every STAFF_CHECK_EVERY periods, a share of them in each period (no burst).
        turn = self._checks % STAFF_CHECK_EVERY
        for token, members in by_token.items():
            if members[0].check_slot % STAFF_CHECK_EVERY != turn:
                continue
            active = any([member.take_activity() for member in members])  # noqa: C419 - reset them all
            user_id = await self._staff_user(token, active=active)
            for member in members:
                if member.principal is None or user_id != member.principal.user_id:
                    member.local({"type": _REVOKE})

    async def _staff_user(self, token: str, *, active: bool) -> int | None:
        """The user of a still-valid staff session. Only a socket used since the last check counts as activity:
        an unattended console still times out (idle and absolute limits, sign-out and lock-out apply)."""
        async with self.sessionmaker() as db:
            session_state = await auth_service.resolve_session(db, self.settings, token or None, mfa=True)
            user_id = (
                session_state.user.id if session_state is not None else None
            )  # before rollback expires it
            if active and session_state is not None:
                await db.commit()  # keeps the last-seen time that resolve_session moved
            else:
                await db.rollback()
        return user_id

    async def close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._watchdog
        await self.queue.close()


def install(app: FastAPI, settings: Settings, pubsub: PubSub) -> None:
    """Create the process's hub and chat runtime on ``app.state`` (``hub``, ``chat``); closed by
    :func:`shutdown` from the app's lifespan."""
    hub = Hub.for_pubsub(pubsub)
    app.state.hub = hub
    app.state.chat = ChatRuntime(settings, app.state.sessionmaker, pubsub, hub)


async def shutdown(app: FastAPI) -> None:
    runtime = ChatRuntime.of(app)
    await runtime.close()
    await runtime.hub.close()


# -- one socket --------------------------------------------------------------------------------------------


class ChatConnection:
    def __init__(
        self,
        websocket: WebSocket,
        runtime: ChatRuntime,
        conversation: Conversation,
        side: Side,
        *,
        principal: Principal | None = None,
        can_send: bool,
    ) -> None:
        self.ws = websocket
        self.runtime = runtime
        self.conversation_id = conversation.id
        self.side: Side = side
        self.principal = principal
        self.can_send = can_send
        self.status = conversation.status
        self.id = secrets.token_hex(6)
        self.sent_seq = -1  # -1 until the first hello: live messages are not passed on before it
        self._deliver_lock = asyncio.Lock()
        self._send_lock = asyncio.Lock()
        self._tokens = float(SEND_BURST)
        self._tokens_at = time.monotonic()
        self._typing_at = 0.0
        self._read_sent = -1
        self._bad_frames = 0
        self._queue_key: tuple[int | None, int | None] | None = None
        self._active = False  # the staff member sent or read something since the last check
        self.listener: Listener | None = None
        self.check_slot = principal.session_id if principal is not None else 0  # spreads the session checks

    # sending -------------------------------------------------------------------------------------------
    async def send(self, frame: dict[str, Any]) -> None:
        text = json.dumps(frame, ensure_ascii=False, separators=(",", ":"))
        async with self._send_lock, asyncio.timeout(SEND_TIMEOUT):
            await self.ws.send_text(text)

    async def error(self, code: str, **extra: Any) -> None:
        await self.send({"type": "error", "code": code, **extra})

    # life -------------------------------------------------------------------------------------------------
    async def run(self) -> None:
        runtime = self.runtime
        close_code = 1000
        try:
            async with runtime.hub.listen(service.conversation_channel(self.conversation_id)) as listener:
                self.listener = listener
                runtime.register(self)
                self._track_queue()
                tasks = [
                    asyncio.create_task(self._read_frames()),
                    asyncio.create_task(self._pump(listener)),
                ]
                try:
                    done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
                for task in done:
                    error = task.exception()
                    if isinstance(error, ListenerDropped):
                        close_code = CLOSE_TOO_SLOW if str(error) == "overflow" else CLOSE_RESTART
                    elif isinstance(error, _Reject):
                        close_code = error.close
                    elif isinstance(error, TimeoutError):
                        close_code = CLOSE_TOO_SLOW
                    elif isinstance(error, (WebSocketDisconnect, OSError, RuntimeError)):
                        close_code = 1000  # the client went away while we were sending
                    elif error is not None:
                        log.error("chat socket failed", exc_info=error)
                        close_code = 1011
        except ListenerDropped:
            close_code = CLOSE_RESTART
        finally:
            runtime.queue.unregister(self)
            runtime.connections.discard(self)
            self.listener = None
            if self.ws.application_state == WebSocketState.CONNECTED:
                with contextlib.suppress(Exception):
                    await self.ws.close(code=close_code)

    def _track_queue(self) -> None:
        if self.side == "youth" and self.status == "waiting":
            self.runtime.queue.register(self)
        else:
            self.runtime.queue.unregister(self)

    async def _read_frames(self) -> None:
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if text is None:
                await self._bad("bad_frame")
                continue
            if len(text) > MAX_FRAME_BYTES or len(text.encode()) > MAX_FRAME_BYTES:
                await self._bad("too_large")
                continue
            try:
                frame = json.loads(text)
            except ValueError:
                await self._bad("bad_json")
                continue
            if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
                await self._bad("bad_frame")
                continue
            handler = self._handlers.get(frame["type"])
            if handler is None:
                await self._bad("unknown_type")
                continue
            if frame["type"] in ("send", "read"):
                self._active = True
            try:
                await handler(self, frame)
            except (_Reject, WebSocketDisconnect, WebSocketDisconnected, TimeoutError, OSError):
                raise
            except Exception:
                log.exception("chat frame %s failed", frame["type"])
                await self.error("server_error", **_about(frame))

    async def _bad(self, code: str, **extra: Any) -> None:
        self._bad_frames += 1
        await self.error(code, **extra)
        if self._bad_frames > MAX_BAD_FRAMES:
            raise _Reject("too_many_bad_frames", CLOSE_POLICY)

    # client frames --------------------------------------------------------------------------------------
    async def _on_hello(self, frame: dict[str, Any]) -> None:
        last = frame.get("last_seq", 0)
        if not _is_count(last):
            await self._bad("bad_field", field="last_seq")
            return
        async with self._deliver_lock:
            async with unit_of_work(self.runtime.sessionmaker) as uow:
                conversation = await uow.session.get(Conversation, self.conversation_id)
                assert conversation is not None
                stored = conversation.last_seq
            self.sent_seq = min(int(last), stored)
            await self._catch_up_locked()
            await self.send(
                {
                    "type": "welcome",
                    "side": self.side,
                    "conversation_id": self.conversation_id,
                    "last_seq": self.sent_seq,
                    "can_send": self.can_send,
                }
            )
        await self._send_status()

    async def _on_send(self, frame: dict[str, Any]) -> None:  # noqa: PLR0911 - one return per refusal
        client_msg_id, body = frame.get("client_msg_id"), frame.get("body")
        if not isinstance(client_msg_id, str) or not CLIENT_MSG_ID.match(client_msg_id):
            await self._bad("bad_field", field="client_msg_id")
            return
        if not isinstance(body, str):
            await self._bad("bad_field", field="body", client_msg_id=client_msg_id)
            return
        if not self.can_send:
            await self.error("not_allowed", client_msg_id=client_msg_id)
            return
        if not self._take_token():
            await self.error("rate_limited", client_msg_id=client_msg_id, retry_after=1)
            return
        try:
            async with unit_of_work(self.runtime.sessionmaker) as uow:
                db = uow.session
                conversation = await db.get(Conversation, self.conversation_id)
                assert conversation is not None
                staff_id = None
                if self.side == "staff":
                    assert self.principal is not None
                    if not await may_write_conversation(db, self.principal, conversation):
                        self.can_send = False
                        raise _NotAllowed()
                    staff_id = self.principal.user_id
                out = await service.post_message(
                    db,
                    self.runtime.pubsub,
                    conversation,
                    sender=self.side,
                    body=body,
                    client_msg_id=client_msg_id,
                    staff_id=staff_id,
                )
        except _NotAllowed:
            await self.error("not_allowed", client_msg_id=client_msg_id)
            return
        except service.MessageRejected as exc:
            await self.error("rejected", client_msg_id=client_msg_id, detail=exc.message)
            return
        except Conflict:
            await self.error("ended", client_msg_id=client_msg_id)
            return
        await self.send({"type": "ack", "client_msg_id": client_msg_id, "seq": out.seq})

    async def _on_typing(self, frame: dict[str, Any]) -> None:
        now = time.monotonic()
        if not self.can_send or now - self._typing_at < TYPING_INTERVAL:
            return  # silently: typing is a hint, not a message
        self._typing_at = now
        await service.publish_typing(
            self.runtime.pubsub, self.conversation_id, side=self.side, connection=self.id
        )

    async def _on_read(self, frame: dict[str, Any]) -> None:
        seq = frame.get("seq")
        if not _is_count(seq):
            await self._bad("bad_field", field="seq")
            return
        if int(seq) <= self._read_sent or (self.side == "staff" and not self.can_send):
            return  # nothing new, or a silent observer (reading does not tell the young person anything)
        async with unit_of_work(self.runtime.sessionmaker) as uow:
            conversation = await uow.session.get(Conversation, self.conversation_id)
            assert conversation is not None
            self._read_sent = await service.mark_read(
                uow.session, self.runtime.pubsub, conversation, side=self.side, seq=int(seq)
            )

    async def _on_ping(self, frame: dict[str, Any]) -> None:
        await self.send({"type": "pong"})

    _handlers: ClassVar[dict[str, Any]] = {
        "hello": _on_hello,
        "send": _on_send,
        "typing": _on_typing,
        "read": _on_read,
        "ping": _on_ping,
    }

    def _take_token(self) -> bool:
        now = time.monotonic()
        self._tokens = min(float(SEND_BURST), self._tokens + (now - self._tokens_at) * SEND_PER_SECOND)
        self._tokens_at = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    # events from the hub ------------------------------------------------------------------------------------
    async def _pump(self, listener: Listener) -> None:
        while True:
            event = await listener.get()
            kind = event.get("type")
            if kind == "message":
                await self._on_message_event(event)
            elif kind == "typing":
                if event.get("side") != self.side and event.get("conn") != self.id:
                    await self.send({"type": "typing", "side": event.get("side")})
            elif kind == "read":
                await self.send({"type": "read", "side": event.get("side"), "seq": event.get("seq")})
            elif kind == "status":
                await self._refresh(str(event.get("event") or ""))
            elif kind == "risk":
                if self.side == "staff":
                    await self.send(dict(event))
            elif kind == _CHECK:
                await self._on_check(event)
            elif kind == _REVOKE:
                await self.error("unauthorized")
                raise _Reject("unauthorized", CLOSE_UNAUTHORIZED)
            elif event is RESYNC or kind == RESYNC["type"]:
                async with self._deliver_lock:
                    await self._catch_up_locked()
                await self._refresh("resync")

    async def _on_message_event(self, event: dict[str, Any]) -> None:
        seq = event.get("seq")
        if not _is_count(seq):
            return
        async with self._deliver_lock:
            if self.sent_seq < 0 or seq <= self.sent_seq:
                return
            if seq == self.sent_seq + 1:
                await self.send(_message_frame(event))
                self.sent_seq = seq
            else:
                await self._catch_up_locked()

    async def _catch_up_locked(self) -> None:
        """Send every stored message after ``sent_seq`` in order (the caller holds the delivery lock)."""
        if self.sent_seq < 0:
            return
        while True:
            async with unit_of_work(self.runtime.sessionmaker) as uow:
                rows = await service.messages_after(
                    uow.session, self.conversation_id, self.sent_seq, CATCH_UP_BATCH
                )
            for row in rows:
                if row.seq != self.sent_seq + 1:
                    return  # never skip a number; the next event or check fills it
                await self.send(_message_frame(row.as_event()))
                self.sent_seq = row.seq
            if len(rows) < CATCH_UP_BATCH:
                return

    async def _refresh(self, event: str) -> None:
        """Re-read the conversation after a status change: access, whether we may send, the status frame."""
        async with unit_of_work(self.runtime.sessionmaker) as uow:
            db = uow.session
            conversation = await db.get(Conversation, self.conversation_id)
            if conversation is None:
                raise _Reject("not_found", CLOSE_NOT_FOUND)
            if self.side == "staff":
                assert self.principal is not None
                try:
                    await access_conversation(db, self.principal, self.conversation_id)
                except NotFound:
                    await self.error("not_found")
                    raise _Reject("not_found", CLOSE_NOT_FOUND) from None
                self.can_send = conversation.status in service.OPEN_STATUSES and await may_write_conversation(
                    db, self.principal, conversation
                )
            else:
                self.can_send = conversation.status in service.OPEN_STATUSES
            self.status = conversation.status
        self._track_queue()
        await self._send_status(event)

    async def _send_status(self, event: str | None = None) -> None:
        snapshot = None
        async with unit_of_work(self.runtime.sessionmaker) as uow:
            conversation = await uow.session.get(Conversation, self.conversation_id)
            assert conversation is not None
        if conversation.status == "waiting" and self.side == "youth":
            snapshot = await self.runtime.queue.snapshot()
            self._queue_key = _queue_key(snapshot, self.conversation_id)
        frame = service.status_frame(conversation, snapshot, side=self.side)
        frame["can_send"] = self.can_send
        if event:
            frame["event"] = event
        await self.send(frame)

    async def push_queue(self, snapshot: service.QueueSnapshot) -> None:
        """From the queue watcher: a fresh place in the queue, sent only when it changed."""
        key = _queue_key(snapshot, self.conversation_id)
        if key == self._queue_key or self.status != "waiting":
            return
        self._queue_key = key
        with contextlib.suppress(Exception):
            await self.send(
                {
                    "type": "status",
                    "status": "waiting",
                    "event": "queue",
                    "position": key[0],
                    "wait_minutes": key[1],
                }
            )

    def local(self, event: dict[str, Any]) -> None:
        """An event for this socket from its own process (the watchdog), handled in order by the pump."""
        if self.listener is not None:
            self.listener.offer(event)

    def take_activity(self) -> bool:
        active, self._active = self._active, False
        return active

    async def _on_check(self, event: dict[str, Any]) -> None:
        if event["status"] == "missing":
            raise _Reject("not_found", CLOSE_NOT_FOUND)
        if event["status"] != self.status:
            await self._refresh("status")
        if event["last_seq"] > self.sent_seq >= 0:
            async with self._deliver_lock:
                await self._catch_up_locked()


_CHECK = "local.check"
_REVOKE = "local.revoke"


class _NotAllowed(Exception):
    pass


def _queue_key(snapshot: service.QueueSnapshot, conversation_id: int) -> tuple[int | None, int | None]:
    position = snapshot.position(conversation_id)
    return position, snapshot.expected_wait_minutes(position) if position else None


def _message_frame(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "message",
        "seq": event["seq"],
        "sender": event.get("sender"),
        "body": event.get("body"),
        "created_at": event.get("created_at"),
        "client_msg_id": event.get("client_msg_id"),
    }


def _is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31


def _about(frame: dict[str, Any]) -> dict[str, Any]:
    cmid = frame.get("client_msg_id")
    return {"client_msg_id": cmid} if isinstance(cmid, str) and CLIENT_MSG_ID.match(cmid) else {}


# -- handshakes --------------------------------------------------------------------------------------------


def origin_allowed(websocket: WebSocket, settings: Settings) -> bool:
    """The page that opens the socket must be ours: the configured base URL, or this very host."""
    origin = websocket.headers.get("origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    base = urlsplit(settings.base_url)
    if origin.rstrip("/") == f"{base.scheme}://{base.netloc}":
        return True
    host = websocket.headers.get("host", "")
    return bool(host) and origin.split("://", 1)[-1].rstrip("/") == host


def _client_ip(websocket: WebSocket, settings: Settings) -> str:
    peer = websocket.client.host if websocket.client else "unknown"
    forwarded = websocket.headers.get("x-forwarded-for")
    if forwarded and peer in settings.trusted_proxies:
        return forwarded.split(",")[-1].strip()[:64]
    return peer[:64]


async def _refuse(websocket: WebSocket, code: str, close: int) -> None:
    """Accept only to say why (browsers cannot read a refused handshake), then close."""
    await websocket.accept()
    with contextlib.suppress(Exception):
        await websocket.send_text(json.dumps({"type": "error", "code": code}))
        await websocket.close(code=close)


@router.websocket("/ws/chat")
async def youth_chat(websocket: WebSocket) -> None:
    runtime = ChatRuntime.of(websocket.app)
    if not origin_allowed(websocket, runtime.settings):
        await websocket.close(code=CLOSE_POLICY)  # before accept: the handshake is refused (403)
        return
    token = websocket.cookies.get(youth_service.COOKIE)
    contact_id = youth_service.read_session_token(runtime.settings, token) if token else None
    requested = websocket.query_params.get("conversation", "")
    try:
        async with unit_of_work(runtime.sessionmaker) as uow:
            db = uow.session
            contact = await db.get(YouthContact, contact_id) if contact_id is not None else None
            if contact is None or contact.status != "active":
                raise _Reject("unauthorized", CLOSE_UNAUTHORIZED)
            if requested:
                if not requested.isdigit():
                    raise _Reject("not_found", CLOSE_NOT_FOUND)
                try:
                    conversation = await service.conversation_of_contact(db, contact, int(requested))
                except NotFound:
                    raise _Reject("not_found", CLOSE_NOT_FOUND) from None
            else:
                found = await service.open_conversation_for(db, contact)
                if found is None:
                    raise _Reject("not_found", CLOSE_NOT_FOUND)
                conversation = found
    except _Reject as refused:
        await _refuse(websocket, refused.code, refused.close)
        return
    await websocket.accept()
    connection = ChatConnection(
        websocket,
        runtime,
        conversation,
        "youth",
        can_send=conversation.status in service.OPEN_STATUSES,
    )
    await connection.run()


@router.websocket("/ws/staff/chat/{conversation_id}")
async def staff_chat(websocket: WebSocket, conversation_id: int) -> None:
    runtime = ChatRuntime.of(websocket.app)
    settings = runtime.settings
    if not origin_allowed(websocket, settings):
        await websocket.close(code=CLOSE_POLICY)
        return
    principal: Principal | None = None
    try:
        async with unit_of_work(runtime.sessionmaker) as uow:
            db = uow.session
            state = await auth_service.resolve_session(
                db, settings, websocket.cookies.get(STAFF_COOKIE), mfa=True
            )
            if state is None:
                raise _Reject("unauthorized", CLOSE_UNAUTHORIZED)
            request_id = str(websocket.scope.get("state", {}).get("request_id", ""))
            principal = Principal.of(
                state.user, state.session.id, _client_ip(websocket, settings), request_id
            )
            if not principal.can(Perm.COUNSEL):
                raise _Reject("not_found", CLOSE_NOT_FOUND)
            try:
                conversation = await access_conversation(db, principal, conversation_id)
            except NotFound:
                raise _Reject("not_found", CLOSE_NOT_FOUND) from None
            can_send = conversation.status in service.OPEN_STATUSES and await may_write_conversation(
                db, principal, conversation
            )
            # Opening a conversation is reading a young person's messages: logged like any record view.
            await audit.record(
                db,
                principal.actor,
                "counselling.opened",
                object_type="conversation",
                object_id=conversation.id,
            )
    except _Reject as refused:
        if refused.code == "not_found" and principal is not None:
            await _audit_denied(runtime, principal, conversation_id)
        await _refuse(websocket, refused.code, refused.close)
        return
    await websocket.accept()
    await ChatConnection(
        websocket, runtime, conversation, "staff", principal=principal, can_send=can_send
    ).run()


async def _audit_denied(runtime: ChatRuntime, principal: Principal, conversation_id: int) -> None:
    try:
        async with unit_of_work(runtime.sessionmaker) as uow:
            await audit.record(
                uow.session,
                principal.actor,
                "access.denied",
                center_code=principal.center_code,
                details={"path": f"/ws/staff/chat/{conversation_id}", "method": "WEBSOCKET", "status": 404},
            )
    except Exception:
        log.exception("could not audit a refused chat socket")
