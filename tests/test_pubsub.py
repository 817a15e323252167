"""Realtime events: in-process by default, Redis across processes; published only after commit."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from ondam.kit.db import unit_of_work
from ondam.kit.pubsub import MemoryPubSub, PubSub, RedisPubSub, publish_after_commit
from tests.conftest import REDIS_URL


async def _next(pubsub: PubSub, channel: str, publish) -> dict:  # type: ignore[no-untyped-def, type-arg]
    async with pubsub.subscribe(channel) as messages:
        await asyncio.sleep(0.05)  # Redis confirms the subscription asynchronously
        await publish()
        return await asyncio.wait_for(anext(messages), 5)


async def test_memory_pubsub_delivers_to_subscribers() -> None:
    bus = MemoryPubSub()

    async def publish() -> None:
        await bus.publish("chat:1", {"type": "message", "id": 1})
        await bus.publish("chat:2", {"type": "other"})

    assert await _next(bus, "chat:1", publish) == {"type": "message", "id": 1}


async def test_memory_pubsub_drops_oldest_for_slow_subscribers() -> None:
    bus = MemoryPubSub(queue_size=2)
    async with bus.subscribe("c") as messages:
        for i in range(5):
            await bus.publish("c", {"i": i})
        assert [await anext(messages), await anext(messages)] == [{"i": 3}, {"i": 4}]


async def test_events_are_published_only_after_commit(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    bus = MemoryPubSub()
    async with bus.subscribe("case:1") as messages:
        with pytest.raises(RuntimeError):
            async with unit_of_work(sessionmaker) as uow:
                publish_after_commit(uow, bus, "case:1", {"v": "rolled back"})
                raise RuntimeError
        async with unit_of_work(sessionmaker) as uow:
            publish_after_commit(uow, bus, "case:1", {"v": "committed"})
        assert await asyncio.wait_for(anext(messages), 1) == {"v": "committed"}


@pytest.mark.redis
@pytest.mark.skipif(
    not REDIS_URL, reason="ONDAM_TEST_REDIS_URL not set (the PostgreSQL+Redis CI run sets it)"
)
async def test_redis_pubsub_crosses_processes(settings) -> None:  # type: ignore[no-untyped-def]
    # Two clients with separate connections stand for two app processes.
    client_one, client_two = Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)
    one = RedisPubSub(client_one, settings.redis_prefix)
    two = RedisPubSub(client_two, settings.redis_prefix)
    try:
        await one.ping()

        async def publish() -> None:
            await two.publish("chat:9", {"type": "message", "text_id": 5, "ko": "안녕"})

        assert await _next(one, "chat:9", publish) == {"type": "message", "text_id": 5, "ko": "안녕"}
    finally:
        await client_one.aclose()
        await client_two.aclose()
