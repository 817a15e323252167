"""One pub/sub subscription per process, fanned out to many local listeners.

:class:`~ondam.kit.pubsub.RedisPubSub` opens a Redis connection per ``subscribe``; a process holding a thousand
WebSockets cannot do that. The hub holds **one** source per process and hands each message to every local
:class:`Listener` of its channel:

- ``RedisHubSource``: one Redis connection; ``SUBSCRIBE`` when a channel gets its first local listener and
  ``UNSUBSCRIBE`` when it loses its last one. :meth:`Hub.listen` returns only after Redis confirmed the
  subscription, so a caller that reads the database *after* ``listen`` returned cannot miss an event published
  after that read (events are published after commit).
- ``MemoryHubSource``: taps :class:`~ondam.kit.pubsub.MemoryPubSub` (embedded mode, one process).

Each listener has a bounded queue. A listener whose queue is full is **dropped** (its ``get`` raises
:class:`ListenerDropped`): a slow client never blocks the others nor the hub, and resumes from the database
(pub/sub is at most once anyway; completeness comes from the numbered messages). When the Redis connection is
lost, the hub reconnects with back-off, re-subscribes every channel and puts :data:`RESYNC` in every listener's
queue: events may have been missed in between, so the consumer re-reads what it needs.

Messages are shared between listeners: treat them as read-only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Protocol

from redis.asyncio import Redis
from redis.asyncio.client import PubSub as RedisClientPubSub

from ondam.kit.pubsub import MemoryPubSub, Message, PubSub, RedisPubSub

log = logging.getLogger(__name__)

RESYNC: Message = {"type": "hub.resync"}  # put in every queue after the hub may have missed events
DEFAULT_QUEUE_SIZE = 256
SUBSCRIBE_TIMEOUT = 5.0


class ListenerDropped(Exception):
    """The listener fell too far behind (or the hub closed): stop, and resume from the database."""


class Listener:
    """A bounded queue of the events of some channels, fed by the hub."""

    def __init__(self, channels: tuple[str, ...], maxsize: int) -> None:
        self.channels = channels
        self._maxsize = maxsize
        self._queue: asyncio.Queue[Message] = asyncio.Queue()  # bounded by ``offer``, not by the queue
        self.dropped: str | None = None  # why, once dropped

    def offer(self, message: Message) -> None:
        """Called by the hub; never blocks. A full queue drops the listener."""
        if self.dropped is not None:
            return
        if self._queue.qsize() >= self._maxsize:
            self.drop("overflow")
            return
        self._queue.put_nowait(message)

    def drop(self, reason: str) -> None:
        """Discard what is queued and make the consumer's next ``get`` raise :class:`ListenerDropped`."""
        if self.dropped is not None:
            return
        self.dropped = reason
        while not self._queue.empty():
            self._queue.get_nowait()
        self._queue.put_nowait(_DROPPED)

    def pending(self) -> int:
        return self._queue.qsize()

    async def get(self) -> Message:
        """The next event; raises :class:`ListenerDropped` once dropped."""
        message = await self._queue.get()
        if message is _DROPPED:
            self._queue.put_nowait(_DROPPED)  # every later call raises too
            raise ListenerDropped(self.dropped or "dropped")
        return message

    def __aiter__(self) -> AsyncIterator[Message]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Message]:
        while True:
            yield await self.get()


_DROPPED: Message = {"type": "hub.dropped"}


Deliver = Callable[[str, Message], None]


class HubSource(Protocol):
    """Where the hub's events come from. ``deliver(channel, message)`` and ``lost()`` are set by the hub."""

    async def start(self, deliver: Deliver, lost: Callable[[], None]) -> None: ...

    async def add(self, channel: str) -> None:
        """Start receiving ``channel``; return once events published from now on will arrive."""

    async def remove(self, channel: str) -> None: ...

    async def close(self) -> None: ...


class MemoryHubSource:
    def __init__(self, pubsub: MemoryPubSub) -> None:
        self._pubsub = pubsub
        self._remove_tap: Callable[[], None] | None = None
        self._wanted: set[str] = set()
        self._deliver: Deliver | None = None

    async def start(self, deliver: Deliver, lost: Callable[[], None]) -> None:
        self._deliver = deliver

        def tap(channel: str, message: Message) -> None:
            if channel in self._wanted and self._deliver is not None:
                self._deliver(channel, message)

        self._remove_tap = self._pubsub.tap(tap)

    async def add(self, channel: str) -> None:
        self._wanted.add(channel)

    async def remove(self, channel: str) -> None:
        self._wanted.discard(channel)

    async def close(self) -> None:
        if self._remove_tap is not None:
            self._remove_tap()
            self._remove_tap = None


