"""Live chat in two phones' browsers: a young person and a counsellor chat both ways; the young person loses the
connection, writes two messages offline, comes back, and every message arrives exactly once, in order, on both
sides (no console errors, no CSP violations, no serious axe violations on the chat pages)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import LiveServer, PageProblems, sign_in, submit
from tests.browser.test_accessibility import describe, serious_violations

pytestmark = pytest.mark.browser


def _watch(page: Page) -> PageProblems:
    watch = PageProblems(page)
    page.on("console", watch.on_console)
    page.on("pageerror", lambda exc: watch.exceptions.append(f"uncaught: {exc}"))
    return watch


def _bodies(page: Page) -> list[str]:
    return [text.strip() for text in page.locator("#messages li .body").all_inner_texts()]


def _send(page: Page, text: str) -> None:
    page.locator("#chat-body").fill(text)
    page.locator("#composer button[type=submit]").click()


def test_youth_and_counsellor_chat_and_an_offline_youth_loses_nothing(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    youth_context = new_context()
    youth = youth_context.new_page()
    youth_problems = _watch(youth)
    youth.goto("/")
    expect(youth.locator("a.path[href='/talk']")).to_be_visible()

    # Before the chat: confidentiality, the duty to report (Art. 34) and what happens in danger, then start.
    youth.goto("/talk")
    expect(youth.locator("#before-title")).to_be_visible()
    expect(youth.locator(".before-chat")).to_contain_text("제34조")
    found = serious_violations(youth)
    assert not found, describe("/talk", found)
    submit(youth, youth.locator("form[action='/talk'] button[type=submit]"))
    expect(youth.locator("#case-code")).to_have_text(re.compile(r"^[A-Z0-9]{5}-[A-Z0-9]{5}$"))
    expect(youth.locator("#case-pin")).to_have_text(re.compile(r"^\d{6}$"))
    youth.get_by_role("link", name="대화로 가기").click()
    youth.wait_for_url(re.compile(r"/talk/chat/\d+$"))
    conversation_id = youth.url.rsplit("/", 1)[-1]
    expect(youth.locator("#chat-connection")).to_be_hidden()  # connected
    _send(youth, "안녕하세요, 도움이 필요해요")
    expect(youth.locator("#messages li[data-seq='1'] .state")).to_have_text("보냄")

    staff_context = new_context()
    staff = staff_context.new_page()
    staff_problems = _watch(staff)
    sign_in(staff, live_server, "counsellor")
    staff.goto(f"/staff/chat/{conversation_id}")
    submit(staff, staff.get_by_role("button", name="상담 시작"))
    expect(staff.locator("#messages li[data-seq='1'] .body")).to_have_text("안녕하세요, 도움이 필요해요")
    expect(staff.locator("#chat-connection")).to_be_hidden()
    _send(staff, "네, 말씀해 주세요. 듣고 있어요.")

    expect(youth.locator("#messages li[data-seq='2'] .body")).to_have_text("네, 말씀해 주세요. 듣고 있어요.")
    expect(youth.locator("#chat-status")).to_have_text("상담사가 함께하고 있어요.")
    # The counsellor's page is open, so the young person's message shows as read.
    expect(youth.locator("#messages li[data-seq='1'] .state")).to_have_text("읽음")

    # The young person goes offline and writes two messages: they wait in the outbox, shown as sending.
    youth_context.set_offline(True)
    expect(youth.locator("#chat-connection")).to_be_visible()
    _send(youth, "지금 연결이 끊겼어요")
    _send(youth, "그래도 보내질까요?")
    expect(youth.locator("#messages li.pending")).to_have_count(2)
    expect(youth.locator("#messages li.pending .state").first).to_have_text("보내는 중…")
    assert youth.evaluate("Object.keys(sessionStorage).some((k) => k.startsWith('ondam-chat-'))")
    staff.wait_for_timeout(500)
    assert len(_bodies(staff)) == 2  # nothing arrived while offline

    youth_context.set_offline(False)
    expected = [
        "안녕하세요, 도움이 필요해요",
        "네, 말씀해 주세요. 듣고 있어요.",
        "지금 연결이 끊겼어요",
        "그래도 보내질까요?",
    ]
    expect(youth.locator("#messages li.pending")).to_have_count(0, timeout=20_000)
    expect(staff.locator("#messages li[data-seq='4']")).to_have_count(1, timeout=20_000)
    for page in (youth, staff):
        assert _bodies(page) == expected  # each exactly once, in order
        seqs = page.eval_on_selector_all("#messages li", "items => items.map((li) => li.dataset.seq)")
        assert seqs == ["1", "2", "3", "4"]
    # Delivered: the outbox is empty again.
    assert not youth.evaluate("Object.keys(sessionStorage).some((k) => k.startsWith('ondam-chat-'))")

    # A reload resumes from the page and the socket without doubling anything.
    youth.reload()
    expect(youth.locator("#chat-connection")).to_be_hidden()
    _send(youth, "고마워요")
    expect(staff.locator("#messages li[data-seq='5'] .body")).to_have_text("고마워요")
    assert _bodies(staff) == [*expected, "고마워요"]
    assert _bodies(youth) == [*expected, "고마워요"]

    found = serious_violations(youth) + serious_violations(staff)
    assert not found, describe("chat pages", found)
    assert youth_problems.all() == []
    assert staff_problems.all() == []
