"""Regions and centers: effective-dated reference data.

A center's identity (``code``) is stable and is what other records point at; its names and region live in
versions with ``valid_from``/``valid_to`` (half-open, KST dates) so a renamed center or a merged region is a
new version, never an edit of history.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ondam.models.base import Base


class Region(Base):
    __tablename__ = "regions"
    __table_args__ = (UniqueConstraint("code", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), index=True)  # ISO 3166-2:KR, e.g. KR-11
    name_ko: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Center(Base):
    __tablename__ = "centers"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "hub" or "regional"


class CenterVersion(Base):
    __tablename__ = "center_versions"
    __table_args__ = (UniqueConstraint("center_code", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), index=True)
    region_code: Mapped[str | None] = mapped_column(String(16))
    name_ko: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Contact(Base):
    """Emergency and help lines shown to young people (112, 1366, 1388, 117 ...), effective-dated."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("code", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), index=True)
    number: Mapped[str] = mapped_column(String(32))
    name_ko: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    purpose_ko: Mapped[str] = mapped_column(String(300))
    purpose_en: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(default=0)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
