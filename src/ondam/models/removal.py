from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ondam.kit.crypto import EncryptedText
from ondam.models.base import Base, UTCDateTime


class RemovalCase(Base):
    """A request to remove a young person's images, worked by removal officers (a national role)."""

    __tablename__ = "removal_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    youth_contact_id: Mapped[int | None] = mapped_column(ForeignKey("youth_contacts.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed | withdrawn
    source: Mapped[str] = mapped_column(String(16))  # youth | staff
    # Consent, as the young person gave it (the wording's version is kept so the record can be read later).
    consent_share_hashes: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_forward_center: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_text_version: Mapped[str | None] = mapped_column(String(32))
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    description: Mapped[str | None] = mapped_column(EncryptedText("removal_cases.description"))
    assigned_officer_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    handed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Started by a counsellor from a conversation (one per conversation).
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id"), index=True, unique=True
    )


class RemovalItem(Base):
    """One place (URL) where the images appeared, moved through a state machine by officers and jobs."""

    __tablename__ = "removal_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("removal_cases.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(EncryptedText("removal_items.url"))
    host: Mapped[str] = mapped_column(String(255))  # for grouping by platform; no path or query
    platform: Mapped[str | None] = mapped_column(String(100))
    account_names: Mapped[str | None] = mapped_column(EncryptedText("removal_items.account_names"))
    state: Mapped[str] = mapped_column(String(24), default="found", index=True)
    source: Mapped[str] = mapped_column(String(16))  # youth | officer | recheck | partner | monitoring
    parent_item_id: Mapped[int | None] = mapped_column(ForeignKey("removal_items.id"))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    request_reference: Mapped[str | None] = mapped_column(String(100))
    last_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_check_result: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RemovalEvent(Base):
    """History of a case and its items: state changes, notes, letters sent, checks. Appended, never changed."""

    __tablename__ = "removal_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("removal_cases.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("removal_items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))  # transition | note | letter | check | handoff | feedback
    from_state: Mapped[str | None] = mapped_column(String(24))
    to_state: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(EncryptedText("removal_events.note"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class RemovalEvidence(Base):
    """What was captured at a URL: when, the HTTP status, and the SHA-256 of the bytes (the bytes are not kept)."""

    __tablename__ = "removal_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("removal_items.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(EncryptedText("removal_evidence.url"))
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime())
    http_status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))
    captured_by: Mapped[str] = mapped_column(String(16))  # officer | recheck
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
