"""Staff routes for wrapping up a conversation (``/staff/chat/{id}/...``): the wrap-up page, the summary (which
ends an open conversation), the one-step follow-ups, and a written reply to a left message.

The chat page includes ``staff/_chat_wrapup.html``; given ``wrapup`` (from :func:`panel`) in its context the
panel shows every form, otherwise a link to ``/staff/chat/{id}/wrapup`` where they are. A form with answers that
need a look comes back on that page (422) with the answers kept and each problem next to its field.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import (
    Perm,
    Principal,
    access_conversation,
    check_permission,
    may_wrap_up_conversation,
    may_write_conversation,
)
from ondam.audit import service as audit
from ondam.auth.deps import CurrentStaff
from ondam.cases.schemas import CONSENT_BASES, CONSENT_METHODS
from ondam.counselling import service, wrapup
from ondam.counselling import statistics as stats
from ondam.kit.clock import KST, utcnow
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB, Events
from ondam.kit.errors import Forbidden
from ondam.kit.i18n import current_locale
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.models import Conversation
from ondam.reports.schemas import KINDS as REPORT_KINDS

router = APIRouter(prefix="/staff/chat", dependencies=[Depends(csrf_protect)], include_in_schema=False)

Text = Annotated[str, Form(max_length=12_000)]
Short = Annotated[str, Form(max_length=200)]
Codes = Annotated[list[str], Form(max_length=40)]


def _saved_summary(conversation: Conversation) -> dict[str, Any] | None:
    """The stored summary with labels, for reading (None until one is written)."""
    if conversation.summary_at is None:
        return None
    return {
        "issue_types": [stats.label(stats.ISSUE_TYPE, c) for c in json.loads(conversation.issue_types)],
        "contact_channel": stats.label(stats.CONTACT_CHANNEL, conversation.contact_channel or ""),
        "offender_relationship": stats.label(stats.OFFENDER_RELATIONSHIP, conversation.offender_relationship)
        if conversation.offender_relationship
        else None,
        "online_to_offline": stats.label(stats.ONLINE_TO_OFFLINE, conversation.online_to_offline)
        if conversation.online_to_offline
        else None,
        "services": [stats.label(stats.SERVICE, c) for c in json.loads(conversation.services)],
        "follow_up": conversation.follow_up,
        "summary": conversation.summary or "",
        "at": conversation.summary_at,
    }


async def panel(
    db: AsyncSession,
    staff: Principal,
    conversation: Conversation,
    *,
    errors: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the wrap-up panel shows: the saved summary, what was started from the conversation, and the
    forms (with their options) when the principal may act. Put it in a page's context as ``wrapup``."""
    english = current_locale.get() == "en"
    may = await may_wrap_up_conversation(db, staff, conversation)
    regionals = await wrapup.regional_centers(db)
    follow = await wrapup.follow_ups(db, conversation)
    kept = values or {}
    center = wrapup.default_center(regionals, conversation.region_code)
    return {
        "may": may,
        "open": conversation.status in service.OPEN_STATUSES,
        "message_mode": conversation.mode == "message",
        "saved": _saved_summary(conversation),
        "follow": follow,
        "center_names": {c.code: (c.name_en if english else c.name_ko) for c in regionals},
        "dims": {code: stats.options(code) for code in stats_codes()},
        "dim_labels": {d: stats.dimension(d).label("en" if english else "ko") for d in stats_codes()},
        "consent_bases": [(k, _(v)) for k, v in CONSENT_BASES.items()],
        "consent_methods": [(k, _(v)) for k, v in CONSENT_METHODS.items()],
        "statutory_allowed": conversation.age_band in wrapup.UNDER_14_BANDS,
        "report_kinds": [(k, _(v)) for k, v in REPORT_KINDS.items()],
        "consent_texts": wrapup.consent_texts(),
        "summary": kept.get("summary") or wrapup.SummaryForm.of(conversation),
        "case": kept.get("case")
        or wrapup.CaseForm(center_code=center or "", summary=conversation.summary or ""),
        "report": kept.get("report") or wrapup.ReportForm(),
        "removal": kept.get("removal") or wrapup.RemovalForm(),
        "police": kept.get("police")
        or wrapup.PoliceForm(
            agency=_("Police (112)"),
            reported_at=utcnow().astimezone(KST).strftime("%Y-%m-%dT%H:%M"),
            form_token=wrapup.new_form_token(),
        ),
        "now_kst": utcnow().astimezone(KST).strftime("%Y-%m-%dT%H:%M"),
        "errors": {k: _(v) for k, v in (errors or {}).items()},
        "reply_token": "r-" + wrapup.new_form_token(),
    }


def stats_codes() -> tuple[str, ...]:
    return (
        stats.ISSUE_TYPE,
        stats.CONTACT_CHANNEL,
        stats.OFFENDER_RELATIONSHIP,
        stats.ONLINE_TO_OFFLINE,
        stats.SERVICE,
    )


