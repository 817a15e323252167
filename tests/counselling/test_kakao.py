"""KakaoTalk channel adapter: Kakao i Open Builder skill payloads (recorded format, synthetic content) in
tests/counselling/payloads/kakao/ go through the webhook into the one counselling queue."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.counselling import service, supervision
from ondam.counselling.channels import tasks as channel_tasks
from ondam.counselling.channels.base import ChannelAdapter
from ondam.counselling.channels.kakao import KAKAO, Replies, render_replies
from ondam.kit.db import unit_of_work
from ondam.kit.pubsub import MemoryPubSub
from ondam.kit.safefetch import FetchPolicy
from ondam.models import ChatMessage, Conversation, StaffAlert, YouthContact

Maker = async_sessionmaker[AsyncSession]
PAYLOADS = Path(__file__).parent / "payloads" / "kakao"
SECRET = "synthetic-skill-secret-0123456789abcdef"
URL = "/api/v1/channels/kakao/skill"


def payload(name: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        data["userRequest"][key] = value
    return data


@pytest.fixture(autouse=True)
def _secret(settings: Any) -> None:
    settings.kakao_skill_secret = SecretStr(SECRET)


async def skill(client: httpx.AsyncClient, body: Any, *, secret: str | None = SECRET) -> httpx.Response:
    headers = {"content-type": "application/json"}
    if secret is not None:
        headers["x-ondam-skill-secret"] = secret
    content = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    return await client.post(URL, content=content, headers=headers)


def texts(response: httpx.Response) -> list[str]:
    body = response.json()
    assert body["version"] == "2.0"
    outputs = body["template"]["outputs"]
    assert 1 <= len(outputs) <= 3
    assert all(len(o["simpleText"]["text"]) <= 1000 for o in outputs)
    return [o["simpleText"]["text"] for o in outputs]


async def kakao_conversations(maker: Maker) -> list[Conversation]:
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(
            select(Conversation).where(Conversation.channel == "kakao").order_by(Conversation.id)
        )
        return list(rows.all())


async def messages(maker: Maker, conversation_id: int) -> list[ChatMessage]:
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(
            select(ChatMessage)
            .where(ChatMessage.conversation_id == conversation_id)
            .order_by(ChatMessage.seq)
        )
        return list(rows.all())


async def staff_reply(maker: Maker, conversation_id: int, body: str) -> None:
    async with unit_of_work(maker) as uow:
        conversation = await uow.session.get(Conversation, conversation_id)
        assert conversation is not None
        await service.post_message(uow.session, MemoryPubSub(), conversation, sender="staff", body=body)


async def test_first_utterance_explains_the_service_and_queues_the_message(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    first = payload("first_utterance")
    started = time.monotonic()
    response = await skill(client, first)
    assert time.monotonic() - started < 5.0  # Kakao's skill timeout
    assert response.status_code == 200
    intro, emergency, status = texts(response)
    assert "상담" in intro
    assert "아동·청소년의 성보호에 관한 법률" in intro  # the duty to report, as on the web's /talk page
    assert "112" in emergency
    assert "1388" in emergency
    assert "받았" in status
    labels = [q["label"] for q in response.json()["template"]["quickReplies"]]
    assert labels == ["지금 위험해요", "대화 끝내기"]
    assert all(q["action"] == "message" for q in response.json()["template"]["quickReplies"])

    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.status == "waiting"
    raw_id = first["userRequest"]["user"]["properties"]["botUserKey"]
    assert conversation.channel_user_key is not None
    assert len(conversation.channel_user_key) == 64
    assert raw_id not in conversation.channel_user_key
    assert [(m.sender, m.body) for m in await messages(sessionmaker, conversation.id)] == [
        ("youth", first["userRequest"]["utterance"])
    ]
    async with unit_of_work(sessionmaker) as uow:  # the raw Kakao id is stored nowhere
        for table in ("conversations", "youth_contacts", "audit_log"):
            dump = " ".join(
                str(row) for row in (await uow.session.execute(text(f"SELECT * FROM {table}"))).all()
            )
            assert raw_id not in dump


async def test_messages_join_the_same_conversation_and_a_retry_adds_nothing(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await skill(client, payload("first_utterance"))
    message = payload("message")
    first_try = await skill(client, message)
    retry = await skill(client, message)  # Kakao sent the same request again
    assert first_try.status_code == retry.status_code == 200
    assert len(texts(first_try)) == 1  # not the introduction again
    [conversation] = await kakao_conversations(sessionmaker)
    stored = await messages(sessionmaker, conversation.id)
    assert [m.body for m in stored] == [
        payload("first_utterance")["userRequest"]["utterance"],
        "오늘 학교에서 있었던 일 때문에 너무 힘들어요",
    ]
    assert conversation.last_seq == 2
    # Another person gets their own contact and conversation in the same queue.
    other = payload("message")
    other["userRequest"]["user"]["properties"]["botUserKey"] = "synthetic-other-user"
    await skill(client, other)
    conversations = await kakao_conversations(sessionmaker)
    assert len(conversations) == 2
    assert conversations[0].youth_contact_id != conversations[1].youth_contact_id
    async with unit_of_work(sessionmaker) as uow:
        snapshot = await service.queue_snapshot(uow.session)
    assert set(snapshot.order) == {c.id for c in conversations}


async def test_staff_reply_reaches_the_youth_on_the_next_utterance(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await skill(client, payload("first_utterance"))
    [conversation] = await kakao_conversations(sessionmaker)
    await staff_reply(sessionmaker, conversation.id, "안녕하세요, 상담원입니다. 천천히 이야기해 주세요.")
    response = await skill(client, payload("message"))
    reply, status = texts(response)
    assert reply == "[상담원] 안녕하세요, 상담원입니다. 천천히 이야기해 주세요."
    assert "받았" in status
    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.youth_last_seen_seq == 2  # the reply (seq 2) was handed over
    again = await skill(client, payload("message", utterance="네 알겠어요"))
    assert len(texts(again)) == 1  # delivered once


async def test_danger_quick_reply_puts_the_conversation_first_and_alerts(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await skill(client, payload("first_utterance"))
    response = await skill(client, payload("danger_quick_reply"))
    assert response.status_code == 200
    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.danger_now is True
    async with unit_of_work(sessionmaker) as uow:
        alerts = list((await uow.session.scalars(select(StaffAlert))).all())
    assert [(a.kind, a.subject_id) for a in alerts] == [(supervision.KIND_URGENT, conversation.id)]


async def test_end_quick_reply_ends_and_the_next_utterance_starts_again(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await skill(client, payload("first_utterance"))
    ended = await skill(client, payload("message", utterance="대화 끝내기"))
    assert "끝났" in texts(ended)[0]
    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.status == "ended"
    again = await skill(client, payload("message"))
    assert len(texts(again)) == 1  # a returning young person: no introduction
    first, second = await kakao_conversations(sessionmaker)
    assert second.status == "waiting"
    assert first.youth_contact_id == second.youth_contact_id


async def test_bad_payloads_get_400_with_a_json_error(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    for body in (payload("bad_missing_user"), b"not json", b"[]", {"userRequest": {"utterance": 5}}):
        response = await skill(client, body)
        assert response.status_code == 400
        assert response.json() == {"error": "bad_payload"}
    assert await kakao_conversations(sessionmaker) == []


async def test_wrong_or_missing_secret_is_401(
    client: httpx.AsyncClient, sessionmaker: Maker, settings: Any
) -> None:
    for secret in ("wrong", None, SECRET + "x", ""):
        response = await skill(client, payload("first_utterance"), secret=secret)
        assert response.status_code == 401
        assert response.json() == {"error": "unauthorized"}
    settings.kakao_skill_secret = SecretStr("")  # not configured: the channel is closed
    assert (await skill(client, payload("first_utterance"), secret="")).status_code == 401
    assert await kakao_conversations(sessionmaker) == []


async def test_rate_limited_per_young_person(
    client: httpx.AsyncClient, sessionmaker: Maker, settings: Any
) -> None:
    settings.kakao_rate_limit_per_minute = 2
    await skill(client, payload("first_utterance"))
    await skill(client, payload("message"))
    limited = await skill(client, payload("message", utterance="세 번째 메시지"))
    assert limited.status_code == 200
    assert "1분" in texts(limited)[0]
    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.last_seq == 2


async def test_message_text_and_kakao_id_are_never_logged(
    client: httpx.AsyncClient, sessionmaker: Maker, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    first = payload("first_utterance")
    await skill(client, first)
    await skill(client, payload("message"))
    await skill(client, payload("bad_missing_user"))
    logged = caplog.text + " ".join(str(r.__dict__) for r in caplog.records)
    assert "kakao skill answered" in logged  # something was logged, just not the content
    for secret_text in (
        first["userRequest"]["utterance"],
        payload("message")["userRequest"]["utterance"],
        first["userRequest"]["user"]["properties"]["botUserKey"],
    ):
        assert secret_text not in logged


class CallbackServer:
    """A stand-in for Kakao's callback endpoint on 127.0.0.1 that records what it was sent."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.server: asyncio.Server | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        length = next(
            int(line.split(":")[1])
            for line in head.split("\r\n")
            if line.lower().startswith("content-length")
        )
        self.bodies.append(json.loads(await reader.readexactly(length)))
        body = b'{"taskId":"synthetic","status":"SUCCESS"}'
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n")
        writer.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()
        writer.close()

    async def __aenter__(self) -> int:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


