"""axe-core (bundled with axe-playwright-python, so it runs offline) on the youth and staff pages, reflow at
320 CSS px (200% zoom), the start page's focus order, and the phone-size screenshots in docs/screenshots/.

Every youth page state comes from tests/browser/youth_pages.py, so the scan and the screenshots cover the same
pages. axe is injected with page.evaluate(), which the page's Content-Security-Policy does not apply to. The
screenshot tests run only with ``make screenshots`` (ONDAM_SCREENSHOTS=1), which rewrites docs/screenshots/.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page, ViewportSize, expect

from tests.browser.conftest import SCREENSHOT_DIR, LiveServer, sign_in
from tests.browser.youth_pages import YOUTH_PAGES, YouthPage, fresh_ip

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


LOCALES = [("ko-KR", "ko"), ("en-US", "en")]
# 200% zoom of a 640 px wide phone = 320 CSS px (WCAG 1.4.10 Reflow): nothing may scroll sideways.
REFLOW: ViewportSize = {"width": 320, "height": 640}
WIDER_THAN_VIEWPORT = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  return [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].join(".")}`)
    .slice(0, 10);
}"""


@pytest.mark.parametrize("state", YOUTH_PAGES, ids=lambda state: state.name)
@pytest.mark.parametrize(("locale", "lang"), LOCALES)
def test_youth_page_has_no_serious_axe_violations_and_reflows_at_320px(
    new_context: Callable[..., BrowserContext], state: YouthPage, locale: str, lang: str
) -> None:
    page = new_context(locale=locale, ip=fresh_ip()).new_page()
    state.drive(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    found = serious_violations(page)
    assert not found, describe(f"youth {state.name} ({lang})", found)
    page.set_viewport_size(REFLOW)
    assert page.evaluate(WIDER_THAN_VIEWPORT) == [], f"{state.name} ({lang}) scrolls sideways at 320 px"


# The start page's focus order: skip link, the bar (language, quick exit), the four paths, the emergency calls,
# then "come back".
START_FOCUS_ORDER = [
    "a.skip-link",
    ".lang-switch button",
    "a#quick-exit",
    "a.path[href='/talk']",
    "a.path[href='/tell']",
    "a.path[href='/check']",
    "a.path[href='/photos']",
    "a[href='tel:112']",
    "a[href='tel:1366']",
    "a[href='tel:1388']",
    "a[href='tel:117']",
    "a.button[href='/return']",
]
FOCUSED = """(selectors) => {
  const el = document.activeElement;
  const outline = getComputedStyle(el).outlineStyle;
  return [selectors.find((s) => el.matches(s)) || el.outerHTML.slice(0, 80), outline !== "none"];
}"""


@pytest.mark.parametrize(("locale", "lang"), LOCALES)
def test_start_page_focus_order_follows_the_page_with_visible_focus(
    new_context: Callable[..., BrowserContext], locale: str, lang: str
) -> None:
    page = new_context(locale=locale).new_page()
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    tel_links = page.locator("section.emergency a[href^='tel:']")
    expect(tel_links).to_have_count(4)
    seen = []
    for _step in START_FOCUS_ORDER:
        page.keyboard.press("Tab")
        name, outlined = page.evaluate(FOCUSED, START_FOCUS_ORDER)
        seen.append(name)
        assert outlined, f"{name}: no visible focus"
    assert seen == START_FOCUS_ORDER
    # The skip link, the first stop, moves the focus to the content.
    page.reload()
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED, START_FOCUS_ORDER)[0] == "a.skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


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


SCREENSHOTS = os.environ.get("ONDAM_SCREENSHOTS") == "1"
# Phone size, 1 CSS px = 1 image px: readable, and the PNGs stay small enough to commit.
SCREENSHOT_PHONE: ViewportSize = {"width": 360, "height": 780}
only_with_make_screenshots = pytest.mark.skipif(
    not SCREENSHOTS, reason="writes docs/screenshots/: run `make screenshots` (ONDAM_SCREENSHOTS=1)"
)


def _phone(new_context: Callable[..., BrowserContext], locale: str) -> Page:
    return new_context(locale=locale, ip=fresh_ip(), viewport=SCREENSHOT_PHONE, scale=1).new_page()


@only_with_make_screenshots
@pytest.mark.parametrize(("locale", "lang"), LOCALES)
def test_youth_screenshots_at_phone_size(
    new_context: Callable[..., BrowserContext], locale: str, lang: str
) -> None:
    """docs/screenshots/youth-<page>-<lang>.png: every state of every youth page, driven as the axe scan is."""
    for state in YOUTH_PAGES:
        page = _phone(new_context, locale)
        state.drive(page)
        expect(page.locator("html")).to_have_attribute("lang", lang)
        _require_korean_font(page)  # never overwrite the documentation with boxes
        page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }")
        _screenshot(page, f"youth-{state.name}-{lang}.png")
        page.context.close()


@only_with_make_screenshots
def test_staff_screenshots_at_phone_size(new_context: Callable[..., BrowserContext]) -> None:
    """docs/screenshots/staff-login-ko.png."""
    page = _phone(new_context, "ko-KR")
    page.goto("/staff/login")
    expect(page.get_by_role("heading", level=1)).to_have_text("로그인")
    _require_korean_font(page)
    _screenshot(page, "staff-login-ko.png")
