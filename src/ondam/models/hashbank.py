from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ondam.kit.crypto import EncryptedText
from ondam.models.base import Base, UTCDateTime


class BankHash(Base):
    """A hash of a young person's image or video. The value is encrypted; ``value_digest`` is a keyed digest for
    exact lookups (MD5/SHA-256) and duplicate detection. Withdrawn hashes stay as tombstones."""

    __tablename__ = "bank_hashes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("removal_cases.id"), index=True)
    signal_type: Mapped[str] = mapped_column(String(16))  # pdq | md5 | sha256
    value: Mapped[str] = mapped_column(EncryptedText("bank_hashes.value"))
    value_digest: Mapped[str] = mapped_column(String(64), index=True)
    quality: Mapped[int | None] = mapped_column(Integer)
    media_kind: Mapped[str] = mapped_column(String(8), default="image")  # image | video
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | withdrawn
    added_by: Mapped[str] = mapped_column(String(16))  # youth | officer
    added_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BankChange(Base):
    """Append-only change log of the bank; its id is the cursor of the partner delta feed."""

    __tablename__ = "bank_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    hash_id: Mapped[int] = mapped_column(ForeignKey("bank_hashes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # added | withdrawn
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class PartnerFeedback(Base):
    """What a partner platform told us about a hash: blocked / not blocked, or a match it found (with its URL)."""

    __tablename__ = "partner_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("partner_platforms.id"), index=True)
    hash_id: Mapped[int] = mapped_column(ForeignKey("bank_hashes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # blocked | not_blocked | match
    url: Mapped[str | None] = mapped_column(EncryptedText("partner_feedback.url"))
    detail: Mapped[str | None] = mapped_column(EncryptedText("partner_feedback.detail"))
    idempotency_key: Mapped[str | None] = mapped_column(String(64))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("removal_items.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
