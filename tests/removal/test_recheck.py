"""Re-checks of removal items and re-upload detection, with an injected fetcher (no network) and synthetic images.

The real SSRF guard is exercised too: the periodic job run against items whose URLs point at loopback and cloud
metadata addresses records "refused" without connecting anywhere.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from typer.testing import CliRunner

from ondam.app import configure_services
from ondam.audit.service import Actor
from ondam.hashing import bank
from ondam.hashing import service as matching
from ondam.hashing.pdq import pdq_hash_image
from ondam.hashing.schemas import NewHash
from ondam.kit import clock
from ondam.kit.db import make_engine, make_sessionmaker, unit_of_work
from ondam.kit.safefetch import FetchFailed, FetchPolicy, FetchRefused, FetchResult
from ondam.kit.settings import Settings, get_settings
from ondam.models import AuditEntry, RemovalEvent, RemovalEvidence, RemovalItem, StaffAlert
from ondam.removal import recheck
from tests.hashing.synthetic import photo_like
from tests.removal.factories import item_ids, make_removal_case

Maker = async_sessionmaker[AsyncSession]
MiB = 1024 * 1024


@pytest.fixture(autouse=True)
def _fresh_index() -> Iterator[None]:
    matching.reset()
    yield
    matching.reset()


# -- synthetic media and a fake web ----------------------------------------------------------------------


def png(seed: int) -> bytes:
    out = io.BytesIO()
    Image.fromarray(photo_like(np.random.default_rng(seed), 240, 320)).save(out, "PNG")
    return out.getvalue()


def jpeg_copy(data: bytes, quality: int = 50) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def page(*images: str, og: str | None = None, base: str | None = None) -> bytes:
    head = f'<base href="{base}">' if base else ""
    if og:
        head += f'<meta property="og:image" content="{og}">'
    body = "".join(f'<p>text</p><img alt="" src="{src}">' for src in images)
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()


Answer = tuple[int, str | None, bytes] | Exception


@dataclass
class FakeWeb:
    """Stands in for safe_fetch: answers from a table; unknown URLs answer 404."""

    answers: dict[str, Answer] = field(default_factory=dict)
    calls: list[tuple[str, FetchPolicy]] = field(default_factory=list)

    async def __call__(self, url: str, *, policy: FetchPolicy) -> FetchResult:
        self.calls.append((url, policy))
        answer = self.answers.get(url, (404, "text/html", b"<html>not found</html>"))
        if isinstance(answer, Exception):
            raise answer
        status, content_type, body = answer
        kept = body[: policy.max_bytes]
        return FetchResult(
            url=url,
            final_url=url,
            status=status,
            content_type=content_type,
            body=kept,
            sha256=hashlib.sha256(kept).hexdigest(),
            redirect_chain=(),
            elapsed=0.01,
            truncated=len(body) > policy.max_bytes,
            address="93.184.216.34",
        )

    def urls(self) -> list[str]:
        return [url for url, _ in self.calls]


# -- database helpers ------------------------------------------------------------------------------------


async def add_image(maker: Maker, settings: Settings, case_id: int, data: bytes) -> list[int]:
    """The young person's image in the bank of ``case_id``: its PDQ hash, MD5 and SHA-256."""
    result = pdq_hash_image(data)
    hashes = [
        NewHash(signal_type="pdq", value=result.hash_hex, quality=result.quality),
        NewHash(signal_type="md5", value=result.md5_hex),
        NewHash(signal_type="sha256", value=result.sha256_hex),
    ]
    async with unit_of_work(maker) as uow:
        added = await bank.add_hashes(uow.session, case_id, hashes, added_by="youth", settings=settings)
        return [h.id for h in added]


async def one_item(maker: Maker, url: str, state: str, **kwargs: Any) -> tuple[int, int]:
    """(case id, item id) of a new case with one item at ``url`` in ``state``."""
    case_id = await make_removal_case(maker, urls=(url,), state=state, due_in=None, **kwargs)
    return case_id, (await item_ids(maker, case_id))[0]


async def get_item(maker: Maker, item_id: int) -> RemovalItem:
    async with unit_of_work(maker) as uow:
        item = await uow.session.get(RemovalItem, item_id)
        assert item is not None
        return item


async def rows(maker: Maker, model: Any, *where: Any) -> list[Any]:
    async with unit_of_work(maker) as uow:
        order = model.seq if model is AuditEntry else model.id
        return list((await uow.session.scalars(select(model).where(*where).order_by(order))).all())


