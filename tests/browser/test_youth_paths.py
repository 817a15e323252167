"""The youth app's paths end to end in phone browsers: come back on another device with the case code and PIN and
read a counsellor's reply; report online and withdraw the report; a wrong PIN and guessed case codes; forget this
device; markup typed into text fields stays text.

Each device is a browser context with its own client address (``fresh_ip``), so the per-address limits on
guessing never depend on what other tests did. All data is synthetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from ondam.youth import service as youth_service
from tests.browser.conftest import LiveServer, PageProblems, sign_in, submit
from tests.browser.youth_pages import (
    GROOMING_CHAT,
    PENDING,
    file_report,
    fresh_ip,
    open_chat_after_start,
    send_chat_message,
    start_talk,
)

pytestmark = pytest.mark.browser

CODE = re.compile(r"^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$")
PIN = re.compile(r"^\d{6}$")
MARKUP = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script><b>굵게</b>'
STORAGE = "() => [localStorage.length, sessionStorage.length]"
DATABASES = "async () => (await indexedDB.databases()).map((d) => d.name)"


def _watch(page: Page) -> PageProblems:
    watch = PageProblems(page)
    page.on("console", watch.on_console)
    page.on("pageerror", lambda exc: watch.exceptions.append(f"uncaught: {exc}"))
    return watch


def _nothing_injected(page: Page) -> None:
    assert page.evaluate("window.__injected") is None


def _sign_in_with_code(page: Page, code: str, pin: str) -> None:
    page.goto("/")
    page.get_by_role("link", name="사건 코드로 다시 들어오기").click()
    page.wait_for_url(lambda url: url.endswith("/return"))
    page.get_by_label("사건 코드", exact=True).fill(code)
    page.get_by_label("PIN", exact=True).fill(pin)
    submit(page, page.get_by_role("button", name="계속", exact=True))
    assert page.url.endswith("/me")


def test_come_back_on_another_device_with_code_and_pin_and_read_the_reply(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    youth = new_context(ip=fresh_ip()).new_page()
    youth_problems = _watch(youth)
    start_talk(youth)
    code = youth.locator("#case-code").inner_text()
    pin = youth.locator("#case-pin").inner_text()
    assert CODE.match(code), code
    assert PIN.match(pin), pin
    chat_path = open_chat_after_start(youth)
    conversation_id = chat_path.rsplit("/", 1)[-1]
    send_chat_message(youth, "안녕하세요, 상담받고 싶어요.")
    send_chat_message(youth, MARKUP)
    # Markup in a chat message is shown as text, on both sides.
    expect(youth.locator("#messages li .body").last).to_have_text(MARKUP)
    assert youth.locator("#messages img, #messages b").count() == 0
    assert youth_problems.all() == []
    youth.context.close()  # the first phone is gone: only the code and PIN are left

    staff = new_context(ip=fresh_ip()).new_page()
    staff_problems = _watch(staff)
    sign_in(staff, live_server, "counsellor")
    staff.goto(f"/staff/chat/{conversation_id}")
    submit(staff, staff.get_by_role("button", name="상담 시작"))
    expect(staff.locator("#messages li[data-seq='2'] .body")).to_have_text(MARKUP)
    assert staff.locator("#messages img, #messages b").count() == 0
    _nothing_injected(staff)
    reply = "이야기해 줘서 고마워요. 여기서 계속 이야기해요. (합성 답장)"
    staff.locator("#chat-body").fill(reply)
    staff.locator("#composer button[type=submit]").click()
    expect(staff.locator("#messages li .body").last).to_have_text(reply)
    expect(staff.locator("#messages li").last).not_to_have_class(PENDING)

    other_phone = new_context(ip=fresh_ip()).new_page()
    other_problems = _watch(other_phone)
    _sign_in_with_code(other_phone, code, pin)
    conversations = other_phone.locator("section[aria-labelledby=conversations-title]")
    expect(conversations).to_be_visible()
    link = conversations.locator(f"a[href='{chat_path}']")
    expect(link).to_be_visible()
    link.click()
    other_phone.wait_for_url(lambda url: url.endswith(chat_path))
    bodies = other_phone.locator("#messages li .body")
    expect(bodies).to_have_count(3)
    expect(bodies.nth(0)).to_have_text("안녕하세요, 상담받고 싶어요.")
    expect(bodies.nth(1)).to_have_text(MARKUP)
    expect(other_phone.locator("#messages li.from-staff .body")).to_have_text(reply)
    _nothing_injected(other_phone)
    assert staff_problems.all() == []
    assert other_problems.all() == []


def test_report_online_then_withdraw_it_from_my_page(
    new_context: Callable[..., BrowserContext],
) -> None:
    page = new_context(ip=fresh_ip()).new_page()
    problems = _watch(page)
    page.goto("/")
    page.locator("a.path[href='/tell']").click()
    page.wait_for_url(lambda url: url.endswith("/tell"))
    reference = file_report(page, kind="sextortion")
    expect(page.get_by_text("잘 받았어요. 알려 줘서 고마워요.")).to_be_visible()
    expect(page.locator("#case-code")).to_have_text(CODE)

    page.get_by_role("link", name="내 페이지로 가기").click()
    page.wait_for_url(lambda url: url.endswith("/me"))
    report = page.locator("section[aria-labelledby=my-reports-title] li").filter(has_text=reference)
    expect(report).to_contain_text("상태: 접수됨")

    withdraw = report.get_by_role("button", name="취소하기")
    report.get_by_label("이 신고를 취소할게요").check()
    submit(page, withdraw)
    expect(page.locator("#withdrawn-status")).to_have_text("신고를 취소했어요. 더 이상 처리하지 않아요.")
    report = page.locator("section[aria-labelledby=my-reports-title] li").filter(has_text=reference)
    expect(report).to_contain_text("상태: 철회됨")
    expect(report.get_by_role("button", name="취소하기")).to_have_count(0)
    assert problems.all() == []


def test_wrong_pin_gets_a_clear_message_and_keeps_the_code(
    new_context: Callable[..., BrowserContext],
) -> None:
    owner = new_context(ip=fresh_ip()).new_page()
    file_report(owner)
    code = owner.locator("#case-code").inner_text()
    pin = owner.locator("#case-pin").inner_text()
    wrong = "000000" if pin != "000000" else "111111"

    page = new_context(ip=fresh_ip()).new_page()
    page.goto("/return")
    page.get_by_label("사건 코드", exact=True).fill(code)
    page.get_by_label("PIN", exact=True).fill(wrong)
    response = submit(page, page.get_by_role("button", name="계속", exact=True), ok=False)
    assert response.status == 401
    error = page.get_by_role("alert")
    expect(error).to_have_text("사건 코드와 PIN이 맞지 않아요. 확인하고 다시 해 보세요.")
    expect(page.locator("form[action='/return']")).to_have_attribute("aria-describedby", "form-error")
    expect(page.get_by_label("사건 코드", exact=True)).to_have_value(code)  # only the PIN needs typing again
    expect(page.get_by_label("PIN", exact=True)).to_have_value("")

    page.get_by_label("PIN", exact=True).fill(pin)
    submit(page, page.get_by_role("button", name="계속", exact=True))
    assert page.url.endswith("/me")


def test_guessing_case_codes_is_rate_limited_with_a_clear_message(
    new_context: Callable[..., BrowserContext],
) -> None:
    """The audit entries for guessing are checked at the HTTP level (tests/youth/test_identity.py)."""
    page = new_context(ip=fresh_ip()).new_page()
    statuses = []
    for n in range(youth_service.ATTEMPTS_PER_IP_PER_10_MIN + 1):
        page.goto("/return")
        page.get_by_label("사건 코드", exact=True).fill(
            f"GUESS-{n + 2:05d}".replace("0", "Z").replace("1", "Y")
        )
        page.get_by_label("PIN", exact=True).fill("123456")
        statuses.append(submit(page, page.get_by_role("button", name="계속", exact=True), ok=False).status)
    assert statuses == [401] * youth_service.ATTEMPTS_PER_IP_PER_10_MIN + [429]
    expect(page.get_by_role("alert")).to_have_text(
        "시도가 너무 많아요. 몇 분 뒤에 다시 하거나 지금 1388에 전화하세요."
    )

    # The limit is per address: another network is not slowed down by it.
    elsewhere = new_context(ip=fresh_ip()).new_page()
    elsewhere.goto("/return")
    elsewhere.get_by_label("사건 코드", exact=True).fill("GUESS-ZZZZZ")
    elsewhere.get_by_label("PIN", exact=True).fill("123456")
    assert submit(elsewhere, elsewhere.get_by_role("button", name="계속", exact=True), ok=False).status == 401


def test_forget_this_device_wipes_local_state_and_the_session_cookie(
    new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    context = new_context(ip=fresh_ip())
    page = context.new_page()
    file_report(page)
    assert youth_service.COOKIE in {c["name"] for c in context.cookies()}
    page.goto("/me")
    # What the app may keep on the device: drafts in storage, a queued submission in IndexedDB.
    page.evaluate("""async () => {
        localStorage.setItem("ondam-draft", "synthetic draft");
        sessionStorage.setItem("ondam-chat-1", "synthetic outbox");
        await new Promise((resolve, reject) => {
            const open = indexedDB.open("ondam-outbox", 1);
            open.onupgradeneeded = () => open.result.createObjectStore("entries");
            open.onsuccess = () => { open.result.close(); resolve(); };
            open.onerror = () => reject(open.error);
        });
    }""")
    assert page.evaluate(STORAGE) == [1, 1]
    assert "ondam-outbox" in page.evaluate(DATABASES)

    submit(page, page.get_by_role("button", name="이 기기에서 지우기"))
    assert page.url == live_server.url("/?forgotten=1")
    expect(page.locator("#forgotten-status")).to_be_visible()
    assert page.evaluate(STORAGE) == [0, 0]
    page.wait_for_function("async () => (await indexedDB.databases()).length === 0")
    assert youth_service.COOKIE not in {c["name"] for c in context.cookies()}
    # The start page no longer offers "my page", and my page asks for the code again.
    expect(page.get_by_role("link", name="사건 코드로 다시 들어오기")).to_be_visible()
    page.goto("/me")
    assert page.url == live_server.url("/return")


def test_script_typed_into_text_fields_is_shown_as_text(
    new_context: Callable[..., BrowserContext],
) -> None:
    page = new_context(ip=fresh_ip()).new_page()
    problems = _watch(page)

    # The conversation check quotes the messages that show the signs, with the speaker's name, as text.
    page.goto("/check")
    page.locator("#chat").fill(GROOMING_CHAT.replace("얼굴 보고 싶어", f"얼굴 보고 싶어 {MARKUP}"))
    submit(page, page.locator("form[action='/check'] button[type=submit]"))
    quoted = page.locator(".quoted blockquote").filter(has_text="사진 하나만 보내줘")
    expect(quoted).to_have_text(f"별빛오빠 사진 하나만 보내줘 얼굴 보고 싶어 {MARKUP}")
    assert page.locator(".check-result img, .check-result script, .check-result b").count() == 0
    _nothing_injected(page)

    # The report form sent without JavaScript comes back from the server with an error and every answer exactly
    # as typed, markup included.
    page = new_context(ip=fresh_ip(), javascript=False).new_page()
    page.goto("/tell")
    page.locator("input[name=kind][value=other]").check()
    page.locator("#offender_accounts").fill(f"</textarea>{MARKUP}")
    page.locator("#description").fill(f'"><svg onload="window.__injected=3">{MARKUP}')
    page.locator("#platform_other").fill('" autofocus onfocus="window.__injected=4')
    page.locator("#urls").fill("javascript:alert(1)")
    page.locator("form[action='/tell'] button[type=submit]").click()
    expect(page.locator("#urls-error")).to_be_visible()
    expect(page.locator("#offender_accounts")).to_have_value(f"</textarea>{MARKUP}")
    expect(page.locator("#description")).to_have_value(f'"><svg onload="window.__injected=3">{MARKUP}')
    expect(page.locator("#platform_other")).to_have_value('" autofocus onfocus="window.__injected=4')
    expect(page.locator("#urls")).to_have_value("javascript:alert(1)")
    assert page.locator("main img, main svg, main b").count() == 0
    assert page.content().count("<script>window.__injected") == 0
    assert problems.all() == []
