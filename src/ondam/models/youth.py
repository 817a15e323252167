from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ondam.models.base import Base, UTCDateTime


class YouthContact(Base):
    """An anonymous young person, known only by a case code and a PIN (both shown to them once).

    The code is stored as a keyed digest (``code_digest``) so that a copy of the database does not reveal the codes
    young people hold; the PIN as an argon2 hash. Nothing here names or reaches the young person.
    """

    __tablename__ = "youth_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_digest: Mapped[str] = mapped_column(String(64), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | deleted
    age_band: Mapped[str | None] = mapped_column(String(16))
    region_code: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(16))
    locale: Mapped[str] = mapped_column(String(8), default="ko")
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deletion_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