async def run(maker: Maker, settings: Settings, web: FakeWeb, **kwargs: Any) -> recheck.RecheckSummary:
    return await recheck.run_rechecks(maker, settings, fetch=web, host_delay=0, **kwargs)


# -- the check itself -------------------------------------------------------------------------------------


async def test_a_404_records_gone_with_an_event_and_changes_no_state(
    sessionmaker: Maker, settings: Settings
) -> None:
    url = "https://images.example.com/p/404"
    case_id, item_id = await one_item(sessionmaker, url, "requested_platform")
    web = FakeWeb({url: (404, "text/html", b"<html>gone</html>")})

    summary = await run(sessionmaker, settings, web)

    assert summary.as_dict() == {
        "checked": 1, "errors": 0, "skipped": 0, "results": {"gone": 1}, "reappeared": 0, "new_items": 0,
    }  # fmt: skip
    [(fetched, policy)] = web.calls
    assert fetched == url
    assert (policy.max_bytes, policy.timeout) == (20 * MiB, 15.0)  # the size and time limits
    assert policy.allow_private is False
    item = await get_item(sessionmaker, item_id)
    assert item.state == "requested_platform"  # human review: nothing is marked removed automatically
    assert item.last_check_result == "gone"
    assert item.last_checked_at is not None
    [event] = await rows(
        sessionmaker, RemovalEvent, RemovalEvent.item_id == item_id, RemovalEvent.kind == "check"
    )
    assert event.case_id == case_id
    assert event.note is not None
    assert event.note.startswith("gone; HTTP 404")
    assert "gone</html>" not in event.note  # never the body
    [evidence] = await rows(sessionmaker, RemovalEvidence, RemovalEvidence.item_id == item_id)
    assert (evidence.http_status, evidence.captured_by, evidence.staff_id) == (404, "recheck", None)
    assert evidence.sha256 == hashlib.sha256(b"<html>gone</html>").hexdigest()
    [audit_row] = await rows(sessionmaker, AuditEntry, AuditEntry.action == "removal.check")
    assert audit_row.actor_type == "system"
    assert url not in (audit_row.details or "")
    assert await rows(sessionmaker, StaffAlert) == []

    # Checked again later with the same answer: a new check event, no new evidence (nothing changed).
    clock.advance(timedelta(hours=6))
    assert (await run(sessionmaker, settings, web)).checked == 1
    assert len(await rows(sessionmaker, RemovalEvent, RemovalEvent.kind == "check")) == 2
    assert len(await rows(sessionmaker, RemovalEvidence)) == 1


async def test_a_page_showing_a_removed_items_image_makes_it_reappear_with_one_alert(
    sessionmaker: Maker, settings: Settings
) -> None:
    url = "https://social.example.com/post/77"
    case_id, item_id = await one_item(sessionmaker, url, "removed")
    image = png(1)
    await add_image(sessionmaker, settings, case_id, image)
    web = FakeWeb(
        {
            url: (200, "text/html; charset=utf-8", page("/media/a.png", "logo.png")),
            "https://social.example.com/media/a.png": (200, "image/png", image),
            "https://social.example.com/post/logo.png": (200, "image/png", png(99)),
        }
    )

    summary = await run(sessionmaker, settings, web)

    assert (summary.checked, summary.reappeared, summary.new_items) == (1, 1, 0)
    assert web.urls() == [
        url,
        "https://social.example.com/media/a.png",  # relative URLs resolved against the page
        "https://social.example.com/post/logo.png",
    ]
    item = await get_item(sessionmaker, item_id)
    assert (item.state, item.last_check_result) == ("reappeared", "present")
    assert item.due_at is not None  # the re-appeared state's deadline
    [transition] = await rows(
        sessionmaker, RemovalEvent, RemovalEvent.item_id == item_id, RemovalEvent.kind == "transition"
    )
    assert (transition.from_state, transition.to_state, transition.staff_id) == (
        "removed",
        "reappeared",
        None,
    )
    [alert] = await rows(sessionmaker, StaffAlert)
    assert (alert.kind, alert.audience_role, alert.subject_type, alert.subject_id) == (
        "removal.reappeared",
        "removal_officer",
        "removal_item",
        item_id,
    )
    [audited] = await rows(sessionmaker, AuditEntry, AuditEntry.action == "removal.transition")
    assert audited.actor_type == "system"

    # Checked again (explicitly: a re-appeared item is not in the periodic job's states): no second alert.
    async with unit_of_work(sessionmaker) as uow:
        again = await uow.session.get(RemovalItem, item_id)
        assert again is not None
        outcome = await recheck.recheck_item(uow.session, again, web, settings=settings)
    assert outcome.same_case_matches >= 1
    assert not outcome.reappeared
    assert len(await rows(sessionmaker, StaffAlert)) == 1
    assert (await get_item(sessionmaker, item_id)).state == "reappeared"


