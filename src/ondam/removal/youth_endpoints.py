"""The young person's "get my images removed" path: the page (``/photos``) and its JSON submission.

The path and the page title are neutral ("/photos", "Ondam") so that a shared device's history does not say what
the young person was dealing with. Pictures never leave the phone: the page hashes them in a Web Worker and sends
only hashes, places and consent (``POST /photos/requests``, JSON, CSRF header, idempotency key). The page itself
holds nothing personal, so the service worker may keep it for offline use; the CSRF token is fetched right before
each send (``GET /photos/token``), so a submission queued offline still carries a valid one when it leaves.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from ondam.kit.csrf import CsrfError, csrf_protect, request_token
from ondam.kit.deps import DB, Limiter, client_ip
from ondam.kit.errors import DomainError
from ondam.kit.i18n import current_locale
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render, static_url
from ondam.removal import youth_service
from ondam.removal.refdata import platforms
from ondam.removal.youth_schemas import (
    CONSENT_TEXT_VERSION,
    FORM,
    MAX_ACCOUNT_NAMES,
    MAX_BODY_BYTES,
    MAX_FILES,
    MAX_PLACES,
    MAX_PLATFORM_OTHER,
    MAX_URL,
    YouthRemovalRequest,
    field_errors,
)
from ondam.youth.deps import OptionalYouth

router = APIRouter(include_in_schema=False)

# Largest file the phone will try to fingerprint: WebCrypto and MD5 need the whole file in memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


def _error(status: int, code: str, message: str, fields: dict[str, Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": code, "message": message}
    if fields is not None:
        body["fields"] = fields
    return JSONResponse(body, status_code=status)


def _page_strings() -> dict[str, str]:
    """Everything the page's scripts say, in the current language (rendered into a data- attribute)."""
    return {
        "queued": _("Waiting to send. It will be sent by itself when you are back online."),
        "sending": _("Sending…"),
        "failed": _("This could not be sent. Check the form and try again."),
        "hashing": _("Making fingerprints: {done} of {total}"),
        "hashed": _("Fingerprints ready: {total}"),
        "fileWaiting": _("Waiting"),
        "fileWorking": _("Making fingerprint…"),
        "fileGood": _("Good fingerprint"),
        "fileBlurry": _("Too blurry to match, still sent as exact hash"),
        "fileVideo": _("Video: exact fingerprint"),
        "fileUnreadable": _("Could not read it as a picture: exact fingerprint only"),
        "fileTooLarge": _("Too large for this phone (over 200 MB): not sent"),
        "fileFailed": _("Could not make a fingerprint"),
        "remove": _("Remove"),
        "showFingerprint": _("Show the fingerprint"),
        "checkAnswers": _("Some answers need to be checked."),
        "removeFile": _("Remove {name}"),
        "place": _("Place {n}"),
        "removePlace": _("Remove place {n}"),
        "tooManyFiles": _("Choose at most 50 files at a time."),
        "nothing": _("Choose at least one photo or video, or add where it appeared."),
        "stillHashing": _("Wait until every fingerprint is ready."),
        "urlRequired": _("Enter the address (URL)."),
        "urlInvalid": _("Enter an address that starts with http:// or https://."),
        "urlTooLong": _("The address is too long (at most 2,000 characters)."),
        "otherRequired": _("Write the name of the platform, or choose one from the list."),
        "copied": _("Copied"),
        "copyFailed": _("Could not copy. Write it down instead."),
    }


@router.get("/photos")
async def photos_page(request: Request) -> Response:
    # Nothing about the visitor is rendered here (not even whether they are signed in), so the service worker may
    # keep this page for offline use.
    return render(
        request,
        "youth/photos.html",
        {
            "platforms": [(p.key, p.name.get(current_locale.get())) for p in platforms()],
            "consent_version": CONSENT_TEXT_VERSION,
            "strings": _page_strings(),
            "limits": {
                "files": MAX_FILES,
                "places": MAX_PLACES,
                "url": MAX_URL,
                "accountNames": MAX_ACCOUNT_NAMES,
                "platformOther": MAX_PLATFORM_OTHER,
                "fileBytes": MAX_FILE_BYTES,
            },
            "worker_url": static_url("js/photo-hash-worker.mjs"),
        },
    )


@router.get("/photos/token")
async def photos_token(request: Request) -> Response:
    """The CSRF token for this browser, fetched right before a (possibly queued) submission is sent."""
    return JSONResponse({"token": request_token(request)})


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or ``None`` as soon as it is longer than ``limit`` (declared or actual)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    size = 0
    chunks: list[bytes] = []
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _refusal_message(exc: DomainError) -> str:
    if exc.status_code == 429:
        return _(
            "Too many requests from this network. Wait an hour and try again, or call 1388 for help now."
        )
    if exc.status_code == 409:
        return _("This request was already sent with different answers. Reload the page and try again.")
    return _("This could not be sent. Check the form and try again.")


async def _body(request: Request) -> bytes | JSONResponse:
    """The raw body, or the JSON refusal: size first (before anything is read), then CSRF, type, actual size."""
    too_large = _error(413, "too_large", _("Too much was sent at once. Send fewer files or places."))
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES):
        return too_large
    try:
        await csrf_protect(request)
    except CsrfError:
        return _error(403, "csrf", _("This page expired. Reload it and try again."))
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        return _error(415, "unsupported_media_type", _("This request must be sent as JSON."))
    raw = await _read_body(request, MAX_BODY_BYTES)
    return too_large if raw is None else raw


async def _parse(request: Request) -> YouthRemovalRequest | JSONResponse:
    raw = await _body(request)
    if isinstance(raw, JSONResponse):
        return raw
    try:
        return YouthRemovalRequest.model_validate_json(raw)
    except ValidationError as exc:
        fields = field_errors(exc)
        if any(e["code"] == "json_invalid" for e in fields.values()):
            return _error(400, "bad_json", _("This request could not be read."))
        general = fields.get(FORM, {}).get("message") or _("Some answers need to be checked.")
        return _error(422, "invalid", general, fields)


@router.post("/photos/requests")
async def submit_request(request: Request, db: DB, limiter: Limiter, youth: OptionalYouth) -> Response:
    parsed = await _parse(request)
    if isinstance(parsed, JSONResponse):
        return parsed
    try:
        async with db.begin_nested():  # a refusal below undoes everything this request wrote
            answer, replayed = await youth_service.submit(
                db,
                request.app.state.settings,
                limiter,
                parsed,
                contact=youth,
                locale=current_locale.get(),
                ip=client_ip(request),
                request_id=getattr(request.state, "request_id", None),
            )
    except DomainError as exc:
        refused = _error(exc.status_code, exc.code, _refusal_message(exc))
        if exc.status_code == 429:
            refused.headers["retry-after"] = "3600"
        return refused
    response = JSONResponse(answer.body, status_code=answer.status_code)
    response.headers["idempotent-replayed"] = "true" if replayed else "false"
    return response
