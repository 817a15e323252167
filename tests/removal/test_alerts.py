"""Overdue alerts: the periodic job raises exactly one per overdue item and deadline; officers see them on the
list and acknowledge them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from ondam.access import Role
from ondam.kit import clock
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.jobs import REGISTRY
from ondam.kit.settings import Settings
from ondam.models import StaffAlert
from ondam.removal import recheck, youth_service
from ondam.removal.schemas import ALERT_LABELS, AlertKind
from tests.factories import login, make_staff
from tests.removal.factories import item_ids, make_removal_case
from tests.removal.helpers import Maker, NewClient, audit_rows, details, ko, officer, post


async def _alerts(maker: Maker) -> list[StaffAlert]:
    async with unit_of_work(maker) as uow:
        return list((await uow.session.scalars(select(StaffAlert).order_by(StaffAlert.id))).all())


def test_the_job_is_periodic_and_registered() -> None:
    spec = REGISTRY["removal.raise_overdue_alerts"]
    assert spec.schedule == {"minute": "*/10"}


async def test_overdue_job_raises_one_alert_per_item(app: Any, sessionmaker: Maker) -> None:
    overdue_case = await make_removal_case(
        sessionmaker, urls=("https://a.example.com/1", "https://a.example.com/2"), due_in=timedelta(hours=-1)
    )
    await make_removal_case(sessionmaker, due_in=timedelta(hours=3))  # not yet due
    await make_removal_case(sessionmaker, state="removed", due_in=None)  # nothing due
    await make_removal_case(sessionmaker, status="closed", due_in=timedelta(hours=-5))  # closed: not watched
    overdue_items = await item_ids(sessionmaker, overdue_case)

    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 2
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 0  # once per item
    alerts = await _alerts(sessionmaker)
    assert sorted(a.subject_id for a in alerts) == overdue_items
    assert {(a.kind, a.audience_role, a.subject_type) for a in alerts} == {
        ("removal.overdue", "removal_officer", "removal_item")
    }
    [raised] = await audit_rows(sessionmaker, "removal.alert.raise")
    assert details(raised)["count"] == 2

    # Later the "not yet due" item passes its deadline too: one more alert, none repeated.
    clock.advance(timedelta(hours=4))
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 1
    assert len(await _alerts(sessionmaker)) == 3


async def test_a_new_deadline_missed_raises_a_new_alert(
    client: httpx.AsyncClient, app: Any, sessionmaker: Maker
) -> None:
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, state="evidence_captured", due_in=timedelta(hours=-1))
    [item_id] = await item_ids(sessionmaker, case_id)
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 1
    # The officer sends a request; its own deadline (48 h) passes later.
    sent = await post(
        client, f"/staff/removal/items/{item_id}/transition", {"to_state": "requested_platform"}
    )
    assert sent.status_code == 303
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 0
    clock.advance(timedelta(hours=49))
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 1
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 0
    assert [a.subject_id for a in await _alerts(sessionmaker)] == [item_id, item_id]


async def test_officers_see_and_acknowledge_alerts(
    client: httpx.AsyncClient, new_client: NewClient, app: Any, sessionmaker: Maker
) -> None:
    me = await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker, due_in=timedelta(hours=-1))
    [item_id] = await item_ids(sessionmaker, case_id)
    await app.state.jobs.run_now("removal.raise_overdue_alerts")
    async with unit_of_work(sessionmaker) as uow:
        uow.session.add(
            StaffAlert(
                kind="removal.reappeared",
                audience_role="removal_officer",
                subject_type="removal_case",
                subject_id=case_id,
                created_at=utcnow(),
            )
        )
        uow.session.add(  # for another role: not shown here
            StaffAlert(
                kind="removal.partner_match",
                audience_role="monitoring_analyst",
                subject_type="removal_case",
                subject_id=case_id,
                created_at=utcnow(),
            )
        )
    page = (await client.get("/staff/removal")).text
    assert f"{ko('Alerts')} (2)" in page
    assert f'href="/staff/removal/items/{item_id}"' in page
    assert ko("Overdue") in page
    assert ko("Re-appeared") in page
    [overdue, _reappeared, other] = await _alerts(sessionmaker)

    # Another role cannot acknowledge an officer's alert, nor an officer one of another role.
    counsellor = new_client()
    await login(counsellor, sessionmaker, await make_staff(sessionmaker, role=Role.COUNSELLOR))
    assert (
        await post(counsellor, "/staff/removal/alerts/ack", {"alert_id": str(overdue.id)})
    ).status_code == 403
    assert (await post(client, "/staff/removal/alerts/ack", {"alert_id": str(other.id)})).status_code == 404
    assert (await post(client, "/staff/removal/alerts/ack", {"alert_id": "999999"})).status_code == 404

    response = await post(client, "/staff/removal/alerts/ack", {"alert_id": str(overdue.id)})
    assert response.status_code == 303
    page = (await client.get(response.headers["location"])).text
    assert ko("The alert was acknowledged.") in page
    assert f"{ko('Alerts')} (1)" in page
    [acked, still_open, _other] = await _alerts(sessionmaker)
    assert acked.acknowledged_at is not None
    assert acked.acknowledged_by == me.id
    assert still_open.acknowledged_at is None
    [row] = await audit_rows(sessionmaker, "staff_alert.ack")
    assert row.object_id == str(overdue.id)
    # The job does not raise the acknowledged alert again.
    assert await app.state.jobs.run_now("removal.raise_overdue_alerts") == 0


async def test_a_reupload_found_by_the_recheck_is_listed_to_officers(
    client: httpx.AsyncClient, sessionmaker: Maker, settings: Settings
) -> None:
    """The re-check finds a case's image on another case's page: the ``removal.reupload`` alert it raises is
    on the officers' list, with its label and a link to the new item."""
    from tests.removal.test_recheck import FakeWeb, add_image, page, png  # noqa: PLC0415

    await officer(client, sessionmaker)
    url = "https://board.example.org/thread/7"
    await make_removal_case(sessionmaker, urls=(url,), state="requested_platform", due_in=None)
    other_case = await make_removal_case(
        sessionmaker, urls=("https://elsewhere.example.com/y",), state="removed", due_in=None
    )
    image = png(11)
    await add_image(sessionmaker, settings, other_case, image)
    og = "https://img.example.org/big/7.png"
    web = FakeWeb({url: (200, "text/html", page(og=og)), og: (200, "image/png", image)})

    summary = await recheck.run_rechecks(sessionmaker, settings, fetch=web, host_delay=0)
    assert summary.new_items == 1
    [alert] = await _alerts(sessionmaker)
    assert (alert.kind, alert.subject_type) == ("removal.reupload", "removal_item")

    listing = await client.get("/staff/removal")
    assert listing.status_code == 200
    assert f"{ko('Alerts')} (1)" in listing.text
    assert ko("Found again at a new place") in listing.text
    assert f'href="/staff/removal/items/{alert.subject_id}"' in listing.text
    assert "removal.reupload" not in listing.text  # a label, not the raw kind


