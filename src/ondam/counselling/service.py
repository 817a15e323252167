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
import math
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from ondam.access import Perm, Principal, Role, access_conversation, check_permission
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.counselling import queue, supervision
from ondam.detection import service as detection
from ondam.detection.engine import ConversationState
from ondam.kit.clock import utcnow
from ondam.kit.db import UnitOfWork
from ondam.kit.errors import Conflict, DomainError, Forbidden, NotFound
from ondam.kit.pubsub import PubSub, publish_after_commit
from ondam.models import ChatMessage, ChatParticipant, Conversation, StaffPresence, StaffUser, YouthContact

MAX_BODY_CHARS = 4_000
MAX_HISTORY = 2_000  # messages a chat page renders at once (the socket resumes after the last one shown)
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


def message_out(message: ChatMessage) -> MessageOut:
    """A stored message as sockets, pages and channel adapters pass it on."""
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
            await supervision.alert_if_urgent(db, pubsub, existing)
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
    await supervision.alert_if_urgent(db, pubsub, conversation)
    return conversation


# Built once: the hot path of every message should not rebuild its statements.
_NEXT_SEQ = (
    update(Conversation)
    .where(Conversation.id == bindparam("conversation_id"))
    .values(last_seq=Conversation.last_seq + 1)
    .returning(Conversation.last_seq)
    .execution_options(synchronize_session=False)
)
_INSERT_MESSAGE = insert(cast(Table, ChatMessage.__table__))  # Core: one row, no ORM bookkeeping needed


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
    now = utcnow()
    try:
        # The number and the message together, or neither (no gaps). A resend with a client id that is already
        # stored fails the unique constraint inside the savepoint, which also gives the number back.
        async with db.begin_nested():
            seq = await db.scalar(_NEXT_SEQ, {"conversation_id": conversation.id})
            assert seq is not None
            await (await db.connection()).execute(
                _INSERT_MESSAGE,
                {
                    "conversation_id": conversation.id,
                    "seq": seq,
                    "sender": sender,
                    "staff_id": staff_id,
                    "client_msg_id": client_msg_id,
                    "body": text,
                    "created_at": now,
                },
            )
    except IntegrityError:
        # Sent before (a retry after a lost acknowledgement), or raced in through another connection: return
        # what was stored first.
        earlier = await _by_client_id(db, conversation.id, sender, client_msg_id or "")
        if earlier is None:
            raise
        return message_out(earlier)
    set_committed_value(conversation, "last_seq", seq)
    message = MessageOut(conversation.id, seq, sender, text, now.isoformat(), client_msg_id, staff_id)
    out = message
    uow = _uow(db)
    publish_after_commit(uow, pubsub, conversation_channel(conversation.id), out.as_event())
    if sender == "youth":
        changed = rescore(conversation, text, seq)
        if changed:
            await supervision.alert_if_urgent(db, pubsub, conversation)
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
    return [message_out(m) for m in rows]


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


# -- the conversation's life: accept, transfer, join, end -------------------------------------------------------
#
# Every function below runs inside the caller's unit of work (it never commits), checks access itself through
# ``ondam.access`` (NotFound for a conversation the principal may not see), writes an audit row for staff
# actions, and announces the change after the commit:
#   - on ``conversation_channel(id)``: ``{"type": "status", "event": <what happened>}``; every open chat socket
#     of the conversation then re-reads the conversation and sends its client a fresh ``status`` frame (a staff
#     socket that lost access, e.g. after a transfer, is closed);
#   - on ``QUEUE_CHANNEL``: ``{"type": "queue", "conversation_id": id}`` whenever the waiting list changed.


def _status_event(uow: UnitOfWork, pubsub: PubSub, conversation: Conversation, event: str) -> None:
    publish_after_commit(
        uow,
        pubsub,
        conversation_channel(conversation.id),
        {"type": "status", "event": event, "status": conversation.status},
    )


def _queue_event(uow: UnitOfWork, pubsub: PubSub, conversation: Conversation) -> None:
    publish_after_commit(uow, pubsub, QUEUE_CHANNEL, {"type": "queue", "conversation_id": conversation.id})


