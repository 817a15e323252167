"""Matching against the hash bank: the process's PDQ index, kept in step with the bank, and file matching.

One :class:`~ondam.hashing.index.MatcherService` per process (:data:`HOLDER`). :func:`ensure_index` builds it from
the active PDQ hashes at first use and afterwards applies only the bank changes after the version it holds
(``BankChange.id > version``), at most every ``ONDAM_MATCHER_REFRESH_SECONDS`` unless forced. Every match is
checked against the database before it is returned, so a withdrawn hash (or a withdrawn case) never matches, even
while the in-memory index has not caught up yet; the index lag only delays NEW hashes.

:func:`match_file_bytes` adds exact matching (MD5 / SHA-256 of the bytes, looked up by their keyed digest) and,
for images whose PDQ quality is at least 50, perceptual matching. Hashing runs in a worker thread; nothing here
commits, logs a hash, or keeps the bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.hashing import bank
from ondam.hashing.index import MatcherService, health_status
from ondam.hashing.matcher import DEFAULT_MAX_DISTANCE, MAX_VARIANTS, Matcher
from ondam.hashing.pdq import ImageDecodeError, decode_rgba, pdq_hash_rgb, pdq_hash_rgb_dihedral
from ondam.hashing.schemas import MIN_PDQ_QUALITY
from ondam.kit.clock import utcnow
from ondam.kit.settings import Settings
from ondam.models import BankChange, BankHash, RemovalCase

log = logging.getLogger(__name__)

DEFAULT_REFRESH_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class BankMatch:
    """A bank hash that matched: ``distance`` 0 for exact (MD5/SHA-256) matches, the Hamming distance for PDQ."""

    hash_id: int
    case_id: int
    signal_type: str  # pdq | md5 | sha256
    distance: int


@dataclass(frozen=True, slots=True)
class FileHashes:
    """What :func:`hash_file` computed from a file's bytes (never the bytes themselves)."""

    md5: str
    sha256: str
    size: int
    is_image: bool
    pdq: tuple[str, ...]  # the PDQ hash first, then its dihedral variants; empty when not an image
    quality: int | None


@dataclass(frozen=True, slots=True)
class RefreshResult:
    action: str  # built | applied | current | throttled
    version: int
    added: int = 0
    removed: int = 0


class _Holder:
    """The process's matcher service, the database it reflects, and when it was last brought up to date."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.service = MatcherService()
        self.database: str | None = None  # the database URL the index was built from
        self.checked_at: datetime | None = None

    def reset(self) -> None:
        with self.lock:
            self.service = MatcherService()
            self.database = None
            self.checked_at = None


HOLDER = _Holder()


def reset() -> None:
    """Forget the process's index (tests; a new database)."""
    HOLDER.reset()


def _database_of(db: AsyncSession) -> str:
    return db.get_bind().engine.url.render_as_string(hide_password=True)


def _service_for(db: AsyncSession) -> MatcherService | None:
    """The installed service if it was built from this session's database."""
    with HOLDER.lock:
        if HOLDER.database != _database_of(db) or not HOLDER.service.ready:
            return None
        return HOLDER.service


def _distance_limit(settings: Settings | None) -> int:
    return max(DEFAULT_MAX_DISTANCE, settings.match_distance if settings else DEFAULT_MAX_DISTANCE)


async def ensure_index(
    db: AsyncSession, *, settings: Settings | None = None, force: bool = False
) -> RefreshResult:
    """Build the index at first use, then apply the bank's changes since its version.

    Checks the bank at most every ``settings.matcher_refresh_seconds`` (30 s without settings) unless ``force``.
    Safe to call from several coroutines and threads: an update computed from an older read than the one already
    installed is dropped (the service refuses to go back), so a withdrawal is never undone by a late addition.
    """
    interval = settings.matcher_refresh_seconds if settings else DEFAULT_REFRESH_SECONDS
    database = _database_of(db)
    now = utcnow()
    with HOLDER.lock:
        if HOLDER.database != database:
            HOLDER.service = MatcherService()
            HOLDER.database = database
            HOLDER.checked_at = None
        service = HOLDER.service
        checked_at = HOLDER.checked_at
    if (
        service.ready
        and not force
        and checked_at is not None
        and now - checked_at < timedelta(seconds=interval)
    ):
        return RefreshResult("throttled", service.version or 0)
    if not service.ready:
        return await _build(db, service, settings, now)
    return await _apply_changes(db, service, now)


