"""Youth: the report form (/tell), withdrawal. Staff: the report list, a report, its screenshots, its status.

The form works without JavaScript: the page carries a fresh idempotency key, so a double submit or a browser
retry gives the same answer (and the same case code and PIN) instead of a second report. With JavaScript, the
offline queue (``static/js/tell-offline.mjs`` with ``offline-queue.mjs``) keeps the same multipart body with its
key on the device and sends it when the phone is back online, asking for JSON (``Accept: application/json``) and
carrying the CSRF token it fetched from ``/tell/token`` right before sending.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from ondam.access import Perm, access_report_by_id, access_report_evidence_by_id, check_permission
from ondam.auth.deps import CurrentStaff
from ondam.kit.csrf import csrf_protect, request_token
from ondam.kit.deps import DB
from ondam.kit.i18n import gettext_ as _
from ondam.kit.idempotency import IdempotencyStore, parse_uuid4, request_digest
from ondam.kit.templates import render
from ondam.models import YouthContact, YouthReport
from ondam.models.idempotency import IdempotentResponse
from ondam.removal.refdata import platforms
from ondam.reports import repository, service
from ondam.reports.schemas import ANSWERS, KINDS, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, STATUSES, ReportIn
from ondam.youth import service as youth
from ondam.youth.deps import CurrentYouth, OptionalYouth, start_session
from ondam.youth.endpoints import MY_PAGE_SECTIONS

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

MAX_FORM_BYTES = MAX_EVIDENCE_FILES * MAX_EVIDENCE_BYTES + 200_000


def _store(request: Request) -> IdempotencyStore:
    secret = request.app.state.settings.secret_key.get_secret_value()
    return IdempotencyStore(IdempotentResponse.__table__, secret=secret, scope="youth.report")  # type: ignore[arg-type]


def _form_context(
    values: dict[str, Any] | None = None, errors: dict[str, str] | None = None
) -> dict[str, Any]:
    return {
        "kinds": KINDS,
        "answers": ANSWERS,
        "platforms": platforms(),
        "values": values or {},
        "errors": errors or {},
        "idempotency_key": (values or {}).get("idempotency_key") or str(uuid.uuid4()),
        "max_files": MAX_EVIDENCE_FILES,
        "max_mb": MAX_EVIDENCE_BYTES // (1024 * 1024),
    }


@router.get("/tell")
async def report_form(request: Request) -> Response:
    return render(request, "youth/tell.html", _form_context())


@router.get("/tell/token")
async def report_token(request: Request) -> Response:
    """The CSRF token for this browser, fetched right before a (possibly queued) report is sent."""
    return JSONResponse({"token": request_token(request)}, headers={"cache-control": "no-store"})


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


@router.post("/tell")
async def report_submit(request: Request, db: DB, youth_contact: OptionalYouth) -> Response:
    if int(request.headers.get("content-length") or 0) > MAX_FORM_BYTES:
        return _form_error(
            request,
            {},
            {"evidence": _("The screenshots are too large together. Send fewer or smaller ones.")},
            413,
        )
    form = await request.form(max_files=MAX_EVIDENCE_FILES + 1, max_fields=60)
    values: dict[str, Any] = {key: form.get(key) for key in form if key != "evidence"}
    values["urls"] = "\n".join(str(v) for v in form.getlist("urls"))
    key = parse_uuid4(form.get("idempotency_key"))
    if key is None:
        return _form_error(
            request, values, {"form": _("This form expired. Reload the page and try again.")}, 400
        )
    uploads = [
        service.Upload(item.filename or "", await item.read(MAX_EVIDENCE_BYTES + 1))
        for item in form.getlist("evidence")
        if isinstance(item, UploadFile) and item.filename
    ]
    try:
        data = ReportIn.model_validate(
            {
                "kind": values.get("kind"),
                "platform": values.get("platform") or None,
                "platform_other": values.get("platform_other") or None,
                "offender_accounts": values.get("offender_accounts") or None,
                "urls": [u for u in str(values.get("urls") or "").splitlines() if u.strip()],
                "happened": values.get("happened") or None,
                "images_exist": values.get("images_exist") or "unsure",
                "images_shared": values.get("images_shared") or "unsure",
                "danger_now": values.get("danger_now") == "yes",
                "description": values.get("description") or None,
            }
        )
    except ValidationError as exc:
        return _form_error(request, values, _field_errors(exc), 422)
    try:
        checked = service.check_uploads(uploads)
    except service.EvidenceRejected as exc:
        messages = {
            "count": _("Choose at most %(n)d screenshots.") % {"n": MAX_EVIDENCE_FILES},
            "size": _("Each screenshot must be under %(mb)d MB.")
            % {"mb": MAX_EVIDENCE_BYTES // (1024 * 1024)},
            "type": _("Screenshots must be JPEG, PNG, WebP or GIF images."),
        }
        return _form_error(request, values, {"evidence": messages[str(exc.detail["reason"])]}, 422)
    store = _store(request)
    fingerprint = request_digest(
        {"data": data.model_dump(mode="json"), "files": [u.data.hex()[:64] for u in uploads]}
    )
    earlier = await store.claim(db, key, fingerprint)
    if earlier is None:
        body = await _create(request, db, youth_contact, data, checked)
        await store.finish(db, key, 200, body)
    else:
        body = earlier.body
    response: Response
    if _wants_json(request):
        response = JSONResponse(
            {k: body.get(k) for k in ("reference", "danger_now", "credentials")},
            headers={"cache-control": "no-store"},
        )
    else:
        response = render(
            request, "youth/tell_done.html", {"done": body, "credentials": body.get("credentials")}
        )
    start_session(request, response, int(body["contact_id"]))
    return response


async def _create(
    request: Request,
    db: AsyncSession,
    contact: YouthContact | None,
    data: ReportIn,
    checked: list[tuple[service.Upload, str]],
) -> dict[str, Any]:
    credentials = None
    if contact is None:
        new = await youth.create_contact(db, request.app.state.settings, locale=request.state.locale)
        contact = new.contact
        credentials = {"code": youth.format_code(new.code), "pin": new.pin}
    report = await service.create_report(db, contact, data, checked)
    return {
        "reference": report.reference,
        "danger_now": data.danger_now,
        "contact_id": contact.id,
        "credentials": credentials,
    }


def _form_error(request: Request, values: dict[str, Any], errors: dict[str, str], status: int) -> Response:
    if _wants_json(request):
        return JSONResponse(
            {
                "error": "invalid",
                "message": _("Some answers need a look. They are marked below; nothing you wrote was lost."),
                "fields": errors,
            },
            status_code=status,
            headers={"cache-control": "no-store"},
        )
    return render(request, "youth/tell.html", _form_context(values, errors), status_code=status)


def _field_errors(exc: ValidationError) -> dict[str, str]:
    messages = {
        "kind": _("Choose what happened."),
        "urls": _("Each link must start with http:// or https://."),
        "happened": _("Give a date that is not in the future, or leave it empty."),
        "description": _("The description is too long (at most 10,000 characters)."),
        "offender_accounts": _("The account names are too long (at most 2,000 characters)."),
        "platform_other": _("The platform name is too long."),
    }
    errors: dict[str, str] = {}
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else "form"
        errors.setdefault(field, messages.get(field, _("Check this answer.")))
    return errors


@router.post("/me/reports/{report_id}/withdraw")
async def withdraw_report(
    report_id: int, db: DB, contact: CurrentYouth, confirm: Annotated[str, Form()] = ""
) -> Response:
    if confirm != "yes":
        return RedirectResponse("/me?confirm=report", status_code=303)
    await service.withdraw(db, contact, report_id)
    return RedirectResponse("/me?withdrawn=report", status_code=303)


async def _my_reports(db: AsyncSession, contact: YouthContact) -> dict[str, Any] | None:
    reports = await repository.reports_of(db, contact.id)
    if not reports:
        return None
    return {"template": "youth/_my_reports.html", "reports": reports, "kinds": KINDS, "statuses": STATUSES}


MY_PAGE_SECTIONS.append(_my_reports)
youth.ON_DELETION.append(service.erase_for_contact)


# Staff -------------------------------------------------------------------------------------------------------


@router.get("/staff/reports")
async def staff_report_list(request: Request, db: DB, principal: CurrentStaff, status: str = "") -> Response:
    check_permission(principal, Perm.REPORTS)
    reports = await repository.report_list(db, status if status in STATUSES else None)
    counts = await repository.evidence_counts(db, [r.id for r in reports])
    return render(
        request,
        "staff/reports/list.html",
        {"reports": reports, "counts": counts, "kinds": KINDS, "statuses": STATUSES, "status": status},
    )


@router.get("/staff/reports/{report_id}")
async def staff_report(request: Request, report_id: int, db: DB, principal: CurrentStaff) -> Response:
    report = await access_report_by_id(db, principal, report_id)
    evidence = await service.read_report(db, principal, report)
    return render(
        request,
        "staff/reports/detail.html",
        {"report": report, "evidence": evidence, "kinds": KINDS, "answers": ANSWERS, "statuses": STATUSES},
    )


@router.post("/staff/reports/{report_id}/status")
async def staff_report_status(
    report_id: int,
    db: DB,
    principal: CurrentStaff,
    status: Annotated[str, Form(max_length=16)] = "",
    note: Annotated[str, Form(max_length=2_000)] = "",
) -> Response:
    report: YouthReport = await access_report_by_id(db, principal, report_id)
    await service.set_status(db, principal, report, status, note)
    return RedirectResponse(f"/staff/reports/{report.id}", status_code=303)


@router.get("/staff/reports/evidence/{evidence_id}")
async def staff_report_evidence(evidence_id: int, db: DB, principal: CurrentStaff) -> Response:
    evidence = await access_report_evidence_by_id(db, principal, evidence_id)
    data = await service.open_evidence(db, principal, evidence)
    return Response(
        data,
        media_type=evidence.content_type,
        headers={
            "cache-control": "no-store",
            "content-disposition": "inline",
            "x-content-type-options": "nosniff",
            "content-security-policy": "default-src 'none'; img-src 'self'; sandbox",
        },
    )
