"""Field encryption: AES-GCM with the key id stored, bound to its column, rotatable."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from ondam.kit import crypto
from ondam.kit.crypto import CryptoError, KeyRing
from ondam.kit.db import unit_of_work
from ondam.kit.settings import new_encryption_key
from ondam.maintenance import encrypted_columns, rotate_keys
from ondam.models import Case, StaffUser
from tests.factories import make_case, make_staff


def test_round_trip_and_key_id() -> None:
    ring = KeyRing.parse(new_encryption_key("k1"))
    stored = ring.encrypt("민감한 내용", "cases.summary")
    assert stored.startswith("enc1:k1:")
    assert "민감한" not in stored
    assert ring.decrypt(stored, "cases.summary") == "민감한 내용"
    assert ring.encrypt("same", "c") != ring.encrypt("same", "c")  # random nonces


def test_ciphertext_is_bound_to_its_column() -> None:
    ring = KeyRing.parse(new_encryption_key("k1"))
    stored = ring.encrypt("secret", "cases.summary")
    with pytest.raises(CryptoError, match="authentication"):
        ring.decrypt(stored, "staff_users.totp_secret")


def test_tampered_ciphertext_fails() -> None:
    ring = KeyRing.parse(new_encryption_key("k1"))
    stored = ring.encrypt("secret", "c")
    flipped = stored[:-2] + ("A" if stored[-2] != "A" else "B") + stored[-1]
    with pytest.raises(CryptoError):
        ring.decrypt(flipped, "c")


@pytest.mark.parametrize("spec", ["", "nokey", "k1:notbase64!!", "k1:" + "A" * 10, "a:b:c"])
def test_bad_key_specs_are_refused(spec: str) -> None:
    with pytest.raises(CryptoError):
        KeyRing.parse(spec)


def test_unknown_key_id_is_a_clear_error() -> None:
    old = KeyRing.parse(new_encryption_key("old"))
    new = KeyRing.parse(new_encryption_key("new"))
    with pytest.raises(CryptoError, match="no key 'old'"):
        new.decrypt(old.encrypt("x", "c"), "c")


def test_every_sensitive_column_is_encrypted() -> None:
    columns = {(t.name, name) for t, name, _ in encrypted_columns()}
    assert ("cases", "summary") in columns
    assert ("staff_users", "totp_secret") in columns


async def test_values_are_stored_encrypted(sessionmaker, db_url: str) -> None:  # type: ignore[no-untyped-def]
    case_id = await make_case(sessionmaker, summary="아무도 몰래 만나자고 했어요")
    async with unit_of_work(sessionmaker) as uow:
        raw = (
            await uow.session.execute(text(f"SELECT summary FROM cases WHERE id = {case_id}"))
        ).scalar_one()
    assert raw.startswith("enc1:")
    assert "만나자고" not in raw


async def test_rotation_re_encrypts_everything_with_the_new_key(sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    case_id = await make_case(sessionmaker, summary="before rotation")
    staff = await make_staff(sessionmaker)
    old_spec = settings.encryption_keys.get_secret_value()
    old_kid = old_spec.split(":", 1)[0]
    new_entry = new_encryption_key("rotated")
    crypto.configure(KeyRing.parse(f"{new_entry},{old_spec}"))
    try:
        async with unit_of_work(sessionmaker) as uow:
            report = await rotate_keys(uow.session)
        assert report.rewritten >= 2
        async with unit_of_work(sessionmaker) as uow:
            raws = (
                (
                    await uow.session.execute(
                        text(
                            "SELECT summary FROM cases UNION ALL SELECT totp_secret FROM staff_users "
                            "WHERE totp_secret IS NOT NULL"
                        )
                    )
                )
                .scalars()
                .all()
            )
        assert raws
        assert all(r.startswith("enc1:rotated:") for r in raws)
        assert not any(f":{old_kid}:" in r for r in raws)
        # The old key can now be removed from the ring and everything still reads.
        crypto.configure(KeyRing.parse(new_entry))
        async with unit_of_work(sessionmaker) as uow:
            case = await uow.session.get(Case, case_id)
            user = await uow.session.get(StaffUser, staff.id)
            assert case is not None
            assert case.summary == "before rotation"
            assert user is not None
            assert user.totp_secret == staff.secret
        # Running it again changes nothing.
        async with unit_of_work(sessionmaker) as uow:
            again = await rotate_keys(uow.session)
        assert again.rewritten == 0
    finally:
        crypto.configure(KeyRing.parse(old_spec))
