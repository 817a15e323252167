"""The counselling queue page (``/staff/queue``): every waiting chat and left message in the order they are
offered (``counselling.queue``: urgent first, ageing, ties by wait), the principal's open chats (all open ones
for a supervisor, with alerts for urgent and long-waiting items), and the counsellor's own presence.

The list is a fragment (``/staff/queue/list``) that ``static/js/queue.mjs`` re-reads when ``/ws/staff/queue``
(``counselling.queue_socket``) says the queue changed, every 30 s anyway (waiting times grow) and every few
seconds while that socket is down; without scripts the page is a plain list with a refresh link. Accepting goes through
``POST /staff/chat/{id}/accept``; a counsellor at capacity (``max_chats`` active chats) comes back here with
``?full={id}`` and a clear refusal, and a supervisor gets an explicit "take it anyway" (audited).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ondam.access import Perm, Principal, Role, check_permission
from ondam.auth.deps import CurrentStaff
from ondam.counselling import console_service, queue, service
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render

router = APIRouter(prefix="/staff/queue", dependencies=[Depends(csrf_protect)], include_in_schema=False)

REFRESH_SECONDS = 5


async def _list_context(db: DB, staff: Principal) -> dict[str, Any]:
    view = await console_service.queue_view(db, staff)
    return {
        "staff": staff,
        "view": view,
        "supervisor": staff.role is Role.SUPERVISOR,
        "alert_labels": {
            "urgent": _("Urgent: take now"),
            "long_wait": _("Waiting over {n} minutes").format(n=queue.SUPERVISOR_ALERT_WAIT_MINUTES),
        },
    }


@router.get("")
async def queue_page(request: Request, db: DB, staff: CurrentStaff) -> Response:
    check_permission(staff, Perm.COUNSEL)
    context = await _list_context(db, staff)
    presence = await console_service.presence_of(db, staff.user_id)
    load, limit = await service.capacity_of(db, staff.user_id)
    full = request.query_params.get("full", "")
    context.update(
        presence=presence,
        presence_now=console_service.presence_status(presence.status if presence else "away", load, limit),
        load=load,
        limit=limit,
        full_id=int(full) if full.isdigit() and len(full) < 12 else None,
        refresh_seconds=REFRESH_SECONDS,
        saved=request.query_params.get("saved"),
        max_chats_limit=console_service.MAX_CHATS_LIMIT,
    )
    return render(request, "staff/queue.html", context)


@router.get("/list")
async def queue_list(request: Request, db: DB, staff: CurrentStaff) -> Response:
    check_permission(staff, Perm.COUNSEL)
    return render(request, "staff/_queue_list.html", await _list_context(db, staff))


@router.post("/presence")
async def queue_presence(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    status: Annotated[str, Form(max_length=16)] = "away",
    max_chats: Annotated[int, Form(ge=1, le=console_service.MAX_CHATS_LIMIT)] = 3,
) -> Response:
    await console_service.set_presence(db, staff, status, max_chats)
    return RedirectResponse("/staff/queue?saved=presence", status_code=303)
