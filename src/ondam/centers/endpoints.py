"""Public reference data as JSON (no personal data; cacheable by partners)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from ondam.centers import service
from ondam.centers.schemas import CenterOut, ContactOut, RegionOut
from ondam.kit.deps import DB

router = APIRouter(prefix="/api/v1", tags=["reference data"])

OnDate = Annotated[date | None, Query(description="Date (KST) the data should be in force on; default today")]


@router.get("/regions", response_model=list[RegionOut])
async def list_regions(db: DB, on: OnDate = None) -> list[RegionOut]:
    """The 17 top-level regions in force on a date."""
    return [RegionOut.model_validate(r) for r in await service.regions(db, on)]


@router.get("/centers", response_model=list[CenterOut])
async def list_centers(db: DB, on: OnDate = None) -> list[CenterOut]:
    """The central hub and the regional support centers in force on a date."""
    return await service.centers(db, on)


@router.get("/contacts", response_model=list[ContactOut])
async def list_contacts(db: DB, on: OnDate = None) -> list[ContactOut]:
    """Emergency and help lines shown to young people."""
    return [ContactOut.model_validate(c) for c in await service.contacts(db, on)]