async def test_a_reencoded_copy_served_without_an_image_header_matches_within_31(
    sessionmaker: Maker, settings: Settings
) -> None:
    url = "https://cdn.example.net/f/abc"
    case_id, item_id = await one_item(sessionmaker, url, "blocked")
    image = png(2)
    await add_image(sessionmaker, settings, case_id, image)
    copy = jpeg_copy(image)
    assert copy != image
    web = FakeWeb({url: (200, "application/octet-stream", copy)})  # the content decides, not the header

    probe = await recheck.probe_url(url, fetch=web)
    [media] = probe.media
    assert media.hashes.is_image
    async with unit_of_work(sessionmaker) as uow:
        [match] = await matching.match_hashes(uow.session, media.hashes, settings=settings)
    assert match.signal_type == "pdq"
    assert 0 < match.distance <= 31

    summary = await run(sessionmaker, settings, web)
    assert summary.reappeared == 1
    assert (await get_item(sessionmaker, item_id)).state == "reappeared"


async def test_an_image_of_another_case_opens_a_new_item_there(
    sessionmaker: Maker, settings: Settings
) -> None:
    url = "https://board.example.org/thread/5"
    checked_case, checked_item = await one_item(sessionmaker, url, "requested_kcsc")
    other_case = await make_removal_case(
        sessionmaker, urls=("https://elsewhere.example.com/x",), state="removed"
    )
    image = png(3)
    await add_image(sessionmaker, settings, other_case, image)
    og = "https://img.example.org/big/5.png"
    web = FakeWeb({url: (200, "text/html", page(og=og)), og: (200, "image/png", image)})

    summary = await run(sessionmaker, settings, web)

    # The other case's own item was checked too (a 404 here).
    assert (summary.checked, summary.new_items, summary.reappeared) == (2, 1, 0)
    assert summary.results == {"gone": 1, "present": 1}
    [new] = await rows(sessionmaker, RemovalItem, RemovalItem.source == "recheck")
    assert (new.case_id, new.state, new.parent_item_id, new.url, new.host) == (
        other_case,
        "found",
        checked_item,
        url,
        "board.example.org",
    )
    assert new.due_at is not None
    [alert] = await rows(sessionmaker, StaffAlert)
    assert (alert.kind, alert.subject_type, alert.subject_id) == ("removal.reupload", "removal_item", new.id)
    checked = await get_item(sessionmaker, checked_item)
    assert (checked.state, checked.case_id) == (
        "requested_kcsc",
        checked_case,
    )  # the checked item is unchanged
    [opened] = await rows(sessionmaker, RemovalEvent, RemovalEvent.item_id == new.id)
    assert (opened.kind, opened.to_state) == ("transition", "found")
    assert opened.note is not None
    assert "exact" in opened.note  # the served bytes were the very file: an exact match was found first

    # The same place is never opened twice on a case.
    clock.advance(timedelta(hours=6))
    assert (await run(sessionmaker, settings, web)).new_items == 0
    assert len(await rows(sessionmaker, RemovalItem, RemovalItem.case_id == other_case)) == 2
    assert len(await rows(sessionmaker, StaffAlert)) == 1


