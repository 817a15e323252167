"""Statistics dimensions as data: ``refdata/statistics.json`` (issue types, first-contact channel, offender
relationship, online-to-offline, services), each value with a stable code, Korean and English labels and
effective dates (KST calendar days, half-open, as in ADR 0011).

Forms offer the values in force today; a stored code keeps its label after it is closed (``label`` looks at every
version), so an old summary still reads correctly.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ondam.kit.clock import today_kst
from ondam.kit.i18n import current_locale

STATISTICS_FILE = Path(__file__).resolve().parent.parent / "refdata" / "statistics.json"

ISSUE_TYPE = "issue_type"
CONTACT_CHANNEL = "contact_channel"
OFFENDER_RELATIONSHIP = "offender_relationship"
ONLINE_TO_OFFLINE = "online_to_offline"
SERVICE = "service"


class Item(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str = Field(pattern=r"^[a-z][a-z0-9_]{1,31}$")
    label_ko: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    valid_from: date
    valid_to: date | None = None

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on < self.valid_to)

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ko


class Dimension(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str = Field(pattern=r"^[a-z][a-z0-9_]{1,31}$")
    label_ko: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    multi: bool
    items: tuple[Item, ...]

    @model_validator(mode="after")
    def _unique_codes(self) -> Dimension:
        codes = [i.code for i in self.items]
        if len(codes) != len(set(codes)):
            raise ValueError(f"statistics.json: duplicate code in dimension {self.code}")
        return self

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_ko

    def in_force(self, on: date | None = None) -> list[Item]:
        day = on or today_kst()
        return [i for i in self.items if i.in_force(day)]

    def item(self, code: str) -> Item | None:
        return next((i for i in self.items if i.code == code), None)


class StatisticsFile(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    dimensions: tuple[Dimension, ...]

    @model_validator(mode="after")
    def _unique_dimensions(self) -> StatisticsFile:
        codes = [d.code for d in self.dimensions]
        if len(codes) != len(set(codes)):
            raise ValueError("statistics.json: duplicate dimension code")
        return self


def read(path: Path = STATISTICS_FILE) -> StatisticsFile:
    return StatisticsFile.model_validate(json.loads(path.read_text(encoding="utf-8")))


@cache
def _loaded() -> StatisticsFile:
    return read()


def dimension(code: str) -> Dimension:
    for found in _loaded().dimensions:
        if found.code == code:
            return found
    raise KeyError(code)


def options(code: str, on: date | None = None) -> list[tuple[str, str]]:
    """(code, label in the request's language) of the values in force, for a form."""
    lang = current_locale.get()
    return [(i.code, i.label(lang)) for i in dimension(code).in_force(on)]


def known(code: str, value: str, on: date | None = None) -> bool:
    """Whether ``value`` is a code of the dimension in force on ``on`` (today in Korea)."""
    return any(i.code == value for i in dimension(code).in_force(on))


def label(code: str, value: str) -> str:
    """The label of a stored code in the request's language (closed codes too); the code itself if unknown."""
    item = dimension(code).item(value)
    return item.label(current_locale.get()) if item is not None else value
