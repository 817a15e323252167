"""The counsellor console in real browsers: (a) a young person and a counsellor chat both ways with typing
indicators, a canned response and a live risk panel; (b) the counsellor transfers the chat to another counsellor
and a supervisor joins: the young person sees the notices and messages from both; (c) with a "bad day" chat
waiting, an urgent chat that arrives later goes to the top of the live queue page, and accepting the top item
opens the urgent one. No console errors, no CSP violations, no serious axe violations on the staff pages."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.browser.conftest import LiveServer, submit
from tests.browser.counselling_helpers import accept_from_queue, message, staff_page, start_talk
from tests.browser.test_accessibility import describe, serious_violations
from tests.browser.test_chat import _send, _watch

pytestmark = pytest.mark.browser


def test_chat_both_ways_then_transfer_and_a_supervisor_joins(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    staff, staff_problems = staff_page(new_context, live_server, "counsellor")
    other, other_problems = staff_page(new_context, live_server, "busan.counsellor")

    youth = new_context(ip="198.51.100.41").new_page()
    youth_problems = _watch(youth)
    conversation_id = start_talk(youth)
    _send(youth, "안녕하세요, 상담하고 싶어요")

    # The counsellor takes the chat from the queue page.
    accept_from_queue(staff, live_server, conversation_id, "안녕하세요, 상담하고 싶어요")

    # Typing both ways.
    staff.locator("#chat-body").press_sequentially("네, ")
    expect(youth.locator("#typing")).to_have_text("상담사가 입력하고 있어요…")
    staff.locator("#chat-body").fill("")
    youth.wait_for_timeout(2100)  # typing is passed on at most once per 2 s, and the youth typed just now
    youth.locator("#chat-body").press_sequentially("저기요")
    expect(staff.locator("#typing")).to_have_text("청소년이 입력하고 있어요…")
    youth.locator("#chat-body").fill("")

    # A canned response fills the composer; the counsellor sends it.
    staff.locator("#canned-picker summary").click()
    staff.locator("#canned-picker button", has_text="첫 인사").click()
    expect(staff.locator("#chat-body")).to_have_value(re.compile("^안녕하세요, 온담 상담사예요"))
    staff.locator("#composer button[type=submit]").click()
    message(youth, "천천히 편하게 말해 주세요.")

    # A warning sign: the risk panel follows without a reload, and links to the message.
    _send(youth, "그 사람이 내 사진을 퍼뜨린다고 협박해요")
    message(staff, "그 사람이 내 사진을 퍼뜨린다고 협박해요")
    expect(staff.locator("#risk-panel .risk-level")).to_contain_text("긴급", timeout=15_000)
    staff.locator("#risk-panel a[data-seq]").first.click()
    expect(staff.locator("#messages li.highlight .body")).to_have_text(
        "그 사람이 내 사진을 퍼뜨린다고 협박해요"
    )
    expect(youth.locator("#messages li[data-seq='3'] .state")).to_have_text("읽음")

    # Staff-only note: saved on the staff side, never on the young person's page.
    staff.locator("#note-body").fill("보호자 연락 여부 확인 필요 (데모)")
    submit(staff, staff.get_by_role("button", name="메모 저장"))
    expect(staff.locator("#notes .notes")).to_contain_text("보호자 연락 여부 확인 필요")
    found = serious_violations(staff)
    assert not found, describe("/staff/chat", found)

    # Transfer to the other counsellor on shift.
    target = staff.locator("#transfer-to option", has_text="최부산").get_attribute("value")
    assert target
    staff.locator("#transfer-to").select_option(value=target)
    submit(staff, staff.locator(".transfer-form button[type=submit]"))
    assert staff.url.startswith(live_server.url("/staff/queue"))
    message(youth, "다른 상담사가 이어서 이야기를 나눠요.")
    other.goto(f"/staff/chat/{conversation_id}")
    expect(other.locator("#chat-connection")).to_be_hidden()
    _send(other, "이어서 제가 도와드릴게요.")
    message(youth, "이어서 제가 도와드릴게요.")

    # A supervisor joins: the young person is told, and reads both.
    supervisor, supervisor_problems = staff_page(new_context, live_server, "supervisor", on_shift=False)
    supervisor.goto(f"/staff/chat/{conversation_id}")
    submit(supervisor, supervisor.get_by_role("button", name="대화에 참여하기"))
    message(youth, "수퍼바이저가 대화에 함께하게 되었어요.")
    expect(supervisor.locator("#chat-connection")).to_be_hidden()
    _send(supervisor, "수퍼바이저도 함께 보고 있어요.")
    message(youth, "수퍼바이저도 함께 보고 있어요.")
    _send(youth, "고마워요")
    message(other, "고마워요")
    message(supervisor, "고마워요")
    assert "보호자 연락" not in youth.content()
    # The supervisor's canned responses page (the demo data has Korean and English ones).
    supervisor.goto("/staff/canned")
    expect(supervisor.locator("table")).to_contain_text("Greeting")
    found = serious_violations(supervisor)
    assert not found, describe("/staff/canned", found)

    for page, problems in (
        (youth, youth_problems),
        (staff, staff_problems),
        (other, other_problems),
        (supervisor, supervisor_problems),
    ):
        assert problems.all() == [], page.url


def test_an_urgent_chat_that_arrives_later_is_offered_first(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    staff, problems = staff_page(new_context, live_server, "counsellor")

    bad_day = new_context(ip="198.51.100.42").new_page()
    bad_day_id = start_talk(bad_day)
    _send(bad_day, "학교에서 친구랑 싸워서 속상해요")
    staff.goto("/staff/queue")
    waiting = staff.locator("#waiting-list > li")
    expect(staff.locator(f"#waiting-list > li[data-conversation='{bad_day_id}']")).to_be_visible()

    urgent = new_context(ip="198.51.100.43").new_page()
    urgent_id = start_talk(urgent, danger=True)
    # The open queue page updates itself: the later, urgent chat moves ahead of the earlier "bad day" chat.
    # (Other browser tests share this server and may leave urgent chats waiting, so the check is relative
    # to the chats this test started: the urgent one is ahead of the bad day and of every non-urgent chat.)
    urgent_item = staff.locator(f"#waiting-list > li[data-conversation='{urgent_id}']")
    expect(urgent_item).to_contain_text("지금 위험하다고 말함", timeout=15_000)

    def order() -> list[int]:
        return [int(x) for x in waiting.evaluate_all("items => items.map((li) => li.dataset.conversation)")]

    for _ in range(30):
        if urgent_id in order() and order().index(urgent_id) < order().index(bad_day_id):
            break
        staff.wait_for_timeout(500)
    ids = order()
    assert ids.index(urgent_id) < ids.index(bad_day_id)
    levels = [int(x) for x in waiting.evaluate_all("items => items.map((li) => li.dataset.level || 0)")]
    assert all(level >= levels[ids.index(urgent_id)] for level in levels[: ids.index(urgent_id)])
    found = serious_violations(staff)
    assert not found, describe("/staff/queue", found)

    submit(staff, urgent_item.locator("form button[type=submit]"))
    assert staff.url == live_server.url(f"/staff/chat/{urgent_id}")
    expect(urgent.locator("#chat-status")).to_have_text("상담사가 함께하고 있어요.", timeout=15_000)
    assert problems.all() == []
