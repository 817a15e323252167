"""Jinja2 rendering with gettext, CSRF tokens and cache-busted static URLs."""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ondam.kit import i18n
from ondam.kit.clock import KST
from ondam.kit.csrf import FIELD, request_token

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
STATIC_DIR = WEB_DIR / "static"


@cache
def _static_version(path: str) -> str:
    file = (STATIC_DIR / path).resolve()
    if STATIC_DIR not in file.parents or not file.is_file():
        raise FileNotFoundError(f"static file {path!r} does not exist")
    return hashlib.sha256(file.read_bytes()).hexdigest()[:10]


def static_url(path: str) -> str:
    return f"/static/{path}?v={_static_version(path)}"


def kst(value: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Staff read times in Korean time; the database keeps UTC."""
    text = value.astimezone(KST).strftime(fmt)
    return text if fmt == "%Y-%m-%d" else f"{text} KST"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(WEB_DIR / "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(i18n.gettext_, i18n.ngettext_, newstyle=True)  # type: ignore[attr-defined]
    env.globals["static_url"] = static_url
    env.filters["kst"] = kst
    env.globals["csrf_field"] = FIELD
    return env


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    locale = i18n.current_locale.get()
    ctx: dict[str, Any] = {
        "request": request,
        "locale": locale,
        "other_locale": "en" if locale == "ko" else "ko",
        "csrf_token": request_token(request),
        "path": request.url.path,
    }
    ctx.update(context or {})
    html = environment().get_template(template).render(ctx)
    return HTMLResponse(html, status_code=status_code, headers=headers)
