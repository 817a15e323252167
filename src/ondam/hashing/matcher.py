"""Exact PDQ hash matching with faiss binary indexes, and small changes without a full rebuild.

Every stored hash within ``max_distance`` (Hamming, 256 bits) of a query is returned, and nothing beyond it:
- ``faiss.IndexBinaryFlat`` compares the query with every stored hash (exact by construction).
- ``faiss.IndexBinaryMultiHash`` with 16 sub-hashes of 16 bits and ``nflip`` bit flips finds every stored hash
  one of whose sub-hashes differs from the query's in at most ``nflip`` bits, then computes the exact distance
  of each candidate. Pigeonhole: if all 16 sub-hashes differed in ``nflip + 1`` bits or more, the distance
  would be at least ``16 * (nflip + 1)``; so ``nflip = max_distance_limit // 16`` (1 for the PDQ threshold 31)
  misses nothing at distances up to ``max_distance_limit``.
Both compute exact distances for what they return and keep only those strictly below the radius they are
given (``range_search`` is strict: radius ``max_distance + 1``), so no candidate needs checking again; the
tests cross-check both against a numpy brute force.

Which to use was measured on this machine (2 cores, faiss-cpu 1.15.1, uniformly random hashes, single
lookups at distance 31; ``benchmarks/matcher.py``): the flat index won at every size tried, 10k to 10M.
At 1M: flat p50 1.3 ms, build 0.1 s, 31 MB; multi-hash p50 2.3 ms, build 4.2 s, 336 MB. At 10M: flat p50
13.6 ms, build 1.6 s, 315 MB; multi-hash p50 22.7 ms, build 30 s, 2.6 GB. The multi-hash candidate list grows
linearly with the bank too (16 sub-hashes x 17 probes x n / 65536 = about n / 241 candidates, each verified
through a hash set). A later full ``make bench`` run (2026-11-26, docs/benchmarks.md) measured flat 10M at p50
40.5 ms and multi-hash 10M at p50 22.0 ms, so the two runs disagree on which is faster at 10M; both are far
inside what a re-check job needs, and multi-hash costs 8x the memory (2.6 GB) and 16x the build time. Hence the
default ``multihash_min_size`` is ``None`` (always flat); a deployment can set ``ONDAM_MATCHER_MULTIHASH_MIN_SIZE``.

Changes: the bank lives in an immutable *main* segment (sorted by hash id), a small flat *delta* segment of
hashes added since, and a set of main ids that are *superseded* (removed, or replaced by a delta entry) and
filtered out at query time. Each change builds a new state object and swaps it in under a lock; a query reads
the state once, so it sees either all of a change or none of it. When the delta or the superseded set grows
past its limit the live hashes are compacted into a new main segment, in a background thread if asked, while
queries keep using the old one; changes made during the compaction are carried over when the new state is
swapped in.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import faiss
import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

HASH_BITS = 256
HASH_BYTES = HASH_BITS // 8
HASH_HEX_CHARS = HASH_BYTES * 2
DEFAULT_MAX_DISTANCE = 31  # python-threatexchange / OpenMediaMatch convention for PDQ
SUBHASHES = 16
SUBHASH_BITS = 16
MAX_VARIANTS = 8  # the dihedral group of the square: 4 rotations x optional mirror

Codes = npt.NDArray[np.uint8]
Ids = npt.NDArray[np.int64]
IndexKind = Literal["flat", "multihash"]

_CHUNK = 1 << 16  # rows per numpy step in bulk copies (about 2 MB): the GIL is never held for long
_LARGE = 50_000
_PARALLEL_MIN = 16  # fewer queries than this run on one OpenMP thread  # segments at least this big are freed by the reaper thread, not by the last query

_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1

_NIBBLE = np.full(256, 255, dtype=np.uint8)
for _value, _char in enumerate(b"0123456789abcdef"):
    _NIBBLE[_char] = _value
for _value, _char in enumerate(b"ABCDEF", start=10):
    _NIBBLE[_char] = _value


@dataclass(frozen=True, slots=True)
class Match:
    """A stored hash within the distance asked for; ``variant`` is the index of the query variant that matched."""

    hash_id: int
    distance: int
    variant: int = 0


@dataclass(frozen=True, slots=True)
class MatcherStats:
    kind: IndexKind
    live: int
    main_size: int
    delta_size: int
    superseded: int
    compacting: bool
    compactions: int
    last_compaction_seconds: float | None


def parse_hashes(hashes: Sequence[str]) -> Codes:
    """PDQ hashes in hex (64 characters, either case) as an ``(n, 32)`` uint8 array, checked strictly.

    Raises ValueError naming the position of a bad hash; the hash itself is never put in the message, since
    error messages end up in logs and hashes of victims' images are sensitive.
    """
    if isinstance(hashes, str):
        raise TypeError("expected a sequence of PDQ hashes, got a single string")
    many = len(hashes) != 1

    def label(i: int) -> str:
        return f"PDQ hash at index {i}" if many else "PDQ hash"

    for i, value in enumerate(hashes):
        if not isinstance(value, str):
            raise TypeError(f"{label(i)} must be a str, got {type(value).__name__}")
        if len(value) != HASH_HEX_CHARS:
            raise ValueError(f"{label(i)} must be {HASH_HEX_CHARS} hex characters, got {len(value)}")
        if not value.isascii():
            raise ValueError(f"{label(i)} contains a non-hexadecimal character")
    if not hashes:
        return np.empty((0, HASH_BYTES), dtype=np.uint8)
    nibbles = _NIBBLE[np.frombuffer("".join(hashes).encode("ascii"), dtype=np.uint8)]
    bad = nibbles == 255
    if bad.any():
        position = int(np.argmax(bad))
        raise ValueError(
            f"{label(position // HASH_HEX_CHARS)} contains a non-hexadecimal character "
            f"at position {position % HASH_HEX_CHARS}"
        )
    pairs = nibbles.reshape(len(hashes), HASH_BYTES, 2)
    return np.asarray((pairs[:, :, 0] << 4) | pairs[:, :, 1], dtype=np.uint8)


def codes_to_hex(codes: Codes) -> list[str]:
    """The inverse of :func:`parse_hashes` (lowercase)."""
    return [row.tobytes().hex() for row in np.asarray(codes, dtype=np.uint8).reshape(-1, HASH_BYTES)]


def nflip_for(max_distance: int) -> int:
    """Bit flips per 16-bit sub-hash that make a 16 x 16-bit multi-hash search exact up to ``max_distance``."""
    return max_distance // SUBHASHES


def _padded(codes: Codes) -> Codes:
    """``codes`` copied into a C-contiguous buffer with 8 spare bytes after it (a view of its first rows).

    IndexBinaryMultiHash reads each sub-hash as an unaligned 64-bit word, so the last sub-hash of the last
    row reads 6 bytes past the end of the array faiss is given; the spare row keeps that read inside memory
    we own. The copy goes in chunks so that a large one never holds the GIL for long.
    """
    n = len(codes)
    buffer = np.zeros((n + 1, HASH_BYTES), dtype=np.uint8)
    for start in range(0, n, _CHUNK):
        end = min(n, start + _CHUNK)
        buffer[start:end] = codes[start:end]
    return buffer[:n]


def _check_ids(hash_ids: Iterable[int]) -> Ids:
    values = list(hash_ids)
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int | np.integer):
            raise TypeError(f"hash id must be an int, got {type(value).__name__}")
        if not _INT64_MIN <= int(value) <= _INT64_MAX:
            raise ValueError("hash id does not fit in 64 bits")
    return np.array(values, dtype=np.int64).reshape(-1)


def _last_wins(ids: Ids, codes: Codes) -> tuple[Ids, Codes]:
    """Sorted unique ids; for a repeated id the last row given wins."""
    n = len(ids)
    if n == 0:
        return ids, codes
    unique, first_in_reversed = np.unique(ids[::-1], return_index=True)
    rows = n - 1 - first_in_reversed
    if len(unique) == n and bool(np.all(rows == np.arange(n))):
        return ids, codes  # already sorted and unique
    return unique.astype(np.int64), codes[rows]


class _Segment:
    """One faiss index over a fixed set of hashes, with the hash id of each faiss row (sorted, unique).

    ``codes`` must come from :func:`_padded` or :func:`_merge` (spare bytes after the last row).
    """

    __slots__ = ("ids", "index", "kind")

    def __init__(self, ids: Ids, codes: Codes, kind: IndexKind, nflip: int) -> None:
        self.ids = ids
        self.kind: IndexKind = kind
        self.index: Any
        if kind == "multihash":
            self.index = faiss.IndexBinaryMultiHash(HASH_BITS, SUBHASHES, SUBHASH_BITS)
            self.index.nflip = nflip
        else:
            self.index = faiss.IndexBinaryFlat(HASH_BITS)
        if len(ids):
            self.index.add(codes)

    def __del__(self) -> None:
        # Freeing a large faiss index takes a while (about 0.4 s per million hashes for a multi-hash one); the
        # last query holding a retired state would otherwise pay for it. SimpleQueue.put is safe in __del__.
        index = getattr(self, "index", None)
        if index is not None and len(self.ids) >= _LARGE:
            _graveyard.put(index)

    def __len__(self) -> int:
        return len(self.ids)

    def contains(self, hash_ids: Ids) -> npt.NDArray[np.bool_]:
        if len(self.ids) == 0:
            return np.zeros(len(hash_ids), dtype=bool)
        pos = np.searchsorted(self.ids, hash_ids)
        pos[pos == len(self.ids)] = 0
        return np.asarray(self.ids[pos] == hash_ids)

    def codes(self) -> Codes:
        if len(self.ids) == 0:
            return np.empty((0, HASH_BYTES), dtype=np.uint8)
        storage = self.index.storage if self.kind == "multihash" else self.index
        return np.asarray(storage.reconstruct_n(0, len(self.ids)), dtype=np.uint8)

    def search(
        self, queries: Codes, max_distance: int
    ) -> tuple[npt.NDArray[np.int64], Ids, npt.NDArray[np.int64]]:
        """faiss range search: (limits per query, hash ids, exact distances), distances <= max_distance."""
        if len(self.ids) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return np.zeros(len(queries) + 1, dtype=np.int64), empty, empty
        limits, distances, rows = self.index.range_search(queries, max_distance + 1)  # strict "<" radius
        return (
            np.asarray(limits, dtype=np.int64),
            self.ids[rows],
            np.asarray(distances, dtype=np.int64),
        )


@dataclass(frozen=True, slots=True, eq=False)
class _State:
    main: _Segment
    superseded: frozenset[int]  # main ids that are no longer live
    delta: dict[int, bytes]  # hashes added since main was built; never mutated once in a state
    delta_segment: _Segment

    @property
    def live(self) -> int:
        return len(self.main) - len(self.superseded) + len(self.delta)


def _delta_segment(delta: dict[int, bytes]) -> _Segment:
    ids = np.array(sorted(delta), dtype=np.int64)
    raw = b"".join(delta[int(i)] for i in ids)
    codes = np.frombuffer(raw, dtype=np.uint8).reshape(-1, HASH_BYTES)
    return _Segment(ids, _padded(codes), "flat", 0)


class Matcher:
    """Exact Hamming matching of PDQ hashes, safe to query from several threads while it changes.

    ``multihash_min_size``: banks of at least this many hashes get an IndexBinaryMultiHash main segment, smaller
    ones an IndexBinaryFlat; ``None`` (the default, see the module docstring) always uses the flat index.
    ``max_distance_limit``: the largest ``max_distance`` a query may ask for; it sets the multi-hash ``nflip``.
    ``delta_limit`` / ``superseded_limit``: compact once the delta or the superseded set is larger than this.
    ``background``: run automatic compactions in a background thread (queries go on meanwhile).
    """

    def __init__(
        self,
        pairs: Iterable[tuple[int, str]] = (),
        *,
        multihash_min_size: int | None = None,
        max_distance_limit: int = DEFAULT_MAX_DISTANCE,
        delta_limit: int = 20_000,
        superseded_limit: int = 100_000,
        background: bool = True,
    ) -> None:
        items = list(pairs)
        ids = _check_ids(hash_id for hash_id, _ in items)
        codes = parse_hashes([pdq for _, pdq in items])
        self._init(
            ids,
            codes,
            multihash_min_size=multihash_min_size,
            max_distance_limit=max_distance_limit,
            delta_limit=delta_limit,
            superseded_limit=superseded_limit,
            background=background,
        )

    @classmethod
    def from_codes(
        cls,
        hash_ids: npt.ArrayLike,
        codes: npt.ArrayLike,
        *,
        multihash_min_size: int | None = None,
        max_distance_limit: int = DEFAULT_MAX_DISTANCE,
        delta_limit: int = 20_000,
        superseded_limit: int = 100_000,
        background: bool = True,
    ) -> Matcher:
        """Build from arrays: int64 ids ``(n,)`` and uint8 hashes ``(n, 32)`` (large banks, no hex round trip)."""
        id_array = np.asarray(hash_ids, dtype=np.int64).reshape(-1)
        code_array = np.asarray(codes, dtype=np.uint8)
        if code_array.ndim != 2 or code_array.shape[1] != HASH_BYTES or len(code_array) != len(id_array):
            raise ValueError(f"codes must have shape ({len(id_array)}, {HASH_BYTES}), got {code_array.shape}")
        matcher = cls.__new__(cls)
        matcher._init(
            id_array,
            code_array,
            multihash_min_size=multihash_min_size,
            max_distance_limit=max_distance_limit,
            delta_limit=delta_limit,
            superseded_limit=superseded_limit,
            background=background,
        )
        return matcher

    def _init(
        self,
        ids: Ids,
        codes: Codes,
        *,
        multihash_min_size: int | None,
        max_distance_limit: int,
        delta_limit: int,
        superseded_limit: int,
        background: bool,
    ) -> None:
        if not 0 <= max_distance_limit <= HASH_BITS:
            raise ValueError(f"max_distance_limit must be between 0 and {HASH_BITS}")
        if multihash_min_size is not None and multihash_min_size < 0:
            raise ValueError("multihash_min_size must be >= 0 or None")
        self.multihash_min_size = multihash_min_size
        self.max_distance_limit = max_distance_limit
        self.delta_limit = delta_limit
        self.superseded_limit = superseded_limit
        self.background = background
        self._lock = threading.Lock()
        self._compacting = False
        self._touched: set[int] | None = None  # ids changed while a compaction runs
        self._idle = threading.Event()
        self._idle.set()
        self._compactions = 0
        self._last_compaction_seconds: float | None = None
        _start_reaper()
        ids, codes = _last_wins(ids, codes)
        empty: dict[int, bytes] = {}
        self._state = _State(self._build_main(ids, _padded(codes)), frozenset(), empty, _delta_segment(empty))

    def _build_main(self, ids: Ids, codes: Codes) -> _Segment:
        """A main segment over sorted unique ``ids`` and their ``codes`` (padded, see :func:`_padded`)."""
        multihash = self.multihash_min_size is not None and len(ids) >= self.multihash_min_size
        return _Segment(ids, codes, "multihash" if multihash else "flat", nflip_for(self.max_distance_limit))

    # ----------------------------------------------------------------- queries

    def __len__(self) -> int:
        return self._state.live

    @property
    def kind(self) -> IndexKind:
        return self._state.main.kind

    def stats(self) -> MatcherStats:
        state = self._state
        return MatcherStats(
            kind=state.main.kind,
            live=state.live,
            main_size=len(state.main),
            delta_size=len(state.delta),
            superseded=len(state.superseded),
            compacting=self._compacting,
            compactions=self._compactions,
            last_compaction_seconds=self._last_compaction_seconds,
        )

    def query(
        self, pdq: str | Sequence[str], max_distance: int = DEFAULT_MAX_DISTANCE, *, dihedral: bool = False
    ) -> list[Match]:
        """Stored hashes within ``max_distance`` of ``pdq``, nearest first (ties by hash id).

        With ``dihedral=True``, ``pdq`` is the list of the query's variant hashes (up to 8, computed by the
        caller, e.g. ``ondam.hashing.pdq.pdq_hash_rgb_dihedral``); each stored hash is reported once, with its
        smallest distance to any variant and the index of that variant.
        """
        return self.query_batch([pdq], max_distance, dihedral=dihedral)[0]

    def query_batch(
        self,
        queries: Sequence[str] | Sequence[Sequence[str]],
        max_distance: int = DEFAULT_MAX_DISTANCE,
        *,
        dihedral: bool = False,
    ) -> list[list[Match]]:
        """:meth:`query` for many hashes at once (one faiss call, parallel over queries)."""
        self._check_distance(max_distance)
        if isinstance(queries, str):
            raise TypeError("query_batch takes a sequence of queries, got a single string")
        if not dihedral:
            for item in queries:
                if not isinstance(item, str):
                    raise TypeError("without dihedral=True each query must be one hex string")
            return self._search(parse_hashes(queries), max_distance)  # type: ignore[arg-type]
        flat: list[str] = []
        slots: list[tuple[int, int]] = []  # (query number, variant number) of each hash in `flat`
        for number, variants in enumerate(queries):
            if isinstance(variants, str):
                raise TypeError("with dihedral=True each query must be a list of variant hex strings")
            if not 1 <= len(variants) <= MAX_VARIANTS:
                raise ValueError(f"a dihedral query takes 1 to {MAX_VARIANTS} variants, got {len(variants)}")
            flat.extend(variants)
            slots.extend((number, variant) for variant in range(len(variants)))
        per_variant = self._search(parse_hashes(flat), max_distance)
        merged: list[dict[int, Match]] = [{} for _ in queries]
        for (number, variant), matches in zip(slots, per_variant, strict=True):
            best = merged[number]
            for match in matches:
                seen = best.get(match.hash_id)
                if seen is None or match.distance < seen.distance:
                    best[match.hash_id] = Match(match.hash_id, match.distance, variant)
        return [sorted(best.values(), key=_order) for best in merged]

    def query_codes(
        self, codes: npt.ArrayLike, max_distance: int = DEFAULT_MAX_DISTANCE
    ) -> list[list[Match]]:
        """:meth:`query_batch` for hashes already as an ``(n, 32)`` uint8 array."""
        self._check_distance(max_distance)
        array = np.asarray(codes, dtype=np.uint8)
        if array.ndim != 2 or array.shape[1] != HASH_BYTES:
            raise ValueError(f"codes must have shape (n, {HASH_BYTES}), got {array.shape}")
        return self._search(array, max_distance)

    def _check_distance(self, max_distance: int) -> None:
        if isinstance(max_distance, bool) or not isinstance(max_distance, int):
            raise TypeError("max_distance must be an int")
        if not 0 <= max_distance <= self.max_distance_limit:
            raise ValueError(
                f"max_distance must be between 0 and {self.max_distance_limit} (this matcher's limit)"
            )

    def _search(self, codes: Codes, max_distance: int) -> list[list[Match]]:
        if len(codes) == 0:
            return []
        if len(codes) >= _PARALLEL_MIN:
            return self._search_state(self._state, codes, max_distance)
        # A few queries gain nothing from faiss's OpenMP threads, and waking them on a busy machine added
        # tens of milliseconds to the slowest lookups; the setting is per calling thread.
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            return self._search_state(self._state, codes, max_distance)
        finally:
            faiss.omp_set_num_threads(threads)

    @staticmethod
    def _search_state(state: _State, codes: Codes, max_distance: int) -> list[list[Match]]:
        # `state` was read once: the whole query sees one consistent state
        queries = _padded(codes)
        results: list[list[Match]] = [[] for _ in range(len(codes))]
        main_limits, main_ids, main_dist = state.main.search(queries, max_distance)
        _collect(results, main_limits, main_ids, main_dist, state.superseded)
        delta_limits, delta_ids, delta_dist = state.delta_segment.search(queries, max_distance)
        _collect(results, delta_limits, delta_ids, delta_dist, frozenset())
        for matches in results:
            matches.sort(key=_order)
        return results

    # ----------------------------------------------------------------- changes

    def add(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Add hashes, or replace the hash of an id already present (last one wins). Matchable on return."""
        items = list(pairs)
        ids = _check_ids(hash_id for hash_id, _ in items)
        codes = parse_hashes([pdq for _, pdq in items])
        self.add_codes(ids, codes)

    def add_codes(self, hash_ids: npt.ArrayLike, codes: npt.ArrayLike) -> None:
        """:meth:`add` with arrays, like :meth:`from_codes`."""
        ids = np.asarray(hash_ids, dtype=np.int64).reshape(-1)
        array = np.asarray(codes, dtype=np.uint8)
        if array.ndim != 2 or array.shape[1] != HASH_BYTES or len(array) != len(ids):
            raise ValueError(f"codes must have shape ({len(ids)}, {HASH_BYTES}), got {array.shape}")
        if len(ids) == 0:
            return
        with self._lock:
            state = self._state
            in_main = state.main.contains(ids)
            delta = dict(state.delta)
            for hash_id, code in zip(ids.tolist(), array, strict=True):
                delta[hash_id] = code.tobytes()
            superseded = state.superseded | frozenset(ids[in_main].tolist())
            self._swap(_State(state.main, superseded, delta, _delta_segment(delta)), ids.tolist())
        self._maybe_compact()

    def remove(self, hash_ids: Iterable[int]) -> int:
        """Withdraw hashes (tombstones): they stop matching before this returns. Returns how many were live."""
        ids = np.unique(_check_ids(hash_ids))
        if len(ids) == 0:
            return 0
        with self._lock:
            state = self._state
            in_main = state.main.contains(ids)
            delta = dict(state.delta)
            removed = 0
            for hash_id, main in zip(ids.tolist(), in_main.tolist(), strict=True):
                in_delta = delta.pop(hash_id, None) is not None
                removed += in_delta or (main and hash_id not in state.superseded)
            superseded = state.superseded | frozenset(ids[in_main].tolist())
            self._swap(_State(state.main, superseded, delta, _delta_segment(delta)), ids.tolist())
        self._maybe_compact()
        return removed

    def _swap(self, state: _State, touched: list[int]) -> None:
        # caller holds self._lock
        if self._touched is not None:
            self._touched.update(touched)
        self._state = state

    # ----------------------------------------------------------------- compaction

    def _needs_compaction(self) -> bool:
        state = self._state
        return len(state.delta) > self.delta_limit or len(state.superseded) > self.superseded_limit

    def _maybe_compact(self) -> None:
        if self._needs_compaction() and not self._compacting:
            self.compact(wait=not self.background)

    def compact(self, *, wait: bool = True) -> bool:
        """Fold the delta and the superseded set into a new main segment.

        Queries and changes go on meanwhile; the new state is swapped in atomically. Returns False if a
        compaction was already running (with ``wait=True`` it is waited for first).
        """
        with self._lock:
            if self._compacting:
                started = False
            else:
                started = True
                self._compacting = True
                self._touched = set()
                self._idle.clear()
                snapshot = self._state
        if not started:
            if wait:
                self._idle.wait()
            return False
        if wait:
            self._compact(snapshot, reraise=True)
        else:
            threading.Thread(
                target=self._compact, args=(snapshot, False), name="matcher-compaction", daemon=True
            ).start()
        return True

    def wait_for_compaction(self, timeout: float | None = None) -> bool:
        """Block until no compaction is running; False on timeout."""
        return self._idle.wait(timeout)

    def _compact(self, snapshot: _State, reraise: bool) -> None:
        started = time.perf_counter()
        try:
            ids, codes = _merge(snapshot)
            main = self._build_main(ids, codes)
            del codes
            with self._lock:
                current = self._state
                touched = self._touched or set()
                touched_ids = np.array(sorted(touched), dtype=np.int64)
                superseded = frozenset(touched_ids[main.contains(touched_ids)].tolist())
                delta = {hash_id: current.delta[hash_id] for hash_id in touched if hash_id in current.delta}
                self._state = _State(main, superseded, delta, _delta_segment(delta))
                self._compactions += 1
                self._last_compaction_seconds = time.perf_counter() - started
            log.info(
                "hash matcher compacted: %d live hashes, %s index, %.1f s",
                self._state.live,
                main.kind,
                self._last_compaction_seconds,
            )
        except Exception:
            log.exception("hash matcher compaction failed; the previous index stays in use")
            if reraise:
                raise
        finally:
            with self._lock:
                self._compacting = False
                self._touched = None
                self._idle.set()


