"""The young person's side of counselling: ``/talk`` (before a chat: what stays confidential, when staff must
report, what happens in danger; then start), the chat view, and "my conversations" on my page.

Paths and titles are neutral ("talk"): a shared device's history must not say what the young person was
dealing with. The chat itself runs over ``/ws/chat`` (``counselling.realtime``) from ``static/js/chat.mjs``;
without JavaScript the page still shows the conversation and a plain form sends a message.
"""

from __future__ import annotations

import contextlib
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.centers import service as centers
from ondam.counselling import service
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Events
from ondam.kit.errors import Conflict
from ondam.kit.i18n import N_
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.models import YouthContact
from ondam.youth import chat_export, check_handoff
from ondam.youth import service as youth
from ondam.youth.deps import CurrentYouth, OptionalYouth, start_session
from ondam.youth.endpoints import MY_PAGE_SECTIONS

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

AGE_BAND_LABELS = {
    "under_12": N_("Under 12"),
    "12_14": N_("12 to 14"),
    "15_16": N_("15 to 16"),
    "17_18": N_("17 to 18"),
    "over_18": N_("19 or older"),
}
GENDER_LABELS = {
    "female": N_("Girl"),
    "male": N_("Boy"),
    "other": N_("Another way"),
    "unsaid": N_("I'd rather not say"),
}
STATUS_LABELS = {
    "waiting": N_("Waiting for a counsellor"),
    "active": N_("Talking now"),
    "ended": N_("Ended"),
    "abandoned": N_("Ended"),
}


async def _form(
    request: Request,
    db: AsyncSession,
    youth_contact: YouthContact | None,
    *,
    error: str | None = None,
    status: int = 200,
) -> Response:
    snapshot = await service.queue_snapshot(db)
    current = await service.open_conversation_for(db, youth_contact) if youth_contact is not None else None
    regions = await centers.regions(db)
    return render(
        request,
        "youth/talk.html",
        {
            "live_offered": snapshot.live_offered,
            "current": current,
            "signed_in": youth_contact is not None,
            "regions": regions,
            "age_bands": [(k, _(v)) for k, v in AGE_BAND_LABELS.items()],
            "genders": [(k, _(v)) for k, v in GENDER_LABELS.items()],
            "error": error,
        },
        status_code=status,
    )


@router.get("/talk")
async def talk(request: Request, db: DB, youth_contact: OptionalYouth) -> Response:
    return await _form(request, db, youth_contact)


@router.post("/talk")
async def talk_start(
    request: Request,
    *,
    db: DB,
    events: Events,
    youth_contact: OptionalYouth,
    mode: Annotated[str, Form(max_length=16)] = "live",
    age_band: Annotated[str, Form(max_length=16)] = "",
    region_code: Annotated[str, Form(max_length=16)] = "",
    gender: Annotated[str, Form(max_length=16)] = "",
    danger_now: Annotated[str, Form(max_length=8)] = "",
    attach: Annotated[str, Form(max_length=8)] = "",
    checked_text: Annotated[str, Form(max_length=chat_export.MAX_CHARS + 1_000)] = "",
) -> Response:
    """Start (or return to) a conversation. Someone new gets a case code and PIN, shown once on this page.

    From the conversation check: with ``attach=yes`` (the young person's consent) the checked text opens the chat
    (``youth.check_handoff``); without it the text is ignored."""
    if attach == "yes" and check_handoff.too_long(checked_text):
        message = _(
            "The text you checked is too long to attach (at most %(n)s characters). Start the chat without it "
            "and copy the part that worries you most into the chat."
        ) % {"n": f"{check_handoff.ATTACH_MAX_CHARS:,}"}
        return await _form(request, db, youth_contact, error=message, status=413)
    snapshot = await service.queue_snapshot(db)
    if mode not in ("live", "message"):
        mode = "live"
    if mode == "live" and not snapshot.live_offered:
        mode = (
            "message"  # the page offered only a message; a stale form must not queue a live chat nobody takes
        )
    region_codes = {r.code for r in await centers.regions(db)}
    credentials = None
    contact = youth_contact
    if contact is None:
        created = await youth.create_contact(
            db,
            request.app.state.settings,
            age_band=age_band or None,
            region_code=region_code if region_code in region_codes else None,
            gender=gender or None,
            locale=request.state.locale,
        )
        contact = created.contact
        credentials = {"code": youth.format_code(created.code), "pin": created.pin}
    conversation = await service.open_conversation(
        db, events, contact, mode=mode, danger_now=danger_now == "yes"
    )
    if attach == "yes" and checked_text.strip():
        await check_handoff.attach_checked_text(db, events, conversation, checked_text)
    if credentials is None:
        response: Response = RedirectResponse(f"/talk/chat/{conversation.id}", status_code=303)
    else:
        response = render(
            request,
            "youth/talk_started.html",
            {"credentials": credentials, "conversation": conversation, "danger_now": conversation.danger_now},
        )
    start_session(request, response, contact.id)
    return response


