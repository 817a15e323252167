"""Shared steps of the removal HTTP tests."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Role
from ondam.kit.db import unit_of_work
from ondam.kit.i18n import translations
from ondam.models import AuditEntry
from tests.conftest import csrf_from
from tests.factories import StaffLogin, login, make_staff

Maker = async_sessionmaker[AsyncSession]
NewClient = Callable[..., httpx.AsyncClient]


async def officer(client: httpx.AsyncClient, maker: async_sessionmaker[AsyncSession]) -> StaffLogin:
    staff = await make_staff(maker, role=Role.REMOVAL_OFFICER)
    await login(client, maker, staff)
    return staff


async def post(
    client: httpx.AsyncClient, url: str, data: dict[str, str], *, files: dict[str, Any] | None = None
) -> httpx.Response:
    token = csrf_from((await client.get("/staff")).text)
    return await client.post(url, data={**data, "csrf_token": token}, files=files)


async def audit_rows(maker: async_sessionmaker[AsyncSession], action: str) -> list[AuditEntry]:
    async with unit_of_work(maker) as uow:
        rows = await uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)
        )
        return list(rows.all())


def details(entry: AuditEntry) -> dict[str, Any]:
    return dict(json.loads(entry.details))


def field_error(page: str, field: str) -> str | None:
    match = re.search(rf'<p class="field-error" id="err-{field}">(.*?)</p>', page)
    return html.unescape(match.group(1)) if match else None


def textarea(page: str, element_id: str) -> str:
    match = re.search(rf'<textarea id="{element_id}"[^>]*>(.*?)</textarea>', page, re.S)
    assert match, f"no textarea #{element_id}"
    return html.unescape(match.group(1))


def ko(message: str) -> str:
    """The Korean text of a message id (the staff pages are Korean by default)."""
    text = translations("ko").gettext(message)
    assert text != message, f"no Korean translation for {message!r}"
    return text
