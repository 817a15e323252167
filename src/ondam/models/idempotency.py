from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ondam.kit.crypto import EncryptedText
from ondam.models.base import Base, UTCDateTime


class IdempotentResponse(Base):
    """The answer a retry-safe endpoint gave for one client-chosen idempotency key, kept for a day.

    ``key_digest`` is a keyed digest of scope + key (the raw key is never stored); ``request_digest`` the SHA-256
    of the canonical request, so that a key reused for a different request is refused. ``response`` is the JSON
    answer, encrypted (it can hold a case code and PIN that a retry must get back). ``response`` is empty while
    the first request holding the key is still being processed. See ``kit/idempotency.py``.
    """

    __tablename__ = "idempotent_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_digest: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(40))
    request_digest: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    response: Mapped[str | None] = mapped_column(EncryptedText("idempotent_responses.response"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
