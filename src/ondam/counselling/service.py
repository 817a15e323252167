"""Conversations and their messages: the one place that numbers, stores and announces them.

Every message is stored (and numbered) before anyone is told about it: ``post_message`` allocates the next
sequence number with one atomic UPDATE ... RETURNING on the conversation row (so two processes never hand out the
same number), inserts the message and schedules the announcement on the pub/sub channel for after the commit.
A client that reconnects asks for everything after the last number it saw (``messages_after``), so nothing is lost
when a process restarts; a retried send with the same ``client_msg_id`` returns the stored message instead of a
second copy.

The young person's messages are scored by the detection engine as they arrive (the engine keeps numbers only), and
the conversation's risk level only ever rises, as the engine's early warning never un-flags (``triage_level``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.detection import service as detection
from ondam.detection.engine import ConversationState
from ondam.kit.clock import utcnow
from ondam.kit.db import UnitOfWork
from ondam.kit.errors import Conflict, DomainError
from ondam.kit.pubsub import PubSub, publish_after_commit
from ondam.models import ChatMessage, Conversation, YouthContact

MAX_BODY_CHARS = 4_000
OPEN_STATUSES = ("waiting", "active")
QUEUE_CHANNEL = "counselling:queue"


def conversation_channel(conversation_id: int) -> str:
    return f"counselling:conv:{conversation_id}"


class MessageRejected(DomainError):
    status_code = 422
    code = "message_rejected"


@dataclass(frozen=True)
class MessageOut:
    conversation_id: int
    seq: int
    sender: str
    body: str
    created_at: str
    client_msg_id: str | None
    staff_id: int | None

    def as_event(self) -> dict[str, Any]:
        return {
            "type": "message",
            "conversation_id": self.conversation_id,
            "seq": self.seq,
            "sender": self.sender,
            "body": self.body,
            "created_at": self.created_at,
            "client_msg_id": self.client_msg_id,
        }


def _out(message: ChatMessage) -> MessageOut:
    return MessageOut(
        message.conversation_id,
        message.seq,
        message.sender,
        message.body,
        message.created_at.isoformat(),
        message.client_msg_id,
        message.staff_id,
    )


def _uow(db: AsyncSession) -> UnitOfWork:
    uow = db.info.get("uow")
    if not isinstance(uow, UnitOfWork):
        raise RuntimeError("counselling writes need a unit of work (kit.db.unit_of_work)")
    return uow


async def open_conversation_for(db: AsyncSession, contact: YouthContact) -> Conversation | None:
    """The young person's conversation that is still open, if any (one at a time)."""
    result: Conversation | None = await db.scalar(
        select(Conversation)
        .where(Conversation.youth_contact_id == contact.id, Conversation.status.in_(OPEN_STATUSES))
        .order_by(Conversation.id.desc())
        .limit(1)
    )
    return result


async def open_conversation(
    db: AsyncSession,
    pubsub: PubSub,
    contact: YouthContact,
    *,
    mode: str = "live",
    channel: str = "web",
    channel_user_key: str | None = None,
    danger_now: bool = False,
) -> Conversation:
    """Start (or return the already open) conversation of a young person and put it in the queue."""
    existing = await open_conversation_for(db, contact)
    if existing is not None:
        if danger_now and not existing.danger_now:
            existing.danger_now = True
            publish_after_commit(
                _uow(db), pubsub, QUEUE_CHANNEL, {"type": "queue", "conversation_id": existing.id}
            )
        return existing
    now = utcnow()
    conversation = Conversation(
        youth_contact_id=contact.id,
        channel=channel,
        channel_user_key=channel_user_key,
        mode=mode if mode in ("live", "message") else "live",
        status="waiting",
        risk_level=0,
        risk_score=0.0,
        risk_categories="[]",
        risk_evidence="[]",
        danger_now=danger_now,
        age_band=contact.age_band,
        region_code=contact.region_code,
        locale=contact.locale,
        last_seq=0,
        youth_last_seen_seq=0,
        created_at=now,
        queued_at=now,
        issue_types="[]",
        services="[]",
        follow_up=False,
    )
    db.add(conversation)
    await db.flush()
    publish_after_commit(
        _uow(db), pubsub, QUEUE_CHANNEL, {"type": "queue", "conversation_id": conversation.id}
    )
    return conversation


