"""Ending a chat in real browsers: a counsellor (demo login) accepts a young person's chat, they exchange a
message, the counsellor ends it from the console's wrap-up panel with a structured summary (issue type, channel,
services, follow-up) and opens a case for a center with the young person's consent recorded; the young person
sees the chat end and answers the two-question survey once (a second answer changes nothing). axe: no serious or
critical violations on the console with the wrap-up panel open, nor on the ended chat page with the survey."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import LiveServer, submit
from tests.browser.counselling_helpers import accept_from_queue, message, staff_page, start_talk
from tests.browser.test_accessibility import describe, serious_violations
from tests.browser.test_chat import _send, _watch

pytestmark = pytest.mark.browser


def _stored(live_server: LiveServer, conversation_id: int) -> tuple[object, ...]:
    """What the server stored (read-only, from its own SQLite file)."""
    path = live_server.data_dir / "ondam.sqlite3"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        row = db.execute(
            "SELECT status, survey_helpful, survey_recommend, survey_at IS NOT NULL,"
            " (SELECT count(*) FROM cases WHERE cases.conversation_id = conversations.id AND cases.consent_basis = 'youth')"
            " FROM conversations WHERE id = ?",
            (conversation_id,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def _resubmit_survey(page: Page, conversation_id: int, token: str) -> None:
    """Post the survey again as a second answer would (the page no longer offers the form)."""
    page.evaluate(
        """([action, token]) => {
            const form = document.createElement("form");
            form.method = "post";
            form.action = action;
            for (const [name, value] of [["csrf_token", token], ["helpful", "1"], ["recommend", "1"]]) {
                const input = document.createElement("input");
                input.type = "hidden";
                input.name = name;
                input.value = value;
                form.append(input);
            }
            document.body.append(form);
            form.submit();
        }""",
        [f"/talk/chat/{conversation_id}/survey", token],
    )


def test_a_chat_ends_with_a_summary_and_a_case_and_the_youth_answers_the_survey_once(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    staff, staff_problems = staff_page(new_context, live_server, "counsellor")

    youth = new_context(ip="198.51.100.57").new_page()
    youth_problems = _watch(youth)
    conversation_id = start_talk(youth)
    _send(youth, "친구 일로 이야기하고 싶어요")

    # Accept from the queue page, then a message each way.
    accept_from_queue(staff, live_server, conversation_id, "친구 일로 이야기하고 싶어요")
    _send(staff, "네, 천천히 말해 주세요.")
    message(youth, "네, 천천히 말해 주세요.")

    # The wrap-up panel on the console: axe with it open.
    panel = staff.locator("#wrapup")
    panel.scroll_into_view_if_needed()
    expect(panel.locator("form[action$='/summary']")).to_be_visible()
    found = serious_violations(staff)
    assert not found, describe("/staff/chat (wrap-up panel)", found)

    # End with a structured summary.
    summary = panel.locator(f"form[action='/staff/chat/{conversation_id}/summary']")
    summary.locator("input[name=issue_types]").first.check()
    summary.locator("#contact-channel").select_option(index=1)
    summary.locator("input[name=services]").first.check()
    summary.locator("#fu-yes").check()
    summary.locator("#summary-text").fill("친구 관계 고민 상담 (데모)")
    submit(staff, summary.locator("button[type=submit]"))
    assert staff.url == live_server.url(f"/staff/chat/{conversation_id}/wrapup#wrapup")
    facts = staff.locator("#wrapup .chat-facts")
    expect(facts).to_be_visible()
    issue = staff.locator("#wrapup dl.chat-facts dd").first
    expect(issue).not_to_be_empty()
    expect(staff.locator("#wrapup p.summary")).to_have_text("친구 관계 고민 상담 (데모)")

    # The young person sees the chat end, live.
    expect(youth.locator("#chat-status")).to_have_text("이 대화는 끝났어요. 여기에서 다시 읽을 수 있어요.")
    expect(youth.locator("#composer")).to_be_hidden()

    # One step from the chat: a case for a center, with the young person's consent recorded.
    case = staff.locator(f"form[action='/staff/chat/{conversation_id}/case']")
    case.locator("#case-center").select_option(index=1)
    center_name = case.locator("#case-center option:checked").inner_text().strip()
    case.locator("#cb-youth").check()
    case.locator("#consent-method").select_option("chat")
    case.locator("#case-summary").fill("친구 관계 고민, 센터 연계 희망 (데모)")
    submit(staff, case.locator("button[type=submit]"))
    expect(staff.locator("#wrapup ul.followups")).to_contain_text(center_name)
    expect(staff.locator(f"form[action='/staff/chat/{conversation_id}/case']")).to_have_count(0)
    assert _stored(live_server, conversation_id)[4] == 1

    # The survey, on the ended chat page (linked from the live page once it ended): axe, answer once.
    expect(youth.locator("form.chat-end")).to_be_hidden()
    with youth.expect_navigation():
        youth.locator("#chat-ended-next a").click()
    survey = youth.locator("#survey")
    expect(survey).to_be_visible()
    found = serious_violations(youth)
    assert not found, describe("/talk/chat (ended, survey)", found)
    token = survey.locator("input[name=csrf_token]").input_value()
    survey.locator("#helpful-4").check()
    survey.locator("#recommend-5").check()
    submit(youth, survey.get_by_role("button", name="답 보내기"))
    expect(youth.locator("#survey-thanks")).to_be_visible()
    expect(youth.locator("#survey")).to_have_count(0)
    assert _stored(live_server, conversation_id) == ("ended", 4, 5, 1, 1)

    # A second answer is not possible: no form on the page, and a replayed post changes nothing.
    youth.goto(f"/talk/chat/{conversation_id}")
    expect(youth.locator("#survey")).to_have_count(0)
    _resubmit_survey(youth, conversation_id, token)
    youth.wait_for_url(re.compile(r"survey=done"))
    assert _stored(live_server, conversation_id) == ("ended", 4, 5, 1, 1)

    for page, problems in ((youth, youth_problems), (staff, staff_problems)):
        assert problems.all() == [], page.url
