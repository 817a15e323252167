"""The partner hash exchange: token and rate limit, delta feed with tombstones, feedback, match reports, audit."""

from __future__ import annotations

import json

import httpx
from sqlalchemy import select, text

from ondam.audit.service import Actor
from ondam.hashing import bank, exchange
from ondam.hashing.schemas import NewHash
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, PartnerFeedback, RemovalEvent, RemovalItem, StaffAlert
from tests.conftest import all_routes
from tests.hashing.factories import auth, make_partner, make_removal_case_with_hashes, synthetic_pdq

FEED = "/api/v1/hashes"
OFFICER = Actor("staff", "1")


async def _audit(maker, action: str) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)
        )
        return list(rows.all())


async def _read_all(
    client: httpx.AsyncClient, token: str, after: str | None = None, limit: int = 1000
) -> tuple[list[dict], str]:  # type: ignore[type-arg]
    items: list[dict] = []  # type: ignore[type-arg]
    while True:
        params: dict[str, str | int] = {"limit": limit}
        if after is not None:
            params["after"] = after
        page = (await client.get(FEED, params=params, headers=auth(token))).json()
        items.extend(page["items"])
        after = page["next"]
        if not page["has_more"]:
            return items, page["next"]


async def test_token_is_required_everywhere(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    calls = [
        ("GET", FEED, None),
        ("POST", f"{FEED}/{made.hash_ids[0]}/feedback", {"status": "blocked"}),
        ("POST", f"{FEED}/{made.hash_ids[0]}/matches", {"url": "https://a.example/x"}),
    ]
    for method, url, body in calls:
        missing = await client.request(method, url, json=body)
        assert missing.status_code == 401, url
        assert missing.json()["error"] == "invalid_token"
        assert missing.headers["www-authenticate"] == "Bearer"
        wrong = await client.request(method, url, json=body, headers=auth("ondam_pt_not-a-real-token"))
        assert wrong.status_code == 401, url
        basic = await client.request(method, url, json=body, headers={"authorization": "Basic YTpi"})
        assert basic.status_code == 401, url
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.scalars(select(PartnerFeedback))).all() == []


