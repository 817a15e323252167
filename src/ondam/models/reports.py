from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ondam.kit.crypto import EncryptedText
from ondam.models.base import Base, UTCDateTime


class YouthReport(Base):
    """A report of online sexual exploitation sent from the youth app (anonymous; linked to a case code)."""

    __tablename__ = "youth_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    youth_contact_id: Mapped[int] = mapped_column(ForeignKey("youth_contacts.id"), index=True)
    kind: Mapped[str] = mapped_column(
        String(24)
    )  # grooming | sextortion | solicitation | filming | threats | other
    platform: Mapped[str | None] = mapped_column(String(100))
    platform_other: Mapped[str | None] = mapped_column(EncryptedText("youth_reports.platform_other"))
    offender_accounts: Mapped[str | None] = mapped_column(EncryptedText("youth_reports.offender_accounts"))
    urls: Mapped[str | None] = mapped_column(EncryptedText("youth_reports.urls"))
    happened: Mapped[str | None] = mapped_column(String(32))  # date or a rough period the youth chose
    images_exist: Mapped[str] = mapped_column(String(8), default="unsure")  # yes | no | unsure
    images_shared: Mapped[str] = mapped_column(String(8), default="unsure")
    danger_now: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(EncryptedText("youth_reports.description"))
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    # received | in_review | referred | closed | withdrawn
    status_note: Mapped[str | None] = mapped_column(
        EncryptedText("youth_reports.status_note")
    )  # shown to the youth
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Filed by a counsellor from a conversation on the young person's behalf (one per conversation).
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id"), index=True, unique=True
    )


class ReportEvidence(Base):
    """An uploaded screenshot: encrypted bytes, never shown in lists; the SHA-256 is of the original bytes."""

    __tablename__ = "report_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("youth_reports.id", ondelete="CASCADE"), index=True)
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)  # AES-GCM nonce + ciphertext, AAD = report id + sha256
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text)
