"""Staff pages of removal work under ``/staff/removal`` (server-rendered; every page needs ``Perm.REMOVAL``).

Every form posts to an address that also answers GET with that form alone, which is where a refused form is
shown again with its messages and everything that was typed. Records are reached only through the
``access_removal_*`` functions (via the service), so a missing record and a forbidden one both answer 404.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from ondam.access import Perm, Principal, check_permission
from ondam.auth.deps import CurrentStaff
from ondam.kit.clock import utcnow
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.errors import DomainError
from ondam.kit.i18n import N_
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render
from ondam.removal import refdata, service, sharing
from ondam.removal.schemas import (
    ALERT_LABELS,
    CASE_STATUS_LABELS,
    EVENT_LABELS,
    FORM_ERROR,
    LANG_LABELS,
    LETTER_LABELS,
    LETTER_TARGET,
    MAX_UPLOAD_BYTES,
    AckForm,
    AssignForm,
    CaseStatus,
    CloseForm,
    EvidenceForm,
    ItemForm,
    Lang,
    LetterForm,
    LetterKind,
    NewCaseForm,
    NoteForm,
    TransitionForm,
    form_errors,
)
from ondam.removal.states import DEADLINES, STATE_LABELS, IllegalTransition, ItemState, is_overdue

FormT = TypeVar("FormT", bound=BaseModel)

router = APIRouter(prefix="/staff/removal", dependencies=[Depends(csrf_protect)], include_in_schema=False)

SAVED = {
    "created": N_("The case was opened."),
    "item": N_("The address was added."),
    "note": N_("The note was saved."),
    "assign": N_("The assignment was saved."),
    "close": N_("The case was closed."),
    "transition": N_("The state was changed."),
    "evidence": N_("The evidence record was saved."),
    "letter": N_("The letter was recorded as sent."),
    "ack": N_("The alert was acknowledged."),
    "sharing": N_("Sharing was stopped: partner platforms are told to delete this case's hashes."),
}


def _labels() -> dict[str, Any]:
    return {
        "state_labels": STATE_LABELS,
        "case_status_labels": CASE_STATUS_LABELS,
        "letter_labels": LETTER_LABELS,
        "lang_labels": LANG_LABELS,
        "alert_labels": ALERT_LABELS,
        "event_labels": EVENT_LABELS,
        "platforms": refdata.platforms(),
        "platform_name": refdata.platform_name,
        "consent_texts": refdata.removal().consent_texts_for("staff"),
        "deadlines": DEADLINES,
        "now": utcnow(),
        "is_overdue": is_overdue,
        "max_upload_mb": MAX_UPLOAD_BYTES // (1024 * 1024),
    }


def _page(
    request: Request, staff: Principal, template: str, *, status_code: int = 200, **context: Any
) -> Response:
    saved = request.query_params.get("saved", "")
    ctx = {
        **_labels(),
        "staff": staff,
        "saved": _(SAVED[saved]) if saved in SAVED else None,
        "values": {},
        "errors": {},
        **context,
    }
    return render(request, f"staff/removal/{template}", ctx, status_code=status_code)


def _see(url: str, saved: str) -> RedirectResponse:
    return RedirectResponse(f"{url}?saved={saved}", status_code=303)


async def _fields(request: Request) -> dict[str, str]:
    """The submitted text fields (first value of each), kept to fill the form again after an error."""
    form = await request.form()
    fields: dict[str, str] = {}
    for key, value in form.multi_items():
        if isinstance(value, str) and key not in fields and key != "csrf_token":
            fields[key] = value
    return fields


def _message(exc: DomainError) -> str:
    if isinstance(exc, IllegalTransition):
        allowed = ", ".join(f"“{_(STATE_LABELS[s])}”" for s in exc.allowed) or _("none")
        current = STATE_LABELS.get(ItemState(exc.from_state)) if exc.from_state in STATE_LABELS else None
        target = STATE_LABELS.get(ItemState(exc.to_state)) if exc.to_state in STATE_LABELS else None
        return _(
            "An item that is “{current}” cannot move to “{target}”. Possible next steps: {allowed}."
        ).format(
            current=_(current) if current else exc.from_state,
            target=_(target) if target else exc.to_state,
            allowed=allowed,
        )
    if isinstance(exc, service.CaseNotOpen):
        return _("This case is closed or withdrawn; it takes no more changes.")
    if isinstance(exc, service.EmptyUpload):
        return _("The uploaded file is empty.")
    if isinstance(exc, service.UploadTooLarge):
        return _("The file is too large (at most {n} MB).").format(n=MAX_UPLOAD_BYTES // (1024 * 1024))
    if isinstance(exc, service.NotAnOfficer):
        return _("Choose an active removal officer.")
    return exc.message


# -- list, alerts, new case ------------------------------------------------------------------------------


@router.get("")
async def case_list(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    *,
    status: Annotated[str, Query(max_length=16)] = "open",
    state: Annotated[str, Query(max_length=24)] = "",
    overdue: Annotated[bool, Query()] = False,
    mine: Annotated[bool, Query()] = False,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    check_permission(staff, Perm.REMOVAL)
    status_filter = CaseStatus(status) if status in CaseStatus.__members__.values() else None
    state_filter = ItemState(state) if state in ItemState.__members__.values() else None
    filters = service.CaseFilters(
        status=status_filter, state=state_filter, overdue=overdue, mine=mine, page=page
    )
    rows, total = await service.list_cases(db, staff, filters)
    alerts, alert_total = await service.open_alerts(db, staff)
    query = {
        "status": status_filter.value if status_filter else "all",
        "state": state_filter.value if state_filter else "",
        "overdue": "1" if overdue else "",
        "mine": "1" if mine else "",
    }
    next_page = urlencode({"page": page + 1, **{k: v for k, v in query.items() if v}})
    return _page(
        request,
        staff,
        "list.html",
        rows=rows,
        total=total,
        page=page,
        page_size=service.PAGE_SIZE,
        filters=filters,
        next_page=next_page,
        officer_names=await service.officer_names(db, rows),
        alerts=alerts,
        alert_total=alert_total,
        item_states=list(ItemState),
        case_statuses=list(CaseStatus),
    )


@router.post("/alerts/ack")
async def acknowledge_alert(request: Request, db: DB, staff: CurrentStaff) -> Response:
    check_permission(staff, Perm.REMOVAL)
    try:
        form = AckForm.model_validate(await _fields(request))
    except ValidationError:
        return RedirectResponse("/staff/removal", status_code=303)
    await service.acknowledge_alert(db, staff, form.alert_id)
    return _see("/staff/removal", "ack")


@router.get("/new")
async def new_case_form(request: Request, staff: CurrentStaff) -> Response:
    check_permission(staff, Perm.REMOVAL)
    return _page(request, staff, "new.html")


@router.post("/new")
async def new_case(request: Request, db: DB, staff: CurrentStaff) -> Response:
    check_permission(staff, Perm.REMOVAL)
    values = await _fields(request)
    try:
        form = NewCaseForm.model_validate(values)
    except ValidationError as exc:
        return _page(request, staff, "new.html", status_code=422, values=values, errors=form_errors(exc))
    case = await service.create_case(db, staff, form)
    return _see(f"/staff/removal/{case.id}", "created")


# -- one case --------------------------------------------------------------------------------------------


@router.get("/{case_id}")
async def case_detail(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    view = await service.case_view(db, staff, case_id)
    return _page(request, staff, "detail.html", view=view, case=view.case)


async def _case_form(
    request: Request,
    db: DB,
    staff: Principal,
    case_id: int,
    form_name: str,
    *,
    status_code: int = 200,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    view = await service.case_view(db, staff, case_id)
    return _page(
        request,
        staff,
        "case_form.html",
        status_code=status_code,
        view=view,
        case=view.case,
        form_name=form_name,
        values=values or {},
        errors=errors or {},
    )


@router.get("/{case_id}/items")
async def item_form(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    return await _case_form(request, db, staff, case_id, "item")


async def _case_post(
    request: Request,
    case_id: int,
    form_name: str,
    form_type: type[FormT],
    act: Callable[[FormT], Awaitable[object]],
    *,
    db: AsyncSession,
    staff: Principal,
    refusals: tuple[type[DomainError], ...] = (),
    refusal_field: str = FORM_ERROR,
) -> Response:
    """One case form's POST: validate, act, and on a refusal show the form again with the answers kept."""
    values = await _fields(request)
    try:
        await act(form_type.model_validate(values))
    except ValidationError as exc:
        return await _case_form(
            request, db, staff, case_id, form_name, status_code=422, values=values, errors=form_errors(exc)
        )
    except refusals as exc:
        return await _case_form(
            request,
            db,
            staff,
            case_id,
            form_name,
            status_code=exc.status_code,
            values=values,
            errors={refusal_field: _message(exc)},
        )
    return _see(f"/staff/removal/{case_id}", form_name)


