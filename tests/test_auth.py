"""Staff sign-in: password + TOTP, clear refusals, lock-out, enrolment, sessions and sign-out."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import select

from ondam.access import Role
from ondam.kit import clock, totp
from ondam.kit.db import unit_of_work
from ondam.models import AuditEntry, StaffSession, StaffUser
from tests.conftest import csrf_from
from tests.factories import fresh_code, login, make_staff, post_form


async def _password(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    return await post_form(client, "/staff/login", {"username": username, "password": password})


async def _audit_actions(maker) -> list[str]:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        return list((await uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq))).all())


async def test_password_and_totp_sign_in(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    home = await client.get("/staff")
    assert home.status_code == 200
    assert f"Test {staff.username}" in home.text
    assert "auth.signed_in" in await _audit_actions(sessionmaker)


async def test_password_alone_does_not_open_the_console(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    response = await _password(client, staff.username, staff.password)
    assert response.headers["location"] == "/staff/login/code"
    home = await client.get("/staff")
    assert home.status_code == 303
    assert home.headers["location"] == "/staff/login"


async def test_wrong_password_is_refused_with_a_clear_message(
    client: httpx.AsyncClient, sessionmaker
) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    response = await _password(client, staff.username, "not the password at all")
    assert response.status_code == 401
    assert "아이디 또는 비밀번호가 올바르지 않습니다." in response.text
    unknown = await _password(client, "nobody-here", "not the password at all")
    assert unknown.status_code == 401
    assert "아이디 또는 비밀번호가 올바르지 않습니다." in unknown.text  # same answer: no user enumeration


async def test_wrong_totp_is_refused_with_a_clear_message(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await _password(client, staff.username, staff.password)
    good = await fresh_code(sessionmaker, staff)
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    response = await post_form(client, "/staff/login/code", {"code": wrong}, page="/staff/login/code")
    assert response.status_code == 401
    assert "코드가 맞지 않거나 이미 사용된 코드입니다." in response.text
    assert (await client.get("/staff")).status_code == 303


async def test_a_totp_code_cannot_be_used_twice(client: httpx.AsyncClient, new_client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await _password(client, staff.username, staff.password)
    code = await fresh_code(sessionmaker, staff)
    ok = await post_form(client, "/staff/login/code", {"code": code}, page="/staff/login/code")
    assert ok.status_code == 303
    other = new_client()
    await _password(other, staff.username, staff.password)
    replay = await post_form(other, "/staff/login/code", {"code": code}, page="/staff/login/code")
    assert replay.status_code == 401


async def test_lockout_after_repeated_failures(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    for _ in range(settings.login_max_failures):
        assert (await _password(client, staff.username, "wrong password 123")).status_code == 401
    # Locked now: the right password is refused with a clear message ...
    locked = await _password(client, staff.username, staff.password)
    assert locked.status_code == 423
    assert "로그인 실패가 너무 많아 계정이 잠겼습니다" in locked.text
    # ... while a wrong one gets the usual answer, so nobody learns which user names exist.
    guess = await _password(client, staff.username, "another wrong one")
    assert guess.status_code == 401
    assert "아이디 또는 비밀번호가 올바르지 않습니다." in guess.text
    assert (await client.get("/staff")).status_code == 303
    # After the lock-out period the account works again.
    clock.advance(timedelta(minutes=settings.login_lockout_minutes + 1))
    await login(client, sessionmaker, staff)
    actions = await _audit_actions(sessionmaker)
    assert "auth.locked" in actions
    assert "auth.refused_locked" in actions


async def test_failed_totp_codes_count_towards_lockout(
    client: httpx.AsyncClient, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await _password(client, staff.username, staff.password)
    last = None
    for _ in range(settings.login_max_failures):
        last = await post_form(client, "/staff/login/code", {"code": "000000"}, page="/staff/login/code")
        if last.status_code == 423:
            break
    assert last is not None
    assert last.status_code == 423
    assert "계정이 잠겼습니다" in last.text
    async with unit_of_work(sessionmaker) as uow:
        user = await uow.session.get(StaffUser, staff.id)
        assert user is not None
        assert user.locked_until is not None


async def test_locked_account_message_in_english(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    client.cookies.set("ondam_lang", "en")
    for _ in range(settings.login_max_failures):
        await _password(client, staff.username, "wrong password 123")
    response = await _password(client, staff.username, staff.password)
    assert response.status_code == 423
    assert "This account is locked" in response.text


async def test_login_throttled_per_address(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    html = (await client.get("/staff/login")).text
    token = csrf_from(html)
    statuses = []
    for i in range(settings.login_ip_limit_per_minute + 1):
        r = await client.post(
            "/staff/login", data={"username": f"user{i}", "password": "x" * 12, "csrf_token": token}
        )
        statuses.append(r.status_code)
    assert statuses[-1] == 429
    assert set(statuses[:-1]) == {401}


async def test_enrolment_with_qr_code_at_first_sign_in(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker, enrolled=False)
    response = await _password(client, staff.username, staff.password)
    assert response.headers["location"] == "/staff/enrol"
    page = await client.get("/staff/enrol")
    assert page.status_code == 200
    assert 'src="data:image/svg+xml' in page.text
    async with unit_of_work(sessionmaker) as uow:
        user = await uow.session.get(StaffUser, staff.id)
        assert user is not None
        assert user.totp_secret
        secret = user.totp_secret
    assert secret in page.text
    # The same secret is shown on reload until enrolment succeeds.
    assert secret in (await client.get("/staff/enrol")).text
    bad = await post_form(
        client,
        "/staff/enrol",
        {"code": "123456" if totp.code_at(secret, clock.utcnow()) != "123456" else "654321"},
        page="/staff/enrol",
    )
    assert bad.status_code == 401
    done = await post_form(
        client, "/staff/enrol", {"code": totp.code_at(secret, clock.utcnow())}, page="/staff/enrol"
    )
    assert done.status_code == 303
    assert done.headers["location"] == "/staff"
    assert (await client.get("/staff")).status_code == 200
    assert "auth.totp_enrolled" in await _audit_actions(sessionmaker)


async def test_session_token_changes_after_second_factor(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await _password(client, staff.username, staff.password)
    pending = client.cookies.get("ondam_staff")
    await post_form(
        client, "/staff/login/code", {"code": await fresh_code(sessionmaker, staff)}, page="/staff/login/code"
    )
    full = client.cookies.get("ondam_staff")
    assert pending
    assert full
    assert pending != full


async def test_idle_timeout(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    clock.advance(timedelta(minutes=settings.session_idle_minutes - 5))
    assert (await client.get("/staff")).status_code == 200
    clock.advance(timedelta(minutes=settings.session_idle_minutes + 1))
    response = await client.get("/staff")
    assert response.status_code == 303
    assert response.headers["location"] == "/staff/login"


async def test_absolute_timeout(client: httpx.AsyncClient, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    for _ in range(settings.session_absolute_hours * 60 // 20):
        clock.advance(timedelta(minutes=20))  # stays active, never idle
        if (await client.get("/staff")).status_code != 200:
            break
    assert (await client.get("/staff")).status_code == 303


async def test_sign_out(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    token = client.cookies.get("ondam_staff")
    response = await post_form(client, "/staff/logout", {}, page="/staff")
    assert response.status_code == 303
    # The old token is dead on the server, not only deleted from the browser.
    client.cookies.set("ondam_staff", token or "")
    assert (await client.get("/staff")).status_code == 303


async def test_sign_out_everywhere(client: httpx.AsyncClient, new_client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker)
    await login(client, sessionmaker, staff)
    laptop = new_client()
    await login(laptop, sessionmaker, staff)
    assert (await laptop.get("/staff")).status_code == 200
    response = await post_form(client, "/staff/logout-everywhere", {}, page="/staff")
    assert response.status_code == 303
    assert (await laptop.get("/staff")).status_code == 303
    async with unit_of_work(sessionmaker) as uow:
        live = (
            await uow.session.scalars(
                select(StaffSession).where(
                    StaffSession.user_id == staff.id, StaffSession.revoked_at.is_(None)
                )
            )
        ).all()
        assert live == []


async def test_inactive_account_cannot_sign_in(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker, active=False)
    response = await _password(client, staff.username, staff.password)
    assert response.status_code == 401


async def test_every_role_can_sign_in(client: httpx.AsyncClient, new_client, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    for role in Role:
        staff = await make_staff(sessionmaker, role=role)
        browser = new_client()
        await login(browser, sessionmaker, staff)
        assert (await browser.get("/staff")).status_code == 200


async def test_old_password_hashes_are_upgraded_at_sign_in(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher  # noqa: PLC0415

    staff = await make_staff(sessionmaker)
    weaker = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1).hash(staff.password)
    async with unit_of_work(sessionmaker) as uow:
        user = await uow.session.get(StaffUser, staff.id)
        assert user is not None
        user.password_hash = weaker
    await login(client, sessionmaker, staff)
    async with unit_of_work(sessionmaker) as uow:
        user = await uow.session.get(StaffUser, staff.id)
        assert user is not None
        assert user.password_hash != weaker
        assert "m=1024" in user.password_hash  # the parameters in force (cheap ones in tests)
