"""The web shell: security headers, CSP without inline scripts, CSRF on every form, languages, health."""

from __future__ import annotations

import re

import httpx
import pytest

from ondam.app import create_app
from ondam.kit.settings import Settings
from ondam.kit.web import CSP
from tests.conftest import all_routes, csrf_from
from tests.factories import login, make_case, make_staff

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style|\sstyle\s*=", re.IGNORECASE)


async def _pages(client: httpx.AsyncClient, new_client, sessionmaker) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from ondam.access import Role  # noqa: PLC0415

    pages = {url: (await client.get(url)).text for url in ("/", "/staff/login", "/api/docs", "/nope")}
    case_id = await make_case(sessionmaker)
    supervisor = await make_staff(sessionmaker, role=Role.SUPERVISOR)
    await login(client, sessionmaker, supervisor)
    for url in ("/staff", "/staff/cases", f"/staff/cases/{case_id}"):
        pages[url] = (await client.get(url)).text
    auditor = await make_staff(sessionmaker, role=Role.AUDITOR)
    other = new_client()
    await login(other, sessionmaker, auditor)
    pages["/staff/audit"] = (await other.get("/staff/audit")).text
    return pages


async def test_no_inline_script_style_or_handlers(
    client: httpx.AsyncClient, new_client, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    for url, html in (await _pages(client, new_client, sessionmaker)).items():
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_HANDLER.search(html), url
        assert not INLINE_STYLE.search(html), url
        assert "http://" not in html.replace("http://127.0.0.1:8000", "") or url == "/api/docs", url


async def test_security_headers_on_pages(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    headers = response.headers
    assert headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP
    assert "unsafe-inline" not in CSP
    assert "frame-ancestors 'none'" in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"
    assert re.fullmatch(r"[0-9a-f]{16}", headers["x-request-id"])
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


async def test_request_id_is_taken_from_a_proxy_when_sane(client: httpx.AsyncClient) -> None:
    good = await client.get("/healthz", headers={"x-request-id": "abcDEF123456"})
    assert good.headers["x-request-id"] == "abcDEF123456"
    bad = await client.get("/healthz", headers={"x-request-id": "<script>"})
    assert bad.headers["x-request-id"] != "<script>"


async def test_static_files_are_cacheable_when_versioned(client: httpx.AsyncClient) -> None:
    html = (await client.get("/")).text
    url = re.search(r'href="(/static/css/base\.css\?v=[0-9a-f]+)"', html)
    assert url
    response = await client.get(url.group(1))
    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]
    assert (await client.get("/static/css/base.css")).headers["cache-control"] == "no-cache"


async def test_every_unsafe_route_requires_a_csrf_token(app, client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    unsafe = [(m, r.path) for r in all_routes(app) for m in r.methods - {"GET", "HEAD", "OPTIONS"}]
    assert unsafe, "no form routes found"
    for method, path in unsafe:
        if path.startswith("/api/"):
            continue  # JSON API: token auth, no cookies
        url = path.replace("{case_id}", "1")
        missing = await client.request(method, url, data={"x": "1"})
        assert missing.status_code == 403, (method, path)
        wrong = await client.request(method, url, data={"csrf_token": "0" * 64})
        assert wrong.status_code == 403, (method, path)
    assert (await client.get("/staff")).status_code == 200  # still signed in


async def test_cross_origin_post_is_refused_even_with_a_token(client: httpx.AsyncClient) -> None:
    token = csrf_from((await client.get("/staff/login")).text)
    response = await client.post(
        "/staff/login",
        data={"csrf_token": token, "username": "a", "password": "b"},
        headers={"origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert "입력 양식이 만료되었거나" in response.text


async def test_fetch_metadata_decides_when_present(client: httpx.AsyncClient) -> None:
    token = csrf_from((await client.get("/")).text)
    form = {"csrf_token": token, "lang": "en", "next": "/"}
    # Chromium sends Origin: null for some same-site posts; Sec-Fetch-Site says where it really came from.
    same = await client.post("/lang", data=form, headers={"origin": "null", "sec-fetch-site": "same-origin"})
    assert same.status_code == 303
    cross = await client.post("/lang", data=form, headers={"sec-fetch-site": "cross-site"})
    assert cross.status_code == 403
    opaque = await client.post("/lang", data=form, headers={"origin": "null"})
    assert opaque.status_code == 403


async def test_korean_is_the_default_language(client: httpx.AsyncClient) -> None:
    html = (await client.get("/")).text
    assert '<html lang="ko">' in html
    assert "혼자가 아니에요" in html


async def test_accept_language_english(client: httpx.AsyncClient) -> None:
    html = (await client.get("/", headers={"accept-language": "en-US,en;q=0.9,ko;q=0.5"})).text
    assert '<html lang="en">' in html
    assert "You are not alone" in html
    assert "Police" in html  # reference data in the chosen language too
    unknown = (await client.get("/", headers={"accept-language": "fr-FR"})).text
    assert '<html lang="ko">' in unknown


async def test_language_switch_sets_a_cookie_and_returns(client: httpx.AsyncClient) -> None:
    token = csrf_from((await client.get("/staff/login")).text)
    response = await client.post("/lang", data={"csrf_token": token, "lang": "en", "next": "/staff/login"})
    assert response.status_code == 303
    assert response.headers["location"] == "/staff/login"
    assert "Sign in" in (await client.get("/staff/login")).text
    # The cookie wins over the browser's Accept-Language.
    html = (await client.get("/", headers={"accept-language": "ko"})).text
    assert '<html lang="en">' in html


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil.example"])
async def test_language_switch_is_not_an_open_redirect(client: httpx.AsyncClient, target: str) -> None:
    token = csrf_from((await client.get("/")).text)
    response = await client.post("/lang", data={"csrf_token": token, "lang": "en", "next": target})
    assert response.headers["location"] == "/"


async def test_not_found_page(client: httpx.AsyncClient) -> None:
    response = await client.get("/does-not-exist")
    assert response.status_code == 404
    assert "찾을 수 없음" in response.text
    api = await client.get("/api/v1/does-not-exist")
    assert api.status_code == 404
    assert api.json()["error"]


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_when_everything_is_up(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "jobs": "ok", "events": "ok"}


async def test_readyz_fails_when_the_database_is_down(settings: Settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if settings.is_sqlite:
        down_url = f"sqlite+aiosqlite:///{tmp_path}/no/such/dir/ondam.sqlite3"
    else:
        down_url = "postgresql+asyncpg://postgres@127.0.0.1:1/ondam"  # nothing listens on port 1
    broken = settings.model_copy(update={"database_url": down_url})
    app = create_app(broken, configure_logging=False)
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            response = await c.get("/readyz")
            assert response.status_code == 503
            body = response.json()
            assert body["status"] == "unavailable"
            assert body["checks"]["database"].startswith("error")
            assert (await c.get("/healthz")).status_code == 200  # alive, just not ready
    finally:
        await app.state.pubsub.close()
        if app.state.redis is not None:
            await app.state.redis.aclose()
        await app.state.engine.dispose()


async def test_api_docs_and_openapi(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    assert "/api/v1/centers" in spec["paths"]
    assert "/readyz" in spec["paths"]
    assert not any(p.startswith("/staff") for p in spec["paths"])  # HTML pages are not API
    docs = await client.get("/api/docs")
    assert docs.status_code == 200
    assert "/api/v1/centers" in docs.text
    assert "<script" not in docs.text
