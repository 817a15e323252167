"""Center scoping: staff see only their center's records unless their role is national, and every route
that takes an id answers 404 both for a missing record and for one the user may not see."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import httpx
import pytest
from sqlalchemy import select

from ondam.access import NATIONAL_ROLES, PERMISSIONS, Perm, Role
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry
from tests.conftest import all_routes, csrf_from
from tests.factories import login, make_case, make_staff
from tests.removal.factories import make_removal_case, make_removal_item
from tests.reports.factories import make_report, make_report_evidence

Maker = Callable[..., Awaitable[int]]

# Every route that takes a record id, with a factory that makes such a record in a given center.
# test_every_id_route_is_covered fails when a route is added without an entry here.
ID_ROUTES: dict[str, tuple[str, Maker]] = {
    "/staff/cases/{case_id}": ("/staff/cases/{id}", lambda maker, center: make_case(maker, center=center)),
}


# Routes of national work (no center scoping): the permission decides. Route -> (url, permission, factory).
# Their factories take only the sessionmaker.
NationalMaker = Callable[..., Awaitable[int]]
NATIONAL_ID_ROUTES: dict[str, tuple[str, Perm, NationalMaker]] = {
    "/staff/removal/{case_id}": ("/staff/removal/{id}", Perm.REMOVAL, make_removal_case),
    "/staff/removal/{case_id}/items": ("/staff/removal/{id}/items", Perm.REMOVAL, make_removal_case),
    "/staff/removal/{case_id}/notes": ("/staff/removal/{id}/notes", Perm.REMOVAL, make_removal_case),
    "/staff/removal/{case_id}/assign": ("/staff/removal/{id}/assign", Perm.REMOVAL, make_removal_case),
    "/staff/removal/{case_id}/close": ("/staff/removal/{id}/close", Perm.REMOVAL, make_removal_case),
    "/staff/removal/{case_id}/sharing": ("/staff/removal/{id}/sharing", Perm.REMOVAL, make_removal_case),
    "/staff/removal/{case_id}/handoff": ("/staff/removal/{id}/handoff", Perm.REMOVAL, make_removal_case),
    "/staff/removal/items/{item_id}": ("/staff/removal/items/{id}", Perm.REMOVAL, make_removal_item),
    "/staff/removal/items/{item_id}/transition": (
        "/staff/removal/items/{id}/transition",
        Perm.REMOVAL,
        make_removal_item,
    ),
    "/staff/removal/items/{item_id}/evidence": (
        "/staff/removal/items/{id}/evidence",
        Perm.REMOVAL,
        make_removal_item,
    ),
    "/staff/removal/items/{item_id}/letter": (
        "/staff/removal/items/{id}/letter",
        Perm.REMOVAL,
        make_removal_item,
    ),
    "/staff/removal/items/{item_id}/letter.txt": (
        "/staff/removal/items/{id}/letter.txt",
        Perm.REMOVAL,
        make_removal_item,
    ),
    "/staff/reports/{report_id}": ("/staff/reports/{id}", Perm.REPORTS, make_report),
    "/staff/reports/{report_id}/status": ("/staff/reports/{id}/status", Perm.REPORTS, make_report),
    "/staff/reports/evidence/{evidence_id}": (
        "/staff/reports/evidence/{id}",
        Perm.REPORTS,
        make_report_evidence,
    ),
}

# Routes with an id that staff roles do not reach at all (partner API, the youth's own records), with the test
# module that proves who may reach them.
OTHER_ID_ROUTES: dict[str, str] = {
    "/api/v1/hashes/{hash_id}/feedback": "tests/hashing/test_partner_api.py",
    "/api/v1/hashes/{hash_id}/matches": "tests/hashing/test_partner_api.py",
    "/me/requests/{case_id}/withdraw": "tests/youth/test_withdrawal.py",
    "/me/requests/{case_id}/stop-sharing": "tests/hashing/test_share_revocation.py",
    "/me/reports/{report_id}/withdraw": "tests/reports/test_reports.py",
    # Counselling: the young person's own conversations, and staff by assignment (access.access_conversation).
    "/talk/chat/{conversation_id}": "tests/counselling/test_talk.py",
    "/talk/chat/{conversation_id}/send": "tests/counselling/test_talk.py",
    "/talk/chat/{conversation_id}/end": "tests/counselling/test_talk.py",
    "/staff/chat/{conversation_id}": "tests/counselling/test_talk.py",
    "/staff/chat/{conversation_id}/accept": "tests/counselling/test_talk.py",
    "/staff/chat/{conversation_id}/end": "tests/counselling/test_talk.py",
    "/staff/chat/{conversation_id}/wrapup": "tests/counselling/test_wrapup.py",
    "/staff/chat/{conversation_id}/summary": "tests/counselling/test_wrapup.py",
    "/staff/chat/{conversation_id}/case": "tests/counselling/test_wrapup.py",
    "/staff/chat/{conversation_id}/report": "tests/counselling/test_wrapup.py",
    "/staff/chat/{conversation_id}/removal": "tests/counselling/test_wrapup.py",
    "/staff/chat/{conversation_id}/police": "tests/counselling/test_wrapup.py",
    "/staff/chat/{conversation_id}/reply": "tests/counselling/test_async_replies.py",
    "/talk/chat/{conversation_id}/survey": "tests/counselling/test_survey.py",
    "/staff/chat/{conversation_id}/risk": "tests/counselling/test_console.py",
    "/staff/chat/{conversation_id}/notes": "tests/counselling/test_console.py",
    "/staff/chat/{conversation_id}/transfer": "tests/counselling/test_console.py",
    "/staff/chat/{conversation_id}/observe": "tests/counselling/test_console.py",
    "/staff/chat/{conversation_id}/join": "tests/counselling/test_console.py",
    "/staff/chat/{conversation_id}/leave": "tests/counselling/test_console.py",
    # Supervisor alerts: supervisors only (access.check_counselling_supervisor + access_staff_alert_by_id), no center.
    "/staff/supervisor/alerts/{alert_id}/ack": "tests/counselling/test_dashboard.py",
    # Canned responses: supervisors only (403 for anyone else), no center.
    "/staff/canned/{canned_id}": "tests/counselling/test_console_canned.py",
    "/staff/canned/{canned_id}/active": "tests/counselling/test_console_canned.py",
}


def _id_routes(app) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.path for r in all_routes(app) if "{" in r.path}


async def test_every_id_route_is_covered(app) -> None:  # type: ignore[no-untyped-def]
    assert _id_routes(app) == set(ID_ROUTES) | set(NATIONAL_ID_ROUTES) | set(OTHER_ID_ROUTES)


@pytest.mark.parametrize("route", sorted(NATIONAL_ID_ROUTES))
async def test_national_route_needs_its_permission(route: str, app, new_client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    """GET routes answer 200 to a permitted role; POST routes anything but 404 (their own tests check the
    action). Every other role, and a missing id, get 404."""
    url_template, perm, make = NATIONAL_ID_ROUTES[route]
    methods = {m for r in all_routes(app) if r.path == route for m in r.methods}
    record = await make(sessionmaker)
    for role in Role:
        staff = await make_staff(sessionmaker, role=role, center=None if role in NATIONAL_ROLES else "seoul")
        browser = new_client()
        await login(browser, sessionmaker, staff)

        async def call(url: str) -> httpx.Response:
            if "GET" in methods:
                return await browser.get(url)  # noqa: B023 - used within the iteration
            token = csrf_from((await browser.get("/staff")).text)  # noqa: B023
            return await browser.post(url, data={"csrf_token": token})  # noqa: B023

        found = await call(url_template.format(id=record))
        missing = await call(url_template.format(id=record + 10_000))
        assert missing.status_code == 404, role
        if perm in PERMISSIONS[role]:
            assert found.status_code == 200 if "GET" in methods else found.status_code != 404, role
        else:
            assert found.status_code == 404, role


@pytest.mark.parametrize("route", sorted(ID_ROUTES))
async def test_other_centers_record_is_not_found(route: str, client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    url_template, make = ID_ROUTES[route]
    seoul_staff = await make_staff(sessionmaker, role=Role.SUPERVISOR, center="seoul")
    own = await make(sessionmaker, "seoul")
    foreign = await make(sessionmaker, "busan")
    await login(client, sessionmaker, seoul_staff)
    assert (await client.get(url_template.format(id=own))).status_code == 200
    forbidden = await client.get(url_template.format(id=foreign))
    missing = await client.get(url_template.format(id=foreign + 10_000))
    assert forbidden.status_code == 404
    assert missing.status_code == 404
    # The same page for both, so ids cannot be probed (only the address itself differs).
    async with unit_of_work(sessionmaker) as uow:
        denied = (
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "access.denied"))
        ).all()
    assert len(denied) == 2  # both refusals are recorded, with who and where
    assert {d.actor_id for d in denied} == {str(seoul_staff.id)}
    assert json.loads(denied[0].details)["path"] == url_template.format(id=foreign)
    one = forbidden.text.replace(f'/{foreign}"', '/ID"')
    other = missing.text.replace(f'/{foreign + 10_000}"', '/ID"')
    assert one == other


@pytest.mark.parametrize("route", sorted(ID_ROUTES))
async def test_roles_without_permission_get_not_found(route: str, new_client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    url_template, make = ID_ROUTES[route]
    record = await make(sessionmaker, "seoul")
    for role in Role:
        if Perm.CASE_READ in PERMISSIONS[role]:
            continue
        staff = await make_staff(sessionmaker, role=role, center="seoul")
        browser = new_client()
        await login(browser, sessionmaker, staff)
        response = await browser.get(url_template.format(id=record))
        assert response.status_code == 404, role


async def test_non_numeric_id_is_not_found(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    assert (await client.get("/staff/cases/abc")).status_code == 404


async def test_case_list_shows_only_own_center(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    await make_case(sessionmaker, center="seoul", summary="seoul one")
    busan_case = await make_case(sessionmaker, center="busan", summary="busan one")
    staff = await make_staff(sessionmaker, role=Role.COUNSELLOR, center="seoul")
    await login(client, sessionmaker, staff)
    page = await client.get("/staff/cases")
    assert page.status_code == 200
    assert "사례 1건" in page.text
    assert f'href="/staff/cases/{busan_case}"' not in page.text


async def test_staff_without_login_are_sent_to_sign_in(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    case_id = await make_case(sessionmaker)
    for url in ("/staff", "/staff/cases", f"/staff/cases/{case_id}", "/staff/audit"):
        response = await client.get(url)
        assert response.status_code == 303, url
        assert response.headers["location"] == "/staff/login"


async def test_list_without_permission_is_forbidden(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker, role=Role.STATISTICIAN)
    await login(client, sessionmaker, staff)
    assert (await client.get("/staff/cases")).status_code == 403
    assert (await client.get("/staff/audit")).status_code == 403


def test_national_roles_have_no_center_and_center_roles_do() -> None:
    from ondam.access import validate_assignment  # noqa: PLC0415

    for role in Role:
        if role in NATIONAL_ROLES:
            validate_assignment(role, None)
            with pytest.raises(ValueError, match="national"):
                validate_assignment(role, "seoul")
        else:
            validate_assignment(role, "seoul")
            with pytest.raises(ValueError, match="center"):
                validate_assignment(role, None)
