"""Effective-dated reference data: regions, centers and help lines.

``load_reference`` is idempotent: it inserts new versions and updates the fields of existing ones (matched by
code and valid_from), so re-running it after editing ``refdata/reference.json`` applies the edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.centers import repository
from ondam.centers.schemas import CenterOut, RefdataFile
from ondam.kit.clock import today_kst
from ondam.kit.i18n import current_locale
from ondam.models import Center, CenterVersion, Contact, Region

REFERENCE_FILE = Path(__file__).resolve().parent.parent / "refdata" / "reference.json"


@dataclass
class LoadReport:
    inserted: int = 0
    updated: int = 0


def read_reference(path: Path = REFERENCE_FILE) -> RefdataFile:
    return RefdataFile.model_validate(json.loads(path.read_text(encoding="utf-8")))


async def load_reference(db: AsyncSession, path: Path = REFERENCE_FILE) -> LoadReport:
    data = read_reference(path)
    report = LoadReport()
    for r in data.regions:
        region = await repository.region_version(db, r.code, r.valid_from)
        if region is None:
            db.add(Region(**r.model_dump()))
            report.inserted += 1
        elif _update(region, r.model_dump()):
            report.updated += 1
    for c in data.centers:
        if await db.get(Center, c.code) is None:
            db.add(Center(code=c.code, kind=c.kind))
            await db.flush()
        for v in c.versions:
            version = await repository.center_version(db, c.code, v.valid_from)
            if version is None:
                db.add(CenterVersion(center_code=c.code, **v.model_dump()))
                report.inserted += 1
            elif _update(version, v.model_dump()):
                report.updated += 1
    for k in data.contacts:
        contact = await repository.contact_version(db, k.code, k.valid_from)
        if contact is None:
            db.add(Contact(**k.model_dump()))
            report.inserted += 1
        elif _update(contact, k.model_dump()):
            report.updated += 1
    await db.flush()
    return report


def _update(row: object, values: dict[str, object]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


async def centers(db: AsyncSession, on: date | None = None) -> list[CenterOut]:
    return [
        CenterOut(
            code=c.code,
            kind=c.kind,
            region_code=v.region_code,
            name_ko=v.name_ko,
            name_en=v.name_en,
            valid_from=v.valid_from,
            valid_to=v.valid_to,
        )
        for c, v in await repository.centers_on(db, on or today_kst())
    ]


async def center_names(db: AsyncSession, on: date | None = None) -> dict[str, str]:
    """Center code -> name in the request's language, as in force on ``on`` (today in Korea)."""
    english = current_locale.get() == "en"
    return {c.code: (c.name_en if english else c.name_ko) for c in await centers(db, on)}


async def regions(db: AsyncSession, on: date | None = None) -> list[Region]:
    return await repository.regions_on(db, on or today_kst())


async def contacts(db: AsyncSession, on: date | None = None) -> list[Contact]:
    return await repository.contacts_on(db, on or today_kst())
