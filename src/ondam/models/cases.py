from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ondam.kit.crypto import EncryptedText
from ondam.models.base import Base, UTCDateTime


class Case(Base):
    """A support case held by one center. The cases issue grows this; the foundation needs its scoping."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    age_band: Mapped[str | None] = mapped_column(String(16))
    region_code: Mapped[str | None] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(EncryptedText("cases.summary"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # Opened from a counselling conversation (one case per conversation), with the consent recorded there.
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id"), index=True, unique=True
    )
    consent_basis: Mapped[str | None] = mapped_column(String(16))  # youth | guardian | statutory
    consent_method: Mapped[str | None] = mapped_column(String(16))  # chat | phone | in_person | written
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
