"""The ASGI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from redis.asyncio import Redis
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

import ondam.tasks  # noqa: F401 - registers jobs
from ondam import __version__
from ondam.audit import endpoints as audit_endpoints
from ondam.audit import service as audit_service
from ondam.auth import endpoints as auth_endpoints
from ondam.auth.deps import LoginRequired
from ondam.cases import endpoints as cases_endpoints
from ondam.centers import endpoints as centers_endpoints
from ondam.counselling import canned as chat_canned_pages
from ondam.counselling import dashboard_endpoints as chat_supervision_pages
from ondam.counselling import queue_socket as chat_queue_socket
from ondam.counselling import realtime as chat_realtime
from ondam.counselling import staff_chat as chat_staff_pages
from ondam.counselling import staff_queue as chat_queue_pages
from ondam.counselling import survey as chat_survey
from ondam.counselling import talk as chat_youth_pages
from ondam.counselling import wrapup_endpoints as chat_wrapup
from ondam.counselling.channels import kakao as chat_kakao_channel
from ondam.counselling.channels import web as _chat_web_channel  # noqa: F401 - registers the web adapter
from ondam.detection import endpoints as detection_endpoints
from ondam.hashing import endpoints as hashing_endpoints
from ondam.health import endpoints as health_endpoints
from ondam.kit import crypto, gctuning
from ondam.kit import logging as kit_logging
from ondam.kit.db import make_engine, make_sessionmaker, unit_of_work
from ondam.kit.errors import DomainError
from ondam.kit.i18n import gettext_ as _
from ondam.kit.jobs import JobQueue
from ondam.kit.pubsub import MemoryPubSub, PubSub, RedisPubSub
from ondam.kit.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from ondam.kit.settings import Settings, get_settings
from ondam.kit.templates import STATIC_DIR, render
from ondam.kit.web import BodyLimitMiddleware, WebMiddleware
from ondam.removal import endpoints as removal_endpoints
from ondam.removal import youth_endpoints as removal_youth_endpoints
from ondam.reports import endpoints as reports_endpoints
from ondam.site import endpoints as site_endpoints
from ondam.youth import endpoints as youth_endpoints
from ondam.youth import pwa as youth_pwa
from ondam.youth.deps import YouthSignInRequired

log = logging.getLogger(__name__)


class _Static(StaticFiles):
    """Versioned URLs (``?v=hash``) are immutable; anything else must revalidate."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        versioned = b"v=" in scope.get("query_string", b"")
        response.headers["cache-control"] = "public, max-age=31536000, immutable" if versioned else "no-cache"
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/healthz", "/readyz"))


