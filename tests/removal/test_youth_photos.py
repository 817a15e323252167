"""A young person's own removal request from /photos: validation per field, size limit, CSRF, idempotent retries
that return the same case code and PIN, the signed-in case, everything in one transaction, and the purge job."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.kit import clock
from ondam.kit.db import unit_of_work
from ondam.kit.idempotency import parse_uuid4
from ondam.kit.jobs import REGISTRY
from ondam.kit.settings import Settings
from ondam.models import (
    AuditEntry,
    BankHash,
    IdempotentResponse,
    RemovalCase,
    RemovalEvent,
    RemovalItem,
    StaffAlert,
    YouthContact,
)
from ondam.removal import youth_service
from ondam.removal.youth_schemas import CONSENT_TEXT_VERSION, MAX_BODY_BYTES
from tests.factories import make_youth, post_form, youth_login

Maker = async_sessionmaker[AsyncSession]
PDQ = "f" * 16 + "0" * 16 + "a5" * 16


def _hex(seed: str, length: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def image(seed: str = "one", quality: int | None = 88) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": "image", "sha256": _hex(seed, 64), "md5": _hex(seed + "m", 32)}
    if quality is not None:
        entry.update(pdq=_hex(seed + "p", 64), pdq_quality=quality)
    return entry


def video(seed: str = "clip") -> dict[str, Any]:
    return {"kind": "video", "sha256": _hex(seed, 64), "md5": _hex(seed + "m", 32)}


def place(url: str = "https://www.instagram.com/p/abc?x=1", **extra: str) -> dict[str, Any]:
    return {"url": url, "platform": "instagram", "account_names": "some_account, other.one", **extra}


def payload(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "idempotency_key": str(uuid.uuid4()),
        "files": [image(), video()],
        "places": [place()],
        "consent_share_hashes": True,
        "consent_forward_center": False,
        "consent_text_version": CONSENT_TEXT_VERSION,
    }
    body.update(changes)
    return body


async def token(client: httpx.AsyncClient) -> str:
    response = await client.get("/photos/token")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    value = response.json()["token"]
    assert re.fullmatch(r"[0-9a-f]{64}", value)
    return str(value)


async def send(client: httpx.AsyncClient, body: Any, **headers: str) -> httpx.Response:
    csrf = await token(client)
    return await client.post(
        "/photos/requests",
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", "x-csrf-token": csrf, **headers},
    )


async def counts(sessionmaker: Maker) -> dict[str, int]:
    async with unit_of_work(sessionmaker) as uow:
        s = uow.session
        result = {}
        for name, model in {
            "contacts": YouthContact,
            "cases": RemovalCase,
            "items": RemovalItem,
            "hashes": BankHash,
            "events": RemovalEvent,
            "alerts": StaffAlert,
            "kept": IdempotentResponse,
        }.items():
            result[name] = int(await s.scalar(select(func.count()).select_from(model)) or 0)
        result["audit_requests"] = int(
            await s.scalar(select(func.count()).where(AuditEntry.action == "removal.youth_request")) or 0
        )
        return result


async def test_page_is_neutral_and_carries_no_inline_script(client: httpx.AsyncClient) -> None:
    response = await client.get("/photos")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    html = response.text
    assert re.search(r"<title>온담</title>", html), "the title must stay neutral"
    assert '<html lang="ko">' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not re.search(r"\son[a-z]+\s*=|\sstyle\s*=|<style", html)
    assert 'accept="image/*,video/*"' in html
    assert 'rel="manifest"' in html
    strings = re.search(r'data-strings="([^"]+)"', html)
    assert strings
    decoded = json.loads(strings.group(1).replace("&#34;", '"').replace("&amp;", "&"))
    assert decoded["queued"].startswith("전송 대기")
    # The platform list comes from refdata/platforms.json, with "other".
    assert '<option value="instagram">인스타그램</option>' in html
    assert '<option value="other">' in html


async def test_new_request_creates_everything_in_one_go(
    client: httpx.AsyncClient, new_client: Callable[..., httpx.AsyncClient], sessionmaker: Maker
) -> None:
    body = payload(
        files=[image("a"), image("blurry", quality=20), video("v"), image("heic", quality=None)],
        places=[
            place(),
            place("http://example.org/x", platform="other", platform_other="작은 커뮤니티"),
            {"url": "https://m.youtube.com/watch?v=1", "platform": ""},  # the platform is found from the host
        ],
        consent_forward_center=True,
    )
    response = await send(client, body)
    assert response.status_code == 201, response.text
    answer = response.json()
    assert response.headers["idempotent-replayed"] == "false"
    assert re.fullmatch(r"[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}", answer["code"])
    assert re.fullmatch(r"\d{6}", answer["pin"])
    assert answer["kept_code"] is False
    assert (answer["files"], answer["places"]) == (4, 3)

    async with unit_of_work(sessionmaker) as uow:
        s = uow.session
        case = (await s.scalars(select(RemovalCase))).one()
        assert case.source == "youth"
        assert case.status == "open"
        assert case.consent_share_hashes is True
        assert case.consent_forward_center is True
        assert case.consent_text_version == CONSENT_TEXT_VERSION
        assert case.consent_at is not None
        assert re.fullmatch(r"R-\d{4}-\d{6}", case.reference)
        contact = await s.get(YouthContact, case.youth_contact_id)
        assert contact is not None
        assert contact.status == "active"
        items = (await s.scalars(select(RemovalItem).order_by(RemovalItem.id))).all()
        assert [(i.state, i.source, i.host, i.platform) for i in items] == [
            ("found", "youth", "www.instagram.com", "instagram"),
            ("found", "youth", "example.org", "작은 커뮤니티"),
            ("found", "youth", "m.youtube.com", "youtube"),
        ]
        assert items[0].url == "https://www.instagram.com/p/abc?x=1"
        assert items[0].account_names == "some_account, other.one"
        assert all(i.due_at is not None for i in items)
        hashes = (await s.scalars(select(BankHash))).all()
        by_type: dict[str, int] = {}
        for h in hashes:
            by_type[h.signal_type] = by_type.get(h.signal_type, 0) + 1
            assert h.added_by == "youth"
            assert h.case_id == case.id
        # Every file gives SHA-256 + MD5; only the image with a usable PDQ (quality >= 50) adds a PDQ hash.
        assert by_type == {"sha256": 4, "md5": 4, "pdq": 1}
        assert {h.media_kind for h in hashes if h.value == _hex("v", 64)} == {"video"}
        events = (await s.scalars(select(RemovalEvent))).all()
        assert [(e.case_id, e.kind) for e in events] == [(case.id, "create")]
        alerts = (await s.scalars(select(StaffAlert))).all()
        assert [(a.kind, a.audience_role, a.subject_type, a.subject_id) for a in alerts] == [
            ("removal.new_request", "removal_officer", "removal_case", case.id)
        ]
        actions = (await s.scalars(select(AuditEntry.action))).all()
        assert {"youth.contact_created", "removal.youth_request", "bank.hashes_added"} <= set(actions)
        audit = (
            await s.scalars(select(AuditEntry).where(AuditEntry.action == "removal.youth_request"))
        ).one()
        details = json.loads(audit.details)
        assert details["files"] == 4
        assert details["pdq"] == 1
        assert details["places"] == 3
        assert audit.actor_type == "youth"
        assert audit.actor_id == str(contact.id)
        assert audit.ip is None  # no address kept for a young person's request
        assert "instagram" not in audit.details  # no URL in the audit log

    # The code and PIN shown are real: they sign in from another device.
    other = new_client()
    signed_in = await post_form(
        other, "/return", {"code": answer["code"], "pin": answer["pin"]}, page="/return"
    )
    assert signed_in.status_code == 303
    assert signed_in.headers["location"] == "/me"


async def test_retry_with_the_same_key_returns_the_same_code_and_pin_and_creates_nothing(
    client: httpx.AsyncClient, new_client: Callable[..., httpx.AsyncClient], sessionmaker: Maker
) -> None:
    body = payload()
    first = await send(client, body)
    assert first.status_code == 201
    before = await counts(sessionmaker)
    assert before["cases"] == 1
    assert before["kept"] == 1

    # The first answer was lost: the phone sends the same submission again, later, with a fresh CSRF token,
    # even from a browser that lost its cookies.
    again = await send(new_client(), body)
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert await counts(sessionmaker) == before

    # The kept answer is encrypted and the raw key is not stored.
    answer = first.json()
    async with unit_of_work(sessionmaker) as uow:
        row = (
            await uow.session.execute(
                text("SELECT key_digest, scope, response, created_at, expires_at FROM idempotent_responses")
            )
        ).one()
    assert row.scope == "youth.photos"
    assert answer["pin"] not in row.response
    assert answer["code"] not in row.response
    assert row.response.startswith("enc1:")
    assert body["idempotency_key"] not in row.key_digest

    # The same key for another submission is refused, and creates nothing either.
    changed = dict(body, places=[place("https://x.com/someone/status/1")])
    refused = await send(client, changed)
    assert refused.status_code == 409
    assert refused.json()["error"] == "idempotency_key_reused"
    assert await counts(sessionmaker) == before


async def test_two_copies_sent_at_the_same_time_make_one_case(
    new_client: Callable[..., httpx.AsyncClient], sessionmaker: Maker
) -> None:
    """The page and its service worker may both send a queued submission as the network comes back."""
    body = payload()
    page_copy, worker_copy = new_client(), new_client()
    tokens = [await token(page_copy), await token(worker_copy)]
    data = json.dumps(body).encode()

    async def post(client: httpx.AsyncClient, csrf: str) -> httpx.Response:
        return await client.post(
            "/photos/requests",
            content=data,
            headers={"content-type": "application/json", "x-csrf-token": csrf},
        )

    first, second = await asyncio.gather(post(page_copy, tokens[0]), post(worker_copy, tokens[1]))
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert sorted([first.headers["idempotent-replayed"], second.headers["idempotent-replayed"]]) == [
        "false",
        "true",
    ]
    found = await counts(sessionmaker)
    assert (found["contacts"], found["cases"], found["alerts"], found["kept"]) == (1, 1, 1, 1)


async def test_signed_in_young_person_keeps_their_code(
    client: httpx.AsyncClient, sessionmaker: Maker, settings: Settings
) -> None:
    youth = await make_youth(sessionmaker, settings)
    await youth_login(client, youth)
    response = await send(client, payload())
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["kept_code"] is True
    assert answer["code"] is None
    assert answer["pin"] is None
    async with unit_of_work(sessionmaker) as uow:
        contacts = (await uow.session.scalars(select(YouthContact))).all()
        case = (await uow.session.scalars(select(RemovalCase))).one()
    assert [c.id for c in contacts] == [youth.id]
    assert case.youth_contact_id == youth.id


async def test_validation_errors_name_each_field(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    def ids(response: httpx.Response) -> dict[str, str]:
        assert response.status_code == 422, response.text
        data = response.json()
        assert data["error"] == "invalid"
        assert data["message"]
        return {k: v["code"] for k, v in data["fields"].items()}

    long_url = "https://example.com/" + "a" * 1990
    assert len(long_url) > 2000
    bad_places = [
        place("ftp://example.com/a"),
        place(long_url),
        place(platform="myspace-ish"),
        place(platform="other"),
        place("javascript:alert(1)"),
        {"url": "", "platform": ""},
        place(account_names="x" * 501),
    ]
    found = ids(await send(client, payload(places=bad_places)))
    assert found == {
        "places.0.url": "url_invalid",
        "places.1.url": "url_too_long",
        "places.2.platform": "platform_unknown",
        "places.3.platform_other": "platform_other_required",
        "places.4.url": "url_invalid",
        "places.5.url": "url_required",
        "places.6.account_names": "string_too_long",
    }
    # Messages are in the request's language (Korean by default).
    korean = (await send(client, payload(places=[place("ftp://a.b/")]))).json()
    assert (
        korean["fields"]["places.0.url"]["message"]
        != "Enter an address that starts with http:// or https://."
    )

    assert ids(await send(client, payload(files=[image(str(i)) for i in range(51)]))) == {
        "files": "too_many_files"
    }
    assert ids(await send(client, payload(places=[place() for _ in range(21)]))) == {
        "places": "too_many_places"
    }
    assert ids(await send(client, payload(files=[], places=[]))) == {"__all__": "nothing_to_send"}
    bad_files = [
        dict(image(), sha256="z" * 64),
        dict(image(), md5="abc"),
        dict(video(), pdq=PDQ, pdq_quality=90),
        dict(image(), pdq_quality=None),
        dict(image(), kind="document"),
        dict(image(), pdq_quality=101),
        dict(image(), name="holiday.jpg"),  # no file names are accepted (or stored)
    ]
    assert ids(await send(client, payload(files=bad_files))) == {
        "files.0.sha256": "bad_hash",
        "files.1.md5": "bad_hash",
        "files.2": "pdq_needs_image",
        "files.3": "pdq_quality",
        "files.4.kind": "literal_error",
        "files.5.pdq_quality": "less_than_equal",
        "files.6.name": "extra_forbidden",
    }
    old_key = str(uuid.uuid1())
    assert parse_uuid4(old_key) is None
    consent = ids(
        await send(
            client,
            payload(
                idempotency_key=old_key,
                consent_share_hashes="yes",
                consent_forward_center=None,
                consent_text_version="youth-1999",
            ),
        )
    )
    assert consent == {
        "idempotency_key": "bad_idempotency_key",
        "consent_share_hashes": "bool_type",
        "consent_forward_center": "bool_type",
        "consent_text_version": "consent_version",
    }
    missing = dict(payload())
    del missing["consent_share_hashes"]
    assert ids(await send(client, missing)) == {"consent_share_hashes": "missing"}

    broken = await client.post(
        "/photos/requests",
        content=b'{"files": [',
        headers={"content-type": "application/json", "x-csrf-token": await token(client)},
    )
    assert broken.status_code == 400
    assert broken.json()["error"] == "bad_json"
    as_form = await client.post(
        "/photos/requests", data={"x": "1"}, headers={"x-csrf-token": await token(client)}
    )
    assert as_form.status_code == 415
    assert (await counts(sessionmaker))["cases"] == 0


async def test_oversize_body_is_refused_before_parsing(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    big = payload(places=[place(account_names="x" * 400) for _ in range(20)])
    big["padding"] = "x" * MAX_BODY_BYTES
    declared = await send(client, big)
    assert declared.status_code == 413
    assert declared.json()["error"] == "too_large"

    # Without a Content-Length (chunked), the body is counted as it arrives.
    csrf = await token(client)

    async def chunks() -> AsyncIterator[bytes]:
        data = json.dumps(big).encode()
        for start in range(0, len(data), 16_384):
            yield data[start : start + 16_384]

    streamed = await client.post(
        "/photos/requests",
        content=chunks(),
        headers={"content-type": "application/json", "x-csrf-token": csrf},
    )
    assert "content-length" not in streamed.request.headers
    assert streamed.status_code == 413
    assert (await counts(sessionmaker))["cases"] == 0


async def test_csrf_is_required(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    body = json.dumps(payload()).encode()
    plain = {"content-type": "application/json"}
    missing = await client.post("/photos/requests", content=body, headers=plain)
    assert missing.status_code == 403
    assert missing.json()["error"] == "csrf"
    wrong = await client.post("/photos/requests", content=body, headers={**plain, "x-csrf-token": "0" * 64})
    assert wrong.status_code == 403
    good = await token(client)
    cross_site = await client.post(
        "/photos/requests",
        content=body,
        headers={**plain, "x-csrf-token": good, "origin": "https://evil.example"},
    )
    assert cross_site.status_code == 403
    fetch_meta = await client.post(
        "/photos/requests",
        content=body,
        headers={**plain, "x-csrf-token": good, "sec-fetch-site": "cross-site"},
    )
    assert fetch_meta.status_code == 403
    assert (await counts(sessionmaker))["cases"] == 0
    # The token of one browser is no good in another (it is bound to the browser's cookie).
    assert (await send(client, payload())).status_code == 201


async def test_new_requests_are_limited_per_network_but_retries_are_not(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    first = payload()
    assert (await send(client, first)).status_code == 201
    for _ in range(youth_service.NEW_REQUESTS_PER_IP_PER_HOUR - 1):
        assert (await send(client, payload())).status_code == 201
    refused = await send(client, payload())
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "3600"
    assert (await counts(sessionmaker))["cases"] == youth_service.NEW_REQUESTS_PER_IP_PER_HOUR
    # A retry of a submission that went through still gets its answer.
    assert (await send(client, first)).status_code == 201


async def test_purge_job_removes_kept_answers_after_a_day(
    client: httpx.AsyncClient, app: FastAPI, sessionmaker: Maker
) -> None:
    old = payload()
    assert (await send(client, old)).status_code == 201
    clock.advance(timedelta(hours=23))
    assert (await send(client, payload())).status_code == 201
    assert (await counts(sessionmaker))["kept"] == 2
    assert "idempotency.purge" in REGISTRY
    assert REGISTRY["idempotency.purge"].schedule is not None

    assert await app.state.jobs.run_now("idempotency.purge") == 0  # nothing is a day old yet
    clock.advance(timedelta(hours=1, seconds=1))
    assert await app.state.jobs.run_now("idempotency.purge") == 1
    async with unit_of_work(sessionmaker) as uow:
        left = (await uow.session.scalars(select(IdempotentResponse))).all()
    assert len(left) == 1
    assert left[0].expires_at > clock.utcnow()
    # The cases themselves are not touched by the purge.
    assert (await counts(sessionmaker))["cases"] == 2


async def test_manifest_and_service_worker(client: httpx.AsyncClient) -> None:
    manifest = await client.get("/manifest.webmanifest")
    assert manifest.status_code == 200
    assert manifest.headers["content-type"].startswith("application/manifest+json")
    data = manifest.json()
    assert data["name"] == data["short_name"] == "온담"
    assert data["start_url"] == "/"
    assert data["display"] == "standalone"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512", "any"} <= sizes
    for icon in data["icons"]:
        got = await client.get(icon["src"])
        assert got.status_code == 200, icon
        assert got.headers["content-type"] == icon["type"]

    worker = await client.get("/sw.js")
    assert worker.status_code == 200
    assert worker.headers["service-worker-allowed"] == "/"
    assert worker.headers["cache-control"] == "no-cache"
    assert worker.headers["content-type"].startswith("text/javascript")
    script = worker.text
    shell = json.loads(re.search(r"const SHELL = (\{.*?\});\n", script).group(1))  # type: ignore[union-attr]
    assert sorted(shell) == ["/", "/photos"]
    assert any(a.startswith("/static/css/youth.css?v=") for a in shell["/"])
    assert any(a.startswith("/static/js/photo-hash-worker.mjs?v=") for a in shell["/photos"])
    assert "/static/js/pdq.mjs" in shell["/photos"]  # imported by relative path, so kept under its plain URL
    for url in [*shell, *shell["/"], *shell["/photos"]]:
        assert (await client.get(url)).status_code == 200, url
    # Only GET requests for the shell pages and /static/ are ever answered from the cache.
    assert 'if (request.method !== "GET") return;' in script
