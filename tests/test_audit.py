"""The audit log: written with the change, covers reads, append-only, and tampering is detected."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from typer.testing import CliRunner

from ondam.access import Role
from ondam.audit import service as audit
from ondam.audit.service import Actor, ReasonRequired
from ondam.cli import app as cli_app
from ondam.kit.db import unit_of_work
from ondam.kit.settings import get_settings
from ondam.models import AuditEntry
from tests.conftest import PG_URL, raw_sql
from tests.factories import login, make_case, make_staff, post_form

ACTOR = Actor("staff", "7", "198.51.100.1", "req-1")


async def _write(maker, n: int) -> None:  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        for i in range(n):
            await audit.record(
                uow.session,
                ACTOR,
                "case.read",
                object_type="case",
                object_id=i,
                subject=f"case:{i}",
                center_code="seoul",
            )


async def _verify(maker):  # type: ignore[no-untyped-def]
    async with unit_of_work(maker) as uow:
        return await audit.verify(uow.session)


async def _disable_guards(url: str) -> None:
    """What an attacker with database rights would do first."""
    if PG_URL:
        await raw_sql(url, "ALTER TABLE audit_log DISABLE TRIGGER USER")
    else:
        await raw_sql(url, "DROP TRIGGER audit_log_no_update")
        await raw_sql(url, "DROP TRIGGER audit_log_no_delete")


async def test_chain_verifies(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 5)
    result = await _verify(sessionmaker)
    assert result.ok, result.problems
    assert result.checked == 5
    assert result.head_seq == 5


async def test_rows_link_to_each_other(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 3)
    async with unit_of_work(sessionmaker) as uow:
        rows = (await uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))).all()
    assert [r.seq for r in rows] == [1, 2, 3]
    assert rows[0].prev_hash == "0" * 64
    assert rows[1].prev_hash == rows[0].hash
    assert rows[2].prev_hash == rows[1].hash


async def test_rolled_back_change_leaves_no_audit_row(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError):
        async with unit_of_work(sessionmaker) as uow:
            await audit.record(uow.session, ACTOR, "case.read")
            raise RuntimeError("the change failed")
    await _write(sessionmaker, 1)
    result = await _verify(sessionmaker)
    assert result.ok
    assert result.checked == 1


async def test_database_refuses_update_and_delete(sessionmaker, db_url: str) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 2)
    for statement in (
        "UPDATE audit_log SET action = 'x' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
    ):
        with pytest.raises((IntegrityError, OperationalError, DBAPIError), match="append-only"):
            await raw_sql(db_url, statement)
    assert (await _verify(sessionmaker)).ok


async def test_edited_row_is_detected(sessionmaker, db_url: str) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 4)
    await _disable_guards(db_url)
    await raw_sql(db_url, "UPDATE audit_log SET subject = 'case:999' WHERE seq = 2")
    result = await _verify(sessionmaker)
    assert not result.ok
    assert any("row 2" in p and "edited" in p for p in result.problems)


async def test_deleted_row_is_detected(sessionmaker, db_url: str) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 4)
    await _disable_guards(db_url)
    await raw_sql(db_url, "DELETE FROM audit_log WHERE seq = 2")
    result = await _verify(sessionmaker)
    assert not result.ok
    assert any("missing" in p for p in result.problems)


async def test_deleted_last_row_is_detected(sessionmaker, db_url: str) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 3)
    await _disable_guards(db_url)
    await raw_sql(db_url, "DELETE FROM audit_log WHERE seq = 3")
    result = await _verify(sessionmaker)
    assert not result.ok
    assert any("head" in p for p in result.problems)


async def test_rehashed_forgery_without_the_key_is_detected(sessionmaker, db_url: str) -> None:  # type: ignore[no-untyped-def]
    """Recomputing a plain SHA-256 is not enough to forge a row: the chain is keyed."""
    import hashlib  # noqa: PLC0415

    await _write(sessionmaker, 2)
    await _disable_guards(db_url)
    forged = hashlib.sha256(b"forged").hexdigest()
    await raw_sql(db_url, f"UPDATE audit_log SET hash = '{forged}' WHERE seq = 2")
    await raw_sql(db_url, f"UPDATE audit_head SET hash = '{forged}' WHERE id = 1")
    assert not (await _verify(sessionmaker)).ok


async def test_export_needs_a_reason(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReasonRequired):
        async with unit_of_work(sessionmaker) as uow:
            await audit.record(uow.session, ACTOR, "case.export", reason="  ")


async def test_case_read_is_audited_with_whose_data(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    case_id = await make_case(sessionmaker)
    staff = await make_staff(sessionmaker, role=Role.COUNSELLOR)
    await login(client, sessionmaker, staff)
    assert (await client.get(f"/staff/cases/{case_id}")).status_code == 200
    async with unit_of_work(sessionmaker) as uow:
        entry = (await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "case.read"))).one()
    assert entry.actor_id == str(staff.id)
    assert entry.actor_type == "staff"
    assert entry.subject == f"case:{case_id}"
    assert entry.ip == "203.0.113.10"
    assert entry.request_id


async def test_export_over_http_records_the_reason(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    await make_case(sessionmaker, summary="must not appear in the export")
    staff = await make_staff(sessionmaker, role=Role.SUPERVISOR)
    await login(client, sessionmaker, staff)
    refused = await post_form(client, "/staff/cases/export", {"reason": ""}, page="/staff/cases")
    assert refused.status_code == 422
    assert "내보내는 이유를 적어 주세요" in refused.text
    response = await post_form(
        client, "/staff/cases/export", {"reason": "monthly review for the ministry"}, page="/staff/cases"
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "must not appear" not in response.text  # summaries are never exported
    async with unit_of_work(sessionmaker) as uow:
        entry = (
            await uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "case.export"))
        ).one()
    assert entry.reason == "monthly review for the ministry"
    assert json.loads(entry.details)["count"] == 1


async def test_auditor_sees_log_and_verifies(client: httpx.AsyncClient, sessionmaker) -> None:  # type: ignore[no-untyped-def]
    staff = await make_staff(sessionmaker, role=Role.AUDITOR)
    await login(client, sessionmaker, staff)
    page = await client.get("/staff/audit")
    assert page.status_code == 200
    assert "auth.signed_in" in page.text
    verified = await post_form(client, "/staff/audit/verify", {}, page="/staff/audit")
    assert verified.status_code == 200
    assert "감사 기록 체인이 온전합니다" in verified.text


def _cli(settings, *args: str):  # type: ignore[no-untyped-def]
    env = {
        "ONDAM_ENV": "test",
        "ONDAM_DATABASE_URL": settings.database_url,
        "ONDAM_AUDIT_KEY": settings.audit_key.get_secret_value(),
        "ONDAM_ENCRYPTION_KEYS": settings.encryption_keys.get_secret_value(),
        "ONDAM_SECRET_KEY": settings.secret_key.get_secret_value(),
        "ONDAM_DATA_DIR": str(settings.data_dir),
    }
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(cli_app, list(args), env=env)
    finally:
        get_settings.cache_clear()


async def test_cli_verify_passes_then_detects_tampering(sessionmaker, settings, db_url: str) -> None:  # type: ignore[no-untyped-def]
    await _write(sessionmaker, 3)
    import asyncio  # noqa: PLC0415

    ok = await asyncio.to_thread(_cli, settings, "audit", "verify")
    assert ok.exit_code == 0, ok.output
    assert "audit chain OK: 3 rows" in ok.output
    await _disable_guards(db_url)
    await raw_sql(db_url, "UPDATE audit_log SET actor_id = '1' WHERE seq = 1")
    broken = await asyncio.to_thread(_cli, settings, "audit", "verify")
    assert broken.exit_code == 1
    assert "BROKEN" in broken.output
    assert "row 1" in broken.output


async def test_concurrent_appends_keep_one_chain(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    import asyncio  # noqa: PLC0415

    await asyncio.gather(*(_write(sessionmaker, 3) for _ in range(5)))
    result = await _verify(sessionmaker)
    assert result.ok, result.problems
    assert result.checked == 15
    async with unit_of_work(sessionmaker) as uow:
        count = (await uow.session.execute(text("SELECT count(*) FROM audit_log"))).scalar_one()
    assert count == 15
