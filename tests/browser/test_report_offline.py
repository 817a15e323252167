"""/tell on a phone that loses its connection: the filled report (answers and screenshot) waits on the device,
the page says so, and it is sent once when the network is back, on the same page or on the next visit; the quick
exit wipes a waiting report. The screenshot is a synthetic picture drawn here with Pillow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import BrowserContext, Page, Request, expect

from tests.browser.conftest import LiveServer, PageProblems
from tests.browser.offline_helpers import OUTBOX, STASH, SW_READY, count_rows
from tests.browser.test_accessibility import describe, serious_violations

pytestmark = pytest.mark.browser

CODE = re.compile(r"[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}")
WAITING = "전송 대기 중이에요. 인터넷이 다시 연결되면 자동으로 보내져요."

# Send the stashed copy again with the outbox's own send() (what a retry after a lost answer does).
RESEND = """async () => {
  const outbox = await import("/static/js/offline-queue.mjs");
  const entry = window.__kept;
  const outcome = await outbox.send(entry);
  return { outcome, response: entry.response };
}"""


@pytest.fixture
def screenshot(tmp_path: Path) -> Path:
    path = tmp_path / "chat-capture.png"
    image = Image.new("RGB", (360, 640), (240, 240, 245))
    draw = ImageDraw.Draw(image)
    for i in range(8):
        draw.rectangle(
            [20, 40 + i * 70, 300 - (i % 3) * 60, 90 + i * 70], fill=(250 - i * 20, 220, 120 + i * 15)
        )
    image.save(path)
    return path


def _record_posts(context: BrowserContext) -> list[Request]:
    seen: list[Request] = []
    context.on(
        "request", lambda r: seen.append(r) if r.method == "POST" and r.url.endswith("/tell") else None
    )
    return seen


def _fill(page: Page, screenshot: Path, description: str) -> None:
    page.locator("#kind-sextortion").check()
    page.locator("#platform").select_option("instagram")
    page.locator("#offender_accounts").fill("fake_account_77")
    page.locator("#description").fill(description)
    page.locator("#evidence").set_input_files(str(screenshot))


def test_report_made_offline_waits_then_arrives_once(
    page: Page, problems: PageProblems, live_server: LiveServer, screenshot: Path
) -> None:
    context = page.context
    posts = _record_posts(context)
    reports_before = count_rows(live_server, "youth_reports")
    evidence_before = count_rows(live_server, "report_evidence")
    page.goto("/tell")
    assert page.evaluate(SW_READY) == "activated"  # the module service worker (it imports the outbox) runs

    _fill(page, screenshot, "오프라인에서 보낸 신고")
    context.set_offline(True)
    page.get_by_role("button", name="보내기", exact=True).click()
    status = page.locator("#tell-status")
    expect(status).to_have_text(WAITING)
    expect(status).to_have_attribute("data-state", "waiting")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(page.locator("#tell-waiting-note")).to_be_visible()
    expect(page.get_by_role("button", name="보내기", exact=True)).to_be_disabled()
    kept = page.evaluate(OUTBOX)
    assert len(kept) == 1
    assert kept[0]["kind"] == "report"
    assert kept[0]["state"] == "pending"
    assert kept[0]["blobs"] == [["evidence", "chat-capture.png", screenshot.stat().st_size]]
    assert kept[0]["fields"]["description"] == "오프라인에서 보낸 신고"
    assert kept[0]["fields"]["idempotency_key"] == kept[0]["key"]
    page.wait_for_timeout(500)
    assert count_rows(live_server, "youth_reports") == reports_before
    violations = serious_violations(page)
    assert violations == [], describe("/tell waiting to send", violations)
    page.evaluate(STASH)  # a copy of the kept report (Blob included), to send it again afterwards

    context.set_offline(False)
    receipt = page.locator("#tell-receipt")
    expect(receipt).to_be_visible(timeout=40_000)
    expect(receipt).to_be_focused()
    expect(page.locator("#receipt-reference")).to_have_text(re.compile(r"접수 번호: R-[0-9A-Z]{8}"))
    assert CODE.fullmatch(page.locator("#case-code").inner_text())
    assert re.fullmatch(r"\d{6}", page.locator("#case-pin").inner_text())
    expect(page.locator("form[data-offline-form]")).to_be_hidden()
    assert page.evaluate(OUTBOX) == []  # the case code and PIN are shown once, then gone from the device
    violations = serious_violations(page)
    assert violations == [], describe("/tell receipt", violations)
    assert count_rows(live_server, "youth_reports") == reports_before + 1
    assert count_rows(live_server, "report_evidence") == evidence_before + 1

    # Every attempt (page, service worker) went to the same place; a retry of the kept report (same key, same
    # form and screenshot) gives the same answer and no second report.
    assert posts
    assert {p.headers.get("accept") for p in posts} == {"application/json"}
    retry = page.evaluate(RESEND)
    assert retry["outcome"] == "sent"
    assert retry["response"]["reference"] in page.locator("#receipt-reference").inner_text()
    assert count_rows(live_server, "youth_reports") == reports_before + 1
    assert count_rows(live_server, "report_evidence") == evidence_before + 1

    # The device is signed in with the new case code: my page lists the report.
    page.goto("/me")
    expect(page.locator("main")).to_contain_text(retry["response"]["reference"])
    assert [p for p in problems.all() if "ERR_INTERNET_DISCONNECTED" not in p] == []


def test_a_report_left_waiting_is_shown_sent_on_the_next_visit(
    new_context, live_server: LiveServer, screenshot: Path
) -> None:  # type: ignore[no-untyped-def]
    context = new_context()
    page = context.new_page()
    reports_before = count_rows(live_server, "youth_reports")
    page.goto("/tell")
    page.evaluate(SW_READY)
    _fill(page, screenshot, "닫고 나중에 다시 열었어요")
    context.set_offline(True)
    page.get_by_role("button", name="보내기", exact=True).click()
    expect(page.locator("#tell-status")).to_have_attribute("data-state", "waiting")
    page.close()  # the young person closes the app while offline

    context.set_offline(False)
    again = context.new_page()
    again.goto("/tell")
    expect(again.locator("#tell-receipt")).to_be_visible(timeout=40_000)
    assert CODE.fullmatch(again.locator("#case-code").inner_text())
    assert again.evaluate(OUTBOX) == []
    assert count_rows(live_server, "youth_reports") == reports_before + 1


def test_quick_exit_wipes_a_waiting_report(page: Page, live_server: LiveServer, screenshot: Path) -> None:
    reports_before = count_rows(live_server, "youth_reports")
    page.goto("/tell")
    _fill(page, screenshot, "지워져야 하는 신고")
    page.context.set_offline(True)
    page.get_by_role("button", name="보내기", exact=True).click()
    expect(page.locator("#tell-status")).to_have_attribute("data-state", "waiting")
    assert len(page.evaluate(OUTBOX)) == 1
    page.get_by_role("link", name="빠른 나가기").click()
    page.wait_for_url(lambda url: not url.endswith("/tell"))
    page.context.set_offline(False)
    page.goto("/healthz")
    assert page.evaluate(OUTBOX) == []
    page.wait_for_timeout(1000)  # a service worker's sync, if any, would have sent it by now
    assert count_rows(live_server, "youth_reports") == reports_before


def test_a_wrong_file_is_said_at_once_and_the_answers_stay(page: Page, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a picture")
    page.goto("/tell")
    page.locator("#kind-other").check()
    page.locator("#description").fill("<script>alert(1)</script> 그대로 남아요")
    page.locator("#evidence").set_input_files(str(text_file))
    page.get_by_role("button", name="보내기", exact=True).click()
    error = page.locator("#evidence-client-error")
    expect(error).to_have_text("캡처는 JPEG, PNG, WebP, GIF 이미지여야 해요.")
    expect(page.locator("#evidence")).to_be_focused()
    expect(page.locator("#evidence")).to_have_attribute("aria-describedby", "evidence-client-error")
    expect(page.locator("#description")).to_have_value("<script>alert(1)</script> 그대로 남아요")
    assert page.evaluate(OUTBOX) == []
