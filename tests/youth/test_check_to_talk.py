"""From the conversation check to a counsellor: the checked text goes along only with consent, in the POST body,
within a size limit, and feeds the queue's triage; the check itself keeps nothing."""

from __future__ import annotations

import json
import re

import httpx
from sqlalchemy import func, select, text

from ondam.counselling import service as counselling
from ondam.kit.db import unit_of_work
from ondam.models import ChatMessage, Conversation
from ondam.youth.check_handoff import ATTACH_MAX_CHARS, _parts
from tests.conftest import csrf_from
from tests.counselling.helpers import counsellor
from tests.youth.test_check import GROOMING

MARKER = "[별빛오빠] [오후 3:30] 암호말 달빛고래7 사진 보내줘"


async def _check(client: httpx.AsyncClient, chat: str) -> httpx.Response:
    token = csrf_from((await client.get("/check")).text)
    response = await client.post("/check", data={"chat": chat, "csrf_token": token})
    assert response.status_code == 200, response.text
    return response


async def _row_counts(maker) -> dict[str, int]:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        connection = await uow.session.connection()
        names = await connection.run_sync(lambda sync: sync.dialect.get_table_names(sync))
        return {
            name: int((await uow.session.execute(text(f'SELECT count(*) FROM "{name}"'))).scalar_one())
            for name in names
        }


async def _conversation(maker) -> tuple[Conversation, list[ChatMessage]]:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        conversation = await uow.session.scalar(select(Conversation))
        assert conversation is not None
        messages = list(
            await uow.session.scalars(
                select(ChatMessage)
                .where(ChatMessage.conversation_id == conversation.id)
                .order_by(ChatMessage.seq)
            )
        )
        return conversation, messages


