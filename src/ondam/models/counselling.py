from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ondam.kit.crypto import EncryptedText
from ondam.models.base import Base, UTCDateTime


class Conversation(Base):
    """A counselling conversation: a live chat, or a message left for a later reply. One per young person's contact
    at a time; the channel says where it came from (web chat, KakaoTalk channel ...)."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_contact_id: Mapped[int] = mapped_column(ForeignKey("youth_contacts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16), default="web")  # web | kakao
    channel_user_key: Mapped[str | None] = mapped_column(
        String(64), index=True
    )  # keyed digest of the channel's id
    mode: Mapped[str] = mapped_column(String(16), default="live")  # live | message
    status: Mapped[str] = mapped_column(String(16), index=True)  # waiting | active | ended | abandoned
    risk_level: Mapped[int] = mapped_column(Integer, default=0)  # 0 none, 1 watch, 2 high, 3 urgent
    risk_score: Mapped[float] = mapped_column(Float, default=0.0)
    risk_categories: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of category ids
    risk_evidence: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"seq", "categories"}]
    detector_state: Mapped[str | None] = mapped_column(Text)  # the engine's numbers, never message text
    danger_now: Mapped[bool] = mapped_column(Boolean, default=False)  # self-reported by the young person
    age_band: Mapped[str | None] = mapped_column(String(16))
    region_code: Mapped[str | None] = mapped_column(String(16))
    locale: Mapped[str] = mapped_column(String(8), default="ko")
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    youth_last_seen_seq: Mapped[int] = mapped_column(Integer, default=0)
    staff_last_read_seq: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0"
    )  # staff read pointer
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_by: Mapped[str | None] = mapped_column(String(16))  # youth | staff | system
    # Structured summary written by the counsellor at the end (statistics dimensions).
    issue_types: Mapped[str] = mapped_column(Text, default="[]")
    services: Mapped[str] = mapped_column(Text, default="[]")
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str | None] = mapped_column(EncryptedText("conversations.summary"))
    # Codes of refdata/statistics.json (counselling.statistics); issue_types/services above hold JSON lists.
    contact_channel: Mapped[str | None] = mapped_column(String(32))
    offender_relationship: Mapped[str | None] = mapped_column(String(32))
    online_to_offline: Mapped[str | None] = mapped_column(String(32))
    summary_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    summary_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # None: no structured summary yet
    survey_helpful: Mapped[int | None] = mapped_column(Integer)  # 1..5
    survey_recommend: Mapped[int | None] = mapped_column(Integer)  # 1..5
    survey_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # answered or skipped (asked once)


class ChatMessage(Base):
    """One message, persisted before it is acknowledged; ``seq`` numbers a conversation's messages 1, 2, 3 ..."""

    __tablename__ = "chat_messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq"),
        UniqueConstraint("conversation_id", "sender", "client_msg_id", name="uq_chat_messages_client_msg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(8))  # youth | staff | system
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    client_msg_id: Mapped[str | None] = mapped_column(String(64))  # the sender's id, for retry-safe sending
    body: Mapped[str] = mapped_column(EncryptedText("chat_messages.body"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChatNote(Base):
    """Staff-only note on a conversation: encrypted, never sent to the young person."""

    __tablename__ = "chat_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    body: Mapped[str] = mapped_column(EncryptedText("chat_notes.body"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChatParticipant(Base):
    """Staff on a conversation: the assigned counsellor, a supervisor observing silently or joined, transfers."""

    __tablename__ = "chat_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # assigned | observer | joined
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CannedResponse(Base):
    """A reply template managed by supervisors, per language."""

    __tablename__ = "canned_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    locale: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MandatoryReport(Base):
    """A report to the police made under the duty to report (who, when, reference number)."""

    __tablename__ = "mandatory_reports"
    __table_args__ = (Index("uq_mandatory_reports_form", "conversation_id", "form_token", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    agency: Mapped[str] = mapped_column(String(100))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reference_number: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(EncryptedText("mandatory_reports.note"))
    form_token: Mapped[str | None] = mapped_column(String(64))  # the form's id: a double submit records once
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StaffPresence(Base):
    """Who is on shift for live counselling, and how many chats they take at once."""

    __tablename__ = "staff_presence"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="offline")  # available | busy | away | offline
    max_chats: Mapped[int] = mapped_column(Integer, default=3)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
