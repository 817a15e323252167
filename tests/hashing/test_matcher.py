"""The hash matcher: exact results on both faiss index kinds, changes, compaction, bad input, staleness.

Every hash here is random (numpy); near-duplicates are made by flipping chosen bits. A brute-force numpy
popcount is the reference the matcher is checked against.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from ondam.hashing.index import IndexNotReady, MatcherService, health_status
from ondam.hashing.matcher import (
    HASH_BYTES,
    Match,
    Matcher,
    codes_to_hex,
    nflip_for,
    parse_hashes,
)

POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)
# flat: the default (never multi-hash); multihash: forced by a switch size of 0
KINDS = {"flat": None, "multihash": 0}


def random_codes(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.integers(0, 256, size=(n, HASH_BYTES), dtype=np.uint8)


def flip(code: np.ndarray, bits: np.ndarray | list[int]) -> np.ndarray:
    out = code.copy()
    for bit in bits:
        out[bit // 8] ^= np.uint8(1 << (bit % 8))
    return out


def flip_random(rng: np.random.Generator, code: np.ndarray, k: int) -> np.ndarray:
    return flip(code, rng.choice(256, size=k, replace=False))


def spread_flips(per_chunk: list[int]) -> list[int]:
    """Bits to flip so that 16-bit sub-hash h (bytes 2h and 2h+1) differs in per_chunk[h] bits."""
    bits: list[int] = []
    for chunk, count in enumerate(per_chunk):
        bits.extend(chunk * 16 + offset for offset in range(count))
    return bits


def distances(bank: np.ndarray, query: np.ndarray) -> np.ndarray:
    return np.asarray(POPCOUNT[np.bitwise_xor(bank, query)].sum(axis=1), dtype=np.int64)


def brute(ids: np.ndarray, bank: np.ndarray, query: np.ndarray, max_distance: int) -> list[tuple[int, int]]:
    d = distances(bank, query)
    hit = np.flatnonzero(d <= max_distance)
    return sorted((int(d[i]), int(ids[i])) for i in hit)


def as_pairs(matches: list[Match]) -> list[tuple[int, int]]:
    return [(m.distance, m.hash_id) for m in matches]


def build(kind: str, ids: np.ndarray, bank: np.ndarray, **options: Any) -> Matcher:
    return Matcher(
        zip(ids.tolist(), codes_to_hex(bank), strict=True), multihash_min_size=KINDS[kind], **options
    )


@pytest.fixture(params=sorted(KINDS))
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# ----------------------------------------------------------------------------- exact matching


def test_planted_near_duplicates_match_up_to_31_and_not_beyond(kind: str) -> None:
    rng = np.random.default_rng(1)
    query = random_codes(rng, 1)[0]
    planted = {dist: flip_random(rng, query, dist) for dist in (0, 1, 15, 31, 32, 40)}
    noise = random_codes(rng, 5000)
    ids = np.arange(5000 + len(planted), dtype=np.int64)
    bank = np.vstack([noise, *planted.values()])
    planted_id = {dist: 5000 + i for i, dist in enumerate(planted)}
    matcher = build(kind, ids, bank)
    assert matcher.kind == kind
    faiss_class = {"flat": "IndexBinaryFlat", "multihash": "IndexBinaryMultiHash"}[kind]
    assert type(matcher._state.main.index).__name__ == faiss_class
    assert len(matcher) == len(ids)

    found = matcher.query(query.tobytes().hex())

    assert found == [Match(planted_id[d], d) for d in (0, 1, 15, 31)]
    assert found == [Match(i, d) for d, i in brute(ids, bank, query, 31)]
    assert [m.hash_id for m in matcher.query(query.tobytes().hex(), max_distance=15)] == [
        planted_id[0],
        planted_id[1],
        planted_id[15],
    ]
    assert [m.hash_id for m in matcher.query(query.tobytes().hex(), max_distance=0)] == [planted_id[0]]


def test_multihash_worst_case_spread_is_still_found() -> None:
    """31 bits spread so that 15 sub-hashes differ in 2 bits and one in 1: only a 1-bit flip probe finds it."""
    rng = np.random.default_rng(2)
    query = random_codes(rng, 1)[0]
    worst = flip(query, spread_flips([2] * 15 + [1]))
    too_far = flip(query, spread_flips([2] * 16))  # 32 bits, every sub-hash 2 bits away
    bank = np.vstack([random_codes(rng, 2000), worst, too_far])
    ids = np.arange(len(bank), dtype=np.int64)
    matcher = build("multihash", ids, bank)
    assert nflip_for(31) == 1
    assert matcher.max_distance_limit == 31
    assert matcher._state.main.index.nflip == 1
    assert matcher.query(query.tobytes().hex()) == [Match(2000, 31)]

    # a larger limit raises nflip and stays exact: 47 = 15 x 3 + 2
    wide47 = Matcher.from_codes(
        ids,
        np.vstack([bank[:2000], flip(query, spread_flips([3] * 15 + [2])), too_far]),
        multihash_min_size=0,
        max_distance_limit=47,
    )
    assert nflip_for(47) == 2
    assert wide47.query(query.tobytes().hex(), max_distance=47) == [Match(2001, 32), Match(2000, 47)]


def test_brute_force_cross_check_on_thousands_of_queries(kind: str) -> None:
    rng = np.random.default_rng(3)
    base = random_codes(rng, 300)
    # clusters of near-duplicates so that queries have several matches at various distances
    members = [flip_random(rng, base[i % 300], int(rng.integers(0, 45))) for i in range(6000)]
    bank = np.vstack([random_codes(rng, 14000), np.array(members)])
    ids = rng.permutation(np.arange(10**9, 10**9 + len(bank), dtype=np.int64))
    matcher = build(kind, ids, bank)
    near = [
        flip_random(rng, bank[int(rng.integers(0, len(bank)))], int(rng.integers(0, 40))) for _ in range(1500)
    ]
    queries = np.vstack([np.array(near), random_codes(rng, 1500)])

    results = matcher.query_batch(codes_to_hex(queries), 31)

    total = 0
    for query, got in zip(queries, results, strict=True):
        expected = brute(ids, bank, query, 31)
        assert as_pairs(got) == expected
        total += len(expected)
    # the check exercised many matches (about 2,100 here), several per query at times, not just empty results
    assert total > 1500
    assert sum(len(r) > 1 for r in results) > 100


def test_batch_equals_single_queries_and_keeps_order(kind: str) -> None:
    rng = np.random.default_rng(4)
    bank = random_codes(rng, 3000)
    ids = np.arange(3000, dtype=np.int64)
    matcher = build(kind, ids, bank)
    queries = [flip_random(rng, bank[i], i % 32).tobytes().hex() for i in range(0, 3000, 30)]
    queries.append(random_codes(rng, 1)[0].tobytes().hex())

    batch = matcher.query_batch(queries)

    assert batch == [matcher.query(q) for q in queries]
    assert all(batch[i][0].hash_id == i * 30 for i in range(100))
    assert batch[-1] == []
    assert matcher.query_batch([]) == []


def test_uppercase_hex_is_accepted_and_results_sorted_by_distance_then_id() -> None:
    rng = np.random.default_rng(5)
    query = random_codes(rng, 1)[0]
    same = query.tobytes().hex()
    assert codes_to_hex(parse_hashes([same.upper()])) == [same]
    matcher = Matcher([(7, same), (3, same), (5, flip(query, [0, 9]).tobytes().hex())])
    assert matcher.query(same.upper()) == [Match(3, 0), Match(7, 0), Match(5, 2)]


def test_repeated_id_in_build_input_last_one_wins() -> None:
    rng = np.random.default_rng(6)
    a, b = random_codes(rng, 2)
    matcher = Matcher([(1, a.tobytes().hex()), (1, b.tobytes().hex())])
    assert len(matcher) == 1
    assert matcher.query(a.tobytes().hex()) == []
    assert matcher.query(b.tobytes().hex()) == [Match(1, 0)]


def test_dihedral_query_reports_each_hash_once_with_its_best_variant(kind: str) -> None:
    rng = np.random.default_rng(7)
    variants = random_codes(rng, 8)
    stored = flip_random(rng, variants[5], 4)  # near the 6th variant only
    also_near = flip_random(rng, variants[0], 20)
    bank = np.vstack([random_codes(rng, 500), stored, also_near])
    ids = np.arange(len(bank), dtype=np.int64)
    matcher = build(kind, ids, bank)
    hexes = codes_to_hex(variants)

    assert matcher.query(hexes[0]) == [Match(501, 20)]
    assert matcher.query(hexes, dihedral=True) == [Match(500, 4, variant=5), Match(501, 20, variant=0)]
    # a stored hash near two variants is reported once, with the nearer one
    single = Matcher.from_codes([1], [flip(variants[2], [0, 1, 2])], multihash_min_size=KINDS[kind])
    farther = flip(variants[2], [100])  # 4 bits from the stored hash
    assert single.query([hexes[0], *codes_to_hex(farther.reshape(1, -1)), hexes[2]], dihedral=True) == [
        Match(1, 3, variant=2)
    ]
    assert single.query([hexes[2], *codes_to_hex(farther.reshape(1, -1))], dihedral=True) == [
        Match(1, 3, variant=0)
    ]
    batch = matcher.query_batch([hexes, hexes[:1]], dihedral=True)
    assert batch == [matcher.query(hexes, dihedral=True), [Match(501, 20, variant=0)]]


def test_empty_matcher_matches_nothing(kind: str) -> None:
    matcher = Matcher([], multihash_min_size=KINDS[kind])
    assert len(matcher) == 0
    assert matcher.query("0" * 64) == []
    matcher.add([(1, "0" * 64)])
    assert matcher.query("0" * 64) == [Match(1, 0)]


# ----------------------------------------------------------------------------- changes and compaction


def live_reference(live: dict[int, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    ids = np.array(sorted(live), dtype=np.int64)
    return ids, np.array([live[i] for i in ids.tolist()]).reshape(-1, HASH_BYTES)


def check_against(matcher: Matcher, live: dict[int, np.ndarray], queries: np.ndarray) -> None:
    ids, bank = live_reference(live)
    got = matcher.query_batch(codes_to_hex(queries))
    for query, result in zip(queries, got, strict=True):
        assert as_pairs(result) == brute(ids, bank, query, 31)
    assert len(matcher) == len(live)


def test_add_remove_replace_take_effect_at_once_and_survive_compaction(kind: str) -> None:
    rng = np.random.default_rng(8)
    bank = random_codes(rng, 4000)
    live = dict(enumerate(bank))
    matcher = build(kind, np.arange(4000, dtype=np.int64), bank, background=False)
    target = random_codes(rng, 1)[0]
    target_hex = target.tobytes().hex()

    near_target = flip_random(rng, target, 12)
    matcher.add([(10_000, near_target.tobytes().hex())])
    live[10_000] = near_target
    assert matcher.query(target_hex) == [Match(10_000, 12)]

    assert matcher.remove([10_000]) == 1
    del live[10_000]
    assert matcher.query(target_hex) == []

    # withdraw a hash of the main segment: a tombstone, filtered at once
    assert matcher.query(bank[17].tobytes().hex()) == [Match(17, 0)]
    assert matcher.remove([17, 17, 999_999]) == 1
    del live[17]
    assert matcher.query(bank[17].tobytes().hex()) == []
    assert matcher.remove([17]) == 0

    # replace the hash of a main id: the old hash stops matching, the new one matches
    matcher.add([(18, target_hex)])
    live[18] = target
    assert matcher.query(bank[18].tobytes().hex()) == []
    assert matcher.query(target_hex) == [Match(18, 0)]
    # re-adding a withdrawn id brings it back
    matcher.add([(17, bank[17].tobytes().hex())])
    live[17] = bank[17]
    stats = matcher.stats()
    assert (stats.main_size, stats.delta_size, stats.superseded) == (4000, 2, 2)

    queries = np.vstack([target, bank[:200], *[flip_random(rng, bank[i], 25) for i in range(200)]])
    check_against(matcher, live, queries)
    assert matcher.compact() is True
    stats = matcher.stats()
    assert (stats.main_size, stats.delta_size, stats.superseded, stats.compactions) == (4000, 0, 0, 1)
    assert stats.kind == kind
    check_against(matcher, live, queries)


def test_automatic_compaction_when_delta_or_superseded_grow(kind: str) -> None:
    rng = np.random.default_rng(9)
    bank = random_codes(rng, 1000)
    live = dict(enumerate(bank))
    matcher = build(
        kind, np.arange(1000, dtype=np.int64), bank, delta_limit=50, superseded_limit=30, background=False
    )
    extra = random_codes(rng, 60)
    for start in range(0, 60, 10):
        matcher.add(
            zip(range(5000 + start, 5010 + start), codes_to_hex(extra[start : start + 10]), strict=True)
        )
        live.update(zip(range(5000 + start, 5010 + start), extra[start : start + 10], strict=True))
    assert matcher.stats().compactions == 1  # after the delta passed 50
    assert matcher.stats().main_size == 1060
    matcher.remove(range(40))
    for i in range(40):
        del live[i]
    assert matcher.stats().compactions == 2  # after the superseded set passed 30
    assert matcher.stats().superseded == 0
    check_against(matcher, live, np.vstack([bank[:60], extra]))


def test_background_compaction_keeps_answering_and_carries_over_changes_made_meanwhile(kind: str) -> None:
    rng = np.random.default_rng(10)
    bank = random_codes(rng, 3000)
    live = dict(enumerate(bank))
    matcher = build(kind, np.arange(3000, dtype=np.int64), bank, delta_limit=5)
    fresh = random_codes(rng, 20)
    matcher.add(zip(range(9000, 9004), codes_to_hex(fresh[:4]), strict=True))
    live.update(zip(range(9000, 9004), fresh[:4], strict=True))
    matcher.remove([1, 2])
    del live[1], live[2]

    release = threading.Event()
    building = threading.Event()
    real_build = matcher._build_main

    def slow_build(ids: np.ndarray, codes: np.ndarray) -> Any:
        building.set()
        assert release.wait(30)
        return real_build(ids, codes)

    matcher._build_main = slow_build  # type: ignore[method-assign]
    assert matcher.compact(wait=False) is True
    assert building.wait(30)
    assert matcher.stats().compacting
    assert matcher.compact(wait=False) is False  # one at a time

    # changes while the new main is being built: all visible at once, and all kept after the swap
    matcher.add(zip(range(9004, 9010), codes_to_hex(fresh[4:10]), strict=True))  # delta passes its limit
    live.update(zip(range(9004, 9010), fresh[4:10], strict=True))
    matcher.remove([9000, 3, 2999])  # a delta entry already in the snapshot, and main entries
    for i in (9000, 3, 2999):
        del live[i]
    matcher.add(
        [(1, bank[1].tobytes().hex()), (9001, fresh[15].tobytes().hex()), (5, fresh[16].tobytes().hex())]
    )
    live[1], live[9001], live[5] = bank[1], fresh[15], fresh[16]
    queries = np.vstack([bank[:10], bank[2995:], fresh])
    check_against(matcher, live, queries)

    answers: list[int] = []
    errors: list[BaseException] = []

    def keep_querying() -> None:
        try:
            while not stop.is_set():
                answers.append(len(matcher.query(bank[0].tobytes().hex())))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    stop = threading.Event()
    reader = threading.Thread(target=keep_querying)
    reader.start()
    release.set()
    assert matcher.wait_for_compaction(60)
    stop.set()
    reader.join(30)
    assert errors == []
    assert answers
    assert set(answers) == {1}

    stats = matcher.stats()
    assert stats.compactions >= 1
    assert not stats.compacting
    check_against(matcher, live, queries)
    # a further synchronous compaction folds in the changes that arrived meanwhile
    matcher._build_main = real_build  # type: ignore[method-assign]
    matcher.compact()
    assert matcher.stats().delta_size == 0
    assert matcher.stats().superseded == 0
    check_against(matcher, live, queries)


def test_failed_compaction_leaves_the_old_index_in_use() -> None:
    rng = np.random.default_rng(11)
    bank = random_codes(rng, 100)
    matcher = Matcher.from_codes(np.arange(100), bank, background=False)
    matcher.add([(500, bank[0].tobytes().hex())])

    def broken(ids: np.ndarray, codes: np.ndarray) -> Any:
        raise MemoryError("simulated")

    matcher._build_main = broken  # type: ignore[method-assign]
    with pytest.raises(MemoryError):
        matcher.compact()
    assert not matcher.stats().compacting
    assert [m.hash_id for m in matcher.query(bank[0].tobytes().hex())] == [0, 500]
    matcher.remove([0])
    assert [m.hash_id for m in matcher.query(bank[0].tobytes().hex())] == [500]


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0" * 63, "must be 64 hex characters, got 63"),
        ("0" * 65, "must be 64 hex characters, got 65"),
        ("", "must be 64 hex characters, got 0"),
        ("g" + "0" * 63, "non-hexadecimal character at position 0"),
        ("0" * 62 + " 0", "non-hexadecimal character at position 62"),
        ("0" * 63 + "é", "non-hexadecimal character"),
        ("0x" + "0" * 62, "non-hexadecimal character at position 1"),
    ],
)
def test_bad_hex_raises_value_error_with_a_clear_message(value: str, message: str) -> None:
    matcher = Matcher([(1, "f" * 64)])
    with pytest.raises(ValueError, match=message) as raised:
        matcher.query(value)
    assert str(raised.value).startswith("PDQ hash ")
    if len(value) > 8:
        assert value not in str(raised.value)  # hashes are sensitive: never echoed
    with pytest.raises(ValueError, match=message):
        Matcher([(1, value)])
    with pytest.raises(ValueError, match=message):
        matcher.add([(2, value)])
    assert len(matcher) == 1


def test_bad_hash_in_a_batch_is_named_by_index() -> None:
    matcher = Matcher([(1, "f" * 64)])
    with pytest.raises(
        ValueError, match=r"PDQ hash at index 2 contains a non-hexadecimal character at position 5"
    ):
        matcher.query_batch(["0" * 64, "1" * 64, "00000z" + "0" * 58])
    with pytest.raises(ValueError, match="PDQ hash at index 1 must be 64 hex characters, got 3"):
        matcher.query_batch(["0" * 64, "abc"])


def test_other_bad_arguments() -> None:
    matcher = Matcher([(1, "f" * 64)])
    with pytest.raises(ValueError, match="max_distance must be between 0 and 31"):
        matcher.query("f" * 64, max_distance=32)
    with pytest.raises(ValueError, match="max_distance must be between 0 and 31"):
        matcher.query("f" * 64, max_distance=-1)
    with pytest.raises(TypeError, match="max_distance must be an int"):
        matcher.query("f" * 64, max_distance=3.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of variant hex strings"):
        matcher.query("f" * 64, dihedral=True)
    with pytest.raises(TypeError, match="one hex string"):
        matcher.query(["f" * 64])
    with pytest.raises(ValueError, match="1 to 8 variants, got 9"):
        matcher.query(["f" * 64] * 9, dihedral=True)
    with pytest.raises(ValueError, match="1 to 8 variants, got 0"):
        matcher.query([], dihedral=True)
    with pytest.raises(TypeError, match="hash id must be an int"):
        Matcher([("1", "f" * 64)])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="does not fit in 64 bits"):
        matcher.add([(2**63, "f" * 64)])
    with pytest.raises(ValueError, match="codes must have shape"):
        Matcher.from_codes([1, 2], np.zeros((2, 31), dtype=np.uint8))
    assert matcher.query("F" * 64) == [Match(1, 0)]


# ----------------------------------------------------------------------------- staleness


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_service_records_version_and_age_and_reports_health() -> None:
    clock = FakeClock()
    service = MatcherService(clock=clock)
    assert health_status(service, 5) == {"status": "missing", "bank_version": 5}
    with pytest.raises(IndexNotReady):
        service.staleness(5)
    with pytest.raises(IndexNotReady):
        _ = service.matcher

    service.install(Matcher([(1, "a" * 64)]), bank_version=5)
    assert service.version == 5
    clock.now += timedelta(seconds=90)
    s = service.staleness(5)
    assert (s.versions_behind, s.age_seconds, s.built_seconds_ago) == (0, 90.0, 90.0)
    assert health_status(service, 5)["status"] == "ok"

    # the bank moved on: behind, but within the allowed lag
    s = service.staleness(9)
    assert (s.index_version, s.bank_version, s.versions_behind) == (5, 9, 4)
    assert health_status(service, 9, max_lag_seconds=600)["status"] == "ok"
    clock.now += timedelta(seconds=600)
    status = health_status(service, 9, max_lag_seconds=600)
    assert status == {
        "status": "stale",
        "index_version": 5,
        "bank_version": 9,
        "versions_behind": 4,
        "age_seconds": 690.0,
        "index_kind": "flat",
    }
    # an unchanged bank is never stale, however old the index
    assert health_status(service, 5)["status"] == "ok"

    # incremental changes bring it up to date without a rebuild
    service.apply(bank_version=9, added=[(2, "b" * 64)], removed=[1])
    assert service.matcher.query("b" * 64) == [Match(2, 0)]
    assert service.matcher.query("a" * 64) == []
    s = service.staleness(9)
    assert (s.versions_behind, s.age_seconds, s.built_seconds_ago) == (0, 0.0, 690.0)
    assert health_status(service, 9)["status"] == "ok"

    clock.now += timedelta(seconds=30)
    service.apply(bank_version=9)  # checked, nothing new
    assert service.staleness(9).age_seconds == 0.0
    with pytest.raises(ValueError, match="went backwards"):
        service.apply(bank_version=8)
    with pytest.raises(ValueError, match="refusing to install"):
        service.install(Matcher(), bank_version=3)

    built = clock.now - timedelta(seconds=45)
    service.install(Matcher([(3, "c" * 64)]), bank_version=12, built_at=built)
    assert service.built_at == built
    assert service.staleness(12).age_seconds == 45.0
    assert service.matcher.query("c" * 64) == [Match(3, 0)]