async def _build(
    db: AsyncSession, service: MatcherService, settings: Settings | None, now: datetime
) -> RefreshResult:
    # The version is read BEFORE the hashes: anything that changes in between is applied again by the next
    # refresh (adding or removing a hash twice is harmless); the other order could miss a change for good.
    version = await bank.bank_version(db)
    pairs = await bank.active_pdq_hashes(db)
    matcher = await asyncio.to_thread(
        Matcher,
        pairs,
        max_distance_limit=_distance_limit(settings),
        multihash_min_size=settings.matcher_multihash_min_size if settings is not None else None,
        background=True,
    )
    try:
        service.install(matcher, version, built_at=now)
    except ValueError:
        log.info("hash index: a newer index was installed meanwhile; this build is dropped")
        return RefreshResult("current", service.version or 0)
    _mark_checked(service, now)
    log.info("hash index built: %d hashes at bank version %d", len(pairs), version)
    return RefreshResult("built", version, added=len(pairs))


async def _apply_changes(db: AsyncSession, service: MatcherService, now: datetime) -> RefreshResult:
    since = service.version or 0
    rows = await db.execute(
        select(BankChange.id, BankHash.id, BankHash.signal_type, BankHash.status)
        .join(BankHash, BankChange.hash_id == BankHash.id)
        .where(BankChange.id > since)
        .order_by(BankChange.id)
    )
    changes = rows.all()
    if not changes:
        with contextlib.suppress(ValueError):  # a newer read was applied meanwhile
            service.apply(bank_version=since)
        _mark_checked(service, now)
        return RefreshResult("current", since)
    version = max(int(change_id) for change_id, _, _, _ in changes)
    # The hash's status NOW decides (a hash added and withdrawn since the last refresh is only removed).
    pdq = {int(hash_id): status for _, hash_id, signal_type, status in changes if signal_type == "pdq"}
    active_ids = [hash_id for hash_id, status in pdq.items() if status == "active"]
    removed = [hash_id for hash_id, status in pdq.items() if status != "active"]
    added: list[tuple[int, str]] = []
    if active_ids:
        hashes = await db.scalars(
            select(BankHash).where(BankHash.id.in_(active_ids), BankHash.status == "active")
        )
        found = {h.id: h.value for h in hashes.all()}
        added = [(hash_id, found[hash_id]) for hash_id in active_ids if hash_id in found]
        # withdrawn between the two reads
        removed += [hash_id for hash_id in active_ids if hash_id not in found]
    try:
        await asyncio.to_thread(service.apply, bank_version=version, added=added, removed=removed)
    except ValueError:
        log.info("hash index: a newer update was applied meanwhile; this one is dropped")
        return RefreshResult("current", service.version or 0)
    _mark_checked(service, now)
    return RefreshResult("applied", version, added=len(added), removed=len(removed))


def _mark_checked(service: MatcherService, now: datetime) -> None:
    with HOLDER.lock:
        if HOLDER.service is service and (HOLDER.checked_at is None or HOLDER.checked_at < now):
            HOLDER.checked_at = now


async def index_health(db: AsyncSession) -> dict[str, object]:
    """Readiness view of this process's index: ``ok``, ``stale`` (lags the bank by more than 10 minutes) or
    ``missing`` (not built in this process yet: it is built at the first match). No hash, no bank size."""
    version = await bank.bank_version(db)
    service = _service_for(db)
    if service is None:
        return {"status": "missing", "bank_version": version}
    return health_status(service, version)


# -- matching --------------------------------------------------------------------------------------------


async def _confirm(db: AsyncSession, found: dict[int, tuple[str, int]]) -> list[BankMatch]:
    """Keep the matches whose hash is still active and whose case is not withdrawn; nearest first."""
    if not found:
        return []
    rows = await db.execute(
        select(BankHash.id, BankHash.case_id, BankHash.signal_type)
        .join(RemovalCase, BankHash.case_id == RemovalCase.id)
        .where(
            BankHash.id.in_(list(found)),
            BankHash.status == "active",
            RemovalCase.status != "withdrawn",
        )
    )
    matches = [
        BankMatch(int(hash_id), int(case_id), str(signal_type), found[int(hash_id)][1])
        for hash_id, case_id, signal_type in rows.all()
    ]
    return sorted(matches, key=lambda m: (m.distance, m.hash_id))


