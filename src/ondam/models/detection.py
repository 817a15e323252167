from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ondam.models.base import Base, UTCDateTime


class PartnerPlatform(Base):
    """A platform that calls the partner API (detection now, hash lists later). Only the token's hash is kept."""

    __tablename__ = "partner_platforms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    token_prefix: Mapped[str] = mapped_column(String(12))  # shown to operators to tell tokens apart
    rate_limit_per_minute: Mapped[int] = mapped_column(Integer, default=600)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DetectConversation(Base):
    """The engine's state for one conversation of one platform: numbers and categories, never message text."""

    __tablename__ = "detect_conversations"
    __table_args__ = (UniqueConstraint("platform_id", "conversation_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("partner_platforms.id", ondelete="CASCADE"))
    conversation_key: Mapped[str] = mapped_column(String(64))  # SHA-256 of the platform's conversation id
    state: Mapped[str] = mapped_column(Text)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
