"""Retry-safe requests: the first answer for a client-chosen idempotency key is kept and returned to every retry.

A client that may lose the answer (a phone going offline mid-request, a queued submission sent again) sends a
random key (UUID v4) with the request. :meth:`IdempotencyStore.claim` runs inside the request's transaction
before any work:

- no row for the key: a row is inserted (the key is claimed) and ``None`` is returned: do the work, then call
  :meth:`IdempotencyStore.finish` with the answer, in the same transaction. The claim and the answer commit
  together with the work, or not at all;
- a row with an answer: that answer is returned: send it again, do nothing;
- a row for a different request (another ``request_digest``): :class:`IdempotencyKeyReused` (409).

Two requests with the same key at the same time: on SQLite every transaction takes the write lock first, so they
run one after the other. On PostgreSQL the second INSERT waits on the unique index until the first transaction
commits, then fails; the savepoint around it is rolled back and the committed answer is read and returned.

The raw key is never stored: ``key_digest`` is HMAC-SHA256(secret, scope + key). Answers are kept for ``ttl``
(24 h by default) and removed by :func:`purge_expired`, which a periodic job runs. The table is passed in (this
module is infrastructure and knows no model): see ``models/idempotency.py`` for its columns.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.kit.clock import utcnow
from ondam.kit.errors import DomainError

DEFAULT_TTL = timedelta(hours=24)


class IdempotencyKeyReused(DomainError):
    status_code = 409
    code = "idempotency_key_reused"


class IdempotencyInProgress(DomainError):
    """Only seen if a claim without an answer was ever committed (it cannot be by :meth:`claim` + :meth:`finish`)."""

    status_code = 409
    code = "idempotency_in_progress"


@dataclass(frozen=True)
class StoredResponse:
    status_code: int
    body: dict[str, Any]


def parse_uuid4(value: object) -> str | None:
    """The canonical lower-case form of a UUID version 4, or ``None`` for anything else."""
    if not isinstance(value, str) or len(value) != 36:
        return None
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        return None
    if parsed.version != 4 or parsed.variant != uuid.RFC_4122:
        return None
    return str(parsed)


def request_digest(payload: Any) -> str:
    """SHA-256 of a canonical JSON form of the request (without the key), to spot a key reused for another one."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class IdempotencyStore:
    def __init__(self, table: Table, *, secret: str, scope: str, ttl: timedelta = DEFAULT_TTL) -> None:
        if not scope or len(scope) > 40:
            raise ValueError("scope must be 1 to 40 characters")
        self.table = table
        self.scope = scope
        self.ttl = ttl
        self._secret = secret.encode()

    def key_digest(self, key: str) -> str:
        message = f"idempotency:{self.scope}:{key}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    async def _row(self, db: AsyncSession, digest: str) -> Any:
        t = self.table
        query = select(t.c.request_digest, t.c.status_code, t.c.response, t.c.expires_at).where(
            t.c.key_digest == digest
        )
        return (await db.execute(query)).first()

    def _answer(self, row: Any, wanted_request: str) -> StoredResponse:
        if row.request_digest != wanted_request:
            raise IdempotencyKeyReused("this idempotency key was already used for a different request")
        if row.response is None or row.status_code is None:
            raise IdempotencyInProgress("a request with this idempotency key is still being processed")
        return StoredResponse(int(row.status_code), json.loads(row.response))

    async def claim(self, db: AsyncSession, key: str, request: str) -> StoredResponse | None:
        """``None`` when the key is new (now claimed), else the answer kept for it. ``request`` is a
        :func:`request_digest`."""
        digest = self.key_digest(key)
        now = utcnow()
        row = await self._row(db, digest)
        if row is not None and row.expires_at <= now:
            # Expired but not purged yet: the key starts afresh.
            await db.execute(delete(self.table).where(self.table.c.key_digest == digest))
            row = None
        if row is not None:
            return self._answer(row, request)
        values = {
            "key_digest": digest,
            "scope": self.scope,
            "request_digest": request,
            "status_code": None,
            "response": None,
            "created_at": now,
            "expires_at": now + self.ttl,
        }
        try:
            async with db.begin_nested():
                await db.execute(insert(self.table).values(**values))
        except IntegrityError:
            # Another transaction claimed the same key and has committed by now (PostgreSQL waits for it).
            row = await self._row(db, digest)
            if row is None:  # pragma: no cover - the competing transaction rolled back after all
                raise IdempotencyInProgress(
                    "a request with this idempotency key is being processed"
                ) from None
            return self._answer(row, request)
        return None

    async def finish(self, db: AsyncSession, key: str, status_code: int, body: dict[str, Any]) -> None:
        """Keep the answer for the key claimed by :meth:`claim` (same transaction)."""
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        result = await db.execute(
            update(self.table)
            .where(self.table.c.key_digest == self.key_digest(key))
            .values(status_code=status_code, response=text)
        )
        if getattr(result, "rowcount", 1) != 1:
            raise RuntimeError("finish() without a claim() for this key")


async def purge_expired(db: AsyncSession, table: Table, now: datetime | None = None) -> int:
    """Delete every kept answer whose time is up; returns how many."""
    result = await db.execute(delete(table).where(table.c.expires_at <= (now or utcnow())))
    return int(getattr(result, "rowcount", 0) or 0)
