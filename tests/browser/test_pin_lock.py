"""The device PIN lock of the youth app: set on my page, asked when the app is opened, content covered before any
script runs, wrong PIN refused, right PIN opens; the quick exit stays reachable; "forgot the PIN" wipes the
device and signs it out (nothing on the server is lost)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import LiveServer, PageProblems
from tests.browser.test_accessibility import describe, serious_violations

pytestmark = pytest.mark.browser

PIN = "2468"


def _signed_in_with_a_report(page: Page) -> tuple[str, str]:
    """A new young person: a report sent from /tell signs the device in; returns the case code and PIN."""
    page.goto("/tell")
    page.locator("#kind-other").check()
    page.get_by_role("button", name="보내기", exact=True).click()
    expect(page.locator("#tell-receipt")).to_be_visible(timeout=20_000)
    return page.locator("#case-code").inner_text(), page.locator("#case-pin").inner_text()


def _set_pin(page: Page, pin: str = PIN) -> None:
    page.goto("/me")
    settings = page.locator("#pin-settings")
    expect(settings).to_be_visible()
    expect(page.locator("#pin-state")).to_have_text("이 기기에는 PIN이 설정되어 있지 않아요.")
    page.get_by_label("새 PIN (숫자 4~6자리)").fill(pin)
    page.get_by_label("같은 PIN 한 번 더").fill(pin)
    page.get_by_role("button", name="PIN 설정하기").click()
    expect(page.locator("#pin-settings-status")).to_contain_text("PIN을 설정했어요")
    expect(page.locator("#pin-state")).to_have_text("이 기기는 PIN으로 잠겨 있어요.")


def test_pin_lock_covers_the_app_until_the_right_pin(
    page: Page, problems: PageProblems, live_server: LiveServer
) -> None:
    _signed_in_with_a_report(page)
    _set_pin(page)
    violations = serious_violations(page)
    assert violations == [], describe("/me with the PIN settings", violations)
    stored = page.evaluate("() => JSON.parse(localStorage.getItem('ondam-pin-lock'))")
    assert set(stored) == {"v", "salt", "iterations", "hash"}
    assert stored["iterations"] >= 100_000
    assert PIN not in str(stored)  # a salted hash, never the PIN

    page.reload()
    lock = page.locator("#pin-lock")
    main = page.locator("main")
    expect(lock).to_be_visible()
    expect(main).to_be_hidden()
    expect(page.get_by_role("heading", name="앱이 잠겨 있어요")).to_be_visible()
    expect(page.get_by_role("link", name="빠른 나가기")).to_be_visible()  # the quick exit stays reachable
    expect(page.locator("#pin-lock-input")).to_be_focused()
    violations = serious_violations(page)
    assert violations == [], describe("lock screen", violations)

    # The server itself covers the content (no script has to run first): without pin-lock.mjs it stays hidden.
    html = page.context.request.get(live_server.url("/me")).text()
    assert re.search(r'<body class="youth"[^>]*data-lock="closed"', html)

    def block(route: Route) -> None:
        route.abort()

    page.route("**/pin-lock.mjs*", block)
    page.reload()
    expect(lock).to_be_visible()
    expect(main).to_be_hidden()
    page.unroute("**/pin-lock.mjs*")
    page.reload()

    page.get_by_label("이 기기의 PIN").fill("1111")
    page.get_by_role("button", name="잠금 해제").click()
    error = page.locator("#pin-lock-error")
    expect(error).to_have_text("PIN이 맞지 않아요. 다시 입력해 주세요.")
    expect(main).to_be_hidden()

    page.get_by_label("이 기기의 PIN").fill(PIN)
    page.get_by_role("button", name="잠금 해제").click()
    expect(main).to_be_visible()
    expect(lock).to_be_hidden()
    expect(page.get_by_role("heading", level=1, name="내 페이지")).to_be_visible()

    # Open for this tab: moving around does not ask again. A new tab (the app opened again) asks.
    page.goto("/check")
    expect(main).to_be_visible()
    other = page.context.new_page()
    other.goto("/")
    expect(other.locator("#pin-lock")).to_be_visible()
    expect(other.locator("main")).to_be_hidden()
    other.close()

    # Back from the background: after a minute it stays open, after more than 5 minutes it asks again.
    back = "(ms) => { sessionStorage.setItem('ondam-hidden-at', String(Date.now() - ms));"
    back += " document.dispatchEvent(new Event('visibilitychange')); }"
    page.evaluate(back, 60_000)
    expect(main).to_be_visible()
    page.evaluate(back, 6 * 60_000)
    expect(lock).to_be_visible()
    expect(main).to_be_hidden()
    assert problems.all() == []


def test_quick_exit_keeps_the_lock_and_forgot_pin_wipes_the_device(page: Page) -> None:
    _signed_in_with_a_report(page)
    _set_pin(page)
    page.reload()
    expect(page.locator("#pin-lock")).to_be_visible()
    page.get_by_role("link", name="빠른 나가기").click()
    page.wait_for_url(lambda url: "exit=1" in url)
    page.goto("/")
    expect(page.locator("#pin-lock")).to_be_visible()  # still locked after the quick exit

    page.get_by_text("PIN을 잊어버렸어요").click()
    with page.expect_navigation():
        page.get_by_role("button", name="이 기기에서 앱 지우기").click()
    assert page.url.endswith("/?forgotten=1")
    expect(page.locator("main")).to_be_visible()
    expect(page.locator("#pin-lock")).to_be_hidden()
    assert page.evaluate("() => localStorage.getItem('ondam-pin-lock')") is None
    assert "ondam_lock" not in page.evaluate("() => document.cookie")
    # Signed out on this device; the case code and PIN still work on the server.
    page.goto("/me")
    assert page.url.endswith("/return")
