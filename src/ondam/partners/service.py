"""Partner platforms: per-platform API tokens (only their SHA-256 is stored) and authentication."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.kit.clock import utcnow
from ondam.models import PartnerPlatform

TOKEN_PREFIX = "ondam_pt_"  # noqa: S105 - a public prefix that marks our tokens, not a secret


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


async def create_platform(
    db: AsyncSession, name: str, *, rate_limit_per_minute: int = 600, actor: Actor | None = None
) -> tuple[PartnerPlatform, str]:
    if (await db.scalars(select(PartnerPlatform).where(PartnerPlatform.name == name))).first():
        raise ValueError(f"a platform named {name!r} exists")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    platform = PartnerPlatform(
        name=name,
        token_hash=hash_token(token),
        token_prefix=token[:12],
        rate_limit_per_minute=rate_limit_per_minute,
        is_active=True,
        created_at=utcnow(),
    )
    db.add(platform)
    await db.flush()
    await audit.record(
        db,
        actor or Actor.system("cli"),
        "partner.created",
        object_type="partner",
        object_id=platform.id,
        details={"name": name},
    )
    return platform, token


async def authenticate(db: AsyncSession, token: str) -> PartnerPlatform | None:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    platform = (
        await db.scalars(select(PartnerPlatform).where(PartnerPlatform.token_hash == hash_token(token)))
    ).one_or_none()
    if platform is None or not platform.is_active:
        return None
    return platform
