"""Every youth page in each state it can be in, as drivers that bring a fresh page there.

Shared by the accessibility scan (test_accessibility.py: axe and 320 px reflow on every state, in Korean and
English) and the screenshots (``make screenshots``: docs/screenshots/youth-<name>-<ko|en>.png), so that both
cover the same pages. Every driver starts from a new browser context (a new device, no cookies) and ends with a
check that the page really is in its state. Selectors never use visible text, so one driver serves both
languages. All data is synthetic.

The /photos form itself (with fingerprinted pictures, errors, waiting to send) is driven by test_photos.py,
which scans and photographs it; here only its "done" state, which shows the shared case code partial.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from tests.browser.conftest import submit

# A synthetic chat in the KakaoTalk export format, with the warning signs the detection engine explains.
GROOMING_CHAT = (
    "[별빛오빠] [오후 3:15] 너 몇 살이야? 중학생?\n"
    "[나] [오후 3:16] 중2요\n"
    "[별빛오빠] [오후 3:16] 너 진짜 또래보다 성숙하다\n"
    "[별빛오빠] [오후 3:17] 이건 우리 둘만의 비밀이야 부모님한테 말하지 마\n"
    "[별빛오빠] [오후 3:18] 사진 하나만 보내줘 얼굴 보고 싶어\n"
    "[별빛오빠] [오후 3:19] 텔레로 옮기자 거기가 편해\n"
    "[나] [오후 3:20] 음..\n"
    "[별빛오빠] [오후 3:21] 토요일에 만나자 용돈 줄게 역 앞으로 나와\n"
)
REPORT_TEXT = "게임 채팅에서 만난 사람이 사진을 보내라고 계속 요구해요. (합성 테스트 데이터)"
CHAT_TEXT = "안녕하세요, 이야기하고 싶은 게 있어요."
PLACE_URL = "https://www.instagram.com/p/synthetic-example"
PENDING = re.compile(r"\bpending\b")  # a chat message still in the outbox
REFERENCE = re.compile(r"(?:접수 번호|Reference): (\S+)")

_addresses = itertools.count(1)


def fresh_ip() -> str:
    """A client address of its own (TEST-NET-2), so per-address rate limits never carry over between tests."""
    n = next(_addresses)
    return f"198.51.{100 + n // 250}.{n % 250 + 1}"


# Actions ----------------------------------------------------------------------------------------------------


def file_report(
    page: Page, *, description: str = REPORT_TEXT, kind: str = "grooming", plain_post: bool = False
) -> str:
    """Send the report form online; returns the reference shown on the receipt.

    The page's script sends the form through its outbox and shows the receipt in place. With ``plain_post`` the
    form is posted the ordinary way, as without JavaScript or IndexedDB, and the server answers with its
    "received" page. Either way the form is gone and the reference is shown, with a new case code and PIN unless
    the young person was signed in."""
    page.goto("/tell")
    page.locator(f"input[name=kind][value={kind}]").check()
    page.locator("#description").fill(description)
    _send_report_form(page, plain_post=plain_post)
    expect(page.locator("form[action='/tell']")).to_be_hidden(timeout=20_000)
    shown = page.locator("main p:visible").filter(has_text=REFERENCE)
    expect(shown).to_have_count(1)
    match = REFERENCE.search(shown.inner_text())
    assert match is not None
    return match.group(1)


def _send_report_form(page: Page, *, plain_post: bool) -> None:
    if plain_post:
        # form.submit() skips the submit listeners: the browser posts the form itself.
        with page.expect_navigation():
            page.locator("form[action='/tell']").evaluate("(form) => form.submit()")
    else:
        page.locator("form[action='/tell'] button[type=submit]").click()


def start_talk(page: Page) -> None:
    """Start a conversation from /talk. Someone new lands on the case code page; someone signed in, in the chat."""
    page.goto("/talk")
    submit(page, page.locator("form[action='/talk'] button[type=submit]"))


def open_chat_after_start(page: Page) -> str:
    """From the case code page to the chat; returns the chat's path."""
    page.locator("a.button.primary[href^='/talk/chat/']").click()
    page.wait_for_url(lambda url: "/talk/chat/" in url)
    expect(page.locator("#chat-connection")).to_be_hidden()  # the socket is connected
    return urlsplit(page.url).path


def send_chat_message(page: Page, text: str) -> None:
    count = page.locator("#messages li").count()
    page.locator("#chat-body").fill(text)
    page.locator("#composer button[type=submit]").click()
    expect(page.locator("#messages li")).to_have_count(count + 1)
    expect(page.locator("#messages li").last).not_to_have_class(PENDING)


def send_removal_request(page: Page) -> None:
    """A removal request with one place and no pictures, through the /photos page; ends on its "done" state."""
    page.goto("/photos")
    expect(page.locator("#photos-form")).to_be_visible()
    page.locator("#place-1-url").fill(PLACE_URL)
    page.locator("#place-1-platform").select_option("instagram")
    page.locator("#send").click()
    expect(page.locator("#done")).to_be_visible(timeout=20_000)


def signed_in_with_everything(page: Page) -> None:
    """A young person with a report, a removal request and a conversation, on /me."""
    file_report(page)
    send_removal_request(page)
    start_talk(page)
    page.wait_for_url(lambda url: "/talk/chat/" in url)
    page.goto("/me")
    expect(page.locator("#my-reports-title")).to_be_visible()
    expect(page.locator("#requests-title")).to_be_visible()
    expect(page.locator("#conversations-title")).to_be_visible()


