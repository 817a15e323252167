"""The signed-in young person, from the short-lived signed cookie set after case code + PIN."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Response

from ondam.kit.deps import DB
from ondam.kit.errors import DomainError
from ondam.models import YouthContact
from ondam.youth import service


class YouthSignInRequired(DomainError):
    """Handled by sending the browser to the case code + PIN page."""

    status_code = 401
    code = "youth.sign_in_required"


async def _optional(request: Request, db: DB) -> YouthContact | None:
    token = request.cookies.get(service.COOKIE)
    if not token:
        return None
    contact_id = service.read_session_token(request.app.state.settings, token)
    if contact_id is None:
        return None
    contact = await db.get(YouthContact, contact_id)
    if contact is None or contact.status != "active":
        return None
    return contact


async def _required(contact: Annotated[YouthContact | None, Depends(_optional)]) -> YouthContact:
    if contact is None:
        raise YouthSignInRequired()
    return contact


OptionalYouth = Annotated[YouthContact | None, Depends(_optional)]
CurrentYouth = Annotated[YouthContact, Depends(_required)]


def start_session(request: Request, response: Response, contact_id: int) -> None:
    settings = request.app.state.settings
    response.set_cookie(
        service.COOKIE,
        service.session_token(settings, contact_id),
        httponly=True,
        samesite="strict",
        secure=settings.secure_cookies,
        path="/",
        max_age=service.SESSION_SECONDS,
    )


def end_session(response: Response) -> None:
    response.delete_cookie(service.COOKIE, path="/")
