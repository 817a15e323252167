"""The hash bank: strict validation, dedupe within a case, encryption at rest, withdrawal as tombstones."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select, text

from ondam.audit.service import Actor
from ondam.hashing import bank
from ondam.hashing.schemas import MIN_PDQ_QUALITY, NewHash
from ondam.kit.db import unit_of_work
from ondam.kit.errors import NotFound
from ondam.models import AuditEntry, BankChange, BankHash, RemovalCase
from tests.hashing.factories import make_removal_case_with_hashes, synthetic_md5, synthetic_pdq

PDQ = synthetic_pdq(1)
OFFICER = Actor("staff", "1")


def _error_type(**fields: object) -> str:
    with pytest.raises(ValidationError) as caught:
        NewHash(**fields)
    return str(caught.value.errors()[0]["type"])


def test_valid_hashes_are_normalised_to_lower_case() -> None:
    pdq = NewHash(signal_type="pdq", value=f"  {PDQ.upper()} ", quality=80)
    assert pdq.value == PDQ
    assert pdq.media_kind == "image"
    md5 = NewHash(signal_type="md5", value="9E107D9D372BB6826BD81D3542A419D6", media_kind="video")
    assert md5.value == "9e107d9d372bb6826bd81d3542a419d6"
    assert md5.quality is None
    assert NewHash(signal_type="sha256", value="ab" * 32).value == "ab" * 32


def test_wrong_lengths_and_characters_are_refused() -> None:
    assert _error_type(signal_type="pdq", value=PDQ[:-1], quality=90) == "bad_value"
    assert _error_type(signal_type="pdq", value=PDQ[:-1] + "g", quality=90) == "bad_value"
    assert _error_type(signal_type="md5", value="ab" * 32) == "bad_value"  # a SHA-256 is not an MD5
    assert _error_type(signal_type="sha256", value="ab" * 16) == "bad_value"
    assert _error_type(signal_type="sha256", value="") == "bad_value"
    assert _error_type(signal_type="photodna", value=PDQ) == "literal_error"
    assert _error_type(signal_type="md5", value="ab" * 16, extra="x") == "extra_forbidden"


def test_pdq_quality_rules() -> None:
    assert _error_type(signal_type="pdq", value=PDQ) == "quality_required"
    assert _error_type(signal_type="pdq", value=PDQ, quality=MIN_PDQ_QUALITY - 1) == "low_quality"
    assert NewHash(signal_type="pdq", value=PDQ, quality=MIN_PDQ_QUALITY).quality == MIN_PDQ_QUALITY
    assert _error_type(signal_type="pdq", value=PDQ, quality=101) == "less_than_equal"
    assert _error_type(signal_type="pdq", value=PDQ, quality=-1) == "greater_than_equal"
    assert _error_type(signal_type="md5", value="ab" * 16, quality=90) == "quality_not_applicable"
    assert _error_type(signal_type="pdq", value=PDQ, quality=90, media_kind="video") == "pdq_needs_image"
    with pytest.raises(ValidationError) as caught:
        NewHash(signal_type="pdq", value=PDQ, quality=12)
    assert "match badly" in str(caught.value)


async def test_duplicates_within_a_case_are_skipped(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=0)
    first = [
        NewHash(signal_type="pdq", value=PDQ, quality=90),
        NewHash(signal_type="pdq", value=PDQ.upper(), quality=70),  # the same hash, typed differently
        NewHash(signal_type="md5", value=synthetic_md5(1)),
    ]
    async with unit_of_work(sessionmaker) as uow:
        added = await bank.add_hashes(uow.session, made.case_id, first, added_by="youth", settings=settings)
        assert [h.signal_type for h in added] == ["pdq", "md5"]
    again = [
        NewHash(signal_type="pdq", value=PDQ, quality=95),
        NewHash(signal_type="sha256", value="cd" * 32),
    ]
    async with unit_of_work(sessionmaker) as uow:
        added = await bank.add_hashes(uow.session, made.case_id, again, added_by="youth", settings=settings)
        assert [h.signal_type for h in added] == ["sha256"]
    # Another case may hold the same hash: dedupe is per case.
    other = await make_removal_case_with_hashes(sessionmaker, settings, hashes=[first[0]])
    assert len(other.hash_ids) == 1
    async with unit_of_work(sessionmaker) as uow:
        db = uow.session
        assert await db.scalar(select(func.count(BankHash.id)).where(BankHash.case_id == made.case_id)) == 3
        kinds = (await db.scalars(select(BankChange.kind))).all()
        assert kinds == ["added"] * 4  # one change per new hash, none for duplicates
        rows = (
            await db.scalars(
                select(AuditEntry).where(AuditEntry.action == "bank.hashes_added").order_by(AuditEntry.seq)
            )
        ).all()
    details = [json.loads(r.details) for r in rows]
    assert [(d["added"], d["duplicates"]) for d in details[1:3]] == [(2, 1), (1, 1)]
    assert details[1]["by_type"] == {"pdq": 1, "md5": 1}
    assert rows[1].subject == f"removal_case:{made.case_id}"
    assert rows[1].actor_type == "youth"


async def test_hash_values_are_encrypted_at_rest(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    made = await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="pdq", value=PDQ, quality=90)]
    )
    async with unit_of_work(sessionmaker) as uow:
        raw = (await uow.session.execute(text("SELECT value, value_digest FROM bank_hashes"))).one()
        row = await uow.session.get(BankHash, made.hash_ids[0])
        assert row is not None
        assert row.value == PDQ  # the application reads it back
    stored, digest = raw
    assert PDQ not in stored
    assert stored.startswith("enc1:")
    assert digest != PDQ
    assert PDQ not in digest
    assert digest == bank.value_digest(settings, "pdq", PDQ)
    # Keyed: without the app secret the digest cannot be recomputed from a known hash.
    assert bank.value_digest(settings, "md5", PDQ) != digest


async def test_officer_additions_name_the_officer(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    from ondam.access import Role  # noqa: PLC0415
    from tests.factories import make_staff  # noqa: PLC0415

    officer = await make_staff(sessionmaker, role=Role.REMOVAL_OFFICER)
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=0)
    async with unit_of_work(sessionmaker) as uow:
        with pytest.raises(ValueError, match="staff member"):
            await bank.add_hashes(uow.session, made.case_id, [], added_by="officer", settings=settings)
        added = await bank.add_hashes(
            uow.session,
            made.case_id,
            [NewHash(signal_type="sha256", value="ef" * 32)],
            added_by="officer",
            staff_id=officer.id,
            settings=settings,
        )
        assert added[0].added_by_staff_id == officer.id
        assert added[0].added_by == "officer"
        entry = (
            await uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "bank.hashes_added")
                .order_by(AuditEntry.seq.desc())
            )
        ).first()
    assert entry is not None
    assert (entry.actor_type, entry.actor_id) == ("staff", str(officer.id))


async def test_missing_or_withdrawn_case_is_refused(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    hashes = [NewHash(signal_type="sha256", value="ab" * 32)]
    async with unit_of_work(sessionmaker) as uow:
        with pytest.raises(NotFound):
            await bank.add_hashes(uow.session, 999_999, hashes, added_by="youth", settings=settings)
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=1)
    async with unit_of_work(sessionmaker) as uow:
        from ondam.hashing import withdrawal  # noqa: PLC0415

        case = await uow.session.get(RemovalCase, made.case_id)
        assert case is not None
        await withdrawal.withdraw_case(uow.session, case, actor=OFFICER, reason="test")
    async with unit_of_work(sessionmaker) as uow:
        with pytest.raises(bank.CaseWithdrawn):
            await bank.add_hashes(uow.session, made.case_id, hashes, added_by="youth", settings=settings)


async def test_withdrawal_is_a_tombstone_and_idempotent(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=4)
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_hash(uow.session, made.hash_ids[0], actor=OFFICER) is True
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_hash(uow.session, made.hash_ids[0], actor=OFFICER) is False
        assert await bank.withdraw_case_hashes(uow.session, made.case_id, actor=OFFICER) == 3
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_case_hashes(uow.session, made.case_id, actor=OFFICER) == 0
        with pytest.raises(NotFound):
            await bank.withdraw_hash(uow.session, 999_999, actor=OFFICER)
    async with unit_of_work(sessionmaker) as uow:
        db = uow.session
        rows = (await db.scalars(select(BankHash).order_by(BankHash.id))).all()
        assert len(rows) == 4  # kept, never deleted
        assert {r.status for r in rows} == {"withdrawn"}
        assert all(r.withdrawn_at is not None for r in rows)
        kinds = (await db.scalars(select(BankChange.kind).order_by(BankChange.id))).all()
        assert kinds == ["added"] * 4 + ["withdrawn"] * 4  # one tombstone per hash, none for repeats
        actions = (await db.scalars(select(AuditEntry.action))).all()
    assert actions.count("bank.hash_withdrawn") == 1
    assert actions.count("bank.hashes_withdrawn") == 1


async def test_version_and_active_pdq_hashes_for_the_matcher(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.bank_version(uow.session) == 0
        assert await bank.active_pdq_hashes(uow.session) == []
    made = await make_removal_case_with_hashes(sessionmaker, settings, hashes=6)  # pdq, md5, sha256 twice
    async with unit_of_work(sessionmaker) as uow:
        version = await bank.bank_version(uow.session)
        assert version == 6
        pdq = await bank.active_pdq_hashes(uow.session)
    assert [hash_id for hash_id, _ in pdq] == [made.hash_ids[0], made.hash_ids[3]]
    assert all(len(value) == 64 and value == value.lower() for _, value in pdq)
    async with unit_of_work(sessionmaker) as uow:
        await bank.withdraw_hash(uow.session, made.hash_ids[0], actor=OFFICER)
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.bank_version(uow.session) == version + 1  # the matcher sees its index is stale
        assert [hash_id for hash_id, _ in await bank.active_pdq_hashes(uow.session)] == [made.hash_ids[3]]
