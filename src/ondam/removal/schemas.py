"""Form models of the removal pages, and the translation of their validation errors into messages per field.

Forms are parsed from the raw form fields (all strings) so that a refused form can be shown again with
everything the officer typed; :func:`form_errors` turns a :class:`~pydantic.ValidationError` into one message
per field (``"__all__"`` for the form as a whole) in the current language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from ondam.kit.clock import KST, utcnow
from ondam.kit.i18n import N_
from ondam.kit.i18n import gettext_ as _
from ondam.models import RemovalCase
from ondam.removal.refdata import ConsentText, platform_by_key, removal
from ondam.removal.states import ItemState

MAX_URL = 2048
MAX_HOST = 253
MAX_NOTE = 4000
MAX_UPLOAD_BYTES = 25 * 1024 * 1024  # below the whole-request limit (ONDAM_MAX_REQUEST_BYTES, 32 MiB)
FORM_ERROR = "__all__"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class LetterKind(StrEnum):
    PLATFORM = "platform"  # a domestic platform
    KCSC = "kcsc"  # review request to the media-review commission
    OVERSEAS = "overseas"  # an overseas host


class Lang(StrEnum):
    KO = "ko"
    EN = "en"


class AlertKind(StrEnum):
    REAPPEARED = "removal.reappeared"
    REUPLOAD = "removal.reupload"  # a re-check or the monitoring pipeline found a case's image at a new place
    PARTNER_MATCH = "removal.partner_match"
    OVERDUE = "removal.overdue"
    NEW_REQUEST = "removal.new_request"  # a young person sent a request from /photos


# Sending a letter of a kind moves the item to this state.
LETTER_TARGET: dict[LetterKind, ItemState] = {
    LetterKind.PLATFORM: ItemState.REQUESTED_PLATFORM,
    LetterKind.KCSC: ItemState.REQUESTED_KCSC,
    LetterKind.OVERSEAS: ItemState.REQUESTED_OVERSEAS,
}

CASE_STATUS_LABELS = {
    CaseStatus.OPEN: N_("Open"),
    CaseStatus.CLOSED: N_("Closed"),
    CaseStatus.WITHDRAWN: N_("Withdrawn"),
}

LETTER_LABELS = {
    LetterKind.PLATFORM: N_("Deletion request to a domestic platform"),
    LetterKind.KCSC: N_("Review request to the media-review commission"),
    LetterKind.OVERSEAS: N_("Deletion request to an overseas host"),
}

LANG_LABELS = {Lang.KO: N_("Korean"), Lang.EN: N_("English")}

ALERT_LABELS = {
    AlertKind.REAPPEARED: N_("Re-appeared"),
    AlertKind.REUPLOAD: N_("Found again at a new place"),
    AlertKind.PARTNER_MATCH: N_("Partner platform found a match"),
    AlertKind.OVERDUE: N_("Overdue"),
    AlertKind.NEW_REQUEST: N_("New request from a young person"),
}

# Case events written outside the item state machine (see ``sharing.withdraw_case`` and
# ``sharing.revoke_share_consent``); the partner feed reads the second to know which hashes had been shared.
EVENT_WITHDRAWN = "withdrawn"
EVENT_SHARE_REVOKED = "share_revoked"

EVENT_LABELS = {
    "transition": N_("State change"),
    "note": N_("Note"),
    "letter": N_("Letter sent"),
    "check": N_("Check"),
    "handoff": N_("Hand-off"),
    "feedback": N_("Partner feedback"),
    "evidence": N_("Evidence"),
    "assign": N_("Assignment"),
    "close": N_("Case closed"),
    "create": N_("Case opened"),
    EVENT_WITHDRAWN: N_("Withdrawn by the young person"),
    EVENT_SHARE_REVOKED: N_("Consent to share hashes withdrawn"),
}


# -- URLs ------------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def clean_url(raw: str) -> tuple[str, str]:
    """The URL as it will be stored and its host (lower case, no port). ``ValueError`` with a message id."""
    url = raw.strip()
    if not url:
        raise ValueError(N_("Enter the address (URL)."))
    if len(url) > MAX_URL:
        raise ValueError(N_("The address is too long (at most 2048 characters)."))
    if _CONTROL.search(url) or any(unicodedata.category(ch) == "Cc" for ch in url):
        raise ValueError(N_("The address must not contain spaces or control characters."))
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(N_("Enter an address that starts with http:// or https://."))
    try:
        host = parts.hostname or ""
        _ = parts.port
    except ValueError:
        raise ValueError(N_("The address has no valid host name.")) from None
    host = host.rstrip(".")
    if not host or len(host) > MAX_HOST or ("." not in host and host != "localhost"):
        raise ValueError(N_("The address has no valid host name."))
    return url, host


# -- helpers for form fields -----------------------------------------------------------------------------


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _checkbox(value: Any) -> Any:
    # A checkbox sends its value when ticked and nothing at all when not.
    if value is None or value == "":
        return False
    return value


OptionalInt = Annotated[int | None, BeforeValidator(_blank_to_none)]
Checkbox = Annotated[bool, BeforeValidator(_checkbox)]


class _Form(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="ignore")


class _PlatformFields(_Form):
    platform: str = Field("", max_length=40)
    platform_other: str = Field("", max_length=100, validate_default=True)

    def platform_value(self) -> str | None:
        """The key of a listed platform, the free text of another one, or ``None``."""
        if self.platform == "other":
            return self.platform_other or None
        return self.platform or None

    @field_validator("platform")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in ("", "other") and platform_by_key(value) is None:
            raise ValueError(N_("Choose a platform from the list."))
        return value

    @field_validator("platform_other")
    @classmethod
    def _other_needs_a_name(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("platform") == "other" and not value:
            raise ValueError(N_("Write the name of the platform, or choose one from the list."))
        return value


class ItemForm(_PlatformFields):
    url: str = Field("", max_length=MAX_URL + 100)
    account_names: str = Field("", max_length=500)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        clean_url(value)
        return value


class NewCaseForm(_PlatformFields):
    description: str = Field("", max_length=MAX_NOTE)
    consent_share_hashes: Checkbox = False
    consent_forward_center: Checkbox = False
    consent_text_version: str = Field("", max_length=32, validate_default=True)
    url: str = Field("", max_length=MAX_URL + 100)
    account_names: str = Field("", max_length=500)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value:
            clean_url(value)
        return value

    @field_validator("consent_text_version")
    @classmethod
    def _version(cls, value: str, info: ValidationInfo) -> str:
        if value and value not in removal().consent_texts_for("staff"):
            raise ValueError(N_("Choose the consent wording that was read out."))
        consented = info.data.get("consent_share_hashes") or info.data.get("consent_forward_center")
        if consented and not value:
            raise ValueError(N_("Choose the consent wording that was read out."))
        return value


class TransitionForm(_Form):
    to_state: ItemState
    note: str = Field("", max_length=MAX_NOTE)
    request_reference: str = Field("", max_length=100)


class NoteForm(_Form):
    note: str = Field(min_length=1, max_length=MAX_NOTE)
    item_id: OptionalInt = None


class AssignForm(_Form):
    officer_id: OptionalInt = None


class CloseForm(_Form):
    note: str = Field(min_length=5, max_length=MAX_NOTE)


class LetterForm(_Form):
    kind: LetterKind
    lang: Lang
    request_reference: str = Field("", max_length=100)
    note: str = Field("", max_length=MAX_NOTE)


class EvidenceForm(_Form):
    """Manual evidence (status, content type, SHA-256) or an uploaded file whose SHA-256 is computed."""

    url: str = Field("", max_length=MAX_URL + 100)
    captured_at: Annotated[datetime | None, BeforeValidator(_blank_to_none)] = None
    http_status: Annotated[Annotated[int, Field(ge=100, le=599)] | None, BeforeValidator(_blank_to_none)] = (
        None
    )
    content_type: str = Field("", max_length=100)
    size: Annotated[Annotated[int, Field(ge=0)] | None, BeforeValidator(_blank_to_none)] = None
    sha256: str = Field("", max_length=64 + 10, validate_default=True)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value:
            clean_url(value)
        return value

    @field_validator("captured_at")
    @classmethod
    def _when(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        # <input type="datetime-local"> has no zone: officers type Korean time.
        aware = value.replace(tzinfo=KST) if value.tzinfo is None else value
        if aware > utcnow() + timedelta(minutes=5):
            raise ValueError(N_("The capture time cannot be in the future."))
        return aware

    @field_validator("content_type")
    @classmethod
    def _content_type(cls, value: str) -> str:
        if value and not re.fullmatch(r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+", value):
            raise ValueError(N_("Write the content type like image/jpeg or text/html."))
        return value.lower()

    @field_validator("sha256")
    @classmethod
    def _sha256(cls, value: str, info: ValidationInfo) -> str:
        value = value.lower()
        if value and not re.fullmatch(r"[0-9a-f]{64}", value):
            raise ValueError(N_("A SHA-256 is 64 characters 0-9 and a-f."))
        has_file = bool((info.context or {}).get("has_file"))
        if has_file and value:
            raise ValueError(N_("Either upload the captured file or type its SHA-256, not both."))
        if not has_file and not value:
            raise ValueError(N_("Upload the captured file, or type the SHA-256 of what was captured."))
        return value


class AckForm(_Form):
    alert_id: int


# -- error messages --------------------------------------------------------------------------------------


# pydantic error type -> (message id, the context value shown as {n})
_MESSAGES: dict[str, tuple[str, str | None]] = {
    "missing": (N_("This field is required."), None),
    "string_too_short": (N_("Write at least {n} characters."), "min_length"),
    "string_too_long": (N_("Write at most {n} characters."), "max_length"),
    "int_parsing": (N_("Enter a whole number."), None),
    "int_type": (N_("Enter a whole number."), None),
    "int_from_float": (N_("Enter a whole number."), None),
    "greater_than_equal": (N_("Enter a number of at least {n}."), "ge"),
    "less_than_equal": (N_("Enter a number of at most {n}."), "le"),
    "enum": (N_("Choose one of the options."), None),
    "literal_error": (N_("Choose one of the options."), None),
    "bool_parsing": (N_("Choose one of the options."), None),
    "datetime_parsing": (N_("Enter a date and time."), None),
    "datetime_from_date_parsing": (N_("Enter a date and time."), None),
    "datetime_type": (N_("Enter a date and time."), None),
}


def _message(error: Any) -> str:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        return _(str(ctx["error"]))
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        kind = "missing"
    message, key = _MESSAGES.get(kind, (N_("This value is not valid."), None))
    return _(message).format(n=ctx.get(key)) if key else _(message)


def form_errors(exc: ValidationError) -> dict[str, str]:
    """One message per field in the current language; errors about the whole form under ``"__all__"``."""
    found: dict[str, str] = {}
    for error in exc.errors():
        loc = error.get("loc") or ()
        field = str(loc[0]) if loc else FORM_ERROR
        found.setdefault(field, _message(error))
    return found


# -- consent record --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentRecord:
    """What the young person consented to, in which wording version, and when."""

    share_hashes: bool
    forward_center: bool
    text_version: str | None
    given_at: datetime | None
    wording: ConsentText | None  # the wording of that version, when this service knows it

    @classmethod
    def of(cls, case: RemovalCase) -> ConsentRecord:
        texts = removal().consent_texts
        version = case.consent_text_version
        return cls(
            share_hashes=bool(case.consent_share_hashes),
            forward_center=bool(case.consent_forward_center),
            text_version=version,
            given_at=case.consent_at,
            wording=texts.get(version) if version else None,
        )
