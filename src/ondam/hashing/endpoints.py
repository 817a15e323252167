"""The partner platforms' hash exchange API, and the young person's "withdraw this request" and "stop sharing
the fingerprints" on my page.

Partner calls carry a per-platform bearer token (``ondam partners create NAME``) and share its rate limit. Every
call that gets past the token is audited, refusals included: those are returned, not raised, so that the audit
row is committed with the answer.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Form, Query, Request
from fastapi.responses import JSONResponse, Response

from ondam.audit.service import Actor
from ondam.hashing import exchange, withdrawal
from ondam.hashing.schemas import FeedbackIn, FeedbackOut, FeedOut, MatchIn, MatchOut
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, client_ip
from ondam.kit.errors import DomainError, NotFound
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.models import PartnerPlatform
from ondam.partners.deps import CurrentPartner
from ondam.youth.deps import CurrentYouth
from ondam.youth.endpoints import MY_PAGE_SECTIONS, render_my_page
from ondam.youth.service import ON_DELETION

if withdrawal.my_requests_section not in MY_PAGE_SECTIONS:
    MY_PAGE_SECTIONS.append(withdrawal.my_requests_section)
if withdrawal.on_youth_deletion not in ON_DELETION:
    ON_DELETION.append(withdrawal.on_youth_deletion)

partner_router = APIRouter(prefix="/api/v1/hashes", tags=["hash exchange"])
youth_router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


def _actor(request: Request, partner: PartnerPlatform) -> Actor:
    return Actor("partner", str(partner.id), client_ip(request), request.state.request_id)


def _refusal(exc: DomainError) -> JSONResponse:
    return JSONResponse({"error": exc.code, "detail": exc.message}, status_code=exc.status_code)


def _json(example: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"example": example}}}


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, unknown or revoked token"}
    | _json({"error": "invalid_token", "detail": "unknown or revoked token"}),
    429: {"description": "The platform's rate limit per minute was reached"}
    | _json({"error": "too_many_requests", "detail": "rate limit of 600 requests per minute reached"}),
}
_NOT_FOUND = {"description": "No such hash, or one this platform was never sent"} | _json(
    {"error": "not_found", "detail": "no such hash"}
)
_FEED_EXAMPLE = {
    "items": [
        {
            "id": 41,
            "signal_type": "pdq",
            "value": "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
            "quality": 100,
            "media_kind": "image",
            "status": "active",
            "added_at": "2026-11-25T09:14:03Z",
        },
        {
            "id": 42,
            "signal_type": "md5",
            "value": "9e107d9d372bb6826bd81d3542a419d6",
            "quality": None,
            "media_kind": "video",
            "status": "active",
            "added_at": "2026-11-25T09:14:03Z",
        },
        {"id": 17, "signal_type": "pdq", "status": "withdrawn", "withdrawn_at": "2026-11-25T10:02:44Z"},
    ],
    "next": "YmsxOjEyOQ",
    "has_more": False,
}


@partner_router.get(
    "",
    response_model=FeedOut,
    responses={
        200: _json(_FEED_EXAMPLE),
        400: {"description": "A cursor Ondam did not issue"}
        | _json(
            {
                "error": "bad_cursor",
                "detail": "this cursor was not issued by Ondam; start again without `after`",
            }
        ),
        **_ERRORS,
    },
)
async def hashes_feed(
    request: Request,
    db: DB,
    partner: CurrentPartner,
    after: Annotated[
        str | None,
        Query(
            max_length=100,
            description="The `next` cursor of your last page; leave out to start from the beginning",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=exchange.MAX_LIMIT, description="Changes per page (1..1000)")] = (
        exchange.DEFAULT_LIMIT
    ),
) -> FeedOut | Response:
    """Delta feed of the hash list: what was added or withdrawn since your cursor.

    Call without `after` to get the whole list from the beginning, keep the `next` cursor of every page, and
    call again with `after=<next>` at once while `has_more` is true, then every few minutes. Items come oldest
    change first. An item with `status: "withdrawn"` is a tombstone: stop matching that id and delete the hash
    (a hash withdrawn before you first saw it comes only as a tombstone, without its value). Several changes of
    one hash inside a page arrive as one item in its latest state, and the same id may appear again in a later
    page: treat items as upserts by `id`. PDQ values are 64 hex characters (256 bits, match at Hamming distance
    31 or less); MD5 and SHA-256 are exact digests of the file. Only hashes whose owner consented to sharing are
    listed. There is no lookup of a single hash value. Every call sends `Authorization: Bearer <platform token>`
    and is recorded in Ondam's audit log."""
    try:
        return await exchange.feed(db, partner, _actor(request, partner), after, limit)
    except exchange.BadCursor as exc:
        return _refusal(exc)


