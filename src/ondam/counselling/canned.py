"""Canned responses: reply templates in Korean and English, managed by counselling supervisors.

``/staff/canned`` lists them, creates, edits and (de)activates them (supervisors only: 403 for anyone else,
as for every page that is not about one record; every change audited without its text). The console offers the
active ones in the conversation's language; picking one only fills the composer, the counsellor still sends.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Perm, Principal, check_counselling_supervisor, check_permission
from ondam.audit import service as audit
from ondam.auth.deps import CurrentStaff
from ondam.kit.clock import utcnow
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.errors import DomainError, NotFound
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.models import CannedResponse

LOCALES = ("ko", "en")
MAX_TITLE_CHARS = 100
MAX_BODY_CHARS = 2_000


class InvalidCanned(DomainError):
    status_code = 422
    code = "invalid_canned"


# -- service --------------------------------------------------------------------------------------------------


async def active_for(db: AsyncSession, principal: Principal, locale: str) -> list[CannedResponse]:
    """The active responses in one language, for the console's picker (any counsellor)."""
    check_permission(principal, Perm.COUNSEL)
    rows = await db.scalars(
        select(CannedResponse)
        .where(CannedResponse.locale == locale, CannedResponse.active.is_(True))
        .order_by(CannedResponse.title, CannedResponse.id)
    )
    return list(rows)


async def all_responses(db: AsyncSession, principal: Principal) -> list[CannedResponse]:
    check_counselling_supervisor(principal)
    rows = await db.scalars(
        select(CannedResponse).order_by(
            CannedResponse.locale, CannedResponse.active.desc(), CannedResponse.title, CannedResponse.id
        )
    )
    return list(rows)


async def get(db: AsyncSession, principal: Principal, canned_id: int) -> CannedResponse:
    check_counselling_supervisor(principal)
    found = await db.get(CannedResponse, canned_id)
    if found is None:
        raise NotFound("canned response not found")
    return found


def _clean(locale: str, title: str, body: str) -> tuple[str, str, str]:
    title, body = title.strip(), body.strip()
    if locale not in LOCALES:
        raise InvalidCanned(_("Choose Korean or English."))
    if not title or len(title) > MAX_TITLE_CHARS:
        raise InvalidCanned(_("Give a title of at most {n} characters.").format(n=MAX_TITLE_CHARS))
    if not body or len(body) > MAX_BODY_CHARS:
        raise InvalidCanned(_("Write a text of at most {n} characters.").format(n=MAX_BODY_CHARS))
    return locale, title, body


async def create(
    db: AsyncSession, principal: Principal, locale: str, title: str, body: str
) -> CannedResponse:
    check_counselling_supervisor(principal)
    locale, title, body = _clean(locale, title, body)
    canned = CannedResponse(
        locale=locale, title=title, body=body, active=True, updated_by=principal.user_id, updated_at=utcnow()
    )
    db.add(canned)
    await db.flush()
    await _audit(db, principal, "canned.created", canned)
    return canned


async def update(
    db: AsyncSession, principal: Principal, canned_id: int, *, locale: str, title: str, body: str
) -> CannedResponse:
    canned = await get(db, principal, canned_id)
    canned.locale, canned.title, canned.body = _clean(locale, title, body)
    canned.updated_by, canned.updated_at = principal.user_id, utcnow()
    await db.flush()
    await _audit(db, principal, "canned.updated", canned)
    return canned


async def set_active(db: AsyncSession, principal: Principal, canned_id: int, active: bool) -> CannedResponse:
    canned = await get(db, principal, canned_id)
    if canned.active != active:
        canned.active = active
        canned.updated_by, canned.updated_at = principal.user_id, utcnow()
        await db.flush()
        await _audit(db, principal, "canned.activated" if active else "canned.deactivated", canned)
    return canned


async def _audit(db: AsyncSession, principal: Principal, action: str, canned: CannedResponse) -> None:
    await audit.record(
        db,
        principal.actor,
        action,
        object_type="canned_response",
        object_id=canned.id,
        details={"locale": canned.locale},
    )


# -- pages ----------------------------------------------------------------------------------------------------

router = APIRouter(prefix="/staff/canned", dependencies=[Depends(csrf_protect)], include_in_schema=False)

Text = Annotated[str, Form(max_length=MAX_BODY_CHARS + 100)]


def _page(
    request: Request, template: str, staff: Principal, *, status_code: int = 200, **context: Any
) -> Response:
    ctx = {
        "staff": staff,
        "locales": {"ko": _("Korean"), "en": _("English")},
        "error": None,
        "saved": None,
        "values": {},
        **context,
    }
    return render(request, template, ctx, status_code=status_code)


async def _saved(
    request: Request,
    staff: Principal,
    saving: Awaitable[object],
    *,
    template: str,
    values: dict[str, str],
    again: Callable[[], Awaitable[dict[str, Any]]],
) -> Response:
    """Await a create or update: back to the list when it went through, else ``template`` again (422) with the
    answers kept, the problem, and what ``again()`` reads for the page."""
    try:
        await saving
    except InvalidCanned as exc:
        return _page(
            request, template, staff, status_code=422, error=exc.message, values=values, **await again()
        )
    return _to_list()


def _to_list() -> Response:
    return RedirectResponse("/staff/canned?saved=1", status_code=303)


@router.get("")
async def canned_list(request: Request, db: DB, staff: CurrentStaff) -> Response:
    responses = await all_responses(db, staff)
    return _page(
        request, "staff/canned.html", staff, responses=responses, saved=request.query_params.get("saved")
    )


@router.post("")
async def canned_create(
    request: Request, db: DB, staff: CurrentStaff, *, locale: Text = "ko", title: Text = "", body: Text = ""
) -> Response:
    async def again() -> dict[str, Any]:
        return {"responses": await all_responses(db, staff)}

    saving = create(db, staff, locale, title, body)
    values = {"locale": locale, "title": title, "body": body}
    return await _saved(request, staff, saving, template="staff/canned.html", values=values, again=again)


@router.get("/{canned_id}")
async def canned_edit(request: Request, db: DB, staff: CurrentStaff, canned_id: int) -> Response:
    canned = await get(db, staff, canned_id)
    values = {"locale": canned.locale, "title": canned.title, "body": canned.body}
    return _page(request, "staff/canned_edit.html", staff, canned=canned, values=values)


@router.post("/{canned_id}")
async def canned_update(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    canned_id: int,
    *,
    locale: Text = "ko",
    title: Text = "",
    body: Text = "",
) -> Response:
    async def again() -> dict[str, Any]:
        return {"canned": await get(db, staff, canned_id)}

    saving = update(db, staff, canned_id, locale=locale, title=title, body=body)
    values = {"locale": locale, "title": title, "body": body}
    return await _saved(request, staff, saving, template="staff/canned_edit.html", values=values, again=again)


@router.post("/{canned_id}/active")
async def canned_active(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    canned_id: int,
    active: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    await set_active(db, staff, canned_id, active == "yes")
    return _to_list()
