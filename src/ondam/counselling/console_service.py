"""The counsellor console's use cases: the queue as a counsellor sees it, presence, staff-only notes, the risk
panel, transfer to staff on shift, and a supervisor's join and leave with a notice to the young person.

Like ``counselling.service`` every function runs in the caller's unit of work and never commits; access goes
through ``ondam.access`` (NotFound for a conversation the principal may not see); staff actions are audited
without any message or note text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import (
    Perm,
    Principal,
    Role,
    access_conversation,
    check_permission,
    scope_open_conversations,
)
from ondam.audit import service as audit
from ondam.counselling import queue, service
from ondam.detection.signals import EXPLANATIONS, LABELS, Category
from ondam.kit.clock import utcnow
from ondam.kit.errors import Conflict, DomainError, NotFound
from ondam.kit.i18n import N_, gettext_, translations
from ondam.kit.pubsub import PubSub
from ondam.models import ChatNote, ChatParticipant, Conversation, StaffPresence, StaffUser

MAX_NOTE_CHARS = 4_000
PRESENCE_STATUSES = ("available", "away")
ON_SHIFT = ("available", "busy")
MAX_CHATS_LIMIT = 10

RISK_LEVEL_LABELS = {0: N_("No signs"), 1: N_("Watch"), 2: N_("High"), 3: N_("Urgent")}
CHANNEL_LABELS = {"web": N_("Web chat"), "kakao": N_("KakaoTalk")}

# What the young person reads in the transcript (in the conversation's language, not the staff member's).
NOTICE_JOINED = N_("A supervisor has joined the conversation.")
NOTICE_LEFT = N_("The supervisor has left the conversation.")
NOTICE_TRANSFERRED = N_("Another counsellor is now talking with you.")


class InvalidInput(DomainError):
    status_code = 422
    code = "invalid_input"


def risk_label(level: int) -> str:
    return gettext_(RISK_LEVEL_LABELS.get(level, RISK_LEVEL_LABELS[0]))


# -- the queue ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    id: int
    mode: str
    channel: str
    status: str
    risk_level: int
    danger_now: bool
    age_band: str | None
    region_code: str | None
    waited_minutes: int
    alert: str | None  # "urgent" | "long_wait" for supervisors, else None
    assigned_to: str | None

    @property
    def risk_label(self) -> str:
        return risk_label(self.risk_level)

    @property
    def channel_label(self) -> str:
        return gettext_(CHANNEL_LABELS.get(self.channel, self.channel))


@dataclass(frozen=True)
class QueueView:
    waiting: list[QueueItem]  # in the order they are offered (queue.order)
    active: list[QueueItem]  # open chats assigned to the principal (all open ones for a supervisor)


async def queue_view(db: AsyncSession, principal: Principal) -> QueueView:
    """The queue page's lists: waiting items in ``queue.order`` (urgent first, ageing, ties by wait) and open
    conversations the principal may see (``access.scope_open_conversations``)."""
    check_permission(principal, Perm.COUNSEL)
    now = utcnow()
    rows = list(await db.scalars(scope_open_conversations(principal)))
    supervisor = principal.role is Role.SUPERVISOR
    names = await _names(db, {c.assigned_staff_id for c in rows if c.assigned_staff_id is not None})
    by_id = {c.id: c for c in rows}
    waiting = [c for c in rows if c.status == "waiting"]
    ordered = queue.order(
        [queue.Waiting(c.id, c.risk_level, c.danger_now, c.queued_at) for c in waiting], now
    )

    def item(conversation: Conversation, since: datetime) -> QueueItem:
        alert = None
        if supervisor and conversation.status == "waiting":
            alert = queue.needs_supervisor_alert(
                queue.Waiting(
                    conversation.id, conversation.risk_level, conversation.danger_now, conversation.queued_at
                ),
                now,
            )
        return QueueItem(
            id=conversation.id,
            mode=conversation.mode,
            channel=conversation.channel,
            status=conversation.status,
            risk_level=3 if conversation.danger_now else conversation.risk_level,
            danger_now=conversation.danger_now,
            age_band=conversation.age_band,
            region_code=conversation.region_code,
            waited_minutes=max(0, int((now - since).total_seconds() // 60)),
            alert=alert,
            assigned_to=names.get(conversation.assigned_staff_id or 0),
        )

    active = sorted((c for c in rows if c.status == "active"), key=lambda c: c.id)
    return QueueView(
        waiting=[item(by_id[w.id], by_id[w.id].queued_at) for w in ordered],
        active=[item(c, c.accepted_at or c.queued_at) for c in active],
    )


async def _names(db: AsyncSession, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = await db.execute(select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(ids)))
    return {row.id: row.display_name for row in rows}


# -- presence -------------------------------------------------------------------------------------------------


async def presence_of(db: AsyncSession, staff_id: int) -> StaffPresence | None:
    return await db.get(StaffPresence, staff_id)


async def set_presence(db: AsyncSession, principal: Principal, status: str, max_chats: int) -> StaffPresence:
    """A counsellor's own presence: ``available`` (takes chats, counts for "live chat offered") or ``away``."""
    check_permission(principal, Perm.COUNSEL)
    if status not in PRESENCE_STATUSES:
        raise InvalidInput("unknown presence status")
    if not 1 <= max_chats <= MAX_CHATS_LIMIT:
        raise InvalidInput(f"max chats must be 1 to {MAX_CHATS_LIMIT}")
    presence = await db.get(StaffPresence, principal.user_id)
    now = utcnow()
    if presence is None:
        presence = StaffPresence(
            staff_id=principal.user_id, status=status, max_chats=max_chats, updated_at=now
        )
        db.add(presence)
    else:
        presence.status, presence.max_chats, presence.updated_at = status, max_chats, now
    await db.flush()
    await audit.record(
        db,
        principal.actor,
        "counselling.presence",
        object_type="staff",
        object_id=principal.user_id,
        details={"status": status, "max_chats": max_chats},
    )
    return presence