async def test_refused_failed_and_crashing_checks_do_not_stop_the_batch(
    sessionmaker: Maker, settings: Settings
) -> None:
    urls = {
        "refused": "https://a.example.com/1",
        "failed": "https://b.example.com/2",
        "crash": "https://c.example.com/3",
        "gone": "https://d.example.com/4",
    }
    ids = {name: (await one_item(sessionmaker, url, "found"))[1] for name, url in urls.items()}
    web = FakeWeb(
        {
            urls["refused"]: FetchRefused("private_address", "a.example.com"),
            urls["failed"]: FetchFailed("timeout", "b.example.com"),
            urls["crash"]: RuntimeError("an unexpected bug"),
            urls["gone"]: (410, None, b""),
        }
    )

    summary = await run(sessionmaker, settings, web)

    assert summary.as_dict() == {
        "checked": 3, "errors": 1, "skipped": 0, "reappeared": 0, "new_items": 0,
        "results": {"failed:timeout": 1, "gone": 1, "refused:private_address": 1},
    }  # fmt: skip
    assert (await get_item(sessionmaker, ids["refused"])).last_check_result == "refused:private_address"
    assert (await get_item(sessionmaker, ids["failed"])).last_check_result == "failed:timeout"
    assert (await get_item(sessionmaker, ids["gone"])).last_check_result == "gone"
    crashed = await get_item(sessionmaker, ids["crash"])
    assert (crashed.last_checked_at, crashed.last_check_result) == (None, None)
    events = await rows(sessionmaker, RemovalEvent, RemovalEvent.kind == "check")
    assert sorted(e.item_id for e in events) == sorted([ids["refused"], ids["failed"], ids["gone"]])
    # No HTTP answer: no evidence for the refused and failed fetches.
    assert [e.item_id for e in await rows(sessionmaker, RemovalEvidence)] == [ids["gone"]]


async def test_the_job_uses_the_real_ssrf_guard(app: Any, sessionmaker: Maker) -> None:
    _, loopback = await one_item(sessionmaker, "http://127.0.0.1:8080/admin", "requested_platform")
    _, metadata = await one_item(sessionmaker, "http://169.254.169.254/latest/meta-data/", "removed")
    result = await app.state.jobs.run_now("hashing.recheck_open_items")
    assert result["checked"] == 2
    assert result["results"] == {"refused:private_address": 2}
    for item_id in (loopback, metadata):
        assert (await get_item(sessionmaker, item_id)).last_check_result == "refused:private_address"
    assert (await get_item(sessionmaker, metadata)).state == "removed"


async def test_which_items_are_due(sessionmaker: Maker, settings: Settings) -> None:
    _, due_found = await one_item(sessionmaker, "https://a.example.com/found", "found")
    _, due_removed = await one_item(sessionmaker, "https://a.example.com/removed", "removed")
    await one_item(sessionmaker, "https://a.example.com/refused", "refused")  # not a watched state
    await one_item(sessionmaker, "https://a.example.com/closed", "removed", status="closed")  # case not open
    web = FakeWeb()
    assert (await run(sessionmaker, settings, web)).checked == 2
    assert sorted(web.urls()) == ["https://a.example.com/found", "https://a.example.com/removed"]
    # Checked less than 5 hours ago: not due yet.
    clock.advance(timedelta(hours=4))
    assert (await run(sessionmaker, settings, web)).checked == 0
    clock.advance(timedelta(hours=2))
    assert (await run(sessionmaker, settings, web)).checked == 2
    # An explicit item is checked whatever its state; a missing one is skipped.
    summary = await run(sessionmaker, settings, web, item_ids=[due_removed, 999_999])
    assert (summary.checked, summary.skipped) == (1, 1)
    assert due_found != due_removed


async def test_a_page_fetches_at_most_ten_pictures(sessionmaker: Maker, settings: Settings) -> None:
    url = "https://gallery.example.com/all"
    await one_item(sessionmaker, url, "found")
    links = [f"https://gallery.example.com/i/{n}.png" for n in range(15)]
    web = FakeWeb({url: (200, "text/html", page(*links, links[0]))})  # a repeat is fetched once
    await run(sessionmaker, settings, web)
    assert web.urls() == [url, *links[:10]]


def test_image_links_are_resolved_and_filtered() -> None:
    html = (
        b'<html><head><base href="https://cdn.example.com/root/">'
        b'<meta property="og:image" content="/og.jpg"><meta name="og:image:secure_url" content="https://s.example/x.jpg">'
        b'</head><body><img src="a.png"><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">'
        b'<IMG SRC="//other.example.net/b.gif"><img src="ftp://x/y"><img></body></html>'
    )
    assert recheck.image_links(html, "https://site.example/post/1") == [
        "https://cdn.example.com/og.jpg",
        "https://s.example/x.jpg",
        "https://cdn.example.com/root/a.png",
        "https://other.example.net/b.gif",
    ]
    latin = "<img src='/é.png'>".encode("latin-1")
    assert recheck.image_links(latin, "https://x.example/", "text/html; charset=ISO-8859-1") == [
        "https://x.example/é.png"
    ]
    assert recheck.is_html("text/html", b"anything")
    assert recheck.is_html(None, b"\n <!DOCTYPE html><html>")
    assert not recheck.is_html("text/html", png(1))  # an image by content is never a page


