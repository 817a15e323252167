"""The supervisor dashboard in a real browser: it refreshes itself (polling) when an urgent chat arrives, shows
the urgent alert, and the supervisor acknowledges it. No console errors, no CSP violations, no serious axe
violations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.browser.conftest import LiveServer, sign_in, submit
from tests.browser.counselling_helpers import start_talk
from tests.browser.test_accessibility import describe, serious_violations
from tests.browser.test_chat import _watch

pytestmark = pytest.mark.browser


def test_dashboard_refreshes_and_the_urgent_alert_is_acknowledged(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    boss = new_context(viewport={"width": 1280, "height": 900}, scale=1).new_page()
    problems = _watch(boss)
    sign_in(boss, live_server, "supervisor")
    boss.goto("/staff/supervisor")
    expect(boss.get_by_role("heading", name="상담 관리", level=1)).to_be_visible()
    urgent_before = int(boss.locator("[data-level='urgent']").inner_text())
    found = serious_violations(boss)
    assert not found, describe("/staff/supervisor", found)

    youth = new_context(ip="198.51.100.61").new_page()
    conversation_id = start_talk(youth, danger=True)

    # No reload: the page polls its JSON every 10 seconds.
    alert = boss.locator(f"#alert-list li:has(a[href='/staff/chat/{conversation_id}'])")
    expect(alert).to_contain_text("긴급 대화", timeout=25_000)
    expect(boss.locator("[data-level='urgent']")).to_have_text(str(urgent_before + 1))
    expect(boss.locator("#summary")).to_contain_text("대기")

    submit(boss, alert.get_by_role("button", name="확인"))
    expect(boss.locator(f"#alert-list li:has(a[href='/staff/chat/{conversation_id}'])")).to_have_count(0)
    assert problems.all() == []
