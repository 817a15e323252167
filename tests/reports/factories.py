"""Reports made the way the youth app makes them (through the service), with synthetic screenshots."""

from __future__ import annotations

import io
import secrets

from PIL import Image
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import ReportEvidence, YouthContact
from ondam.reports import service
from ondam.reports.schemas import ReportIn


def png_bytes(colour: tuple[int, int, int] = (120, 40, 200), size: int = 32) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


async def make_report(maker: async_sessionmaker[AsyncSession]) -> int:
    """A report with one screenshot, from a contact made directly (no code or PIN needed here)."""
    now = utcnow()
    async with unit_of_work(maker) as uow:
        contact = YouthContact(
            code_digest=secrets.token_hex(32),
            pin_hash="!",
            status="active",
            locale="ko",
            failed_pins=0,
            created_at=now,
            last_seen_at=now,
        )
        uow.session.add(contact)
        await uow.session.flush()
        checked = service.check_uploads([service.Upload("shot.png", png_bytes())])
        report = await service.create_report(
            uow.session, contact, ReportIn(kind="sextortion", description="synthetic"), checked
        )
        return report.id


async def make_report_evidence(maker: async_sessionmaker[AsyncSession]) -> int:
    report_id = await make_report(maker)
    async with unit_of_work(maker) as uow:
        evidence_id = await uow.session.scalar(
            select(ReportEvidence.id).where(ReportEvidence.report_id == report_id)
        )
        assert evidence_id is not None
        return evidence_id