class RedisHubSource:
    """One Redis connection with dynamic SUBSCRIBE/UNSUBSCRIBE; one reader task."""

    def __init__(self, redis: Redis, channel_prefix: str) -> None:
        self._redis = redis
        self._prefix = channel_prefix
        self._control = f"{channel_prefix}_hub"  # always subscribed: the connection exists from the start
        self._pubsub: RedisClientPubSub | None = None
        self._reader: asyncio.Task[None] | None = None
        self._deliver: Deliver | None = None
        self._lost: Callable[[], None] | None = None
        self._wanted: set[str] = set()
        self._awaiting: dict[str, int] = {}  # SUBSCRIBE commands sent and not yet confirmed, per channel
        self._ready: dict[str, asyncio.Event] = {}
        self._closing = asyncio.Event()
        self.reconnects = 0

    async def start(self, deliver: Deliver, lost: Callable[[], None]) -> None:
        self._deliver, self._lost = deliver, lost
        await self._connect()
        self._reader = asyncio.create_task(self._read_forever(), name="hub-redis-reader")

    async def _connect(self) -> None:
        pubsub = self._redis.pubsub()
        self._pubsub = pubsub
        self._awaiting = {}
        await pubsub.subscribe(self._control)
        connection: Any = getattr(pubsub, "connection", None)  # typed as always None in redis-py
        if connection is not None:
            # redis-py reconnects a dropped connection by itself (and re-subscribes); we must know, because
            # whatever was published meanwhile is lost.
            connection.register_connect_callback(self._on_reconnect)
        for channel in sorted(self._wanted):
            await self._send_subscribe(channel)

    async def _on_reconnect(self, connection: object) -> None:
        self.reconnects += 1
        if self._lost is not None:
            self._lost()
            # Once more when the re-subscriptions have surely been confirmed: an event published between the
            # first resync's database read and the confirmation would otherwise wait for the next event.
            asyncio.get_running_loop().call_later(1.0, self._lost)

    async def _release(self) -> None:
        if self._pubsub is None:
            return
        connection: Any = getattr(self._pubsub, "connection", None)
        if connection is not None:
            connection.deregister_connect_callback(self._on_reconnect)
        with contextlib.suppress(Exception):
            await self._pubsub.aclose()  # type: ignore[no-untyped-call]  # untyped in redis-py

    async def _send_subscribe(self, channel: str) -> None:
        assert self._pubsub is not None
        self._ready.setdefault(channel, asyncio.Event())
        self._awaiting[channel] = self._awaiting.get(channel, 0) + 1
        await self._pubsub.subscribe(self._prefix + channel)

    async def add(self, channel: str) -> None:
        self._wanted.add(channel)
        event = self._ready.get(channel)
        if event is not None and event.is_set():
            return
        if self._awaiting.get(channel, 0) == 0 or event is None:
            self._ready[channel] = event = asyncio.Event()
            try:
                await self._send_subscribe(channel)
            except Exception:
                log.warning("hub: could not subscribe a channel; will retry on reconnect", exc_info=True)
                return
        try:
            await asyncio.wait_for(event.wait(), SUBSCRIBE_TIMEOUT)
        except TimeoutError:
            log.warning("hub: Redis did not confirm a subscription within %.0f s", SUBSCRIBE_TIMEOUT)

    async def remove(self, channel: str) -> None:
        self._wanted.discard(channel)
        self._ready.pop(channel, None)
        if self._pubsub is None:
            return
        try:
            await self._pubsub.unsubscribe(self._prefix + channel)
        except Exception:
            log.debug("hub: unsubscribe failed (connection lost?)", exc_info=True)

    async def _read_forever(self) -> None:
        delay = 0.2
        while not self._closing.is_set():
            try:
                assert self._pubsub is not None
                raw = await self._pubsub.get_message(timeout=1.0)
                delay = 0.2
                if raw is not None:
                    self._handle(raw)
            except asyncio.CancelledError:
                raise
            except Exception:
                if self._closing.is_set():
                    return
                log.warning("hub: Redis connection lost; reconnecting", exc_info=True)
                await asyncio.sleep(delay + random.uniform(0, delay))  # noqa: S311 - jitter, not security
                delay = min(delay * 2, 5.0)
                await self._release()
                for event in self._ready.values():
                    event.clear()
                try:
                    await self._connect()
                except Exception:
                    log.warning("hub: reconnect failed", exc_info=True)
                    continue
                self.reconnects += 1
                if self._lost is not None:
                    self._lost()

    def _handle(self, raw: dict[str, Any]) -> None:
        kind = raw.get("type")
        name = raw.get("channel")
        channel_name = name.decode() if isinstance(name, bytes) else str(name)
        if not channel_name.startswith(self._prefix):
            return
        channel = channel_name[len(self._prefix) :]
        if kind == "subscribe":
            left = self._awaiting.get(channel, 0) - 1
            self._awaiting[channel] = max(0, left)
            if left <= 0 and channel in self._wanted:
                self._ready.setdefault(channel, asyncio.Event()).set()
            return
        if kind != "message" or self._deliver is None:
            return
        data = raw["data"]
        try:
            message = json.loads(data.decode() if isinstance(data, bytes) else data)
        except ValueError:
            log.warning("hub: a message on a channel was not JSON; ignored")
            return
        if isinstance(message, dict):
            self._deliver(channel, message)

    async def close(self) -> None:
        self._closing.set()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        await self._release()


