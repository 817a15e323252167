"""The conversation check in a phone browser: paste a chat, read the explanation, then "talk to a counsellor about
this": the checked text goes to the new chat only when the box is ticked (off by default), in the POST body."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.conftest import PageProblems
from tests.browser.test_accessibility import describe, serious_violations
from tests.youth.test_check import GROOMING

pytestmark = pytest.mark.browser

MARKER = "[별빛오빠] [오후 3:30] 비밀번호는 달빛고래7 이거 아무한테도 말하지 마"


def _check(page: Page) -> None:
    page.goto("/check")
    page.get_by_label("대화 내용").fill(GROOMING + MARKER)
    page.get_by_role("button", name="점검", exact=True).click()
    expect(page.locator(".check-result")).to_be_visible()
    expect(page.get_by_role("heading", level=2)).to_have_text(
        re.compile("그루밍이나 성착취의 위험 신호가 있어요.|위험해 보여요. 지금 도움을 받으세요.")
    )
    expect(page.get_by_role("heading", name="위험 신호")).to_be_visible()
    expect(page.locator(".signs li").first).to_be_visible()


def _talk_posts(page: Page) -> list[Request]:
    seen: list[Request] = []
    page.on("request", lambda r: seen.append(r) if r.method == "POST" and r.url.endswith("/talk") else None)
    return seen


def test_check_then_talk_with_the_text_attached(page: Page, problems: PageProblems) -> None:
    posts = _talk_posts(page)
    _check(page)
    attach = page.get_by_label("확인한 글을 대화에 첨부하기")
    expect(attach).not_to_be_checked()  # consent is off until the young person gives it
    page.get_by_text("첨부될 글 보기").click()
    expect(page.locator("#checked-text")).to_contain_text("달빛고래7")
    violations = serious_violations(page)
    assert violations == [], describe("/check result with the hand-off", violations)
    attach.check()
    with page.expect_navigation():
        page.get_by_role("button", name="이 일로 상담사와 이야기하기").click()
    assert posts
    sent = parse_qs(posts[0].post_data or "")
    assert sent["attach"] == ["yes"]
    assert "달빛고래7" in sent["checked_text"][0]  # in the body, not in the address
    assert "달빛고래" not in posts[0].url
    expect(page.get_by_role("heading", level=1)).to_have_text("시작했어요")
    with page.expect_navigation():
        page.get_by_role("link", name="대화로 가기").click()
    assert re.search(r"/talk/chat/\d+$", page.url)
    first = page.locator("li.msg.from-youth").first
    expect(first).to_contain_text("[확인한 대화, 1/1]")
    expect(first).to_contain_text("비밀번호는 달빛고래7")
    expect(first).to_contain_text("사진 하나만 보내줘")
    assert "달빛고래" not in page.title()
    assert problems.all() == []


def test_without_the_tick_the_text_does_not_leave_the_page(page: Page, problems: PageProblems) -> None:
    posts = _talk_posts(page)
    _check(page)
    with page.expect_navigation():
        page.get_by_role("button", name="이 일로 상담사와 이야기하기").click()
    assert posts
    sent = parse_qs(posts[0].post_data or "")
    assert set(sent) == {"csrf_token", "mode"}  # neither the text nor a consent went
    with page.expect_navigation():
        page.get_by_role("link", name="대화로 가기").click()
    expect(page.locator("li.msg.from-youth")).to_have_count(0)
    assert "달빛고래" not in page.content()
    assert problems.all() == []