@partner_router.post(
    "/{hash_id}/feedback",
    response_model=FeedbackOut,
    responses={
        200: _json({"received": True, "status": "blocked"}),
        404: _NOT_FOUND,
        **_ERRORS,
    },
)
async def hash_feedback(
    request: Request,
    db: DB,
    partner: CurrentPartner,
    hash_id: int,
    body: Annotated[
        FeedbackIn,
        Body(
            openapi_examples={
                "blocked": {
                    "summary": "The hash is on the platform's block list",
                    "value": {"status": "blocked"},
                },
                "not_blocked": {
                    "summary": "The platform will not block it, with a reason",
                    "value": {"status": "not_blocked", "detail": "quality too low for our matcher"},
                },
            }
        ),
    ],
) -> FeedbackOut | Response:
    """Tell us whether your platform blocks uploads that match a hash (`blocked` / `not_blocked`).

    Send it once after you load a hash, and again if that changes. Repeating the same status is harmless."""
    try:
        await exchange.record_feedback(db, partner, _actor(request, partner), hash_id, body)
    except NotFound as exc:
        return _refusal(exc)
    return FeedbackOut(received=True, status=body.status)


@partner_router.post(
    "/{hash_id}/matches",
    response_model=MatchOut,
    status_code=201,
    responses={
        201: _json({"received": True, "report_id": 7, "duplicate": False}),
        200: {"description": "A retry of a report already received"}
        | _json({"received": True, "report_id": 7, "duplicate": True}),
        404: _NOT_FOUND,
        409: {"description": "The hash was withdrawn; do not act on it"}
        | _json(
            {
                "error": "withdrawn",
                "detail": "this hash was withdrawn by the person it protects; do not act on it",
            }
        ),
        **_ERRORS,
    },
)
async def hash_match(
    request: Request,
    db: DB,
    partner: CurrentPartner,
    hash_id: int,
    body: Annotated[
        MatchIn,
        Body(
            openapi_examples={
                "match": {
                    "summary": "Content matching the hash was found on the platform",
                    "value": {
                        "url": "https://video.example.com/v/8f3k2",
                        "seen_at": "2026-11-25T11:20:00+09:00",
                        "detail": "uploaded by account 12345, taken down pending review",
                        "idempotency_key": "match-8f3k2-41",
                    },
                }
            }
        ),
    ],
) -> MatchOut | Response:
    """Report where your platform found content matching a hash.

    A removal officer reviews every report before anything is asked of anyone. Send an `idempotency_key` so
    that a retry after a time-out is recognised (a report of the same URL for the same hash is also recognised):
    a retry answers 200 with the first report's id instead of 201."""
    try:
        result = await exchange.record_match(db, partner, _actor(request, partner), hash_id, body)
    except (NotFound, exchange.HashWithdrawn) as exc:
        return _refusal(exc)
    if result.duplicate:
        return JSONResponse(result.model_dump(), status_code=200)
    return result


# -- the young person's side ---------------------------------------------------------------------------------


@youth_router.post("/me/requests/{case_id}/withdraw")
async def withdraw_request(
    request: Request,
    db: DB,
    youth: CurrentYouth,
    case_id: int,
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    await withdrawal.own_case(db, youth, case_id)  # 404 for anyone else's request, before anything else
    if confirm != "yes":
        return await render_my_page(
            request,
            db,
            youth,
            error=_("Tick the box to confirm that you want to withdraw this request."),
            status_code=400,
        )
    await withdrawal.withdraw_own_case(db, youth, case_id)
    return render(request, "youth/request_withdrawn.html", {})


@youth_router.post("/me/requests/{case_id}/stop-sharing")
async def stop_sharing(
    request: Request,
    db: DB,
    youth: CurrentYouth,
    case_id: int,
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    """The young person no longer wants this request's fingerprints shared: partners get tombstones."""
    await withdrawal.own_case(db, youth, case_id)  # 404 for anyone else's request, before anything else
    if confirm != "yes":
        return await render_my_page(
            request,
            db,
            youth,
            error=_("Tick the box to confirm that you want to stop sharing the fingerprints."),
            status_code=400,
        )
    await withdrawal.stop_sharing_own_case(db, youth, case_id)
    return render(request, "youth/request_sharing_stopped.html", {})


router = APIRouter()
router.include_router(partner_router)
router.include_router(youth_router)
