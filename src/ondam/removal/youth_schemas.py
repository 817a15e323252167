"""The JSON a young person's phone sends to ask for images to be removed (``POST /photos/requests``).

Only hashes leave the phone: per file the PDQ hash and its quality (images) and the SHA-256 and MD5 of the bytes
(images and videos). No file name, size or picture is sent. Places are where the images appeared: a URL, a
platform (a key from ``refdata/platforms.json``, ``"other"`` with a name, or nothing) and account names.

:func:`field_errors` turns a :class:`~pydantic.ValidationError` into one entry per field, keyed by the dotted
path the page uses (``places.0.url``), each with a stable ``code`` and a message in the request's language.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ondam.hashing.schemas import MIN_PDQ_QUALITY
from ondam.kit.i18n import N_
from ondam.kit.i18n import gettext_ as _
from ondam.kit.idempotency import parse_uuid4
from ondam.removal.refdata import platform_by_key
from ondam.removal.schemas import clean_url

MAX_FILES = 50
MAX_PLACES = 20
MAX_URL = 2000
MAX_ACCOUNT_NAMES = 500
MAX_PLATFORM_OTHER = 100
MAX_BODY_BYTES = 256 * 1024
# The wording of the two consent boxes on /photos (templates/youth/photos.html). Change the wording -> new version.
CONSENT_TEXT_VERSION = "youth-2026-1"

_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX32 = re.compile(r"[0-9a-f]{32}")


def _error(code: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(code, message)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)


class FileHashes(_Strict):
    """The fingerprints of one picked file, computed on the phone."""

    kind: Literal["image", "video"]
    sha256: str
    md5: str
    pdq: str | None = None
    pdq_quality: int | None = Field(default=None, ge=0, le=100)

    @field_validator("sha256", "pdq", mode="before")
    @classmethod
    def _hex64(cls, value: object) -> object:
        if value is None:
            return None
        if not isinstance(value, str) or not _HEX64.fullmatch(value.strip().lower()):
            raise _error("bad_hash", N_("This fingerprint is not valid."))
        return value.strip().lower()

    @field_validator("md5", mode="before")
    @classmethod
    def _hex32(cls, value: object) -> object:
        if not isinstance(value, str) or not _HEX32.fullmatch(value.strip().lower()):
            raise _error("bad_hash", N_("This fingerprint is not valid."))
        return value.strip().lower()

    @model_validator(mode="after")
    def _pdq_for_images(self) -> FileHashes:
        if self.pdq is not None and self.kind != "image":
            raise _error("pdq_needs_image", N_("This fingerprint is not valid."))
        if (self.pdq is None) != (self.pdq_quality is None):
            raise _error("pdq_quality", N_("This fingerprint is not valid."))
        return self

    @property
    def pdq_usable(self) -> bool:
        """A PDQ hash good enough to match copies (below the bank's minimum only the exact hashes are kept)."""
        return self.pdq is not None and (self.pdq_quality or 0) >= MIN_PDQ_QUALITY


class Place(_Strict):
    """Where the images appeared."""

    url: str = Field(max_length=MAX_URL + 200)  # the precise limit and message come from the validator
    platform: str = Field("", max_length=40)
    platform_other: str = Field("", max_length=MAX_PLATFORM_OTHER, validate_default=True)
    account_names: str = Field("", max_length=MAX_ACCOUNT_NAMES)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value:
            raise _error("url_required", N_("Enter the address (URL)."))
        if len(value) > MAX_URL:
            raise _error("url_too_long", N_("The address is too long (at most 2,000 characters)."))
        try:
            url, _host = clean_url(value)
        except ValueError as exc:
            raise _error("url_invalid", str(exc)) from None
        return url

    @field_validator("platform")
    @classmethod
    def _platform(cls, value: str) -> str:
        if value not in ("", "other") and platform_by_key(value) is None:
            raise _error("platform_unknown", N_("Choose a platform from the list."))
        return value

    @field_validator("platform_other")
    @classmethod
    def _other_named(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("platform") == "other" and not value:
            raise _error(
                "platform_other_required", N_("Write the name of the platform, or choose one from the list.")
            )
        return value

    @property
    def host(self) -> str:
        return clean_url(self.url)[1]

    def platform_value(self) -> str | None:
        if self.platform == "other":
            return self.platform_other or None
        return self.platform or None


class YouthRemovalRequest(_Strict):
    idempotency_key: str
    files: list[FileHashes] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    consent_share_hashes: bool
    consent_forward_center: bool
    consent_text_version: str = Field(max_length=32)

    @field_validator("idempotency_key", mode="before")
    @classmethod
    def _key(cls, value: object) -> str:
        key = parse_uuid4(value)
        if key is None:
            raise _error(
                "bad_idempotency_key", N_("This request has no valid key. Reload the page and try again.")
            )
        return key

    @field_validator("files", mode="before")
    @classmethod
    def _max_files(cls, value: object) -> object:
        if isinstance(value, list) and len(value) > MAX_FILES:
            raise _error("too_many_files", N_("Choose at most 50 files at a time."))
        return value

    @field_validator("places", mode="before")
    @classmethod
    def _max_places(cls, value: object) -> object:
        if isinstance(value, list) and len(value) > MAX_PLACES:
            raise _error("too_many_places", N_("Add at most 20 places at a time."))
        return value

    @field_validator("consent_text_version")
    @classmethod
    def _version(cls, value: str) -> str:
        if value != CONSENT_TEXT_VERSION:
            raise _error("consent_version", N_("This page is out of date. Reload it and try again."))
        return value

    @model_validator(mode="after")
    def _something(self) -> YouthRemovalRequest:
        if not self.files and not self.places:
            raise _error(
                "nothing_to_send", N_("Choose at least one photo or video, or add where it appeared.")
            )
        return self

    def fingerprint(self) -> dict[str, Any]:
        """The request without its key, for spotting a key reused for another request."""
        return self.model_dump(exclude={"idempotency_key"})


FORM = "__all__"

# The ``type`` of the errors raised above; their message is a msgid to translate.
CUSTOM_CODES = frozenset(
    {
        "bad_hash",
        "pdq_needs_image",
        "pdq_quality",
        "url_required",
        "url_too_long",
        "url_invalid",
        "platform_unknown",
        "platform_other_required",
        "bad_idempotency_key",
        "too_many_files",
        "too_many_places",
        "consent_version",
        "nothing_to_send",
    }
)

_GENERIC = {
    "missing": N_("This field is required."),
    "string_too_long": N_("This text is too long."),
    "bool_type": N_("Choose yes or no."),
    "bool_parsing": N_("Choose yes or no."),
    "literal_error": N_("Choose one of the options."),
    "list_type": N_("This value is not valid."),
    "extra_forbidden": N_("This value is not expected."),
}


def field_errors(exc: ValidationError) -> dict[str, dict[str, str]]:
    """``{"places.0.url": {"code": "url_invalid", "message": "..."}, "__all__": {...}}`` in the current language.

    The first error of each field is kept."""
    found: dict[str, dict[str, str]] = {}
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ()) if part != "__root__"]
        field = ".".join(loc) or FORM
        kind = str(error.get("type", "invalid"))
        custom = kind in CUSTOM_CODES
        if custom:
            message = _(str(error.get("msg", "")))
        elif kind == "string_too_long":
            message = _("Write at most {n} characters.").format(n=(error.get("ctx") or {}).get("max_length"))
        else:
            message = _(_GENERIC.get(kind, N_("This value is not valid.")))
        found.setdefault(field, {"code": kind, "message": message})
    return found