async def test_every_alert_kind_the_removal_code_raises_is_listed(
    client: httpx.AsyncClient, sessionmaker: Maker
) -> None:
    """Each kind raised by the re-check, the partner API, the youth request and the overdue job has a label on
    the officers' list."""
    raised = {
        recheck.ALERT_REAPPEARED,
        recheck.ALERT_REUPLOAD,
        youth_service.ALERT_KIND,
        AlertKind.PARTNER_MATCH.value,  # raised by removal.sharing.open_partner_match (the partner API)
        AlertKind.OVERDUE.value,
    }
    assert raised <= {kind.value for kind in AlertKind}
    assert set(ALERT_LABELS) == set(AlertKind)
    await officer(client, sessionmaker)
    case_id = await make_removal_case(sessionmaker)
    async with unit_of_work(sessionmaker) as uow:
        for kind in sorted(raised):
            uow.session.add(
                StaffAlert(
                    kind=kind,
                    audience_role="removal_officer",
                    subject_type="removal_case",
                    subject_id=case_id,
                    created_at=utcnow(),
                )
            )
    listing = (await client.get("/staff/removal")).text
    assert f"{ko('Alerts')} ({len(raised)})" in listing
    for kind in raised:
        assert ko(ALERT_LABELS[AlertKind(kind)]) in listing