async def test_the_pacer_waits_between_requests_to_one_host() -> None:
    now = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = recheck.HostPacer(2.0, sleep=sleep, clock=lambda: now[0])
    await pacer.wait("https://a.example.com/1")
    await pacer.wait("https://b.example.com/1")
    now[0] += 0.5
    await pacer.wait("https://A.example.com/2")
    assert slept == [pytest.approx(1.5)]
    assert recheck.interleave_hosts([(1, "a"), (2, "a"), (3, "a"), (4, "b"), (5, "c"), (6, "b")]) == [
        1, 4, 5, 2, 6, 3,
    ]  # fmt: skip


# -- the monitoring pipeline ------------------------------------------------------------------------------


async def test_monitored_media_opens_an_item_on_the_matched_case(
    sessionmaker: Maker, settings: Settings
) -> None:
    case_id = await make_removal_case(sessionmaker, urls=("https://first.example.com/1",), state="removed")
    image = png(4)
    hash_ids = await add_image(sessionmaker, settings, case_id, image)
    source = "https://forum.example.com/t/9#post-3"

    async with unit_of_work(sessionmaker) as uow:
        found = await recheck.match_monitored_media(uow.session, jpeg_copy(image), source, settings=settings)
    assert [m.case_id for m in found.matches] == [case_id]
    [new_id] = found.new_item_ids
    [new] = await rows(sessionmaker, RemovalItem, RemovalItem.id == new_id)
    assert (new.case_id, new.source, new.state, new.url, new.parent_item_id) == (
        case_id,
        "monitoring",
        "found",
        source,
        None,
    )
    [alert] = await rows(sessionmaker, StaffAlert)
    assert (alert.kind, alert.subject_id) == ("removal.reupload", new_id)
    [audited] = await rows(sessionmaker, AuditEntry, AuditEntry.action == "removal.reupload")
    assert audited.actor_type == "system"

    # The same media at the same place again: nothing new.
    async with unit_of_work(sessionmaker) as uow:
        again = await recheck.match_monitored_media(uow.session, image, source, settings=settings)
    assert (again.new_item_ids, again.existing_item_ids) == ([], [new_id])
    assert len(await rows(sessionmaker, StaffAlert)) == 1

    # Unrelated media, and media whose hashes were withdrawn, open nothing.
    async with unit_of_work(sessionmaker) as uow:
        assert (
            await recheck.match_monitored_media(uow.session, png(5), source, settings=settings)
        ).matches == []
        for hash_id in hash_ids:
            await bank.withdraw_hash(uow.session, hash_id, actor=Actor("staff", "1"))
    async with unit_of_work(sessionmaker) as uow:
        gone = await recheck.match_monitored_media(
            uow.session, image, "https://other.example.com/", settings=settings
        )
    assert gone.matches == []
    with pytest.raises(ValueError, match="http"):
        async with unit_of_work(sessionmaker) as uow:
            await recheck.match_monitored_media(uow.session, image, "file:///etc/passwd", settings=settings)


async def test_a_match_on_a_closed_case_alerts_the_case_without_an_item(
    sessionmaker: Maker, settings: Settings
) -> None:
    closed = await make_removal_case(
        sessionmaker, urls=("https://old.example.com/1",), state="removed", status="closed"
    )
    image = png(6)
    await add_image(sessionmaker, settings, closed, image)
    for _ in range(2):
        async with unit_of_work(sessionmaker) as uow:
            found = await recheck.match_monitored_media(
                uow.session, image, "https://new.example.com/p", settings=settings
            )
        assert found.new_item_ids == []
    assert found.case_alerts == []  # the second time the open alert is not repeated
    [alert] = await rows(sessionmaker, StaffAlert)
    assert (alert.kind, alert.subject_type, alert.subject_id) == ("removal.reupload", "removal_case", closed)
    assert len(await rows(sessionmaker, RemovalItem, RemovalItem.case_id == closed)) == 1


# -- the command line --------------------------------------------------------------------------------------