def _sender_labels() -> dict[str, str]:
    return {"youth": _("You"), "staff": _("Counsellor"), "system": _("Ondam")}


@router.get("/talk/chat/{conversation_id}")
async def chat_view(
    request: Request, db: DB, events: Events, youth_contact: CurrentYouth, conversation_id: int
) -> Response:
    conversation = await service.conversation_of_contact(db, youth_contact, conversation_id)
    messages = await service.messages_after(db, conversation.id, 0, limit=service.MAX_HISTORY)
    if messages and conversation.youth_last_seen_seq < messages[-1].seq:
        # The page shows every answer: they count as read on my page (also without JavaScript).
        await service.mark_read(db, events, conversation, side="youth", seq=messages[-1].seq)
    is_open = conversation.status in service.OPEN_STATUSES
    response = render(
        request,
        "youth/talk_chat.html",
        {
            "conversation": conversation,
            "messages": messages,
            "labels": _sender_labels(),
            "status_label": _(STATUS_LABELS.get(conversation.status, STATUS_LABELS["ended"])),
            "open": is_open,
            "chat": {
                "side": "youth",
                "ws_url": f"/ws/chat?conversation={conversation.id}",
                "send_action": f"/talk/chat/{conversation.id}/send",
                "can_send": is_open,
                "open": is_open,
                "keepalive": "/talk/keepalive",
            },
            "client_msg_id": "f-" + secrets.token_hex(8),
        },
    )
    start_session(request, response, youth_contact.id)  # reading the chat is activity
    return response


@router.post("/talk/chat/{conversation_id}/send")
async def chat_send_without_script(
    request: Request,
    *,
    db: DB,
    events: Events,
    youth_contact: CurrentYouth,
    conversation_id: int,
    body: Annotated[str, Form(max_length=service.MAX_BODY_CHARS + 100)] = "",
    client_msg_id: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """The plain-form way to send (no JavaScript): the same retry-safe ``post_message`` as the socket."""
    conversation = await service.conversation_of_contact(db, youth_contact, conversation_id)
    # The page shows the conversation as it is: an empty or too long message is simply not sent.
    with contextlib.suppress(service.MessageRejected, Conflict):
        await service.post_message(
            db, events, conversation, sender="youth", body=body, client_msg_id=client_msg_id or None
        )
    return RedirectResponse(f"/talk/chat/{conversation.id}#composer", status_code=303)


@router.post("/talk/chat/{conversation_id}/end")
async def chat_end(
    request: Request, db: DB, events: Events, youth_contact: CurrentYouth, conversation_id: int
) -> Response:
    await service.end_by_youth(db, events, youth_contact, conversation_id)
    return RedirectResponse(f"/talk/chat/{conversation_id}", status_code=303)


@router.post("/talk/keepalive")
async def keepalive(request: Request, youth_contact: CurrentYouth) -> Response:
    """The chat page calls this every few minutes (with the CSRF header) so that a long chat does not outlive
    the 30-minute sign-in cookie; closing the page lets the cookie run out as usual."""
    response = Response(status_code=204)
    start_session(request, response, youth_contact.id)
    return response


async def my_conversations_section(db: AsyncSession, contact: YouthContact) -> dict[str, Any] | None:
    """My page: the young person's conversations, with unread counsellor replies, each linking to its chat."""
    rows = await service.conversations_of(db, contact)
    if not rows:
        return None
    items = []
    for conversation in rows[:20]:
        items.append(
            {
                "id": conversation.id,
                "created_at": conversation.created_at,
                "mode": conversation.mode,
                "open": conversation.status in service.OPEN_STATUSES,
                "status": _(STATUS_LABELS.get(conversation.status, STATUS_LABELS["ended"])),
                "unread": await service.unread_for_youth(db, conversation),
            }
        )
    return {"template": "youth/_my_conversations.html", "conversations": items}


if my_conversations_section not in MY_PAGE_SECTIONS:
    MY_PAGE_SECTIONS.append(my_conversations_section)
if service.end_for_deleted_contact not in youth.ON_DELETION:
    youth.ON_DELETION.append(service.end_for_deleted_contact)
