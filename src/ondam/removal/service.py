"""Removal work: cases and their items (URLs), state changes with deadlines, notes, evidence, request letters,
assignment, closing, the hand-off to the support center, and overdue alerts.

Every read of a case writes a ``removal.read`` audit row naming whose data was seen; every change writes a
:class:`~ondam.models.RemovalEvent` (the case history) and an audit row. Audit details never carry URLs,
notes or other personal content. Nothing here commits: the request's or job's unit of work does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from ondam import alerts
from ondam.access import (
    Perm,
    Principal,
    Role,
    access_removal_case_by_id,
    access_removal_item_by_id,
    access_staff_alert_by_id,
    check_permission,
    scope_removal_cases,
    scope_staff_alerts,
)
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.kit.clock import utcnow
from ondam.kit.errors import Conflict, DomainError, NotFound
from ondam.models import RemovalCase, RemovalEvent, RemovalEvidence, RemovalItem, StaffAlert, StaffUser
from ondam.removal import handoff as handoff_package
from ondam.removal import letters, refdata, repository, states
from ondam.removal.repository import CaseRow
from ondam.removal.schemas import (
    LETTER_TARGET,
    MAX_UPLOAD_BYTES,
    AlertKind,
    CaseStatus,
    ConsentRecord,
    EvidenceForm,
    ItemForm,
    Lang,
    LetterForm,
    LetterKind,
    NewCaseForm,
    clean_url,
)
from ondam.removal.states import CAPTURE_STATES, REQUEST_STATES, ItemState

PAGE_SIZE = 50
ALERT_LIMIT = 50
SUBJECT_CASE = "removal_case"
SUBJECT_ITEM = repository.ITEM_SUBJECT


class CaseNotOpen(Conflict):
    """Closed and withdrawn cases take no more changes."""

    code = "case_not_open"


class ConsentMissing(Conflict):
    code = "consent_missing"


class UploadTooLarge(DomainError):
    status_code = 413
    code = "upload_too_large"


class NotAnOfficer(DomainError):
    status_code = 422
    code = "not_an_officer"


# -- reads -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilters:
    status: CaseStatus | None = CaseStatus.OPEN
    state: ItemState | None = None
    overdue: bool = False
    mine: bool = False
    page: int = 1


@dataclass(frozen=True)
class AlertView:
    alert: StaffAlert
    case_id: int | None
    case_reference: str | None
    item_id: int | None


@dataclass
class CaseView:
    case: RemovalCase
    items: list[RemovalItem]
    evidence_counts: dict[int, int]
    events: list[RemovalEvent]
    names: dict[int, str]
    hashes: dict[str, int]
    officers: list[StaffUser]
    consent: ConsentRecord


@dataclass
class ItemView:
    case: RemovalCase
    item: RemovalItem
    evidence: list[RemovalEvidence]
    events: list[RemovalEvent]
    names: dict[int, str]
    next_states: list[ItemState] = field(default_factory=list)
    suggested_letter: LetterKind = LetterKind.PLATFORM


async def _audit_read(
    db: AsyncSession, staff: Principal, case: RemovalCase, view: str, **details: object
) -> None:
    await audit.record(
        db,
        staff.actor,
        "removal.read",
        object_type=SUBJECT_CASE,
        object_id=case.id,
        subject=f"{SUBJECT_CASE}:{case.id}",
        details={"view": view, **details},
    )


async def _audit_change(
    db: AsyncSession, staff: Principal, action: str, case: RemovalCase, **details: object
) -> None:
    await audit.record(
        db,
        staff.actor,
        action,
        object_type=SUBJECT_CASE,
        object_id=case.id,
        subject=f"{SUBJECT_CASE}:{case.id}",
        details=details,
    )


async def list_cases(db: AsyncSession, staff: Principal, filters: CaseFilters) -> tuple[list[CaseRow], int]:
    rows, total = await repository.case_page(
        db,
        scope_removal_cases(staff),
        now=utcnow(),
        status=filters.status.value if filters.status else None,
        state=filters.state.value if filters.state else None,
        overdue_only=filters.overdue,
        officer_id=staff.user_id if filters.mine else None,
        limit=PAGE_SIZE,
        offset=(filters.page - 1) * PAGE_SIZE,
    )
    await audit.record(
        db,
        staff.actor,
        "removal.list",
        object_type=SUBJECT_CASE,
        details={
            "count": len(rows),
            "page": filters.page,
            "status": filters.status.value if filters.status else None,
            "state": filters.state.value if filters.state else None,
            "overdue": filters.overdue,
            "mine": filters.mine,
        },
    )
    return rows, total


async def officer_names(db: AsyncSession, rows: list[CaseRow]) -> dict[int, str]:
    return await repository.staff_names(
        db, {r.case.assigned_officer_id for r in rows if r.case.assigned_officer_id}
    )


async def open_alerts(db: AsyncSession, staff: Principal) -> tuple[list[AlertView], int]:
    """Unacknowledged removal alerts addressed to this officer or to their role."""
    check_permission(staff, Perm.REMOVAL)
    kinds = tuple(kind.value for kind in AlertKind)
    alerts, total = await repository.open_alerts(db, scope_staff_alerts(staff), kinds, ALERT_LIMIT)
    items = await repository.item_references(
        db, {a.subject_id for a in alerts if a.subject_type == SUBJECT_ITEM}
    )
    cases = await repository.case_references(
        db, {a.subject_id for a in alerts if a.subject_type == SUBJECT_CASE}
    )
    views = []
    for alert in alerts:
        if alert.subject_type == SUBJECT_ITEM and alert.subject_id in items:
            case_id, reference = items[alert.subject_id]
            views.append(AlertView(alert, case_id, reference, alert.subject_id))
        elif alert.subject_type == SUBJECT_CASE and alert.subject_id in cases:
            views.append(AlertView(alert, alert.subject_id, cases[alert.subject_id], None))
        else:
            views.append(AlertView(alert, None, None, None))
    return views, total


async def read_case(db: AsyncSession, staff: Principal, case_id: int, *, view: str = "case") -> RemovalCase:
    case = await access_removal_case_by_id(db, staff, case_id)
    await _audit_read(db, staff, case, view)
    return case


async def case_view(db: AsyncSession, staff: Principal, case_id: int) -> CaseView:
    case = await read_case(db, staff, case_id)
    items = await repository.items_of_case(db, case.id)
    events = await repository.events(db, case.id)
    ids = {e.staff_id for e in events if e.staff_id} | ({case.assigned_officer_id} - {None})
    return CaseView(
        case=case,
        items=items,
        evidence_counts=await repository.evidence_counts(db, case.id),
        events=events,
        names=await repository.staff_names(db, {i for i in ids if i is not None}),
        hashes=await repository.hash_counts(db, case.id),
        officers=await repository.active_staff_with_role(db, Role.REMOVAL_OFFICER.value),
        consent=ConsentRecord.of(case),
    )


async def _item_and_case(db: AsyncSession, staff: Principal, item_id: int) -> tuple[RemovalCase, RemovalItem]:
    item = await access_removal_item_by_id(db, staff, item_id)
    case = await access_removal_case_by_id(db, staff, item.case_id)
    return case, item


async def read_item(
    db: AsyncSession, staff: Principal, item_id: int, *, view: str = "item"
) -> tuple[RemovalCase, RemovalItem]:
    case, item = await _item_and_case(db, staff, item_id)
    await _audit_read(db, staff, case, view, item_id=item.id)
    return case, item


async def item_view(db: AsyncSession, staff: Principal, item_id: int, *, view: str = "item") -> ItemView:
    case, item = await read_item(db, staff, item_id, view=view)
    evidence = await repository.evidence_of_items(db, [item.id])
    events = await repository.events(db, case.id, item_id=item.id)
    names = await repository.staff_names(db, {e.staff_id for e in events if e.staff_id})
    return ItemView(
        case=case,
        item=item,
        evidence=evidence,
        events=events,
        names=names,
        next_states=states.next_states(item.state),
        suggested_letter=letters.suggested_kind(item),
    )


# -- changes ---------------------------------------------------------------------------------------------


def _require_open(case: RemovalCase) -> None:
    if case.status != CaseStatus.OPEN:
        raise CaseNotOpen("this case is closed or withdrawn and takes no more changes")


async def new_reference(db: AsyncSession) -> str:
    year = utcnow().year
    return f"R-{year}-{await repository.next_reference_number(db, year):06d}"


def _new_item(
    case: RemovalCase, *, url: str, host: str, platform: str | None, accounts: str, source: str
) -> RemovalItem:
    now = utcnow()
    if platform is None and (guess := refdata.platform_for_host(host)) is not None:
        platform = guess.key
    return RemovalItem(
        case_id=case.id,
        url=url,
        host=host,
        platform=platform,
        account_names=accounts or None,
        state=ItemState.FOUND.value,
        source=source,
        due_at=states.due_at(ItemState.FOUND, now),
        created_at=now,
        updated_at=now,
    )


async def create_case(db: AsyncSession, staff: Principal, form: NewCaseForm) -> RemovalCase:
    """A case opened by an officer, with the consent the young person gave (and optionally its first URL)."""
    check_permission(staff, Perm.REMOVAL)
    now = utcnow()
    consented = form.consent_share_hashes or form.consent_forward_center
    case = RemovalCase(
        reference=await new_reference(db),
        status=CaseStatus.OPEN.value,
        source="staff",
        consent_share_hashes=form.consent_share_hashes,
        consent_forward_center=form.consent_forward_center,
        consent_text_version=(form.consent_text_version or None) if consented else None,
        consent_at=now if consented else None,
        description=form.description or None,
        assigned_officer_id=staff.user_id,
        created_at=now,
        updated_at=now,
    )
    await repository.add(db, case)
    await repository.add(db, RemovalEvent(case_id=case.id, kind="create", staff_id=staff.user_id, at=now))
    await _audit_change(
        db,
        staff,
        "removal.case.create",
        case,
        consent_share_hashes=form.consent_share_hashes,
        consent_forward_center=form.consent_forward_center,
        consent_text_version=case.consent_text_version,
    )
    if form.url:
        url, host = clean_url(form.url)
        await _add_item(
            db, staff, case, url=url, host=host, platform=form.platform_value(), accounts=form.account_names
        )
    return case


async def _add_item(
    db: AsyncSession,
    staff: Principal,
    case: RemovalCase,
    *,
    url: str,
    host: str,
    platform: str | None,
    accounts: str,
) -> RemovalItem:
    item = _new_item(case, url=url, host=host, platform=platform, accounts=accounts, source="officer")
    await repository.add(db, item)
    now = item.created_at
    await repository.add(
        db,
        RemovalEvent(
            case_id=case.id,
            item_id=item.id,
            kind="transition",
            from_state=None,
            to_state=item.state,
            staff_id=staff.user_id,
            at=now,
        ),
    )
    case.updated_at = now
    await _audit_change(db, staff, "removal.item.add", case, item_id=item.id, host=host)
    return item


async def add_item(db: AsyncSession, staff: Principal, case_id: int, form: ItemForm) -> RemovalItem:
    case = await access_removal_case_by_id(db, staff, case_id)
    _require_open(case)
    url, host = clean_url(form.url)
    return await _add_item(
        db, staff, case, url=url, host=host, platform=form.platform_value(), accounts=form.account_names
    )


async def _apply_transition(
    db: AsyncSession,
    staff: Principal,
    case: RemovalCase,
    item: RemovalItem,
    to_state: str,
    *,
    note: str | None,
    request_reference: str | None,
) -> RemovalEvent:
    _require_open(case)
    current, target = states.check_transition(item.state, to_state)
    now = utcnow()
    event = RemovalEvent(
        case_id=case.id,
        item_id=item.id,
        kind="transition",
        from_state=current.value,
        to_state=target.value,
        note=note or None,
        staff_id=staff.user_id,
        at=now,
    )
    await repository.add(db, event)
    item.state = target.value
    item.due_at = states.due_at(target, now)
    item.updated_at = now
    if target in REQUEST_STATES and request_reference:
        item.request_reference = request_reference
    case.updated_at = now
    await _audit_change(
        db,
        staff,
        "removal.transition",
        case,
        item_id=item.id,
        from_state=current.value,
        to_state=target.value,
    )
    return event


async def transition(
    db: AsyncSession,
    staff: Principal,
    item_id: int,
    to_state: str,
    *,
    note: str = "",
    request_reference: str = "",
) -> RemovalItem:
    case, item = await _item_and_case(db, staff, item_id)
    await _apply_transition(
        db, staff, case, item, to_state, note=note or None, request_reference=request_reference or None
    )
    return item


async def add_note(
    db: AsyncSession, staff: Principal, case_id: int, note: str, *, item_id: int | None = None
) -> RemovalEvent:
    case = await access_removal_case_by_id(db, staff, case_id)
    if item_id is not None:
        item = await access_removal_item_by_id(db, staff, item_id)
        if item.case_id != case.id:
            raise NotFound("removal item not found")
    now = utcnow()
    event = RemovalEvent(
        case_id=case.id, item_id=item_id, kind="note", note=note, staff_id=staff.user_id, at=now
    )
    await repository.add(db, event)
    case.updated_at = now
    await _audit_change(db, staff, "removal.note", case, item_id=item_id)
    return event


async def assign(db: AsyncSession, staff: Principal, case_id: int, officer_id: int | None) -> RemovalCase:
    case = await access_removal_case_by_id(db, staff, case_id)
    _require_open(case)
    name = None
    if officer_id is not None:
        officers = {o.id: o for o in await repository.active_staff_with_role(db, Role.REMOVAL_OFFICER.value)}
        if officer_id not in officers:
            raise NotAnOfficer("only an active removal officer can be assigned")
        name = officers[officer_id].display_name
    now = utcnow()
    previous = case.assigned_officer_id
    case.assigned_officer_id = officer_id
    case.updated_at = now
    await repository.add(
        db, RemovalEvent(case_id=case.id, kind="assign", note=name, staff_id=staff.user_id, at=now)
    )
    await _audit_change(
        db, staff, "removal.assign", case, officer_id=officer_id, previous_officer_id=previous
    )
    return case


class Readable(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


@dataclass(frozen=True)
class Upload:
    stream: Readable
    content_type: str | None


@dataclass(frozen=True)
class CapturedFile:
    sha256: str
    size: int
    content_type: str | None


class EmptyUpload(DomainError):
    status_code = 422
    code = "empty_upload"


async def hash_upload(upload: Upload, *, limit: int = MAX_UPLOAD_BYTES) -> CapturedFile:
    """SHA-256 and size of an uploaded capture, read in chunks; the bytes are not kept anywhere."""
    digest = hashlib.sha256()
    size = 0
    while chunk := await upload.stream.read(1 << 16):
        size += len(chunk)
        if size > limit:
            raise UploadTooLarge("the captured file is too large")
        digest.update(chunk)
    if size == 0:
        raise EmptyUpload("the uploaded file is empty")
    return CapturedFile(digest.hexdigest(), size, upload.content_type or None)


async def capture_evidence(
    db: AsyncSession,
    staff: Principal,
    item_id: int,
    form: EvidenceForm,
    upload: Upload | None = None,
) -> RemovalEvidence:
    """Record what was captured at the item's URL: typed in, or an uploaded file of which only the SHA-256, size
    and content type are kept. From ``found`` or ``re-appeared`` this moves the item to ``evidence captured``;
    in other states it is recorded without a state change (e.g. proof of removal)."""
    case, item = await _item_and_case(db, staff, item_id)
    _require_open(case)
    captured = await hash_upload(upload) if upload is not None else None
    now = utcnow()
    url = clean_url(form.url)[0] if form.url else item.url
    record = RemovalEvidence(
        item_id=item.id,
        url=url,
        captured_at=form.captured_at or now,
        http_status=form.http_status,
        content_type=(captured.content_type if captured and captured.content_type else form.content_type)
        or None,
        size=captured.size if captured else form.size,
        sha256=captured.sha256 if captured else form.sha256,
        captured_by="officer",
        staff_id=staff.user_id,
    )
    await repository.add(db, record)
    await repository.add(
        db, RemovalEvent(case_id=case.id, item_id=item.id, kind="evidence", staff_id=staff.user_id, at=now)
    )
    await _audit_change(
        db,
        staff,
        "removal.evidence",
        case,
        item_id=item.id,
        evidence_id=record.id,
        uploaded=captured is not None,
    )
    if item.state in CAPTURE_STATES:
        await _apply_transition(
            db, staff, case, item, ItemState.EVIDENCE_CAPTURED, note=None, request_reference=None
        )
    return record


def choose_letter(kind: str, lang: str, item: RemovalItem) -> tuple[LetterKind, Lang]:
    """The letter asked for, or the one suggested for the item; overseas letters default to English."""
    chosen = LetterKind(kind) if kind in LetterKind.__members__.values() else letters.suggested_kind(item)
    default_lang = Lang.EN if chosen == LetterKind.OVERSEAS else Lang.KO
    return chosen, Lang(lang) if lang in Lang.__members__.values() else default_lang


async def letter_view(
    db: AsyncSession, staff: Principal, item_id: int, kind: str, lang: str
) -> tuple[ItemView, letters.Letter]:
    view = await item_view(db, staff, item_id, view="letter")
    chosen_kind, chosen_lang = choose_letter(kind, lang, view.item)
    letter = letters.render_letter(
        view.case, view.item, chosen_kind, chosen_lang, officer_name=staff.display_name, now=utcnow()
    )
    return view, letter


async def letter_text(
    db: AsyncSession, staff: Principal, item_id: int, kind: str, lang: str
) -> letters.Letter:
    case, item = await read_item(db, staff, item_id, view="letter.txt")
    chosen_kind, chosen_lang = choose_letter(kind, lang, item)
    return letters.render_letter(
        case, item, chosen_kind, chosen_lang, officer_name=staff.display_name, now=utcnow()
    )


def can_send(view: ItemView, kind: LetterKind) -> bool:
    return view.case.status == CaseStatus.OPEN and states.is_allowed(view.item.state, LETTER_TARGET[kind])


async def send_letter(db: AsyncSession, staff: Principal, item_id: int, form: LetterForm) -> letters.Letter:
    """Record that the letter was sent: the transition to the matching request state plus a ``letter`` event."""
    case, item = await _item_and_case(db, staff, item_id)
    _require_open(case)
    target = LETTER_TARGET[form.kind]
    states.check_transition(item.state, target)
    letter = letters.render_letter(
        case, item, form.kind, form.lang, officer_name=staff.display_name, now=utcnow()
    )
    await _apply_transition(
        db,
        staff,
        case,
        item,
        target,
        note=form.note or None,
        request_reference=form.request_reference or None,
    )
    digest = hashlib.sha256(letter.text.encode("utf-8")).hexdigest()
    await repository.add(
        db,
        RemovalEvent(
            case_id=case.id,
            item_id=item.id,
            kind="letter",
            note=f"{form.kind.value}:{form.lang.value} sha256:{digest}",
            staff_id=staff.user_id,
            at=utcnow(),
        ),
    )
    await _audit_change(
        db,
        staff,
        "removal.letter",
        case,
        item_id=item.id,
        kind=form.kind.value,
        lang=form.lang.value,
        sha256=digest,
    )
    return letter


async def close_case(db: AsyncSession, staff: Principal, case_id: int, note: str) -> RemovalCase:
    case = await access_removal_case_by_id(db, staff, case_id)
    _require_open(case)
    now = utcnow()
    case.status = CaseStatus.CLOSED.value
    case.updated_at = now
    await repository.add(
        db, RemovalEvent(case_id=case.id, kind="close", note=note, staff_id=staff.user_id, at=now)
    )
    await _audit_change(db, staff, "removal.close", case)
    return case


# -- hand-off --------------------------------------------------------------------------------------------


def handoff_refusal(case: RemovalCase) -> str | None:
    """Why a hand-off cannot be made (a message id), or ``None``."""
    if not case.consent_forward_center:
        return "consent"
    if case.status == CaseStatus.WITHDRAWN:
        return "withdrawn"
    return None


async def handoff(db: AsyncSession, staff: Principal, case_id: int) -> handoff_package.Package:
    """Build the package for the support center; refused without the young person's consent to forward it."""
    case = await access_removal_case_by_id(db, staff, case_id)
    refusal = handoff_refusal(case)
    if refusal is not None:
        raise ConsentMissing(
            "the young person did not consent to forwarding the case to the support center"
            if refusal == "consent"
            else "the case was withdrawn"
        )
    now = utcnow()
    items = await repository.items_of_case(db, case.id)
    events = await repository.events(db, case.id)
    ids = {e.staff_id for e in events if e.staff_id} | {staff.user_id}
    if case.assigned_officer_id:
        ids.add(case.assigned_officer_id)
    package = handoff_package.build_package(
        handoff_package.HandoffData(
            case=case,
            items=items,
            evidence=await repository.evidence_of_items(db, [i.id for i in items]),
            events=events,
            names=await repository.staff_names(db, ids),
            hashes=await repository.hash_counts(db, case.id),
            consent=ConsentRecord.of(case),
            prepared_by_id=staff.user_id,
            prepared_by=staff.display_name,
            now=now,
        )
    )
    await repository.add(
        db,
        RemovalEvent(
            case_id=case.id,
            kind="handoff",
            note=f"sha256:{package.sha256} {package.filename}",
            staff_id=staff.user_id,
            at=now,
        ),
    )
    case.handed_off_at = now
    case.updated_at = now
    await _audit_change(
        db, staff, "removal.handoff", case, sha256=package.sha256, items=len(items), bytes=len(package.data)
    )
    return package


