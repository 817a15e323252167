"""The audit chain. Each row's hash is HMAC-SHA256(audit key, canonical row including the previous hash).

Appends lock the single ``audit_head`` row (UPDATE ... RETURNING) so concurrent transactions extend the chain
one after another; the lock is held until the surrounding transaction commits, so the audit row commits or
rolls back together with the change it describes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import AuditEntry

GENESIS = "0" * 64
HASHED_FIELDS = (
    "seq",
    "at",
    "actor_type",
    "actor_id",
    "ip",
    "action",
    "object_type",
    "object_id",
    "subject",
    "center_code",
    "reason",
    "details",
    "request_id",
    "prev_hash",
)


def row_hash(key: bytes, values: dict[str, object]) -> str:
    canonical = json.dumps(
        {f: values[f] for f in HASHED_FIELDS},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def _values(entry: AuditEntry) -> dict[str, object]:
    values: dict[str, object] = {f: getattr(entry, f) for f in HASHED_FIELDS}
    values["at"] = entry.at.isoformat()
    return values


async def append(db: AsyncSession, key: bytes, entry: AuditEntry) -> AuditEntry:
    result = await db.execute(text("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash"))
    row = result.one()
    entry.seq = int(row[0])
    entry.prev_hash = str(row[1])
    entry.hash = row_hash(key, _values(entry))
    db.add(entry)
    await db.flush()
    await db.execute(text("UPDATE audit_head SET hash = :h WHERE id = 1"), {"h": entry.hash})
    return entry


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    head_seq: int
    problems: list[str]


async def _entries(db: AsyncSession, batch: int = 1000) -> AsyncIterator[AuditEntry]:
    """All rows in order, in batches. Rows are read as plain values (not ORM objects in the session's
    identity map), so verifying a long chain neither grows memory nor touches the caller's objects."""
    table = AuditEntry.__table__
    last = 0
    while True:
        result = await db.execute(select(table).where(table.c.seq > last).order_by(table.c.seq).limit(batch))
        rows = result.mappings().all()
        if not rows:
            return
        for row in rows:
            yield AuditEntry(**dict(row))  # transient: never added to the session
        last = rows[-1]["seq"]


async def verify(db: AsyncSession, key: bytes, max_problems: int = 50) -> VerifyResult:
    head = (await db.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1"))).one_or_none()
    problems: list[str] = []
    if head is None:
        return VerifyResult(False, 0, 0, ["audit_head row is missing"])
    head_seq, head_hash = int(head[0]), str(head[1])
    expected_seq, prev = 1, GENESIS
    checked = 0
    async for entry in _entries(db):
        checked += 1
        if entry.seq != expected_seq:
            problems.append(f"rows {expected_seq}..{entry.seq - 1} are missing (deleted?)")
        if entry.prev_hash != prev:
            problems.append(f"row {entry.seq}: does not link to the previous row")
        if not hmac.compare_digest(entry.hash, row_hash(key, _values(entry))):
            problems.append(f"row {entry.seq}: content does not match its hash (edited?)")
        prev, expected_seq = entry.hash, entry.seq + 1
        if len(problems) >= max_problems:
            break
    if expected_seq - 1 != head_seq and len(problems) < max_problems:
        problems.append(f"chain ends at row {expected_seq - 1} but the head says {head_seq} (rows deleted?)")
    elif prev != head_hash and checked and len(problems) < max_problems:
        problems.append("the last row does not match the head hash")
    return VerifyResult(not problems, checked, head_seq, problems)


async def recent(
    db: AsyncSession, *, limit: int = 100, subject: str | None = None, before: int | None = None
) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    if before:
        query = query.where(AuditEntry.seq < before)
    return list((await db.scalars(query)).all())
