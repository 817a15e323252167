"""Supervisor dashboard numbers (on constructed data, fixed time) and supervisor alerts: urgent on open or
rescore, long waits by the periodic job, each once per conversation and reason; acknowledged with an audit row."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Principal, Role
from ondam.counselling import dashboard, service, supervision
from ondam.kit import clock
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.jobs import REGISTRY
from ondam.kit.pubsub import MemoryPubSub
from ondam.models import AuditEntry, Conversation, StaffAlert, StaffPresence, StaffUser, YouthContact
from tests.conftest import csrf_from
from tests.counselling.helpers import client_with, counsellor, youth_chat
from tests.factories import make_staff, make_youth

Maker = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
SEXTORTION = "그 사람이 사진 안 보내면 다 뿌린다고 협박해요"


def ago(**kw: float) -> datetime:
    return NOW - timedelta(**kw)


async def _conversation(maker: Maker, contact_id: int, **fields: Any) -> int:
    created = fields.pop("created_at")
    values: dict[str, Any] = {
        "youth_contact_id": contact_id,
        "channel": "web",
        "mode": "live",
        "status": "waiting",
        "risk_level": 0,
        "risk_score": 0.0,
        "risk_categories": "[]",
        "risk_evidence": "[]",
        "danger_now": False,
        "locale": "ko",
        "last_seq": 0,
        "youth_last_seen_seq": 0,
        "created_at": created,
        "queued_at": created,
        "issue_types": "[]",
        "services": "[]",
        "follow_up": False,
    }
    values.update(fields)
    async with unit_of_work(maker) as uow:
        conversation = Conversation(**values)
        uow.session.add(conversation)
        await uow.session.flush()
        return conversation.id


async def _presence(maker: Maker, staff_id: int, status: str, max_chats: int) -> None:
    async with unit_of_work(maker) as uow:
        uow.session.add(StaffPresence(staff_id=staff_id, status=status, max_chats=max_chats, updated_at=NOW))


async def _principal(maker: Maker, staff_id: int) -> Principal:
    async with unit_of_work(maker) as uow:
        user = await uow.session.get(StaffUser, staff_id)
        assert user is not None
        return Principal.of(user, 0, "203.0.113.9", "test-request-0001")


async def test_dashboard_numbers_on_constructed_data(sessionmaker: Maker, settings: Any) -> None:
    youth = await make_youth(sessionmaker, settings)
    a = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    b = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    off = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    boss = await make_staff(sessionmaker, role=Role.SUPERVISOR)
    await _presence(sessionmaker, a.id, "available", 3)
    await _presence(sessionmaker, b.id, "busy", 2)  # a stale stored "busy": derived from the load instead
    await _presence(sessionmaker, off.id, "offline", 3)

    # Waiting: none 2 min, high 12 min, "danger now" (urgent) 30 min, urgent 5 min.
    c1 = await _conversation(sessionmaker, youth.id, created_at=ago(minutes=2))
    await _conversation(sessionmaker, youth.id, created_at=ago(minutes=12), risk_level=2)
    c3 = await _conversation(
        sessionmaker, youth.id, created_at=ago(minutes=30), risk_level=1, danger_now=True
    )
    await _conversation(sessionmaker, youth.id, created_at=ago(minutes=5), risk_level=3)
    # Active with counsellor a: started 07:20 / accepted 07:30, started 09:50 / accepted 09:55.
    await _conversation(
        sessionmaker,
        youth.id,
        created_at=ago(hours=3, minutes=10),
        status="active",
        assigned_staff_id=a.id,
        accepted_at=ago(hours=3),
    )
    await _conversation(
        sessionmaker,
        youth.id,
        created_at=ago(minutes=40),
        status="active",
        assigned_staff_id=a.id,
        accepted_at=ago(minutes=35),
    )
    # Ended: one started 25 hours ago (outside the 24 hours), one at 11:10 yesterday (the first hour shown).
    await _conversation(
        sessionmaker,
        youth.id,
        created_at=ago(hours=25),
        status="ended",
        accepted_at=ago(hours=24, minutes=50),
    )
    await _conversation(sessionmaker, youth.id, created_at=ago(hours=23, minutes=20), status="ended")
    # An active chat at a counsellor who went offline does not make them "on shift".
    await _conversation(
        sessionmaker, youth.id, created_at=ago(hours=30), status="active", assigned_staff_id=off.id
    )

    principal = await _principal(sessionmaker, boss.id)
    async with unit_of_work(sessionmaker) as uow:
        data = await dashboard.build(uow.session, principal, now=NOW)

    assert data.queue_by_level == {3: 2, 2: 1, 1: 0, 0: 1}
    assert data.waiting == 4
    # Waits sorted: 1800, 720, 300, 120 s -> median of the middle two = (720 + 300) / 2.
    assert data.median_wait_seconds == 510
    assert data.longest_wait_seconds == 1800
    assert data.longest_wait_conversation_id == c3
    loads = {c.staff_id: (c.status, c.active_chats, c.max_chats) for c in data.counsellors}
    assert loads == {a.id: ("available", 2, 3), b.id: ("available", 0, 2)}
    assert (data.active_chats, data.capacity) == (2, 5)

    assert len(data.per_hour) == 24
    assert data.per_hour[0].hour == datetime(2026, 3, 1, 11, tzinfo=UTC)
    assert data.per_hour[-1].hour == datetime(2026, 3, 2, 10, tzinfo=UTC)
    by_hour = {h.hour.hour: (h.started, h.accepted) for h in data.per_hour if h.started or h.accepted}
    assert by_hour == {11: (1, 0), 7: (1, 1), 9: (1, 1), 10: (4, 0)}
    assert sum(h.started for h in data.per_hour) == 7

    # Odd count: the median is the middle wait.
    async with unit_of_work(sessionmaker) as uow:
        await uow.session.execute(
            Conversation.__table__.update().where(Conversation.id == c1).values(status="ended")  # type: ignore[attr-defined]
        )
    async with unit_of_work(sessionmaker) as uow:
        median, longest, _ = await dashboard.waiting_times(uow.session, NOW)
    assert (median, longest) == (720, 1800)


async def test_empty_dashboard_has_no_waits(sessionmaker: Maker) -> None:
    boss = await make_staff(sessionmaker, role=Role.SUPERVISOR)
    principal = await _principal(sessionmaker, boss.id)
    async with unit_of_work(sessionmaker) as uow:
        data = await dashboard.build(uow.session, principal, now=NOW)
    assert (data.waiting, data.median_wait_seconds, data.longest_wait_seconds) == (0, None, None)
    assert data.counsellors == []
    assert data.alerts == []
    assert all(h.started == 0 and h.accepted == 0 for h in data.per_hour)


async def test_only_supervisors_see_the_dashboard(
    new_client: Any, sessionmaker: Maker, settings: Any
) -> None:
    chat = await youth_chat(sessionmaker, settings, MemoryPubSub(), danger=True)
    _, counsellor_cookies = await counsellor(sessionmaker, available=True)
    _, boss_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)

    as_counsellor = client_with(new_client, counsellor_cookies)
    assert (await as_counsellor.get("/staff/supervisor")).status_code == 403
    assert (await as_counsellor.get("/staff/supervisor/data")).status_code == 403
    anonymous: httpx.AsyncClient = new_client()
    refused = await anonymous.get("/staff/supervisor/data", headers={"accept": "application/json"})
    assert refused.status_code == 303  # to the sign-in page; the script follows it there
    assert refused.headers["location"].startswith("/staff/login")

    boss = client_with(new_client, boss_cookies)
    page = await boss.get("/staff/supervisor")
    assert page.status_code == 200
    assert "js/supervisor.mjs" in page.text
    assert 'aria-live="polite"' in page.text
    assert f'href="/staff/chat/{chat.conversation_id}"' in page.text  # the alert and the longest wait link
    assert page.text.count("/staff/supervisor/alerts/") == 1  # the urgent alert, with its acknowledgement
    assert page.headers["cache-control"] == "no-store"
    data = (await boss.get("/staff/supervisor/data")).json()
    assert data["waiting"] == 1
    assert data["queue_by_level"] == {"urgent": 1, "high": 0, "watch": 0, "none": 0}
    assert data["counsellors"][0]["status"] == "available"
    assert [(a["kind"], a["conversation_id"]) for a in data["alerts"]] == [
        (supervision.KIND_URGENT, chat.conversation_id)
    ]
    assert len(data["display"]["hours"]) == 24


async def _alerts(maker: Maker) -> list[StaffAlert]:
    async with unit_of_work(maker) as uow:
        return list((await uow.session.scalars(select(StaffAlert).order_by(StaffAlert.id))).all())


async def test_urgent_alert_once_on_open_and_on_rescore(sessionmaker: Maker, settings: Any) -> None:
    pubsub = MemoryPubSub()
    announced: list[dict[str, Any]] = []
    pubsub.tap(
        lambda channel, event: announced.append(event) if channel == supervision.ALERTS_CHANNEL else None
    )
    danger = await youth_chat(sessionmaker, settings, pubsub, danger=True)
    calm = await youth_chat(sessionmaker, settings, pubsub)
    assert [(a.kind, a.subject_id) for a in await _alerts(sessionmaker)] == [
        (supervision.KIND_URGENT, danger.conversation_id)
    ]
    # Saying "danger" again, and an urgent message later, raise nothing more for the same conversation.
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, danger.conversation_id)
        assert conversation is not None
        contact = await uow.session.get(YouthContact, danger.contact_id)
        assert contact is not None
        await service.open_conversation(uow.session, pubsub, contact, danger_now=True)
        await service.post_message(uow.session, pubsub, conversation, sender="youth", body=SEXTORTION)
    assert len(await _alerts(sessionmaker)) == 1

    # A calm chat that becomes urgent when rescored raises its own alert, after the commit.
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, calm.conversation_id)
        assert conversation is not None
        await service.post_message(uow.session, pubsub, conversation, sender="youth", body=SEXTORTION)
        assert conversation.risk_level == 3
    alerts = await _alerts(sessionmaker)
    assert [(a.kind, a.subject_id, a.audience_role, a.center_code) for a in alerts][1:] == [
        (supervision.KIND_URGENT, calm.conversation_id, "supervisor", None)
    ]
    assert [e["conversation_id"] for e in announced] == [danger.conversation_id, calm.conversation_id]
    async with unit_of_work(sessionmaker) as uow:
        raised = list(
            (
                await uow.session.scalars(
                    select(AuditEntry).where(AuditEntry.action == "counselling.alert.raise")
                )
            ).all()
        )
    assert len(raised) == 2
    assert all("협박" not in (entry.details or "") for entry in raised)  # ids and reasons, never message text


async def test_long_wait_alerts_by_the_periodic_job(
    app: Any, sessionmaker: Maker, settings: Any, new_client: Any
) -> None:
    assert REGISTRY["counselling.raise_waiting_alerts"].schedule == {"minute": "*"}
    settings.supervisor_alert_wait_minutes = 20
    pubsub = MemoryPubSub()
    early = await youth_chat(sessionmaker, settings, pubsub)
    clock.advance(timedelta(minutes=10))
    later = await youth_chat(sessionmaker, settings, pubsub)
    clock.advance(timedelta(minutes=9))
    assert await app.state.jobs.run_now("counselling.raise_waiting_alerts") == 0  # 19 minutes < 20
    clock.advance(timedelta(minutes=2))
    assert await app.state.jobs.run_now("counselling.raise_waiting_alerts") == 1  # early waited 21 minutes
    assert await app.state.jobs.run_now("counselling.raise_waiting_alerts") == 0  # once
    clock.advance(timedelta(minutes=10))
    assert await app.state.jobs.run_now("counselling.raise_waiting_alerts") == 1  # later
    alerts = await _alerts(sessionmaker)
    assert [(a.kind, a.subject_id) for a in alerts] == [
        (supervision.KIND_LONG_WAIT, early.conversation_id),
        (supervision.KIND_LONG_WAIT, later.conversation_id),
    ]

    # A supervisor sees them on the staff home page and acknowledges one; the acknowledgement is audited.
    _, boss_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    boss = client_with(new_client, boss_cookies)
    home = await boss.get("/staff")
    assert home.status_code == 200
    assert home.text.count("/staff/supervisor/alerts/") == 2
    response = await boss.post(
        f"/staff/supervisor/alerts/{alerts[0].id}/ack?from=home", data={"csrf_token": csrf_from(home.text)}
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/staff"
    home = await boss.get("/staff")
    assert home.text.count("/staff/supervisor/alerts/") == 1
    async with unit_of_work(sessionmaker) as uow:
        acks = list(
            (
                await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "staff_alert.ack"))
            ).all()
        )
    assert len(acks) == 1
    assert json.loads(acks[0].details or "{}")["subject_id"] == early.conversation_id

    # Acknowledged alerts are not raised again while the conversation keeps waiting.
    clock.advance(timedelta(minutes=30))
    assert await app.state.jobs.run_now("counselling.raise_waiting_alerts") == 0

    # A counsellor sees no alerts at home and cannot acknowledge.
    _, counsellor_cookies = await counsellor(sessionmaker)
    plain = client_with(new_client, counsellor_cookies)
    home = await plain.get("/staff")
    assert "/staff/supervisor/alerts/" not in home.text
    refused = await plain.post(
        f"/staff/supervisor/alerts/{alerts[1].id}/ack", data={"csrf_token": csrf_from(home.text)}
    )
    assert refused.status_code == 403
    async with unit_of_work(sessionmaker) as uow:
        still_open = await uow.session.scalar(
            select(func.count(StaffAlert.id)).where(StaffAlert.acknowledged_at.is_(None))
        )
    assert still_open == 1


async def test_alert_of_a_waiting_conversation_that_was_taken_is_not_raised(
    app: Any, sessionmaker: Maker, settings: Any
) -> None:
    chat = await youth_chat(sessionmaker, settings, MemoryPubSub())
    async with unit_of_work(sessionmaker) as uow:
        await uow.session.execute(
            Conversation.__table__.update()  # type: ignore[attr-defined]
            .where(Conversation.id == chat.conversation_id)
            .values(status="active", accepted_at=utcnow())
        )
    clock.advance(timedelta(minutes=60))
    assert await app.state.jobs.run_now("counselling.raise_waiting_alerts") == 0