def _error_page(request: Request, status: int, title: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": title, "detail": message}, status_code=status)
    staff = request.url.path.startswith("/staff")
    return render(
        request,
        "errors/error.html",
        {"status": status, "title": title, "message": message, "staff_area": staff},
        status_code=status,
    )


def configure_services(settings: Settings) -> None:
    """Process-wide configuration that models and services rely on (keys)."""
    crypto.configure(crypto.KeyRing.parse(settings.encryption_keys.get_secret_value()))
    audit_service.configure(settings.audit_key.get_secret_value())


def create_app(settings: Settings | None = None, *, configure_logging: bool = True) -> FastAPI:
    settings = settings or get_settings()
    if configure_logging:
        kit_logging.configure(settings.log_level, settings.log_json)
    configure_services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        gctuning.tune_for_server()  # a long-running process: no long GC pauses under many open chat sockets
        yield
        await chat_realtime.shutdown(app)
        await app.state.pubsub.close()
        if app.state.redis is not None:
            await app.state.redis.aclose()
        await app.state.engine.dispose()

    app = FastAPI(
        title="Ondam API",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        description="JSON API of Ondam (온담). Partner endpoints use per-platform tokens.",
    )
    engine = make_engine(settings.database_url)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    redis: Redis | None = Redis.from_url(settings.redis_url) if settings.redis_url else None
    app.state.redis = redis
    pubsub: PubSub = (
        RedisPubSub(redis, settings.redis_prefix)
        if settings.pubsub_backend == "redis" and redis
        else MemoryPubSub()
    )
    app.state.pubsub = pubsub
    chat_realtime.install(app, settings, pubsub)  # app.state.hub (one per process), app.state.chat
    limiter: RateLimiter = (
        RedisRateLimiter(redis, settings.redis_prefix) if redis is not None else MemoryRateLimiter()
    )
    app.state.limiter = limiter
    jobs = JobQueue(settings)
    jobs.use_sessionmaker(app.state.sessionmaker)
    app.state.jobs = jobs

    app.add_middleware(BodyLimitMiddleware, limit=settings.max_request_bytes)
    app.add_middleware(
        WebMiddleware,
        secure_cookies=settings.secure_cookies,
        default_locale=settings.default_locale,
        hsts=settings.base_url.startswith("https://"),
    )
    app.mount("/static", _Static(directory=STATIC_DIR), name="static")
    for module in (
        youth_endpoints,
        youth_pwa,
        removal_youth_endpoints,
        site_endpoints,
        auth_endpoints,
        cases_endpoints,
        audit_endpoints,
        centers_endpoints,
        detection_endpoints,
        hashing_endpoints,
        health_endpoints,
        removal_endpoints,
        reports_endpoints,
        chat_youth_pages,
        chat_staff_pages,
        chat_wrapup,
        chat_survey,
        chat_queue_pages,
        chat_canned_pages,
        chat_supervision_pages,
        chat_kakao_channel,
        chat_realtime,
        chat_queue_socket,
    ):
        app.include_router(module.router)

    _install_error_handlers(app)

    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(YouthSignInRequired)
    async def _youth_sign_in_required(request: Request, exc: YouthSignInRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": exc.code}, status_code=401)
        return RedirectResponse("/return", status_code=303)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": "login_required"}, status_code=401)
        return RedirectResponse("/staff/login", status_code=303)

    @app.exception_handler(DomainError)
    async def _domain_error(request: Request, exc: DomainError) -> Response:
        principal = getattr(request.state, "principal", None)
        if exc.status_code in (403, 404) and principal is not None:
            # The request's own transaction was rolled back; the refusal is recorded in its own.
            try:
                async with unit_of_work(request.app.state.sessionmaker) as uow:
                    await audit_service.record(
                        uow.session,
                        principal.actor,
                        "access.denied",
                        center_code=principal.center_code,
                        details={
                            "path": request.url.path,
                            "method": request.method,
                            "status": exc.status_code,
                        },
                    )
            except Exception:
                # The refusal itself must still be answered; the failure is logged for operators.
                log.exception("could not audit a refused access")
        if _wants_json(request):
            headers = {"www-authenticate": "Bearer"} if exc.status_code == 401 else None
            return JSONResponse(
                {"error": exc.code, "detail": exc.message}, status_code=exc.status_code, headers=headers
            )
        titles = {404: _("Not found"), 403: _("Not allowed"), 429: _("Too many requests")}
        messages = {
            "not_found": _("There is nothing here, or you do not have access to it."),
            "csrf": _("This form expired or came from another site. Go back, reload the page and try again."),
            "forbidden": _("Your role does not allow this action."),
        }
        return _error_page(
            request,
            exc.status_code,
            titles.get(exc.status_code, _("Something is wrong")),
            messages.get(exc.code, exc.message),
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            codes = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}
            return JSONResponse(
                {"error": codes.get(exc.status_code, "error"), "detail": str(exc.detail)},
                status_code=exc.status_code,
            )
        if exc.status_code == 404:
            return _error_page(
                request, 404, _("Not found"), _("There is nothing here, or you do not have access to it.")
            )
        if exc.status_code == 405:
            return _error_page(
                request, 405, _("Not allowed"), _("This address does not accept that request.")
            )
        return _error_page(request, exc.status_code, _("Something is wrong"), str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            errors: list[dict[str, Any]] = [
                {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                for e in exc.errors()
            ]
            return JSONResponse({"error": "invalid_request", "detail": errors}, status_code=422)
        # A path id that is not a number is just an address that does not exist.
        if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()):
            return _error_page(
                request, 404, _("Not found"), _("There is nothing here, or you do not have access to it.")
            )
        return _error_page(
            request,
            422,
            _("Something is wrong"),
            _("Some of what was sent is not valid. Go back and check the form."),
        )
