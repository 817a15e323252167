from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class RegionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name_ko: str
    name_en: str
    valid_from: date
    valid_to: date | None


class CenterOut(BaseModel):
    code: str
    kind: str
    region_code: str | None
    name_ko: str
    name_en: str
    valid_from: date
    valid_to: date | None


class ContactOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    number: str
    name_ko: str
    name_en: str
    purpose_ko: str
    purpose_en: str
    valid_from: date
    valid_to: date | None


class RefdataVersion(BaseModel):
    region_code: str | None = None
    name_ko: str
    name_en: str
    valid_from: date
    valid_to: date | None = None


class RefdataCenter(BaseModel):
    code: str
    kind: str
    versions: list[RefdataVersion]


class RefdataRegion(BaseModel):
    code: str
    name_ko: str
    name_en: str
    valid_from: date
    valid_to: date | None = None


class RefdataContact(BaseModel):
    code: str
    number: str
    name_ko: str
    name_en: str
    purpose_ko: str
    purpose_en: str
    sort_order: int = 0
    valid_from: date
    valid_to: date | None = None


class RefdataFile(BaseModel):
    """The shape of ``refdata/reference.json``; keys starting with ``_`` are notes and ignored."""

    model_config = ConfigDict(extra="ignore")

    regions: list[RefdataRegion]
    centers: list[RefdataCenter]
    contacts: list[RefdataContact]
