"""Shared steps of the counselling browser tests (console, wrap-up, supervisor): a young person starts a chat, a
staff member signs in on a wide screen (and says they are available), a counsellor accepts a chat from the queue
page, a message shows up."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import LiveServer, PageProblems, sign_in, submit
from tests.browser.test_chat import _watch


def start_talk(page: Page, *, danger: bool = False) -> int:
    """A young person opens a chat from /talk; returns the conversation id."""
    page.goto("/talk")
    if danger:
        page.locator("#danger-now").check()
    submit(page, page.locator("form[action='/talk'] button[type=submit]"))
    page.get_by_role("link", name="대화로 가기").click()
    page.wait_for_url(re.compile(r"/talk/chat/\d+$"))
    expect(page.locator("#chat-connection")).to_be_hidden()
    return int(page.url.rsplit("/", 1)[-1])


def available(page: Page) -> None:
    page.goto("/staff/queue")
    page.locator("#presence-available").check()
    submit(page, page.get_by_role("button", name="상태 저장"))
    expect(page.locator("#presence-now")).to_have_text("상담 가능")


def message(page: Page, text: str) -> None:
    expect(page.locator("#messages li .body", has_text=text)).to_have_count(1, timeout=15_000)


def staff_page(
    new_context: Callable[..., BrowserContext],
    live_server: LiveServer,
    user: str,
    *,
    on_shift: bool = True,
) -> tuple[Page, PageProblems]:
    """A staff member signed in on a wide screen, watched for problems; ``on_shift``: said available."""
    page = new_context(viewport={"width": 1280, "height": 900}, scale=1).new_page()
    problems = _watch(page)
    sign_in(page, live_server, user)
    if on_shift:
        available(page)
    return page, problems


def accept_from_queue(staff: Page, live_server: LiveServer, conversation_id: int, first_message: str) -> None:
    """The counsellor takes the chat from the queue page and sees the young person's first message, live."""
    staff.goto("/staff/queue")
    item = staff.locator(f"#waiting-list > li[data-conversation='{conversation_id}']")
    expect(item).to_be_visible(timeout=15_000)
    submit(staff, item.get_by_role("button", name=re.compile("상담 시작")))
    assert staff.url == live_server.url(f"/staff/chat/{conversation_id}")
    message(staff, first_message)
    expect(staff.locator("#chat-connection")).to_be_hidden()
