"""The youth app's start page and the anonymous case code + PIN (come back, forget this device, delete my data).

Paths and titles are neutral on purpose ("/return", "/me"): a shared device's history must not say what the young
person was dealing with.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.centers import service as centers
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Limiter, client_ip
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.models import YouthContact
from ondam.youth import service
from ondam.youth.deps import CurrentYouth, OptionalYouth, end_session, start_session

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

# Sections of "my page" that other modules add (removal requests, reports, messages): each is a callable
# (db, contact) -> dict with a template name and its context, or None when there is nothing to show.
MY_PAGE_SECTIONS: list[Callable[[AsyncSession, YouthContact], Awaitable[dict[str, Any] | None]]] = []


@router.get("/")
async def start(request: Request, db: DB, youth: OptionalYouth) -> Response:
    contacts = await centers.contacts(db)
    return render(request, "youth/start.html", {"contacts": contacts, "signed_in": youth is not None})


@router.get("/return")
async def return_form(request: Request) -> Response:
    return render(request, "youth/return.html", {"error": None, "code": ""})


@router.post("/return")
async def return_submit(
    request: Request,
    db: DB,
    limiter: Limiter,
    code: Annotated[str, Form(max_length=40)] = "",
    pin: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    if not code.strip() or not pin.strip():
        return render(
            request,
            "youth/return.html",
            {"error": _("Enter both your case code and your PIN."), "code": code},
            status_code=400,
        )
    result = await service.sign_in(
        db, request.app.state.settings, limiter, code=code, pin=pin, ip=client_ip(request)
    )
    if result.outcome is service.SignInOutcome.SIGNED_IN:
        assert result.contact is not None
        response = RedirectResponse("/me", status_code=303)
        start_session(request, response, result.contact.id)
        return response
    messages = {
        service.SignInOutcome.BAD_CODE_OR_PIN: (
            _("That case code and PIN do not match. Check them and try again."),
            401,
        ),
        service.SignInOutcome.LOCKED: (
            _("Too many wrong PINs for this case code. Try again in 30 minutes, or call 1388 for help now."),
            423,
        ),
        service.SignInOutcome.THROTTLED: (
            _("Too many attempts. Wait a few minutes and try again, or call 1388 for help now."),
            429,
        ),
    }
    message, status = messages[result.outcome]
    headers = {"retry-after": "600"} if status == 429 else None
    return render(
        request, "youth/return.html", {"error": message, "code": code}, status_code=status, headers=headers
    )


@router.get("/me")
async def my_page(request: Request, db: DB, youth: CurrentYouth) -> Response:
    sections = []
    for section in MY_PAGE_SECTIONS:
        part = await section(db, youth)
        if part is not None:
            sections.append(part)
    response = render(request, "youth/me.html", {"sections": sections, "deleted": False, "error": None})
    start_session(request, response, youth.id)  # each visit restarts the 30-minute idle time-out
    return response


@router.post("/me/forget")
async def forget_device(request: Request) -> Response:
    """Sign out on this device; the page's script also clears what the app kept on the device."""
    response = RedirectResponse("/?forgotten=1", status_code=303)
    end_session(response)
    return response


@router.post("/me/delete")
async def delete_my_data(
    request: Request, db: DB, youth: CurrentYouth, confirm: Annotated[str, Form(max_length=10)] = ""
) -> Response:
    if confirm != "yes":
        return render(
            request,
            "youth/me.html",
            {
                "sections": [],
                "deleted": False,
                "error": _("Tick the box to confirm that you want your data deleted."),
            },
            status_code=400,
        )
    await service.request_deletion(db, youth)
    response = render(request, "youth/me.html", {"sections": [], "deleted": True, "error": None})
    end_session(response)
    return response
