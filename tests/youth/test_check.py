"""The conversation check: paste or upload a chat, get the warning signs in plain words; nothing stored."""

from __future__ import annotations

import httpx

from tests.conftest import csrf_from

GROOMING = (
    "[별빛오빠] [오후 3:15] 너 몇 살이야? 중학생?\n"
    "[나] [오후 3:16] 중2요\n"
    "[별빛오빠] [오후 3:16] 너 진짜 또래보다 성숙하다\n"
    "[별빛오빠] [오후 3:17] 이건 우리 둘만의 비밀이야 부모님한테 말하지 마\n"
    "[별빛오빠] [오후 3:18] 사진 하나만 보내줘 얼굴 보고 싶어\n"
    "[별빛오빠] [오후 3:19] 텔레로 옮기자 거기가 편해\n"
    "[나] [오후 3:20] 음..\n"
    "[별빛오빠] [오후 3:21] 토요일에 만나자 용돈 줄게 역 앞으로 나와\n"
)


async def _post(client: httpx.AsyncClient, data: dict[str, str], files: dict | None = None) -> httpx.Response:  # type: ignore[type-arg]
    token = csrf_from((await client.get("/check")).text)
    return await client.post("/check", data={**data, "csrf_token": token}, files=files)


async def test_grooming_chat_is_explained(client: httpx.AsyncClient) -> None:
    response = await _post(client, {"chat": GROOMING})
    assert response.status_code == 200
    page = response.text
    assert "no-store" in response.headers["cache-control"]
    assert 'class="check-result level-high"' in page or 'class="check-result level-urgent"' in page
    assert "사진 하나만 보내줘" in page  # the message that shows the sign is quoted
    assert "1388" in page


async def test_ordinary_chat_finds_no_clear_signs(client: httpx.AsyncClient) -> None:
    chat = "엄마: 오늘 저녁 뭐 먹을래?\n나: 떡볶이!\n엄마: 학원 끝나면 전화해\n나: 응 9시에 끝나"
    response = await _post(client, {"chat": chat})
    assert response.status_code == 200
    assert 'class="check-result level-none"' in response.text


async def test_text_file_export_is_accepted(client: httpx.AsyncClient) -> None:
    files = {"file": ("KakaoTalk_chat.txt", GROOMING.encode("utf-16"), "text/plain")}
    response = await _post(client, {"chat": ""}, files)
    assert response.status_code == 200
    assert "사진 하나만 보내줘" in response.text


async def test_bad_input_gets_a_clear_message(client: httpx.AsyncClient) -> None:
    empty = await _post(client, {"chat": "  "})
    assert empty.status_code == 400
    assert 'role="alert"' in empty.text
    binary = await _post(
        client, {"chat": ""}, {"file": ("photo.txt", b"\x89PNG\r\n\x00\x00\x00", "text/plain")}
    )
    assert binary.status_code == 415
    big = await _post(client, {"chat": ""}, {"file": ("big.txt", b"a" * 200_001, "text/plain")})
    assert big.status_code == 413
    script = await _post(
        client, {"chat": GROOMING + "[별빛오빠] [오후 3:22] <script>alert(1)</script> 사진 보내줘"}
    )
    assert script.status_code == 200
    assert "<script>alert(1)</script>" not in script.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 사진 보내줘" in script.text


async def test_checks_are_rate_limited(client: httpx.AsyncClient) -> None:
    from ondam.youth.endpoints import CHECKS_PER_IP_PER_10_MIN  # noqa: PLC0415

    statuses = [
        (await _post(client, {"chat": "A: 안녕"})).status_code for _ in range(CHECKS_PER_IP_PER_10_MIN + 1)
    ]
    assert statuses[-1] == 429
    assert set(statuses[:-1]) == {200}
