"""Staff sign-in pages: password, TOTP (or enrolment with a QR code), sign-out and sign-out everywhere."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import ROLE_LABELS, Perm, Principal
from ondam.audit.service import Actor
from ondam.auth import repository, service
from ondam.auth.deps import COOKIE, CurrentStaff, PendingLogin
from ondam.centers.service import center_names
from ondam.kit import totp
from ondam.kit.clock import KST, utcnow
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Limiter, client_ip
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render

router = APIRouter(prefix="/staff", dependencies=[Depends(csrf_protect)], include_in_schema=False)

# Sections of the staff home page that other modules add (e.g. a supervisor's open alerts): each is a callable
# (db, principal) -> dict with a template name and its context, or None when there is nothing to show.
STAFF_HOME_SECTIONS: list[Callable[[AsyncSession, Principal], Awaitable[dict[str, Any] | None]]] = []


def _actor(request: Request) -> Actor:
    return Actor("staff", None, client_ip(request), request.state.request_id)


def _set_cookie(request: Request, response: Response, token: str) -> None:
    settings = request.app.state.settings
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        path="/",
        max_age=settings.session_absolute_hours * 3600,
    )


def _locked_message(result: service.Result) -> str:
    until = result.locked_until.astimezone(KST).strftime("%H:%M") if result.locked_until else ""
    return _(
        "This account is locked after too many failed attempts. Try again after {time} (KST) "
        "or ask your administrator to unlock it."
    ).format(time=until)


@router.get("/login")
async def login_form(request: Request) -> Response:
    return render(request, "staff/login.html", {"error": None, "username": ""})


@router.post("/login")
async def login(
    request: Request,
    db: DB,
    limiter: Limiter,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
) -> Response:
    settings = request.app.state.settings
    ip = client_ip(request)
    if not await limiter.hit(f"login:{ip}", settings.login_ip_limit_per_minute, 60):
        return render(
            request,
            "staff/login.html",
            {
                "error": _("Too many sign-in attempts from this network. Wait a minute and try again."),
                "username": username,
            },
            status_code=429,
            headers={"retry-after": "60"},
        )
    if not username or not password:
        return render(
            request,
            "staff/login.html",
            {"error": _("Enter your user name and password."), "username": username},
            status_code=400,
        )
    result = await service.password_step(
        db,
        settings,
        username,
        password,
        actor=_actor(request),
        user_agent=request.headers.get("user-agent", ""),
    )
    if result.outcome is service.Outcome.LOCKED:
        return render(
            request,
            "staff/login.html",
            {"error": _locked_message(result), "username": username},
            status_code=423,
        )
    if result.outcome is service.Outcome.BAD_CREDENTIALS:
        return render(
            request,
            "staff/login.html",
            {"error": _("The user name or password is not correct."), "username": username},
            status_code=401,
        )
    assert result.token is not None
    target = "/staff/login/code" if result.outcome is service.Outcome.NEED_TOTP else "/staff/enrol"
    response = RedirectResponse(target, status_code=303)
    _set_cookie(request, response, result.token)
    return response


@router.get("/login/code")
async def code_form(request: Request, pending: PendingLogin) -> Response:
    if pending.user.totp_enrolled_at is None:
        return RedirectResponse("/staff/enrol", status_code=303)
    return render(request, "staff/code.html", {"error": None})


async def _finish(
    request: Request,
    db: DB,
    pending: service.SessionState,
    code: str,
    *,
    enrolling: bool,
    template: str,
    extra: dict[str, object],
) -> Response:
    result = await service.totp_step(
        db,
        request.app.state.settings,
        pending.session,
        pending.user,
        code,
        actor=_actor(request),
        user_agent=request.headers.get("user-agent", ""),
        enrolling=enrolling,
    )
    if result.outcome is service.Outcome.SIGNED_IN:
        assert result.token is not None
        signed_in = RedirectResponse("/staff", status_code=303)
        _set_cookie(request, signed_in, result.token)
        return signed_in
    if result.outcome is service.Outcome.LOCKED:
        response = render(
            request, "staff/login.html", {"error": _locked_message(result), "username": ""}, status_code=423
        )
        response.delete_cookie(COOKIE, path="/")
        return response
    return render(
        request,
        template,
        {
            **extra,
            "error": _(
                "That code is not correct or was already used. Enter the current 6-digit code "
                "from your authenticator app."
            ),
        },
        status_code=401,
    )


@router.post("/login/code")
async def code_submit(
    request: Request, db: DB, pending: PendingLogin, code: Annotated[str, Form(max_length=16)] = ""
) -> Response:
    return await _finish(request, db, pending, code, enrolling=False, template="staff/code.html", extra={})


def _enrol_context(pending: service.SessionState) -> dict[str, object]:
    secret = service.enrolment_secret(pending.user)
    uri = totp.provisioning_uri(secret, pending.user.username)
    return {"qr": totp.qr_svg_data_uri(uri), "secret": secret, "username": pending.user.username}


@router.get("/enrol")
async def enrol_form(request: Request, pending: PendingLogin) -> Response:
    if pending.user.totp_enrolled_at is not None:
        return RedirectResponse("/staff/login/code", status_code=303)
    return render(request, "staff/enrol.html", {**_enrol_context(pending), "error": None})


@router.post("/enrol")
async def enrol_submit(
    request: Request, db: DB, pending: PendingLogin, code: Annotated[str, Form(max_length=16)] = ""
) -> Response:
    if pending.user.totp_enrolled_at is not None:
        return RedirectResponse("/staff/login/code", status_code=303)
    return await _finish(
        request, db, pending, code, enrolling=True, template="staff/enrol.html", extra=_enrol_context(pending)
    )


@router.get("")
async def home(request: Request, db: DB, staff: CurrentStaff) -> Response:
    now = utcnow()
    idle_cutoff = now - timedelta(minutes=request.app.state.settings.session_idle_minutes)
    sessions = await repository.active_sessions(db, staff.user_id, now, idle_cutoff)
    sections = [part for section in STAFF_HOME_SECTIONS if (part := await section(db, staff)) is not None]
    return render(
        request,
        "staff/home.html",
        {
            "staff": staff,
            "sections": sections,
            "role_label": _(ROLE_LABELS[staff.role]),
            "sessions": sessions,
            "can_cases": staff.can(Perm.CASE_READ),
            "can_audit": staff.can(Perm.AUDIT_READ),
            "current_session_id": staff.session_id,
            "center_name": (await center_names(db)).get(staff.center_code or "", staff.center_code),
        },
    )


@router.post("/logout")
async def logout(request: Request, db: DB, staff: CurrentStaff) -> Response:
    await service.sign_out(db, request.state.staff_session, staff.actor, everywhere=False)
    response = RedirectResponse("/staff/login?signed_out=1", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.post("/logout-everywhere")
async def logout_everywhere(request: Request, db: DB, staff: CurrentStaff) -> Response:
    await service.sign_out(db, request.state.staff_session, staff.actor, everywhere=True)
    response = RedirectResponse("/staff/login?signed_out=all", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