async def test_rate_limit_per_platform(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    _, slow = await make_partner(sessionmaker, "slow", limit=2)
    _, other = await make_partner(sessionmaker, "other", limit=2)
    statuses = [(await client.get(FEED, headers=auth(slow))).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    refused = await client.get(FEED, headers=auth(slow))
    assert refused.json()["error"] == "too_many_requests"
    assert (await client.get(FEED, headers=auth(other))).status_code == 200  # limits are per platform


async def test_feed_pages_with_cursor_and_has_more(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    platform_id, token = await make_partner(sessionmaker)
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=5)
    pages = []
    after: str | None = None
    for _ in range(4):
        params: dict[str, str | int] = {"limit": 2}
        if after is not None:
            params["after"] = after
        response = await client.get(FEED, params=params, headers=auth(token))
        assert response.status_code == 200, response.text
        pages.append(response.json())
        after = response.json()["next"]
    assert [len(p["items"]) for p in pages] == [2, 2, 1, 0]
    assert [p["has_more"] for p in pages] == [True, True, False, False]
    assert pages[3]["next"] == pages[2]["next"]  # nothing new: the cursor stays
    items = [i for p in pages for i in p["items"]]
    assert [i["id"] for i in items] == made.hash_ids
    first = items[0]
    assert set(first) == {"id", "signal_type", "value", "quality", "media_kind", "status", "added_at"}
    assert (first["signal_type"], first["status"], first["quality"], first["media_kind"]) == (
        "pdq",
        "active",
        90,
        "image",
    )
    assert len(first["value"]) == 64
    assert (items[1]["signal_type"], items[1]["media_kind"], items[1]["quality"]) == ("md5", "video", None)
    # Opaque cursors: not a bare number.
    assert not pages[0]["next"].isdigit()
    # New hashes show up after the last cursor, and only they.
    later = await make_removal_case_with_hashes(sessionmaker, settings, hashes=2)
    fresh, _ = await _read_all(client, token, after=pages[3]["next"])
    assert [i["id"] for i in fresh] == later.hash_ids
    # Every call is audited with the platform and the number of items served.
    rows = await _audit(sessionmaker, "partner.hashes_feed")
    assert [json.loads(r.details)["items"] for r in rows] == [2, 2, 1, 0, 2]
    assert {(r.actor_type, r.actor_id) for r in rows} == {("partner", str(platform_id))}
    assert all(r.ip == "203.0.113.10" and r.request_id for r in rows)


async def test_withdrawal_reaches_platforms_as_tombstones(  # type: ignore[no-untyped-def]
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:
    _, token = await make_partner(sessionmaker)
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=3)
    _, cursor = await _read_all(client, token)
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_case_hashes(uow.session, made.case_id, actor=OFFICER) == 3
    tombstones, _ = await _read_all(client, token, after=cursor)
    assert [t["id"] for t in tombstones] == made.hash_ids
    for t in tombstones:
        assert set(t) == {"id", "signal_type", "status", "withdrawn_at"}
        assert t["status"] == "withdrawn"
        assert t["withdrawn_at"]
    # A platform starting afresh gets the tombstones only: never the values of withdrawn hashes.
    _, fresh_token = await make_partner(sessionmaker, "newcomer")
    everything, _ = await _read_all(client, fresh_token)
    assert [(i["id"], i["status"]) for i in everything] == [(h, "withdrawn") for h in made.hash_ids]
    assert all("value" not in i for i in everything)


async def test_changes_of_one_hash_in_a_page_are_collapsed(  # type: ignore[no-untyped-def]
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:
    _, token = await make_partner(sessionmaker)
    withdrawn_value = synthetic_pdq(424242)
    hashes = [
        NewHash(signal_type="pdq", value=withdrawn_value, quality=90),
        NewHash(signal_type="sha256", value="12" * 32),
        NewHash(signal_type="sha256", value="34" * 32),
    ]
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=hashes)
    async with unit_of_work(sessionmaker) as uow:
        await bank.withdraw_hash(uow.session, made.hash_ids[0], actor=OFFICER)
    # changes: added h1, h2, h3, withdrawn h1 -> one page holds all four
    whole = await client.get(FEED, headers=auth(token))
    items = whole.json()["items"]
    assert [(i["id"], i["status"]) for i in items] == [
        (made.hash_ids[1], "active"),
        (made.hash_ids[2], "active"),
        (made.hash_ids[0], "withdrawn"),  # at the place of its latest change
    ]
    assert withdrawn_value not in whole.text
    # Pages of two: the first page holds only h1's "added" change, yet h1 is served as it is now.
    paged = []
    after: str | None = None
    for _ in range(2):
        params: dict[str, str | int] = {"limit": 2} | ({"after": after} if after else {})
        response = await client.get(FEED, params=params, headers=auth(token))
        assert withdrawn_value not in response.text
        paged.append(response.json())
        after = response.json()["next"]
    assert [(i["id"], i["status"]) for i in paged[0]["items"]] == [
        (made.hash_ids[0], "withdrawn"),
        (made.hash_ids[1], "active"),
    ]
    assert [(i["id"], i["status"]) for i in paged[1]["items"]] == [
        (made.hash_ids[2], "active"),
        (made.hash_ids[0], "withdrawn"),
    ]


async def test_only_consented_cases_are_shared(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_partner(sessionmaker)
    private = await make_removal_case_with_hashes(sessionmaker, settings, consent=False, hashes=2)
    shared = await make_removal_case_with_hashes(sessionmaker, settings, consent=True, hashes=2)
    items, _ = await _read_all(client, token)
    assert [i["id"] for i in items] == shared.hash_ids
    # Not addressable either: the same answer as an id that does not exist.
    for suffix, body in (("feedback", {"status": "blocked"}), ("matches", {"url": "https://a.example/p"})):
        hidden = await client.post(f"{FEED}/{private.hash_ids[0]}/{suffix}", json=body, headers=auth(token))
        missing = await client.post(f"{FEED}/987654/{suffix}", json=body, headers=auth(token))
        assert hidden.status_code == missing.status_code == 404
        assert hidden.json() == missing.json() == {"error": "not_found", "detail": "no such hash"}
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.scalars(select(PartnerFeedback))).all() == []
        assert (await uow.session.scalars(select(RemovalItem))).all() == []
    # The refusals are audited too (with the id asked for).
    refused = await _audit(sessionmaker, "partner.hash_match")
    assert [(r.object_id, json.loads(r.details)) for r in refused] == [
        (str(private.hash_ids[0]), {"error": "not_found"}),
        ("987654", {"error": "not_found"}),
    ]


async def test_bad_cursor(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_partner(sessionmaker)
    await make_removal_case_with_hashes(sessionmaker, settings, hashes=2)
    ahead = exchange.encode_cursor(1000)
    for cursor in ("not a cursor!", "12", "YmsxOmFiYw", exchange.encode_cursor(-1)[:-1] + "_", ahead):
        response = await client.get(FEED, params={"after": cursor}, headers=auth(token))
        assert response.status_code == 400, cursor
        assert response.json()["error"] == "bad_cursor"
        assert response.json()["detail"]
    assert exchange.decode_cursor(exchange.encode_cursor(2)) == 2
    too_big = await client.get(FEED, params={"limit": 1001}, headers=auth(token))
    assert too_big.status_code == 422
    assert too_big.json()["error"] == "invalid_request"
    rows = await _audit(sessionmaker, "partner.hashes_feed")
    assert [json.loads(r.details) for r in rows] == [{"error": "bad_cursor"}] * 5


async def test_feedback(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    platform_id, token = await make_partner(sessionmaker)
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    url = f"{FEED}/{made.hash_ids[0]}/feedback"
    first = await client.post(url, json={"status": "blocked"}, headers=auth(token))
    assert first.status_code == 200, first.text
    assert first.json() == {"received": True, "status": "blocked"}
    again = await client.post(url, json={"status": "blocked"}, headers=auth(token))
    assert again.status_code == 200
    changed = await client.post(
        url, json={"status": "not_blocked", "detail": "below our threshold"}, headers=auth(token)
    )
    assert changed.status_code == 200
    bad = await client.post(url, json={"status": "maybe"}, headers=auth(token))
    assert bad.status_code == 422
    async with unit_of_work(sessionmaker) as uow:
        rows = (await uow.session.scalars(select(PartnerFeedback).order_by(PartnerFeedback.id))).all()
        raw = (
            await uow.session.execute(text("SELECT detail FROM partner_feedback WHERE detail IS NOT NULL"))
        ).all()
    assert [(r.kind, r.platform_id, r.hash_id) for r in rows] == [
        ("blocked", platform_id, made.hash_ids[0]),
        ("not_blocked", platform_id, made.hash_ids[0]),
    ]
    assert rows[1].detail == "below our threshold"
    assert "threshold" not in raw[0][0]  # encrypted at rest
    audited = await _audit(sessionmaker, "partner.hash_feedback")
    assert [json.loads(r.details) for r in audited] == [
        {"status": "blocked", "repeated": False},
        {"status": "blocked", "repeated": True},
        {"status": "not_blocked", "repeated": False},
    ]
    assert all(r.subject == f"removal_case:{made.case_id}" for r in audited)


async def test_match_report_opens_an_item_and_alerts_officers(  # type: ignore[no-untyped-def]
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:
    platform_id, token = await make_partner(sessionmaker, "VideoSite")
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    url = f"{FEED}/{made.hash_ids[0]}/matches"
    body = {
        "url": "https://Video.Example.com:8443/v/8f3k2?t=1",
        "seen_at": "2026-11-25T11:20:00+09:00",
        "detail": "account 12345",
        "idempotency_key": "match-8f3k2",
    }
    first = await client.post(url, json=body, headers=auth(token))
    assert first.status_code == 201, first.text
    assert first.json()["duplicate"] is False
    retry = await client.post(url, json=body, headers=auth(token))
    assert retry.status_code == 200
    assert retry.json() == {"received": True, "report_id": first.json()["report_id"], "duplicate": True}
    # The same URL without a key is recognised as well.
    same_url = await client.post(url, json={"url": body["url"]}, headers=auth(token))
    assert same_url.json()["duplicate"] is True
    other = await client.post(url, json={"url": "https://mirror.example.net/a.jpg"}, headers=auth(token))
    assert other.status_code == 201
    async with unit_of_work(sessionmaker) as uow:
        db = uow.session
        items = (await db.scalars(select(RemovalItem).order_by(RemovalItem.id))).all()
        events = (await db.scalars(select(RemovalEvent).order_by(RemovalEvent.id))).all()
        alerts = (await db.scalars(select(StaffAlert).order_by(StaffAlert.id))).all()
        reports = (
            await db.scalars(
                select(PartnerFeedback).where(PartnerFeedback.kind == "match").order_by(PartnerFeedback.id)
            )
        ).all()
        raw_urls = [r[0] for r in (await db.execute(text("SELECT url FROM removal_items"))).all()]
    assert len(items) == len(events) == len(alerts) == len(reports) == 2
    item = items[0]
    assert (item.case_id, item.source, item.state, item.host, item.platform) == (
        made.case_id,
        "partner",
        "found",
        "video.example.com",
        "VideoSite",
    )
    assert item.url == body["url"]
    assert all("example" not in raw for raw in raw_urls)  # encrypted at rest
    assert (events[0].kind, events[0].item_id, events[0].case_id, events[0].to_state) == (
        "feedback",
        item.id,
        made.case_id,
        "found",
    )
    assert events[0].note is not None
    assert "VideoSite" in events[0].note
    assert "2026-11-25" in events[0].note
    assert (alerts[0].kind, alerts[0].audience_role, alerts[0].subject_type, alerts[0].subject_id) == (
        "removal.partner_match",
        "removal_officer",
        "removal_item",
        item.id,
    )
    assert alerts[0].audience_staff_id is None
    assert (reports[0].item_id, reports[0].idempotency_key, reports[0].platform_id) == (
        item.id,
        "match-8f3k2",
        platform_id,
    )
    audited = [json.loads(r.details) for r in await _audit(sessionmaker, "partner.hash_match")]
    assert [d["duplicate"] for d in audited] == [False, True, True, False]
    assert audited[0]["item_id"] == item.id


async def test_match_validation_and_withdrawn_hashes(  # type: ignore[no-untyped-def]
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:
    _, token = await make_partner(sessionmaker)
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=2)
    url = f"{FEED}/{made.hash_ids[0]}/matches"
    for body in (
        {"url": "ftp://files.example/x"},
        {"url": "https:///nohost"},
        {"url": "https://a.example/x", "idempotency_key": "has space"},
        {"url": "https://a.example/x", "seen_at": "2026-11-25T11:20:00"},  # no time zone
        {"url": "https://a.example/x", "extra": 1},
    ):
        response = await client.post(url, json=body, headers=auth(token))
        assert response.status_code == 422, body
        assert response.json()["error"] == "invalid_request"
    assert (
        await client.post(f"{FEED}/abc/matches", json={"url": "https://a.example/"}, headers=auth(token))
    ).status_code == 422
    async with unit_of_work(sessionmaker) as uow:
        await bank.withdraw_hash(uow.session, made.hash_ids[0], actor=OFFICER)
    refused = await client.post(url, json={"url": "https://a.example/x"}, headers=auth(token))
    assert refused.status_code == 409
    assert refused.json()["error"] == "withdrawn"
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.scalars(select(RemovalItem))).all() == []
        assert (await uow.session.scalars(select(StaffAlert))).all() == []
    audited = [json.loads(r.details) for r in await _audit(sessionmaker, "partner.hash_match")]
    assert audited == [{"error": "withdrawn"}]


async def test_no_endpoint_looks_up_a_hash_value(app, client: httpx.AsyncClient) -> None:  # type: ignore[no-untyped-def]
    routes = {
        (method, r.path)
        for r in all_routes(app)
        if r.path.startswith("/api/v1/hashes")
        for method in r.methods or ()
    }
    assert routes == {
        ("GET", "/api/v1/hashes"),
        ("POST", "/api/v1/hashes/{hash_id}/feedback"),
        ("POST", "/api/v1/hashes/{hash_id}/matches"),
    }
    spec = (await client.get("/api/openapi.json")).json()
    params = {p["name"] for p in spec["paths"]["/api/v1/hashes"]["get"]["parameters"]}
    assert params == {"after", "limit"}  # no value to look up


async def test_api_docs_show_the_exchange_with_examples(client: httpx.AsyncClient) -> None:
    docs = await client.get("/api/docs")
    assert docs.status_code == 200
    html = docs.text
    for expected in (
        "/api/v1/hashes/{hash_id}/matches",
        "bad_cursor",
        "idempotency_key",
        "has_more",
        "tombstone",
    ):
        assert expected in html, expected
    assert "<pre><code>" in html
