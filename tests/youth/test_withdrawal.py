"""A young person sees their removal requests on my page and withdraws one; deleting their data withdraws all."""

from __future__ import annotations

import json
import re

import httpx
from sqlalchemy import select

from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, BankChange, BankHash, RemovalCase, RemovalEvent, RemovalItem
from tests.factories import make_youth, post_form, youth_login
from tests.hashing.factories import auth, make_partner, make_removal_case_with_hashes


def _article(html: str, case_id: int) -> str:
    match = re.search(
        rf'<article class="card request" aria-labelledby="request-{case_id}">(.*?)</article>', html, re.S
    )
    assert match, f"request {case_id} is not on the page"
    return match.group(1)


async def _add_places(maker, case_id: int, count: int) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    async with unit_of_work(maker) as uow:
        for n in range(count):
            uow.session.add(
                RemovalItem(
                    case_id=case_id,
                    url=f"https://host{n}.example/p",
                    host=f"host{n}.example",
                    state="found",
                    source="youth",
                    created_at=now,
                    updated_at=now,
                )
            )


async def _case(maker, case_id: int) -> RemovalCase:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        case = await uow.session.get(RemovalCase, case_id)
        assert case is not None
        return case


async def test_my_page_lists_my_requests(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    first = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=3)
    second = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=1)
    someone_else = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    await _add_places(sessionmaker, first.case_id, 2)
    await youth_login(client, youth)
    client.cookies.set("ondam_lang", "en")
    page = (await client.get("/me")).text
    one = _article(page, first.case_id)
    assert first.reference in one
    assert re.search(r"Places found</dt><dd>2</dd>", one)
    assert re.search(r"Fingerprints in use</dt><dd>3</dd>", one)
    assert "In progress" in one
    assert f'action="/me/requests/{first.case_id}/withdraw"' in one
    assert re.search(r"Places found</dt><dd>0</dd>", _article(page, second.case_id))
    assert someone_else.reference not in page
    client.cookies.set("ondam_lang", "ko")
    korean = (await client.get("/me")).text
    assert "내 요청" in korean


async def test_withdrawing_a_request(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    made = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=3)
    kept = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=2)
    _, token = await make_partner(sessionmaker)
    before = (await client.get("/api/v1/hashes", headers=auth(token))).json()
    await youth_login(client, youth)
    url = f"/me/requests/{made.case_id}/withdraw"
    unconfirmed = await post_form(client, url, {}, page="/me")
    assert unconfirmed.status_code == 400
    assert 'role="alert"' in unconfirmed.text
    assert (await _case(sessionmaker, made.case_id)).status == "open"

    done = await post_form(client, url, {"confirm": "yes"}, page="/me")
    assert done.status_code == 200, done.text
    assert 'role="status"' in done.text
    case = await _case(sessionmaker, made.case_id)
    assert case.status == "withdrawn"
    assert case.withdrawn_at is not None
    assert (await _case(sessionmaker, kept.case_id)).status == "open"
    async with unit_of_work(sessionmaker) as uow:
        db = uow.session
        statuses = dict((await db.execute(select(BankHash.id, BankHash.status))).all())
        events = (await db.scalars(select(RemovalEvent).where(RemovalEvent.case_id == made.case_id))).all()
        audit = (await db.scalars(select(AuditEntry).where(AuditEntry.action == "removal.withdrawn"))).all()
    assert {statuses[h] for h in made.hash_ids} == {"withdrawn"}
    assert {statuses[h] for h in kept.hash_ids} == {"active"}
    assert [(e.kind, e.from_state, e.to_state) for e in events] == [("withdrawn", "open", "withdrawn")]
    assert len(audit) == 1
    assert (audit[0].actor_type, audit[0].actor_id, audit[0].object_id) == (
        "youth",
        str(youth.id),
        str(made.case_id),
    )
    assert json.loads(audit[0].details) == {"by": "youth", "hashes_withdrawn": 3}
    # Partner platforms get tombstones for the withdrawn hashes.
    after = (await client.get("/api/v1/hashes", params={"after": before["next"]}, headers=auth(token))).json()
    assert [(i["id"], i["status"]) for i in after["items"]] == [(h, "withdrawn") for h in made.hash_ids]
    # My page shows it as withdrawn, without the form; the other request keeps its form.
    client.cookies.set("ondam_lang", "en")
    page = (await client.get("/me")).text
    assert "Withdrawn" in _article(page, made.case_id)
    assert 'withdraw"' not in _article(page, made.case_id)
    assert re.search(r"Fingerprints in use</dt><dd>0</dd>", _article(page, made.case_id))
    assert f'action="/me/requests/{kept.case_id}/withdraw"' in page
    # Again: nothing more happens.
    again = await post_form(client, url, {"confirm": "yes"}, page="/me")
    assert again.status_code == 200
    async with unit_of_work(sessionmaker) as uow:
        db = uow.session
        assert len((await db.scalars(select(RemovalEvent))).all()) == 1
        assert len((await db.scalars(select(BankChange).where(BankChange.kind == "withdrawn"))).all()) == 3