async def _page(
    request: Request,
    db: AsyncSession,
    staff: Principal,
    conversation: Conversation,
    *,
    errors: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    await audit.record(
        db,
        staff.actor,
        "counselling.wrapup_opened",
        object_type="conversation",
        object_id=conversation.id,
        subject=f"youth_contact:{conversation.youth_contact_id}",
    )
    return render(
        request,
        "staff/chat_summary.html",
        {
            "staff": staff,
            "conversation": conversation,
            "wrapup": await panel(db, staff, conversation, errors=errors, values=values),
            # A left message is answered from this page: show what was written (the GET audits the read).
            "messages": await service.messages_after(db, conversation.id, 0, limit=service.MAX_HISTORY)
            if conversation.mode == "message"
            else [],
            "labels": {"youth": _("Young person"), "staff": _("Counsellor"), "system": _("Ondam")},
        },
        status_code=status_code,
    )


def _done(conversation_id: int) -> Response:
    return RedirectResponse(f"/staff/chat/{conversation_id}/wrapup#wrapup", status_code=303)


async def _submitted(
    request: Request,
    db: AsyncSession,
    staff: Principal,
    conversation_id: int,
    saving: Awaitable[object],
    *,
    kept: dict[str, Any],
) -> Response:
    """Await a wrap-up form's save: back to the panel when it went through, else the page again (422) with the
    form's answers ``kept`` (``{"case": form}``) and each problem next to its field."""
    try:
        await saving
    except wrapup.WrapupInvalid as invalid:
        conversation = await wrapup.conversation_for_wrapup(db, staff, conversation_id)
        return await _page(
            request, db, staff, conversation, errors=invalid.errors, values=kept, status_code=422
        )
    return _done(conversation_id)


@router.get("/{conversation_id}/wrapup")
async def wrapup_page(request: Request, db: DB, staff: CurrentStaff, conversation_id: int) -> Response:
    check_permission(staff, Perm.COUNSEL)
    conversation = await access_conversation(db, staff, conversation_id)
    return await _page(request, db, staff, conversation)


@router.post("/{conversation_id}/summary")
async def summary_submit(
    request: Request,
    *,
    db: DB,
    events: Events,
    staff: CurrentStaff,
    conversation_id: int,
    issue_types: Codes = [],  # noqa: B006 - FastAPI copies defaults
    contact_channel: Short = "",
    offender_relationship: Short = "",
    online_to_offline: Short = "",
    services: Codes = [],  # noqa: B006
    follow_up: Short = "",
    summary: Text = "",
) -> Response:
    form = wrapup.SummaryForm(
        issue_types=issue_types,
        contact_channel=contact_channel,
        offender_relationship=offender_relationship,
        online_to_offline=online_to_offline,
        services=services,
        follow_up=follow_up,
        summary=summary,
    )
    saving = wrapup.save_summary(db, events, staff, conversation_id, form)
    return await _submitted(request, db, staff, conversation_id, saving, kept={"summary": form})


@router.post("/{conversation_id}/case")
async def case_submit(
    request: Request,
    *,
    db: DB,
    staff: CurrentStaff,
    conversation_id: int,
    center_code: Short = "",
    consent_basis: Short = "",
    consent_method: Short = "",
    consent_at: Short = "",
    case_summary: Text = "",
) -> Response:
    form = wrapup.CaseForm(center_code, consent_basis, consent_method, consent_at, case_summary)
    saving = wrapup.open_case(db, staff, conversation_id, form)
    return await _submitted(request, db, staff, conversation_id, saving, kept={"case": form})


@router.post("/{conversation_id}/report")
async def report_submit(
    request: Request,
    *,
    db: DB,
    staff: CurrentStaff,
    conversation_id: int,
    kind: Short = "",
    report_description: Text = "",
) -> Response:
    form = wrapup.ReportForm(kind, report_description)
    saving = wrapup.file_report(db, staff, conversation_id, form)
    return await _submitted(request, db, staff, conversation_id, saving, kept={"report": form})


@router.post("/{conversation_id}/removal")
async def removal_submit(
    request: Request,
    *,
    db: DB,
    staff: CurrentStaff,
    conversation_id: int,
    consent_share_hashes: Short = "",
    consent_forward_center: Short = "",
    consent_text_version: Short = "",
    removal_description: Text = "",
) -> Response:
    form = wrapup.RemovalForm(
        consent_share_hashes=consent_share_hashes == "on",
        consent_forward_center=consent_forward_center == "on",
        consent_text_version=consent_text_version,
        description=removal_description,
    )
    saving = wrapup.start_removal(db, staff, conversation_id, form)
    return await _submitted(request, db, staff, conversation_id, saving, kept={"removal": form})


@router.post("/{conversation_id}/police")
async def police_submit(
    request: Request,
    *,
    db: DB,
    staff: CurrentStaff,
    conversation_id: int,
    agency: Short = "",
    reported_at: Short = "",
    reference_number: Short = "",
    police_note: Text = "",
    form_token: Short = "",
) -> Response:
    form = wrapup.PoliceForm(agency, reported_at, reference_number, police_note, form_token)
    saving = wrapup.record_police_report(db, staff, conversation_id, form)
    return await _submitted(request, db, staff, conversation_id, saving, kept={"police": form})


@router.post("/{conversation_id}/reply")
async def reply_submit(
    request: Request,
    *,
    db: DB,
    events: Events,
    staff: CurrentStaff,
    conversation_id: int,
    body: Annotated[str, Form(max_length=service.MAX_BODY_CHARS + 100)] = "",
    client_msg_id: Short = "",
) -> Response:
    """A written answer without a live session (a message left outside staffed hours): a waiting conversation
    is taken first (``service.accept``), then the answer is stored like any message (retry-safe with the form's
    id); the young person reads it after signing in with their case code and PIN."""
    check_permission(staff, Perm.COUNSEL)
    conversation = await access_conversation(db, staff, conversation_id)
    if conversation.status == "waiting":
        conversation = await service.accept(db, events, staff, conversation.id)
    if not await may_write_conversation(db, staff, conversation):
        raise Forbidden("only the counsellor on this conversation or a joined supervisor can answer it")
    await service.post_message(
        db,
        events,
        conversation,
        sender="staff",
        body=body,
        client_msg_id=client_msg_id[:64] or None,
        staff_id=staff.user_id,
    )
    return RedirectResponse(f"/staff/chat/{conversation.id}/wrapup#reply", status_code=303)
