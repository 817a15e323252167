"""/tell as the device's outbox sends it (tell-offline.mjs + offline-queue.mjs, from the page or the service
worker): a fresh CSRF token from /tell/token in a header, the same multipart body and idempotency key however
often it is sent, a JSON answer. And bad input on /tell: clear Korean messages, answers kept, scripts as text."""

from __future__ import annotations

import re
import uuid

import httpx
from sqlalchemy import func, select

from ondam.kit.db import unit_of_work
from ondam.models import ReportEvidence, YouthReport
from ondam.reports.endpoints import MAX_FORM_BYTES
from tests.conftest import csrf_from
from tests.reports.factories import png_bytes

JSON = {"accept": "application/json"}


async def _outbox_send(
    client: httpx.AsyncClient,
    key: str,
    data: dict[str, str],
    files: list | None = None,  # type: ignore[type-arg]
) -> httpx.Response:
    """One send as the outbox does it: token first, then the kept form with the token in the header."""
    token = (await client.get("/tell/token")).json()["token"]
    return await client.post(
        "/tell",
        data={"idempotency_key": key, **data},
        files=files,
        headers={**JSON, "x-csrf-token": token},
    )


async def _counts(maker) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        reports = await uow.session.scalar(select(func.count()).select_from(YouthReport))
        evidence = await uow.session.scalar(select(func.count()).select_from(ReportEvidence))
    return int(reports or 0), int(evidence or 0)


async def test_the_token_endpoint_gives_this_browsers_csrf_token(client: httpx.AsyncClient) -> None:
    page = await client.get("/tell")
    token = await client.get("/tell/token")
    assert token.status_code == 200
    assert token.headers["cache-control"] == "no-store"
    assert token.json()["token"] == csrf_from(page.text)
    # The page tells its script where to get it, and keeps the answers' key for the outbox.
    assert 'data-token-url="/tell/token"' in page.text
    assert "data-offline-form" in page.text
    assert 'id="tell-status" class="outbox-status" role="status" aria-live="polite"' in page.text


async def test_a_kept_report_sent_three_times_makes_one_report_with_one_answer(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    key = str(uuid.uuid4())
    data = {"kind": "sextortion", "description": "오프라인에서 썼어요", "danger_now": "yes"}
    shot = png_bytes()
    answers = [
        await _outbox_send(client, key, data, [("evidence", ("shot.png", shot, "image/png"))])
        for _ in range(3)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200]
    first = answers[0].json()
    assert set(first) == {"reference", "danger_now", "credentials"}
    assert re.fullmatch(r"R-[0-9A-Z]{8}", first["reference"])
    assert first["danger_now"] is True
    assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", first["credentials"]["code"])
    assert re.fullmatch(r"\d{6}", first["credentials"]["pin"])
    assert all(a.json() == first for a in answers)  # a lost answer can be read again, the same
    assert answers[0].headers["cache-control"] == "no-store"
    assert await _counts(sessionmaker) == (1, 1)
    # The device is signed in with the new case code: its page shows the report.
    me = await client.get("/me")
    assert me.status_code == 200
    assert first["reference"] in me.text


async def test_the_same_key_for_other_answers_is_refused(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    key = str(uuid.uuid4())
    assert (await _outbox_send(client, key, {"kind": "grooming"})).status_code == 200
    other = await _outbox_send(client, key, {"kind": "threats"})
    assert other.status_code == 409
    assert await _counts(sessionmaker) == (1, 0)


async def test_a_refused_kept_report_gets_field_messages_in_korean_and_its_key_stays_free(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    key = str(uuid.uuid4())
    wrong = await _outbox_send(
        client,
        key,
        {"kind": "other", "urls": "javascript:alert(1)"},
        [("evidence", ("x.png", b"%PDF-1.4 not an image", "image/png"))],
    )
    assert wrong.status_code == 422
    body = wrong.json()
    assert body["error"] == "invalid"
    assert body["message"] == "확인이 필요한 답이 있어요. 아래에 표시했어요. 쓴 내용은 그대로 있어요."
    assert "urls" in body["fields"]
    no_kind = await _outbox_send(client, key, {"description": "무슨 일"})
    assert no_kind.json()["fields"] == {"kind": "어떤 일이 있었는지 골라 주세요."}
    bad_type = await _outbox_send(
        client, key, {"kind": "other"}, [("evidence", ("x.png", b"%PDF-1.4 not an image", "image/png"))]
    )
    assert bad_type.json()["fields"] == {"evidence": "캡처는 JPEG, PNG, WebP, GIF 이미지여야 해요."}
    assert await _counts(sessionmaker) == (0, 0)
    # Nothing was claimed: corrected, the same key goes through.
    fixed = await _outbox_send(client, key, {"kind": "other"})
    assert fixed.status_code == 200
    assert await _counts(sessionmaker) == (1, 0)


async def test_without_the_token_a_kept_report_is_refused(client: httpx.AsyncClient) -> None:
    await client.get("/tell")
    refused = await client.post(
        "/tell", data={"idempotency_key": str(uuid.uuid4()), "kind": "other"}, headers=JSON
    )
    assert refused.status_code == 403


# Bad input on the ordinary form (no JavaScript) -------------------------------------------------------------


async def _form_send(
    client: httpx.AsyncClient,
    data: dict[str, str],
    files: list | None = None,  # type: ignore[type-arg]
) -> httpx.Response:
    page = (await client.get("/tell")).text
    key = re.search(r'name="idempotency_key" value="([^"]+)"', page)
    assert key is not None
    body = {"csrf_token": csrf_from(page), "idempotency_key": key.group(1), **data}
    return await client.post("/tell", data=body, files=files)


async def test_bad_input_messages_are_korean_and_scripts_stay_text(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    script = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    answer = await _form_send(
        client,
        {"kind": "other", "description": script, "offender_accounts": script, "platform_other": "<b>앱</b>"},
        [("evidence", ("note.txt", b"just text, not a picture", "text/plain"))],
    )
    assert answer.status_code == 422
    page = answer.text
    assert "캡처는 JPEG, PNG, WebP, GIF 이미지여야 해요." in page
    assert 'id="evidence-error" class="error" role="alert"' in page
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page
    # The answers are kept, escaped: shown as text in the fields.
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
    assert page.count(escaped) == 2
    assert 'value="&lt;b&gt;앱&lt;/b&gt;"' in page
    assert 'value="other" required checked' in page
    assert await _counts(sessionmaker) == (0, 0)

    too_big = await _form_send(
        client,
        {"kind": "other"},
        [("evidence", ("big.png", b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024), "image/png"))],
    )
    assert too_big.status_code == 422
    assert "캡처 한 장은 5MB보다 작아야 해요." in too_big.text
    too_many = await _form_send(
        client, {"kind": "other"}, [("evidence", (f"{n}.png", png_bytes(), "image/png")) for n in range(6)]
    )
    assert "캡처는 최대 5장까지 고를 수 있어요." in too_many.text


async def test_an_oversized_form_is_refused_before_it_is_read(client: httpx.AsyncClient) -> None:
    page = (await client.get("/tell")).text
    refused = await client.post(
        "/tell",
        content=b"x" * 10,
        headers={
            "content-type": "multipart/form-data; boundary=x",
            "content-length": str(MAX_FORM_BYTES + 1),
            "x-csrf-token": csrf_from(page),
        },
    )
    assert refused.status_code == 413
    assert "캡처 용량이 합쳐서 너무 커요. 더 적거나 작은 것을 보내 주세요." in refused.text
