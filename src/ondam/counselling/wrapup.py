"""Wrapping up a conversation: the structured summary (statistics dimensions), and the one-step follow-ups started
from it: a case for a regional support center with the young person's consent recorded, a report filed on their
behalf, a removal request for the removal officers, a mandatory report to the police.

Who may: :func:`ondam.access.may_wrap_up_conversation` (the counsellor on the conversation or a supervisor who
joined it; after the end, the counsellor it was assigned to). Every change writes an audit row whose details carry
codes and ids only, never the summary or a note. Nothing here commits (the request's unit of work does).

Double submits: a case, a report and a removal request exist at most once per conversation (a unique
``conversation_id`` column on each; a second submit returns the first), a mandatory report at most once per form
(``form_token``, unique with the conversation). Ending with a summary reuses ``service.end_by_staff``.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import (
    Perm,
    Principal,
    access_conversation,
    check_permission,
    may_wrap_up_conversation,
)
from ondam.audit import service as audit
from ondam.cases import service as cases_service
from ondam.cases.schemas import CONSENT_BASES, CONSENT_METHODS
from ondam.centers import service as centers
from ondam.centers.schemas import CenterOut
from ondam.counselling import service
from ondam.counselling import statistics as stats
from ondam.kit.clock import KST, utcnow
from ondam.kit.errors import DomainError, Forbidden
from ondam.kit.i18n import N_
from ondam.kit.pubsub import PubSub
from ondam.models import Case, Conversation, MandatoryReport, RemovalCase, StaffAlert, YouthReport
from ondam.removal import refdata as removal_refdata
from ondam.removal import service as removal_service
from ondam.reports import service as reports_service
from ondam.reports.schemas import KINDS as REPORT_KINDS

MAX_SUMMARY_CHARS = 10_000
MAX_NOTE_CHARS = 4_000

# Consent for a center case (domain-korea.md, PIPA): cases.schemas.CONSENT_BASES / CONSENT_METHODS.
# Youth age bands (youth app) that can include a child under 14: only these allow the statutory basis.
UNDER_14_BANDS = frozenset({"under_12", "12_14"})
# Youth app age band -> case age band (cases.schemas.AgeBand), where one lies wholly inside the other.
CASE_AGE_BAND = {"under_12": "under_13", "17_18": "16_18"}


class WrapupInvalid(DomainError):
    """A form with answers that need a look; ``errors`` maps field -> message id (English, translated later)."""

    status_code = 422
    code = "wrapup_invalid"

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("some answers need a look")
        self.errors = errors


# -- access ------------------------------------------------------------------------------------------------


async def conversation_for_wrapup(
    db: AsyncSession, principal: Principal, conversation_id: int
) -> Conversation:
    """The conversation, if the principal may wrap it up: NotFound if they may not see it, Forbidden if they
    see it but may not act on it (a silent observer, a counsellor looking at a waiting one)."""
    check_permission(principal, Perm.COUNSEL)
    conversation = await access_conversation(db, principal, conversation_id)
    if not await may_wrap_up_conversation(db, principal, conversation):
        raise Forbidden("only the counsellor on this conversation or a joined supervisor can do this")
    return conversation


async def _audit(
    db: AsyncSession, principal: Principal, action: str, conversation: Conversation, **details: Any
) -> None:
    await audit.record(
        db,
        principal.actor,
        action,
        object_type="conversation",
        object_id=conversation.id,
        subject=f"youth_contact:{conversation.youth_contact_id}",
        details=details or None,
    )


async def _audit_started(
    db: AsyncSession,
    principal: Principal,
    action: str,
    conversation: Conversation,
    started: tuple[str, int],
    *,
    subject: str | None = None,
    center_code: str | None = None,
    **details: Any,
) -> None:
    """A follow-up started from the conversation, audited on the new record (``started``: type and id); its
    details name the conversation. The subject is the young person unless given."""
    object_type, object_id = started
    await audit.record(
        db,
        principal.actor,
        action,
        object_type=object_type,
        object_id=object_id,
        subject=subject or f"youth_contact:{conversation.youth_contact_id}",
        center_code=center_code,
        details={"conversation_id": conversation.id, **details},
    )


# -- the structured summary -----------------------------------------------------------------------------------


@dataclass
class SummaryForm:
    issue_types: list[str] = field(default_factory=list)
    contact_channel: str = ""
    offender_relationship: str = ""
    online_to_offline: str = ""
    services: list[str] = field(default_factory=list)
    follow_up: str = ""
    summary: str = ""

    @classmethod
    def of(cls, conversation: Conversation) -> SummaryForm:
        return cls(
            issue_types=list(json.loads(conversation.issue_types or "[]")),
            contact_channel=conversation.contact_channel or "",
            offender_relationship=conversation.offender_relationship or "",
            online_to_offline=conversation.online_to_offline or "",
            services=list(json.loads(conversation.services or "[]")),
            follow_up=("yes" if conversation.follow_up else "no") if conversation.summary_at else "",
            summary=conversation.summary or "",
        )


def check_summary(form: SummaryForm) -> dict[str, str]:
    """Field -> message for every answer that needs a look (empty when the form can be saved)."""
    errors: dict[str, str] = {}
    if not form.issue_types:
        errors["issue_types"] = N_("Choose at least one issue type.")
    elif not all(stats.known(stats.ISSUE_TYPE, c) for c in form.issue_types):
        errors["issue_types"] = N_("Choose issue types from the list.")
    if not form.contact_channel:
        errors["contact_channel"] = N_("Choose the first-contact channel.")
    elif not stats.known(stats.CONTACT_CHANNEL, form.contact_channel):
        errors["contact_channel"] = N_("Choose a first-contact channel from the list.")
    if form.offender_relationship and not stats.known(
        stats.OFFENDER_RELATIONSHIP, form.offender_relationship
    ):
        errors["offender_relationship"] = N_("Choose a relationship from the list.")
    if form.online_to_offline and not stats.known(stats.ONLINE_TO_OFFLINE, form.online_to_offline):
        errors["online_to_offline"] = N_("Choose an answer from the list.")
    if not form.services:
        errors["services"] = N_("Choose at least one service offered.")
    elif not all(stats.known(stats.SERVICE, c) for c in form.services):
        errors["services"] = N_("Choose services from the list.")
    if form.follow_up not in ("yes", "no"):
        errors["follow_up"] = N_("Say whether follow-up is needed.")
    text = form.summary.strip()
    if not text:
        errors["summary"] = N_("Write a short summary of the conversation.")
    elif len(text) > MAX_SUMMARY_CHARS:
        errors["summary"] = N_("The summary is limited to 10,000 characters.")
    return errors


async def save_summary(
    db: AsyncSession, pubsub: PubSub, principal: Principal, conversation_id: int, form: SummaryForm
) -> Conversation:
    """End an open conversation with its summary, or write/correct the summary of an ended one."""
    conversation = await conversation_for_wrapup(db, principal, conversation_id)
    _raise_if_invalid(check_summary(form))
    ending = conversation.status in service.OPEN_STATUSES
    corrected = conversation.summary_at is not None
    if ending:
        await service.end_by_staff(db, pubsub, principal, conversation.id)
    conversation.issue_types = json.dumps(sorted(set(form.issue_types)))
    conversation.contact_channel = form.contact_channel
    conversation.offender_relationship = form.offender_relationship or None
    conversation.online_to_offline = form.online_to_offline or None
    conversation.services = json.dumps(sorted(set(form.services)))
    conversation.follow_up = form.follow_up == "yes"
    conversation.summary = form.summary.strip()
    conversation.summary_by = principal.user_id
    conversation.summary_at = utcnow()
    await db.flush()
    await _audit(
        db,
        principal,
        "counselling.summary_saved",
        conversation,
        ended_now=ending,
        corrected=corrected,
        issue_types=json.loads(conversation.issue_types),
        contact_channel=conversation.contact_channel,
        services=json.loads(conversation.services),
        follow_up=conversation.follow_up,
    )
    return conversation


# -- follow-ups ---------------------------------------------------------------------------------------------


def parse_kst(value: str) -> datetime | None:
    """A ``datetime-local`` value entered in Korean time (``2026-11-26T10:30``) as an aware UTC datetime."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=KST)
    return parsed.astimezone(UTC)


