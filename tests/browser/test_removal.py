"""Removal pages in a real browser, signed in as the demo removal officer: no CSP violation or console error,
no serious axe finding, the letter's copy button works, a refused form keeps what was typed."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import SCREENSHOT_DIR, LiveServer, PageProblems, sign_in, submit
from tests.browser.test_accessibility import describe, serious_violations

pytestmark = pytest.mark.browser


def test_removal_officer_works_a_case(page: Page, problems: PageProblems, live_server: LiveServer) -> None:
    report: list[str] = []

    def check(where: str) -> None:
        found = serious_violations(page)
        if found:
            report.append(describe(where, found))
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT_DIR / f"removal-{where.replace(' ', '-')}.png"), full_page=True)

    sign_in(page, live_server, "removal")
    page.get_by_role("link", name="삭제 지원").first.click()
    page.wait_for_url("**/staff/removal")
    expect(page.get_by_role("heading", level=1)).to_have_text("삭제 지원 사례")
    # The demo's overdue request comes first.
    expect(page.locator("table#cases tbody tr").nth(0)).to_contain_text("기한 초과")
    check("list")

    page.locator("table#cases a[href^='/staff/removal/']").first.click()
    page.wait_for_url("**/staff/removal/*")
    expect(page.locator(".summary")).to_contain_text("합성 데모 사례")
    check("case")

    page.locator("table a[href^='/staff/removal/items/']").first.click()
    page.wait_for_url("**/staff/removal/items/*")
    expect(page.get_by_role("heading", level=1)).to_contain_text("주소 #")
    check("item")

    # A refused form comes back with the message next to the field and what was typed.
    page.locator("#ev-status").fill("abc")
    page.locator("#ev-type").fill("image/png")
    submit(page, page.get_by_role("button", name="증거 기록 저장"), ok=False)
    expect(page.locator("#err-http_status")).to_be_visible()
    expect(page.locator("#ev-status")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#ev-type")).to_have_value("image/png")
    check("evidence form error")

    item_url = page.url.removesuffix("/evidence")
    page.goto(item_url + "/letter?kind=kcsc&lang=ko")
    text = page.locator("#letter-text")
    expect(text).to_contain_text("방송미디어통신심의위원회 귀중")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    copy = page.get_by_role("button", name="요청서 복사")
    expect(copy).to_be_visible()
    copy.click()
    expect(page.locator("#copy-status")).to_have_text("복사했습니다.")
    check("letter")

    # The refused form's 422 document is logged as a failed resource; anything else would be a real problem.
    assert [p for p in problems.all() if "422" not in p] == []
    assert not report, "\n".join(report)
