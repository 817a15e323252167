"""The supervisor dashboard's numbers: who is on shift and how loaded, the queue by risk level, waiting times,
chats per hour over the last 24 hours, and open alerts.

Every number is computed by the database (counts, groupings, the median's middle rows) from the live tables;
the service only fills empty hours with zeros and turns timestamps into waiting seconds. Nothing here reads
message text. Supervisors only (``access.check_counselling_supervisor``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Principal, check_counselling_supervisor
from ondam.counselling import supervision
from ondam.counselling.console_service import presence_status
from ondam.counselling.queue import URGENT
from ondam.kit.clock import utcnow
from ondam.models import Conversation, StaffPresence, StaffUser

HOURS = 24
LEVELS = (3, 2, 1, 0)  # urgent, high, watch, none: the order the dashboard shows them
LEVEL_KEYS = {3: "urgent", 2: "high", 1: "watch", 0: "none"}


@dataclass(frozen=True)
class CounsellorLoad:
    staff_id: int
    name: str
    status: str  # available | busy | away
    active_chats: int
    max_chats: int


@dataclass(frozen=True)
class HourCount:
    hour: datetime  # start of the hour, UTC
    started: int  # conversations opened in that hour
    accepted: int  # conversations a counsellor took in that hour


@dataclass(frozen=True)
class Dashboard:
    generated_at: datetime
    counsellors: list[CounsellorLoad]
    queue_by_level: dict[int, int]  # level -> waiting conversations (danger now counts as urgent)
    waiting: int
    median_wait_seconds: int | None
    longest_wait_seconds: int | None
    longest_wait_conversation_id: int | None
    per_hour: list[HourCount]
    alerts: list[supervision.AlertView] = field(default_factory=list)

    @property
    def active_chats(self) -> int:
        return sum(c.active_chats for c in self.counsellors)

    @property
    def capacity(self) -> int:
        return sum(c.max_chats for c in self.counsellors)

    def as_json(self) -> dict[str, Any]:
        """The JSON the dashboard's script polls (times as ISO 8601 UTC)."""
        return {
            "generated_at": self.generated_at.isoformat(),
            "counsellors": [asdict(c) for c in self.counsellors],
            "active_chats": self.active_chats,
            "capacity": self.capacity,
            "queue_by_level": {LEVEL_KEYS[level]: self.queue_by_level[level] for level in LEVELS},
            "waiting": self.waiting,
            "median_wait_seconds": self.median_wait_seconds,
            "longest_wait_seconds": self.longest_wait_seconds,
            "longest_wait_conversation_id": self.longest_wait_conversation_id,
            "per_hour": [
                {"hour": h.hour.isoformat(), "started": h.started, "accepted": h.accepted}
                for h in self.per_hour
            ],
            "alerts": [
                {
                    "id": a.id,
                    "kind": a.kind,
                    "conversation_id": a.conversation_id,
                    "created_at": a.created_at.isoformat(),
                }
                for a in self.alerts
            ],
        }


def _level() -> ColumnElement[int]:
    """The queue's level in SQL: the young person's "danger now" makes a conversation urgent (queue.base_rank)."""
    return case(
        (Conversation.danger_now.is_(True), URGENT),
        (Conversation.risk_level > URGENT, URGENT),
        (Conversation.risk_level < 0, 0),
        else_=Conversation.risk_level,
    )


def _hour_bucket(db: AsyncSession, column: Any) -> ColumnElement[str]:
    """'YYYY-MM-DD HH' of a UTC timestamp column, in the database's own date functions."""
    if db.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", column)  # SQLite keeps UTC text 'YYYY-MM-DD HH:MM:SS.ffffff'


