"""CSRF protection for every cookie-authenticated unsafe request.

The middleware gives each browser a random ``ondam_csrf`` cookie. Forms carry ``csrf_token`` (and scripts the
``X-CSRF-Token`` header) = HMAC(secret key, cookie). An attacker can neither read the cookie nor compute the
HMAC without the server's key. On top of that the request must come from our own pages: the browser's
``Sec-Fetch-Site`` header decides when it is sent; otherwise an ``Origin`` header, if any, must be our host.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import Request

from ondam.kit.errors import DomainError

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
FIELD = "csrf_token"
HEADER = "x-csrf-token"


class CsrfError(DomainError):
    status_code = 403
    code = "csrf"


def token_for(cookie_value: str, secret: str) -> str:
    return hmac.new(secret.encode(), f"csrf:{cookie_value}".encode(), hashlib.sha256).hexdigest()


def request_token(request: Request) -> str:
    return token_for(request.state.csrf_cookie, request.app.state.settings.secret_key.get_secret_value())


def _same_origin(request: Request) -> bool:
    # Fetch metadata first: browsers that send it say exactly whether the request came from our own pages.
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")  # "none": typed or bookmarked by the user
    origin = request.headers.get("origin")
    if origin is None:
        return True  # older clients send neither; the HMAC token still has to match
    if origin == "null":
        return False
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


async def csrf_protect(request: Request) -> None:
    """Router-level dependency for every HTML/form router."""
    if request.method in SAFE_METHODS:
        return
    if not _same_origin(request):
        raise CsrfError("cross-origin request refused")
    submitted = request.headers.get(HEADER)
    if submitted is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(FIELD)
            submitted = value if isinstance(value, str) else None
    if not submitted or not hmac.compare_digest(submitted, request_token(request)):
        raise CsrfError("missing or wrong CSRF token")
