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

Modules: this one holds what the sockets of one process share (the hub, the queue watcher, the watchdog) and
the two handshakes; :mod:`ondam.counselling.connection` is the life of one accepted socket (frames, delivery,
hub events) and the protocol's limits, re-exported here.

Close codes: 4401 not signed in, 4404 no such conversation (or no access), 4408 too slow (reconnect and
resume), 1008 policy (bad frames), 1012 server restarting (reconnect).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, WebSocket
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Perm, Principal, access_conversation, may_write_conversation
from ondam.audit import service as audit
from ondam.auth import service as auth_service
from ondam.auth.deps import COOKIE as STAFF_COOKIE
from ondam.counselling import service
from ondam.counselling.connection import (  # re-exported: the protocol's numbers live with the socket
    CATCH_UP_BATCH,
    CLIENT_MSG_ID,
    CLOSE_NOT_FOUND,
    CLOSE_POLICY,
    CLOSE_RESTART,
    CLOSE_TOO_SLOW,
    CLOSE_UNAUTHORIZED,
    LOCAL_CHECK,
    LOCAL_REVOKE,
    MAX_BAD_FRAMES,
    MAX_FRAME_BYTES,
    SEND_BURST,
    SEND_PER_SECOND,
    SEND_TIMEOUT,
    TYPING_INTERVAL,
    ChatConnection,
    Reject,
    Side,
)
from ondam.kit.db import unit_of_work
from ondam.kit.errors import NotFound
from ondam.kit.hub import Hub, Listener, ListenerDropped
from ondam.kit.pubsub import PubSub
from ondam.kit.settings import Settings
from ondam.models import Conversation, YouthContact
from ondam.youth import service as youth_service

__all__ = [
    "CATCH_UP_BATCH",
    "CLIENT_MSG_ID",
    "CLOSE_NOT_FOUND",
    "CLOSE_POLICY",
    "CLOSE_RESTART",
    "CLOSE_TOO_SLOW",
    "CLOSE_UNAUTHORIZED",
    "MAX_BAD_FRAMES",
    "MAX_FRAME_BYTES",
    "SEND_BURST",
    "SEND_PER_SECOND",
    "SEND_TIMEOUT",
    "TYPING_INTERVAL",
    "ChatConnection",
    "ChatRuntime",
    "QueueWatcher",
    "Side",
    "install",
    "router",
    "shutdown",
]

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)

SYNC_SECONDS = 20.0  # periodic check for a lost announcement or a changed status (one query per 500 sockets)
STAFF_CHECK_EVERY = 3  # staff sessions are checked every third period (once per staff cookie)
QUEUE_REFRESH_SECONDS = 30.0  # queue positions age even when nothing happens

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
                connection.local({"type": LOCAL_CHECK, "last_seq": last_seq, "status": status})
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
                    member.local({"type": LOCAL_REVOKE})

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


async def refuse(websocket: WebSocket, code: str, close: int) -> None:
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
                raise Reject("unauthorized", CLOSE_UNAUTHORIZED)
            if requested:
                if not requested.isdigit():
                    raise Reject("not_found", CLOSE_NOT_FOUND)
                try:
                    conversation = await service.conversation_of_contact(db, contact, int(requested))
                except NotFound:
                    raise Reject("not_found", CLOSE_NOT_FOUND) from None
            else:
                found = await service.open_conversation_for(db, contact)
                if found is None:
                    raise Reject("not_found", CLOSE_NOT_FOUND)
                conversation = found
    except Reject as refused:
        await refuse(websocket, refused.code, refused.close)
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
                raise Reject("unauthorized", CLOSE_UNAUTHORIZED)
            request_id = str(websocket.scope.get("state", {}).get("request_id", ""))
            principal = Principal.of(
                state.user, state.session.id, _client_ip(websocket, settings), request_id
            )
            if not principal.can(Perm.COUNSEL):
                raise Reject("not_found", CLOSE_NOT_FOUND)
            try:
                conversation = await access_conversation(db, principal, conversation_id)
            except NotFound:
                raise Reject("not_found", CLOSE_NOT_FOUND) from None
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
    except Reject as refused:
        if refused.code == "not_found" and principal is not None:
            await _audit_denied(runtime, principal, conversation_id)
        await refuse(websocket, refused.code, refused.close)
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
