"""The ``CurrentPartner`` dependency: bearer-token authentication plus the platform's rate limit."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ondam.kit.deps import DB, Limiter
from ondam.kit.errors import DomainError, TooManyRequests
from ondam.models import PartnerPlatform
from ondam.partners import service

_bearer = HTTPBearer(auto_error=False, description="Per-platform API token (`ondam partners create NAME`)")


class BadToken(DomainError):
    status_code = 401
    code = "invalid_token"


async def _partner(
    request: Request,
    db: DB,
    limiter: Limiter,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> PartnerPlatform:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise BadToken("send 'Authorization: Bearer <platform token>'")
    platform = await service.authenticate(db, credentials.credentials)
    if platform is None:
        raise BadToken("unknown or revoked token")
    if not await limiter.hit(f"partner:{platform.id}", platform.rate_limit_per_minute, 60):
        raise TooManyRequests(f"rate limit of {platform.rate_limit_per_minute} requests per minute reached")
    request.state.partner_id = platform.id
    return platform


CurrentPartner = Annotated[PartnerPlatform, Depends(_partner)]
