"""Anonymous case code + PIN: come back from any device, wrong guesses refused and slowed, data deletion."""

from __future__ import annotations

import json

import httpx
from sqlalchemy import select

from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, YouthContact
from ondam.youth import service
from tests.factories import make_youth, post_form, youth_login


async def test_code_and_pin_sign_in_from_another_device(
    client: httpx.AsyncClient, new_client, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    assert len(youth.code) == 10
    assert len(youth.pin) == 6
    await youth_login(client, youth)
    page = await client.get("/me")
    assert page.status_code == 200
    assert "no-store" in page.headers["cache-control"]
    # Another device, the code typed in lower case with a dash and spaces.
    other = new_client()
    typed = f" {youth.code[:5].lower()}-{youth.code[5:].lower()} "
    response = await post_form(other, "/return", {"code": typed, "pin": youth.pin}, page="/return")
    assert response.status_code == 303


async def test_database_keeps_neither_code_nor_pin(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    async with unit_of_work(sessionmaker) as uow:
        contact = await uow.session.get(YouthContact, youth.id)
        assert contact is not None
        assert youth.code not in contact.code_digest
        assert youth.pin not in contact.pin_hash
        assert contact.pin_hash.startswith("$argon2")


async def test_wrong_pin_and_unknown_code_get_the_same_answer(
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    wrong_pin = await post_form(client, "/return", {"code": youth.code, "pin": "000000"}, page="/return")
    unknown = await post_form(client, "/return", {"code": "ZZZZZ-ZZZZZ", "pin": youth.pin}, page="/return")
    assert wrong_pin.status_code == unknown.status_code == 401
    assert "맞지 않아요" in wrong_pin.text
    strip = lambda html: html.split('name="code"')[0]  # noqa: E731 - the typed code is echoed back
    assert strip(wrong_pin.text).replace(youth.code, "X") == strip(unknown.text).replace("ZZZZZ-ZZZZZ", "X")
    assert (await client.get("/me")).status_code == 303


async def test_five_wrong_pins_lock_the_code(new_client, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    for attempt in range(service.MAX_PIN_FAILURES):
        browser = new_client(ip=f"198.51.100.{attempt + 1}")  # different networks: the lock is per code
        response = await post_form(browser, "/return", {"code": youth.code, "pin": "999999"}, page="/return")
        assert response.status_code == 401
    browser = new_client(ip="198.51.100.99")
    locked = await post_form(browser, "/return", {"code": youth.code, "pin": youth.pin}, page="/return")
    assert locked.status_code == 423
    async with unit_of_work(sessionmaker) as uow:
        actions = (await uow.session.scalars(select(AuditEntry.action))).all()
        failed = (
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "youth.signin_failed"))
        ).all()
    assert actions.count("youth.signin_failed") == service.MAX_PIN_FAILURES + 1
    assert json.loads(failed[-2].details)["locked"] is True
    # The audit log names neither the address nor the code typed.
    for entry in failed:
        assert entry.ip is None
        assert youth.code not in entry.details


async def test_guessing_codes_is_rate_limited_per_address(
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    statuses = []
    for n in range(service.ATTEMPTS_PER_IP_PER_10_MIN + 2):
        guess = f"ABCDE{n:05d}".replace("0", "2").replace("1", "3")
        response = await post_form(client, "/return", {"code": guess, "pin": "123456"}, page="/return")
        statuses.append(response.status_code)
    assert statuses[: service.ATTEMPTS_PER_IP_PER_10_MIN] == [401] * service.ATTEMPTS_PER_IP_PER_10_MIN
    assert statuses[-1] == 429
    async with unit_of_work(sessionmaker) as uow:
        throttled = (
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "youth.signin_throttled"))
        ).all()
    assert throttled


async def test_empty_fields_get_a_clear_message(client: httpx.AsyncClient) -> None:
    response = await post_form(client, "/return", {"code": "", "pin": ""}, page="/return")
    assert response.status_code == 400
    assert 'role="alert"' in response.text


async def test_forget_this_device_signs_out(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    await youth_login(client, youth)
    response = await post_form(client, "/me/forget", {}, page="/me")
    assert response.status_code == 303
    assert (await client.get("/me")).status_code == 303
    assert (await client.get("/me")).headers["location"] == "/return"


async def test_deleting_my_data_stops_the_code(
    client: httpx.AsyncClient, new_client, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    youth = await make_youth(sessionmaker, settings)
    await youth_login(client, youth)
    unconfirmed = await post_form(client, "/me/delete", {}, page="/me")
    assert unconfirmed.status_code == 400
    done = await post_form(client, "/me/delete", {"confirm": "yes"}, page="/me")
    assert done.status_code == 200
    assert (await client.get("/me")).status_code == 303
    again = await post_form(new_client(), "/return", {"code": youth.code, "pin": youth.pin}, page="/return")
    assert again.status_code == 401
    async with unit_of_work(sessionmaker) as uow:
        contact = await uow.session.get(YouthContact, youth.id)
        assert contact is not None
        assert contact.status == "deleted"


def test_session_token_is_signed_and_expires(settings) -> None:  # type: ignore[no-untyped-def]
    token = service.session_token(settings, 42, now=1_000_000)
    assert service.read_session_token(settings, token, now=1_000_100) == 42
    assert service.read_session_token(settings, token, now=1_000_000 + service.SESSION_SECONDS + 1) is None
    forged = token.replace("42.", "43.", 1)
    assert service.read_session_token(settings, forged, now=1_000_100) is None
    assert service.read_session_token(settings, "garbage", now=1_000_100) is None
