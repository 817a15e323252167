"""Canned responses are managed by counselling supervisors only (403 for anyone else), in Korean and English,
and every change is audited without its text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ondam.access import Role
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, CannedResponse
from tests.conftest import csrf_from
from tests.counselling.helpers import client_with, counsellor


async def _rows(sessionmaker: Any) -> list[CannedResponse]:
    async with unit_of_work(sessionmaker) as uow:
        return list(await uow.session.scalars(select(CannedResponse).order_by(CannedResponse.id)))


async def test_a_supervisor_creates_edits_and_deactivates_in_both_languages(sessionmaker, new_client) -> None:  # type: ignore[no-untyped-def]
    _sup, cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    client = client_with(new_client, cookies)
    page = await client.get("/staff/canned")
    assert page.status_code == 200
    token = csrf_from(page.text)
    for locale, title, body in (
        ("ko", "첫 인사", "안녕하세요, 상담사예요."),
        ("en", "Greeting", "Hello, I am a counsellor."),
    ):
        made = await client.post(
            "/staff/canned", data={"csrf_token": token, "locale": locale, "title": title, "body": body}
        )
        assert made.status_code == 303
    rows = await _rows(sessionmaker)
    assert [(r.locale, r.title, r.active) for r in rows] == [
        ("ko", "첫 인사", True),
        ("en", "Greeting", True),
    ]
    listing = (await client.get("/staff/canned")).text
    assert "안녕하세요, 상담사예요." in listing
    assert "Hello, I am a counsellor." in listing

    edit = await client.get(f"/staff/canned/{rows[0].id}")
    assert edit.status_code == 200
    assert "첫 인사" in edit.text
    saved = await client.post(
        f"/staff/canned/{rows[0].id}",
        data={
            "csrf_token": token,
            "locale": "ko",
            "title": "첫 인사",
            "body": "안녕하세요, 온담 상담사예요.",
        },
    )
    assert saved.status_code == 303
    off = await client.post(f"/staff/canned/{rows[1].id}/active", data={"csrf_token": token, "active": "no"})
    assert off.status_code == 303
    rows = await _rows(sessionmaker)
    assert rows[0].body == "안녕하세요, 온담 상담사예요."
    assert rows[1].active is False
    assert "사용하기" in (await client.get("/staff/canned")).text  # the inactive one can be turned on again

    async with unit_of_work(sessionmaker) as uow:
        entries = list(
            await uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action.like("canned.%")).order_by(AuditEntry.seq)
            )
        )
    assert [e.action for e in entries] == [
        "canned.created",
        "canned.created",
        "canned.updated",
        "canned.deactivated",
    ]
    assert all("안녕하세요" not in e.details and "Hello" not in e.details for e in entries)


async def test_bad_input_is_refused_with_the_form_kept(sessionmaker, new_client) -> None:  # type: ignore[no-untyped-def]
    _sup, cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    client = client_with(new_client, cookies)
    token = csrf_from((await client.get("/staff/canned")).text)
    bad_locale = await client.post(
        "/staff/canned", data={"csrf_token": token, "locale": "fr", "title": "t", "body": "b"}
    )
    assert bad_locale.status_code == 422
    assert "한국어 또는 영어를 고르세요." in bad_locale.text
    no_title = await client.post(
        "/staff/canned", data={"csrf_token": token, "locale": "ko", "title": " ", "body": "본문 유지"}
    )
    assert no_title.status_code == 422
    assert "본문 유지" in no_title.text
    assert await _rows(sessionmaker) == []
    assert (await client.get("/staff/canned/99999")).status_code == 404


async def test_only_supervisors_manage_canned_responses(sessionmaker, new_client) -> None:  # type: ignore[no-untyped-def]
    _sup, sup_cookies = await counsellor(sessionmaker, role=Role.SUPERVISOR)
    sup = client_with(new_client, sup_cookies)
    token = csrf_from((await sup.get("/staff/canned")).text)
    await sup.post(
        "/staff/canned", data={"csrf_token": token, "locale": "ko", "title": "인사", "body": "안녕하세요"}
    )
    canned_id = (await _rows(sessionmaker))[0].id
    for role in (Role.COUNSELLOR, Role.CENTER_STAFF, Role.AUDITOR):
        _staff, cookies = await counsellor(sessionmaker, role=role)
        client = client_with(new_client, cookies)
        own_token = csrf_from((await client.get("/talk")).text)
        assert (await client.get("/staff/canned")).status_code == 403
        assert (await client.get(f"/staff/canned/{canned_id}")).status_code == 403
        data = {"csrf_token": own_token, "locale": "ko", "title": "바꿈", "body": "바꿈"}
        assert (await client.post("/staff/canned", data=data)).status_code == 403
        assert (await client.post(f"/staff/canned/{canned_id}", data=data)).status_code == 403
        assert (
            await client.post(
                f"/staff/canned/{canned_id}/active", data={"csrf_token": own_token, "active": "no"}
            )
        ).status_code == 403
    rows = await _rows(sessionmaker)
    assert [(r.title, r.active) for r in rows] == [("인사", True)]
    async with unit_of_work(sessionmaker) as uow:
        denied = list(
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "access.denied"))
        )
    assert len(denied) == 15  # every refusal is on record
