"""Factories for the wrap-up tests: a conversation taken by a counsellor, with the young person's age band and
region set, and the staff client signed in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Principal, Role
from ondam.counselling import service
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, Conversation, StaffUser, YouthContact
from tests.conftest import csrf_from
from tests.counselling.helpers import counsellor, staff_cookie, youth_chat
from tests.factories import StaffLogin, make_staff


@dataclass
class TakenChat:
    conversation_id: int
    contact_id: int
    youth_cookies: dict[str, str]
    staff: StaffLogin
    staff_cookies: dict[str, str]


async def taken_chat(
    maker: async_sessionmaker[AsyncSession],
    settings: Any,
    app: Any,
    *,
    age_band: str = "15_16",
    region_code: str | None = "KR-26",
    mode: str = "live",
) -> TakenChat:
    """A young person's conversation accepted by a new counsellor."""
    chat = await youth_chat(maker, settings, app.state.pubsub, mode=mode)
    async with unit_of_work(maker) as uow:
        contact = await uow.session.get(YouthContact, chat.contact_id)
        assert contact is not None
        contact.age_band, contact.region_code = age_band, region_code
        conversation = await uow.session.get(Conversation, chat.conversation_id)
        assert conversation is not None
        conversation.age_band, conversation.region_code = age_band, region_code
    staff, cookies = await counsellor(maker)
    async with unit_of_work(maker) as uow:
        user = await uow.session.get(StaffUser, staff.id)
        assert user is not None
        await service.accept(
            uow.session, app.state.pubsub, Principal.of(user, 0, "203.0.113.9", "t"), chat.conversation_id
        )
    return TakenChat(chat.conversation_id, chat.contact_id, chat.cookies, staff, cookies)


async def staff_of(
    maker: async_sessionmaker[AsyncSession], role: Role, center: str | None = "seoul"
) -> tuple[StaffLogin, dict[str, str]]:
    staff = await make_staff(maker, role=role, center=center)
    return staff, await staff_cookie(maker, staff.id)


async def token(client: httpx.AsyncClient) -> str:
    """A CSRF token for the client's cookie (any page with a form carries it)."""
    return csrf_from((await client.get("/talk")).text)


async def audit_actions(maker: async_sessionmaker[AsyncSession], action: str) -> list[AuditEntry]:
    async with unit_of_work(maker) as uow:
        return list((await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action))).all())
