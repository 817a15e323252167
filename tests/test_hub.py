"""The per-process fan-out hub: one subscription per channel for many listeners, bounded queues, resync."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from ondam.kit.hub import RESYNC, Hub, ListenerDropped
from ondam.kit.pubsub import MemoryPubSub, PubSub, RedisPubSub
from tests.conftest import REDIS_URL

needs_redis = pytest.mark.skipif(
    not REDIS_URL, reason="ONDAM_TEST_REDIS_URL not set (the PostgreSQL+Redis CI run sets it)"
)


@pytest.fixture(params=["memory", pytest.param("redis", marks=[pytest.mark.redis, needs_redis])])
async def bus(request: pytest.FixtureRequest, settings) -> AsyncIterator[PubSub]:  # type: ignore[no-untyped-def]
    if request.param == "memory":
        yield MemoryPubSub()
        return
    client = Redis.from_url(REDIS_URL)
    yield RedisPubSub(client, settings.redis_prefix)
    await client.aclose()


async def test_many_listeners_share_one_subscription_and_each_gets_every_event(bus: PubSub) -> None:
    hub = Hub.for_pubsub(bus)
    async with (
        hub.listen("conv:1") as a,
        hub.listen("conv:1") as b,
        hub.listen("conv:2") as c,
        hub.listen("conv:1", "conv:2") as both,
    ):
        assert hub.channel_count() == 2
        assert hub.listener_count() == 4
        if isinstance(bus, RedisPubSub):
            counts = dict(
                await bus.redis.pubsub_numsub(bus.channel_prefix + "conv:1", bus.channel_prefix + "conv:2")
            )
            assert set(counts.values()) == {1}  # one Redis subscription per channel, whatever the listeners
        # listen() returned after the subscription was confirmed: an event published now is never missed.
        await bus.publish("conv:1", {"n": 1})
        await bus.publish("conv:2", {"n": 2})
        assert [await asyncio.wait_for(a.get(), 2), await asyncio.wait_for(b.get(), 2)] == [
            {"n": 1},
            {"n": 1},
        ]
        assert await asyncio.wait_for(c.get(), 2) == {"n": 2}
        assert {(await asyncio.wait_for(both.get(), 2))["n"] for _ in range(2)} == {1, 2}
    assert hub.channel_count() == 0
    if isinstance(bus, RedisPubSub):
        await asyncio.sleep(0.1)
        counts = dict(await bus.redis.pubsub_numsub(bus.channel_prefix + "conv:1"))
        assert set(counts.values()) == {0}  # the last listener left: unsubscribed
    await hub.close()


async def test_a_slow_listener_is_dropped_and_the_others_keep_receiving(bus: PubSub) -> None:
    hub = Hub.for_pubsub(bus, queue_size=5)
    async with hub.listen("c") as slow, hub.listen("c") as fast:
        received = []
        for n in range(20):
            await bus.publish("c", {"n": n})
            received.append((await asyncio.wait_for(fast.get(), 2))["n"])  # fast keeps up, slow never reads
        assert received == list(range(20))
        with pytest.raises(ListenerDropped, match="overflow"):
            await slow.get()
        assert slow.dropped == "overflow"
        assert hub.dropped == 1
    await hub.close()


async def test_closing_the_hub_ends_every_listener(bus: PubSub) -> None:
    hub = Hub.for_pubsub(bus)
    async with hub.listen("x") as listener:
        waiting = asyncio.create_task(listener.get())
        await asyncio.sleep(0.05)
        await hub.close()
        with pytest.raises(ListenerDropped, match="closed"):
            await asyncio.wait_for(waiting, 2)
    with pytest.raises(ListenerDropped):
        async with hub.listen("y"):
            pass


@pytest.mark.redis
@needs_redis
async def test_a_lost_redis_connection_is_resubscribed_and_listeners_are_told_to_resync(settings) -> None:  # type: ignore[no-untyped-def]
    client = Redis.from_url(REDIS_URL)
    bus = RedisPubSub(client, settings.redis_prefix)
    hub = Hub.for_pubsub(bus)
    async with hub.listen("conv:9") as listener:
        source = hub._source
        connection = source._pubsub.connection  # type: ignore[attr-defined]
        await connection.disconnect()  # as if Redis restarted or the network dropped
        assert await asyncio.wait_for(listener.get(), 5) == RESYNC
        await asyncio.sleep(
            1.5
        )  # let the reconnect settle (it backs off up to 0.4 s, and resyncs again at 1 s)
        for _ in range(50):  # the hub has subscribed again by itself
            counts = dict(await client.pubsub_numsub(bus.channel_prefix + "conv:9"))
            if set(counts.values()) == {1} and source._ready["conv:9"].is_set():  # type: ignore[attr-defined]
                break
            await asyncio.sleep(0.05)
        assert source.reconnects >= 1  # type: ignore[attr-defined]
        await bus.publish("conv:9", {"after": True})
        got = [await asyncio.wait_for(listener.get(), 5)]
        while got[-1] == RESYNC:
            got.append(await asyncio.wait_for(listener.get(), 5))
        assert got[-1] == {"after": True}
    await hub.close()
    await client.aclose()
