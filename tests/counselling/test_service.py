"""Messages are numbered 1, 2, 3 ... per conversation, stored before they are announced, and retry-safe."""

from __future__ import annotations

import asyncio
import json

from sqlalchemy import select

from ondam.counselling import service
from ondam.kit.db import unit_of_work
from ondam.kit.pubsub import MemoryPubSub
from ondam.models import ChatMessage, Conversation, YouthContact
from tests.factories import make_youth


async def _conversation(sessionmaker, settings, pubsub) -> int:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    async with unit_of_work(sessionmaker) as uow:
        contact = await uow.session.get(YouthContact, youth.id)
        assert contact is not None
        conversation = await service.open_conversation(uow.session, pubsub, contact)
        return conversation.id


async def _post(sessionmaker, pubsub, conversation_id: int, body: str, **kw) -> service.MessageOut:  # type: ignore[no-untyped-def]
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, conversation_id)
        assert conversation is not None
        return await service.post_message(uow.session, pubsub, conversation, body=body, **kw)


async def test_sequence_numbers_and_announcement_after_commit(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    pubsub = MemoryPubSub()
    conversation_id = await _conversation(sessionmaker, settings, pubsub)
    async with pubsub.subscribe(service.conversation_channel(conversation_id)) as events:
        first = await _post(
            sessionmaker, pubsub, conversation_id, "안녕하세요", sender="youth", client_msg_id="a1"
        )
        second = await _post(sessionmaker, pubsub, conversation_id, "네 말씀하세요", sender="staff")
        got = [await asyncio.wait_for(anext(events), 1) for _ in range(2)]
    assert (first.seq, second.seq) == (1, 2)
    assert [e["seq"] for e in got] == [1, 2]
    assert got[0]["body"] == "안녕하세요"


async def test_rolled_back_message_is_never_announced(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    pubsub = MemoryPubSub()
    conversation_id = await _conversation(sessionmaker, settings, pubsub)
    async with pubsub.subscribe(service.conversation_channel(conversation_id)) as events:
        try:
            async with unit_of_work(sessionmaker) as uow:
                conversation = await uow.session.get(Conversation, conversation_id)
                assert conversation is not None
                await service.post_message(uow.session, pubsub, conversation, sender="youth", body="x")
                raise RuntimeError("crash before commit")
        except RuntimeError:
            pass
        after = await _post(sessionmaker, pubsub, conversation_id, "다시", sender="youth")
        event = await asyncio.wait_for(anext(events), 1)
    assert after.seq == 1  # the rolled-back number was not used up
    assert event["seq"] == 1


async def test_retry_with_same_client_id_returns_the_stored_message(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    pubsub = MemoryPubSub()
    conversation_id = await _conversation(sessionmaker, settings, pubsub)
    one = await _post(sessionmaker, pubsub, conversation_id, "hello", sender="youth", client_msg_id="m-1")
    again = await _post(sessionmaker, pubsub, conversation_id, "hello", sender="youth", client_msg_id="m-1")
    assert one.seq == again.seq == 1
    async with unit_of_work(sessionmaker) as uow:
        rows = (await uow.session.scalars(select(ChatMessage))).all()
    assert len(rows) == 1


async def test_concurrent_senders_get_distinct_consecutive_numbers(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    pubsub = MemoryPubSub()
    conversation_id = await _conversation(sessionmaker, settings, pubsub)
    results = await asyncio.gather(
        *(
            _post(sessionmaker, pubsub, conversation_id, f"m{n}", sender="youth" if n % 2 else "staff")
            for n in range(20)
        )
    )
    assert sorted(r.seq for r in results) == list(range(1, 21))
    async with unit_of_work(sessionmaker) as uow:
        missed = await service.messages_after(uow.session, conversation_id, 15)
    assert [m.seq for m in missed] == [16, 17, 18, 19, 20]


async def test_youth_messages_raise_the_risk_and_it_never_falls(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    pubsub = MemoryPubSub()
    conversation_id = await _conversation(sessionmaker, settings, pubsub)
    await _post(
        sessionmaker, pubsub, conversation_id, "그 사람이 사진 안 보내면 다 뿌린다고 협박해요", sender="youth"
    )
    await _post(sessionmaker, pubsub, conversation_id, "어떻게 해야 할지 모르겠어요", sender="youth")
    await _post(sessionmaker, pubsub, conversation_id, "고마워요", sender="youth")
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, conversation_id)
        assert conversation is not None
        risk = service.risk_of(conversation)
        assert conversation.detector_state is not None
        assert "뿌린다" not in conversation.detector_state  # numbers, never the text
    assert risk["level"] >= 2
    assert "sextortion" in risk["categories"]
    assert risk["evidence"][0]["seq"] == 1
    assert json.loads(json.dumps(risk)) == risk


async def test_bad_messages_are_refused(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    import pytest  # noqa: PLC0415

    pubsub = MemoryPubSub()
    conversation_id = await _conversation(sessionmaker, settings, pubsub)
    with pytest.raises(service.MessageRejected):
        await _post(sessionmaker, pubsub, conversation_id, "   ", sender="youth")
    with pytest.raises(service.MessageRejected):
        await _post(
            sessionmaker, pubsub, conversation_id, "가" * (service.MAX_BODY_CHARS + 1), sender="youth"
        )