def _order(match: Match) -> tuple[int, int]:
    return (match.distance, match.hash_id)


def _collect(
    results: list[list[Match]],
    limits: npt.NDArray[np.int64],
    hash_ids: Ids,
    distances: npt.NDArray[np.int64],
    skip: frozenset[int],
) -> None:
    id_list = hash_ids.tolist()
    distance_list = distances.tolist()
    bounds = limits.tolist()
    for number, matches in enumerate(results):
        for k in range(bounds[number], bounds[number + 1]):
            hash_id = id_list[k]
            if hash_id not in skip:
                matches.append(Match(hash_id, distance_list[k]))


def _merge(state: _State) -> tuple[Ids, Codes]:
    """The live hashes of ``state`` as one sorted segment: (ids, padded codes).

    Main ids are sorted, delta ids are sorted, superseded ids are a subset of the main ids, and the delta and the
    kept main rows are disjoint; so each row's place in the result is its rank, found by binary search, and the
    rows are written in chunks.
    """
    main_ids = state.main.ids
    main_codes = state.main.codes()
    superseded = np.array(sorted(state.superseded), dtype=np.int64)
    keep = np.ones(len(main_ids), dtype=bool)
    keep[np.searchsorted(main_ids, superseded)] = False
    delta_ids = state.delta_segment.ids
    delta_codes = state.delta_segment.codes()
    total = len(main_ids) - len(superseded) + len(delta_ids)
    ids = np.empty(total, dtype=np.int64)
    buffer = np.zeros((total + 1, HASH_BYTES), dtype=np.uint8)
    kept_before = 0
    for start in range(0, len(main_ids), _CHUNK):
        mask = keep[start : start + _CHUNK]
        chunk_ids = main_ids[start : start + _CHUNK][mask]
        destination = kept_before + np.arange(len(chunk_ids)) + np.searchsorted(delta_ids, chunk_ids)
        ids[destination] = chunk_ids
        buffer[destination] = main_codes[start : start + _CHUNK][mask]
        kept_before += len(chunk_ids)
    kept_below = np.searchsorted(main_ids, delta_ids) - np.searchsorted(superseded, delta_ids)
    destination = kept_below + np.arange(len(delta_ids))
    ids[destination] = delta_ids
    buffer[destination] = delta_codes
    return ids, buffer[:total]


_graveyard: queue.SimpleQueue[Any] = queue.SimpleQueue()
_reaper_lock = threading.Lock()
_reaper: threading.Thread | None = None


def _reap() -> None:
    while True:
        index = _graveyard.get()
        del index  # faiss frees it with the GIL released


def _start_reaper() -> None:
    global _reaper  # noqa: PLW0603 - one reaper thread per process
    with _reaper_lock:
        if _reaper is None:
            _reaper = threading.Thread(target=_reap, name="matcher-reaper", daemon=True)
            _reaper.start()
