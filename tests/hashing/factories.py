"""Factories for the hash bank: removal cases with synthetic hashes, partner tokens."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.hashing import bank
from ondam.hashing.schemas import NewHash
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.settings import Settings
from ondam.models import RemovalCase
from ondam.partners.service import create_platform

_seq = itertools.count(1)


def synthetic_pdq(n: int) -> str:
    """A 64-hex PDQ-shaped value, different for every n (synthetic: no image behind it)."""
    return hashlib.sha256(f"pdq-{n}".encode()).hexdigest()


def synthetic_md5(n: int) -> str:
    return hashlib.md5(f"file-{n}".encode(), usedforsecurity=False).hexdigest()


def synthetic_sha256(n: int) -> str:
    return hashlib.sha256(f"file-{n}".encode()).hexdigest()


def new_hashes(count: int, *, start: int | None = None) -> list[NewHash]:
    """``count`` distinct valid hashes, cycling PDQ (quality 90), MD5 and SHA-256."""
    base = next(_seq) * 10_000 if start is None else start
    made: list[NewHash] = []
    for i in range(count):
        n = base + i
        kind = ("pdq", "md5", "sha256")[i % 3]
        if kind == "pdq":
            made.append(NewHash(signal_type="pdq", value=synthetic_pdq(n), quality=90))
        elif kind == "md5":
            made.append(NewHash(signal_type="md5", value=synthetic_md5(n), media_kind="video"))
        else:
            made.append(NewHash(signal_type="sha256", value=synthetic_sha256(n)))
    return made


@dataclass
class CaseWithHashes:
    case_id: int
    hash_ids: list[int]
    reference: str


async def make_removal_case_with_hashes(
    maker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    youth_id: int | None = None,
    consent: bool = True,
    hashes: int | list[NewHash] = 3,
    status: str = "open",
) -> CaseWithHashes:
    """A removal case (from a young person when ``youth_id`` is given) and its hashes, added through the bank."""
    now = utcnow()
    reference = f"R-T{next(_seq):06d}"
    async with unit_of_work(maker) as uow:
        case = RemovalCase(
            reference=reference,
            youth_contact_id=youth_id,
            status=status,
            source="youth" if youth_id is not None else "staff",
            consent_share_hashes=consent,
            consent_forward_center=False,
            consent_text_version="test-1" if consent else None,
            consent_at=now if consent else None,
            description="synthetic test request",
            created_at=now,
            updated_at=now,
        )
        uow.session.add(case)
        await uow.session.flush()
        wanted = new_hashes(hashes) if isinstance(hashes, int) else hashes
        added = await bank.add_hashes(uow.session, case.id, wanted, added_by="youth", settings=settings)
        return CaseWithHashes(case.id, [h.id for h in added], reference)


async def make_partner(
    maker: async_sessionmaker[AsyncSession], name: str = "platform-a", *, limit: int = 600
) -> tuple[int, str]:
    """A partner platform and its bearer token."""
    async with unit_of_work(maker) as uow:
        platform, token = await create_platform(uow.session, name, rate_limit_per_minute=limit)
        return platform.id, token


def auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}
