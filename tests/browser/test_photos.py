"""/photos in a phone browser: pictures are fingerprinted on the page and never uploaded; a submission made
offline waits on the device and goes out once when the network is back; accessibility; screenshots.

The pictures are synthetic shapes drawn here with Pillow (never real or reference images). The reference PDQ
hash comes from ``ondam.hashing.pdq`` (the C++ reference through the ``pdqhash`` package) on the same decoded,
EXIF-transposed pixels.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import BrowserContext, Page, Request, expect

from ondam.hashing.pdq import pdq_hash_image
from tests.browser.conftest import LiveServer, PageProblems
from tests.browser.offline_helpers import OUTBOX_SIZE, SW_READY, count_rows
from tests.browser.test_accessibility import _require_korean_font, _screenshot, describe, serious_violations

pytestmark = pytest.mark.browser

CODE = re.compile(r"[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}")
SUBMIT_PATH = "/photos/requests"
HASH_TIMEOUT = 30_000


def _shapes(width: int, height: int, seed: int) -> Image.Image:
    """A synthetic picture: coloured ellipses and bars on a light background."""
    image = Image.new("RGB", (width, height), (236, 232, 246))
    draw = ImageDraw.Draw(image)
    for i in range(14):
        x = (seed * 37 + i * 53) % width
        y = (seed * 91 + i * 29) % height
        draw.ellipse(
            [x, y, x + width // 4, y + height // 5],
            fill=((i * 40 + seed) % 256, (i * 90) % 256, (200 - i * 15) % 256),
        )
        draw.rectangle(
            [y % width, x % height, y % width + width // 6, x % height + height // 7],
            fill=((i * 70) % 256, (seed * 13) % 256, (i * 20) % 256),
        )
    return image


@pytest.fixture
def pictures(tmp_path: Path) -> list[Path]:
    """A PNG and a JPEG stored sideways with EXIF orientation 6 (shown rotated 90 degrees clockwise)."""
    png = tmp_path / "drawing.png"
    _shapes(640, 480, 3).save(png)
    jpeg = tmp_path / "sideways.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    _shapes(480, 640, 7).save(jpeg, quality=92, exif=exif.tobytes())
    with Image.open(jpeg) as check:
        assert check.getexif()[0x0112] == 6
    return [png, jpeg]


def _bits(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _slices(data: bytes, size: int = 1024) -> Iterator[bytes]:
    for start in range(0, max(len(data) - size, 0) + 1, size):
        yield data[start : start + size]


def _db(live_server: LiveServer) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{live_server.data_dir / 'ondam.sqlite3'}?mode=ro", uri=True)


def _record(context: BrowserContext) -> list[Request]:
    """Every request of the context: pages, workers and the service worker."""
    seen: list[Request] = []

    def keep(request: Request) -> None:
        seen.append(request)

    context.on("request", keep)
    return seen


def _fill_place(page: Page, url: str = "https://www.instagram.com/p/synthetic") -> None:
    page.locator("#place-1-url").fill(url)
    page.locator("#place-1-platform").select_option("instagram")
    page.locator("#place-1-account_names").fill("someone_else")


def _pick(page: Page, files: list[Path]) -> None:
    page.locator("#files").set_input_files([str(p) for p in files])
    expect(page.locator("#file-list li[data-state='done']")).to_have_count(len(files), timeout=HASH_TIMEOUT)


def test_picked_files_are_hashed_on_the_page_and_no_request_carries_their_bytes(
    page: Page, problems: PageProblems, live_server: LiveServer, pictures: list[Path]
) -> None:
    requests = _record(page.context)
    cases_before = count_rows(live_server, "removal_cases")
    page.goto("/photos")
    expect(page.get_by_role("heading", level=1)).to_have_text("사진·영상 삭제 요청하기")
    assert page.title() == "온담"  # the title says nothing about what the page is for

    _pick(page, pictures)
    rows = page.locator("#file-list li")
    shown_hashes: list[str] = []
    expect(page.locator("#hash-progress")).to_have_attribute("value", "2")
    expect(page.locator("#hash-status")).to_have_text("지문 준비 완료: 2개")
    for index, path in enumerate(pictures):
        row = rows.nth(index)
        expect(row.locator(".file-name")).to_have_text(path.name)
        shown = row.get_attribute("data-pdq")
        assert shown is not None
        shown_hashes.append(shown)
        reference = pdq_hash_image(path.read_bytes())
        assert _bits(shown, reference.hash_hex) <= 2, (path.name, shown, reference.hash_hex)
        assert int(row.get_attribute("data-quality") or "0") >= 50
        expect(row.locator(".file-status")).to_have_text("좋은 지문")
        row.locator("summary").click()
        expect(row.locator("code.pdq")).to_have_text(shown)
        # The preview is drawn from a bitmap on the device, not loaded from any address.
        assert row.locator("canvas.thumb").evaluate("c => c.width > 0 && c.height > 0")
    assert page.locator("#file-list img").count() == 0

    _fill_place(page)
    page.locator("#consent-share").check()
    page.get_by_role("button", name="요청 보내기").click()
    done = page.locator("#done")
    expect(done).to_be_visible()
    expect(done.get_by_role("heading", name="요청을 받았어요")).to_be_visible()
    code = page.locator("#case-code").inner_text()
    pin = page.locator("#case-pin").inner_text()
    assert CODE.fullmatch(code), code
    assert re.fullmatch(r"\d{6}", pin), pin
    expect(page.locator("#done-kept")).to_be_hidden()
    assert problems.all() == []

    # No request carries a picture's bytes, a 1 kB slice of them, or their base64 form.
    pieces: list[bytes] = []
    for path in pictures:
        data = path.read_bytes()
        pieces += list(_slices(data))
        pieces += list(_slices(base64.b64encode(data), 1368))
    for request in requests:
        body = request.post_data_buffer or b""
        assert not any(piece in body for piece in pieces), (
            f"{request.method} {request.url} carries image bytes"
        )
    # The only POST is the JSON submission (sent once, the same body if the browser repeated it).
    posts = [r for r in requests if r.method != "GET"]
    assert posts, "the submission was not seen"
    assert {r.url for r in posts} == {live_server.url(SUBMIT_PATH)}
    bodies = {r.post_data_buffer for r in posts}
    assert len(bodies) == 1
    sent = json.loads(next(iter(bodies)) or b"{}")
    assert sorted(sent) == [
        "consent_forward_center",
        "consent_share_hashes",
        "consent_text_version",
        "files",
        "idempotency_key",
        "places",
    ]
    assert sent["consent_share_hashes"] is True
    assert sent["consent_forward_center"] is False
    for entry, path in zip(sent["files"], pictures, strict=True):
        data = path.read_bytes()
        assert entry["kind"] == "image"
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["md5"] == hashlib.md5(data, usedforsecurity=False).hexdigest()
        assert entry["pdq"] == shown_hashes[pictures.index(path)]
        assert set(entry) == {"kind", "sha256", "md5", "pdq", "pdq_quality"}  # no name, size or type
    assert sent["places"] == [
        {
            "url": "https://www.instagram.com/p/synthetic",
            "platform": "instagram",
            "platform_other": "",
            "account_names": "someone_else",
        }
    ]
    assert count_rows(live_server, "removal_cases") == cases_before + 1

    # Shown once: the answer is no longer kept on the device.
    assert page.evaluate(OUTBOX_SIZE) == 0


def test_offline_submission_waits_on_the_device_and_is_sent_once_when_back_online(
    page: Page, problems: PageProblems, live_server: LiveServer, pictures: list[Path]
) -> None:
    context = page.context
    requests = _record(context)
    cases_before = count_rows(live_server, "removal_cases")
    alerts_before = count_rows(live_server, "staff_alerts")
    page.goto("/photos")
    assert page.evaluate(SW_READY) == "activated"
    page.reload()  # now controlled by the service worker, which keeps the shell for offline use
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")

    _pick(page, pictures[:1])
    context.set_offline(True)
    _fill_place(page, "https://x.com/someone/status/12345")
    page.locator("#consent-center").check()
    page.get_by_role("button", name="요청 보내기").click()
    status = page.locator("#outbox-status")
    expect(status).to_have_text("전송 대기 중이에요. 인터넷이 다시 연결되면 자동으로 보내져요.")
    expect(status).to_have_attribute("data-state", "waiting")
    expect(status).to_have_attribute("role", "status")
    assert page.evaluate(OUTBOX_SIZE) == 1
    expect(page.get_by_role("button", name="요청 보내기")).to_be_disabled()

    # Still offline, the page is opened again: it comes from the service worker's copy, and the submission is
    # still waiting on the device.
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("사진·영상 삭제 요청하기")
    expect(status).to_have_attribute("data-state", "waiting")
    assert count_rows(live_server, "removal_cases") == cases_before

    context.set_offline(False)
    expect(page.locator("#done")).to_be_visible(timeout=40_000)
    assert CODE.fullmatch(page.locator("#case-code").inner_text())
    expect(status).to_have_attribute("data-state", "idle")
    assert page.evaluate(OUTBOX_SIZE) == 0

    # Exactly one case, however many times the phone and its service worker sent the submission.
    assert count_rows(live_server, "removal_cases") == cases_before + 1
    assert count_rows(live_server, "staff_alerts") == alerts_before + 1
    with closing(_db(live_server)) as conn:
        consent = conn.execute(
            "SELECT consent_share_hashes, consent_forward_center, source FROM removal_cases ORDER BY id DESC"
        ).fetchone()
    assert consent == (0, 1, "youth")
    posts = [r for r in requests if r.method == "POST"]
    assert {r.url for r in posts} == {live_server.url(SUBMIT_PATH)}
    assert len({r.post_data_buffer for r in posts}) == 1  # every attempt is the same submission (same key)
    # Offline the browser reports failed loads on the console; nothing else may be wrong.
    assert [p for p in problems.all() if "ERR_INTERNET_DISCONNECTED" not in p] == []


def test_quick_exit_wipes_a_waiting_submission(page: Page, live_server: LiveServer) -> None:
    cases_before = count_rows(live_server, "removal_cases")
    page.goto("/photos")
    page.context.set_offline(True)
    _fill_place(page)
    page.get_by_role("button", name="요청 보내기").click()
    expect(page.locator("#outbox-status")).to_have_attribute("data-state", "waiting")
    assert page.evaluate(OUTBOX_SIZE) == 1
    # Still offline: the exit page cannot load, but the device is wiped before leaving.
    page.get_by_role("link", name="빠른 나가기").click()
    page.wait_for_url(lambda url: not url.endswith("/photos"))
    page.context.set_offline(False)
    page.goto("/healthz")
    assert page.evaluate(OUTBOX_SIZE) == 0
    page.wait_for_timeout(1000)  # a service worker's sync, if any, would have sent it by now
    assert count_rows(live_server, "removal_cases") == cases_before


def test_photos_page_has_no_serious_axe_violations_in_any_state(
    new_context: Callable[..., BrowserContext], pictures: list[Path]
) -> None:
    report: list[str] = []

    for locale in ("ko-KR", "en-US"):
        page = new_context(locale=locale).new_page()

        def check(where: str, page: Page = page, locale: str = locale) -> None:
            found = serious_violations(page)
            if found:
                report.append(describe(f"/photos {where} ({locale})", found))

        page.goto("/photos")
        check("empty")
        _pick(page, pictures)
        page.locator("#add-place").click()
        page.locator("#place-2-platform").select_option("other")
        check("files and two places")
        page.locator("#place-1-url").fill("ftp://not-a-web-address")
        page.locator("#send").click()
        expect(page.locator("#form-error")).to_be_visible()
        expect(page.locator("#place-1-url")).to_have_attribute("aria-invalid", "true")
        check("errors")
        page.locator("#place-1-url").fill("https://example.com/a")
        page.locator("#place-2-url").fill("https://forum.example.net/t/1")
        page.locator("#place-2-platform_other").fill("some forum")
        page.context.set_offline(True)
        page.locator("#send").click()
        expect(page.locator("#outbox-status")).to_have_attribute("data-state", "waiting")
        check("waiting to send")
        page.context.set_offline(False)
        expect(page.locator("#done")).to_be_visible(timeout=40_000)
        check("done")

    assert not report, "\n".join(report)


def test_photos_screenshots_at_phone_size(
    new_context: Callable[..., BrowserContext], pictures: list[Path]
) -> None:
    """docs/screenshots/youth-photos-*.png (with `make screenshots`): the form with two fingerprinted pictures."""
    for locale, lang in (("ko-KR", "ko"), ("en-US", "en")):
        page = new_context(locale=locale).new_page()
        page.goto("/photos")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        if lang == "ko":
            _require_korean_font(page)
        _pick(page, pictures)
        _fill_place(page)
        page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }")
        _screenshot(page, f"youth-photos-{lang}.png")
