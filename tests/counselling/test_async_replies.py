"""Messages left outside staffed hours are answered later in writing; the young person reads the answer after
signing in with case code and PIN, from my page, until they delete their data."""

from __future__ import annotations

import re

from sqlalchemy import select

from ondam.kit.db import unit_of_work
from ondam.models import ChatMessage, Conversation
from tests.conftest import csrf_from
from tests.counselling.helpers import client_with, counsellor


async def test_a_left_message_is_answered_and_read_with_code_and_pin_from_a_new_client(
    client, new_client, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    # Nobody on shift: the young person can only leave a message; the case code and PIN are shown once.
    page = await client.get("/talk")
    started = await client.post(
        "/talk", data={"csrf_token": csrf_from(page.text), "mode": "message", "region_code": "KR-11"}
    )
    assert started.status_code == 200
    code = re.search(r'id="case-code">([A-Z0-9-]{11})<', started.text)
    pin = re.search(r'id="case-pin">(\d{6})<', started.text)
    assert code
    assert pin
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.scalar(select(Conversation))
        assert conversation is not None
    assert (conversation.mode, conversation.status) == ("message", "waiting")
    view = await client.get(f"/talk/chat/{conversation.id}")
    sent = await client.post(
        f"/talk/chat/{conversation.id}/send",
        data={
            "csrf_token": csrf_from(view.text),
            "body": "밤에 연락이 와서 무서워요",
            "client_msg_id": "f-left-1",
        },
    )
    assert sent.status_code == 303

    # A counsellor reads it on the wrap-up page and answers in writing (no live session).
    staff, cookies = await counsellor(sessionmaker)
    desk = client_with(new_client, cookies)
    wrap = await desk.get(f"/staff/chat/{conversation.id}/wrapup", headers={"accept-language": "en"})
    assert wrap.status_code == 200
    assert "밤에 연락이 와서 무서워요" in wrap.text
    assert f'action="/staff/chat/{conversation.id}/reply"' not in wrap.text  # waiting: not theirs yet
    reply_form = {
        "csrf_token": csrf_from(wrap.text),
        "body": "답장 드려요. 내일 10시에 이야기해요.",
        "client_msg_id": "r-1",
    }
    for _ in range(2):  # a double submit stores one answer
        replied = await desk.post(f"/staff/chat/{conversation.id}/reply", data=reply_form)
        assert replied.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        conv = await uow.session.get(Conversation, conversation.id)
        assert conv is not None
        staff_messages = (
            await uow.session.scalars(select(ChatMessage).where(ChatMessage.sender == "staff"))
        ).all()
    assert (conv.status, conv.assigned_staff_id) == ("active", staff.id)  # taken by answering
    assert len(staff_messages) == 1
    assert staff_messages[0].staff_id == staff.id
    wrap = await desk.get(f"/staff/chat/{conversation.id}/wrapup", headers={"accept-language": "en"})
    assert (
        f'action="/staff/chat/{conversation.id}/reply"' in wrap.text
    )  # now theirs: another answer is possible

    # Another counsellor cannot answer it any more.
    _other, other_cookies = await counsellor(sessionmaker)
    other = client_with(new_client, other_cookies)
    refused = await other.post(
        f"/staff/chat/{conversation.id}/reply",
        data={"csrf_token": csrf_from((await other.get("/talk")).text), "body": "x"},
    )
    assert refused.status_code == 404

    # The young person comes back on another device with the case code and PIN.
    phone = new_client()
    form = await phone.get("/return")
    signed_in = await phone.post(
        "/return", data={"csrf_token": csrf_from(form.text), "code": code.group(1), "pin": pin.group(1)}
    )
    assert signed_in.status_code == 303
    me = await phone.get("/me", headers={"accept-language": "en"})
    assert "New answers waiting for you: 1" in me.text
    assert f'href="/talk/chat/{conversation.id}"' in me.text
    assert "<title>" in me.text
    assert "성착취" not in me.text.split("</title>")[0]
    chat = await phone.get(f"/talk/chat/{conversation.id}")
    assert "답장 드려요. 내일 10시에 이야기해요." in chat.text
    assert "밤에 연락이 와서 무서워요" in chat.text
    me = await phone.get("/me", headers={"accept-language": "en"})
    assert "New answers waiting for you" not in me.text  # read now

    # Ended, it stays readable; after deleting their data the code and PIN no longer open it.
    ended = await desk.post(f"/staff/chat/{conversation.id}/end", data={"csrf_token": csrf_from(wrap.text)})
    assert ended.status_code == 303
    chat = await phone.get(f"/talk/chat/{conversation.id}")
    assert chat.status_code == 200
    assert "답장 드려요" in chat.text
    me = await phone.get("/me")
    deleted = await phone.post("/me/delete", data={"csrf_token": csrf_from(me.text), "confirm": "yes"})
    assert deleted.status_code == 200
    again = new_client()
    form = await again.get("/return")
    refused_login = await again.post(
        "/return", data={"csrf_token": csrf_from(form.text), "code": code.group(1), "pin": pin.group(1)}
    )
    assert refused_login.status_code != 303
    assert (await again.get(f"/talk/chat/{conversation.id}")).status_code == 303  # to the sign-in page