T = TypeVar("T", Case, YouthReport, RemovalCase)
R = TypeVar("R", Case, YouthReport, RemovalCase, MandatoryReport)


async def _linked(db: AsyncSession, model: type[T], conversation_id: int) -> T | None:
    found: T | None = await db.scalar(select(model).where(model.conversation_id == conversation_id))
    return found


async def _insert_once(
    db: AsyncSession, row: R, earlier: Callable[[], Awaitable[R | None]]
) -> tuple[R, bool]:
    """Insert ``row`` inside a savepoint; when a unique key says it exists already (a concurrent double submit
    lost the race), ``earlier()`` finds the first. Returns the row and whether it is new."""
    try:
        async with db.begin_nested():
            db.add(row)
            await db.flush()
    except IntegrityError:
        first = await earlier()
        if first is None:
            raise
        return first, False
    return row, True


async def _add_once(db: AsyncSession, row: T, model: type[T], conversation_id: int) -> tuple[T, bool]:
    """Insert ``row`` unless the conversation has one already (unique ``conversation_id``)."""
    return await _insert_once(db, row, lambda: _linked(db, model, conversation_id))


async def _not_started(
    db: AsyncSession, principal: Principal, conversation_id: int, model: type[T]
) -> tuple[Conversation, T | None]:
    """The conversation, if the principal may wrap it up, and the follow-up of this kind it already has."""
    conversation = await conversation_for_wrapup(db, principal, conversation_id)
    return conversation, await _linked(db, model, conversation.id)


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise WrapupInvalid(errors)


