"""The chat sockets: protocol, resume, exactly-once delivery, access, bad frames, status and queue position."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from ondam.access import Principal, Role
from ondam.counselling import realtime, service
from ondam.kit.db import unit_of_work
from ondam.kit.errors import Conflict, NotFound
from ondam.kit.pubsub import MemoryPubSub
from ondam.models import AuditEntry, ChatMessage, Conversation
from tests.counselling.asgi_ws import AsgiWebSocket, Closed, Refused
from tests.counselling.helpers import YouthChat, counsellor, staff_cookie, youth_chat
from tests.factories import StaffLogin, make_staff


def principal(staff: StaffLogin) -> Principal:
    return Principal(
        staff.id,
        staff.username,
        staff.username,
        Role(staff.role),
        staff.center,
        0,
        "203.0.113.9",
        "test-request",
    )


async def _accepted(
    app: Any, sessionmaker: Any, settings: Any
) -> tuple[YouthChat, StaffLogin, dict[str, str]]:
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker)
    async with unit_of_work(sessionmaker) as uow:
        await service.accept(uow.session, app.state.pubsub, principal(staff), chat.conversation_id)
    return chat, staff, cookies


def _youth_ws(app: Any, chat: YouthChat, **kw: Any) -> AsgiWebSocket:
    return AsgiWebSocket(app, f"/ws/chat?conversation={chat.conversation_id}", cookies=chat.cookies, **kw)


def _staff_ws(app: Any, conversation_id: int, cookies: dict[str, str], **kw: Any) -> AsgiWebSocket:
    return AsgiWebSocket(app, f"/ws/staff/chat/{conversation_id}", cookies=cookies, **kw)


async def _hello(ws: AsgiWebSocket, last_seq: int = 0) -> list[dict[str, Any]]:
    """Send hello; return the frames up to and including ``welcome`` (the catch-up)."""
    await ws.send_json({"type": "hello", "last_seq": last_seq})
    frames = []
    while True:
        frame = await ws.receive_json()
        frames.append(frame)
        if frame["type"] == "welcome":
            await ws.until("status")
            return frames


async def test_send_is_acknowledged_after_commit_and_a_retry_is_not_a_copy(
    app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    async with _youth_ws(app, chat) as ws:
        assert [f["type"] for f in await _hello(ws)] == ["welcome"]
        await ws.send_json({"type": "send", "client_msg_id": "m-1", "body": "안녕하세요"})
        got = await ws.frames()
        ack = next(f for f in got if f["type"] == "ack")
        message = next(f for f in got if f["type"] == "message")
        assert ack == {"type": "ack", "client_msg_id": "m-1", "seq": 1}
        assert message["seq"] == 1
        assert message["sender"] == "youth"
        assert message["body"] == "안녕하세요"
        async with unit_of_work(sessionmaker) as uow:  # stored before the ack was sent
            assert (
                await uow.session.scalar(select(ChatMessage.seq).where(ChatMessage.client_msg_id == "m-1"))
            ) == 1

        await ws.send_json(
            {"type": "send", "client_msg_id": "m-1", "body": "안녕하세요"}
        )  # resent after a doubt
        again = await ws.frames()
        assert again == [{"type": "ack", "client_msg_id": "m-1", "seq": 1}]  # same number, no second message
    async with unit_of_work(sessionmaker) as uow:
        assert len((await uow.session.scalars(select(ChatMessage))).all()) == 1


async def test_resume_sends_exactly_what_was_missed_in_order(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat, staff, _ = await _accepted(app, sessionmaker, settings)
    async with _youth_ws(app, chat) as ws:
        await _hello(ws)
        await ws.send_json({"type": "send", "client_msg_id": "a", "body": "one"})
        await ws.until("message", seq=1)
    # While the young person is away, the counsellor answers twice.
    for text in ("two", "three"):
        async with unit_of_work(sessionmaker) as uow:
            conversation = await uow.session.get(Conversation, chat.conversation_id)
            assert conversation is not None
            await service.post_message(
                uow.session, app.state.pubsub, conversation, sender="staff", body=text, staff_id=staff.id
            )
    async with _youth_ws(app, chat) as ws:
        frames = await _hello(ws, last_seq=1)
        assert [(f["type"], f.get("seq"), f.get("body")) for f in frames] == [
            ("message", 2, "two"),
            ("message", 3, "three"),
            ("welcome", None, None),
        ]
        # A client that lost track (a gap) says hello again from what it has: the rest comes again, once.
        frames = await _hello(ws, last_seq=2)
        assert [f.get("seq") for f in frames if f["type"] == "message"] == [3]


async def test_messages_typing_and_read_flow_between_youth_and_counsellor(
    app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat, _staff, cookies = await _accepted(app, sessionmaker, settings)
    async with _youth_ws(app, chat) as youth, _staff_ws(app, chat.conversation_id, cookies) as staff:
        await _hello(youth)
        welcome = (await _hello(staff))[-1]
        assert welcome["can_send"] is True

        await youth.send_json({"type": "send", "client_msg_id": "y1", "body": "도와주세요"})
        got = await staff.until("message", seq=1)
        assert got["body"] == "도와주세요"
        assert got["sender"] == "youth"

        await staff.send_json({"type": "send", "client_msg_id": "s1", "body": "네, 듣고 있어요"})
        got = await youth.until("message", seq=2)
        assert got["sender"] == "staff"
        assert "staff_id" not in got  # the young person never learns which staff member wrote

        await youth.send_json({"type": "typing"})
        assert (await staff.until("typing"))["side"] == "youth"
        await youth.send_json({"type": "typing"})  # within 2 s: not passed on
        await youth.send_json({"type": "read", "seq": 2})
        assert (await staff.until("read")) == {"type": "read", "side": "youth", "seq": 2}
        assert [f for f in await staff.frames() if f["type"] == "typing"] == []

        await staff.send_json({"type": "read", "seq": 1})
        assert (await youth.until("read", side="staff"))["seq"] == 1
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        assert (conversation.youth_last_seen_seq, conversation.staff_last_read_seq) == (2, 1)


async def test_a_lost_announcement_is_filled_from_the_database(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat, staff, _ = await _accepted(app, sessionmaker, settings)
    async with _youth_ws(app, chat) as ws:
        await _hello(ws)
        # Message 1 is committed but its announcement is lost (a process died between commit and publish) ...
        async with unit_of_work(sessionmaker) as uow:
            conversation = await uow.session.get(Conversation, chat.conversation_id)
            assert conversation is not None
            await service.post_message(
                uow.session, MemoryPubSub(), conversation, sender="staff", body="lost", staff_id=staff.id
            )
        # ... message 2 is announced: the socket sends 1 from the database first, then 2.
        async with unit_of_work(sessionmaker) as uow:
            conversation = await uow.session.get(Conversation, chat.conversation_id)
            assert conversation is not None
            await service.post_message(
                uow.session, app.state.pubsub, conversation, sender="staff", body="next", staff_id=staff.id
            )
        frames = [f for f in await ws.frames() if f["type"] == "message"]
        assert [(f["seq"], f["body"]) for f in frames] == [(1, "lost"), (2, "next")]


async def test_the_periodic_check_delivers_a_lost_last_message(
    app, sessionmaker, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(realtime, "SYNC_SECONDS", 0.2)
    chat, staff, _ = await _accepted(app, sessionmaker, settings)
    async with _youth_ws(app, chat) as ws:
        await _hello(ws)
        async with unit_of_work(sessionmaker) as uow:
            conversation = await uow.session.get(Conversation, chat.conversation_id)
            assert conversation is not None
            await service.post_message(
                uow.session,
                MemoryPubSub(),
                conversation,
                sender="staff",
                body="never announced",
                staff_id=staff.id,
            )
        assert (await ws.until("message", within=3))["seq"] == 1


async def test_access_youth_only_their_own_and_staff_only_assigned_waiting_or_supervisor(
    app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat, _assigned, _ = await _accepted(app, sessionmaker, settings)
    other_youth = await youth_chat(sessionmaker, settings, app.state.pubsub)
    _other, other_cookies = await counsellor(sessionmaker)
    _supervisor, supervisor_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    _auditor, auditor_cookies = await counsellor(sessionmaker, role=Role.AUDITOR)

    async def refused(ws: AsgiWebSocket) -> tuple[str, int | None]:
        async with ws:
            frame = await ws.receive_json()
            with pytest.raises(Closed):
                await ws.receive_json()
            return frame["code"], ws.close_code

    # Another young person's conversation, by id: not found (no difference from a missing one).
    peek = AsgiWebSocket(app, f"/ws/chat?conversation={chat.conversation_id}", cookies=other_youth.cookies)
    assert await refused(peek) == ("not_found", 4404)
    assert await refused(AsgiWebSocket(app, "/ws/chat?conversation=99999", cookies=chat.cookies)) == (
        "not_found",
        4404,
    )
    assert await refused(AsgiWebSocket(app, "/ws/chat")) == ("unauthorized", 4401)
    assert await refused(AsgiWebSocket(app, "/ws/chat", cookies={"ondam_y": "1.2.forged"})) == (
        "unauthorized",
        4401,
    )

    # Another counsellor cannot open this counsellor's conversation; an auditor has no counselling at all.
    assert await refused(_staff_ws(app, chat.conversation_id, other_cookies)) == ("not_found", 4404)
    assert await refused(_staff_ws(app, chat.conversation_id, auditor_cookies)) == ("not_found", 4404)
    assert await refused(_staff_ws(app, chat.conversation_id, {})) == ("unauthorized", 4401)
    async with unit_of_work(sessionmaker) as uow:
        denied = (
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "access.denied"))
        ).all()
    assert len(denied) == 2

    # The waiting conversation is open to every counsellor (to take it), read-only until accepted.
    async with _staff_ws(app, other_youth.conversation_id, other_cookies) as ws:
        assert (await _hello(ws))[-1]["can_send"] is False
        await ws.send_json({"type": "send", "client_msg_id": "x", "body": "hi"})
        assert await ws.until("error") == {"type": "error", "code": "not_allowed", "client_msg_id": "x"}
    # A supervisor sees every conversation but observes silently until joining.
    async with _staff_ws(app, chat.conversation_id, supervisor_cookies) as ws:
        assert (await _hello(ws))[-1]["can_send"] is False


async def test_cross_site_pages_cannot_open_a_socket(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    for origin in ("https://evil.example", "null"):
        with pytest.raises(Refused):
            await _youth_ws(app, chat, headers={"origin": origin}).connect()
    async with _youth_ws(app, chat, headers={"origin": "http://testserver"}) as ws:
        assert (await _hello(ws))[-1]["type"] == "welcome"


async def test_bad_frames_get_an_error_and_never_break_the_socket(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    async with _youth_ws(app, chat) as ws:
        cases: list[tuple[Any, str]] = [
            ("not json", "bad_json"),
            ("[1, 2]", "bad_frame"),
            ('{"type": 7}', "bad_frame"),
            ('{"type": "shout"}', "unknown_type"),
            ('{"type": "hello", "last_seq": "x"}', "bad_field"),
            ('{"type": "hello", "last_seq": -1}', "bad_field"),
            ('{"type": "read", "seq": true}', "bad_field"),
            ('{"type": "send", "client_msg_id": "a b", "body": "x"}', "bad_field"),
            ('{"type": "send", "client_msg_id": "ok", "body": 5}', "bad_field"),
            ('{"type": "send", "body": "x" ' + " " * 17_000 + "}", "too_large"),
            (b"\x00\x01", "bad_frame"),
        ]
        for raw, code in cases:
            if isinstance(raw, bytes):
                await ws.send_bytes(raw)
            else:
                await ws.send_text(raw)
            frame = await ws.receive_json()
            assert (frame["type"], frame["code"]) == ("error", code), (raw[:40], frame)
        await ws.send_json({"type": "send", "client_msg_id": "e", "body": "   "})
        assert (await ws.until("error"))["code"] == "rejected"
        await ws.send_json({"type": "ping"})
        assert await ws.receive_json() == {"type": "pong"}
        # Past the limit of bad frames the socket is closed (policy violation).
        with pytest.raises(Closed):
            for _ in range(realtime.MAX_BAD_FRAMES + 2):
                await ws.send_text("nope")
                await ws.receive_json()
        assert ws.close_code == 1008


async def test_sending_is_rate_limited_per_connection(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    async with _youth_ws(app, chat) as ws:
        await _hello(ws)
        for n in range(realtime.SEND_BURST + 2):
            await ws.send_json({"type": "send", "client_msg_id": f"r{n}", "body": f"m{n}"})
        got = await ws.frames(0.5)
        acks = [f for f in got if f["type"] == "ack"]
        limited = [f for f in got if f["type"] == "error" and f["code"] == "rate_limited"]
        assert len(acks) >= realtime.SEND_BURST
        assert limited
        assert all("client_msg_id" in f for f in limited)


async def test_waiting_youth_sees_queue_position_then_acceptance(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    first = await youth_chat(sessionmaker, settings, app.state.pubsub)
    second = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, _ = await counsellor(sessionmaker, available=True)
    async with _youth_ws(app, second) as ws:
        await ws.send_json({"type": "hello", "last_seq": 0})
        status = await ws.until("status")
        assert status["status"] == "waiting"
        assert status["position"] == 2
        assert (
            status["wait_minutes"] == 30
        )  # documented estimate: 15 minutes a chat, one counsellor available
        async with unit_of_work(sessionmaker) as uow:
            await service.accept(uow.session, app.state.pubsub, principal(staff), first.conversation_id)
        moved = await ws.until("status", within=5, event="queue")
        assert moved["position"] == 1
        async with unit_of_work(sessionmaker) as uow:
            await service.accept(uow.session, app.state.pubsub, principal(staff), second.conversation_id)
        accepted = await ws.until("status", event="accepted")
        assert accepted["status"] == "active"
        assert accepted["can_send"] is True


async def test_accept_is_atomic_and_transfer_closes_the_previous_counsellors_socket(
    app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    one, one_cookies = await counsellor(sessionmaker)
    two, _ = await counsellor(sessionmaker)

    async def take(staff: StaffLogin) -> str:
        try:
            async with unit_of_work(sessionmaker) as uow:
                await service.accept(uow.session, app.state.pubsub, principal(staff), chat.conversation_id)
        except (
            Conflict,
            NotFound,
        ):  # lost the race: already taken (PostgreSQL) or no longer waiting (SQLite)
            return "refused"
        return "accepted"

    outcomes = await asyncio.gather(take(one), take(two))
    assert sorted(outcomes) == ["accepted", "refused"]
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        holder = one if conversation.assigned_staff_id == one.id else two
    other = two if holder is one else one
    holder_cookies = one_cookies if holder is one else await staff_cookie(sessionmaker, holder.id)
    async with _staff_ws(app, chat.conversation_id, holder_cookies) as ws:
        await _hello(ws)
        async with unit_of_work(sessionmaker) as uow:
            await service.transfer(
                uow.session, app.state.pubsub, principal(holder), chat.conversation_id, other.id
            )
        assert (await ws.until("error"))["code"] == "not_found"
        with pytest.raises(Closed):
            await ws.receive_json()
        assert ws.close_code == 4404


async def test_ending_tells_both_sides_and_stops_sending(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat, staff, cookies = await _accepted(app, sessionmaker, settings)
    async with _youth_ws(app, chat) as youth, _staff_ws(app, chat.conversation_id, cookies) as staff_ws:
        await _hello(youth)
        await _hello(staff_ws)
        async with unit_of_work(sessionmaker) as uow:
            await service.end_by_staff(uow.session, app.state.pubsub, principal(staff), chat.conversation_id)
        for ws in (youth, staff_ws):
            ended = await ws.until("status", event="ended")
            assert ended["status"] == "ended"
            assert ended["can_send"] is False
        await youth.send_json({"type": "send", "client_msg_id": "late", "body": "are you there?"})
        assert (await youth.until("error"))["code"] == "not_allowed"


async def test_a_revoked_staff_session_closes_the_socket(app, sessionmaker, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(realtime, "SYNC_SECONDS", 0.2)
    chat, staff, cookies = await _accepted(app, sessionmaker, settings)
    async with _staff_ws(app, chat.conversation_id, cookies) as ws:
        await _hello(ws)
        await asyncio.sleep(0.6)  # a few periodic checks pass while the session is valid
        await ws.send_json({"type": "ping"})
        assert await ws.until("pong") == {"type": "pong"}
        from ondam.models import StaffSession  # noqa: PLC0415

        async with unit_of_work(sessionmaker) as uow:
            for row in (
                await uow.session.scalars(select(StaffSession).where(StaffSession.user_id == staff.id))
            ).all():
                row.revoked_at = row.created_at
        assert (await ws.until("error", within=3))["code"] == "unauthorized"
        with pytest.raises(Closed):
            await ws.receive_json()
        assert ws.close_code == 4401


async def test_a_client_too_slow_for_its_queue_is_dropped_and_resumes(app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat, _staff, _ = await _accepted(app, sessionmaker, settings)
    hub = app.state.hub
    async with _youth_ws(app, chat) as ws:
        await _hello(ws)
        listener = next(iter(hub._listeners[service.conversation_channel(chat.conversation_id)]))
        listener.drop("overflow")  # what the hub does when the queue is full
        with pytest.raises(Closed):
            while True:
                await ws.receive_json()
        assert ws.close_code == realtime.CLOSE_TOO_SLOW
    async with _youth_ws(app, chat) as ws:
        assert (await _hello(ws))[-1]["type"] == "welcome"


async def test_staff_make_no_difference_without_permission(app, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker, role=Role.CENTER_STAFF)
    from ondam.kit.errors import Forbidden  # noqa: PLC0415

    async with unit_of_work(sessionmaker) as uow:
        with pytest.raises(Forbidden):
            await service.accept(uow.session, app.state.pubsub, principal(staff), 1)


async def test_an_exhausted_database_pool_answers_busy_and_the_retry_is_stored_once(  # type: ignore[no-untyped-def]
    app, sessionmaker, settings, monkeypatch
) -> None:
    from sqlalchemy.exc import TimeoutError as PoolTimeout  # noqa: PLC0415

    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    real_post = service.post_message
    refusals = {"left": 1}

    async def overloaded(*args: Any, **kwargs: Any) -> Any:
        if refusals["left"]:
            refusals["left"] -= 1
            raise PoolTimeout("QueuePool limit of size 10 overflow 10 reached")
        return await real_post(*args, **kwargs)

    monkeypatch.setattr(service, "post_message", overloaded)
    async with _youth_ws(app, chat) as ws:
        await _hello(ws)
        await ws.send_json({"type": "send", "client_msg_id": "busy-1", "body": "지금 얘기할 수 있어요?"})
        refused = await ws.until("error")
        assert refused["code"] == "busy"
        assert refused["client_msg_id"] == "busy-1"
        assert refused["retry_after"] > 0
        # The client sends the same message again after retry_after: stored once, acknowledged.
        await ws.send_json({"type": "send", "client_msg_id": "busy-1", "body": "지금 얘기할 수 있어요?"})
        assert (await ws.until("ack"))["client_msg_id"] == "busy-1"
    async with unit_of_work(sessionmaker) as uow:
        stored = (
            await uow.session.scalars(
                select(ChatMessage).where(
                    ChatMessage.conversation_id == chat.conversation_id, ChatMessage.client_msg_id == "busy-1"
                )
            )
        ).all()
    assert len(stored) == 1
