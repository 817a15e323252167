"""Regions, centers and help lines as effective-dated reference data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import httpx

from ondam.centers import service
from ondam.centers.service import REFERENCE_FILE, read_reference
from ondam.kit.db import unit_of_work


def test_reference_file_has_17_regions_17_centers_and_a_hub() -> None:
    data = read_reference()
    assert len({r.code for r in data.regions}) == 17
    kinds = [c.kind for c in data.centers]
    assert kinds.count("regional") == 17
    assert kinds.count("hub") == 1
    assert {c.number for c in data.contacts} >= {"112", "1366", "1388", "117"}
    regional_regions = {c.versions[0].region_code for c in data.centers if c.kind == "regional"}
    assert regional_regions == {r.code for r in data.regions}


async def test_api_lists_centers_in_force(client: httpx.AsyncClient) -> None:
    centers = (await client.get("/api/v1/centers")).json()
    assert len(centers) == 18
    assert {"code": "hub", "kind": "hub"}.items() <= centers[0].items()
    regions = (await client.get("/api/v1/regions")).json()
    assert len(regions) == 17
    contacts = (await client.get("/api/v1/contacts")).json()
    assert [c["number"] for c in contacts][:4] == ["112", "1366", "1388", "117"]


async def test_effective_dates_are_respected(client: httpx.AsyncClient) -> None:
    before_sejong = (await client.get("/api/v1/regions", params={"on": "2010-01-01"})).json()
    assert len(before_sejong) == 16
    assert "KR-50" not in {r["code"] for r in before_sejong}
    before_1366_line = (await client.get("/api/v1/contacts", params={"on": "2025-01-01"})).json()
    assert "1366" not in {c["number"] for c in before_1366_line}
    bad = await client.get("/api/v1/regions", params={"on": "not-a-date"})
    assert bad.status_code == 422
    assert bad.json()["error"] == "invalid_request"


async def test_loading_is_idempotent_and_applies_new_versions(sessionmaker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async with unit_of_work(sessionmaker) as uow:
        again = await service.load_reference(uow.session)
    assert again.inserted == 0
    assert again.updated == 0
    # A renamed center is a new version from a date; the old name stays for history.
    raw = json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))
    seoul = next(c for c in raw["centers"] if c["code"] == "seoul")
    seoul["versions"][0]["valid_to"] = "2027-01-01"
    seoul["versions"].append(
        {**seoul["versions"][0], "name_ko": "서울 새 이름", "valid_from": "2027-01-01", "valid_to": None}
    )
    edited = tmp_path / "reference.json"
    edited.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    async with unit_of_work(sessionmaker) as uow:
        report = await service.load_reference(uow.session, edited)
    assert report.inserted == 1
    assert report.updated == 1
    async with unit_of_work(sessionmaker) as uow:
        now = {c.code: c.name_ko for c in await service.centers(uow.session, date(2026, 12, 1))}
        later = {c.code: c.name_ko for c in await service.centers(uow.session, date(2027, 1, 1))}
    assert now["seoul"] == "서울 성착취 피해아동·청소년 지원센터"
    assert later["seoul"] == "서울 새 이름"