def _allow_callbacks_to(monkeypatch: pytest.MonkeyPatch, port: int) -> None:
    """Let the callback job reach the test server on 127.0.0.1 (it stands in for Kakao)."""
    monkeypatch.setattr(
        channel_tasks,
        "CALLBACK_POLICY",
        FetchPolicy(
            allowed_schemes=frozenset({"http"}),
            allowed_ports=frozenset({port}),
            is_forbidden_address=lambda ip: False,
            timeout=5.0,
        ),
    )


async def test_callback_url_gets_the_answer_after_commit(
    app: Any, client: httpx.AsyncClient, sessionmaker: Maker, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.kakao_callback_wait_seconds = 0
    await skill(client, payload("first_utterance"))
    [conversation] = await kakao_conversations(sessionmaker)
    await staff_reply(sessionmaker, conversation.id, "답장 드려요. 지금 이야기할 수 있어요?")

    pending_before = app.state.jobs.pending_count()
    response = await skill(client, payload("with_callback"))
    assert response.json()["useCallback"] is True
    assert response.json()["version"] == "2.0"
    assert app.state.jobs.pending_count() == pending_before + 1  # queued after the commit, not run inline
    assert len(await messages(sessionmaker, conversation.id)) == 3  # the utterance is stored already

    server = CallbackServer()
    async with server as port:
        _allow_callbacks_to(monkeypatch, port)
        url = f"http://127.0.0.1:{port}/callback/synthetic-token"
        outcome = await app.state.jobs.run_now(
            "counselling.kakao_callback", {"conversation_id": conversation.id, "callback_url": url}
        )
    assert outcome == "sent"
    [sent] = server.bodies
    outputs = [o["simpleText"]["text"] for o in sent["template"]["outputs"]]
    assert outputs[0] == "[상담원] 답장 드려요. 지금 이야기할 수 있어요?"
    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.youth_last_seen_seq == 2


async def test_callback_to_a_private_address_is_refused_and_replies_stay_pending(
    app: Any, client: httpx.AsyncClient, sessionmaker: Maker, settings: Any
) -> None:
    settings.kakao_callback_wait_seconds = 0
    await skill(client, payload("first_utterance"))
    [conversation] = await kakao_conversations(sessionmaker)
    await staff_reply(sessionmaker, conversation.id, "답장이에요")
    for url in ("https://127.0.0.1/callback", "https://169.254.169.254/latest", "http://bot-api.kakao.com/x"):
        outcome = await app.state.jobs.run_now(
            "counselling.kakao_callback", {"conversation_id": conversation.id, "callback_url": url}
        )
        assert outcome in ("private_address", "scheme")
    [conversation] = await kakao_conversations(sessionmaker)
    assert conversation.youth_last_seen_seq == 0  # not delivered: the next utterance brings the reply
    response = await skill(client, payload("message"))
    assert texts(response)[0] == "[상담원] 답장이에요"


def test_channels_are_registered() -> None:
    assert set(ChannelAdapter.REGISTRY) >= {"web", "kakao"}
    assert ChannelAdapter.REGISTRY["kakao"] is KAKAO


async def test_contact_is_created_once_per_kakao_user(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    await skill(client, payload("first_utterance"))
    await skill(client, payload("message"))
    async with unit_of_work(sessionmaker) as uow:
        contacts = list((await uow.session.scalars(select(YouthContact))).all())
    assert len(contacts) == 1
    assert contacts[0].locale == "ko"


async def test_callback_waits_for_a_counsellor_reply_within_the_minute(
    app: Any, client: httpx.AsyncClient, sessionmaker: Maker, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.kakao_callback_wait_seconds = 8
    monkeypatch.setattr(channel_tasks, "POLL_SECONDS", 0.2)
    await skill(client, payload("first_utterance"))
    [conversation] = await kakao_conversations(sessionmaker)
    server = CallbackServer()
    async with server as port:
        _allow_callbacks_to(monkeypatch, port)
        job = asyncio.create_task(
            app.state.jobs.run_now(
                "counselling.kakao_callback",
                {"conversation_id": conversation.id, "callback_url": f"http://127.0.0.1:{port}/cb"},
            )
        )
        await asyncio.sleep(1.0)
        assert not job.done()  # still waiting for a reply
        started = time.monotonic()
        await staff_reply(sessionmaker, conversation.id, "기다려 줘서 고마워요")
        assert await job == "sent"
        assert time.monotonic() - started < 5.0  # sent when the reply came, not at the end of the wait
    [sent] = server.bodies
    assert sent["template"]["outputs"][0]["simpleText"]["text"] == "[상담원] 기다려 줘서 고마워요"


def test_replies_that_do_not_fit_wait_for_the_next_answer() -> None:
    def reply(seq: int, body: str) -> service.MessageOut:
        return service.MessageOut(1, seq, "staff", body, "2026-03-02T10:00:00+00:00", None, 7)

    three = [reply(2, "가" * 900), reply(3, "나" * 900), reply(4, "다" * 900)]
    fitted = render_replies(three, 2)
    assert fitted.last_seq == 3  # the third waits for the next utterance
    assert len(fitted.texts) == 2
    assert all(len(t) <= 1000 for t in fitted.texts)
    assert "다" not in "".join(fitted.texts)
    long = render_replies([reply(2, "라" * 4000), reply(3, "마")], 2)
    assert long.last_seq == 2  # cut rather than blocking everything after it
    assert "".join(long.texts).endswith("…")
    assert sum(len(t) for t in long.texts) == 2000
    assert render_replies([], 2) == Replies([], 0)
