"""Reference data of removal work: every consent version the code can record has its wording, the youth
wording is the /photos page's check boxes word for word, the hand-off quotes the recorded version, and no
placeholder contact reaches a letter or a hand-off."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from typing import Any

import httpx
from sqlalchemy import select

from ondam.kit.db import unit_of_work
from ondam.models import RemovalCase
from ondam.removal import refdata
from ondam.removal.youth_schemas import CONSENT_TEXT_VERSION
from tests.removal.factories import item_ids, make_removal_case
from tests.removal.helpers import Maker, field_error, ko, officer, post, textarea
from tests.removal.pdftext import pdf_text
from tests.removal.test_youth_photos import payload, send

# Text that only a placeholder contact would contain.
PLACEHOLDER = re.compile(r"\.example\b|@ondam\.|set the office|\(set |placeholder|TODO|xxx", re.I)


def _labels(page: str) -> dict[str, str]:
    found = {}
    for box in ("consent-share", "consent-center"):
        match = re.search(rf'<label for="{box}">(.*?)</label>', page, re.S)
        assert match, box
        found[box] = html.unescape(match.group(1)).strip()
    return found


def test_every_version_the_code_can_record_has_its_wording() -> None:
    texts = refdata.removal().consent_texts
    # The young person's request records this version (youth_schemas refuses any other).
    assert CONSENT_TEXT_VERSION in texts
    assert texts[CONSENT_TEXT_VERSION].channel == "youth"
    # An officer records one chosen on the new-case form, which offers (and accepts) only staff versions.
    staff = refdata.removal().consent_texts_for("staff")
    assert staff
    assert all(t.channel == "staff" for t in staff.values())
    for text in texts.values():
        for wording in (text.share_hashes, text.forward_center):
            assert wording.ko.strip()
            assert wording.en.strip()


async def test_the_youth_wording_is_what_the_photos_page_shows(client: httpx.AsyncClient) -> None:
    wording = refdata.removal().consent_texts[CONSENT_TEXT_VERSION]
    korean = _labels((await client.get("/photos")).text)
    client.cookies.set("ondam_lang", "en")
    english = _labels((await client.get("/photos")).text)
    assert korean == {"consent-share": wording.share_hashes.ko, "consent-center": wording.forward_center.ko}
    assert english == {"consent-share": wording.share_hashes.en, "consent-center": wording.forward_center.en}


async def test_the_staff_form_offers_and_accepts_only_staff_versions(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await officer(client, sessionmaker)
    page = (await client.get("/staff/removal/new")).text
    offered = set(re.findall(r'<option value="([a-z0-9-]+-\d{4}-\d+)"', page))
    assert offered == set(refdata.removal().consent_texts_for("staff"))
    assert CONSENT_TEXT_VERSION not in offered
    refused = await post(
        client,
        "/staff/removal/new",
        {"consent_forward_center": "on", "consent_text_version": CONSENT_TEXT_VERSION},
    )
    assert refused.status_code == 422
    assert field_error(refused.text, "consent_text_version") == ko(
        "Choose the consent wording that was read out."
    )


async def _handoff(client: httpx.AsyncClient, case_id: int) -> tuple[dict[str, Any], str]:
    response = await post(client, f"/staff/removal/{case_id}/handoff", {})
    assert response.status_code == 200, response.text
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    document = json.loads(archive.read(next(n for n in names if n.endswith(".json"))))
    pdf = pdf_text(archive.read(next(n for n in names if n.endswith(".pdf"))))
    return document, pdf


async def test_the_handoff_of_a_youth_request_quotes_the_wording_it_agreed_to(
    client: httpx.AsyncClient, new_client: Any, sessionmaker: Maker
) -> None:
    phone = new_client()
    sent = await send(phone, payload(consent_forward_center=True, consent_share_hashes=True))
    assert sent.status_code == 201, sent.text
    async with unit_of_work(sessionmaker) as uow:
        case = (await uow.session.scalars(select(RemovalCase))).one()
        case_id = case.id
    assert case.consent_text_version == CONSENT_TEXT_VERSION

    await officer(client, sessionmaker)
    document, pdf = await _handoff(client, case_id)
    wording = refdata.removal().consent_texts[CONSENT_TEXT_VERSION]
    assert document["consent"]["text_version"] == CONSENT_TEXT_VERSION
    assert document["consent"]["text"] == {
        "share_hashes": {"ko": wording.share_hashes.ko, "en": wording.share_hashes.en},
        "forward_center": {"ko": wording.forward_center.ko, "en": wording.forward_center.en},
    }
    flat = re.sub(r"\s+", "", pdf)
    assert re.sub(r"\s+", "", wording.forward_center.ko) in flat
    assert re.sub(r"\s+", "", wording.share_hashes.ko) in flat
    # The case page shows the same wording.
    case_page = (await client.get(f"/staff/removal/{case_id}")).text
    assert html.escape(wording.forward_center.ko, quote=False) in case_page


async def test_no_placeholder_contact_is_rendered(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    data = refdata.removal()
    for value in (data.office.email, data.office.phone, data.handoff_recipient.phone):
        assert value is None or not PLACEHOLDER.search(value), value
    # The recipient's numbers are the checked ones (shared/reference/domain-korea.md).
    assert set(re.findall(r"[\d-]{4,}", data.handoff_recipient.phone)) == {"02-735-8994", "1366"}

    await officer(client, sessionmaker)
    case_id = await make_removal_case(
        sessionmaker, urls=("https://board.example.com/view?id=9",), state="evidence_captured"
    )
    [item_id] = await item_ids(sessionmaker, case_id)
    for kind in ("platform", "kcsc", "overseas"):
        for lang in ("ko", "en"):
            page = await client.get(f"/staff/removal/items/{item_id}/letter?kind={kind}&lang={lang}")
            # The item's own address is synthetic (example.com); only the rest of the letter is checked.
            letter = textarea(page.text, "letter-text").replace("board.example.com", "")
            assert not PLACEHOLDER.search(letter), (kind, lang, letter)
            if data.office.email is None and data.office.phone is None:
                assert 'id="no-office-contact"' in page.text
                assert not re.search(r"^(E-mail|Phone|전자우편|전화):", letter, re.M), letter
    document, pdf = await _handoff(client, case_id)
    recipient = json.dumps(document["recipient"], ensure_ascii=False)
    assert not PLACEHOLDER.search(recipient)
    assert "02-735-8994" in pdf
    assert not PLACEHOLDER.search(re.sub(r"\s+", "", pdf).replace("board.example.com", ""))
