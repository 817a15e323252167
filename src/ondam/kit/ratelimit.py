"""Fixed-window rate limits: in memory for one process, in Redis across processes."""

from __future__ import annotations

import time
from typing import Protocol

from redis.asyncio import Redis


class RateLimiter(Protocol):
    async def hit(self, key: str, limit: int, window_seconds: int) -> bool:
        """Count one event; False when the key is over ``limit`` in the current window."""
        ...


class MemoryRateLimiter:
    def __init__(self) -> None:
        self._counts: dict[str, tuple[int, int]] = {}

    async def hit(self, key: str, limit: int, window_seconds: int) -> bool:
        window = int(time.time()) // window_seconds
        full_key = f"{key}:{window_seconds}"
        seen_window, count = self._counts.get(full_key, (window, 0))
        if seen_window != window:
            count = 0
        count += 1
        self._counts[full_key] = (window, count)
        if len(self._counts) > 100_000:  # bounded memory under a flood of distinct keys
            self._counts = {k: v for k, v in self._counts.items() if v[0] == window}
        return count <= limit

    def reset(self) -> None:
        self._counts.clear()


class RedisRateLimiter:
    def __init__(self, redis: Redis, prefix: str = "ondam") -> None:
        self._redis = redis
        self._prefix = prefix

    async def hit(self, key: str, limit: int, window_seconds: int) -> bool:
        window = int(time.time()) // window_seconds
        full_key = f"{self._prefix}:rl:{key}:{window_seconds}:{window}"
        pipe = self._redis.pipeline()
        pipe.incr(full_key)
        pipe.expire(full_key, window_seconds + 1)
        count, _ = await pipe.execute()
        return int(count) <= limit
