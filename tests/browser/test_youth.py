"""The youth start page in a phone browser: language, emergency numbers, strict CSP and the quick exit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import LiveServer, PageProblems, submit

pytestmark = pytest.mark.browser

EMERGENCY_NUMBERS = ["112", "1366", "1388", "117"]
STORAGE_SIZES = "() => [localStorage.length, sessionStorage.length]"


def test_start_page_is_korean_with_emergency_numbers_and_no_errors(
    page: Page, problems: PageProblems, live_server: LiveServer
) -> None:
    response = page.goto("/")
    assert response is not None
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    expect(page.get_by_role("heading", level=1)).to_have_text("혼자가 아니에요. 온담이 함께할게요.")
    expect(page.get_by_role("link", name="빠른 나가기")).to_be_visible()
    expect(page.get_by_role("button", name="English")).to_be_visible()

    # The four paths: talk, report, check a conversation, get images removed.
    paths = page.locator("nav.paths a.path")
    expect(paths).to_have_count(4)
    assert [paths.nth(i).get_attribute("href") for i in range(4)] == ["/talk", "/tell", "/check", "/photos"]
    expect(page.locator("a.path[href='/tell'] .path-title")).to_have_text("있었던 일 신고하기")

    calls = page.locator("section.emergency a[href^='tel:']")
    expect(calls).to_have_count(len(EMERGENCY_NUMBERS))
    for number in EMERGENCY_NUMBERS:
        link = page.locator(f"a[href='tel:{number}']")
        expect(link).to_be_visible()
        expect(link.locator(".number")).to_have_text(number)
    expect(page.locator("a[href='tel:112'] .label")).to_have_text("경찰 신고")

    # The quick exit script is a module from /static and reads the exit URL from the page.
    assert page.evaluate("document.body.dataset.exitUrl") == live_server.exit_url
    # Nothing may overflow sideways at phone width.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert problems.all() == []


def test_language_switch_to_english_sticks_across_reload_and_back(
    page: Page, problems: PageProblems, live_server: LiveServer
) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "ko")

    submit(page, page.get_by_role("button", name="English"))
    assert page.url == live_server.url("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are not alone. We are here to help.")
    expect(page.get_by_role("link", name="Quick exit")).to_be_visible()
    expect(page.locator("a[href='tel:112'] .label")).to_have_text("Police")

    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are not alone. We are here to help.")

    submit(page, page.get_by_role("button", name="한국어"))
    assert page.url == live_server.url("/")
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    expect(page.get_by_role("heading", level=1)).to_have_text("혼자가 아니에요. 온담이 함께할게요.")
    assert problems.all() == []


def test_csp_blocks_injected_inline_script_and_the_check_sees_it(page: Page, problems: PageProblems) -> None:
    """The no-CSP-violation checks above are not vacuous: an injected inline script is refused and seen."""
    page.goto("/")
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.body.append(script);
    }""")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__injected") is None
    assert any("script-src" in p for p in problems.csp_violations())
    assert any("Content Security Policy" in p for p in problems.console)


def test_browser_asking_for_english_gets_english(new_context: Callable[..., BrowserContext]) -> None:
    page = new_context(locale="en-US").new_page()
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="한국어")).to_be_visible()


def _fill_storage(page: Page) -> None:
    page.evaluate("""() => {
        localStorage.setItem("ondam-test", "draft message");
        sessionStorage.setItem("ondam-test", "draft message");
    }""")
    assert page.evaluate(STORAGE_SIZES) == [1, 1]


def _assert_storage_wiped(page: Page, live_server: LiveServer) -> None:
    # The exit page is on the same origin here, so the storage it sees is the start page's.
    assert page.evaluate(STORAGE_SIZES) == [0, 0]
    page.goto(live_server.url("/"))
    assert page.evaluate(STORAGE_SIZES) == [0, 0]


def test_quick_exit_button_leaves_wipes_storage_and_history(page: Page, live_server: LiveServer) -> None:
    before = live_server.url("/healthz?before=1")
    page.goto(before)  # whatever the device showed before the youth app
    page.goto("/")
    _fill_storage(page)

    page.get_by_role("link", name="빠른 나가기").click()
    page.wait_for_url(live_server.exit_url)

    # location.replace(): the youth page is gone from the history, Back skips over it.
    page.go_back()
    assert page.url == before
    page.go_forward()
    assert page.url == live_server.exit_url
    _assert_storage_wiped(page, live_server)


def test_quick_exit_by_pressing_shift_three_times(page: Page, live_server: LiveServer) -> None:
    page.goto("/")
    _fill_storage(page)

    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(150)
    assert page.url == live_server.url("/"), "two presses must not leave the page"

    page.keyboard.press("Shift")
    page.wait_for_url(live_server.exit_url)
    _assert_storage_wiped(page, live_server)


def test_quick_exit_works_without_javascript(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    page = new_context(javascript=False).new_page()
    page.goto("/")
    page.get_by_role("link", name="빠른 나가기").click()
    page.wait_for_url(live_server.exit_url)
