"""Removal case pages over HTTP: who may see them, the list order and filters, new cases, addresses, notes,
assignment, closing, and the audit rows every read and change leaves."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
from sqlalchemy import select

from ondam.access import Role
from ondam.kit.db import unit_of_work
from ondam.models import RemovalCase, RemovalEvent, RemovalItem
from tests.factories import login, make_staff
from tests.removal.factories import add_bank_hash, item_ids, make_removal_case
from tests.removal.helpers import Maker, NewClient, audit_rows, details, field_error, ko, officer, post


async def test_only_removal_officers_see_the_pages_and_the_nav_link(
    new_client: NewClient, sessionmaker: Maker
) -> None:
    case_id = await make_removal_case(sessionmaker)
    for role in Role:
        staff = await make_staff(sessionmaker, role=role)
        browser = new_client()
        await login(browser, sessionmaker, staff)
        home = (await browser.get("/staff")).text
        listing = await browser.get("/staff/removal")
        new = await browser.get("/staff/removal/new")
        detail = await browser.get(f"/staff/removal/{case_id}")
        if role == Role.REMOVAL_OFFICER:
            assert 'href="/staff/removal"' in home
            assert (listing.status_code, new.status_code, detail.status_code) == (200, 200, 200)
        else:
            assert 'href="/staff/removal"' not in home, role
            assert listing.status_code == 403, role
            assert new.status_code == 403, role
            assert detail.status_code == 404, role  # a record: not found, so ids cannot be probed


async def test_signed_out_staff_are_sent_to_sign_in(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    case_id = await make_removal_case(sessionmaker)
    for url in ("/staff/removal", "/staff/removal/new", f"/staff/removal/{case_id}"):
        response = await client.get(url)
        assert response.status_code == 303, url
        assert response.headers["location"] == "/staff/login"


async def test_actions_of_other_roles_are_refused(new_client: NewClient, sessionmaker: Maker) -> None:
    case_id = await make_removal_case(sessionmaker)
    [item_id] = await item_ids(sessionmaker, case_id)
    counsellor = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    browser = new_client()
    await login(browser, sessionmaker, counsellor)
    for url, data in (
        (f"/staff/removal/{case_id}/notes", {"note": "x"}),
        (f"/staff/removal/{case_id}/close", {"note": "closing it"}),
        (f"/staff/removal/{case_id}/handoff", {}),
        (f"/staff/removal/items/{item_id}/transition", {"to_state": "removed"}),
        (f"/staff/removal/items/{item_id}/letter", {"kind": "platform", "lang": "ko"}),
    ):
        assert (await post(browser, url, data)).status_code == 404, url
    assert (await post(browser, "/staff/removal/new", {"description": "x"})).status_code == 403
    async with unit_of_work(sessionmaker) as uow:
        events = (await uow.session.scalars(select(RemovalEvent))).all()
    assert events == []


async def test_list_shows_the_most_overdue_first_with_filters(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    me = await officer(client, sessionmaker)
    later = await make_removal_case(sessionmaker, state="requested_kcsc", due_in=timedelta(days=5))
    nothing_due = await make_removal_case(sessionmaker, state="removed", due_in=None)
    most_overdue = await make_removal_case(
        sessionmaker, state="requested_platform", due_in=timedelta(hours=-30), assigned_officer_id=me.id
    )
    overdue = await make_removal_case(sessionmaker, state="found", due_in=timedelta(hours=-2))
    closed = await make_removal_case(sessionmaker, status="closed", due_in=timedelta(hours=-50))

    def order(page: str) -> list[int]:
        return [int(x) for x in re.findall(r'<td><a href="/staff/removal/(\d+)">', page)]

    page = (await client.get("/staff/removal")).text
    assert order(page) == [most_overdue, overdue, later, nothing_due]  # open cases by default
    assert "<caption>" in page
    assert page.count('class="is-overdue"') == 2
    assert order((await client.get("/staff/removal?overdue=1")).text) == [most_overdue, overdue]
    assert order((await client.get("/staff/removal?mine=1")).text) == [most_overdue]
    assert order((await client.get("/staff/removal?state=requested_kcsc")).text) == [later]
    assert order((await client.get("/staff/removal?status=closed")).text) == [closed]
    assert order((await client.get("/staff/removal?status=all")).text) == [
        closed,
        most_overdue,
        overdue,
        later,
        nothing_due,
    ]
    [listed, *_] = await audit_rows(sessionmaker, "removal.list")
    assert details(listed)["count"] == 4


async def test_new_case_keeps_what_was_typed_when_refused(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await officer(client, sessionmaker)
    typed = {
        "description": "친구가 알려준 게시물 (합성)",
        "consent_forward_center": "on",
        "consent_text_version": "",
        "url": "ftp://files.example.com/a.jpg",
        "platform": "other",
        "platform_other": "",
        "account_names": "someone_123",
    }
    response = await post(client, "/staff/removal/new", typed)
    assert response.status_code == 422
    page = response.text
    assert field_error(page, "url") == ko("Enter an address that starts with http:// or https://.")
    assert field_error(page, "consent_text_version") is not None
    assert field_error(page, "platform_other") is not None
    assert 'aria-invalid="true" aria-describedby="err-url' in page
    assert 'role="alert"' in page
    # Nothing typed is lost.
    assert "친구가 알려준 게시물 (합성)" in page
    assert 'value="ftp://files.example.com/a.jpg"' in page
    assert 'value="someone_123"' in page
    assert 'id="consent-forward" name="consent_forward_center" value="on" checked' in page
    assert '<option value="other" selected>' in page
    async with unit_of_work(sessionmaker) as uow:
        assert (await uow.session.scalars(select(RemovalCase))).all() == []


async def test_new_case_with_consent_and_first_address(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    me = await officer(client, sessionmaker)
    response = await post(
        client,
        "/staff/removal/new",
        {
            "description": "synthetic",
            "consent_forward_center": "on",
            "consent_text_version": "staff-2026-1",
            "url": "https://m.blog.naver.com/someone/123?x=1",
        },
    )
    assert response.status_code == 303
    case_id = int(response.headers["location"].split("/")[-1].split("?")[0])
    page = await client.get(response.headers["location"])
    assert ko("The case was opened.") in page.text
    async with unit_of_work(sessionmaker) as uow:
        case = await uow.session.get(RemovalCase, case_id)
        assert case is not None
        assert case.reference.startswith("R-")
        assert case.consent_forward_center is True
        assert case.consent_share_hashes is False
        assert case.consent_text_version == "staff-2026-1"
        assert case.consent_at is not None
        assert case.assigned_officer_id == me.id
        [item] = (await uow.session.scalars(select(RemovalItem))).all()
        assert item.host == "m.blog.naver.com"
        assert item.platform == "naver"  # guessed from the host
        assert item.state == "found"
        assert item.due_at is not None
    created = await audit_rows(sessionmaker, "removal.case.create")
    assert len(created) == 1
    assert created[0].subject == f"removal_case:{case_id}"
    assert details(created[0])["consent_forward_center"] is True
    added = await audit_rows(sessionmaker, "removal.item.add")
    assert details(added[0]) == {"host": "m.blog.naver.com", "item_id": item.id}  # no URL in the audit log


async def test_address_validation(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, urls=())
    url = f"/staff/removal/{case_id}/items"
    cases = {
        "javascript:alert(1)": "Enter an address that starts with http:// or https://.",
        "https://": "The address has no valid host name.",
        "https://exa mple.com/x": "The address must not contain spaces or control characters.",
        "https://example.com/" + "a" * 2100: "The address is too long (at most 2048 characters).",
        "": "Enter the address (URL).",
    }
    for value, message in cases.items():
        response = await post(client, url, {"url": value})
        assert response.status_code == 422, value
        assert field_error(response.text, "url") == ko(message), value
    unknown = await post(client, url, {"url": "https://x.example.com/", "platform": "myspace"})
    assert field_error(unknown.text, "platform") is not None
    good = await post(
        client,
        url,
        {"url": "HTTPS://Cdn.Example.COM:8443/a/b.jpg?q=1#f", "platform": "other", "platform_other": "Board"},
    )
    assert good.status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        [item] = (await uow.session.scalars(select(RemovalItem))).all()
    assert item.url == "HTTPS://Cdn.Example.COM:8443/a/b.jpg?q=1#f"
    assert item.host == "cdn.example.com"
    assert item.platform == "Board"


async def test_note_assign_and_close(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    me = await officer(client, sessionmaker)
    colleague = await make_staff(sessionmaker, role=Role.REMOVAL_OFFICER)
    counsellor = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    case_id = await make_removal_case(sessionmaker)
    [item_id] = await item_ids(sessionmaker, case_id)

    empty = await post(client, f"/staff/removal/{case_id}/notes", {"note": "  "})
    assert empty.status_code == 422
    assert field_error(empty.text, "note") == ko("This field is required.")
    assert (
        await post(
            client, f"/staff/removal/{case_id}/notes", {"note": "플랫폼에 전화함", "item_id": str(item_id)}
        )
    ).status_code == 303

    wrong = await post(client, f"/staff/removal/{case_id}/assign", {"officer_id": str(counsellor.id)})
    assert wrong.status_code == 422
    assert field_error(wrong.text, "officer_id") is not None
    assert (
        await post(client, f"/staff/removal/{case_id}/assign", {"officer_id": str(colleague.id)})
    ).status_code == 303

    short = await post(client, f"/staff/removal/{case_id}/close", {"note": "done"})
    assert short.status_code == 422
    assert field_error(short.text, "note") == ko("Write at least {n} characters.").format(n=5)
    assert 'value="done"' in short.text or ">done</textarea>" in short.text
    assert (
        await post(client, f"/staff/removal/{case_id}/close", {"note": "피해자 요청으로 종결"})
    ).status_code == 303
    # A closed case takes no more changes.
    late = await post(client, f"/staff/removal/items/{item_id}/transition", {"to_state": "evidence_captured"})
    assert late.status_code == 409

    async with unit_of_work(sessionmaker) as uow:
        case = await uow.session.get(RemovalCase, case_id)
        assert case is not None
        assert case.status == "closed"
        assert case.assigned_officer_id == colleague.id
        events = (await uow.session.scalars(select(RemovalEvent).order_by(RemovalEvent.id))).all()
    assert [(e.kind, e.note, e.staff_id) for e in events] == [
        ("note", "플랫폼에 전화함", me.id),
        ("assign", f"Test {colleague.username}", me.id),
        ("close", "피해자 요청으로 종결", me.id),
    ]
    assert events[0].item_id == item_id
    for action in ("removal.note", "removal.assign", "removal.close"):
        [row] = await audit_rows(sessionmaker, action)
        assert row.actor_id == str(me.id)
        assert row.subject == f"removal_case:{case_id}"
        assert "플랫폼" not in row.details


async def test_every_read_of_a_case_is_audited(client: httpx.AsyncClient, sessionmaker: Maker) -> None:
    me = await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker)
    [item_id] = await item_ids(sessionmaker, case_id)
    for url in (
        f"/staff/removal/{case_id}",
        f"/staff/removal/{case_id}/handoff",
        f"/staff/removal/items/{item_id}",
        f"/staff/removal/items/{item_id}/letter",
        f"/staff/removal/items/{item_id}/letter.txt",
    ):
        assert (await client.get(url)).status_code == 200, url
    reads = await audit_rows(sessionmaker, "removal.read")
    assert [details(r)["view"] for r in reads] == ["case", "case", "item", "letter", "letter.txt"]
    assert {r.subject for r in reads} == {f"removal_case:{case_id}"}
    assert {r.actor_id for r in reads} == {str(me.id)}
    assert all(details(r).get("item_id") == item_id for r in reads[2:])


async def test_case_page_shows_hash_counts_and_consent(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, consent_share_hashes=False)
    for n in range(3):
        await add_bank_hash(sessionmaker, case_id, f"{n:064x}")
    await add_bank_hash(sessionmaker, case_id, "f" * 64, status="withdrawn")
    page = (await client.get(f"/staff/removal/{case_id}")).text
    assert ko("Active hashes: {active}. Withdrawn: {withdrawn}.").format(active=3, withdrawn=1) in page
    assert "0" * 63 + "1" not in page  # counts only, never the values
    assert f"<dt>{ko('Pass to the support center')}</dt><dd>{ko('Yes')}</dd>" in page
    assert f"<dt>{ko('Share hashes with partners')}</dt><dd>{ko('No')}</dd>" in page
    assert "staff-2026-1" in page


async def test_pages_have_no_inline_script_style_or_handler(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    from tests.test_web import INLINE_HANDLER, INLINE_SCRIPT, INLINE_STYLE  # noqa: PLC0415

    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker)
    [item_id] = await item_ids(sessionmaker, case_id)
    urls = ["/staff/removal", "/staff/removal/new", f"/staff/removal/{case_id}"]
    urls += [f"/staff/removal/{case_id}/{form}" for form in ("items", "notes", "assign", "close", "handoff")]
    urls += [f"/staff/removal/items/{item_id}{page}" for page in ("", "/transition", "/evidence", "/letter")]
    for url in urls:
        response = await client.get(url)
        assert response.status_code == 200, url
        assert response.headers["cache-control"] == "no-store", url
        html = response.text
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_HANDLER.search(html), url
        assert not INLINE_STYLE.search(html), url
        assert html.count("<h1") == 1, url
        # Every form that changes something carries the CSRF token.
        assert html.count('method="post"') == html.count('name="csrf_token"'), url