async def post_message(
    db: AsyncSession,
    pubsub: PubSub,
    conversation: Conversation,
    *,
    sender: str,
    body: str,
    client_msg_id: str | None = None,
    staff_id: int | None = None,
) -> MessageOut:
    """Store one message with the next sequence number; announce it after the commit. Retry-safe."""
    if sender not in ("youth", "staff", "system"):
        raise ValueError(f"unknown sender {sender!r}")
    text = body.strip()
    if not text:
        raise MessageRejected("empty message")
    if len(text) > MAX_BODY_CHARS:
        raise MessageRejected(f"messages are limited to {MAX_BODY_CHARS} characters", limit=MAX_BODY_CHARS)
    if conversation.status not in OPEN_STATUSES:
        raise Conflict("this conversation has ended")
    if client_msg_id is not None:
        client_msg_id = client_msg_id[:64]
        earlier = await _by_client_id(db, conversation.id, sender, client_msg_id)
        if earlier is not None:
            return _out(earlier)
    try:
        async with db.begin_nested():  # the number and the message together, or neither (no gaps)
            seq = await db.scalar(
                update(Conversation)
                .where(Conversation.id == conversation.id)
                .values(last_seq=Conversation.last_seq + 1)
                .returning(Conversation.last_seq)
            )
            assert seq is not None
            message = ChatMessage(
                conversation_id=conversation.id,
                seq=seq,
                sender=sender,
                staff_id=staff_id,
                client_msg_id=client_msg_id,
                body=text,
                created_at=utcnow(),
            )
            db.add(message)
            await db.flush()
    except IntegrityError:
        # The same client id raced in through another connection: return what was stored first.
        earlier = await _by_client_id(db, conversation.id, sender, client_msg_id or "")
        if earlier is None:
            raise
        return _out(earlier)
    await db.refresh(conversation, ["last_seq"])
    out = _out(message)
    uow = _uow(db)
    publish_after_commit(uow, pubsub, conversation_channel(conversation.id), out.as_event())
    if sender == "youth":
        changed = rescore(conversation, text, seq)
        if changed:
            publish_after_commit(
                uow, pubsub, QUEUE_CHANNEL, {"type": "queue", "conversation_id": conversation.id}
            )
            publish_after_commit(
                uow, pubsub, conversation_channel(conversation.id), {"type": "risk", **risk_of(conversation)}
            )
    return out


async def _by_client_id(
    db: AsyncSession, conversation_id: int, sender: str, client_msg_id: str
) -> ChatMessage | None:
    found: ChatMessage | None = await db.scalar(
        select(ChatMessage).where(
            ChatMessage.conversation_id == conversation_id,
            ChatMessage.sender == sender,
            ChatMessage.client_msg_id == client_msg_id,
        )
    )
    return found


async def messages_after(
    db: AsyncSession, conversation_id: int, after_seq: int, limit: int = 500
) -> list[MessageOut]:
    rows = await db.scalars(
        select(ChatMessage)
        .where(ChatMessage.conversation_id == conversation_id, ChatMessage.seq > after_seq)
        .order_by(ChatMessage.seq)
        .limit(limit)
    )
    return [_out(m) for m in rows]


def rescore(conversation: Conversation, text: str, seq: int) -> bool:
    """Add a young person's message to the engine's state; True when the risk shown in the queue changed."""
    engine = detection.detector()
    state = (
        ConversationState.from_dict(engine.model, json.loads(conversation.detector_state))
        if conversation.detector_state
        else engine.conversation()
    )
    assessment = state.add(text)
    conversation.detector_state = json.dumps(state.to_dict(), separators=(",", ":"))
    before = (conversation.risk_level, conversation.risk_categories)
    level = max(conversation.risk_level, triage_level(int(assessment.level), set(assessment.categories)))
    conversation.risk_level = level
    conversation.risk_score = max(conversation.risk_score, assessment.score)
    categories = sorted(set(json.loads(conversation.risk_categories)) | set(assessment.categories))
    conversation.risk_categories = json.dumps(categories)
    evidence = json.loads(conversation.risk_evidence)
    latest = [e for e in assessment.evidence if e["index"] == state.count - 1]
    if latest:
        evidence.append({"seq": seq, "categories": latest[0]["categories"]})
        conversation.risk_evidence = json.dumps(evidence[-50:])
    return (conversation.risk_level, conversation.risk_categories) != before


URGENT_SIGNS = frozenset({"self_harm", "sextortion"})
HIGH_SIGNS = frozenset({"image_request", "sexual_talk", "money_meeting", "shelter_runaway", "sponsor"})


def triage_level(engine_level: int, categories: set[str]) -> int:
    """The queue's level for what a young person writes to a counsellor: the engine's level, raised by the signs.

    The engine was trained on the chats themselves; a young person tells a counsellor about them in their own
    words ("he says he'll spread my photos"), which the model scores lower than the chat would be. Triage prefers
    recall (a counsellor reads every chat anyway), so an explainable sign is enough to move a chat up: threats and
    self-harm are urgent, as is a meeting with a time or place; a strong sign is high. The risk never falls
    (the caller keeps the maximum)."""
    if categories & URGENT_SIGNS or {"imminent", "meeting"} <= categories:
        return 3
    if categories & HIGH_SIGNS:
        return max(engine_level, 2)
    if categories:
        return max(engine_level, 1)
    return engine_level


def risk_of(conversation: Conversation) -> dict[str, Any]:
    return {
        "level": conversation.risk_level,
        "score": round(conversation.risk_score, 4),
        "categories": json.loads(conversation.risk_categories),
        "evidence": json.loads(conversation.risk_evidence),
        "danger_now": conversation.danger_now,
    }
