"""The matcher wired to the hash bank: built from the bank, kept current incrementally, confirmed against the
database (withdrawn hashes never match), exact MD5/SHA-256 and PDQ file matching, and the index in /readyz."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import numpy as np
import pytest
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.audit.service import Actor
from ondam.hashing import bank
from ondam.hashing import service as matching
from ondam.hashing.pdq import pdq_hash_image
from ondam.hashing.schemas import NewHash
from ondam.kit import clock
from ondam.kit.db import unit_of_work
from ondam.kit.jobs import REGISTRY
from ondam.kit.settings import Settings
from tests.hashing.factories import make_removal_case_with_hashes, synthetic_pdq
from tests.hashing.synthetic import photo_like

Maker = async_sessionmaker[AsyncSession]
OFFICER = Actor("staff", "1")


@pytest.fixture(autouse=True)
def _fresh_index() -> Iterator[None]:
    matching.reset()
    yield
    matching.reset()


def flip(pdq: str, bits: int) -> str:
    """``pdq`` with its first ``bits`` bits inverted (Hamming distance exactly ``bits``)."""
    value = int(pdq, 16) ^ (((1 << bits) - 1) << (256 - bits))
    return f"{value:064x}"


def png(seed: int, *, mirror: bool = False) -> bytes:
    pixels = photo_like(np.random.default_rng(seed), 240, 320)
    if mirror:
        pixels = np.ascontiguousarray(pixels[:, ::-1])
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG")
    return out.getvalue()


def reencoded_jpeg(data: bytes, quality: int = 50) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def image_hashes(data: bytes, *, exact: bool = True) -> list[NewHash]:
    result = pdq_hash_image(data)
    hashes = [NewHash(signal_type="pdq", value=result.hash_hex, quality=result.quality)]
    if exact:
        hashes += [
            NewHash(signal_type="md5", value=result.md5_hex),
            NewHash(signal_type="sha256", value=result.sha256_hex),
        ]
    return hashes


async def _add(maker: Maker, settings: Settings, case_id: int, hashes: list[NewHash]) -> list[int]:
    async with unit_of_work(maker) as uow:
        added = await bank.add_hashes(uow.session, case_id, hashes, added_by="youth", settings=settings)
        return [h.id for h in added]


async def _match(maker: Maker, settings: Settings, pdq: str, **kwargs: Any) -> list[matching.BankMatch]:
    async with unit_of_work(maker) as uow:
        return await matching.match_pdq(uow.session, pdq, settings=settings, **kwargs)


async def _refresh(maker: Maker, settings: Settings, *, force: bool = True) -> matching.RefreshResult:
    async with unit_of_work(maker) as uow:
        return await matching.ensure_index(uow.session, settings=settings, force=force)


def test_settings_defaults() -> None:
    assert Settings(_env_file=None).match_distance == 31
    assert Settings(_env_file=None).matcher_refresh_seconds == 30.0
    assert Settings(_env_file=None).matcher_multihash_min_size is None


async def test_a_large_bank_setting_builds_a_multihash_index_that_matches_the_same(
    sessionmaker: Maker, settings: Settings
) -> None:
    multi = settings.model_copy(update={"matcher_multihash_min_size": 1})
    pdq = synthetic_pdq(103)
    case = await make_removal_case_with_hashes(
        sessionmaker, multi, hashes=[NewHash(signal_type="pdq", value=pdq, quality=90)]
    )
    assert (await _refresh(sessionmaker, multi, force=True)).action == "built"
    assert matching.HOLDER.service.matcher.kind == "multihash"
    [near] = await _match(sessionmaker, multi, flip(pdq, 31))
    assert (near.case_id, near.distance) == (case.case_id, 31)
    assert await _match(sessionmaker, multi, flip(pdq, 32)) == []


async def test_index_is_built_from_the_bank_and_matches_within_the_distance(
    sessionmaker: Maker, settings: Settings
) -> None:
    pdq_a, pdq_b = synthetic_pdq(101), synthetic_pdq(102)
    case_a = await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="pdq", value=pdq_a, quality=90)]
    )
    case_b = await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="pdq", value=pdq_b, quality=90)]
    )
    built = await _refresh(sessionmaker, settings)
    assert built.action == "built"
    assert built.added == 2
    assert len(matching.HOLDER.service.matcher) == 2

    [exact] = await _match(sessionmaker, settings, pdq_a)
    assert (exact.hash_id, exact.case_id, exact.signal_type, exact.distance) == (
        case_a.hash_ids[0],
        case_a.case_id,
        "pdq",
        0,
    )
    [near] = await _match(sessionmaker, settings, flip(pdq_b, 31).upper())
    assert (near.case_id, near.distance) == (case_b.case_id, 31)
    assert await _match(sessionmaker, settings, flip(pdq_b, 32)) == []
    assert await _match(sessionmaker, settings, flip(pdq_b, 10), max_distance=9) == []
    # The distance setting is the default.
    strict = settings.model_copy(update={"match_distance": 5})
    assert await _match(sessionmaker, strict, flip(pdq_b, 6)) == []
    assert len(await _match(sessionmaker, strict, flip(pdq_b, 5))) == 1


async def test_changes_are_applied_incrementally_and_withdrawals_stop_matching(
    sessionmaker: Maker, settings: Settings
) -> None:
    first = await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="pdq", value=synthetic_pdq(201), quality=90)]
    )
    assert (await _refresh(sessionmaker, settings)).action == "built"
    service = matching.HOLDER.service
    built_version = service.version

    new_pdq = synthetic_pdq(202)
    [new_id] = await _add(
        sessionmaker, settings, first.case_id, [NewHash(signal_type="pdq", value=new_pdq, quality=90)]
    )
    # Within the refresh interval the index is not re-read: the new hash is not matchable yet.
    assert await _match(sessionmaker, settings, new_pdq) == []
    clock.advance(timedelta(seconds=settings.matcher_refresh_seconds + 1))
    [found] = await _match(sessionmaker, settings, new_pdq)
    assert found.hash_id == new_id
    assert matching.HOLDER.service is service  # applied to the same index, not rebuilt
    assert service.version is not None
    assert built_version is not None
    assert service.version > built_version

    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_hash(uow.session, new_id, actor=OFFICER)
    # The index still holds the hash (no refresh yet), but a withdrawn hash never matches.
    assert [m.hash_id for m in service.matcher.query(new_pdq)] == [new_id]
    assert await _match(sessionmaker, settings, new_pdq) == []
    refreshed = await _refresh(sessionmaker, settings)
    assert (refreshed.action, refreshed.added, refreshed.removed) == ("applied", 0, 1)
    assert service.matcher.query(new_pdq) == []  # gone from the index itself after the refresh
    assert len(service.matcher) == 1
    assert (await _refresh(sessionmaker, settings)).action == "current"


async def test_a_hash_added_and_withdrawn_between_refreshes_is_never_indexed(
    sessionmaker: Maker, settings: Settings
) -> None:
    case = await make_removal_case_with_hashes(sessionmaker, settings, hashes=0)
    await _refresh(sessionmaker, settings)
    pdq = synthetic_pdq(301)
    [hash_id] = await _add(
        sessionmaker, settings, case.case_id, [NewHash(signal_type="pdq", value=pdq, quality=90)]
    )
    async with unit_of_work(sessionmaker) as uow:
        await bank.withdraw_hash(uow.session, hash_id, actor=OFFICER)
    result = await _refresh(sessionmaker, settings)
    assert (result.added, result.removed) == (0, 1)
    assert matching.HOLDER.service.matcher.query(pdq) == []


async def test_hashes_of_a_withdrawn_case_never_match(sessionmaker: Maker, settings: Settings) -> None:
    pdq = synthetic_pdq(401)
    case = await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="pdq", value=pdq, quality=90)]
    )
    assert len(await _match(sessionmaker, settings, pdq)) == 1
    async with unit_of_work(sessionmaker) as uow:
        assert await bank.withdraw_case_hashes(uow.session, case.case_id, actor=OFFICER) == 1
    assert await _match(sessionmaker, settings, pdq) == []


async def test_exact_md5_and_sha256_matching_of_file_bytes(sessionmaker: Maker, settings: Settings) -> None:
    video = b"\x00\x00\x00\x18ftypmp42synthetic video bytes" * 100
    other = b"some other file"
    case = await make_removal_case_with_hashes(
        sessionmaker,
        settings,
        hashes=[
            NewHash(
                signal_type="md5",
                value=hashlib.md5(video, usedforsecurity=False).hexdigest(),
                media_kind="video",
            ),
            NewHash(signal_type="sha256", value=hashlib.sha256(video).hexdigest(), media_kind="video"),
            NewHash(signal_type="sha256", value=hashlib.sha256(other).hexdigest()),
        ],
    )
    async with unit_of_work(sessionmaker) as uow:
        matches = await matching.match_file_bytes(uow.session, video, settings=settings)
        assert sorted((m.signal_type, m.distance, m.case_id) for m in matches) == [
            ("md5", 0, case.case_id),
            ("sha256", 0, case.case_id),
        ]
        assert await matching.match_file_bytes(uow.session, b"unrelated", settings=settings) == []
        [only] = await matching.match_file_bytes(uow.session, other, settings=settings)
        assert only.signal_type == "sha256"

    # The lookup goes through the keyed digest: another secret key finds nothing.
    other_key = settings.model_copy(update={"secret_key": settings.secret_key.__class__("another-key" * 4)})
    async with unit_of_work(sessionmaker) as uow:
        assert await matching.match_file_bytes(uow.session, video, settings=other_key) == []


async def test_images_match_by_pdq_and_a_reencoded_copy_is_a_near_duplicate(
    sessionmaker: Maker, settings: Settings
) -> None:
    original = png(7)
    case = await make_removal_case_with_hashes(sessionmaker, settings, hashes=image_hashes(original))
    copy = reencoded_jpeg(original)
    async with unit_of_work(sessionmaker) as uow:
        exact = await matching.match_file_bytes(uow.session, original, settings=settings)
        assert sorted((m.signal_type, m.distance) for m in exact) == [("md5", 0), ("pdq", 0), ("sha256", 0)]
        [near] = await matching.match_file_bytes(uow.session, copy, settings=settings)
        assert near.signal_type == "pdq"
        assert near.case_id == case.case_id
        assert 0 < near.distance <= 31
        assert await matching.match_file_bytes(uow.session, png(8), settings=settings) == []


async def test_mirrored_images_match_only_with_dihedral_queries(
    sessionmaker: Maker, settings: Settings
) -> None:
    original = png(11)
    await make_removal_case_with_hashes(sessionmaker, settings, hashes=image_hashes(original, exact=False))
    mirrored = png(11, mirror=True)
    async with unit_of_work(sessionmaker) as uow:
        assert await matching.match_file_bytes(uow.session, mirrored, settings=settings) == []
        [match] = await matching.match_file_bytes(uow.session, mirrored, settings=settings, dihedral=True)
        assert match.distance <= 31


async def test_low_quality_images_match_exactly_only(sessionmaker: Maker, settings: Settings) -> None:
    flat = io.BytesIO()
    Image.new("RGB", (200, 200), (120, 130, 140)).save(flat, "PNG")
    data = flat.getvalue()
    result = pdq_hash_image(data)
    assert result.quality < 50
    # Its PDQ hash in the bank (stored with a claimed quality, as a platform might) must still not be used.
    await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="pdq", value=result.hash_hex, quality=90)]
    )
    async with unit_of_work(sessionmaker) as uow:
        assert await matching.match_file_bytes(uow.session, data, settings=settings) == []
    await make_removal_case_with_hashes(
        sessionmaker, settings, hashes=[NewHash(signal_type="sha256", value=result.sha256_hex)]
    )
    async with unit_of_work(sessionmaker) as uow:
        [exact] = await matching.match_file_bytes(uow.session, data, settings=settings)
        assert exact.signal_type == "sha256"


def test_images_are_recognised_by_content() -> None:
    assert matching.looks_like_image(png(1))
    assert matching.looks_like_image(reencoded_jpeg(png(1)))
    assert not matching.looks_like_image(b"<html><img src=x></html>")
    hashes = matching.hash_file(b"GIF89a but not really an image")
    assert (hashes.is_image, hashes.pdq, hashes.quality) == (False, (), None)
    variants = matching.hash_file(png(1), dihedral=True)
    assert variants.is_image
    assert len(variants.pdq) == 8
    assert variants.pdq[0] == pdq_hash_image(png(1)).hash_hex


async def test_readyz_reports_the_index_without_failing_on_staleness(
    client: httpx.AsyncClient, app: Any, sessionmaker: Maker, settings: Settings
) -> None:
    async def hash_index() -> dict[str, Any]:
        response = await client.get("/readyz")
        assert response.status_code == 200
        assert response.json()["status"] == "ok"
        return dict(response.json()["hash_index"])

    case = await make_removal_case_with_hashes(sessionmaker, settings, hashes=3)
    missing = await hash_index()
    assert missing["status"] == "missing"
    assert missing["bank_version"] == 3

    await _refresh(sessionmaker, settings)
    ok = await hash_index()
    assert (ok["status"], ok["versions_behind"], ok["index_version"], ok["index_kind"]) == (
        "ok",
        0,
        3,
        "flat",
    )

    await _add(
        sessionmaker,
        settings,
        case.case_id,
        [NewHash(signal_type="pdq", value=synthetic_pdq(501), quality=90)],
    )
    behind = await hash_index()
    assert (behind["status"], behind["versions_behind"]) == ("ok", 1)  # behind, but within the 10 minutes

    clock.advance(timedelta(minutes=11))
    stale = await hash_index()
    assert (stale["status"], stale["versions_behind"]) == ("stale", 1)
    assert stale["age_seconds"] >= 660
    assert not any(isinstance(v, str) and len(v) == 64 for v in stale.values())  # no hash in the output

    result = await app.state.jobs.run_now("hashing.refresh_index")
    assert (result["action"], result["added"]) == ("applied", 1)
    assert (await hash_index())["status"] == "ok"


def test_jobs_are_registered_with_their_schedules() -> None:
    import ondam.tasks  # noqa: F401, PLC0415

    assert REGISTRY["hashing.refresh_index"].schedule == {"minute": "*"}
    assert REGISTRY["hashing.recheck_open_items"].schedule == {"minute": "23", "hour": "*/6"}
    assert REGISTRY["hashing.recheck_item"].schedule is None