async def test_another_youths_request_is_not_found(  # type: ignore[no-untyped-def]
    client: httpx.AsyncClient, new_client, sessionmaker, settings
) -> None:
    owner = await make_youth(sessionmaker, settings)
    intruder = await make_youth(sessionmaker, settings)
    theirs = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=owner.id, hashes=2)
    staff_case = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    await youth_login(client, intruder)
    for case_id in (theirs.case_id, staff_case.case_id, theirs.case_id + 10_000):
        for data in ({"confirm": "yes"}, {}):
            response = await post_form(client, f"/me/requests/{case_id}/withdraw", data, page="/me")
            assert response.status_code == 404, (case_id, data)
    assert theirs.reference not in (await client.get("/me")).text
    assert (await _case(sessionmaker, theirs.case_id)).status == "open"
    # Not signed in: sent to the case code page; without the CSRF token: refused.
    anonymous = new_client()
    signed_out = await post_form(
        anonymous, f"/me/requests/{theirs.case_id}/withdraw", {"confirm": "yes"}, page="/return"
    )
    assert signed_out.status_code == 303
    assert signed_out.headers["location"] == "/return"
    owner_browser = new_client()
    await youth_login(owner_browser, owner)
    no_token = await owner_browser.post(f"/me/requests/{theirs.case_id}/withdraw", data={"confirm": "yes"})
    assert no_token.status_code == 403
    assert (await _case(sessionmaker, theirs.case_id)).status == "open"
    async with unit_of_work(sessionmaker) as uow:
        assert (
            await uow.session.scalars(select(BankChange).where(BankChange.kind == "withdrawn"))
        ).all() == []


async def test_deleting_my_data_withdraws_every_request(  # type: ignore[no-untyped-def]
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:
    youth = await make_youth(sessionmaker, settings)
    cases = [
        await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=2),
        await make_removal_case_with_hashes(
            sessionmaker, settings, youth_id=youth.id, hashes=1, consent=False
        ),
    ]
    bystander = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    await youth_login(client, youth)
    done = await post_form(client, "/me/delete", {"confirm": "yes"}, page="/me")
    assert done.status_code == 200
    for made in cases:
        assert (await _case(sessionmaker, made.case_id)).status == "withdrawn"
    assert (await _case(sessionmaker, bystander.case_id)).status == "open"
    async with unit_of_work(sessionmaker) as uow:
        db = uow.session
        withdrawn = set((await db.scalars(select(BankHash.id).where(BankHash.status == "withdrawn"))).all())
        audit = (await db.scalars(select(AuditEntry).where(AuditEntry.action == "removal.withdrawn"))).all()
    assert withdrawn == {h for made in cases for h in made.hash_ids}
    assert sorted(json.loads(a.details)["by"] for a in audit) == ["deletion", "deletion"]
