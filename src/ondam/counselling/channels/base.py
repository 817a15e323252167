"""The channel adapter interface: what an entry point (web chat, KakaoTalk channel, ...) provides to feed the one
counselling queue (docs/decisions/0017-channel-adapters.md).

A channel adapter turns its transport into four operations on the counselling core, all inside the caller's
unit of work:

1. **identify** the young person: the channel's own user id is turned into a keyed digest
   (:meth:`ChannelAdapter.user_key`, HMAC-SHA256 with the secret key; the raw id is never stored), and that key
   into a :class:`YouthContact` (created on first contact, found again through the key stored on the channel's
   conversations as ``Conversation.channel_user_key``);
2. **open or continue** the young person's conversation (``service.open_conversation`` with ``channel=name``):
   it enters the same risk-ordered queue as every other channel;
3. **deliver** the young person's messages (``service.post_message``, numbered, scored and announced like any
   other) with a client id that is the same when the channel retries the same request, so a retry stores
   nothing twice;
4. **pull** the counsellor's replies the young person has not received yet (everything after the conversation's
   ``youth_last_seen_seq``) and move that pointer once the channel has handed them over.

Adapters add only their transport: parsing and authenticating requests, and rendering replies in the channel's
format. The web chat (``web.py``) pushes replies over its socket; the KakaoTalk adapter (``kakao.py``) can only
answer when the young person writes, or once through a callback URL.
"""

from __future__ import annotations

import hashlib
import hmac
from abc import ABC
from typing import ClassVar

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.counselling import service
from ondam.kit.pubsub import PubSub
from ondam.kit.settings import Settings
from ondam.models import ChatMessage, Conversation, YouthContact
from ondam.youth import service as youth

REPLY_SENDERS = ("staff", "system")


class ChannelAdapter(ABC):
    """Base of every channel. Subclasses set :attr:`name` (stored in ``Conversation.channel``) and add their
    transport (an endpoint that parses the channel's requests and renders its replies)."""

    name: ClassVar[str]
    REGISTRY: ClassVar[dict[str, ChannelAdapter]] = {}

    @classmethod
    def register(cls, adapter: ChannelAdapter) -> ChannelAdapter:
        cls.REGISTRY.setdefault(adapter.name, adapter)
        return cls.REGISTRY[adapter.name]

    # 1. identify -------------------------------------------------------------------------------------------

    def user_key(self, settings: Settings, channel_user_id: str) -> str:
        """The keyed digest that stands for the channel's user id (64 hex characters)."""
        key = settings.secret_key.get_secret_value().encode()
        message = f"channel-user:{self.name}:{channel_user_id}".encode()
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    async def identify(
        self, db: AsyncSession, settings: Settings, user_key: str
    ) -> tuple[YouthContact, bool]:
        """The young person behind ``user_key``, and True when they were created now (first contact)."""
        known = await self.find(db, user_key)
        if known is not None:
            return known, False
        created = await youth.create_contact(db, settings, locale="ko")
        return created.contact, True

    async def find(self, db: AsyncSession, user_key: str) -> YouthContact | None:
        """The active contact of the channel's latest conversation with this key (None: unknown or deleted)."""
        contact_id = await db.scalar(
            select(Conversation.youth_contact_id)
            .where(Conversation.channel == self.name, Conversation.channel_user_key == user_key)
            .order_by(Conversation.id.desc())
            .limit(1)
        )
        contact = await db.get(YouthContact, contact_id) if contact_id is not None else None
        return contact if contact is not None and contact.status == "active" else None

    # 2. open or continue -----------------------------------------------------------------------------------

    async def open_or_continue(
        self,
        db: AsyncSession,
        pubsub: PubSub,
        contact: YouthContact,
        user_key: str,
        *,
        mode: str = "live",
        danger_now: bool = False,
    ) -> Conversation:
        return await service.open_conversation(
            db,
            pubsub,
            contact,
            mode=mode,
            channel=self.name,
            channel_user_key=user_key,
            danger_now=danger_now,
        )

    # 3. deliver --------------------------------------------------------------------------------------------

    async def already_delivered(
        self, db: AsyncSession, conversation: Conversation, client_msg_ids: list[str]
    ) -> service.MessageOut | None:
        """The young person's message stored earlier under one of these client ids (a retried request)."""
        found = await db.scalar(
            select(ChatMessage)
            .where(
                ChatMessage.conversation_id == conversation.id,
                ChatMessage.sender == "youth",
                ChatMessage.client_msg_id.in_(client_msg_ids),
            )
            .limit(1)
        )
        return None if found is None else service.message_out(found)

    async def deliver(
        self, db: AsyncSession, pubsub: PubSub, conversation: Conversation, text: str, client_msg_id: str
    ) -> service.MessageOut:
        return await service.post_message(
            db, pubsub, conversation, sender="youth", body=text, client_msg_id=client_msg_id
        )

    # 4. pull replies ---------------------------------------------------------------------------------------

    async def pending_replies(
        self, db: AsyncSession, conversation: Conversation, limit: int = 20
    ) -> list[service.MessageOut]:
        """Counsellor (and system) messages after the young person's pointer, oldest first."""
        rows = await db.scalars(
            select(ChatMessage)
            .where(
                ChatMessage.conversation_id == conversation.id,
                ChatMessage.seq > conversation.youth_last_seen_seq,
                ChatMessage.sender.in_(REPLY_SENDERS),
            )
            .order_by(ChatMessage.seq)
            .limit(limit)
        )
        return [service.message_out(m) for m in rows]

    async def mark_delivered(
        self, db: AsyncSession, pubsub: PubSub | None, conversation: Conversation, seq: int
    ) -> int:
        """The channel handed everything up to ``seq`` to the young person (the pointer never moves back).
        Without a pub/sub (a background job) the counsellor's view learns it on its next status read."""
        if pubsub is not None:
            return await service.mark_read(db, pubsub, conversation, side="youth", seq=seq)
        target = max(0, min(int(seq), conversation.last_seq))
        await db.execute(
            update(Conversation)
            .where(Conversation.id == conversation.id, Conversation.youth_last_seen_seq < target)
            .values(youth_last_seen_seq=target)
            .execution_options(synchronize_session=False)
        )
        await db.refresh(conversation, ["youth_last_seen_seq"])
        return conversation.youth_last_seen_seq
