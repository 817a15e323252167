"""Time in one place, always timezone-aware UTC, so tests can move it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")

_offset = timedelta(0)


def utcnow() -> datetime:
    return datetime.now(UTC) + _offset


def today_kst() -> date:
    """The calendar day in Korea; effective-dated reference data is dated in KST."""
    return utcnow().astimezone(KST).date()


def advance(delta: timedelta) -> None:
    """Move the clock forward (tests only)."""
    global _offset  # noqa: PLW0603 - one process-wide test clock is the point
    _offset += delta


def reset() -> None:
    global _offset  # noqa: PLW0603
    _offset = timedelta(0)
