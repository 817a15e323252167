"""The partner API contract: token per platform, one message at a time, clear 4xx for bad input."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from ondam.kit.db import unit_of_work
from ondam.models import DetectConversation
from ondam.partners.service import create_platform

KEYS = {"score", "flagged", "first_flag_index", "level", "categories", "evidence"}


async def _token(maker, name: str = "platform-a", limit: int = 600) -> str:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        _, token = await create_platform(uow.session, name, rate_limit_per_minute=limit)
    return token


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


async def test_token_is_required(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    body = {"text": "안녕"}
    missing = await client.post("/api/v1/detect/texts", json=body)
    assert missing.status_code == 401
    assert missing.json()["error"] == "invalid_token"
    wrong = await client.post("/api/v1/detect/texts", json=body, headers=_auth("ondam_pt_nope"))
    assert wrong.status_code == 401


async def test_conversation_is_scored_message_by_message(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    token = await _token(sessionmaker)
    messages = [
        "안녕 ㅎㅎ",
        "너 몇 살이야?",
        "사진 보내줘",
        "부모님한테는 비밀로 해",
        "용돈 줄게 오늘 만나자",
    ]
    results = []
    for text in messages:
        r = await client.post(
            "/api/v1/detect/messages",
            headers=_auth(token),
            json={"conversation_id": "room-1", "message": {"speaker": "u2", "text": text}},
        )
        assert r.status_code == 200, r.text
        results.append(r.json())
    assert [r["message_index"] for r in results] == [0, 1, 2, 3, 4]
    assert set(results[-1]) >= KEYS
    assert {"age_probe", "image_request"} <= set(results[-1]["categories"])
    assert all(0 <= r["score"] <= 1 for r in results)
    # The stored state holds numbers and categories only, never the text.
    async with unit_of_work(sessionmaker) as uow:
        row = (await uow.session.scalars(select(DetectConversation))).one()
    assert row.message_count == 5
    assert "사진" not in row.state
    assert "room-1" not in row.conversation_key


async def test_platforms_do_not_share_conversations(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    a, b = await _token(sessionmaker, "a"), await _token(sessionmaker, "b")
    body = {"conversation_id": "same-id", "message": {"text": "안녕"}}
    assert (await client.post("/api/v1/detect/messages", headers=_auth(a), json=body)).json()[
        "message_index"
    ] == 0
    assert (await client.post("/api/v1/detect/messages", headers=_auth(b), json=body)).json()[
        "message_index"
    ] == 0


async def test_texts(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    token = await _token(sessionmaker)
    r = await client.post(
        "/api/v1/detect/texts", headers=_auth(token), json={"text": "ㅈㄱ 가능 여 17 고페이"}
    )
    assert r.status_code == 200
    assert set(r.json()) >= KEYS
    assert r.json()["first_flag_index"] is None


async def test_bad_input_gets_a_clear_4xx(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    token = await _token(sessionmaker)
    h = _auth(token)
    url = "/api/v1/detect/messages"
    cases = [
        {},
        {"conversation_id": "", "message": {"text": "x"}},
        {"conversation_id": "c", "message": {"text": 5}},
        {"conversation_id": "c", "message": "just a string"},
        {"conversation_id": "c", "message": {"text": "가" * 100_000}},
        {"conversation_id": "c", "message": {"text": "x"}, "surprise": True},
    ]
    for body in cases:
        r = await client.post(url, headers=h, json=body)
        assert r.status_code == 422, body
        assert r.json()["error"] == "invalid_request"
    not_utf8 = await client.post(
        url,
        headers={**h, "content-type": "application/json"},
        content=b'{"conversation_id": "c", "message": {"text": "\xff\xfe"}}',
    )
    assert not_utf8.status_code == 400
    assert not_utf8.json()["error"] == "bad_request"
    not_json = await client.post(url, headers={**h, "content-type": "application/json"}, content=b"{nope")
    assert not_json.status_code == 422
    # The service still works after all that.
    ok = await client.post(url, headers=h, json={"conversation_id": "c", "message": {"text": "안녕"}})
    assert ok.status_code == 200


async def test_rate_limit_per_platform(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    token = await _token(sessionmaker, "small", limit=2)
    statuses = [
        (await client.post("/api/v1/detect/texts", headers=_auth(token), json={"text": "hi"})).status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
