"""Staff sign-in in a real browser: password, then the authenticator code, then the staff home."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from ondam.demo.service import DEMO_STAFF
from tests.browser.conftest import LiveServer, PageProblems, sign_in, submit

pytestmark = pytest.mark.browser

DISPLAY_NAMES = {username: name for username, name, _role, _center in DEMO_STAFF}


def test_counsellor_signs_in_with_password_and_totp(
    page: Page, problems: PageProblems, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "counsellor")

    name = DISPLAY_NAMES["counsellor"]
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{name}님, 안녕하세요")
    expect(page.locator(".staff-bar .who")).to_have_text(name)
    expect(page.get_by_role("button", name="로그아웃", exact=True)).to_be_visible()
    # The session cookie is out of reach of scripts and not sent on cross-site requests.
    staff_cookie = next(c for c in page.context.cookies() if c["name"] == "ondam_staff")
    assert staff_cookie["httpOnly"] is True
    assert staff_cookie["sameSite"] == "Lax"
    assert problems.all() == []


def test_wrong_password_shows_korean_error(
    page: Page, problems: PageProblems, live_server: LiveServer
) -> None:
    page.goto("/staff/login")
    page.locator("#username").fill("supervisor")
    page.locator("#password").fill("not-the-password")
    response = submit(page, page.get_by_role("button", name="계속"), ok=False)
    assert response.request.method == "POST"
    assert response.status == 401, f"expected 401, got {response.status}: {page.locator('main').inner_text()}"

    alert = page.get_by_role("alert")
    expect(alert).to_have_text("아이디 또는 비밀번호가 올바르지 않습니다.")
    expect(page.locator("form[action='/staff/login']")).to_have_attribute("aria-describedby", "form-error")
    expect(page.locator("#username")).to_have_value("supervisor")
    expect(page.locator("#password")).to_have_value("")
    assert page.url == live_server.url("/staff/login")
    assert not any(c["name"] == "ondam_staff" for c in page.context.cookies())
    # The 401 document itself is logged as a failed resource; anything else would be a real problem.
    assert [p for p in problems.all() if "401" not in p] == []