async def record_refused_handoff(db: AsyncSession, staff: Principal, case: RemovalCase, reason: str) -> None:
    await _audit_change(db, staff, "removal.handoff.refused", case, reason=reason)


# -- alerts ----------------------------------------------------------------------------------------------


async def acknowledge_alert(db: AsyncSession, staff: Principal, alert_id: int) -> StaffAlert:
    check_permission(staff, Perm.REMOVAL)
    alert = await access_staff_alert_by_id(db, staff, alert_id)
    return await alerts.acknowledge(db, staff, alert)


async def raise_overdue_alerts(db: AsyncSession, now: datetime | None = None) -> int:
    """One ``removal.overdue`` alert for every item of an open case past its deadline, once per deadline."""
    now = now or utcnow()
    items = await repository.overdue_items_without_alert(db, now)
    for item in items:
        db.add(
            StaffAlert(
                kind=AlertKind.OVERDUE.value,
                audience_role=Role.REMOVAL_OFFICER.value,
                audience_staff_id=None,
                center_code=None,
                subject_type=SUBJECT_ITEM,
                subject_id=item.id,
                created_at=now,
            )
        )
    if items:
        await db.flush()
        await audit.record(
            db,
            Actor.system("removal.raise_overdue_alerts"),
            "removal.alert.raise",
            object_type="staff_alert",
            details={"kind": AlertKind.OVERDUE.value, "count": len(items), "item_ids": [i.id for i in items]},
        )
    return len(items)
