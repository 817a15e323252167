"""Dependencies that turn the session cookie into a :class:`~ondam.access.Principal`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ondam.access import Principal
from ondam.auth import service
from ondam.kit.deps import DB, client_ip
from ondam.kit.errors import DomainError

COOKIE = "ondam_staff"


class LoginRequired(DomainError):
    """Handled by redirecting browsers to the log-in page."""

    status_code = 401
    code = "login_required"


async def _principal(request: Request, db: DB) -> Principal:
    settings = request.app.state.settings
    state = await service.resolve_session(db, settings, request.cookies.get(COOKIE), mfa=True)
    if state is None:
        raise LoginRequired()
    principal = Principal.of(state.user, state.session.id, client_ip(request), request.state.request_id)
    request.state.principal = principal
    request.state.staff_session = state
    return principal


async def _pending(request: Request, db: DB) -> service.SessionState:
    settings = request.app.state.settings
    state = await service.resolve_session(db, settings, request.cookies.get(COOKIE), mfa=False)
    if state is None:
        raise LoginRequired()
    return state


CurrentStaff = Annotated[Principal, Depends(_principal)]
PendingLogin = Annotated[service.SessionState, Depends(_pending)]