async def test_the_check_stores_nothing_and_offers_talk_with_consent_off(client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    before = await _row_counts(sessionmaker)
    page = (await _check(client, GROOMING + MARKER)).text
    assert await _row_counts(sessionmaker) == before  # not a row more anywhere: nothing was kept
    form = page[page.index('id="check-talk-form"') :]
    assert 'action="/talk"' in form
    assert 'method="post"' in page[page.index("<form", page.index("handoff-title")) :][:200]
    # Consent is off by default, and the text field is disabled until it is given (so it is not sent).
    assert re.search(r'<input type="checkbox" id="attach" name="attach" value="yes"[^>]*>', form)
    assert 'id="attach" name="attach" value="yes" checked' not in form
    textarea = re.search(r'<textarea id="checked-text" name="checked_text"([^>]*)>', form)
    assert textarea is not None
    assert "disabled" in textarea.group(1)
    assert "암호말 달빛고래7" in form  # carried back to this browser only, for the hand-off
    assert "no-store" in (await _check(client, GROOMING)).headers["cache-control"]


async def test_with_consent_the_chat_opens_with_the_checked_text_and_its_risk(client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    await counsellor(sessionmaker, available=True)
    page = (await _check(client, GROOMING + MARKER)).text
    started = await client.post(
        "/talk",
        data={
            "csrf_token": csrf_from(page),
            "mode": "live",
            "attach": "yes",
            "checked_text": GROOMING + MARKER,
        },
    )
    assert started.status_code == 200, started.text
    assert re.search(r'id="case-code">[A-Z0-9-]{11}<', started.text)
    conversation, messages = await _conversation(sessionmaker)
    assert len(messages) == 1
    first = messages[0]
    assert first.sender == "youth"
    assert first.body.startswith("[확인한 대화, 1/1]") or first.body.startswith("[The conversation I checked")
    assert "암호말 달빛고래7 사진 보내줘" in first.body
    assert "사진 하나만 보내줘" in first.body
    # The engine's reading of the checked chat raises the conversation in the counsellors' queue.
    assert conversation.risk_level >= 2
    categories = set(json.loads(conversation.risk_categories))
    assert "image_request" in categories
    assert any(e["seq"] == first.seq for e in json.loads(conversation.risk_evidence))

    # A second tap with the same text does not attach it twice.
    again = await client.post(
        "/talk",
        data={
            "csrf_token": csrf_from(page),
            "mode": "live",
            "attach": "yes",
            "checked_text": GROOMING + MARKER,
        },
    )
    assert again.status_code == 303
    _, messages = await _conversation(sessionmaker)
    assert len(messages) == 1

    # The young person sees it in the chat.
    chat = await client.get(f"/talk/chat/{conversation.id}")
    assert "암호말 달빛고래7 사진 보내줘" in chat.text


async def test_without_consent_nothing_of_the_text_reaches_the_chat(client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    page = (await _check(client, GROOMING + MARKER)).text
    # Even if a browser without the page's script sends the field, no tick means it is ignored.
    started = await client.post(
        "/talk",
        data={"csrf_token": csrf_from(page), "mode": "live", "checked_text": GROOMING + MARKER},
    )
    assert started.status_code == 200
    conversation, messages = await _conversation(sessionmaker)
    assert messages == []
    assert conversation.risk_level == 0
    assert json.loads(conversation.risk_categories) == []
    async with unit_of_work(sessionmaker) as uow:
        stored = await uow.session.scalar(
            select(func.count()).select_from(ChatMessage).where(ChatMessage.body.contains("달빛고래7"))
        )
    assert stored == 0


async def test_too_long_a_text_gets_a_clear_message_and_nothing_is_made(client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    long_chat = "\n".join(f"[친구] [오후 3:{i % 60:02d}] 오늘 숙제 뭐였지 {i}번" for i in range(900))
    assert len(long_chat) > ATTACH_MAX_CHARS
    page = (await _check(client, long_chat)).text
    assert 'id="attach"' not in page  # no consent box offered for a text that cannot go
    assert f"{ATTACH_MAX_CHARS:,}" in page
    before = await _row_counts(sessionmaker)
    refused = await client.post(
        "/talk",
        data={"csrf_token": csrf_from(page), "mode": "live", "attach": "yes", "checked_text": long_chat},
    )
    assert refused.status_code == 413
    assert 'role="alert"' in refused.text
    assert f"{ATTACH_MAX_CHARS:,}" in refused.text
    assert await _row_counts(sessionmaker) == before


async def test_the_text_is_never_put_in_a_url(client) -> None:  # type: ignore[no-untyped-def]
    page = (await _check(client, GROOMING + MARKER)).text
    for url in re.findall(r'(?:href|action|src)="([^"]*)"', page):
        assert "달빛고래" not in url
        assert "checked_text" not in url


async def test_script_in_the_checked_text_is_shown_as_text_in_the_chat(client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    chat_text = GROOMING + "[별빛오빠] [오후 3:31] <script>alert(1)</script> 사진 보내줘"
    page = (await _check(client, chat_text)).text
    assert "<script>alert(1)</script>" not in page
    await client.post(
        "/talk",
        data={"csrf_token": csrf_from(page), "mode": "live", "attach": "yes", "checked_text": chat_text},
    )
    conversation, _ = await _conversation(sessionmaker)
    chat = await client.get(f"/talk/chat/{conversation.id}")
    assert "<script>alert(1)</script>" not in chat.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in chat.text


def test_long_texts_are_cut_into_messages_between_lines() -> None:
    lines = [f"line {i} " + "가" * 90 for i in range(100)]
    parts = _parts("\n".join(lines), counselling.MAX_BODY_CHARS - 200)
    assert len(parts) > 1
    assert all(len(p) <= counselling.MAX_BODY_CHARS - 200 for p in parts)
    assert "\n".join(parts).split("\n") == lines  # nothing lost, nothing cut inside a line
    assert _parts("x" * 9_000, 4_000) == ["x" * 4_000, "x" * 4_000, "x" * 1_000]


# Bad input on the check itself: clear Korean messages, the pasted text kept, scripts shown as text ------------


async def _check_raw(client: httpx.AsyncClient, chat: str, files: dict | None = None) -> httpx.Response:  # type: ignore[type-arg]
    token = csrf_from((await client.get("/check")).text)
    return await client.post("/check", data={"chat": chat, "csrf_token": token}, files=files)


async def test_bad_input_on_the_check_is_said_in_korean_and_the_text_is_kept(client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    before = await _row_counts(sessionmaker)
    typed = "<script>alert(1)</script> 이 대화가 걱정돼요"
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; 이 대화가 걱정돼요"

    big = await _check_raw(client, typed, {"file": ("big.txt", b"a" * 200_001, "text/plain")})
    assert big.status_code == 413
    assert "파일이 너무 커요. 200kB보다 작은 텍스트 파일을 골라 주세요." in big.text
    assert escaped in big.text  # what was pasted is still there, as text
    assert "<script>alert(1)</script>" not in big.text

    image = await _check_raw(
        client, typed, {"file": ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")}
    )
    assert image.status_code == 415
    assert "텍스트 파일이 아니에요. 대화 내보내기 .txt 파일을 골라 주세요." in image.text
    assert escaped in image.text

    empty = await _check_raw(client, "   ")
    assert empty.status_code == 400
    assert "먼저 대화를 붙여 넣거나 텍스트 파일을 골라 주세요." in empty.text

    # Longer than the check reads (and longer than the old form limit): the page's own message, not an error page.
    too_long = await _check_raw(client, "가나다라 " * 12_000)
    assert too_long.status_code == 413
    assert "대화가 너무 길어요. 걱정되는 부분만 붙여 넣어 주세요 (최대 5만 자)." in too_long.text
    assert 'id="form-error" class="error" role="alert"' in too_long.text
    assert 'aria-describedby="chat-hint form-error"' in too_long.text
    assert await _row_counts(sessionmaker) == before


async def test_the_counsellors_queue_shows_the_risk_of_the_checked_text(
    client, new_client, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    from ondam.counselling.console_service import RISK_LEVEL_LABELS  # noqa: PLC0415
    from ondam.kit.i18n import translations  # noqa: PLC0415

    _staff, cookies = await counsellor(sessionmaker, available=True)
    page = (await _check(client, GROOMING + MARKER)).text
    await client.post(
        "/talk",
        data={"csrf_token": csrf_from(page), "mode": "live", "attach": "yes", "checked_text": GROOMING},
    )
    conversation, _messages = await _conversation(sessionmaker)
    staff = new_client()
    staff.cookies.update(cookies)
    queue = (await staff.get("/staff/queue")).text
    waiting = queue.split('id="waiting-list"', 1)[1].split("</ol>", 1)[0]
    assert f'data-conversation="{conversation.id}"' in waiting
    label = translations("ko").gettext(RISK_LEVEL_LABELS[conversation.risk_level])
    assert conversation.risk_level >= 2
    assert label in waiting  # the risk, in words, where counsellors pick the next chat
