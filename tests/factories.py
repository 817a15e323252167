"""Factories: build what a test needs, in its own committed unit of work, with sensible defaults."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pyotp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Role
from ondam.auth.admin import new_staff_user
from ondam.kit import totp
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.models import Case, StaffUser
from tests.conftest import csrf_from

_seq = itertools.count(1)
PASSWORD = "correct horse battery staple"


@dataclass
class StaffLogin:
    id: int
    username: str
    password: str
    secret: str | None
    role: str
    center: str | None


async def make_staff(
    maker: async_sessionmaker[AsyncSession],
    *,
    role: Role = Role.COUNSELLOR,
    center: str | None = "seoul",
    enrolled: bool = True,
    active: bool = True,
    username: str | None = None,
) -> StaffLogin:
    if role in {
        Role.MONITORING_ANALYST,
        Role.REMOVAL_OFFICER,
        Role.STATISTICIAN,
        Role.ADMINISTRATOR,
        Role.AUDITOR,
    }:
        center = None
    name = username or f"staff{next(_seq)}"
    secret = totp.new_secret() if enrolled else None
    async with unit_of_work(maker) as uow:
        user = new_staff_user(
            username=name,
            display_name=f"Test {name}",
            role=role.value,
            center=center,
            password=PASSWORD,
            totp_secret=secret,
            active=active,
        )
        uow.session.add(user)
        await uow.session.flush()
        user_id = user.id
    return StaffLogin(user_id, name, PASSWORD, secret, role.value, center)


async def make_case(
    maker: async_sessionmaker[AsyncSession],
    *,
    center: str = "seoul",
    status: str = "open",
    summary: str = "synthetic test summary",
) -> int:
    now = utcnow()
    async with unit_of_work(maker) as uow:
        case = Case(
            reference=f"T-{next(_seq):06d}",
            center_code=center,
            status=status,
            age_band="16_18",
            region_code="KR-11",
            summary=summary,
            opened_at=now,
            updated_at=now,
        )
        uow.session.add(case)
        await uow.session.flush()
        return case.id


async def last_step(maker: async_sessionmaker[AsyncSession], user_id: int) -> int | None:
    async with unit_of_work(maker) as uow:
        user = await uow.session.get(StaffUser, user_id)
        assert user is not None
        return user.totp_last_step


async def fresh_code(maker: async_sessionmaker[AsyncSession], staff: StaffLogin) -> str:
    """A valid code that was not used yet (the server refuses a reused time step)."""
    assert staff.secret
    now_step = int(utcnow().timestamp()) // totp.STEP
    used = await last_step(maker, staff.id)
    step = now_step if used is None or used < now_step else used + 1
    assert step <= now_step + 1, "no unused code left in the accepted window"
    return str(pyotp.TOTP(staff.secret).generate_otp(step))


async def post_form(
    client: httpx.AsyncClient, url: str, data: dict[str, str], *, page: str | None = None
) -> httpx.Response:
    """POST a form the way a browser does: with the CSRF token from a page."""
    html = (await client.get(page or "/staff/login")).text
    return await client.post(url, data={**data, "csrf_token": csrf_from(html)})


async def login(
    client: httpx.AsyncClient, maker: async_sessionmaker[AsyncSession], staff: StaffLogin
) -> httpx.Response:
    first = await post_form(client, "/staff/login", {"username": staff.username, "password": staff.password})
    assert first.status_code == 303, first.text
    assert first.headers["location"] == "/staff/login/code"
    code = await fresh_code(maker, staff)
    second = await post_form(client, "/staff/login/code", {"code": code}, page="/staff/login/code")
    assert second.status_code == 303, second.text
    assert second.headers["location"] == "/staff"
    return second


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


@dataclass
class YouthLogin:
    id: int
    code: str
    pin: str


async def make_youth(
    maker: async_sessionmaker[AsyncSession], settings: object, *, age_band: str | None = "15_16"
) -> YouthLogin:
    """An anonymous youth contact with its one-time-shown case code and PIN."""
    from ondam.youth import service as youth  # noqa: PLC0415 - keeps the staff factories importable alone

    async with unit_of_work(maker) as uow:
        new = await youth.create_contact(uow.session, settings, age_band=age_band)  # type: ignore[arg-type]
        contact_id = new.contact.id
    return YouthLogin(contact_id, new.code, new.pin)


async def youth_login(client: httpx.AsyncClient, youth: YouthLogin) -> httpx.Response:
    response = await post_form(client, "/return", {"code": youth.code, "pin": youth.pin}, page="/return")
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/me"
    return response
