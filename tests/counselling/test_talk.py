"""The young person's pages: what is said before a chat, starting one, the chat view, my page, leave a message."""

from __future__ import annotations

import re

from sqlalchemy import select

from ondam.counselling import service
from ondam.kit.db import unit_of_work
from ondam.models import ChatMessage, Conversation, YouthContact
from tests.conftest import csrf_from
from tests.counselling.helpers import counsellor, youth_chat
from tests.factories import youth_login


async def test_talk_says_what_is_confidential_when_staff_must_report_and_what_happens_in_danger(
    client,
) -> None:  # type: ignore[no-untyped-def]
    page = await client.get("/talk", headers={"accept-language": "en"})
    assert page.status_code == 200
    text = page.text
    assert "What stays between us" in text
    assert "Article 34" in text
    assert "아동·청소년의 성보호에 관한 법률" in text
    assert 'href="tel:112"' in text
    assert len(re.findall(r'<option value="KR-\d\d"', text)) == 17  # the 17 regions of the reference data
    assert 'name="danger_now"' in text
    # Nobody is on shift: live chat is not offered, leaving a message is.
    assert 'id="mode-live" name="mode" value="live" disabled' in text
    assert "Leave a message" in text
    korean = await client.get("/talk")
    assert "신고" in korean.text
    assert "112" in korean.text


