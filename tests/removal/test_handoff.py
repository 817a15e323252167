"""The hand-off package for the Digital Sexual Crime Victim Support Center: JSON + Korean PDF in a ZIP, its
SHA-256 recorded, and no package at all without the young person's consent to forward the case."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import httpx
from sqlalchemy import select

from ondam.kit.db import unit_of_work
from ondam.models import RemovalCase, RemovalEvent
from tests.removal.factories import add_bank_hash, item_ids, make_removal_case
from tests.removal.helpers import Maker, audit_rows, details, ko, officer, post
from tests.removal.pdftext import pdf_text

URLS = ("https://images.example.com/p/1", "https://cdn.example.org/v/2.mp4")


async def _prepared_case(client: httpx.AsyncClient, maker: Maker) -> int:
    case_id = await make_removal_case(maker, urls=URLS, state="found")
    first, _second = await item_ids(maker, case_id)
    await add_bank_hash(maker, case_id, "e" * 64)
    await add_bank_hash(maker, case_id, "d" * 64, status="withdrawn")
    evidence = {"sha256": "c" * 64, "http_status": "200", "content_type": "image/jpeg", "size": "2048"}
    assert (await post(client, f"/staff/removal/items/{first}/evidence", evidence)).status_code == 303
    note = {"note": "센터 인계 전 확인 (합성)"}
    assert (await post(client, f"/staff/removal/{case_id}/notes", note)).status_code == 303
    return case_id


async def test_handoff_package_contents(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    me = await officer(client, sessionmaker)
    case_id = await _prepared_case(client, sessionmaker)
    page = await client.get(f"/staff/removal/{case_id}/handoff")
    assert page.status_code == 200
    assert ko("Download the hand-off package (ZIP)") in page.text

    response = await post(client, f"/staff/removal/{case_id}/handoff", {})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert "attachment" in response.headers["content-disposition"]
    body = response.content
    digest = hashlib.sha256(body).hexdigest()
    assert response.headers["x-content-sha256"] == digest

    archive = zipfile.ZipFile(io.BytesIO(body))
    names = sorted(archive.namelist())
    assert len(names) == 2
    json_name = next(n for n in names if n.endswith(".json"))
    pdf_name = next(n for n in names if n.endswith(".pdf"))
    document = json.loads(archive.read(json_name))
    pdf = archive.read(pdf_name)

    assert document["format"] == "ondam.removal.handoff/1"
    assert document["recipient"]["name"].startswith("디지털성범죄피해자지원센터")
    assert document["prepared_by"] == {"staff_id": me.id, "name": f"Test {me.username}"}
    assert document["case"]["reference"].startswith("RT-")
    assert document["case"]["description"] == "synthetic test case"
    assert document["consent"]["forward_center"] is True
    assert document["consent"]["share_hashes"] is True
    assert document["consent"]["text_version"] == "staff-2026-1"
    assert document["consent"]["given_at"]
    assert "디지털성범죄피해자지원센터에 전달" in document["consent"]["text"]["forward_center"]["ko"]
    assert document["hashes"] == {"active": 1, "withdrawn": 1}
    assert sorted(i["url"] for i in document["items"]) == sorted(URLS)
    first = next(i for i in document["items"] if i["url"] == URLS[0])
    assert first["state"] == "evidence_captured"
    [record] = first["evidence"]
    assert record == {
        "url": URLS[0],
        "captured_at": record["captured_at"],
        "http_status": 200,
        "content_type": "image/jpeg",
        "size": 2048,
        "captured_by": "officer",
        "sha256_recorded": True,
    }
    kinds = [e["kind"] for e in document["history"]]
    assert kinds == ["evidence", "transition", "note"]
    assert document["history"][2]["note"] == "센터 인계 전 확인 (합성)"
    # No hash values of any kind, no image bytes.
    raw = archive.read(json_name).decode()
    for value in ("c" * 64, "d" * 64, "e" * 64):
        assert value not in raw
        assert value.encode() not in pdf

    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "삭제 지원 사례 인계 요약" in text
    assert "동의 기록" in text
    assert "센터 전달 동의" in text
    assert "staff-2026-1" in text
    assert "해시값 공유 동의" in text
    assert ko("Evidence captured") in text  # the item's state, in Korean
    assert "활성 1건, 철회 1건" in text
    assert b"HYGothic-Medium" in pdf or b"HYSMyeongJo-Medium" in pdf
    assert b"FontFile" not in pdf  # no font is embedded

    async with unit_of_work(sessionmaker) as uow:
        case = await uow.session.get(RemovalCase, case_id)
        assert case is not None
        assert case.handed_off_at is not None
        [event] = (
            await uow.session.scalars(select(RemovalEvent).where(RemovalEvent.kind == "handoff"))
        ).all()
    assert event.note is not None
    assert event.note.startswith(f"sha256:{digest} ")
    [row] = await audit_rows(sessionmaker, "removal.handoff")
    assert details(row)["sha256"] == digest
    assert details(row)["items"] == 2


async def test_handoff_is_refused_without_consent(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, consent_forward_center=False, consent_share_hashes=True)
    page = await client.get(f"/staff/removal/{case_id}/handoff")
    assert page.status_code == 200
    refusal = ko(
        "The young person did not consent to passing this case to the support center, so no hand-off package "
        "can be made."
    )
    assert refusal in page.text
    assert 'action="/staff/removal/' + str(case_id) + '/handoff"' not in page.text
    response = await post(client, f"/staff/removal/{case_id}/handoff", {})
    assert response.status_code == 409
    assert response.headers["content-type"].startswith("text/html")
    assert refusal in response.text
    async with unit_of_work(sessionmaker) as uow:
        case = await uow.session.get(RemovalCase, case_id)
        assert case is not None
        assert case.handed_off_at is None
        assert (
            await uow.session.scalars(select(RemovalEvent).where(RemovalEvent.kind == "handoff"))
        ).all() == []
    assert await audit_rows(sessionmaker, "removal.handoff") == []
    [refused] = await audit_rows(sessionmaker, "removal.handoff.refused")
    assert details(refused) == {"reason": "consent"}