async def _audit(
    db: AsyncSession, principal: Principal, action: str, conversation_id: int, **details: Any
) -> None:
    await audit.record(
        db,
        principal.actor,
        action,
        object_type="conversation",
        object_id=conversation_id,
        details=details or None,
    )


DEFAULT_MAX_CHATS = 3  # for staff who never set their presence (the model's default)


class AtCapacity(Conflict):
    """The principal already holds as many active chats as their presence allows."""

    code = "at_capacity"


async def capacity_of(db: AsyncSession, staff_id: int) -> tuple[int, int]:
    """(active chats assigned to ``staff_id`` now, their ``max_chats``)."""
    load = await db.scalar(
        select(func.count(Conversation.id)).where(
            Conversation.status == "active", Conversation.assigned_staff_id == staff_id
        )
    )
    presence = await db.get(StaffPresence, staff_id)
    return int(load or 0), presence.max_chats if presence is not None else DEFAULT_MAX_CHATS


async def accept(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int, *, override: bool = False
) -> Conversation:
    """Take a waiting conversation: it becomes ``active`` and assigned to the principal.

    Capacity: a principal who already holds ``max_chats`` active chats (their presence; 3 when never set) is
    refused with :class:`AtCapacity`. A supervisor may take it anyway with ``override=True`` (an explicit
    confirm on the queue page); the ``counselling.accepted`` audit row then records ``over_capacity`` with the
    load and the limit. Counsellors cannot override.

    Atomic across processes (a conditional UPDATE on ``status = 'waiting'``): of two counsellors pressing
    "accept" at once, one gets the conversation and the other :class:`Conflict` ("already taken").
    Needs ``Perm.COUNSEL``. Announces ``status/accepted`` and a queue change after the commit."""
    check_permission(principal, Perm.COUNSEL)
    conversation = await access_conversation(db, principal, conversation_id)
    load, limit = await capacity_of(db, principal.user_id)
    over = load >= limit and conversation.status == "waiting"
    if over and not (override and principal.role is Role.SUPERVISOR):
        raise AtCapacity(f"you already have {load} of {limit} chats open", load=load, max_chats=limit)
    now = utcnow()
    result = await db.execute(
        update(Conversation)
        .where(Conversation.id == conversation.id, Conversation.status == "waiting")
        .values(status="active", assigned_staff_id=principal.user_id, accepted_at=now)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        raise Conflict("this conversation was already taken or has ended")
    await db.refresh(conversation)
    db.add(
        ChatParticipant(
            conversation_id=conversation.id, staff_id=principal.user_id, role="assigned", joined_at=now
        )
    )
    if over:  # a supervisor's explicit "take it anyway"
        await _audit(
            db,
            principal,
            "counselling.accepted",
            conversation.id,
            over_capacity=True,
            load=load,
            max_chats=limit,
        )
    else:
        await _audit(db, principal, "counselling.accepted", conversation.id)
    uow = _uow(db)
    _status_event(uow, pubsub, conversation, "accepted")
    _queue_event(uow, pubsub, conversation)
    return conversation


async def transfer(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int, to_staff_id: int | None
) -> Conversation:
    """Hand an open conversation to another counsellor (``to_staff_id``), or back to the queue (``None``).

    Allowed for the assigned counsellor and for supervisors. The target must be an active counsellor or
    supervisor (else :class:`NotFound`). The previous assignee's participant row is closed (``left_at``), so
    their chat socket loses access and is closed. Announces ``status/transferred`` (or ``status/requeued``)."""
    check_permission(principal, Perm.COUNSEL)
    conversation = await access_conversation(db, principal, conversation_id)
    if conversation.status not in OPEN_STATUSES:
        raise Conflict("this conversation has ended")
    if principal.role is not Role.SUPERVISOR and conversation.assigned_staff_id != principal.user_id:
        raise Forbidden("only the assigned counsellor or a supervisor can transfer this conversation")
    now = utcnow()
    if to_staff_id is not None:
        target = await db.get(StaffUser, to_staff_id)
        if (
            target is None
            or not target.is_active
            or target.role not in (Role.COUNSELLOR.value, Role.SUPERVISOR.value)
        ):
            raise NotFound("counsellor not found")
    await _close_participation(db, conversation.id, conversation.assigned_staff_id, now, roles=("assigned",))
    previous = conversation.assigned_staff_id
    if to_staff_id is None:
        conversation.status = "waiting"
        conversation.assigned_staff_id = None
        conversation.queued_at = now
        event = "requeued"
    else:
        conversation.status = "active"
        conversation.assigned_staff_id = to_staff_id
        conversation.accepted_at = conversation.accepted_at or now
        db.add(
            ChatParticipant(
                conversation_id=conversation.id, staff_id=to_staff_id, role="assigned", joined_at=now
            )
        )
        event = "transferred"
    await db.flush()
    await _audit(db, principal, f"counselling.{event}", conversation.id, previous=previous, to=to_staff_id)
    uow = _uow(db)
    _status_event(uow, pubsub, conversation, event)
    _queue_event(uow, pubsub, conversation)
    return conversation


async def join(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int, *, silent: bool
) -> ChatParticipant:
    """A supervisor observes (``silent=True``: reads only, the young person is not told) or joins (may write;
    the young person's status shows a second counsellor). Joining after observing upgrades the same person.
    Supervisors only (:class:`Forbidden` otherwise). Announces ``status/joined`` for a join, nothing for a
    silent observation."""
    check_permission(principal, Perm.COUNSEL)
    if principal.role is not Role.SUPERVISOR:
        raise Forbidden("only supervisors observe or join conversations")
    conversation = await access_conversation(db, principal, conversation_id)
    if conversation.status not in OPEN_STATUSES:
        raise Conflict("this conversation has ended")
    role = "observer" if silent else "joined"
    now = utcnow()
    current = await db.scalar(
        select(ChatParticipant).where(
            ChatParticipant.conversation_id == conversation.id,
            ChatParticipant.staff_id == principal.user_id,
            ChatParticipant.role.in_(("observer", "joined")),
            ChatParticipant.left_at.is_(None),
        )
    )
    if current is not None and (current.role == role or silent):
        return current  # already there (observing never downgrades a join)
    if current is not None:
        current.role = role
        participant = current
    else:
        participant = ChatParticipant(
            conversation_id=conversation.id, staff_id=principal.user_id, role=role, joined_at=now
        )
        db.add(participant)
    await db.flush()
    await _audit(db, principal, f"counselling.{'observed' if silent else 'joined'}", conversation.id)
    if not silent:
        _status_event(_uow(db), pubsub, conversation, "joined")
    return participant


async def leave(db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int) -> None:
    """A supervisor stops observing or leaves a conversation they joined (the assignee uses transfer or end)."""
    conversation = await access_conversation(db, principal, conversation_id)
    closed = await _close_participation(
        db, conversation.id, principal.user_id, utcnow(), roles=("observer", "joined")
    )
    if closed:
        await _audit(db, principal, "counselling.left", conversation.id)
        _status_event(_uow(db), pubsub, conversation, "left")


async def _close_participation(
    db: AsyncSession, conversation_id: int, staff_id: int | None, now: Any, *, roles: tuple[str, ...]
) -> int:
    if staff_id is None:
        return 0
    rows = (
        await db.scalars(
            select(ChatParticipant).where(
                ChatParticipant.conversation_id == conversation_id,
                ChatParticipant.staff_id == staff_id,
                ChatParticipant.role.in_(roles),
                ChatParticipant.left_at.is_(None),
            )
        )
    ).all()
    for row in rows:
        row.left_at = now
    return len(rows)


async def end_by_staff(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int
) -> Conversation:
    """End a conversation (the assigned counsellor, or a supervisor). Waiting ones can be closed too (e.g. a
    left message answered by phone). Idempotent: ending an ended conversation changes nothing."""
    check_permission(principal, Perm.COUNSEL)
    conversation = await access_conversation(db, principal, conversation_id)
    if principal.role is not Role.SUPERVISOR and conversation.assigned_staff_id not in (
        None,
        principal.user_id,
    ):
        raise Forbidden("only the assigned counsellor or a supervisor can end this conversation")
    if conversation.status in OPEN_STATUSES:
        await _end(db, pubsub, conversation, by="staff")
        await _audit(db, principal, "counselling.ended", conversation.id)
    return conversation


async def end_by_youth(
    db: AsyncSession, pubsub: PubSub, contact: YouthContact, conversation_id: int
) -> Conversation:
    """The young person ends their own conversation (NotFound for anyone else's)."""
    conversation = await conversation_of_contact(db, contact, conversation_id)
    if conversation.status in OPEN_STATUSES:
        await _end(db, pubsub, conversation, by="youth")
        await audit.record(
            db,
            Actor("youth", str(contact.id)),
            "counselling.ended",
            object_type="conversation",
            object_id=conversation.id,
        )
    return conversation


async def _end(db: AsyncSession, pubsub: PubSub | None, conversation: Conversation, *, by: str) -> None:
    now = utcnow()
    was_waiting = conversation.status == "waiting"
    conversation.status = "ended"
    conversation.ended_at = now
    conversation.ended_by = by
    rows = (
        await db.scalars(
            select(ChatParticipant).where(
                ChatParticipant.conversation_id == conversation.id, ChatParticipant.left_at.is_(None)
            )
        )
    ).all()
    for row in rows:
        row.left_at = now
    await db.flush()
    if pubsub is None:
        return
    uow = _uow(db)
    _status_event(uow, pubsub, conversation, "ended")
    if was_waiting:
        _queue_event(uow, pubsub, conversation)


async def conversation_of_contact(
    db: AsyncSession, contact: YouthContact, conversation_id: int
) -> Conversation:
    """The young person's own conversation; NotFound for a missing one and for anyone else's."""
    conversation = await db.get(Conversation, conversation_id)
    if conversation is None or conversation.youth_contact_id != contact.id:
        raise NotFound("conversation not found")
    return conversation


async def conversations_of(db: AsyncSession, contact: YouthContact) -> list[Conversation]:
    """All of a young person's conversations, newest first (for "my page")."""
    rows = await db.scalars(
        select(Conversation)
        .where(Conversation.youth_contact_id == contact.id)
        .order_by(Conversation.id.desc())
    )
    return list(rows)


async def unread_for_youth(db: AsyncSession, conversation: Conversation) -> int:
    """Counsellor messages the young person has not marked read."""
    count = await db.scalar(
        select(func.count(ChatMessage.id)).where(
            ChatMessage.conversation_id == conversation.id,
            ChatMessage.sender == "staff",
            ChatMessage.seq > conversation.youth_last_seen_seq,
        )
    )
    return int(count or 0)


async def end_for_deleted_contact(db: AsyncSession, contact: YouthContact) -> None:
    """``youth.service.ON_DELETION`` hook: a young person who deletes their data can no longer come back, so
    their open conversations end (the messages are kept as counselling records; the contact cannot sign in)."""
    rows = (
        await db.scalars(
            select(Conversation).where(
                Conversation.youth_contact_id == contact.id, Conversation.status.in_(OPEN_STATUSES)
            )
        )
    ).all()
    for conversation in rows:
        # No announcement (the hook has no event bus): open sockets see the end on their next periodic check.
        await _end(db, None, conversation, by="youth")


# -- delivery state and typing ------------------------------------------------------------------------------


async def mark_read(
    db: AsyncSession, pubsub: PubSub, conversation: Conversation, *, side: str, seq: int
) -> int:
    """Move one side's read pointer forward to ``seq`` (never back, never past the last message) and announce
    ``{"type": "read", "side": side, "seq": n}`` after the commit. Returns the pointer. ``side`` is ``youth``
    (``youth_last_seen_seq``) or ``staff`` (``staff_last_read_seq``, moved by the assignee or a joined
    supervisor, never by a silent observer: the caller decides)."""
    if side not in ("youth", "staff"):
        raise ValueError(f"unknown side {side!r}")
    column = Conversation.youth_last_seen_seq if side == "youth" else Conversation.staff_last_read_seq
    target = max(0, min(int(seq), conversation.last_seq))
    result = await db.execute(
        update(Conversation)
        .where(Conversation.id == conversation.id, column < target)
        .values({column: target})
        .execution_options(synchronize_session=False)
    )
    await db.refresh(conversation, ["youth_last_seen_seq", "staff_last_read_seq", "last_seq"])
    pointer = conversation.youth_last_seen_seq if side == "youth" else conversation.staff_last_read_seq
    if getattr(result, "rowcount", 0):
        publish_after_commit(
            _uow(db),
            pubsub,
            conversation_channel(conversation.id),
            {"type": "read", "side": side, "seq": pointer},
        )
    return pointer


async def publish_typing(pubsub: PubSub, conversation_id: int, *, side: str, connection: str) -> None:
    """Ephemeral "is typing" (nothing stored): ``{"type": "typing", "side", "conn"}``; the sockets of the
    other side show it for a few seconds. Rate limiting is the caller's (the chat socket allows one per 2 s)."""
    await pubsub.publish(
        conversation_channel(conversation_id), {"type": "typing", "side": side, "conn": connection}
    )


# -- queue position, expected wait, and when live chat is offered ---------------------------------------------

# Expected wait (documented estimate, ADR 0015): when at least ACCEPT_SAMPLE_MIN conversations were accepted in
# the last hour, one place in the queue is worth 60 / (accepts in that hour) minutes; otherwise a chat is assumed
# to take FALLBACK_CHAT_MINUTES and the available counsellors share the queue.
ACCEPT_SAMPLE_MIN = 3
FALLBACK_CHAT_MINUTES = 15
# Live chat is offered while at least one counsellor is "available" and the live queue is not longer than
# MAX_WAITING_PER_COUNSELLOR per available counsellor; otherwise the young person is offered to leave a message.
MAX_WAITING_PER_COUNSELLOR = 5


@dataclass(frozen=True)
class QueueSnapshot:
    order: list[int]  # waiting conversation ids, first to be taken first
    accepted_last_hour: int
    available_counsellors: int
    waiting_live: int

    def position(self, conversation_id: int) -> int | None:
        try:
            return self.order.index(conversation_id) + 1
        except ValueError:
            return None

    def expected_wait_minutes(self, position: int) -> int:
        """Minutes until a counsellor is likely to take the chat at ``position`` (1 = next), rounded up to 5."""
        if self.accepted_last_hour >= ACCEPT_SAMPLE_MIN:
            minutes = position * 60 / self.accepted_last_hour
        else:
            minutes = position * FALLBACK_CHAT_MINUTES / max(1, self.available_counsellors)
        return max(5, 5 * math.ceil(minutes / 5))

    @property
    def live_offered(self) -> bool:
        return (
            self.available_counsellors >= 1
            and self.waiting_live < MAX_WAITING_PER_COUNSELLOR * self.available_counsellors
        )


async def queue_snapshot(db: AsyncSession) -> QueueSnapshot:
    """The waiting list in the order counsellors take it (``queue.order``), with what the wait estimate needs.
    One query for the list, two counts."""
    now = utcnow()
    rows = (
        await db.execute(
            select(
                Conversation.id,
                Conversation.risk_level,
                Conversation.danger_now,
                Conversation.queued_at,
                Conversation.mode,
            ).where(Conversation.status == "waiting")
        )
    ).all()
    ordered = queue.order([queue.Waiting(r.id, r.risk_level, r.danger_now, r.queued_at) for r in rows], now)
    accepted = await db.scalar(
        select(func.count(Conversation.id)).where(Conversation.accepted_at >= now - timedelta(hours=1))
    )
    available = await db.scalar(
        select(func.count(StaffPresence.staff_id)).where(StaffPresence.status == "available")
    )
    return QueueSnapshot(
        order=[w.id for w in ordered],
        accepted_last_hour=int(accepted or 0),
        available_counsellors=int(available or 0),
        waiting_live=sum(1 for r in rows if r.mode == "live"),
    )


def status_frame(conversation: Conversation, snapshot: QueueSnapshot | None, *, side: str) -> dict[str, Any]:
    """The ``status`` frame a chat socket sends: state, read pointers, and for a waiting young person their
    place in the queue and the expected wait."""
    frame: dict[str, Any] = {
        "type": "status",
        "status": conversation.status,
        "mode": conversation.mode,
        "last_seq": conversation.last_seq,
        "read": {"youth": conversation.youth_last_seen_seq, "staff": conversation.staff_last_read_seq},
    }
    if conversation.status == "waiting" and snapshot is not None:
        position = snapshot.position(conversation.id)
        frame["position"] = position
        frame["wait_minutes"] = snapshot.expected_wait_minutes(position) if position else None
    if side == "staff":
        frame["risk"] = risk_of(conversation)
        frame["assigned_staff_id"] = conversation.assigned_staff_id
    return frame