async def test_starting_creates_a_contact_shows_code_and_pin_once_and_queues_the_conversation(
    client, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    await counsellor(sessionmaker, available=True)  # someone is on shift: live chat is offered
    page = await client.get("/talk")
    assert 'value="live" checked' in page.text
    started = await client.post(
        "/talk",
        data={
            "csrf_token": csrf_from(page.text),
            "mode": "live",
            "age_band": "15_16",
            "region_code": "KR-26",
            "gender": "unsaid",
            "danger_now": "yes",
        },
    )
    assert started.status_code == 200
    code = re.search(r'id="case-code">([A-Z0-9-]{11})<', started.text)
    pin = re.search(r'id="case-pin">(\d{6})<', started.text)
    assert code
    assert pin
    assert "ondam_y=" in started.headers["set-cookie"]
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.scalar(select(Conversation))
        assert conversation is not None
        contact = await uow.session.get(YouthContact, conversation.youth_contact_id)
        assert contact is not None
    assert (conversation.status, conversation.mode, conversation.danger_now) == ("waiting", "live", True)
    assert (contact.age_band, contact.region_code, contact.gender) == ("15_16", "KR-26", "unsaid")
    assert f'href="/talk/chat/{conversation.id}"' in started.text

    view = await client.get(f"/talk/chat/{conversation.id}")
    assert view.status_code == 200
    assert f'data-ws="/ws/chat?conversation={conversation.id}"' in view.text
    assert "js/chat.mjs" in view.text
    assert "<script>" not in view.text
    # Starting again while one is open returns to it (one conversation at a time).
    again = await client.post("/talk", data={"csrf_token": csrf_from(view.text), "mode": "live"})
    assert again.status_code == 303
    assert again.headers["location"] == f"/talk/chat/{conversation.id}"


async def test_without_counsellors_a_live_request_becomes_a_message_and_the_reply_is_read_on_my_page(
    client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    page = await client.get("/talk")
    started = await client.post("/talk", data={"csrf_token": csrf_from(page.text), "mode": "live"})
    assert started.status_code == 200
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.scalar(select(Conversation))
        assert conversation is not None
    assert conversation.mode == "message"  # the rule: no counsellor available -> leave a message
    view = await client.get(f"/talk/chat/{conversation.id}")
    # Without JavaScript the plain form sends (retry-safe with the form's id).
    token = csrf_from(view.text)
    cmid = re.search(r'name="client_msg_id" value="([^"]+)"', view.text)
    assert cmid
    for _ in range(2):  # a double submit stores one message
        sent = await client.post(
            f"/talk/chat/{conversation.id}/send",
            data={"csrf_token": token, "body": "답장 기다릴게요", "client_msg_id": cmid.group(1)},
        )
        assert sent.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        assert len((await uow.session.scalars(select(ChatMessage))).all()) == 1
        conv = await uow.session.get(Conversation, conversation.id)
        assert conv is not None
        await service.post_message(uow.session, app.state.pubsub, conv, sender="staff", body="답장이에요")
    me = await client.get("/me")
    assert f'href="/talk/chat/{conversation.id}"' in me.text
    assert "(1)" in me.text  # one unread answer
    view = await client.get(f"/talk/chat/{conversation.id}")
    assert "답장이에요" in view.text
    assert "답장 기다릴게요" in view.text


async def test_a_young_person_sees_only_their_own_conversations(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    mine = await youth_chat(sessionmaker, settings, app.state.pubsub)
    theirs = await youth_chat(sessionmaker, settings, app.state.pubsub)
    client.cookies.update(mine.cookies)
    assert (await client.get(f"/talk/chat/{mine.conversation_id}")).status_code == 200
    assert (await client.get(f"/talk/chat/{theirs.conversation_id}")).status_code == 404
    page = await client.get("/talk")
    refused = await client.post(
        f"/talk/chat/{theirs.conversation_id}/send", data={"csrf_token": csrf_from(page.text), "body": "x"}
    )
    assert refused.status_code == 404
    ended = await client.post(
        f"/talk/chat/{theirs.conversation_id}/end", data={"csrf_token": csrf_from(page.text)}
    )
    assert ended.status_code == 404
    stranger = new_client()
    assert (await stranger.get(f"/talk/chat/{mine.conversation_id}")).status_code == 303  # sign in first


async def test_ending_and_keepalive(client, app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    client.cookies.update(chat.cookies)
    view = await client.get(f"/talk/chat/{chat.conversation_id}")
    token = csrf_from(view.text)
    kept = await client.post("/talk/keepalive", headers={"x-csrf-token": token})
    assert kept.status_code == 204
    assert "ondam_y=" in kept.headers["set-cookie"]
    assert (await client.post("/talk/keepalive")).status_code == 403  # CSRF applies
    ended = await client.post(f"/talk/chat/{chat.conversation_id}/end", data={"csrf_token": token})
    assert ended.status_code == 303
    view = await client.get(f"/talk/chat/{chat.conversation_id}")
    assert 'data-open="0"' in view.text
    assert 'id="composer"' not in view.text


async def test_deleting_my_data_ends_my_open_conversation(client, app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    client.cookies.update(chat.cookies)
    me = await client.get("/me")
    deleted = await client.post("/me/delete", data={"csrf_token": csrf_from(me.text), "confirm": "yes"})
    assert deleted.status_code == 200
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
    assert (conversation.status, conversation.ended_by) == ("ended", "youth")


async def test_staff_chat_page_follows_the_access_rule(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    staff, cookies = await counsellor(sessionmaker)
    _other, other_cookies = await counsellor(sessionmaker)
    client.cookies.update(cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}")
    assert page.status_code == 200  # waiting: every counsellor may look, to take it
    assert f'data-ws="/ws/staff/chat/{chat.conversation_id}"' in page.text
    accepted = await client.post(
        f"/staff/chat/{chat.conversation_id}/accept", data={"csrf_token": csrf_from(page.text)}
    )
    assert accepted.status_code == 303
    page = await client.get(f"/staff/chat/{chat.conversation_id}")
    assert 'id="composer"' in page.text
    other = new_client()
    other.cookies.update(other_cookies)
    assert (await other.get(f"/staff/chat/{chat.conversation_id}")).status_code == 404
    token = csrf_from((await other.get("/talk")).text)
    for action in ("accept", "end"):  # another counsellor's conversation: as if it did not exist
        refused = await other.post(f"/staff/chat/{chat.conversation_id}/{action}", data={"csrf_token": token})
        assert refused.status_code == 404
    assert (await client.get("/staff/chat/99999")).status_code == 404
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        assert (conversation.status, conversation.assigned_staff_id) == ("active", staff.id)


async def test_youth_login_then_chat_link_on_my_page(client, app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import make_youth  # noqa: PLC0415

    youth = await make_youth(sessionmaker, settings)
    async with unit_of_work(sessionmaker) as uow:
        contact = await uow.session.get(YouthContact, youth.id)
        assert contact is not None
        conversation = await service.open_conversation(uow.session, app.state.pubsub, contact)
    await youth_login(client, youth)
    me = await client.get("/me")
    assert f'href="/talk/chat/{conversation.id}"' in me.text
