from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ondam.models.base import Base, UTCDateTime


class StaffAlert(Base):
    """Something a staff member must look at: for one person, or for everyone holding a role (in one center)."""

    __tablename__ = "staff_alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # e.g. removal.reappeared, removal.partner_match
    audience_role: Mapped[str] = mapped_column(String(32), index=True)
    audience_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    center_code: Mapped[str | None] = mapped_column(String(16))
    subject_type: Mapped[str] = mapped_column(String(32))  # removal_case, removal_item, ...
    subject_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
