"""Input and output of the hash bank: new hashes (strictly validated) and the partner exchange API.

Validation errors on :class:`NewHash` carry a stable error ``type`` (pydantic's ``errors()[i]["type"]``) that
callers can show or map: ``bad_value``, ``quality_required``, ``low_quality``, ``quality_not_applicable``,
``pdq_needs_image``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

SignalType = Literal["pdq", "md5", "sha256"]
MediaKind = Literal["image", "video"]

# PDQ hashes below this quality match badly (flat or tiny images); ThreatExchange and StopNCII discard them.
MIN_PDQ_QUALITY = 50
HEX_LENGTHS: dict[str, int] = {"pdq": 64, "md5": 32, "sha256": 64}
_HEX = re.compile(r"[0-9a-f]+")


class NewHash(BaseModel):
    """One hash to add to the bank. Hex is accepted in any case and stored in lower case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    signal_type: SignalType
    value: str = Field(max_length=128)
    quality: int | None = Field(default=None, ge=0, le=100, description="PDQ quality 0..100; PDQ only")
    media_kind: MediaKind = "image"

    @field_validator("value", mode="before")
    @classmethod
    def _normalise(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _check(self) -> NewHash:
        length = HEX_LENGTHS[self.signal_type]
        if len(self.value) != length or not _HEX.fullmatch(self.value):
            raise PydanticCustomError(
                "bad_value",
                "a {signal_type} hash is {length} hexadecimal characters",
                {"signal_type": self.signal_type, "length": length},
            )
        if self.signal_type == "pdq":
            if self.media_kind != "image":
                raise PydanticCustomError("pdq_needs_image", "PDQ hashes are computed from images")
            if self.quality is None:
                raise PydanticCustomError("quality_required", "a PDQ hash needs its quality (0..100)")
            if self.quality < MIN_PDQ_QUALITY:
                raise PydanticCustomError(
                    "low_quality",
                    "PDQ quality {quality} is below {minimum}: such hashes match badly",
                    {"quality": self.quality, "minimum": MIN_PDQ_QUALITY},
                )
        elif self.quality is not None:
            raise PydanticCustomError("quality_not_applicable", "quality is given only for PDQ hashes")
        return self


# -- partner exchange API --------------------------------------------------------------------------------


class ActiveHashOut(BaseModel):
    id: int = Field(description="Ondam's id of the hash; use it for feedback and match reports")
    signal_type: SignalType
    value: str = Field(description="Lower-case hex")
    quality: int | None = Field(description="PDQ quality 0..100; null for MD5 and SHA-256")
    media_kind: MediaKind
    status: Literal["active"]
    added_at: datetime


class WithdrawnHashOut(BaseModel):
    id: int
    signal_type: SignalType
    status: Literal["withdrawn"]
    withdrawn_at: datetime | None


FeedItem = Annotated[ActiveHashOut | WithdrawnHashOut, Field(discriminator="status")]


class FeedOut(BaseModel):
    items: list[FeedItem]
    next: str = Field(description="Opaque cursor: pass it as `after` in the next call")
    has_more: bool = Field(description="True when more changes wait after `next`: call again at once")


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["blocked", "not_blocked"]
    detail: str | None = Field(default=None, max_length=1000)


class FeedbackOut(BaseModel):
    received: bool
    status: Literal["blocked", "not_blocked"]


_KEY = re.compile(r"[A-Za-z0-9._:-]{1,64}")


class MatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=1, max_length=2048, description="Where the platform found the content")
    seen_at: AwareDatetime | None = Field(default=None, description="When it was seen (ISO 8601 with zone)")
    detail: str | None = Field(default=None, max_length=1000)
    idempotency_key: str | None = Field(
        default=None,
        description="Up to 64 of A-Z a-z 0-9 . _ : -; a retry with the same key is not a new report",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ValueError("an http(s) URL with a host is needed")
        return value

    @field_validator("idempotency_key")
    @classmethod
    def _key(cls, value: str | None) -> str | None:
        if value is not None and not _KEY.fullmatch(value):
            raise ValueError("1 to 64 characters of A-Z a-z 0-9 . _ : -")
        return value


class MatchOut(BaseModel):
    received: bool
    report_id: int = Field(description="The same id for a retried report")
    duplicate: bool = Field(description="True when this report was received before (same key or URL)")


def url_host(url: str) -> str:
    """The host of a URL for grouping by platform: lower case, no port, path or query."""
    host = urlsplit(url).hostname or ""
    return host.lower()[:255]
