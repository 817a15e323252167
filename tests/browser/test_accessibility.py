"""axe-core (bundled with axe-playwright-python, so it runs offline) on the youth and staff pages, and the
phone-size screenshots in docs/screenshots/.

axe is injected with page.evaluate(), which the page's Content-Security-Policy does not apply to.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import SCREENSHOT_DIR, LiveServer, sign_in

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
# WCAG 2.x A/AA plus axe's best practices (landmarks, headings, skip link...).
AXE_OPTIONS = {
    "resultTypes": ["violations"],
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
}

_axe = Axe()


def serious_violations(page: Page) -> list[dict[str, Any]]:
    results = _axe.run(page, options=AXE_OPTIONS)
    return [v for v in results.response["violations"] if v["impact"] in BLOCKING]


def describe(where: str, violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{where}: {v['id']} ({v['impact']}): {v['help']}")
        lines.extend(f"    {node['target']}: {node['html'][:160]}" for node in v["nodes"])
    return "\n".join(lines)


@pytest.mark.parametrize(("locale", "lang"), [("ko-KR", "ko"), ("en-US", "en")])
def test_youth_start_page_has_no_serious_axe_violations(
    new_context: Callable[..., BrowserContext], locale: str, lang: str
) -> None:
    page = new_context(locale=locale).new_page()
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    found = serious_violations(page)
    assert not found, describe(f"youth start ({lang})", found)


def test_staff_pages_have_no_serious_axe_violations(page: Page, live_server: LiveServer) -> None:
    """Log-in, code, home, case list and one case, signed in as the demo center staff member."""
    report: list[str] = []

    def check(where: str) -> None:
        found = serious_violations(page)
        if found:
            report.append(describe(where, found))

    page.goto("/staff/login")
    check("staff login")
    sign_in(page, live_server, "centerstaff", check=check)
    check("staff home")

    page.goto("/staff/cases")
    expect(page.get_by_role("heading", level=1)).to_have_text("사례")
    check("case list")
    first_case = page.locator("table a[href^='/staff/cases/']").first
    expect(first_case).to_be_visible()
    first_case.click()
    page.wait_for_url(lambda url: "/staff/cases/" in url)
    expect(page.locator(".summary")).to_contain_text("합성 데모 사례")
    check("case detail")

    assert not report, "\n".join(report)


# Draws a Hangul syllable and an unassigned code point in the page's own font: without a Korean font both come
# out as the same "missing glyph" box.
HANGUL_RENDERS = """() => {
  const font = getComputedStyle(document.body).fontFamily;
  const draw = (text) => {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext("2d");
    ctx.font = `48px ${font}`;
    ctx.fillText(text, 4, 52);
    return canvas.toDataURL();
  };
  return draw("\\uD55C") !== draw("\\u0378");
}"""


def _require_korean_font(page: Page) -> None:
    if page.evaluate(HANGUL_RENDERS):
        return
    reason = "Chromium has no Korean font, Hangul would show as boxes (apt-get install fonts-noto-cjk)"
    if os.environ.get("ONDAM_REQUIRE_BROWSER") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _screenshot(page: Page, name: str) -> None:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.fonts.ready")
    path = SCREENSHOT_DIR / name
    page.screenshot(path=str(path), full_page=True, animations="disabled", caret="hide")
    assert path.stat().st_size > 10_000, f"{path} looks empty"


def test_screenshots_at_phone_size(new_context: Callable[..., BrowserContext]) -> None:
    """docs/screenshots/: the youth start page in Korean and English and the staff log-in page."""
    korean = new_context(locale="ko-KR").new_page()
    korean.goto("/")
    _require_korean_font(korean)  # never overwrite the documentation with boxes
    _screenshot(korean, "youth-start-ko.png")
    korean.goto("/staff/login")
    expect(korean.get_by_role("heading", level=1)).to_have_text("로그인")
    _screenshot(korean, "staff-login-ko.png")

    english = new_context(locale="en-US").new_page()
    english.goto("/")
    expect(english.locator("html")).to_have_attribute("lang", "en")
    _screenshot(english, "youth-start-en.png")
