"""A minimal staff chat page (``/staff/chat/{id}``): the transcript, the live socket, accept and end.

The counsellor console (queue, transfer, observe/join, notes, canned responses, summary) builds on the same
socket (``/ws/staff/chat/{id}``) and the service functions; this page is the smallest complete client.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from ondam.access import Perm, access_conversation, check_permission, may_write_conversation
from ondam.audit import service as audit
from ondam.auth.deps import CurrentStaff
from ondam.counselling import service
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Events
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render

router = APIRouter(prefix="/staff/chat", dependencies=[Depends(csrf_protect)], include_in_schema=False)


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
    return render(
        request,
        "staff/chat.html",
        {
            "staff": staff,
            "conversation": conversation,
            "messages": messages,
            "labels": {"youth": _("Young person"), "staff": _("Counsellor"), "system": _("Ondam")},
            "risk": service.risk_of(conversation),
            "can_send": can_send,
            "status_label": conversation.status,
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


@router.post("/{conversation_id}/accept")
async def staff_chat_accept(
    request: Request, db: DB, events: Events, staff: CurrentStaff, conversation_id: int
) -> Response:
    await service.accept(db, events, staff, conversation_id)
    return RedirectResponse(f"/staff/chat/{conversation_id}", status_code=303)


@router.post("/{conversation_id}/end")
async def staff_chat_end(
    request: Request, db: DB, events: Events, staff: CurrentStaff, conversation_id: int
) -> Response:
    await service.end_by_staff(db, events, staff, conversation_id)
    return RedirectResponse(f"/staff/chat/{conversation_id}", status_code=303)
