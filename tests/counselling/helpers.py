"""Shared set-up for the chat tests: a youth with an open conversation, a staff session cookie."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Role
from ondam.auth.service import hash_token
from ondam.counselling import service
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.pubsub import PubSub
from ondam.models import StaffPresence, StaffSession, YouthContact
from ondam.youth import service as youth_service
from tests.factories import StaffLogin, make_staff, make_youth


@dataclass
class YouthChat:
    contact_id: int
    conversation_id: int
    cookies: dict[str, str]


async def youth_chat(
    maker: async_sessionmaker[AsyncSession],
    settings: Any,
    pubsub: PubSub,
    *,
    mode: str = "live",
    danger: bool = False,
) -> YouthChat:
    youth = await make_youth(maker, settings)
    async with unit_of_work(maker) as uow:
        contact = await uow.session.get(YouthContact, youth.id)
        assert contact is not None
        conversation = await service.open_conversation(
            uow.session, pubsub, contact, mode=mode, danger_now=danger
        )
        conversation_id = conversation.id
    token = youth_service.session_token(settings, youth.id)
    return YouthChat(youth.id, conversation_id, {youth_service.COOKIE: token})


async def staff_cookie(maker: async_sessionmaker[AsyncSession], staff_id: int) -> dict[str, str]:
    """A signed-in (password + TOTP passed) session for ``staff_id``, made directly in the database."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    async with unit_of_work(maker) as uow:
        uow.session.add(
            StaffSession(
                token_hash=hash_token(token),
                user_id=staff_id,
                mfa_passed=True,
                created_at=now,
                last_seen_at=now,
                expires_at=now + timedelta(hours=12),
                ip="203.0.113.9",
                user_agent="test",
            )
        )
    return {"ondam_staff": token}


async def counsellor(
    maker: async_sessionmaker[AsyncSession], *, role: Role = Role.COUNSELLOR, available: bool = False
) -> tuple[StaffLogin, dict[str, str]]:
    staff = await make_staff(maker, role=role)
    if available:
        async with unit_of_work(maker) as uow:
            uow.session.add(
                StaffPresence(staff_id=staff.id, status="available", max_chats=3, updated_at=utcnow())
            )
    return staff, await staff_cookie(maker, staff.id)


def client_with(new_client: Any, cookies: dict[str, str]) -> httpx.AsyncClient:
    """A fresh test client (the ``new_client`` fixture) carrying a session's cookies."""
    client: httpx.AsyncClient = new_client()
    client.cookies.update(cookies)
    return client