async def match_pdq(
    db: AsyncSession,
    pdq_hex: str,
    *,
    settings: Settings | None = None,
    dihedral: Sequence[str] | None = None,
    max_distance: int | None = None,
) -> list[BankMatch]:
    """Active bank PDQ hashes within ``max_distance`` (default ``ONDAM_MATCH_DISTANCE``, 31) of ``pdq_hex``.

    ``dihedral``: further variants of the same image (rotations / mirrors, e.g. from
    :func:`~ondam.hashing.pdq.pdq_hash_rgb_dihedral`); a hash is reported once, at its smallest distance.
    """
    distance = (
        max_distance
        if max_distance is not None
        else (settings.match_distance if settings else DEFAULT_MAX_DISTANCE)
    )
    await ensure_index(db, settings=settings)
    service = _service_for(db)
    if service is None:  # pragma: no cover - ensure_index installs one
        raise RuntimeError("hash index not ready")
    variants = list(dict.fromkeys([pdq_hex.strip().lower(), *(v.strip().lower() for v in dihedral or ())]))
    if len(variants) > MAX_VARIANTS:
        raise ValueError(f"at most {MAX_VARIANTS} variants (the hash and its dihedral forms)")
    matches = await asyncio.to_thread(
        service.matcher.query,
        variants if len(variants) > 1 else variants[0],
        distance,
        dihedral=len(variants) > 1,
    )
    return await _confirm(db, {m.hash_id: ("pdq", m.distance) for m in matches})


def hash_file(data: bytes, *, dihedral: bool = False) -> FileHashes:
    """MD5, SHA-256 and, when the bytes decode as an image, the PDQ hash (and optionally its variants).

    CPU-bound (tens to hundreds of milliseconds for a photo): call it through ``asyncio.to_thread``.
    """
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    sha256 = hashlib.sha256(data).hexdigest()
    if not looks_like_image(data):
        return FileHashes(md5, sha256, len(data), False, (), None)
    try:
        rgb = decode_rgba(data)[:, :, :3]
    except ImageDecodeError:
        return FileHashes(md5, sha256, len(data), False, (), None)
    if dihedral:
        variants, quality = pdq_hash_rgb_dihedral(rgb)
        pdq = tuple(dict.fromkeys(variants.values()))
    else:
        single, quality = pdq_hash_rgb(rgb)
        pdq = (single,)
    return FileHashes(md5, sha256, len(data), True, pdq, quality)


_MAGIC = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",  # TIFF
    b"MM\x00*",
)


def looks_like_image(data: bytes) -> bool:
    """True when the bytes start like an image format Pillow decodes (the content decides, not a header)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return any(data.startswith(magic) for magic in _MAGIC)


async def match_hashes(
    db: AsyncSession, hashes: FileHashes, *, settings: Settings, max_distance: int | None = None
) -> list[BankMatch]:
    """Exact matches of the file's MD5 / SHA-256 plus PDQ matches of an image of quality >= 50, one per hash."""
    digests = {
        bank.value_digest(settings, "md5", hashes.md5): "md5",
        bank.value_digest(settings, "sha256", hashes.sha256): "sha256",
    }
    rows = await db.execute(
        select(BankHash.id, BankHash.signal_type, BankHash.value_digest).where(
            BankHash.value_digest.in_(list(digests)), BankHash.status == "active"
        )
    )
    found: dict[int, tuple[str, int]] = {
        int(hash_id): (str(signal_type), 0)
        for hash_id, signal_type, digest in rows.all()
        if digests.get(str(digest)) == signal_type
    }
    matches = await _confirm(db, found)
    if hashes.pdq and hashes.quality is not None and hashes.quality >= MIN_PDQ_QUALITY:
        seen = {m.hash_id for m in matches}
        perceptual = await match_pdq(
            db, hashes.pdq[0], settings=settings, dihedral=hashes.pdq[1:], max_distance=max_distance
        )
        matches += [m for m in perceptual if m.hash_id not in seen]
    return sorted(matches, key=lambda m: (m.distance, m.hash_id))


async def match_file_bytes(
    db: AsyncSession,
    data: bytes,
    *,
    settings: Settings,
    dihedral: bool = False,
    max_distance: int | None = None,
) -> list[BankMatch]:
    """Match a file's bytes against the bank (see :func:`match_hashes`); the bytes are not kept."""
    hashes = await asyncio.to_thread(hash_file, data, dihedral=dihedral)
    return await match_hashes(db, hashes, settings=settings, max_distance=max_distance)