def test_cli_rechecks_one_item(settings: Settings) -> None:
    """`ondam removal recheck --item ID` (in-process; a loopback URL is refused by the real guard)."""

    configure_services(settings)  # this test's encryption and audit keys, as the command will use them

    async def setup() -> int:
        engine = make_engine(settings.database_url, pool=False)
        try:
            _, item_id = await one_item(make_sessionmaker(engine), "http://127.0.0.1/private", "removed")
            return item_id
        finally:
            await engine.dispose()

    item_id = asyncio.run(setup())
    env = {
        "ONDAM_ENV": "test",
        "ONDAM_DATA_DIR": str(settings.data_dir),
        "ONDAM_DATABASE_URL": settings.database_url,
        "ONDAM_REDIS_URL": settings.redis_url,
        "ONDAM_SECRET_KEY": settings.secret_key.get_secret_value(),
        "ONDAM_ENCRYPTION_KEYS": settings.encryption_keys.get_secret_value(),
        "ONDAM_AUDIT_KEY": settings.audit_key.get_secret_value(),
    }
    from ondam.cli import app as cli_app  # noqa: PLC0415

    get_settings.cache_clear()
    try:
        done = CliRunner().invoke(cli_app, ["removal", "recheck", "--item", str(item_id)], env=env)
        missing = CliRunner().invoke(cli_app, ["removal", "recheck", "--item", "987654"], env=env)
    finally:
        get_settings.cache_clear()
    assert done.exit_code == 0, done.stdout + done.stderr + repr(done.exception)
    assert "checked 1 items (refused:private_address 1)" in done.stdout
    assert missing.exit_code == 2

    async def result() -> str | None:
        engine = make_engine(settings.database_url, pool=False)
        try:
            return (await get_item(make_sessionmaker(engine), item_id)).last_check_result
        finally:
            await engine.dispose()

    assert asyncio.run(result()) == "refused:private_address"


# -- the real fetcher against a local server ---------------------------------------------------------------


class _Server:
    """A minimal HTTP/1.1 server on 127.0.0.1 with fixed routes (status, headers, body)."""

    def __init__(self, routes: dict[str, tuple[int, dict[str, str], bytes]]) -> None:
        self.routes = routes
        self.paths: list[str] = []
        self.port = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> _Server:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await reader.readuntil(b"\r\n\r\n")
        path = request.split(b" ", 2)[1].decode()
        self.paths.append(path)
        status, headers, body = self.routes.get(path, (404, {}, b"missing"))
        head = "".join(f"{k}: {v}\r\n" for k, v in {**headers, "Content-Length": str(len(body))}.items())
        writer.write(f"HTTP/1.1 {status} X\r\n{head}Connection: close\r\n\r\n".encode() + body)
        await writer.drain()
        writer.close()


async def test_a_real_fetch_through_the_guard_finds_the_image_and_refuses_a_private_redirect(
    sessionmaker: Maker, settings: Settings
) -> None:
    import ipaddress  # noqa: PLC0415

    from ondam.kit.safefetch import IPAddress, is_forbidden_address, safe_fetch  # noqa: PLC0415

    image = png(12)
    routes = {
        "/post": (200, {"Content-Type": "text/html"}, page("/img/1.png", "/img/evil.png")),
        "/img/1.png": (200, {"Content-Type": "image/png"}, image),
        "/img/evil.png": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
    }
    loopback = ipaddress.ip_address("127.0.0.1")

    def loopback_is_public(ip: IPAddress) -> bool:  # every other rule stays as in production
        return ip != loopback and is_forbidden_address(ip)

    class Resolver:
        async def resolve(self, host: str, port: int) -> list[str]:
            return ["127.0.0.1"]

    async with _Server(routes) as server:
        url = f"http://public.test:{server.port}/post"
        case_id, item_id = await one_item(sessionmaker, url, "removed")
        await add_image(sessionmaker, settings, case_id, image)
        policy = FetchPolicy(allowed_ports=frozenset({server.port}), is_forbidden_address=loopback_is_public)

        async def fetch(target: str, *, policy: FetchPolicy) -> FetchResult:
            return await safe_fetch(target, policy=policy, resolver=Resolver())

        probe = await recheck.probe_url(url, fetch=fetch, policy=policy)
        assert (probe.result, probe.is_page, probe.images_found, probe.images_failed) == (
            "present",
            True,
            2,
            1,
        )
        assert server.paths == ["/post", "/img/1.png", "/img/evil.png"]  # the redirect was never followed
        summary = await recheck.run_rechecks(sessionmaker, settings, fetch=fetch, policy=policy, host_delay=0)
    assert summary.reappeared == 1
    assert (await get_item(sessionmaker, item_id)).state == "reappeared"