@dataclass
class CaseForm:
    center_code: str = ""
    consent_basis: str = ""
    consent_method: str = ""
    consent_at: str = ""
    summary: str = ""


def check_case(form: CaseForm, regional_codes: set[str], age_band: str | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.center_code not in regional_codes:
        errors["center_code"] = N_("Choose the support center.")
    if form.consent_basis not in CONSENT_BASES:
        errors["consent_basis"] = N_("Say on what basis the case is opened.")
    elif form.consent_basis == "statutory" and age_band not in UNDER_14_BANDS:
        errors["consent_basis"] = N_(
            "Without consent a case can be opened only for a child under 14; ask the young person."
        )
    elif form.consent_basis != "statutory" and form.consent_method not in CONSENT_METHODS:
        errors["consent_method"] = N_("Say how consent was given.")
    if form.consent_at.strip():
        when = parse_kst(form.consent_at)
        if when is None:
            errors["consent_at"] = N_("Enter the date and time of consent.")
        elif when > utcnow():
            errors["consent_at"] = N_("The time of consent cannot be in the future.")
    text = form.summary.strip()
    if not text:
        errors["case_summary"] = N_("Write what the center needs to know.")
    elif len(text) > MAX_SUMMARY_CHARS:
        errors["case_summary"] = N_("The summary is limited to 10,000 characters.")
    return errors


async def regional_centers(db: AsyncSession) -> list[CenterOut]:
    return [c for c in await centers.centers(db) if c.kind == "regional"]


def default_center(regionals: list[CenterOut], region_code: str | None) -> str | None:
    """The regional center of the young person's region, from the reference data in force today."""
    return next((c.code for c in regionals if region_code and c.region_code == region_code), None)


async def open_case(db: AsyncSession, principal: Principal, conversation_id: int, form: CaseForm) -> Case:
    """A case for a regional support center, carrying age band, region and the summary, with consent recorded."""
    conversation, existing = await _not_started(db, principal, conversation_id, Case)
    if existing is not None:
        return existing
    regionals = await regional_centers(db)
    _raise_if_invalid(check_case(form, {c.code for c in regionals}, conversation.age_band))
    now = utcnow()
    statutory = form.consent_basis == "statutory"
    case, new = await _add_once(
        db,
        Case(
            reference=await cases_service.new_reference(db),
            center_code=form.center_code,
            status="open",
            age_band=CASE_AGE_BAND.get(conversation.age_band or "", "unknown"),
            region_code=conversation.region_code,
            summary=form.summary.strip(),
            opened_at=now,
            updated_at=now,
            created_by=principal.user_id,
            conversation_id=conversation.id,
            consent_basis=form.consent_basis,
            consent_method=None if statutory else form.consent_method,
            consent_at=None
            if statutory
            else (parse_kst(form.consent_at) if form.consent_at.strip() else now),
        ),
        Case,
        conversation.id,
    )
    if new:
        await _audit_started(
            db,
            principal,
            "case.opened_from_chat",
            conversation,
            ("case", case.id),
            center_code=case.center_code,
            consent_basis=case.consent_basis,
            consent_method=case.consent_method,
        )
    return case


@dataclass
class ReportForm:
    kind: str = ""
    description: str = ""


def check_report(form: ReportForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.kind not in REPORT_KINDS:
        errors["kind"] = N_("Choose what happened.")
    if len(form.description.strip()) > MAX_SUMMARY_CHARS:
        errors["report_description"] = N_("The description is limited to 10,000 characters.")
    return errors


async def file_report(
    db: AsyncSession, principal: Principal, conversation_id: int, form: ReportForm
) -> YouthReport:
    """A report in the young person's name (their case code sees it on my page), linked to the conversation."""
    conversation, existing = await _not_started(db, principal, conversation_id, YouthReport)
    if existing is not None:
        return existing
    _raise_if_invalid(check_report(form))
    now = utcnow()
    report, new = await _add_once(
        db,
        YouthReport(
            reference=reports_service.new_reference(),
            youth_contact_id=conversation.youth_contact_id,
            kind=form.kind,
            images_exist="unsure",
            images_shared="unsure",
            danger_now=conversation.danger_now,
            description=form.description.strip() or None,
            status="received",
            created_at=now,
            updated_at=now,
            conversation_id=conversation.id,
        ),
        YouthReport,
        conversation.id,
    )
    if new:
        db.add(reports_service.new_report_alert(report, now))
        await _audit_started(
            db,
            principal,
            "report.filed_from_chat",
            conversation,
            ("youth_report", report.id),
            kind=report.kind,
        )
    return report


@dataclass
class RemovalForm:
    consent_share_hashes: bool = False
    consent_forward_center: bool = False
    consent_text_version: str = ""
    description: str = ""


def consent_texts() -> dict[str, Any]:
    """The wordings a counsellor reads out (the officers' ones); the youth app's own wording is never offered."""
    return dict(removal_refdata.removal().consent_texts_for("staff"))


def check_removal(form: RemovalForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    consented = form.consent_share_hashes or form.consent_forward_center
    version = form.consent_text_version
    if (version and version not in consent_texts()) or (consented and not version):
        errors["consent_text_version"] = N_("Choose the consent wording that was read out.")
    if len(form.description.strip()) > MAX_NOTE_CHARS:
        errors["removal_description"] = N_("The description is limited to 4,000 characters.")
    return errors


async def start_removal(
    db: AsyncSession, principal: Principal, conversation_id: int, form: RemovalForm
) -> RemovalCase:
    """A removal case for the removal officers' list (``/staff/removal``), with the consent the young person
    gave; the officers add the addresses and hashes."""
    conversation, existing = await _not_started(db, principal, conversation_id, RemovalCase)
    if existing is not None:
        return existing
    _raise_if_invalid(check_removal(form))
    now = utcnow()
    consented = form.consent_share_hashes or form.consent_forward_center
    case, new = await _add_once(
        db,
        RemovalCase(
            reference=await removal_service.new_reference(db),
            youth_contact_id=conversation.youth_contact_id,
            status="open",
            source="staff",
            consent_share_hashes=form.consent_share_hashes,
            consent_forward_center=form.consent_forward_center,
            consent_text_version=form.consent_text_version if consented else None,
            consent_at=now if consented else None,
            description=form.description.strip() or None,
            created_at=now,
            updated_at=now,
            conversation_id=conversation.id,
        ),
        RemovalCase,
        conversation.id,
    )
    if new:
        db.add(
            StaffAlert(
                kind="removal.new_request",
                audience_role="removal_officer",
                subject_type="removal_case",
                subject_id=case.id,
                created_at=now,
            )
        )
        await _audit_started(
            db,
            principal,
            "removal.started_from_chat",
            conversation,
            ("removal_case", case.id),
            subject=f"removal_case:{case.id}",
            consent_share_hashes=case.consent_share_hashes,
            consent_forward_center=case.consent_forward_center,
            consent_text_version=case.consent_text_version,
        )
    return case


@dataclass
class PoliceForm:
    agency: str = ""
    reported_at: str = ""
    reference_number: str = ""
    note: str = ""
    form_token: str = ""


def check_police(form: PoliceForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not form.agency.strip():
        errors["agency"] = N_("Name the police office or agency the report went to.")
    elif len(form.agency.strip()) > 100:
        errors["agency"] = N_("The agency is limited to 100 characters.")
    when = parse_kst(form.reported_at) if form.reported_at.strip() else None
    if when is None:
        errors["reported_at"] = N_("Enter when the report was made.")
    elif when > utcnow():
        errors["reported_at"] = N_("The time of the report cannot be in the future.")
    if len(form.reference_number.strip()) > 100:
        errors["reference_number"] = N_("The reference number is limited to 100 characters.")
    if len(form.note.strip()) > MAX_NOTE_CHARS:
        errors["police_note"] = N_("The note is limited to 4,000 characters.")
    if not 8 <= len(form.form_token) <= 64:
        errors["form"] = N_("The form has expired. Reload the page and try again.")
    return errors


async def record_police_report(
    db: AsyncSession, principal: Principal, conversation_id: int, form: PoliceForm
) -> MandatoryReport:
    """A report to the police under the duty to report (Art. 34): agency, when, reference number, note."""
    conversation = await conversation_for_wrapup(db, principal, conversation_id)
    _raise_if_invalid(check_police(form))

    async def by_token() -> MandatoryReport | None:
        found: MandatoryReport | None = await db.scalar(
            select(MandatoryReport).where(
                MandatoryReport.conversation_id == conversation.id,
                MandatoryReport.form_token == form.form_token,
            )
        )
        return found

    existing = await by_token()
    if existing is not None:
        return existing
    reported_at = parse_kst(form.reported_at)
    assert reported_at is not None
    row = MandatoryReport(
        conversation_id=conversation.id,
        staff_id=principal.user_id,
        agency=form.agency.strip(),
        reported_at=reported_at,
        reference_number=form.reference_number.strip() or None,
        note=form.note.strip() or None,
        form_token=form.form_token,
        created_at=utcnow(),
    )
    row, new = await _insert_once(db, row, by_token)
    if not new:
        return row
    await _audit(
        db,
        principal,
        "counselling.mandatory_report",
        conversation,
        mandatory_report_id=row.id,
        has_reference=row.reference_number is not None,
    )
    return row


# -- what the panel shows -----------------------------------------------------------------------------------


@dataclass
class FollowUps:
    case: Case | None
    report: YouthReport | None
    removal: RemovalCase | None
    police: list[MandatoryReport]


async def follow_ups(db: AsyncSession, conversation: Conversation) -> FollowUps:
    police = (
        await db.scalars(
            select(MandatoryReport)
            .where(MandatoryReport.conversation_id == conversation.id)
            .order_by(MandatoryReport.reported_at, MandatoryReport.id)
        )
    ).all()
    return FollowUps(
        case=await _linked(db, Case, conversation.id),
        report=await _linked(db, YouthReport, conversation.id),
        removal=await _linked(db, RemovalCase, conversation.id),
        police=list(police),
    )


def new_form_token() -> str:
    return secrets.token_urlsafe(16)