class Hub:
    """Fan-out of one process's pub/sub events to its local listeners."""

    def __init__(self, source: HubSource, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        self._source = source
        self._queue_size = queue_size
        self._listeners: dict[str, set[Listener]] = {}
        self._started = False
        self._start_lock = asyncio.Lock()
        self._closed = False
        self.delivered = 0
        self.dropped = 0

    @classmethod
    def for_pubsub(cls, pubsub: PubSub, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> Hub:
        if isinstance(pubsub, RedisPubSub):
            # The source takes one connection of the app's Redis client for its whole life (as any Redis
            # subscriber does); the client itself stays the app's to close.
            return cls(RedisHubSource(pubsub.redis, pubsub.channel_prefix), queue_size=queue_size)
        if isinstance(pubsub, MemoryPubSub):
            return cls(MemoryHubSource(pubsub), queue_size=queue_size)
        raise TypeError(f"no hub source for {type(pubsub).__name__}")

    async def _ensure_started(self) -> None:
        if self._started:
            return
        async with self._start_lock:
            if not self._started:
                await self._source.start(self._deliver, self._lost)
                self._started = True

    def _deliver(self, channel: str, message: Message) -> None:
        for listener in list(self._listeners.get(channel, ())):
            listener.offer(message)
            if listener.dropped is not None:
                self.dropped += 1
                self._detach(listener)  # the channel is unsubscribed when its consumer leaves the block
            else:
                self.delivered += 1

    def _lost(self) -> None:
        for listeners in self._listeners.values():
            for listener in listeners:
                listener.offer(RESYNC)

    def _detach(self, listener: Listener) -> None:
        for channel in listener.channels:
            members = self._listeners.get(channel)
            if members is not None:
                members.discard(listener)

    @asynccontextmanager
    async def listen(self, *channels: str, queue_size: int | None = None) -> AsyncIterator[Listener]:
        """A listener for ``channels``, subscribed (and, on Redis, confirmed) before the block starts."""
        if self._closed:
            raise ListenerDropped("closed")
        await self._ensure_started()
        listener = Listener(tuple(dict.fromkeys(channels)), queue_size or self._queue_size)
        for channel in listener.channels:
            self._listeners.setdefault(channel, set()).add(listener)
        try:
            for channel in listener.channels:
                await self._source.add(channel)  # idempotent; waits for a confirmation still pending
            yield listener
        finally:
            self._detach(listener)
            for channel in listener.channels:
                # Checked and removed without an await in between, so a listener that arrives meanwhile
                # either keeps the channel or subscribes it again after this unsubscribe.
                if not self._listeners.get(channel):
                    self._listeners.pop(channel, None)
                    if not self._closed:
                        await self._source.remove(channel)

    def listener_count(self) -> int:
        return len({id(listener) for members in self._listeners.values() for listener in members})

    def channel_count(self) -> int:
        return len(self._listeners)

    async def close(self) -> None:
        """Drop every listener (their consumers end) and release the source."""
        self._closed = True
        for members in list(self._listeners.values()):
            for listener in list(members):
                listener.drop("closed")
        self._listeners.clear()
        if self._started:
            await self._source.close()