@router.post("/{case_id}/items")
async def add_item(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    async def act(form: ItemForm) -> None:
        await service.add_item(db, staff, case_id, form)

    return await _case_post(
        request, case_id, "item", ItemForm, act, db=db, staff=staff, refusals=(service.CaseNotOpen,)
    )


@router.get("/{case_id}/notes")
async def note_form(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    return await _case_form(request, db, staff, case_id, "note")


@router.post("/{case_id}/notes")
async def add_note(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    async def act(form: NoteForm) -> None:
        await service.add_note(db, staff, case_id, form.note, item_id=form.item_id)

    return await _case_post(request, case_id, "note", NoteForm, act, db=db, staff=staff)


@router.get("/{case_id}/assign")
async def assign_form(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    return await _case_form(request, db, staff, case_id, "assign")


@router.post("/{case_id}/assign")
async def assign(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    async def act(form: AssignForm) -> None:
        await service.assign(db, staff, case_id, form.officer_id)

    return await _case_post(
        request,
        case_id,
        "assign",
        AssignForm,
        act,
        db=db,
        staff=staff,
        refusals=(service.CaseNotOpen, service.NotAnOfficer),
        refusal_field="officer_id",
    )


@router.get("/{case_id}/close")
async def close_form(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    return await _case_form(request, db, staff, case_id, "close")


@router.post("/{case_id}/close")
async def close_case(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    async def act(form: CloseForm) -> None:
        await service.close_case(db, staff, case_id, form.note)

    return await _case_post(
        request, case_id, "close", CloseForm, act, db=db, staff=staff, refusals=(service.CaseNotOpen,)
    )


@router.get("/{case_id}/sharing")
async def sharing_form(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    return await _case_form(request, db, staff, case_id, "sharing")


@router.post("/{case_id}/sharing")
async def stop_sharing(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    """Record that the young person withdrew their consent to sharing: the case's hashes become tombstones."""
    values = await _fields(request)
    if values.get("confirm") != "yes":
        return await _case_form(
            request,
            db,
            staff,
            case_id,
            "sharing",
            status_code=422,
            values=values,
            errors={"confirm": _("Tick the box to confirm that the young person asked for this.")},
        )
    await sharing.record_share_revocation(db, staff, case_id)
    return _see(f"/staff/removal/{case_id}", "sharing")


def _refusal_message(reason: str) -> str:
    if reason == "consent":
        return _(
            "The young person did not consent to passing this case to the support center, so no hand-off package "
            "can be made."
        )
    return _("This case was withdrawn, so no hand-off package can be made.")


@router.get("/{case_id}/handoff")
async def handoff_page(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    view = await service.case_view(db, staff, case_id)
    refusal = service.handoff_refusal(view.case)
    return _page(
        request,
        staff,
        "handoff.html",
        view=view,
        case=view.case,
        refusal=_refusal_message(refusal) if refusal else None,
    )


@router.post("/{case_id}/handoff")
async def handoff_download(request: Request, db: DB, staff: CurrentStaff, case_id: int) -> Response:
    case = await service.read_case(db, staff, case_id, view="handoff")
    refusal = service.handoff_refusal(case)
    if refusal is not None:
        await service.record_refused_handoff(db, staff, case, refusal)
        view = await service.case_view(db, staff, case_id)
        return _page(
            request,
            staff,
            "handoff.html",
            status_code=409,
            view=view,
            case=view.case,
            refusal=_refusal_message(refusal),
        )
    package = await service.handoff(db, staff, case_id)
    return Response(
        package.data,
        media_type="application/zip",
        headers={
            "content-disposition": f'attachment; filename="{package.filename}"',
            "x-content-sha256": package.sha256,
        },
    )


# -- one item --------------------------------------------------------------------------------------------


async def _item_page(
    request: Request,
    db: DB,
    staff: Principal,
    item_id: int,
    template: str = "item.html",
    *,
    status_code: int = 200,
    view_name: str = "item",
    **context: Any,
) -> Response:
    view = await service.item_view(db, staff, item_id, view=view_name)
    return _page(
        request,
        staff,
        template,
        status_code=status_code,
        view=view,
        case=view.case,
        item=view.item,
        **context,
    )


@router.get("/items/{item_id}")
async def item_detail(request: Request, db: DB, staff: CurrentStaff, item_id: int) -> Response:
    return await _item_page(request, db, staff, item_id)


@router.get("/items/{item_id}/transition")
async def transition_form(request: Request, db: DB, staff: CurrentStaff, item_id: int) -> Response:
    return await _item_page(request, db, staff, item_id, "item_form.html", form_name="transition")


@router.post("/items/{item_id}/transition")
async def transition(request: Request, db: DB, staff: CurrentStaff, item_id: int) -> Response:
    values = await _fields(request)
    try:
        form = TransitionForm.model_validate(values)
        await service.transition(
            db, staff, item_id, form.to_state, note=form.note, request_reference=form.request_reference
        )
    except ValidationError as exc:
        return await _item_page(
            request,
            db,
            staff,
            item_id,
            "item_form.html",
            status_code=422,
            form_name="transition",
            values=values,
            errors=form_errors(exc),
        )
    except (IllegalTransition, service.CaseNotOpen) as exc:
        return await _item_page(
            request,
            db,
            staff,
            item_id,
            "item_form.html",
            status_code=409,
            form_name="transition",
            values=values,
            errors={"to_state": _message(exc)},
        )
    return _see(f"/staff/removal/items/{item_id}", "transition")


@router.get("/items/{item_id}/evidence")
async def evidence_form(request: Request, db: DB, staff: CurrentStaff, item_id: int) -> Response:
    return await _item_page(request, db, staff, item_id, "item_form.html", form_name="evidence")


@router.post("/items/{item_id}/evidence")
async def capture_evidence(request: Request, db: DB, staff: CurrentStaff, item_id: int) -> Response:
    values = await _fields(request)
    file = (await request.form()).get("file")
    upload = (
        service.Upload(file, file.content_type) if isinstance(file, UploadFile) and file.filename else None
    )
    try:
        form = EvidenceForm.model_validate(values, context={"has_file": upload is not None})
        await service.capture_evidence(db, staff, item_id, form, upload)
    except ValidationError as exc:
        errors = form_errors(exc)
    except (service.UploadTooLarge, service.EmptyUpload) as exc:
        errors = {"file": _message(exc)}
    except service.CaseNotOpen as exc:
        errors = {FORM_ERROR: _message(exc)}
    else:
        return _see(f"/staff/removal/items/{item_id}", "evidence")
    return await _item_page(
        request,
        db,
        staff,
        item_id,
        "item_form.html",
        status_code=409 if FORM_ERROR in errors else 422,
        form_name="evidence",
        values=values,
        errors=errors,
    )


async def _letter_page(
    request: Request,
    db: DB,
    staff: Principal,
    item_id: int,
    *,
    kind: str,
    lang: str,
    status_code: int = 200,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    view, letter = await service.letter_view(db, staff, item_id, kind, lang)
    return _page(
        request,
        staff,
        "letter.html",
        status_code=status_code,
        view=view,
        case=view.case,
        item=view.item,
        letter=letter,
        kinds=list(LetterKind),
        langs=list(Lang),
        can_send=service.can_send(view, letter.kind),
        target_state=LETTER_TARGET[letter.kind],
        office_contact=bool(refdata.removal().office.email or refdata.removal().office.phone),
        values=values or {},
        errors=errors or {},
    )


@router.get("/items/{item_id}/letter")
async def letter_page(
    request: Request,
    db: DB,
    staff: CurrentStaff,
    item_id: int,
    *,
    kind: Annotated[str, Query(max_length=16)] = "",
    lang: Annotated[str, Query(max_length=4)] = "",
) -> Response:
    return await _letter_page(request, db, staff, item_id, kind=kind, lang=lang)


@router.get("/items/{item_id}/letter.txt")
async def letter_text(
    db: DB,
    staff: CurrentStaff,
    item_id: int,
    *,
    kind: Annotated[str, Query(max_length=16)] = "",
    lang: Annotated[str, Query(max_length=4)] = "",
) -> Response:
    letter = await service.letter_text(db, staff, item_id, kind, lang)
    return Response(
        letter.text.encode("utf-8"),
        media_type="text/plain; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{letter.filename}"'},
    )


@router.post("/items/{item_id}/letter")
async def send_letter(request: Request, db: DB, staff: CurrentStaff, item_id: int) -> Response:
    values = await _fields(request)
    try:
        form = LetterForm.model_validate(values)
        await service.send_letter(db, staff, item_id, form)
    except ValidationError as exc:
        errors, status_code = form_errors(exc), 422
    except (IllegalTransition, service.CaseNotOpen) as exc:
        errors, status_code = {FORM_ERROR: _message(exc)}, 409
    else:
        return _see(f"/staff/removal/items/{item_id}", "letter")
    return await _letter_page(
        request,
        db,
        staff,
        item_id,
        kind=values.get("kind", ""),
        lang=values.get("lang", ""),
        status_code=status_code,
        values=values,
        errors=errors,
    )
