"""Shell pages shared by every surface: language switch and the JSON API reference."""

from __future__ import annotations

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
                }
            )
    return render(request, "api_docs.html", {"spec": spec, "operations": operations})