@dataclass(frozen=True)
class OnShift:
    id: int
    display_name: str
    role: str
    status: str
    load: int
    max_chats: int


def presence_status(stored: str, load: int, max_chats: int) -> str:
    """What a presence means now: ``busy`` is derived (on shift and holding ``max_chats`` active chats or
    more), never trusted from the stored row, so it cannot go stale when a chat ends or is transferred.
    ``away`` and ``offline`` stay as they are."""
    if stored not in ON_SHIFT:
        return stored
    return "busy" if load >= max_chats else "available"


async def staff_on_shift(db: AsyncSession, *, exclude: int | None = None) -> list[OnShift]:
    """Counsellors and supervisors who are on shift (available, or busy at capacity), with how many chats they
    hold now; ``away`` and ``offline`` staff are never offered (the transfer picker lists these)."""
    load = (
        select(Conversation.assigned_staff_id, func.count(Conversation.id).label("n"))
        .where(Conversation.status == "active")
        .group_by(Conversation.assigned_staff_id)
        .subquery()
    )
    rows = await db.execute(
        select(
            StaffUser.id,
            StaffUser.display_name,
            StaffUser.role,
            StaffPresence.status,
            StaffPresence.max_chats,
            func.coalesce(load.c.n, 0).label("load"),
        )
        .join(StaffPresence, StaffPresence.staff_id == StaffUser.id)
        .outerjoin(load, load.c.assigned_staff_id == StaffUser.id)
        .where(
            StaffPresence.status.in_(ON_SHIFT),
            StaffUser.is_active.is_(True),
            StaffUser.role.in_((Role.COUNSELLOR.value, Role.SUPERVISOR.value)),
        )
        .order_by(StaffUser.role, StaffUser.display_name, StaffUser.id)
    )
    return [
        OnShift(
            r.id,
            r.display_name,
            r.role,
            presence_status(r.status, int(r.load), r.max_chats),
            int(r.load),
            r.max_chats,
        )
        for r in rows
        if r.id != exclude
    ]


# -- notes ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteOut:
    id: int
    author: str
    body: str
    created_at: datetime


async def notes_of(db: AsyncSession, conversation: Conversation) -> list[NoteOut]:
    """Staff-only notes, oldest first (the caller has checked access to the conversation)."""
    rows = (
        await db.execute(
            select(ChatNote, StaffUser.display_name)
            .join(StaffUser, StaffUser.id == ChatNote.staff_id)
            .where(ChatNote.conversation_id == conversation.id)
            .order_by(ChatNote.id)
        )
    ).all()
    return [NoteOut(note.id, name, note.body, note.created_at) for note, name in rows]