# States -----------------------------------------------------------------------------------------------------


def _start(page: Page) -> None:
    page.goto("/")
    expect(page.locator("nav.paths a.path")).not_to_have_count(0)


def _return(page: Page) -> None:
    page.goto("/return")
    expect(page.locator("#code")).to_be_visible()


def _return_error(page: Page) -> None:
    page.goto("/return")
    page.locator("#code").fill("ABCDE-23456")
    page.locator("#pin").fill("000000")
    response = submit(page, page.locator("form[action='/return'] button[type=submit]"), ok=False)
    assert response.status == 401
    expect(page.locator("#form-error")).to_be_visible()


def _me(page: Page) -> None:
    signed_in_with_everything(page)


def _me_report_withdrawn(page: Page) -> None:
    file_report(page)
    page.goto("/me")
    page.locator("form[action^='/me/reports/'] input[name=confirm]").check()
    submit(page, page.locator("form[action^='/me/reports/'] button[type=submit]"))
    expect(page.locator("#withdrawn-status")).to_be_visible()
    expect(page.locator("form[action^='/me/reports/']")).to_have_count(0)


def _me_deleted(page: Page) -> None:
    file_report(page)
    page.goto("/me")
    page.locator("#confirm-delete").check()
    submit(page, page.locator("form[action='/me/delete'] button[type=submit]"))
    expect(page.locator("form[action='/me/delete']")).to_have_count(0)


def _check(page: Page) -> None:
    page.goto("/check")
    expect(page.locator("#chat")).to_be_visible()


def _check_result(page: Page) -> None:
    page.goto("/check")
    page.locator("#chat").fill(GROOMING_CHAT)
    submit(page, page.locator("form[action='/check'] button[type=submit]"))
    expect(page.locator(".check-result .signs li")).not_to_have_count(0)


def _tell(page: Page) -> None:
    page.goto("/tell")
    expect(page.locator("form[action='/tell']")).to_be_visible()


def _tell_errors(page: Page, *, plain_post: bool = False) -> None:
    page.goto("/tell")
    page.locator("input[name=kind][value=sextortion]").check()
    page.locator("#urls").fill("not a link")
    page.locator("#happened").fill("2099-01-01")
    page.locator("#description").fill(REPORT_TEXT)
    _send_report_form(page, plain_post=plain_post)
    # Server-rendered (#urls-error) or put next to the fields by the page's script (#urls-client-error).
    expect(page.locator("[id^=urls-][id$=error]")).to_be_visible(timeout=20_000)
    expect(page.locator("[id^=happened-][id$=error]")).to_be_visible()
    expect(page.locator("#description")).to_have_value(REPORT_TEXT)  # nothing written was lost


def _tell_errors_server(page: Page) -> None:
    _tell_errors(page, plain_post=True)
    expect(page.locator("#form-error")).to_be_visible()


def _tell_done(page: Page) -> None:
    file_report(page)
    expect(page.locator("#case-code")).to_be_visible()


def _tell_done_server(page: Page) -> None:
    file_report(page, plain_post=True)
    expect(page.locator("#case-code")).to_be_visible()
    assert urlsplit(page.url).path == "/tell"  # the answer to the POST


def _talk(page: Page) -> None:
    page.goto("/talk")
    expect(page.locator("#before-title")).to_be_visible()


def _talk_started(page: Page) -> None:
    start_talk(page)
    expect(page.locator("#case-code")).to_be_visible()
    expect(page.locator("#case-pin")).to_be_visible()


def _talk_chat(page: Page) -> None:
    start_talk(page)
    open_chat_after_start(page)
    send_chat_message(page, CHAT_TEXT)


def _photos_done(page: Page) -> None:
    send_removal_request(page)
    expect(page.locator("#case-code")).to_be_visible()


def _request_withdrawn(page: Page) -> None:
    file_report(page)  # signed in, so that the request joins this case code
    send_removal_request(page)
    page.goto("/me")
    withdraw = page.locator("form[action^='/me/requests/'][action$='/withdraw']")
    withdraw.locator("input[name=confirm]").check()
    submit(page, withdraw.locator("button[type=submit]"))
    expect(page.locator("main [role=status]")).to_be_visible()


def _not_found(page: Page) -> None:
    response = page.goto("/no-such-page")
    assert response is not None
    assert response.status == 404
    expect(page.locator("main a[href='/']")).to_be_visible()


@dataclass(frozen=True)
class YouthPage:
    name: str  # docs/screenshots/youth-<name>-<lang>.png
    drive: Callable[[Page], None]


YOUTH_PAGES = [
    YouthPage("start", _start),
    YouthPage("return", _return),
    YouthPage("return-error", _return_error),
    YouthPage("me", _me),
    YouthPage("me-report-withdrawn", _me_report_withdrawn),
    YouthPage("me-deleted", _me_deleted),
    YouthPage("check", _check),
    YouthPage("check-result", _check_result),
    YouthPage("tell", _tell),
    YouthPage("tell-errors", _tell_errors),
    YouthPage("tell-errors-server", _tell_errors_server),
    YouthPage("tell-done", _tell_done),
    YouthPage("tell-done-server", _tell_done_server),
    YouthPage("talk", _talk),
    YouthPage("talk-started", _talk_started),
    YouthPage("talk-chat", _talk_chat),
    YouthPage("photos-done", _photos_done),
    YouthPage("request-withdrawn", _request_withdrawn),
    YouthPage("not-found", _not_found),
]
