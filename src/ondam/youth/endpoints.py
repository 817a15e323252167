"""The youth app's start page and the anonymous case code + PIN (come back, forget this device, delete my data).

Paths and titles are neutral on purpose ("/return", "/me"): a shared device's history must not say what the young
person was dealing with.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.centers import service as centers
from ondam.detection import service as detection
from ondam.detection.engine import Assessment
from ondam.detection.signals import EXPLANATIONS, LABELS, Category
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Limiter, client_ip
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.models import YouthContact
from ondam.youth import chat_export, check_handoff, service
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


async def render_my_page(
    request: Request,
    db: AsyncSession,
    youth: YouthContact,
    *,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    """``/me`` with every registered section; with ``error`` when a form on it was refused (answers are kept
    by the page itself: each section re-reads its state)."""
    sections = [part for section in MY_PAGE_SECTIONS if (part := await section(db, youth)) is not None]
    return render(
        request,
        "youth/me.html",
        {"sections": sections, "deleted": False, "error": error},
        status_code=status_code,
    )


@router.get("/me")
async def my_page(request: Request, db: DB, youth: CurrentYouth) -> Response:
    response = await render_my_page(request, db, youth)
    start_session(request, response, youth.id)  # each visit restarts the 30-minute idle time-out
    return response


@router.post("/me/forget")
async def forget_device(request: Request) -> Response:
    """Sign out on this device; the page's script also clears what the app kept on the device."""
    response = RedirectResponse("/?forgotten=1", status_code=303)
    end_session(response)
    response.delete_cookie("ondam_lock", path="/")  # the device's PIN lock (pin-lock.mjs) goes with the rest
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


# Conversation check ------------------------------------------------------------------------------------------

CHECKS_PER_IP_PER_10_MIN = 30
MAX_UPLOAD_BYTES = 200_000
MAX_PASTE_CHARS = 4 * chat_export.MAX_CHARS


@router.get("/check")
async def check_form(request: Request) -> Response:
    return render(request, "youth/check.html", {"error": None, "chat": "", "result": None})


@router.post("/check")
async def check_submit(
    request: Request,
    limiter: Limiter,
    # Generous here so that a too long chat gets the page's own message (parse_chat refuses over MAX_CHARS).
    chat: Annotated[str, Form(max_length=MAX_PASTE_CHARS)] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Score a pasted or exported chat with the same engine the counsellors' queue uses. Nothing is stored."""
    if not await limiter.hit(f"youth-check:{client_ip(request)}", CHECKS_PER_IP_PER_10_MIN, 600):
        return _check_error(request, chat, _("Too many checks in a short time. Wait a few minutes."), 429)
    if file is not None and file.filename:
        raw = await file.read(MAX_UPLOAD_BYTES + 1)
        if len(raw) > MAX_UPLOAD_BYTES:
            return _check_error(
                request, chat, _("That file is too large. Choose a text file under 200 kB."), 413
            )
        decoded = _decode_text(raw)
        if decoded is None:
            return _check_error(
                request, chat, _("That file is not a text file. Choose the .txt export of the chat."), 415
            )
        chat = decoded
    if not chat.strip():
        return _check_error(request, chat, _("Paste the chat, or choose a text file, first."), 400)
    try:
        lines = chat_export.parse_chat(chat)
    except chat_export.ChatTooLong:
        return _check_error(
            request,
            chat,  # kept, so that the part that matters can be cut out of it here
            _("That chat is too long. Paste the part that worries you (up to 50,000 characters)."),
            413,
        )
    assessment = await asyncio.to_thread(
        detection.detector().score_conversation, [line.text for line in lines]
    )
    # The text goes back to this browser only (a no-store page), for "talk to a counsellor about this": it is
    # sent on only if the young person ticks "attach" (youth.check_handoff). Nothing is kept here.
    return render(
        request,
        "youth/check.html",
        {
            "error": None,
            "chat": "",
            "result": _explain(assessment, lines),
            "checked": chat,
            "attach_allowed": not check_handoff.too_long(chat),
            "attach_max": f"{check_handoff.ATTACH_MAX_CHARS:,}",
        },
    )


def _check_error(request: Request, chat: str, message: str, status: int) -> Response:
    return render(
        request, "youth/check.html", {"error": message, "chat": chat, "result": None}, status_code=status
    )


def _decode_text(raw: bytes) -> str | None:
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for encoding in ("utf-8-sig", "utf-16", "cp949"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _explain(assessment: Assessment, lines: list[chat_export.ChatLine]) -> dict[str, Any]:
    """Plain words for a young person: what was found, where, and what to do."""
    categories = [Category(c) for c in assessment.categories if c in Category.__members__.values()]
    signs = [{"label": _(LABELS[c]), "explanation": _(EXPLANATIONS[c])} for c in categories]
    quoted = []
    for item in assessment.evidence:
        index = int(item["index"])
        if 0 <= index < len(lines):
            names = [_(LABELS[Category(c)]) for c in item["categories"] if c in Category.__members__.values()]
            quoted.append({"speaker": lines[index].speaker, "text": lines[index].text, "signs": names})
    return {
        "level": assessment.level.label,
        "flagged": assessment.flagged,
        "signs": signs,
        "messages": quoted[:20],
        "count": len(lines),
    }