async def add_note(db: AsyncSession, principal: Principal, conversation_id: int, body: str) -> ChatNote:
    """A note for staff only (encrypted at rest). It is never published on the conversation's channel, so no
    socket, and no young person, ever receives it."""
    check_permission(principal, Perm.COUNSEL)
    conversation = await access_conversation(db, principal, conversation_id)
    text = body.strip()
    if not text:
        raise InvalidInput("the note is empty")
    if len(text) > MAX_NOTE_CHARS:
        raise InvalidInput(f"notes are limited to {MAX_NOTE_CHARS} characters")
    note = ChatNote(
        conversation_id=conversation.id, staff_id=principal.user_id, body=text, created_at=utcnow()
    )
    db.add(note)
    await db.flush()
    await audit.record(
        db,
        principal.actor,
        "counselling.note_added",
        object_type="conversation",
        object_id=conversation.id,
        details={"note_id": note.id},
    )
    return note


# -- risk panel -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sign:
    id: str
    label: str
    explanation: str
    seqs: list[int]  # the young person's messages that showed it


@dataclass(frozen=True)
class RiskPanel:
    level: int
    label: str
    danger_now: bool
    signs: list[Sign]


def risk_panel(conversation: Conversation) -> RiskPanel:
    """Level, the warning signs with their plain-language explanations, and the messages that triggered them."""
    risk = service.risk_of(conversation)
    seqs: dict[str, list[int]] = {}
    for entry in risk["evidence"]:
        for category in entry.get("categories", []):
            seqs.setdefault(category, []).append(int(entry["seq"]))
    signs = []
    for category_id in risk["categories"]:
        try:
            category = Category(category_id)
        except ValueError:
            signs.append(Sign(category_id, category_id, "", sorted(set(seqs.get(category_id, [])))))
            continue
        signs.append(
            Sign(
                category_id,
                gettext_(LABELS[category]),
                gettext_(EXPLANATIONS[category]),
                sorted(set(seqs.get(category_id, []))),
            )
        )
    level = 3 if conversation.danger_now else conversation.risk_level
    return RiskPanel(level, risk_label(level), conversation.danger_now, signs)


# -- transfer, join, leave --------------------------------------------------------------------------------------


def _notice(conversation: Conversation, message: str) -> str:
    return translations(conversation.locale if conversation.locale in ("ko", "en") else "ko").gettext(message)


async def transfer_to(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int, to_staff_id: int
) -> Conversation:
    """Hand the conversation to a counsellor or supervisor on shift (NotFound for anyone else); the young
    person reads that another counsellor is now with them."""
    check_permission(principal, Perm.COUNSEL)
    on_shift = {s.id for s in await staff_on_shift(db, exclude=principal.user_id)}
    if to_staff_id not in on_shift:
        raise NotFound("no such counsellor on shift")
    conversation = await service.transfer(db, pubsub, principal, conversation_id, to_staff_id)
    await service.post_message(
        db, pubsub, conversation, sender="system", body=_notice(conversation, NOTICE_TRANSFERRED)
    )
    return conversation


async def join(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int, *, silent: bool
) -> ChatParticipant:
    """Observe silently (nothing is said to the young person) or join (they read that a supervisor joined)."""
    before = await _participation(db, conversation_id, principal.user_id)
    participant = await service.join(db, pubsub, principal, conversation_id, silent=silent)
    if not silent and before != "joined":
        conversation = await access_conversation(db, principal, conversation_id)
        await service.post_message(
            db, pubsub, conversation, sender="system", body=_notice(conversation, NOTICE_JOINED)
        )
    return participant


async def leave(db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int) -> None:
    """Stop observing (silently) or leave after joining (the young person reads that the supervisor left)."""
    before = await _participation(db, conversation_id, principal.user_id)
    if before is None:
        raise Conflict("you are not observing or in this conversation")
    await service.leave(db, pubsub, principal, conversation_id)
    conversation = await access_conversation(db, principal, conversation_id)
    if before == "joined" and conversation.status in service.OPEN_STATUSES:
        await service.post_message(
            db, pubsub, conversation, sender="system", body=_notice(conversation, NOTICE_LEFT)
        )


async def _participation(db: AsyncSession, conversation_id: int, staff_id: int) -> str | None:
    """``observer`` or ``joined`` when the staff member is in the conversation as a supervisor, else None."""
    role: str | None = await db.scalar(
        select(ChatParticipant.role).where(
            ChatParticipant.conversation_id == conversation_id,
            ChatParticipant.staff_id == staff_id,
            ChatParticipant.role.in_(("observer", "joined")),
            ChatParticipant.left_at.is_(None),
        )
    )
    return role


async def participation(db: AsyncSession, conversation: Conversation, principal: Principal) -> str | None:
    return await _participation(db, conversation.id, principal.user_id)
