"""The counsellor console (``/staff/chat/{id}``): transcript over the live socket (``/ws/staff/chat/{id}``),
composer, risk panel, staff-only notes, canned responses, accept, transfer, a supervisor's observe/join/leave
and end. The queue page is ``counselling.staff_queue``; the end-of-chat summary and one-step actions are the
``staff/_chat_wrapup.html`` partial included by the template.

Every page open is a transcript read and is audited (``counselling.opened``), as is the socket's handshake.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ondam.access import Perm, Role, access_conversation, check_permission, may_write_conversation
from ondam.audit import service as audit
from ondam.auth.deps import CurrentStaff
from ondam.counselling import canned, console_service, service, wrapup_endpoints
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Events
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render

router = APIRouter(prefix="/staff/chat", dependencies=[Depends(csrf_protect)], include_in_schema=False)


def _to_chat(conversation_id: int, query: str = "") -> Response:
    return RedirectResponse(f"/staff/chat/{conversation_id}{query}", status_code=303)


def _status_label(status: str) -> str:
    labels = {
        "waiting": _("Waiting"),
        "active": _("In conversation"),
        "ended": _("Ended"),
        "abandoned": _("Ended"),
    }
    return labels.get(status, status)


@router.get("/{conversation_id}")
async def staff_chat_page(request: Request, db: DB, staff: CurrentStaff, conversation_id: int) -> Response:
    check_permission(staff, Perm.COUNSEL)
    conversation = await access_conversation(db, staff, conversation_id)
    messages = await service.messages_after(db, conversation.id, 0, limit=service.MAX_HISTORY)
    await audit.record(
        db, staff.actor, "counselling.opened", object_type="conversation", object_id=conversation.id
    )
    is_open = conversation.status in service.OPEN_STATUSES
    can_send = is_open and await may_write_conversation(db, staff, conversation)
    supervisor = staff.role is Role.SUPERVISOR
    assigned_to_me = conversation.assigned_staff_id == staff.user_id
    return render(
        request,
        "staff/chat.html",
        {
            "staff": staff,
            "conversation": conversation,
            "messages": messages,
            "labels": {"youth": _("Young person"), "staff": _("Counsellor"), "system": _("Ondam")},
            "risk": service.risk_of(conversation),
            "panel": console_service.risk_panel(conversation),
            "notes": await console_service.notes_of(db, conversation),
            "canned": await canned.active_for(db, staff, conversation.locale) if can_send else [],
            "on_shift": (
                await console_service.staff_on_shift(db, exclude=staff.user_id)
                if is_open and (supervisor or assigned_to_me) and conversation.status == "active"
                else []
            ),
            "can_transfer": is_open and conversation.status == "active" and (supervisor or assigned_to_me),
            "participation": await console_service.participation(db, conversation, staff),
            "wrapup": await wrapup_endpoints.panel(db, staff, conversation),
            "supervisor": supervisor,
            "assigned_to_me": assigned_to_me,
            "can_send": can_send,
            "is_open": is_open,
            "status_label": _status_label(conversation.status),
            "saved": request.query_params.get("saved"),
            "chat": {
                "side": "staff",
                "ws_url": f"/ws/staff/chat/{conversation.id}",
                "send_action": "",
                "can_send": can_send,
                "open": is_open,
                "keepalive": "",
            },
            "client_msg_id": "f-" + secrets.token_hex(8),
        },
    )


@router.get("/{conversation_id}/risk")
async def staff_chat_risk(request: Request, db: DB, staff: CurrentStaff, conversation_id: int) -> Response:
    """The risk panel alone, re-read by console.mjs when the socket says the risk changed."""
    check_permission(staff, Perm.COUNSEL)
    conversation = await access_conversation(db, staff, conversation_id)
    panel = console_service.risk_panel(conversation)
    return render(request, "staff/_chat_risk.html", {"conversation": conversation, "panel": panel})


@router.post("/{conversation_id}/accept")
async def staff_chat_accept(
    request: Request,
    *,
    db: DB,
    events: Events,
    staff: CurrentStaff,
    conversation_id: int,
    override: Annotated[bool, Form()] = False,
) -> Response:
    """Accept; at capacity the queue page says so (and offers a supervisor the explicit "take it anyway")."""
    try:
        await service.accept(db, events, staff, conversation_id, override=override)
    except service.AtCapacity:
        return RedirectResponse(f"/staff/queue?full={conversation_id}", status_code=303)
    return _to_chat(conversation_id)


@router.post("/{conversation_id}/end")
async def staff_chat_end(
    request: Request, db: DB, events: Events, staff: CurrentStaff, conversation_id: int
) -> Response:
    await service.end_by_staff(db, events, staff, conversation_id)
    return _to_chat(conversation_id)


@router.post("/{conversation_id}/notes")
async def staff_chat_note(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    conversation_id: int,
    body: Annotated[str, Form(max_length=console_service.MAX_NOTE_CHARS + 100)] = "",
) -> Response:
    await console_service.add_note(db, staff, conversation_id, body)
    return _to_chat(conversation_id, "?saved=note#notes")


@router.post("/{conversation_id}/transfer")
async def staff_chat_transfer(
    request: Request,
    db: DB,
    events: Events,
    staff: CurrentStaff,
    conversation_id: int,
    *,
    to_staff_id: Annotated[int, Form()],
) -> Response:
    conversation = await console_service.transfer_to(db, events, staff, conversation_id, to_staff_id)
    if staff.role is Role.SUPERVISOR or conversation.assigned_staff_id == staff.user_id:
        return _to_chat(conversation_id, "?saved=transferred")
    return RedirectResponse("/staff/queue?saved=transferred", status_code=303)


def _joining(*, silent: bool) -> Callable[..., Awaitable[Response]]:
    """A supervisor's observe (``silent``) or join: the same step, one route each."""

    async def handler(
        request: Request, db: DB, events: Events, staff: CurrentStaff, conversation_id: int
    ) -> Response:
        await console_service.join(db, events, staff, conversation_id, silent=silent)
        return _to_chat(conversation_id)

    return handler


router.post("/{conversation_id}/observe", name="staff_chat_observe")(_joining(silent=True))
router.post("/{conversation_id}/join", name="staff_chat_join")(_joining(silent=False))


@router.post("/{conversation_id}/leave")
async def staff_chat_leave(
    request: Request, db: DB, events: Events, staff: CurrentStaff, conversation_id: int
) -> Response:
    await console_service.leave(db, events, staff, conversation_id)
    return RedirectResponse("/staff/queue", status_code=303)
