"""The hash bank: hashes of a young person's images and videos, kept encrypted, shared only with consent.

Every hash belongs to a removal case. Its value is stored encrypted (``EncryptedText``); ``value_digest`` is an
HMAC of the value under the app secret, for duplicate detection and exact lookups without decrypting. Nothing is
ever deleted: a withdrawn hash keeps its row as a tombstone, and every addition and withdrawal appends a
``BankChange`` whose id is the cursor of the partner feed (:mod:`ondam.hashing.exchange`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.hashing import repository
from ondam.hashing.schemas import NewHash
from ondam.kit.clock import utcnow
from ondam.kit.errors import Conflict, DomainError, NotFound
from ondam.kit.settings import Settings
from ondam.models import BankHash

MAX_HASHES_PER_CALL = 1000


class CaseWithdrawn(Conflict):
    code = "case_withdrawn"


class TooManyHashes(DomainError):
    status_code = 413
    code = "too_many_hashes"


def value_digest(settings: Settings, signal_type: str, value: str) -> str:
    """HMAC-SHA256 of a normalised hash under the app secret: equal hashes give equal digests, and a copy of the
    database alone cannot be searched for a known hash."""
    key = settings.secret_key.get_secret_value().encode()
    message = f"bank-hash:{signal_type}:{value.strip().lower()}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


async def add_hashes(
    db: AsyncSession,
    case_id: int,
    hashes: Sequence[NewHash],
    *,
    added_by: Literal["youth", "officer"],
    staff_id: int | None = None,
    settings: Settings,
    actor: Actor | None = None,
) -> list[BankHash]:
    """Add hashes to a case and return the ones that were new.

    A hash already active in this case (same signal type and value) is skipped, as are repeats inside
    ``hashes``. Each new hash gets one ``added`` change (the partner feed's entry) and the call one audit row.
    Raises NotFound for a missing case and CaseWithdrawn for a withdrawn one."""
    if added_by not in ("youth", "officer"):
        raise ValueError("added_by is 'youth' or 'officer'")
    if (added_by == "officer") != (staff_id is not None):
        raise ValueError("an officer's addition names the staff member; a young person's does not")
    if len(hashes) > MAX_HASHES_PER_CALL:
        raise TooManyHashes(f"at most {MAX_HASHES_PER_CALL} hashes at once")
    case = await repository.get_case(db, case_id)
    if case is None:
        raise NotFound("removal case not found")
    if case.status == "withdrawn":
        raise CaseWithdrawn("this request was withdrawn")
    await repository.lock_bank(db)
    seen = await repository.active_digests(db, case_id)
    now = utcnow()
    added: list[BankHash] = []
    duplicates = 0
    for new in hashes:
        digest = value_digest(settings, new.signal_type, new.value)
        if digest in seen:
            duplicates += 1
            continue
        seen.add(digest)
        row = BankHash(
            case_id=case_id,
            signal_type=new.signal_type,
            value=new.value,
            value_digest=digest,
            quality=new.quality,
            media_kind=new.media_kind,
            status="active",
            added_by=added_by,
            added_by_staff_id=staff_id,
            created_at=now,
        )
        repository.add_hash(db, row)
        added.append(row)
    await db.flush()
    for row in added:
        repository.add_change(db, row.id, "added", now)
    if added:
        await db.flush()
    by_type: dict[str, int] = {}
    for row in added:
        by_type[row.signal_type] = by_type.get(row.signal_type, 0) + 1
    await audit.record(
        db,
        actor or _default_actor(added_by, staff_id, case.youth_contact_id),
        "bank.hashes_added",
        object_type="removal_case",
        object_id=case_id,
        subject=f"removal_case:{case_id}",
        details={"added": len(added), "duplicates": duplicates, "by_type": by_type, "by": added_by},
    )
    return added


def _default_actor(added_by: str, staff_id: int | None, contact_id: int | None) -> Actor:
    if added_by == "officer":
        return Actor("staff", str(staff_id))
    return Actor("youth", None if contact_id is None else str(contact_id))


def _withdraw(db: AsyncSession, bank_hash: BankHash) -> bool:
    if bank_hash.status == "withdrawn":
        return False
    now = utcnow()
    bank_hash.status = "withdrawn"
    bank_hash.withdrawn_at = now
    repository.add_change(db, bank_hash.id, "withdrawn", now)
    return True


async def withdraw_case_hashes(db: AsyncSession, case_id: int, *, actor: Actor) -> int:
    """Withdraw every active hash of a case (tombstones in the partner feed). Returns how many were withdrawn;
    calling it again withdraws nothing and writes no audit row."""
    await repository.lock_bank(db)
    count = sum(_withdraw(db, h) for h in await repository.active_hashes_of_case(db, case_id))
    if count:
        await db.flush()
        await audit.record(
            db,
            actor,
            "bank.hashes_withdrawn",
            object_type="removal_case",
            object_id=case_id,
            subject=f"removal_case:{case_id}",
            details={"withdrawn": count},
        )
    return count


async def withdraw_hash(db: AsyncSession, hash_id: int, *, actor: Actor) -> bool:
    """Withdraw one hash; False when it was already withdrawn. Raises NotFound for an unknown id."""
    await repository.lock_bank(db)
    bank_hash = await repository.get_hash(db, hash_id, for_update=True)
    if bank_hash is None:
        raise NotFound("hash not found")
    if not _withdraw(db, bank_hash):
        return False
    await db.flush()
    await audit.record(
        db,
        actor,
        "bank.hash_withdrawn",
        object_type="bank_hash",
        object_id=hash_id,
        subject=f"removal_case:{bank_hash.case_id}",
    )
    return True


async def bank_version(db: AsyncSession) -> int:
    """The newest change id (0 for an empty bank): a matcher index built at version v is stale once this grows."""
    return await repository.bank_version(db)


async def active_pdq_hashes(db: AsyncSession) -> list[tuple[int, str]]:
    """(id, 64-hex PDQ) of every active PDQ hash, decrypted, for building the matcher's index in memory."""
    return await repository.active_pdq(db)
