"""Wrapping up a conversation: the statistics dimensions, the structured summary (ending the chat, or written after
the young person ended it), the one-step follow-ups, and who may do them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import select, text

from ondam.access import Role
from ondam.counselling import statistics
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import (
    Case,
    ChatParticipant,
    Conversation,
    MandatoryReport,
    RemovalCase,
    StaffAlert,
    YouthReport,
)
from tests.conftest import csrf_from
from tests.counselling.helpers import client_with
from tests.counselling.wrapup_factories import audit_actions, staff_of, taken_chat, token

SUMMARY = {
    "issue_types": ["grooming", "sextortion"],
    "contact_channel": "game",
    "offender_relationship": "met_online",
    "online_to_offline": "planned",
    "services": ["counselling", "removal_support"],
    "follow_up": "yes",
    "summary": "게임에서 만난 사람이 사진을 요구함. 삭제 지원 안내.",
}


# -- statistics dimensions -------------------------------------------------------------------------------


def test_statistics_codes_are_unique_and_labelled_in_both_languages() -> None:
    data = statistics.read()
    codes = {d.code for d in data.dimensions}
    assert codes == {"issue_type", "contact_channel", "offender_relationship", "online_to_offline", "service"}
    for dimension in data.dimensions:
        item_codes = [i.code for i in dimension.items]
        assert len(item_codes) == len(set(item_codes)), dimension.code
        assert dimension.label_ko.strip()
        assert dimension.label_en.strip()
        for item in dimension.items:
            assert item.label_ko.strip(), item.code
            assert item.label_en.strip(), item.code
            assert item.valid_to is None or item.valid_to > item.valid_from
    issue_types = {i.code for i in statistics.dimension("issue_type").items}
    # The ministry's crime types and the harms the brief names.
    assert {
        "grooming",
        "exploitation_material",
        "buying_sex",
        "forced_prostitution",
        "sextortion",
    } <= issue_types
    assert {"illegal_filming", "distribution_threat"} <= issue_types
    channels = {i.code for i in statistics.dimension("contact_channel").items}
    assert {"chat_app", "sns", "messenger", "community", "game", "other"} <= channels
    services = {i.code for i in statistics.dimension("service").items}
    assert {"counselling", "emergency_rescue", "legal", "medical", "academic", "removal_support"} <= services
    assert {"center_referral", "police_report"} <= services


def test_statistics_effective_dates_and_duplicate_codes(tmp_path: Path) -> None:
    from datetime import date  # noqa: PLC0415

    # Online grooming became a crime on 2021-09-24: not offered for earlier days.
    assert statistics.known("issue_type", "grooming", date(2021, 9, 24))
    assert not statistics.known("issue_type", "grooming", date(2021, 9, 23))
    assert not statistics.known("issue_type", "no_such_code")
    raw = json.loads(statistics.STATISTICS_FILE.read_text(encoding="utf-8"))
    raw["dimensions"][0]["items"].append(dict(raw["dimensions"][0]["items"][0]))
    broken = tmp_path / "statistics.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValidationError, match="duplicate code"):
        statistics.read(broken)


# -- the summary -------------------------------------------------------------------------------------------


async def test_ending_with_a_summary_validates_keeps_answers_and_stores_it_encrypted(
    client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app)
    client.cookies.update(chat.staff_cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert page.status_code == 200
    assert "End the conversation and save the summary" in page.text
    korean = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup")
    assert (
        "성착취 목적 대화 (그루밍)" in korean.text
    )  # labels from refdata/statistics.json, Korean by default
    chat_page = await client.get(f"/staff/chat/{chat.conversation_id}")
    # the console shows the same forms in its side panel
    assert f'action="/staff/chat/{chat.conversation_id}/summary"' in chat_page.text
    assert 'value="grooming"' in page.text
    assert 'value="game"' in page.text
    csrf = csrf_from(page.text)

    # Missing answers: clear errors, the answers given are kept, nothing ends.
    missing = await client.post(
        f"/staff/chat/{chat.conversation_id}/summary",
        data={"csrf_token": csrf, "issue_types": ["grooming"], "summary": "남길 내용"},
        headers={"accept-language": "en"},
    )
    assert missing.status_code == 422
    assert "Choose the first-contact channel." in missing.text
    assert "Choose at least one service offered." in missing.text
    assert "Say whether follow-up is needed." in missing.text
    assert 'id="it-grooming" name="issue_types" value="grooming" checked' in missing.text
    assert "남길 내용" in missing.text
    # An unknown code is refused too.
    unknown = await client.post(
        f"/staff/chat/{chat.conversation_id}/summary",
        data={**SUMMARY, "csrf_token": csrf, "issue_types": ["grooming", "made_up"]},
        headers={"accept-language": "en"},
    )
    assert unknown.status_code == 422
    assert "Choose issue types from the list." in unknown.text
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        assert conversation.status == "active"

    saved = await client.post(
        f"/staff/chat/{chat.conversation_id}/summary", data={**SUMMARY, "csrf_token": csrf}
    )
    assert saved.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        assert (conversation.status, conversation.ended_by) == ("ended", "staff")
        assert json.loads(conversation.issue_types) == ["grooming", "sextortion"]
        assert json.loads(conversation.services) == ["counselling", "removal_support"]
        assert conversation.contact_channel == "game"
        assert (conversation.offender_relationship, conversation.online_to_offline) == (
            "met_online",
            "planned",
        )
        assert conversation.follow_up is True
        assert conversation.summary == SUMMARY["summary"]
        assert conversation.summary_by == chat.staff.id
        raw = (
            await uow.session.execute(
                text("SELECT summary FROM conversations WHERE id = :id"), {"id": chat.conversation_id}
            )
        ).scalar_one()
    assert "게임" not in raw  # encrypted at rest
    entries = await audit_actions(sessionmaker, "counselling.summary_saved")
    assert len(entries) == 1
    details = json.loads(entries[0].details)
    assert details["ended_now"] is True
    assert details["issue_types"] == ["grooming", "sextortion"]
    assert "게임" not in entries[0].details  # codes only, never the summary
    assert await audit_actions(sessionmaker, "counselling.ended")  # ended through service.end_by_staff

    shown = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert "Online grooming" in shown.text
    assert "Game" in shown.text
    assert "Save the summary" in shown.text  # correctable afterwards


async def test_the_summary_can_be_written_after_the_young_person_ended_the_chat(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app)
    youth = client_with(new_client, chat.youth_cookies)
    ended = await youth.post(
        f"/talk/chat/{chat.conversation_id}/end", data={"csrf_token": await token(youth)}
    )
    assert ended.status_code == 303
    client.cookies.update(chat.staff_cookies)
    csrf = await token(client)
    first = await client.post(
        f"/staff/chat/{chat.conversation_id}/summary",
        data={**SUMMARY, "csrf_token": csrf, "follow_up": "no"},
    )
    assert first.status_code == 303
    corrected = await client.post(
        f"/staff/chat/{chat.conversation_id}/summary",
        data={**SUMMARY, "csrf_token": csrf, "services": ["counselling"]},
    )
    assert corrected.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
    assert (conversation.status, conversation.ended_by) == ("ended", "youth")
    assert json.loads(conversation.services) == ["counselling"]
    assert conversation.follow_up is True
    entries = await audit_actions(sessionmaker, "counselling.summary_saved")
    assert [json.loads(e.details)["corrected"] for e in entries] == [False, True]
    assert all(json.loads(e.details)["ended_now"] is False for e in entries)


# -- access ------------------------------------------------------------------------------------------------

ACTIONS = ("summary", "case", "report", "removal", "police")


async def test_only_the_counsellor_on_the_chat_or_a_joined_supervisor_wraps_it_up(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app)
    # Another counsellor: the conversation does not exist for them.
    _other, other_cookies = await staff_of(sessionmaker, Role.COUNSELLOR)
    other = client_with(new_client, other_cookies)
    csrf = await token(other)
    assert (await other.get(f"/staff/chat/{chat.conversation_id}/wrapup")).status_code == 404
    for action in ACTIONS:
        refused = await other.post(
            f"/staff/chat/{chat.conversation_id}/{action}", data={**SUMMARY, "csrf_token": csrf}
        )
        assert refused.status_code == 404, action
    # Center staff have no counselling permission.
    _center, center_cookies = await staff_of(sessionmaker, Role.CENTER_STAFF, "busan")
    center = client_with(new_client, center_cookies)
    refused = await center.post(
        f"/staff/chat/{chat.conversation_id}/summary", data={**SUMMARY, "csrf_token": await token(center)}
    )
    assert refused.status_code == 403
    # A supervisor who only observes sees the page but may not act; after joining they may.
    supervisor, sup_cookies = await staff_of(sessionmaker, Role.SUPERVISOR)
    sup = client_with(new_client, sup_cookies)
    async with unit_of_work(sessionmaker) as uow:
        uow.session.add(
            ChatParticipant(
                conversation_id=chat.conversation_id,
                staff_id=supervisor.id,
                role="observer",
                joined_at=utcnow(),
            )
        )
    page = await sup.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert page.status_code == 200
    assert 'action="/staff/chat/' not in page.text.split('id="wrapup"')[1]
    csrf = csrf_from(page.text)
    for action in ACTIONS:
        refused = await sup.post(
            f"/staff/chat/{chat.conversation_id}/{action}", data={**SUMMARY, "csrf_token": csrf}
        )
        assert refused.status_code == 403, action
    async with unit_of_work(sessionmaker) as uow:
        row = await uow.session.scalar(
            select(ChatParticipant).where(ChatParticipant.staff_id == supervisor.id)
        )
        assert row is not None
        row.role = "joined"
    done = await sup.post(f"/staff/chat/{chat.conversation_id}/summary", data={**SUMMARY, "csrf_token": csrf})
    assert done.status_code == 303
    # Without the CSRF token nothing is accepted.
    client.cookies.update(chat.staff_cookies)
    assert (await client.post(f"/staff/chat/{chat.conversation_id}/summary", data=SUMMARY)).status_code == 403


# -- follow-ups ------------------------------------------------------------------------------------------


async def test_opening_a_case_records_consent_links_the_chat_and_reaches_only_that_center(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app, age_band="15_16", region_code="KR-26")
    client.cookies.update(chat.staff_cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert '<option value="busan" selected>' in page.text  # the youth's region's center
    assert 'value="statutory"' not in page.text  # 15 to 16: consent is needed
    csrf = csrf_from(page.text)
    statutory = await client.post(
        f"/staff/chat/{chat.conversation_id}/case",
        data={"csrf_token": csrf, "center_code": "busan", "consent_basis": "statutory", "case_summary": "x"},
        headers={"accept-language": "en"},
    )
    assert statutory.status_code == 422
    assert "only for a child under 14" in statutory.text
    no_method = await client.post(
        f"/staff/chat/{chat.conversation_id}/case",
        data={
            "csrf_token": csrf,
            "center_code": "busan",
            "consent_basis": "youth",
            "case_summary": "상담 요약",
        },
        headers={"accept-language": "en"},
    )
    assert no_method.status_code == 422
    assert "Say how consent was given." in no_method.text
    assert "상담 요약" in no_method.text
    form = {
        "csrf_token": csrf,
        "center_code": "busan",
        "consent_basis": "youth",
        "consent_method": "chat",
        "consent_at": "2026-01-05T14:30",
        "case_summary": "게임 그루밍, 대면 지원 필요",
    }
    for _ in range(2):  # a double submit opens one case
        opened = await client.post(f"/staff/chat/{chat.conversation_id}/case", data=form)
        assert opened.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        cases = (await uow.session.scalars(select(Case))).all()
    assert len(cases) == 1
    case = cases[0]
    assert (case.center_code, case.conversation_id, case.region_code) == (
        "busan",
        chat.conversation_id,
        "KR-26",
    )
    assert (case.consent_basis, case.consent_method) == ("youth", "chat")
    assert case.consent_at is not None
    assert case.consent_at.isoformat().startswith("2026-01-05T05:30")
    assert case.age_band == "unknown"  # 15-16 straddles the case bands 13-15 and 16-18
    assert case.summary == "게임 그루밍, 대면 지원 필요"
    shown = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert f"Case {case.reference} opened" in shown.text
    assert len(await audit_actions(sessionmaker, "case.opened_from_chat")) == 1

    _busan, busan_cookies = await staff_of(sessionmaker, Role.CENTER_STAFF, "busan")
    busan = client_with(new_client, busan_cookies)
    assert case.reference in (await busan.get("/staff/cases")).text
    detail = await busan.get(f"/staff/cases/{case.id}", headers={"accept-language": "en"})
    assert detail.status_code == 200
    assert "The young person consented" in detail.text
    assert "In this chat" in detail.text
    assert "A counselling conversation" in detail.text
    assert f'href="/staff/chat/{chat.conversation_id}"' not in detail.text  # center staff cannot open chats
    _seoul, seoul_cookies = await staff_of(sessionmaker, Role.CENTER_STAFF, "seoul")
    seoul = client_with(new_client, seoul_cookies)
    assert case.reference not in (await seoul.get("/staff/cases")).text
    assert (await seoul.get(f"/staff/cases/{case.id}")).status_code == 404


async def test_a_child_under_14_can_get_a_case_on_the_statutory_basis(
    client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app, age_band="12_14", region_code="KR-11")
    client.cookies.update(chat.staff_cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup")
    assert 'value="statutory"' in page.text
    opened = await client.post(
        f"/staff/chat/{chat.conversation_id}/case",
        data={
            "csrf_token": csrf_from(page.text),
            "center_code": "seoul",
            "consent_basis": "statutory",
            "case_summary": "보호자 동의 없이 법정 근거로 연계",
        },
    )
    assert opened.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        case = await uow.session.scalar(select(Case))
    assert case is not None
    assert (case.consent_basis, case.consent_method, case.consent_at) == ("statutory", None, None)


async def test_filing_a_report_and_starting_a_removal_request_from_the_chat(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app)
    client.cookies.update(chat.staff_cookies)
    csrf = await token(client)
    bad = await client.post(
        f"/staff/chat/{chat.conversation_id}/report",
        data={"csrf_token": csrf, "kind": "nonsense", "report_description": "설명"},
        headers={"accept-language": "en"},
    )
    assert bad.status_code == 422
    assert "Choose what happened." in bad.text
    assert "설명" in bad.text
    for _ in range(2):
        filed = await client.post(
            f"/staff/chat/{chat.conversation_id}/report",
            data={"csrf_token": csrf, "kind": "sextortion", "report_description": "영상 유포 협박"},
        )
        assert filed.status_code == 303
    no_wording = await client.post(
        f"/staff/chat/{chat.conversation_id}/removal",
        data={"csrf_token": csrf, "consent_forward_center": "on"},
        headers={"accept-language": "en"},
    )
    assert no_wording.status_code == 422
    assert "Choose the consent wording that was read out." in no_wording.text
    for _ in range(2):
        started = await client.post(
            f"/staff/chat/{chat.conversation_id}/removal",
            data={
                "csrf_token": csrf,
                "consent_forward_center": "on",
                "consent_text_version": "staff-2026-1",
                "removal_description": "게임 채팅방에 올라간 영상",
            },
        )
        assert started.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        reports = (await uow.session.scalars(select(YouthReport))).all()
        removals = (await uow.session.scalars(select(RemovalCase))).all()
        alerts = (await uow.session.scalars(select(StaffAlert))).all()
    assert len(reports) == 1
    assert len(removals) == 1
    report, removal = reports[0], removals[0]
    assert (report.conversation_id, report.youth_contact_id, report.kind) == (
        chat.conversation_id,
        chat.contact_id,
        "sextortion",
    )
    assert report.description == "영상 유포 협박"
    assert (removal.conversation_id, removal.youth_contact_id, removal.source) == (
        chat.conversation_id,
        chat.contact_id,
        "staff",
    )
    assert (removal.consent_forward_center, removal.consent_share_hashes) == (True, False)
    assert removal.consent_text_version == "staff-2026-1"
    assert removal.consent_at is not None
    assert {(a.kind, a.subject_id) for a in alerts} >= {
        ("report.new", report.id),
        ("removal.new_request", removal.id),
    }
    shown = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert f"Report {report.reference} filed" in shown.text
    assert f"Removal request {removal.reference} started" in shown.text
    assert f'action="/staff/chat/{chat.conversation_id}/report"' not in shown.text  # done: no second form

    _officer, officer_cookies = await staff_of(sessionmaker, Role.REMOVAL_OFFICER, None)
    officer = client_with(new_client, officer_cookies)
    assert removal.reference in (await officer.get("/staff/removal")).text
    # The young person sees the report filed for them on my page.
    youth = client_with(new_client, chat.youth_cookies)
    assert report.reference in (await youth.get("/me")).text


async def test_recording_a_mandatory_report_to_the_police(client, app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app)
    client.cookies.update(chat.staff_cookies)
    page = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    csrf = csrf_from(page.text)
    form_token = page.text.split('name="form_token" value="')[1].split('"')[0]
    future = await client.post(
        f"/staff/chat/{chat.conversation_id}/police",
        data={
            "csrf_token": csrf,
            "form_token": form_token,
            "agency": "서울경찰청",
            "reported_at": "2999-01-01T00:00",
        },
        headers={"accept-language": "en"},
    )
    assert future.status_code == 422
    assert "cannot be in the future" in future.text
    form = {
        "csrf_token": csrf,
        "form_token": form_token,
        "agency": "부산경찰청 여성청소년수사대",
        "reported_at": "2026-01-05T09:00",
        "reference_number": "2026-000123",
        "police_note": "담당 수사관에게 전화로 신고",
    }
    for _ in range(2):  # the same form twice records once
        recorded = await client.post(f"/staff/chat/{chat.conversation_id}/police", data=form)
        assert recorded.status_code == 303
    second = await client.post(
        f"/staff/chat/{chat.conversation_id}/police", data={**form, "form_token": "another-form-0001"}
    )
    assert second.status_code == 303  # a second report (another form) is its own record
    async with unit_of_work(sessionmaker) as uow:
        rows = (await uow.session.scalars(select(MandatoryReport).order_by(MandatoryReport.id))).all()
        raw = (await uow.session.execute(text("SELECT note FROM mandatory_reports"))).scalars().all()
    assert len(rows) == 2
    assert (rows[0].agency, rows[0].reference_number, rows[0].staff_id) == (
        "부산경찰청 여성청소년수사대",
        "2026-000123",
        chat.staff.id,
    )
    assert rows[0].reported_at.isoformat().startswith("2026-01-05T00:00")  # 09:00 KST
    assert rows[0].note == "담당 수사관에게 전화로 신고"
    assert all("수사관" not in (r or "") for r in raw)  # the note is encrypted
    shown = await client.get(f"/staff/chat/{chat.conversation_id}/wrapup", headers={"accept-language": "en"})
    assert "Reported to 부산경찰청 여성청소년수사대" in shown.text
    assert "2026-000123" in shown.text
    entries = await audit_actions(sessionmaker, "counselling.mandatory_report")
    assert len(entries) == 2
    assert "수사관" not in entries[0].details
