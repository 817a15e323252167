from __future__ import annotations

import httpx

from tests.factories import login, make_staff


async def test_youth_start_page_is_korean_by_default(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    assert '<html lang="ko">' in response.text
    assert "빠른 나가기" in response.text


async def test_demo_style_login_reaches_staff_home(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    home = await client.get("/staff")
    assert home.status_code == 200
    assert staff.username in home.text
