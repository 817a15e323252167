"""Supervisor dashboard ``/staff/supervisor`` (page + JSON polled by ``static/js/supervisor.mjs``) and the
acknowledgement of counselling alerts; the staff home page lists the same open alerts for supervisors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Principal, Role, check_counselling_supervisor
from ondam.auth.deps import CurrentStaff
from ondam.auth.endpoints import STAFF_HOME_SECTIONS
from ondam.counselling import dashboard, supervision
from ondam.kit.clock import KST
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.i18n import N_
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import render

router = APIRouter(prefix="/staff/supervisor", dependencies=[Depends(csrf_protect)], include_in_schema=False)

POLL_SECONDS = 10
LEVEL_LABELS = {3: N_("Urgent"), 2: N_("High"), 1: N_("Watch"), 0: N_("None")}
PRESENCE_LABELS = {"available": N_("Available"), "busy": N_("Busy"), "away": N_("Away")}


def duration(seconds: int | None) -> str:
    """Minutes ("4 min"), hours and minutes ("1 h 5 min"), or a dash when there is nothing to measure."""
    if seconds is None:
        return "–"
    minutes = seconds // 60
    if minutes < 60:
        return _("{m} min").format(m=minutes)
    return _("{h} h {m} min").format(h=minutes // 60, m=minutes % 60)


def _display(data: dashboard.Dashboard) -> dict[str, Any]:
    """Localised text for the page and its script (the script only copies these strings)."""
    return {
        "median_wait": duration(data.median_wait_seconds),
        "longest_wait": duration(data.longest_wait_seconds),
        "load": _("{active} of {capacity} chats").format(active=data.active_chats, capacity=data.capacity),
        "summary": _("{waiting} waiting, {alerts} open alerts").format(
            waiting=data.waiting, alerts=len(data.alerts)
        ),
        "updated": _("Updated {time}").format(time=data.generated_at.astimezone(KST).strftime("%H:%M:%S")),
        "levels": {dashboard.LEVEL_KEYS[level]: _(LEVEL_LABELS[level]) for level in dashboard.LEVELS},
        "statuses": {c.staff_id: _(PRESENCE_LABELS.get(c.status, c.status)) for c in data.counsellors},
        "hours": [h.hour.astimezone(KST).strftime("%m-%d %H:00") for h in data.per_hour],
        "alert_kinds": {a.id: _(supervision.KIND_LABELS[a.kind]) for a in data.alerts},
        "alert_times": {a.id: a.created_at.astimezone(KST).strftime("%H:%M") for a in data.alerts},
    }


@router.get("")
async def supervisor_page(request: Request, db: DB, staff: CurrentStaff) -> Response:
    data = await dashboard.build(db, staff)
    return render(
        request,
        "staff/supervisor.html",
        {
            "staff": staff,
            "data": data,
            "display": _display(data),
            "levels": dashboard.LEVELS,
            "level_keys": dashboard.LEVEL_KEYS,
            "poll_seconds": POLL_SECONDS,
        },
    )


@router.get("/data")
async def supervisor_data(request: Request, db: DB, staff: CurrentStaff) -> Response:
    data = await dashboard.build(db, staff)
    return JSONResponse({**data.as_json(), "display": _display(data)})


@router.post("/alerts/{alert_id}/ack")
async def acknowledge_alert(request: Request, db: DB, staff: CurrentStaff, alert_id: int) -> Response:
    await supervision.acknowledge(db, staff, alert_id)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"id": alert_id, "acknowledged": True})
    target = "/staff" if request.query_params.get("from") == "home" else "/staff/supervisor"
    return RedirectResponse(target, status_code=303)


async def home_alerts_section(db: AsyncSession, staff: Principal) -> dict[str, Any] | None:
    """Staff home: a supervisor's open counselling alerts, each with its acknowledgement."""
    if staff.role is not Role.SUPERVISOR:
        return None
    check_counselling_supervisor(staff)
    alerts = await supervision.open_alerts(db, staff, limit=20)
    return {
        "template": "staff/_supervisor_alerts.html",
        "alerts": alerts,
        "alert_kinds": {a.id: _(supervision.KIND_LABELS[a.kind]) for a in alerts},
        "alert_times": {a.id: a.created_at.astimezone(KST).strftime("%m-%d %H:%M") for a in alerts},
        "from_home": True,
    }


if home_alerts_section not in STAFF_HOME_SECTIONS:
    STAFF_HOME_SECTIONS.append(home_alerts_section)
