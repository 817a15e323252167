"""The youth report form end to end at the HTTP level, and counsellors reading and answering reports."""

from __future__ import annotations

import re
import uuid

import httpx
from sqlalchemy import select, text

from ondam.access import Role
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, ReportEvidence, StaffAlert, YouthReport
from tests.conftest import csrf_from
from tests.factories import login, make_staff, make_youth, post_form, youth_login
from tests.reports.factories import png_bytes


async def _form(client: httpx.AsyncClient) -> tuple[str, str]:
    page = (await client.get("/tell")).text
    key = re.search(r'name="idempotency_key" value="([^"]+)"', page)
    assert key is not None
    return csrf_from(page), key.group(1)


async def _send(
    client: httpx.AsyncClient, data: dict[str, str], files: list | None = None, key: str | None = None
) -> httpx.Response:  # type: ignore[type-arg]
    token, fresh_key = await _form(client)
    body = {"csrf_token": token, "idempotency_key": key or fresh_key, **data}
    return await client.post("/tell", data=body, files=files)


async def test_report_with_screenshot_gives_code_and_pin_once(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    shot = png_bytes()
    response = await _send(
        client,
        {
            "kind": "sextortion",
            "platform": "instagram",
            "offender_accounts": "fake_id_1",
            "urls": "https://example.com/post/1",
            "images_exist": "yes",
            "images_shared": "no",
            "description": "사진을 안 보내면 퍼뜨린대요",
        },
        files=[("evidence", ("shot.png", shot, "image/png"))],
    )
    assert response.status_code == 200, response.text
    assert "no-store" in response.headers["cache-control"]
    code = re.search(r'id="case-code">([A-Z0-9-]+)<', response.text)
    assert code is not None
    async with unit_of_work(sessionmaker) as uow:
        report = await uow.session.scalar(select(YouthReport))
        assert report is not None
        assert report.kind == "sextortion"
        assert report.description == "사진을 안 보내면 퍼뜨린대요"
        raw = (await uow.session.execute(text("SELECT description, urls FROM youth_reports"))).one()
        assert "퍼뜨린대요" not in raw[0]
        assert "example.com" not in raw[1]
        evidence = (await uow.session.scalars(select(ReportEvidence))).all()
        assert len(evidence) == 1
        assert shot not in evidence[0].data  # sealed
        alerts = (await uow.session.scalars(select(StaffAlert))).all()
        assert [a.kind for a in alerts] == ["report.new"]
    # The young person now sees it on their page.
    page = await client.get("/me")
    assert report.reference in page.text


async def test_retry_with_the_same_key_gives_the_same_answer_and_one_report(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    key = str(uuid.uuid4())
    first = await _send(client, {"kind": "grooming"}, key=key)
    second = await _send(client, {"kind": "grooming"}, key=key)
    assert first.status_code == second.status_code == 200
    pin = re.search(r'id="case-pin">(\d+)<', first.text)
    assert pin is not None
    assert pin.group(1) in second.text  # the lost first answer can be read again
    async with unit_of_work(sessionmaker) as uow:
        count = len((await uow.session.scalars(select(YouthReport))).all())
    assert count == 1


async def test_signed_in_youth_keeps_their_code(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    await youth_login(client, youth)
    response = await _send(client, {"kind": "threats", "danger_now": "yes"})
    assert response.status_code == 200
    assert 'id="case-code"' not in response.text
    async with unit_of_work(sessionmaker) as uow:
        report = await uow.session.scalar(select(YouthReport))
        assert report is not None
        assert report.youth_contact_id == youth.id
        alert = await uow.session.scalar(select(StaffAlert))
        assert alert is not None
        assert (alert.kind, alert.audience_role) == ("report.urgent", "supervisor")


async def test_bad_input_gets_clear_messages_and_keeps_the_answers(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    no_kind = await _send(client, {"description": "내용은 지우지 마세요"})
    assert no_kind.status_code == 422
    assert 'id="kind-error"' in no_kind.text
    assert "내용은 지우지 마세요" in no_kind.text  # nothing typed is lost
    bad_url = await _send(client, {"kind": "other", "urls": "javascript:alert(1)"})
    assert bad_url.status_code == 422
    assert 'id="urls-error"' in bad_url.text
    wrong_type = await _send(
        client, {"kind": "other"}, files=[("evidence", ("x.png", b"%PDF-1.4 not an image", "image/png"))]
    )
    assert wrong_type.status_code == 422
    assert 'id="evidence-error"' in wrong_type.text
    too_big = await _send(
        client,
        {"kind": "other"},
        files=[("evidence", ("big.png", b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024), "image/png"))],
    )
    assert too_big.status_code == 422
    too_many = await _send(
        client,
        {"kind": "other"},
        files=[("evidence", (f"{n}.png", png_bytes(), "image/png")) for n in range(6)],
    )
    assert too_many.status_code == 422
    script = await _send(
        client, {"kind": "other", "description": "<script>alert(1)</script>", "happened": "2999-01-01"}
    )
    assert script.status_code == 422
    assert "<script>alert(1)</script>" not in script.text
    expired = await _send(client, {"kind": "other"}, key="not-a-uuid")
    assert expired.status_code == 400
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.scalars(select(YouthReport))).all() == []


async def test_csrf_is_required(client: httpx.AsyncClient) -> None:
    response = await client.post("/tell", data={"kind": "other", "idempotency_key": str(uuid.uuid4())})
    assert response.status_code == 403


async def test_withdraw_own_report_only(
    client: httpx.AsyncClient, new_client, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    owner = await make_youth(sessionmaker, settings)
    await youth_login(client, owner)
    await _send(client, {"kind": "grooming"})
    async with unit_of_work(sessionmaker) as uow:
        report = await uow.session.scalar(select(YouthReport))
        assert report is not None
    other_youth = await make_youth(sessionmaker, settings)
    other = new_client()
    await youth_login(other, other_youth)
    stolen = await post_form(other, f"/me/reports/{report.id}/withdraw", {"confirm": "yes"}, page="/me")
    assert stolen.status_code == 404
    done = await post_form(client, f"/me/reports/{report.id}/withdraw", {"confirm": "yes"}, page="/me")
    assert done.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        again = await uow.session.get(YouthReport, report.id)
        assert again is not None
        assert again.status == "withdrawn"


async def test_deleting_my_data_erases_report_text_and_screenshots(
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    await youth_login(client, youth)
    await _send(
        client,
        {"kind": "filming", "description": "secret"},
        files=[("evidence", ("s.png", png_bytes(), "image/png"))],
    )
    await post_form(client, "/me/delete", {"confirm": "yes"}, page="/me")
    async with unit_of_work(sessionmaker) as uow:
        report = await uow.session.scalar(select(YouthReport))
        assert report is not None
        assert report.description is None
        assert report.status == "withdrawn"
        assert (await uow.session.scalars(select(ReportEvidence))).all() == []


async def test_counsellor_reads_answers_and_opens_a_screenshot(
    client: httpx.AsyncClient, new_client, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    youth_browser = new_client()
    shot = png_bytes((10, 200, 10))
    await _send(youth_browser, {"kind": "solicitation"}, files=[("evidence", ("s.png", shot, "image/png"))])
    counsellor = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    await login(client, sessionmaker, counsellor)
    listing = await client.get("/staff/reports")
    assert listing.status_code == 200
    async with unit_of_work(sessionmaker) as uow:
        report = await uow.session.scalar(select(YouthReport))
        evidence = await uow.session.scalar(select(ReportEvidence))
        assert report is not None
        assert evidence is not None
    assert f'href="/staff/reports/{report.id}"' in listing.text
    detail = await client.get(f"/staff/reports/{report.id}")
    assert detail.status_code == 200
    image = await client.get(f"/staff/reports/evidence/{evidence.id}")
    assert image.status_code == 200
    assert image.content == shot
    assert image.headers["content-type"] == "image/png"
    assert image.headers["cache-control"] == "no-store"
    saved = await post_form(
        client,
        f"/staff/reports/{report.id}/status",
        {"status": "in_review", "note": "상담사가 확인했어요"},
        page=f"/staff/reports/{report.id}",
    )
    assert saved.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        actions = (await uow.session.scalars(select(AuditEntry.action))).all()
    assert {"report.read", "report.evidence_viewed", "report.status_changed"} <= set(actions)


async def test_roles_without_the_permission_cannot_list(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker, role=Role.REMOVAL_OFFICER, center=None)
    await login(client, sessionmaker, staff)
    assert (await client.get("/staff/reports")).status_code == 403
