"""Publish/subscribe for realtime events: in-process by default, Redis across processes.

Messages are small JSON objects. Publish from request or job code with :func:`publish_after_commit` so that
subscribers never see an event for data that was rolled back.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Protocol

from redis.asyncio import Redis

from ondam.kit.db import UnitOfWork

Message = dict[str, Any]


class PubSub(Protocol):
    async def publish(self, channel: str, message: Message) -> None: ...

    def subscribe(self, channel: str) -> contextlib.AbstractAsyncContextManager[AsyncIterator[Message]]: ...

    async def ping(self) -> None: ...

    async def close(self) -> None: ...


class MemoryPubSub:
    """One process only. Slow subscribers lose the oldest messages rather than block publishers."""

    def __init__(self, queue_size: int = 1000) -> None:
        self._subscribers: dict[str, set[asyncio.Queue[Message]]] = {}
        self._taps: list[Callable[[str, Message], None]] = []
        self._queue_size = queue_size

    async def publish(self, channel: str, message: Message) -> None:
        payload = json.loads(json.dumps(message))  # same copy semantics as the Redis path
        for queue in list(self._subscribers.get(channel, ())):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(payload)
        for tap in list(self._taps):
            tap(channel, payload)

    def tap(self, callback: Callable[[str, Message], None]) -> Callable[[], None]:
        """Call ``callback(channel, message)`` for every message published on any channel (the in-process
        side of :class:`ondam.kit.hub.Hub`); returns a function that removes the tap. The callback must not
        block or raise."""
        self._taps.append(callback)

        def remove() -> None:
            if callback in self._taps:
                self._taps.remove(callback)

        return remove

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[Message]]:
        queue: asyncio.Queue[Message] = asyncio.Queue(self._queue_size)
        self._subscribers.setdefault(channel, set()).add(queue)

        async def messages() -> AsyncIterator[Message]:
            while True:
                yield await queue.get()

        try:
            yield messages()
        finally:
            subscribers = self._subscribers.get(channel)
            if subscribers is not None:
                subscribers.discard(queue)
                if not subscribers:
                    del self._subscribers[channel]

    async def ping(self) -> None:
        return None

    async def close(self) -> None:
        self._subscribers.clear()
        self._taps.clear()


class RedisPubSub:
    def __init__(self, redis: Redis, prefix: str = "ondam") -> None:
        self._redis = redis
        self._prefix = f"{prefix}:ev:"

    @property
    def redis(self) -> Redis:
        return self._redis

    @property
    def channel_prefix(self) -> str:
        """What every channel name is prefixed with in Redis (``<ONDAM_REDIS_PREFIX>:ev:``)."""
        return self._prefix

    async def publish(self, channel: str, message: Message) -> None:
        await self._redis.publish(self._prefix + channel, json.dumps(message, ensure_ascii=False))

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[Message]]:
        pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(self._prefix + channel)

        async def messages() -> AsyncIterator[Message]:
            while True:
                raw = await pubsub.get_message(timeout=1.0)
                if raw is None:
                    continue
                data = raw["data"]
                yield json.loads(data.decode() if isinstance(data, bytes) else data)

        try:
            yield messages()
        finally:
            await pubsub.unsubscribe()
            await pubsub.aclose()  # type: ignore[no-untyped-call]  # untyped in redis-py

    async def ping(self) -> None:
        await self._redis.ping()

    async def close(self) -> None:
        """Nothing to release: the Redis client belongs to whoever created it (the app closes its own)."""


def publish_after_commit(uow: UnitOfWork, pubsub: PubSub, channel: str, message: Message) -> None:
    async def _publish() -> None:
        await pubsub.publish(channel, message)

    uow.after_commit(_publish)
