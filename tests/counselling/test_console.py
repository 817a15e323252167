"""The counsellor console over HTTP: the queue page (risk order, who sees what, presence), the conversation page
(risk panel, staff-only notes, canned responses), transfer, a supervisor's observe/join/leave, and the audit of
every transcript read."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from ondam.access import Role
from ondam.counselling import console_service, service
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, CannedResponse, ChatMessage, ChatNote, Conversation, StaffPresence
from tests.conftest import csrf_from
from tests.counselling.asgi_ws import AsgiWebSocket, Closed, Refused
from tests.counselling.helpers import YouthChat, client_with, counsellor, youth_chat
from tests.counselling.test_realtime import principal
from tests.factories import StaffLogin


async def _token(client: httpx.AsyncClient) -> str:
    return csrf_from((await client.get("/staff/queue")).text)


async def _set(sessionmaker: Any, conversation_id: int, **values: Any) -> None:
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, conversation_id)
        assert conversation is not None
        for key, value in values.items():
            setattr(conversation, key, value)


async def _youth_says(app: Any, sessionmaker: Any, chat: YouthChat, body: str) -> int:
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        out = await service.post_message(
            uow.session, app.state.pubsub, conversation, sender="youth", body=body
        )
    return out.seq


async def _accept(app: Any, sessionmaker: Any, staff: StaffLogin, conversation_id: int) -> None:
    async with unit_of_work(sessionmaker) as uow:
        await service.accept(uow.session, app.state.pubsub, principal(staff), conversation_id)


async def _messages(sessionmaker: Any, conversation_id: int) -> list[tuple[str, str]]:
    async with unit_of_work(sessionmaker) as uow:
        rows = await uow.session.scalars(
            select(ChatMessage)
            .where(ChatMessage.conversation_id == conversation_id)
            .order_by(ChatMessage.seq)
        )
        return [(m.sender, m.body) for m in rows]


def _waiting_ids(html: str) -> list[int]:
    section = (
        html.split('id="waiting-list"', 1)[1].split("</ol>", 1)[0] if 'id="waiting-list"' in html else ""
    )
    return [int(n) for n in re.findall(r'data-conversation="(\d+)"', section)]


async def test_queue_offers_a_later_urgent_chat_first_with_its_facts(
    app, sessionmaker, settings, new_client
) -> None:  # type: ignore[no-untyped-def]
    pubsub = app.state.pubsub
    bad_day = await youth_chat(sessionmaker, settings, pubsub)
    message = await youth_chat(sessionmaker, settings, pubsub, mode="message")
    urgent = await youth_chat(sessionmaker, settings, pubsub, danger=True)
    now = utcnow()
    await _set(sessionmaker, bad_day.conversation_id, queued_at=now - timedelta(minutes=4))
    await _set(
        sessionmaker, message.conversation_id, queued_at=now - timedelta(minutes=2), region_code="KR-26"
    )
    await _set(sessionmaker, urgent.conversation_id, queued_at=now - timedelta(minutes=1), age_band="13_15")
    _staff, cookies = await counsellor(sessionmaker)
    client = client_with(new_client, cookies)

    page = await client.get("/staff/queue")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert _waiting_ids(page.text) == [
        urgent.conversation_id,
        bad_day.conversation_id,
        message.conversation_id,
    ]
    first = page.text.split('id="waiting-list"', 1)[1].split("</li>", 1)[0]
    assert "긴급" in first  # the risk level in words, not colour alone
    assert "지금 위험하다고 말함" in first  # the young person's own danger flag
    assert "13_15" in first
    assert f'action="/staff/chat/{urgent.conversation_id}/accept"' in first
    assert "남긴 메시지" in page.text  # the left message is in the same queue, marked as such
    assert "KR-26" in page.text
    # The live fragment lists the same order.
    fragment = await client.get("/staff/queue/list")
    assert _waiting_ids(fragment.text) == _waiting_ids(page.text)

    # Accepting the top item opens the urgent chat.
    accepted = await client.post(
        f"/staff/chat/{urgent.conversation_id}/accept", data={"csrf_token": csrf_from(page.text)}
    )
    assert accepted.headers["location"] == f"/staff/chat/{urgent.conversation_id}"
    assert _waiting_ids((await client.get("/staff/queue")).text) == [
        bad_day.conversation_id,
        message.conversation_id,
    ]


async def test_counsellors_see_waiting_and_their_own_supervisors_all_with_alerts(
    app, sessionmaker, settings, new_client
) -> None:  # type: ignore[no-untyped-def]
    pubsub = app.state.pubsub
    mine = await youth_chat(sessionmaker, settings, pubsub)
    theirs = await youth_chat(sessionmaker, settings, pubsub)
    waiting = await youth_chat(sessionmaker, settings, pubsub)
    await _set(sessionmaker, waiting.conversation_id, queued_at=utcnow() - timedelta(minutes=12))
    me, my_cookies = await counsellor(sessionmaker)
    other, _ = await counsellor(sessionmaker)
    _sup, sup_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    await _accept(app, sessionmaker, me, mine.conversation_id)
    await _accept(app, sessionmaker, other, theirs.conversation_id)

    mine_page = (await (client_with(new_client, my_cookies)).get("/staff/queue")).text
    assert f'href="/staff/chat/{mine.conversation_id}"' in mine_page
    assert f"/staff/chat/{theirs.conversation_id}" not in mine_page
    assert _waiting_ids(mine_page) == [waiting.conversation_id]
    assert "분 넘게 기다림" not in mine_page  # alerts are for supervisors

    sup_page = (await (client_with(new_client, sup_cookies)).get("/staff/queue")).text
    assert f'href="/staff/chat/{mine.conversation_id}"' in sup_page
    assert f'href="/staff/chat/{theirs.conversation_id}"' in sup_page
    assert "10분 넘게 기다림" in sup_page

    # Staff without counselling get 403 (a page not about one record).
    _auditor, auditor_cookies = await counsellor(sessionmaker, role=Role.AUDITOR)
    assert (await (client_with(new_client, auditor_cookies)).get("/staff/queue")).status_code == 403


async def test_presence_is_set_by_the_counsellor_and_counts_for_live_chat(
    app, sessionmaker, new_client
) -> None:  # type: ignore[no-untyped-def]
    staff, cookies = await counsellor(sessionmaker)
    client = client_with(new_client, cookies)
    token = await _token(client)
    saved = await client.post(
        "/staff/queue/presence", data={"csrf_token": token, "status": "available", "max_chats": "4"}
    )
    assert saved.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        presence = await uow.session.get(StaffPresence, staff.id)
        assert presence is not None
        assert (presence.status, presence.max_chats) == ("available", 4)
        assert (await service.queue_snapshot(uow.session)).live_offered
    bad = await client.post(
        "/staff/queue/presence", data={"csrf_token": token, "status": "busy", "max_chats": "4"}
    )
    assert bad.status_code == 422
    away = await client.post(
        "/staff/queue/presence", data={"csrf_token": token, "status": "away", "max_chats": "2"}
    )
    assert away.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        assert not (await service.queue_snapshot(uow.session)).live_offered
    assert "자리 비움" in (await client.get("/staff/queue")).text


async def test_risk_panel_explains_signs_and_links_the_messages(
    app, sessionmaker, settings, new_client
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    await _youth_says(app, sessionmaker, chat, "안녕하세요")
    seq = await _youth_says(app, sessionmaker, chat, "그 사람이 내 사진을 퍼뜨린다고 협박해요")
    staff, cookies = await counsellor(sessionmaker)
    await _accept(app, sessionmaker, staff, chat.conversation_id)
    client = client_with(new_client, cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}")
    assert page.status_code == 200
    panel = page.text.split('id="risk-panel"', 1)[1].split("</div>", 1)[0]
    assert "긴급" in panel
    assert f'href="#m-{seq}"' in panel
    assert f'id="m-{seq}"' in page.text  # the link's target in the transcript
    fragment = await client.get(f"/staff/chat/{chat.conversation_id}/risk")
    assert fragment.status_code == 200
    assert f'href="#m-{seq}"' in fragment.text
    # The same labels and explanations the detection engine documents.
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        signs = console_service.risk_panel(conversation).signs
    assert signs
    assert [s.seqs for s in signs] == [[seq]]
    _other, other_cookies = await counsellor(sessionmaker)
    other = client_with(new_client, other_cookies)
    assert (await other.get(f"/staff/chat/{chat.conversation_id}/risk")).status_code == 404


async def test_notes_stay_on_the_staff_side(app, sessionmaker, settings, client, new_client) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker)
    await _accept(app, sessionmaker, staff, chat.conversation_id)
    secret_note = "상담사 메모: 보호자 연락 필요 NOTE-7731"
    staff_client = client_with(new_client, cookies)
    token = await _token(staff_client)
    async with AsgiWebSocket(
        app, f"/ws/chat?conversation={chat.conversation_id}", cookies=chat.cookies
    ) as youth_ws:
        await youth_ws.send_json({"type": "hello", "last_seq": 0})
        await youth_ws.until("welcome")
        saved = await staff_client.post(
            f"/staff/chat/{chat.conversation_id}/notes", data={"csrf_token": token, "body": secret_note}
        )
        assert saved.status_code == 303
        await youth_ws.send_json({"type": "send", "client_msg_id": "y-1", "body": "여보세요"})
        await youth_ws.until("ack")
        frames = await youth_ws.frames()
        await youth_ws.send_json({"type": "hello", "last_seq": 0})  # a full re-read of the history
        frames += await youth_ws.frames()
    assert all("NOTE-7731" not in str(f) for f in frames)
    assert any(f.get("type") == "message" for f in frames)

    page = await staff_client.get(f"/staff/chat/{chat.conversation_id}")
    assert secret_note in page.text
    # The young person's pages never show it.
    client.cookies.update(chat.cookies)
    youth_page = await client.get(f"/talk/chat/{chat.conversation_id}")
    assert youth_page.status_code == 200
    assert "NOTE-7731" not in youth_page.text
    assert "NOTE-7731" not in (await client.get("/me")).text
    # Stored encrypted, audited without its text, and not a message.
    async with unit_of_work(sessionmaker) as uow:
        raw = (await uow.session.execute(text("SELECT body FROM chat_notes"))).scalar_one()
        assert "NOTE-7731" not in raw
        note = (await uow.session.scalars(select(ChatNote))).one()
        assert note.body == secret_note
        entry = (
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "counselling.note_added"))
        ).one()
        assert "NOTE-7731" not in str(entry.details)
    assert all(
        "NOTE-7731" not in body for _sender, body in await _messages(sessionmaker, chat.conversation_id)
    )
    # Another counsellor cannot add a note to this conversation (or learn that it exists).
    _other, other_cookies = await counsellor(sessionmaker)
    other = client_with(new_client, other_cookies)
    refused = await other.post(
        f"/staff/chat/{chat.conversation_id}/notes", data={"csrf_token": await _token(other), "body": "x"}
    )
    assert refused.status_code == 404
    empty = await staff_client.post(
        f"/staff/chat/{chat.conversation_id}/notes", data={"csrf_token": token, "body": " "}
    )
    assert empty.status_code == 422


async def test_canned_responses_are_offered_in_the_conversations_language(
    app, sessionmaker, settings, new_client
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker)
    async with unit_of_work(sessionmaker) as uow:
        for locale, title, active in (
            ("ko", "첫 인사 KO", True),
            ("en", "Greeting EN", True),
            ("ko", "옛 인사", False),
        ):
            uow.session.add(
                CannedResponse(
                    locale=locale, title=title, body=f"{title} 본문", active=active, updated_at=utcnow()
                )
            )
    client = client_with(new_client, cookies)
    waiting_page = (await client.get(f"/staff/chat/{chat.conversation_id}")).text
    assert "canned-picker" not in waiting_page  # nothing to send into before accepting
    await _accept(app, sessionmaker, staff, chat.conversation_id)
    page = (await client.get(f"/staff/chat/{chat.conversation_id}")).text
    assert 'data-body="첫 인사 KO 본문"' in page
    assert "Greeting EN" not in page
    assert "옛 인사" not in page
    await _set(sessionmaker, chat.conversation_id, locale="en")
    page = (await client.get(f"/staff/chat/{chat.conversation_id}")).text
    assert "Greeting EN" in page
    assert "첫 인사 KO" not in page


async def test_transfer_to_staff_on_shift_tells_the_young_person(
    app, sessionmaker, settings, new_client
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    first, first_cookies = await counsellor(sessionmaker, available=True)
    second, second_cookies = await counsellor(sessionmaker, available=True)
    off_shift, _ = await counsellor(sessionmaker)
    await _accept(app, sessionmaker, first, chat.conversation_id)
    client = client_with(new_client, first_cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}")
    assert f'<option value="{second.id}">' in page.text
    assert f'<option value="{off_shift.id}">' not in page.text
    token = csrf_from(page.text)

    # Not on shift: as if there were no such person.
    refused = await client.post(
        f"/staff/chat/{chat.conversation_id}/transfer",
        data={"csrf_token": token, "to_staff_id": str(off_shift.id)},
    )
    assert refused.status_code == 404
    # A counsellor who does not hold the conversation cannot transfer it.
    second_client = client_with(new_client, second_cookies)
    stolen = await second_client.post(
        f"/staff/chat/{chat.conversation_id}/transfer",
        data={"csrf_token": await _token(second_client), "to_staff_id": str(second.id)},
    )
    assert stolen.status_code == 404

    moved = await client.post(
        f"/staff/chat/{chat.conversation_id}/transfer",
        data={"csrf_token": token, "to_staff_id": str(second.id)},
    )
    assert moved.status_code == 303
    assert moved.headers["location"] == "/staff/queue?saved=transferred"
    assert (await client.get(f"/staff/chat/{chat.conversation_id}")).status_code == 404
    assert 'id="composer"' in (await second_client.get(f"/staff/chat/{chat.conversation_id}")).text
    assert await _messages(sessionmaker, chat.conversation_id) == [
        ("system", "다른 상담사가 이어서 이야기를 나눠요.")
    ]
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        assert conversation.assigned_staff_id == second.id
        actions = [
            e.action
            for e in await uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.object_id == str(chat.conversation_id))
                .order_by(AuditEntry.seq)
            )
        ]
    assert "counselling.transferred" in actions


async def test_supervisor_observes_silently_joins_with_a_notice_and_leaves(
    app, sessionmaker, settings, new_client
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, staff_cookies = await counsellor(sessionmaker)
    _sup, sup_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    await _accept(app, sessionmaker, staff, chat.conversation_id)
    url = f"/staff/chat/{chat.conversation_id}"

    # A counsellor cannot observe or join: that is for supervisors.
    counsellor_client = client_with(new_client, staff_cookies)
    token = await _token(counsellor_client)
    for action in ("observe", "join"):
        assert (
            await counsellor_client.post(f"{url}/{action}", data={"csrf_token": token})
        ).status_code == 403

    sup = client_with(new_client, sup_cookies)
    page = await sup.get(url)
    assert "조용히 지켜보기" in page.text
    token = csrf_from(page.text)
    assert (await sup.post(f"{url}/observe", data={"csrf_token": token})).status_code == 303
    page = await sup.get(url)
    assert 'id="composer"' not in page.text  # observing reads only
    assert await _messages(sessionmaker, chat.conversation_id) == []  # the young person is not told

    assert (await sup.post(f"{url}/join", data={"csrf_token": token})).status_code == 303
    assert 'id="composer"' in (await sup.get(url)).text
    assert (await sup.post(f"{url}/join", data={"csrf_token": token})).status_code == 303  # once is enough
    assert await _messages(sessionmaker, chat.conversation_id) == [
        ("system", "수퍼바이저가 대화에 함께하게 되었어요.")
    ]

    left = await sup.post(f"{url}/leave", data={"csrf_token": token})
    assert left.headers["location"] == "/staff/queue"
    assert [b for _s, b in await _messages(sessionmaker, chat.conversation_id)][
        -1
    ] == "수퍼바이저가 대화에서 나갔어요."
    assert (await sup.post(f"{url}/leave", data={"csrf_token": token})).status_code == 409


async def test_every_transcript_read_is_audited(app, sessionmaker, settings, new_client) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker)
    await _accept(app, sessionmaker, staff, chat.conversation_id)
    client = client_with(new_client, cookies)
    assert (await client.get(f"/staff/chat/{chat.conversation_id}")).status_code == 200

    async def reads() -> list[AuditEntry]:
        async with unit_of_work(sessionmaker) as uow:
            return list(
                await uow.session.scalars(
                    select(AuditEntry).where(
                        AuditEntry.action == "counselling.opened",
                        AuditEntry.object_id == str(chat.conversation_id),
                    )
                )
            )

    await _youth_says(app, sessionmaker, chat, "안녕하세요")
    async with AsgiWebSocket(app, f"/ws/staff/chat/{chat.conversation_id}", cookies=cookies) as ws:
        assert (
            len(await reads()) == 2
        )  # the page, and the socket's session: logged before any history is sent
        await ws.send_json({"type": "hello", "last_seq": 0})
        await ws.until("welcome")
        # Re-reads on the same socket (a resume after last_seq, or the full history again) are the same opened
        # session (ADR 0015): no row each, so a flapping client cannot flood the log.
        await ws.send_json({"type": "hello", "last_seq": 1})
        await ws.until("welcome")
        await ws.send_json({"type": "hello", "last_seq": 0})
        await ws.until("welcome")
        assert len(await reads()) == 2
    # A new socket is a new session: one more row.
    async with AsgiWebSocket(app, f"/ws/staff/chat/{chat.conversation_id}", cookies=cookies) as ws:
        await ws.send_json({"type": "hello", "last_seq": 1})
        await ws.until("welcome")
    rows = await reads()
    assert len(rows) == 3
    assert {r.actor_id for r in rows} == {str(staff.id)}


async def test_transfer_to_a_supervisor_on_shift(app, sessionmaker, settings, new_client) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker, available=True)
    sup, sup_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR, available=True)
    await _accept(app, sessionmaker, staff, chat.conversation_id)
    client = client_with(new_client, cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}")
    assert f'<option value="{sup.id}">' in page.text
    assert "수퍼바이저" in page.text.split(f'<option value="{sup.id}">', 1)[1].split("</option>", 1)[0]
    moved = await client.post(
        f"/staff/chat/{chat.conversation_id}/transfer",
        data={"csrf_token": csrf_from(page.text), "to_staff_id": str(sup.id)},
    )
    assert moved.status_code == 303
    sup_page = await (client_with(new_client, sup_cookies)).get(f"/staff/chat/{chat.conversation_id}")
    assert 'id="composer"' in sup_page.text  # the supervisor now holds the chat and writes
    assert "조용히 지켜보기" not in sup_page.text  # nothing to observe in one's own chat
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        assert (conversation.status, conversation.assigned_staff_id) == ("active", sup.id)


async def test_the_queue_socket_says_when_the_queue_changed(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    _staff, cookies = await counsellor(sessionmaker)
    async with AsgiWebSocket(app, "/ws/staff/queue", cookies=cookies) as ws:
        chat = await youth_chat(sessionmaker, settings, app.state.pubsub)  # a new conversation is queued
        assert await ws.until("queue") == {"type": "queue"}  # no data: the page re-reads its list over HTTP
        other, _ = await counsellor(sessionmaker)
        await _accept(app, sessionmaker, other, chat.conversation_id)
        assert await ws.until("queue") == {"type": "queue"}
        await ws.send_json({"type": "ping"})
        assert await ws.until("pong") == {"type": "pong"}

    _auditor, auditor_cookies = await counsellor(sessionmaker, role=Role.AUDITOR)
    for cookie_jar, expected in (({}, ("unauthorized", 4401)), (auditor_cookies, ("not_found", 4404))):
        async with AsgiWebSocket(app, "/ws/staff/queue", cookies=cookie_jar) as refused:
            frame = await refused.receive_json()
            with pytest.raises(Closed):
                await refused.receive_json()
            assert (frame["code"], refused.close_code) == expected
    cross_site = AsgiWebSocket(
        app, "/ws/staff/queue", cookies=cookies, headers={"origin": "https://evil.example"}
    )
    with pytest.raises(Refused):
        await cross_site.connect()
