"""ASGI middleware: request ids, locale, CSRF cookie, security headers and an access log line.

Pure ASGI (no BaseHTTPMiddleware) so WebSockets and streaming responses pass through untouched.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from http.cookies import SimpleCookie

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ondam.kit import i18n
from ondam.kit.logging import request_id_var

log = logging.getLogger("ondam.access")

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",  # other sites never see our addresses
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
}

CSRF_COOKIE = "ondam_csrf"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def _cookies(scope: Scope) -> dict[str, str]:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:
                return {}
            return {k: m.value for k, m in jar.items()}
    return {}


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return str(value.decode("latin-1"))
    return None


class WebMiddleware:
    def __init__(self, app: ASGIApp, *, secure_cookies: bool, default_locale: str, hsts: bool) -> None:
        self.app = app
        self.secure_cookies = secure_cookies
        self.default_locale = default_locale
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = incoming if incoming and _REQUEST_ID.match(incoming) else secrets.token_hex(8)
        rid_token = request_id_var.set(request_id)
        cookies = _cookies(scope)
        locale = i18n.choose_locale(
            cookies.get(i18n.COOKIE), _header(scope, b"accept-language"), self.default_locale
        )
        loc_token = i18n.current_locale.set(locale)
        csrf_cookie = cookies.get(CSRF_COOKIE, "")
        new_csrf = None
        if not re.fullmatch(r"[A-Za-z0-9_-]{32,64}", csrf_cookie):
            new_csrf = csrf_cookie = secrets.token_urlsafe(32)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["locale"] = locale
        state["csrf_cookie"] = csrf_cookie
        started = time.perf_counter()
        status_holder = [0]
        path = scope.get("path", "")

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
                if self.hsts:
                    headers.setdefault("strict-transport-security", "max-age=63072000; includeSubDomains")
                headers["x-request-id"] = request_id
                if not path.startswith("/static/"):
                    headers.setdefault("cache-control", "no-store")
                    headers.append("vary", "Cookie, Accept-Language")
                if new_csrf is not None:
                    secure = "; Secure" if self.secure_cookies else ""
                    headers.append(
                        "set-cookie", f"{CSRF_COOKIE}={new_csrf}; Path=/; HttpOnly; SameSite=Lax{secure}"
                    )
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            if scope["type"] == "http" and not path.startswith("/static/"):
                log.info(
                    "%s %s %s %.1fms",
                    scope.get("method"),
                    path,
                    status_holder[0],
                    (time.perf_counter() - started) * 1000,
                )
            request_id_var.reset(rid_token)
            i18n.current_locale.reset(loc_token)


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Refuse request bodies over ``limit`` bytes before anything parses them (uploads, forms, JSON).

    A declared Content-Length over the limit is answered 413 at once; a body without one (chunked) is counted as
    it arrives and cut off at the limit. Endpoints keep their own, smaller limits for what they accept."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
                if declared > self.limit:
                    await _too_large(scope, send)
                    return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge()
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await _too_large(scope, send)


async def _too_large(scope: Scope, send: Send) -> None:
    wants_json = scope.get("path", "").startswith("/api/")
    body = (
        b'{"error":"too_large","detail":"the request body is too large"}'
        if wants_json
        else "<!doctype html><meta charset=utf-8><title>413</title><p>너무 큽니다. The upload is too large.</p>".encode()
    )
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json" if wants_json else b"text/html; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
