"""Revoking the consent to share hashes after partners received them: the case's hashes are withdrawn first, so
the partner feed sends tombstones for every hash that was shared, and a partner applying its next pull deletes
them. Reached by a removal officer (the case page) and by the young person (my page)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from ondam.audit.service import Actor
from ondam.hashing import bank
from ondam.kit import clock
from ondam.kit.db import unit_of_work
from ondam.kit.settings import Settings
from ondam.models import AuditEntry, BankChange, BankHash, RemovalCase, RemovalEvent
from tests.factories import make_youth, post_form, youth_login
from tests.hashing.factories import (
    auth,
    make_partner,
    make_removal_case_with_hashes,
    new_hashes,
)
from tests.removal.helpers import Maker, NewClient, ko, officer, post

FEED = "/api/v1/hashes"


class Partner:
    """A partner platform as the feed documents it: keeps the active hashes, deletes on a tombstone."""

    def __init__(self, client: httpx.AsyncClient, token: str) -> None:
        self.client = client
        self.token = token
        self.cursor: str | None = None
        self.held: dict[int, str] = {}  # hash id -> value
        self.last_pull: list[dict[str, Any]] = []

    async def pull(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        while True:
            params: dict[str, str] = {} if self.cursor is None else {"after": self.cursor}
            response = await self.client.get(FEED, params=params, headers=auth(self.token))
            assert response.status_code == 200, response.text
            page = response.json()
            items.extend(page["items"])
            self.cursor = page["next"]
            if not page["has_more"]:
                break
        for item in items:
            if item["status"] == "active":
                self.held[item["id"]] = item["value"]
            else:
                self.held.pop(item["id"], None)
        self.last_pull = items
        return items


async def _case(maker: Maker, case_id: int) -> RemovalCase:
    async with unit_of_work(maker) as uow:
        case = await uow.session.get(RemovalCase, case_id)
        assert case is not None
        return case


async def _statuses(maker: Maker, hash_ids: list[int]) -> set[str]:
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(select(BankHash.status).where(BankHash.id.in_(hash_ids)))
        return set(rows.all())


async def _count(maker: Maker, model: Any, *where: Any) -> int:
    async with unit_of_work(maker) as uow:
        return len((await uow.session.scalars(select(model).where(*where))).all())


async def test_an_officer_stops_sharing_and_partners_delete_the_hashes(
    client: httpx.AsyncClient, new_client: NewClient, sessionmaker: Maker, settings: Settings
) -> None:
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=3)
    other = await make_removal_case_with_hashes(sessionmaker, settings, hashes=2)
    _, token = await make_partner(sessionmaker)
    partner = Partner(new_client(), token)
    await partner.pull()
    assert set(partner.held) == set(made.hash_ids) | set(other.hash_ids)

    me = await officer(client, sessionmaker)
    case_page = (await client.get(f"/staff/removal/{made.case_id}")).text
    assert f'href="/staff/removal/{made.case_id}/sharing"' in case_page
    form = await client.get(f"/staff/removal/{made.case_id}/sharing")
    assert form.status_code == 200
    assert 'name="confirm"' in form.text

    unconfirmed = await post(client, f"/staff/removal/{made.case_id}/sharing", {})
    assert unconfirmed.status_code == 422
    assert ko("Tick the box to confirm that the young person asked for this.") in unconfirmed.text
    assert (await _case(sessionmaker, made.case_id)).consent_share_hashes is True
    assert await _statuses(sessionmaker, made.hash_ids) == {"active"}

    done = await post(client, f"/staff/removal/{made.case_id}/sharing", {"confirm": "yes"})
    assert done.status_code == 303
    assert done.headers["location"] == f"/staff/removal/{made.case_id}?saved=sharing"
    case = await _case(sessionmaker, made.case_id)
    assert (case.consent_share_hashes, case.status) == (False, "open")  # the removal work goes on
    assert await _statuses(sessionmaker, made.hash_ids) == {"withdrawn"}
    assert await _statuses(sessionmaker, other.hash_ids) == {"active"}

    # The next pull brings one tombstone per shared hash of the case; applying it empties the partner's copy.
    tombstones = await partner.pull()
    assert [(t["id"], t["status"]) for t in tombstones] == [(h, "withdrawn") for h in made.hash_ids]
    assert all("value" not in t for t in tombstones)
    assert set(partner.held) == set(other.hash_ids)
    assert await partner.pull() == []  # nothing more

    # A platform that joins later never gets the values: tombstones only.
    _, newcomer_token = await make_partner(sessionmaker, "newcomer")
    newcomer = Partner(new_client(), newcomer_token)
    await newcomer.pull()
    assert set(newcomer.held) == set(other.hash_ids)
    assert {t["id"] for t in newcomer.last_pull if t["status"] == "withdrawn"} == set(made.hash_ids)

    # A match report on a revoked hash is refused as withdrawn (the platform knew the id), not "not found".
    report = await partner.client.post(
        f"{FEED}/{made.hash_ids[0]}/matches",
        json={"url": "https://video.example.com/v/1"},
        headers=auth(token),
    )
    assert report.status_code == 409
    assert report.json()["error"] == "withdrawn"

    # History, audit, and the case page say what happened.
    async with unit_of_work(sessionmaker) as uow:
        events = (
            await uow.session.scalars(
                select(RemovalEvent).where(
                    RemovalEvent.case_id == made.case_id, RemovalEvent.kind == "share_revoked"
                )
            )
        ).all()
        audited = (
            await uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == "removal.consent.share_revoked")
            )
        ).all()
    assert [(e.staff_id, e.note) for e in events] == [(me.id, "3 hashes withdrawn")]
    [row] = audited
    assert (row.actor_type, row.actor_id, row.object_id) == ("staff", str(me.id), str(made.case_id))
    assert json.loads(row.details) == {"by": "officer", "hashes_withdrawn": 3}
    after = (await client.get(done.headers["location"])).text
    assert ko("Consent to share hashes withdrawn") in after
    assert f'href="/staff/removal/{made.case_id}/sharing"' not in after

    # Again: nothing changes, no second tombstone.
    changes = await _count(sessionmaker, BankChange)
    again = await post(client, f"/staff/removal/{made.case_id}/sharing", {"confirm": "yes"})
    assert again.status_code == 303
    assert await _count(sessionmaker, BankChange) == changes
    assert await partner.pull() == []


async def test_hashes_added_after_the_revocation_are_never_served(
    client: httpx.AsyncClient, new_client: NewClient, sessionmaker: Maker, settings: Settings
) -> None:
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=2)
    _, token = await make_partner(sessionmaker)
    partner = Partner(new_client(), token)
    await partner.pull()
    await officer(client, sessionmaker)
    assert (
        await post(client, f"/staff/removal/{made.case_id}/sharing", {"confirm": "yes"})
    ).status_code == 303
    await partner.pull()
    assert partner.held == {}

    # The case goes on: an officer adds a hash later (kept for matching here, not shared), then withdraws it.
    clock.advance(timedelta(seconds=2))
    async with unit_of_work(sessionmaker) as uow:
        [late] = await bank.add_hashes(
            uow.session, made.case_id, new_hashes(1), added_by="officer", staff_id=1, settings=settings
        )
        late_id = late.id
    assert await partner.pull() == []
    report = await partner.client.post(
        f"{FEED}/{late_id}/feedback", json={"status": "blocked"}, headers=auth(token)
    )
    assert report.status_code == 404  # never shared: answered like an id that does not exist
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_hash(uow.session, late_id, actor=Actor("staff", "1"))
    assert await partner.pull() == []


async def test_a_closed_case_can_stop_sharing(
    client: httpx.AsyncClient, new_client: NewClient, sessionmaker: Maker, settings: Settings
) -> None:
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=2, status="closed")
    _, token = await make_partner(sessionmaker)
    partner = Partner(new_client(), token)
    await partner.pull()
    assert set(partner.held) == set(made.hash_ids)
    await officer(client, sessionmaker)
    form = await client.get(f"/staff/removal/{made.case_id}/sharing")
    assert 'name="confirm"' in form.text
    assert (
        await post(client, f"/staff/removal/{made.case_id}/sharing", {"confirm": "yes"})
    ).status_code == 303
    await partner.pull()
    assert partner.held == {}
    assert (await _case(sessionmaker, made.case_id)).status == "closed"


async def test_the_young_person_stops_sharing_on_my_page(
    client: httpx.AsyncClient, new_client: NewClient, sessionmaker: Maker, settings: Settings
) -> None:
    youth = await make_youth(sessionmaker, settings)
    made = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=3)
    kept = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=youth.id, hashes=1)
    _, token = await make_partner(sessionmaker)
    partner = Partner(new_client(), token)
    await partner.pull()
    assert set(partner.held) == set(made.hash_ids) | set(kept.hash_ids)

    await youth_login(client, youth)
    url = f"/me/requests/{made.case_id}/stop-sharing"
    page = (await client.get("/me")).text
    assert f'action="{url}"' in page
    unconfirmed = await post_form(client, url, {}, page="/me")
    assert unconfirmed.status_code == 400
    assert 'role="alert"' in unconfirmed.text
    assert await _statuses(sessionmaker, made.hash_ids) == {"active"}

    done = await post_form(client, url, {"confirm": "yes"}, page="/me")
    assert done.status_code == 200, done.text
    assert 'role="status"' in done.text
    case = await _case(sessionmaker, made.case_id)
    assert (case.consent_share_hashes, case.status) == (False, "open")
    tombstones = await partner.pull()
    assert [(t["id"], t["status"]) for t in tombstones] == [(h, "withdrawn") for h in made.hash_ids]
    assert set(partner.held) == set(kept.hash_ids)
    async with unit_of_work(sessionmaker) as uow:
        [row] = (
            await uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == "removal.consent.share_revoked")
            )
        ).all()
    assert (row.actor_type, row.actor_id) == ("youth", str(youth.id))
    assert json.loads(row.details) == {"by": "youth", "hashes_withdrawn": 3}

    # My page: no more "stop sharing" for this request; it can still be withdrawn; the other keeps both forms.
    client.cookies.set("ondam_lang", "en")
    page = (await client.get("/me")).text
    mine = page.split(f'aria-labelledby="request-{made.case_id}"', 1)[1].split("</article>", 1)[0]
    assert "Shared with partner platforms</dt><dd>No</dd>" in mine
    assert "Fingerprints in use</dt><dd>0</dd>" in mine
    assert f'action="{url}"' not in page
    assert f'action="/me/requests/{made.case_id}/withdraw"' in page
    assert f'action="/me/requests/{kept.case_id}/stop-sharing"' in page


async def test_another_youth_cannot_stop_sharing(
    client: httpx.AsyncClient, new_client: NewClient, sessionmaker: Maker, settings: Settings
) -> None:
    owner = await make_youth(sessionmaker, settings)
    intruder = await make_youth(sessionmaker, settings)
    theirs = await make_removal_case_with_hashes(sessionmaker, settings, youth_id=owner.id, hashes=2)
    staff_case = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    await youth_login(client, intruder)
    for case_id in (theirs.case_id, staff_case.case_id, theirs.case_id + 10_000):
        for data in ({"confirm": "yes"}, {}):
            response = await post_form(client, f"/me/requests/{case_id}/stop-sharing", data, page="/me")
            assert response.status_code == 404, (case_id, data)
    anonymous = new_client()
    signed_out = await post_form(
        anonymous, f"/me/requests/{theirs.case_id}/stop-sharing", {"confirm": "yes"}, page="/return"
    )
    assert signed_out.status_code == 303
    assert signed_out.headers["location"] == "/return"
    owner_browser = new_client()
    await youth_login(owner_browser, owner)
    no_token = await owner_browser.post(
        f"/me/requests/{theirs.case_id}/stop-sharing", data={"confirm": "yes"}
    )
    assert no_token.status_code == 403
    assert await _statuses(sessionmaker, theirs.hash_ids + staff_case.hash_ids) == {"active"}
    assert (await _case(sessionmaker, theirs.case_id)).consent_share_hashes is True
