"""One chat socket (young person's or staff's) of the protocol described in :mod:`ondam.counselling.realtime`:
reading and checking client frames, sending in seq order each message once, and the events from the hub.

:mod:`ondam.counselling.realtime` holds what the sockets of one process share (the hub, the queue watcher, the
watchdog) and the two handshakes; this module is the life of one socket once it is accepted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import secrets
import time
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeGuard

from fastapi import WebSocket
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.websockets import WebSocketDisconnect, WebSocketDisconnected, WebSocketState

from ondam.access import Principal, access_conversation, may_write_conversation
from ondam.counselling import service
from ondam.kit.db import unit_of_work
from ondam.kit.errors import Conflict, NotFound
from ondam.kit.hub import RESYNC, Listener, ListenerDropped
from ondam.models import Conversation

if TYPE_CHECKING:
    from ondam.counselling.realtime import ChatRuntime

log = logging.getLogger("ondam.counselling.realtime")

MAX_FRAME_BYTES = 16 * 1024
MAX_BAD_FRAMES = 20
SEND_BURST = 10  # messages a connection may send at once ...
SEND_PER_SECOND = 1.0  # ... and then on average
TYPING_INTERVAL = 2.0
SEND_TIMEOUT = 10.0  # a client that does not take a frame in this time is closed (4408)
CATCH_UP_BATCH = 200
BUSY_RETRY_SECONDS = 2  # after a refusal because every database connection was busy
CLIENT_MSG_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")

CLOSE_UNAUTHORIZED = 4401
CLOSE_NOT_FOUND = 4404
CLOSE_TOO_SLOW = 4408
CLOSE_POLICY = 1008
CLOSE_RESTART = 1012

Side = Literal["youth", "staff"]

# Frames the process itself puts on a connection's listener (never from the client or the pub/sub): the periodic
# database check found the conversation ahead of this socket (``LOCAL_CHECK``), or the staff session was revoked.
LOCAL_CHECK = "local.check"
LOCAL_REVOKE = "local.revoke"


class Reject(Exception):
    """Refuse a socket (at the handshake, or close it later) with an error ``code`` and a close code."""

    def __init__(self, code: str, close: int) -> None:
        super().__init__(code)
        self.code = code
        self.close = close


async def first_ended(*jobs: Coroutine[Any, Any, None]) -> set[asyncio.Task[None]]:
    """Run a socket's jobs (reader, pump, ...) until one ends; cancel the others and wait for them. Returns the
    ended task(s), whose ``exception()`` says why."""
    tasks = [asyncio.create_task(job) for job in jobs]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return done


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
                done = await first_ended(self._read_frames(), self._pump(listener))
                for task in done:
                    error = task.exception()
                    if isinstance(error, ListenerDropped):
                        close_code = CLOSE_TOO_SLOW if str(error) == "overflow" else CLOSE_RESTART
                    elif isinstance(error, Reject):
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
            except (Reject, WebSocketDisconnect, WebSocketDisconnected, TimeoutError, OSError):
                raise
            except PoolTimeout:
                # Overload, not a fault: every database connection stayed busy for the pool's whole timeout.
                # Nothing was stored; the client keeps the message and sends it again after retry_after.
                log.warning("chat frame %s refused: database pool exhausted", frame["type"])
                await self.error("busy", retry_after=BUSY_RETRY_SECONDS, **_about(frame))
            except Exception:
                log.exception("chat frame %s failed", frame["type"])
                await self.error("server_error", **_about(frame))

    async def _bad(self, code: str, **extra: Any) -> None:
        self._bad_frames += 1
        await self.error(code, **extra)
        if self._bad_frames > MAX_BAD_FRAMES:
            raise Reject("too_many_bad_frames", CLOSE_POLICY)

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
            elif kind == LOCAL_CHECK:
                await self._on_check(event)
            elif kind == LOCAL_REVOKE:
                await self.error("unauthorized")
                raise Reject("unauthorized", CLOSE_UNAUTHORIZED)
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
                raise Reject("not_found", CLOSE_NOT_FOUND)
            if self.side == "staff":
                assert self.principal is not None
                try:
                    await access_conversation(db, self.principal, self.conversation_id)
                except NotFound:
                    await self.error("not_found")
                    raise Reject("not_found", CLOSE_NOT_FOUND) from None
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
            raise Reject("not_found", CLOSE_NOT_FOUND)
        if event["status"] != self.status:
            await self._refresh("status")
        if event["last_seq"] > self.sent_seq >= 0:
            async with self._deliver_lock:
                await self._catch_up_locked()


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