async def counsellors_on_shift(db: AsyncSession) -> list[CounsellorLoad]:
    """Staff whose presence is not offline, with their active chats (one grouped query); ``busy`` is derived
    from the load (``console_service.presence_status``)."""
    active = (
        select(Conversation.assigned_staff_id.label("staff_id"), func.count(Conversation.id).label("n"))
        .where(Conversation.status == "active", Conversation.assigned_staff_id.is_not(None))
        .group_by(Conversation.assigned_staff_id)
        .subquery()
    )
    rows = (
        await db.execute(
            select(
                StaffUser.id,
                StaffUser.display_name,
                StaffPresence.status,
                StaffPresence.max_chats,
                func.coalesce(active.c.n, 0),
            )
            .join(StaffPresence, StaffPresence.staff_id == StaffUser.id)
            .outerjoin(active, active.c.staff_id == StaffUser.id)
            .where(StaffPresence.status != "offline", StaffUser.is_active.is_(True))
            .order_by(StaffUser.display_name, StaffUser.id)
        )
    ).all()
    return [
        CounsellorLoad(r[0], r[1], presence_status(r[2], int(r[4]), int(r[3])), int(r[4]), int(r[3]))
        for r in rows
    ]


async def queue_by_level(db: AsyncSession) -> dict[int, int]:
    level = _level().label("level")
    rows = (
        await db.execute(
            select(level, func.count(Conversation.id)).where(Conversation.status == "waiting").group_by(level)
        )
    ).all()
    counts = dict.fromkeys(LEVELS, 0)
    for value, count in rows:
        counts[int(value)] = int(count)
    return counts


async def waiting_times(db: AsyncSession, now: datetime) -> tuple[int | None, int | None, int | None]:
    """(median wait, longest wait, the longest waiting conversation) in seconds over the waiting conversations.

    The median is read from the middle row(s) of the queue ordered by arrival (one row for an odd count, the
    two middle ones for an even count), so the database sorts and the service only averages two numbers."""
    waiting = Conversation.status == "waiting"
    total = int(await db.scalar(select(func.count(Conversation.id)).where(waiting)) or 0)
    if total == 0:
        return None, None, None
    first = (
        await db.execute(
            select(Conversation.id, Conversation.queued_at)
            .where(waiting)
            .order_by(Conversation.queued_at, Conversation.id)
            .limit(1)
        )
    ).one()
    middle = list(
        await db.scalars(
            select(Conversation.queued_at)
            .where(waiting)
            .order_by(Conversation.queued_at, Conversation.id)
            .offset((total - 1) // 2)
            .limit(2 - total % 2)
        )
    )
    waits = [max(0.0, (now - queued_at).total_seconds()) for queued_at in middle]
    median = round(sum(waits) / len(waits))
    longest = round(max(0.0, (now - first.queued_at).total_seconds()))
    return median, longest, int(first.id)


async def chats_per_hour(db: AsyncSession, now: datetime) -> list[HourCount]:
    """Conversations started and accepted in each of the last 24 hours (the current hour last)."""
    current = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    start = current - timedelta(hours=HOURS - 1)

    async def grouped(column: Any) -> dict[str, int]:
        bucket = _hour_bucket(db, column).label("bucket")
        rows = (
            await db.execute(
                select(bucket, func.count(Conversation.id))
                .where(and_(column.is_not(None), column >= start, column <= now))
                .group_by(bucket)
            )
        ).all()
        return {str(b): int(n) for b, n in rows}

    started = await grouped(Conversation.created_at)
    accepted = await grouped(Conversation.accepted_at)
    hours = []
    for i in range(HOURS):
        hour = start + timedelta(hours=i)
        key = hour.strftime("%Y-%m-%d %H")
        hours.append(HourCount(hour, started.get(key, 0), accepted.get(key, 0)))
    return hours


async def build(db: AsyncSession, principal: Principal, now: datetime | None = None) -> Dashboard:
    """Everything the dashboard shows, for a supervisor (Forbidden for anyone else)."""
    check_counselling_supervisor(principal)
    now = now or utcnow()
    levels = await queue_by_level(db)
    median, longest, longest_id = await waiting_times(db, now)
    return Dashboard(
        generated_at=now,
        counsellors=await counsellors_on_shift(db),
        queue_by_level=levels,
        waiting=sum(levels.values()),
        median_wait_seconds=median,
        longest_wait_seconds=longest,
        longest_wait_conversation_id=longest_id,
        per_hour=await chats_per_hour(db, now),
        alerts=await supervision.open_alerts(db, principal),
    )
