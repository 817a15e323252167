"""One address through its states: transitions with notes and deadlines, evidence records (typed or an uploaded
file whose bytes are not kept), request letters in Korean and English, and sending them."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from ondam.kit import clock
from ondam.kit.db import unit_of_work
from ondam.kit.settings import Settings
from ondam.models import RemovalEvent, RemovalEvidence, RemovalItem
from ondam.removal import refdata
from tests.removal.factories import item_ids, make_removal_case
from tests.removal.helpers import Maker, audit_rows, details, field_error, ko, officer, post, textarea


async def _item(maker: Maker, item_id: int) -> RemovalItem:
    async with unit_of_work(maker) as uow:
        item = await uow.session.get(RemovalItem, item_id)
        assert item is not None
        return item


async def _events(maker: Maker, item_id: int) -> list[RemovalEvent]:
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(
            select(RemovalEvent).where(RemovalEvent.item_id == item_id).order_by(RemovalEvent.id)
        )
        return list(rows.all())


async def test_transition_with_note_sets_the_deadline_and_history(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    me = await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, state="evidence_captured")
    [item_id] = await item_ids(sessionmaker, case_id)
    response = await post(
        client,
        f"/staff/removal/items/{item_id}/transition",
        {"to_state": "requested_kcsc", "note": "플랫폼 무응답", "request_reference": "KCSC-2026-77"},
    )
    assert response.status_code == 303
    item = await _item(sessionmaker, item_id)
    assert item.state == "requested_kcsc"
    assert item.request_reference == "KCSC-2026-77"
    assert item.due_at is not None
    assert timedelta(days=7) - timedelta(minutes=1) < item.due_at - clock.utcnow() <= timedelta(days=7)
    [event] = await _events(sessionmaker, item_id)
    assert (event.kind, event.from_state, event.to_state, event.note, event.staff_id) == (
        "transition",
        "evidence_captured",
        "requested_kcsc",
        "플랫폼 무응답",
        me.id,
    )
    [row] = await audit_rows(sessionmaker, "removal.transition")
    assert details(row) == {
        "item_id": item_id,
        "from_state": "evidence_captured",
        "to_state": "requested_kcsc",
    }
    page = (await client.get(f"/staff/removal/items/{item_id}")).text
    assert "플랫폼 무응답" in page


async def test_illegal_transition_is_refused_with_a_clear_message(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, state="found")
    [item_id] = await item_ids(sessionmaker, case_id)
    response = await post(
        client,
        f"/staff/removal/items/{item_id}/transition",
        {"to_state": "requested_platform", "note": "급함"},
    )
    assert response.status_code == 409
    message = field_error(response.text, "to_state")
    expected = ko(
        "An item that is “{current}” cannot move to “{target}”. Possible next steps: {allowed}."
    ).format(
        current=ko("Found"),
        target=ko("Request sent to the platform"),
        allowed=f"“{ko('Evidence captured')}”, “{ko('Removed')}”",
    )
    assert message == expected
    assert ">급함</textarea>" in response.text  # the note is kept
    unknown = await post(client, f"/staff/removal/items/{item_id}/transition", {"to_state": "deleted"})
    assert unknown.status_code == 422
    assert field_error(unknown.text, "to_state") == ko("Choose one of the options.")
    assert (await _item(sessionmaker, item_id)).state == "found"
    assert await _events(sessionmaker, item_id) == []


async def test_typed_evidence_moves_a_found_item_on(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    me = await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, state="found")
    [item_id] = await item_ids(sessionmaker, case_id)
    digest = "AB" * 32
    response = await post(
        client,
        f"/staff/removal/items/{item_id}/evidence",
        {
            "sha256": digest,
            "http_status": "200",
            "content_type": "image/jpeg",
            "captured_at": "2026-01-05T09:30",
        },
    )
    assert response.status_code == 303, response.text
    async with unit_of_work(sessionmaker) as uow:
        [record] = (await uow.session.scalars(select(RemovalEvidence))).all()
    assert record.sha256 == digest.lower()
    assert record.http_status == 200
    assert record.content_type == "image/jpeg"
    assert record.url == "https://images.example.com/p/1"
    assert record.captured_at.isoformat() == "2026-01-05T00:30:00+00:00"  # typed in Korean time
    assert record.staff_id == me.id
    assert (await _item(sessionmaker, item_id)).state == "evidence_captured"
    kinds = [(e.kind, e.to_state) for e in await _events(sessionmaker, item_id)]
    assert kinds == [("evidence", None), ("transition", "evidence_captured")]
    [row] = await audit_rows(sessionmaker, "removal.evidence")
    assert digest.lower() not in row.details


async def test_uploaded_capture_is_hashed_and_not_kept(
    client: httpx.AsyncClient, sessionmaker: Maker, settings: Settings
) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, state="reappeared")
    [item_id] = await item_ids(sessionmaker, case_id)
    content = b"synthetic capture bytes " * 5000
    marker = b"UNIQUE-MARKER-7f3a"
    response = await post(
        client,
        f"/staff/removal/items/{item_id}/evidence",
        {"http_status": "200"},
        files={"file": ("capture.png", marker + content, "image/png")},
    )
    assert response.status_code == 303, response.text
    async with unit_of_work(sessionmaker) as uow:
        [record] = (await uow.session.scalars(select(RemovalEvidence))).all()
    assert record.sha256 == hashlib.sha256(marker + content).hexdigest()
    assert record.size == len(marker + content)
    assert record.content_type == "image/png"
    assert (await _item(sessionmaker, item_id)).state == "evidence_captured"
    # The bytes are nowhere: not in the database file, not in the data folder.
    assert _files_holding(marker, settings) == []


def _files_holding(marker: bytes, settings: Settings) -> list[Path]:
    files = [p for p in Path(settings.data_dir).rglob("*") if p.is_file()]
    if settings.database_url.startswith("sqlite"):
        db_file = Path(settings.database_url.split("///", 1)[-1])
        files += [p for p in (db_file, db_file.with_name(db_file.name + "-wal")) if p.exists()]
        assert db_file in files
    return [p for p in files if marker in p.read_bytes()]


async def test_evidence_form_errors(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, state="found")
    [item_id] = await item_ids(sessionmaker, case_id)
    url = f"/staff/removal/items/{item_id}/evidence"
    # What a browser sends for an untouched form: every field, empty, and an empty file part.
    blank = dict.fromkeys(("url", "captured_at", "http_status", "content_type", "size", "sha256"), "")
    untouched = await post(client, url, blank, files={"file": ("", b"", "application/octet-stream")})
    assert untouched.status_code == 422
    assert field_error(untouched.text, "sha256") is not None
    nothing = await post(client, url, {"content_type": "image/png"})
    assert nothing.status_code == 422
    assert field_error(nothing.text, "sha256") == ko(
        "Upload the captured file, or type the SHA-256 of what was captured."
    )
    assert 'value="image/png"' in nothing.text
    both = await post(client, url, {"sha256": "a" * 64}, files={"file": ("c.png", b"x", "image/png")})
    assert field_error(both.text, "sha256") == ko(
        "Either upload the captured file or type its SHA-256, not both."
    )
    bad = await post(client, url, {"sha256": "xyz", "http_status": "999", "captured_at": "2999-01-01T00:00"})
    assert field_error(bad.text, "sha256") == ko("A SHA-256 is 64 characters 0-9 and a-f.")
    assert field_error(bad.text, "http_status") == ko("Enter a number of at most {n}.").format(n=599)
    assert field_error(bad.text, "captured_at") == ko("The capture time cannot be in the future.")
    empty = await post(client, url, {}, files={"file": ("c.png", b"", "image/png")})
    assert empty.status_code == 422
    assert field_error(empty.text, "file") == ko("The uploaded file is empty.")
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.scalars(select(RemovalEvidence))).all() == []


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        (
            "platform",
            "ko",
            [
                "삭제 요청",
                "「아동·청소년의 성보호에 관한 법률」 제11조",
                "「전기통신사업법」 제22조의5",
                "제31조",
            ],
        ),
        (
            "platform",
            "en",
            [
                "delete",
                "Article 11 of the Act on the Protection of Children and Youth",
                "Article 22-5 of the Telecommunications Business Act",
            ],
        ),
        (
            "kcsc",
            "ko",
            ["방송미디어통신심의위원회 귀중", "「아동·청소년의 성보호에 관한 법률」 제11조", "접속 차단"],
        ),
        (
            "kcsc",
            "en",
            [
                "media-review commission",
                "Article 11 of the Act on the Protection of Children and Youth",
                "blocks access",
            ],
        ),
        (
            "overseas",
            "en",
            [
                "Urgent removal request",
                "Article 11 of the Act on the Protection of Children and Youth",
                "Article 31",
            ],
        ),
        (
            "overseas",
            "ko",
            ["긴급 삭제 요청", "「아동·청소년의 성보호에 관한 법률」 제11조", "대한민국의 법적 근거"],
        ),
    ],
)
async def test_letters_hold_the_url_reference_and_legal_basis(
    client: httpx.AsyncClient, sessionmaker: Maker, kind: str, lang: str, expected: list[str]
) -> None:
    me = await officer(client, sessionmaker)
    url = "https://board.example.com/view?id=9&page=2"
    case_id = await make_removal_case(sessionmaker, urls=(url,), state="evidence_captured")
    [item_id] = await item_ids(sessionmaker, case_id)
    page = await client.get(f"/staff/removal/items/{item_id}/letter?kind={kind}&lang={lang}")
    assert page.status_code == 200
    text = textarea(page.text, "letter-text")
    download = await client.get(f"/staff/removal/items/{item_id}/letter.txt?kind={kind}&lang={lang}")
    assert download.headers["content-type"] == "text/plain; charset=utf-8"
    assert "attachment" in download.headers["content-disposition"]
    assert download.text.replace(download.text.split("\n")[0], "") != ""
    for letter in (text, download.text):
        assert url in letter  # unescaped: the letter is plain text
        assert f"-{item_id}" in letter  # case reference + item
        assert f"Test {me.username}" in letter
        office = refdata.removal().office
        assert office.name.get(lang) in letter
        labels = ("전자우편:", "전화:") if lang == "ko" else ("E-mail:", "Phone:")
        for label, value in zip(labels, (office.email, office.phone), strict=True):
            assert (f"{label} {value}" in letter) if value else (label not in letter)
        for phrase in expected:
            assert phrase in letter, phrase
        assert ("회신 기한" if lang == "ko" else "Please reply by") in letter
    assert "{{" not in text
    assert 'data-copy-target="letter-text"' in page.text
    assert re.search(
        r'<script type="module" src="/static/js/removal-copy\.mjs\?v=[0-9a-f]+"></script>', page.text
    )


async def test_sending_a_letter_is_a_transition_and_a_letter_event(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(
        sessionmaker, urls=("https://t.me/somechannel/12",), state="evidence_captured"
    )
    [item_id] = await item_ids(sessionmaker, case_id)
    page = (await client.get(f"/staff/removal/items/{item_id}/letter")).text
    assert '<option value="overseas" selected>' in page  # Telegram is an overseas platform
    assert '<option value="en" selected>' in page
    response = await post(
        client,
        f"/staff/removal/items/{item_id}/letter",
        {"kind": "overseas", "lang": "en", "request_reference": "TG-991", "note": "sent via abuse form"},
    )
    assert response.status_code == 303
    item = await _item(sessionmaker, item_id)
    assert item.state == "requested_overseas"
    assert item.request_reference == "TG-991"
    events = await _events(sessionmaker, item_id)
    assert [(e.kind, e.to_state) for e in events] == [("transition", "requested_overseas"), ("letter", None)]
    assert events[1].note is not None
    assert events[1].note.startswith("overseas:en sha256:")
    [row] = await audit_rows(sessionmaker, "removal.letter")
    assert details(row)["kind"] == "overseas"
    # The same letter again is not a valid step any more.
    again = await post(client, f"/staff/removal/items/{item_id}/letter", {"kind": "overseas", "lang": "en"})
    assert again.status_code == 409
    assert f"“{ko('Request sent to the overseas host')}”" in field_error_or_alert(again.text)
    page = (await client.get(f"/staff/removal/items/{item_id}/letter?kind=platform&lang=ko")).text
    refusal = ko("The address is “{state}”; this request cannot be recorded from that state.")
    assert refusal.format(state=ko("Request sent to the overseas host")) in page
    assert 'action="/staff/removal/items/' + str(item_id) + '/letter" class="stack"' not in page


def field_error_or_alert(page: str) -> str:
    match = re.search(r'<div class="error" role="alert" id="form-error">(.*?)</div>', page, re.S)
    assert match, "no form error"
    return match.group(1)
