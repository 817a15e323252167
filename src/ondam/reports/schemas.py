"""What the report form accepts. Every limit has a message the young person can act on."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from ondam.kit.i18n import N_

KINDS: dict[str, str] = {
    "grooming": N_("Someone is trying to get close to me in a sexual way (grooming)"),
    "sextortion": N_("Someone threatens to spread my photos or videos"),
    "solicitation": N_("Someone offers money or gifts to meet (조건만남)"),
    "filming": N_("Someone filmed me or shared images of me without consent"),
    "threats": N_("Someone threatens me"),
    "other": N_("Something else"),
}
ANSWERS: dict[str, str] = {"yes": N_("Yes"), "no": N_("No"), "unsure": N_("Not sure")}
STATUSES: dict[str, str] = {
    "received": N_("Received"),
    "in_review": N_("Being reviewed"),
    "referred": N_("Passed on for help"),
    "closed": N_("Closed"),
    "withdrawn": N_("Withdrawn"),
}
KST = timezone(timedelta(hours=9), "KST")
MAX_URLS = 20
MAX_EVIDENCE_FILES = 5
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
EVIDENCE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}


class ReportIn(BaseModel):
    kind: Literal["grooming", "sextortion", "solicitation", "filming", "threats", "other"]
    platform: str | None = Field(default=None, max_length=40)
    platform_other: str | None = Field(default=None, max_length=100)
    offender_accounts: str | None = Field(default=None, max_length=2_000)
    urls: list[str] = Field(default_factory=list, max_length=MAX_URLS)
    happened: date | None = None
    images_exist: Literal["yes", "no", "unsure"] = "unsure"
    images_shared: Literal["yes", "no", "unsure"] = "unsure"
    danger_now: bool = False
    description: str | None = Field(default=None, max_length=10_000)

    @field_validator("urls")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        cleaned = []
        for raw in value:
            url = raw.strip()
            if not url:
                continue
            if len(url) > 2_000 or not url.lower().startswith(("http://", "https://")):
                raise ValueError(
                    "each link must start with http:// or https:// and be under 2,000 characters"
                )
            cleaned.append(url)
        return cleaned

    @field_validator("happened")
    @classmethod
    def _not_future(cls, value: date | None) -> date | None:
        if value is not None and (value > datetime.now(KST).date() or value.year < 2000):
            raise ValueError("the date cannot be in the future")
        return value


def sniff_image(data: bytes) -> str | None:
    """The image type from the file's first bytes (the browser's claim is not trusted)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    return None
