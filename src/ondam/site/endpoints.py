"""Shell pages shared by every surface: language switch and the JSON API reference."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ondam.kit import i18n
from ondam.kit.csrf import csrf_protect
from ondam.kit.templates import render

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


def _safe_next(value: str) -> str:
    """Only same-site relative paths, so the switch cannot be used as an open redirect."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


@router.post("/lang")
async def switch_language(
    request: Request, lang: Annotated[str, Form()] = "ko", next: Annotated[str, Form()] = "/"
) -> Response:
    response = RedirectResponse(_safe_next(next), status_code=303)
    if lang in i18n.LOCALES:
        response.set_cookie(
            i18n.COOKIE,
            lang,
            max_age=365 * 24 * 3600,
            samesite="lax",
            path="/",
            secure=request.app.state.settings.secure_cookies,
            httponly=True,
        )
    return response


@router.get("/api/docs")
async def api_docs(request: Request) -> Response:
    """A server-rendered API reference from the OpenAPI document (no third-party script, strict CSP)."""
    spec: dict[str, Any] = request.app.openapi()
    operations = []
    for path, methods in sorted(spec.get("paths", {}).items()):
        for method, op in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tags": op.get("tags", []),
                    "parameters": op.get("parameters", []),
                    "responses": sorted(op.get("responses", {}).keys()),
                    "request_examples": _request_examples(op),
                    "response_examples": _response_examples(op),
                }
            )
    return render(request, "api_docs.html", {"spec": spec, "operations": operations})


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _json_examples(content: dict[str, Any]) -> list[tuple[str, str]]:
    """(title, pretty JSON) for the examples of an OpenAPI ``content`` object's application/json entry."""
    media = content.get("application/json", {})
    if "example" in media:
        return [("", _pretty(media["example"]))]
    return [(ex.get("summary", name), _pretty(ex["value"])) for name, ex in media.get("examples", {}).items()]


def _request_examples(op: dict[str, Any]) -> list[tuple[str, str]]:
    return _json_examples(op.get("requestBody", {}).get("content", {}))


def _response_examples(op: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(status, description, pretty JSON) for every response that documents an example."""
    found = []
    for status, response in sorted(op.get("responses", {}).items()):
        for _title, body in _json_examples(response.get("content", {})):
            found.append((status, response.get("description", ""), body))
    return found
