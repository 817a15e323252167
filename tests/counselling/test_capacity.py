"""Capacity and presence: accepting past ``max_chats`` is refused with a clear message on the queue page (a
supervisor may take it anyway, audited), ``busy`` is derived from the load on the dashboard and in the
transfer picker, and staff who are away or offline are never offered a transfer."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from sqlalchemy import select

from ondam.access import Role
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, Conversation, StaffPresence
from tests.conftest import csrf_from
from tests.counselling.helpers import client_with, counsellor, youth_chat
from tests.factories import StaffLogin


async def _presence(sessionmaker: Any, staff: StaffLogin, status: str, max_chats: int) -> None:
    async with unit_of_work(sessionmaker) as uow:
        row = await uow.session.get(StaffPresence, staff.id)
        if row is None:
            uow.session.add(
                StaffPresence(staff_id=staff.id, status=status, max_chats=max_chats, updated_at=utcnow())
            )
        else:
            row.status, row.max_chats = status, max_chats


async def _accept(client: httpx.AsyncClient, conversation_id: int, **extra: str) -> httpx.Response:
    token = csrf_from((await client.get("/staff/queue")).text)
    return await client.post(f"/staff/chat/{conversation_id}/accept", data={"csrf_token": token, **extra})


async def _status(sessionmaker: Any, conversation_id: int) -> tuple[str, int | None]:
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, conversation_id)
        assert conversation is not None
        return conversation.status, conversation.assigned_staff_id


async def test_a_counsellor_at_capacity_is_refused_clearly_and_cannot_override(  # type: ignore[no-untyped-def]
    app, sessionmaker, settings, new_client
) -> None:
    first = await youth_chat(sessionmaker, settings, app.state.pubsub)
    second = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker)
    await _presence(sessionmaker, staff, "available", 1)
    client = client_with(new_client, cookies)

    taken = await _accept(client, first.conversation_id)
    assert taken.headers["location"] == f"/staff/chat/{first.conversation_id}"

    refused = await _accept(client, second.conversation_id)
    assert refused.status_code == 303
    assert refused.headers["location"] == f"/staff/queue?full={second.conversation_id}"
    assert await _status(sessionmaker, second.conversation_id) == ("waiting", None)

    page = (await client.get(refused.headers["location"], headers={"accept-language": "en"})).text
    notice = page.split('id="capacity-refused"', 1)[1].split("</div>", 1)[0]
    assert (
        f"You already have 1 of 1 chats open, so conversation #{second.conversation_id} was not accepted"
        in notice
    )
    assert "override" not in notice  # no "take it anyway" for a counsellor
    assert 'id="presence-now">Busy<' in page

    forced = await _accept(client, second.conversation_id, override="true")
    assert forced.headers["location"] == f"/staff/queue?full={second.conversation_id}"
    assert await _status(sessionmaker, second.conversation_id) == ("waiting", None)

    # Ending the first chat frees the place: nothing stored says "busy".
    token = csrf_from((await client.get(f"/staff/chat/{first.conversation_id}")).text)
    await client.post(f"/staff/chat/{first.conversation_id}/end", data={"csrf_token": token})
    assert (await _accept(client, second.conversation_id)).headers["location"] == (
        f"/staff/chat/{second.conversation_id}"
    )
    assert await _status(sessionmaker, second.conversation_id) == ("active", staff.id)


async def test_staff_without_a_presence_row_get_the_default_limit_of_three(  # type: ignore[no-untyped-def]
    app, sessionmaker, settings, new_client
) -> None:
    chats = [await youth_chat(sessionmaker, settings, app.state.pubsub) for _ in range(4)]
    _staff, cookies = await counsellor(sessionmaker)
    client = client_with(new_client, cookies)
    locations = [(await _accept(client, c.conversation_id)).headers["location"] for c in chats]
    assert locations[:3] == [f"/staff/chat/{c.conversation_id}" for c in chats[:3]]
    assert locations[3] == f"/staff/queue?full={chats[3].conversation_id}"


async def test_a_supervisor_may_take_one_over_the_limit_with_an_explicit_confirm_that_is_audited(  # type: ignore[no-untyped-def]
    app, sessionmaker, settings, new_client
) -> None:
    first = await youth_chat(sessionmaker, settings, app.state.pubsub)
    urgent = await youth_chat(sessionmaker, settings, app.state.pubsub, danger=True)
    sup, cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    await _presence(sessionmaker, sup, "available", 1)
    client = client_with(new_client, cookies)
    await _accept(client, first.conversation_id)

    refused = await _accept(client, urgent.conversation_id)
    page = (await client.get(refused.headers["location"], headers={"accept-language": "en"})).text
    notice = page.split('id="capacity-refused"', 1)[1].split("</div>", 1)[0]
    assert f'action="/staff/chat/{urgent.conversation_id}/accept"' in notice
    assert 'name="override" value="true"' in notice
    assert f"Take conversation #{urgent.conversation_id} anyway (over my limit)" in notice
    assert await _status(sessionmaker, urgent.conversation_id) == ("waiting", None)

    taken = await client.post(
        f"/staff/chat/{urgent.conversation_id}/accept",
        data={"csrf_token": csrf_from(page), "override": "true"},
    )
    assert taken.headers["location"] == f"/staff/chat/{urgent.conversation_id}"
    assert await _status(sessionmaker, urgent.conversation_id) == ("active", sup.id)
    async with unit_of_work(sessionmaker) as uow:
        rows = (
            await uow.session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "counselling.accepted", AuditEntry.actor_id == str(sup.id)
                )
            )
        ).all()
    details = {r.object_id: json.loads(r.details or "{}") for r in rows}
    assert details[str(first.conversation_id)] in ({}, None)
    assert details[str(urgent.conversation_id)] == {"over_capacity": True, "load": 1, "max_chats": 1}


async def test_busy_is_derived_on_the_dashboard_and_in_the_transfer_picker(  # type: ignore[no-untyped-def]
    app, sessionmaker, settings, new_client
) -> None:
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    other = await youth_chat(sessionmaker, settings, app.state.pubsub)
    me, my_cookies = await counsellor(sessionmaker, available=True)
    full, full_cookies = await counsellor(sessionmaker)
    stale, _ = await counsellor(sessionmaker)
    away, _ = await counsellor(sessionmaker)
    offline, _ = await counsellor(sessionmaker)
    sup, sup_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    await _presence(sessionmaker, full, "available", 1)
    await _presence(sessionmaker, stale, "busy", 2)  # stored "busy" with no chats: not busy
    await _presence(sessionmaker, away, "away", 3)
    await _presence(sessionmaker, offline, "offline", 3)
    mine = client_with(new_client, my_cookies)
    await _accept(mine, chat.conversation_id)
    await _accept(client_with(new_client, full_cookies), other.conversation_id)

    picker = (await mine.get(f"/staff/chat/{chat.conversation_id}", headers={"accept-language": "en"})).text
    options = dict(re.findall(r'<option value="(\d+)">([^<]*)</option>', picker))
    assert set(options) == {str(full.id), str(stale.id)}  # never away or offline staff, never oneself
    assert options[str(full.id)].endswith("1 of 1 chats, Busy)")
    assert options[str(stale.id)].endswith("0 of 2 chats)")

    boss = client_with(new_client, sup_cookies)
    data = (await boss.get("/staff/supervisor/data")).json()
    statuses = {c["staff_id"]: c["status"] for c in data["counsellors"]}
    assert statuses[full.id] == "busy"
    assert statuses[stale.id] == "available"
    assert statuses[me.id] == "available"  # 1 of 3
    assert statuses[away.id] == "away"
    assert offline.id not in statuses
    assert sup.id not in statuses  # no presence row: not on shift

    # A transfer to someone away is refused even when posted by hand.
    token = csrf_from(picker)
    moved = await mine.post(
        f"/staff/chat/{chat.conversation_id}/transfer",
        data={"csrf_token": token, "to_staff_id": str(away.id)},
    )
    assert moved.status_code == 404
    assert await _status(sessionmaker, chat.conversation_id) == ("active", me.id)
