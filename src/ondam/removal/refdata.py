"""Reference data of removal work, read from ``refdata/platforms.json`` and ``refdata/removal.json``.

Both files are validated when first read; a broken file fails loudly at the first use instead of producing a
letter with a hole in it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

REFDATA_DIR = Path(__file__).resolve().parent.parent / "refdata"
PLATFORMS_FILE = REFDATA_DIR / "platforms.json"
REMOVAL_FILE = REFDATA_DIR / "removal.json"
LANGS = ("ko", "en")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    ko: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


class Platform(_Strict):
    key: str = Field(pattern=r"^[a-z0-9_]{1,40}$")
    name: Bilingual
    domestic: bool
    hosts: tuple[str, ...]

    def matches(self, host: str) -> bool:
        return any(host == h or host.endswith("." + h) for h in self.hosts)


class PlatformsFile(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    platforms: tuple[Platform, ...]


class Office(_Strict):
    """The desk that sends the letters. Its e-mail and phone are printed only when set: no published contact of
    this desk exists yet, and a made-up one must never reach a platform."""

    name: Bilingual
    email: str | None = Field(default=None, min_length=3)
    phone: str | None = Field(default=None, min_length=3)


class Recipient(_Strict):
    name: Bilingual
    phone: str


class ConsentText(_Strict):
    """The wording of the two consents in one version. ``channel`` says where it is used: read out by an officer
    (``staff``, chosen on the new-case form) or shown on the young person's /photos page (``youth``, whose two
    check box labels it repeats word for word)."""

    channel: Literal["staff", "youth"]
    share_hashes: Bilingual
    forward_center: Bilingual


class RemovalFile(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    office: Office
    handoff_recipient: Recipient
    legal_bases: dict[str, Bilingual]
    letter_bases: dict[str, tuple[str, ...]]
    consent_texts: dict[str, ConsentText]

    def bases_for(self, kind: str, lang: str) -> list[str]:
        return [self.legal_bases[key].get(lang) for key in self.letter_bases[kind]]

    def consent_texts_for(self, channel: str) -> dict[str, ConsentText]:
        return {version: text for version, text in self.consent_texts.items() if text.channel == channel}


@cache
def platforms() -> tuple[Platform, ...]:
    data = PlatformsFile.model_validate(json.loads(PLATFORMS_FILE.read_text(encoding="utf-8")))
    keys = [p.key for p in data.platforms]
    if len(keys) != len(set(keys)):
        raise ValueError("platforms.json: duplicate platform key")
    return data.platforms


@cache
def removal() -> RemovalFile:
    data = RemovalFile.model_validate(json.loads(REMOVAL_FILE.read_text(encoding="utf-8")))
    for kind, keys in data.letter_bases.items():
        missing = [k for k in keys if k not in data.legal_bases]
        if missing:
            raise ValueError(f"removal.json: letter kind {kind} names unknown legal bases {missing}")
    return data


def platform_by_key(key: str | None) -> Platform | None:
    return next((p for p in platforms() if p.key == key), None)


def platform_for_host(host: str) -> Platform | None:
    return next((p for p in platforms() if p.matches(host)), None)


def platform_name(value: str | None, lang: str) -> str:
    """A known platform's name in ``lang``; free text as it was typed; empty when unknown."""
    if not value:
        return ""
    known = platform_by_key(value)
    return known.name.get(lang) if known else value
