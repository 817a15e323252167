"""Reports from the youth app: stored encrypted, screenshots sealed, readable by the young person (status and
the reply) and by counsellors (every read audited); withdrawable by the young person at any time."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Principal
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.kit.clock import utcnow
from ondam.kit.crypto import keyring
from ondam.kit.errors import Conflict, DomainError, NotFound
from ondam.models import ReportEvidence, StaffAlert, YouthContact, YouthReport
from ondam.reports import repository
from ondam.reports.schemas import (
    EVIDENCE_TYPES,
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    STATUSES,
    ReportIn,
    sniff_image,
)

_REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


class EvidenceRejected(DomainError):
    status_code = 422
    code = "evidence_rejected"


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


def _evidence_context(report_id: int, sha256: str) -> str:
    return f"report_evidence:{report_id}:{sha256}"


def check_uploads(uploads: list[Upload]) -> list[tuple[Upload, str]]:
    """Type (by content) and size of each screenshot; a clear error for the first one that does not fit."""
    if len(uploads) > MAX_EVIDENCE_FILES:
        raise EvidenceRejected("too many files", reason="count", limit=MAX_EVIDENCE_FILES)
    checked = []
    for upload in uploads:
        if len(upload.data) > MAX_EVIDENCE_BYTES:
            raise EvidenceRejected("file too large", reason="size", file=upload.filename[:100])
        content_type = sniff_image(upload.data)
        if content_type not in EVIDENCE_TYPES:
            raise EvidenceRejected("not an image", reason="type", file=upload.filename[:100])
        checked.append((upload, content_type))
    return checked


def new_reference() -> str:
    """A report's reference: ``R-`` and eight characters that cannot be misread (no 0/O, 1/I)."""
    return "R-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))


def new_report_alert(report: YouthReport, now: datetime) -> StaffAlert:
    """The staff alert for a new report: urgent ones to supervisors, the others to counsellors."""
    return StaffAlert(
        kind="report.urgent" if report.danger_now else "report.new",
        audience_role="supervisor" if report.danger_now else "counsellor",
        subject_type="youth_report",
        subject_id=report.id,
        created_at=now,
    )


async def create_report(
    db: AsyncSession, contact: YouthContact, data: ReportIn, uploads: list[tuple[Upload, str]]
) -> YouthReport:
    now = utcnow()
    report = YouthReport(
        reference=new_reference(),
        youth_contact_id=contact.id,
        kind=data.kind,
        platform=data.platform or None,
        platform_other=(data.platform_other or "").strip() or None,
        offender_accounts=(data.offender_accounts or "").strip() or None,
        urls="\n".join(data.urls) or None,
        happened=data.happened.isoformat() if data.happened else None,
        images_exist=data.images_exist,
        images_shared=data.images_shared,
        danger_now=data.danger_now,
        description=(data.description or "").strip() or None,
        status="received",
        created_at=now,
        updated_at=now,
    )
    db.add(report)
    await db.flush()
    ring = keyring()
    for upload, content_type in uploads:
        digest = hashlib.sha256(upload.data).hexdigest()
        kid, sealed = ring.encrypt_bytes(upload.data, _evidence_context(report.id, digest))
        db.add(
            ReportEvidence(
                report_id=report.id,
                content_type=content_type,
                size=len(upload.data),
                sha256=digest,
                key_id=kid,
                data=sealed,
                created_at=now,
            )
        )
    db.add(new_report_alert(report, now))
    await audit.record(
        db,
        Actor("youth", str(contact.id)),
        "report.created",
        object_type="youth_report",
        object_id=report.id,
        details={"kind": data.kind, "evidence": len(uploads), "danger_now": data.danger_now},
    )
    return report


async def withdraw(db: AsyncSession, contact: YouthContact, report_id: int) -> YouthReport:
    report = await db.get(YouthReport, report_id)
    if report is None or report.youth_contact_id != contact.id:
        raise NotFound()
    if report.status == "withdrawn":
        return report
    if report.status == "closed":
        raise Conflict("this report is already closed")
    now = utcnow()
    report.status = "withdrawn"
    report.withdrawn_at = now
    report.updated_at = now
    await audit.record(
        db,
        Actor("youth", str(contact.id)),
        "report.withdrawn",
        object_type="youth_report",
        object_id=report.id,
    )
    return report


async def erase_for_contact(db: AsyncSession, contact: YouthContact) -> None:
    """Deletion requested by the young person: screenshots and free text go; kind and dates stay for statistics."""
    for report in await repository.reports_of(db, contact.id):
        await db.execute(delete(ReportEvidence).where(ReportEvidence.report_id == report.id))
        report.platform_other = None
        report.offender_accounts = None
        report.urls = None
        report.description = None
        report.status_note = None
        if report.status not in ("closed", "withdrawn"):
            report.status = "withdrawn"
            report.withdrawn_at = utcnow()
        report.updated_at = utcnow()


# Staff side ----------------------------------------------------------------------------------------------------


async def read_report(db: AsyncSession, principal: Principal, report: YouthReport) -> list[ReportEvidence]:
    await audit.record(
        db,
        principal.actor,
        "report.read",
        object_type="youth_report",
        object_id=report.id,
        subject=f"youth:{report.youth_contact_id}",
    )
    return await repository.evidence_of(db, report.id)


async def open_evidence(db: AsyncSession, principal: Principal, evidence: ReportEvidence) -> bytes:
    await audit.record(
        db,
        principal.actor,
        "report.evidence_viewed",
        object_type="report_evidence",
        object_id=evidence.id,
        details={"report_id": evidence.report_id},
    )
    context = _evidence_context(evidence.report_id, evidence.sha256)
    return keyring().decrypt_bytes(evidence.key_id, evidence.data, context)


async def set_status(
    db: AsyncSession, principal: Principal, report: YouthReport, status: str, note: str | None
) -> None:
    if status not in STATUSES or status == "withdrawn":
        raise DomainError("unknown status", status=status)
    if report.status == "withdrawn":
        raise Conflict("the young person withdrew this report")
    before = report.status
    report.status = status
    if note is not None and note.strip():
        report.status_note = note.strip()[:2_000]
    report.updated_at = utcnow()
    await audit.record(
        db,
        principal.actor,
        "report.status_changed",
        object_type="youth_report",
        object_id=report.id,
        details={"from": before, "to": status, "note": bool(note and note.strip())},
    )
