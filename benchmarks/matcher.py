"""The PDQ hash matcher at bank sizes of 1M and 10M: build, memory, lookup latency, exactness, changes.

For each bank size and each faiss index kind (flat, and multi-hash 16 x 16 bits with one flip), in a fresh
process so that memory figures do not mix:
- build time of ``Matcher.from_codes`` and resident memory (VmRSS from /proc/self/status) before and after,
  plus the peak during the build (VmHWM after resetting it);
- lookup latency p50/p99 of ``Matcher.query(hex, 31)`` over planted and random queries, and the per-query time
  of one ``query_batch`` call;
- recall of planted near-duplicates: half at random bit positions, half spread evenly over the 16 sub-hashes
  (the multi-hash worst case), at distances 0..31; every one must be found at its true distance;
- false matches: every result of every query is checked against a numpy popcount; a result whose true distance
  is above 31 or differs from the reported one counts as false;
- small changes without a rebuild (add 1,000, withdraw 1,000) and a background compaction, with the lookup
  latency measured while it runs.
Hashes are uniformly random 256-bit strings (numpy), so this measures the index, not PDQ.

Run: ``.venv/bin/python -m benchmarks.matcher`` (sizes can be given as arguments, e.g. ``100000 1000000``).
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

QUERIES = 1000  # planted near-duplicates; as many random hashes again
CHANGES = 1000
MAX_DISTANCE = 31
KINDS = ("flat", "multihash")
POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _planted(rng: np.random.Generator, bank: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """n queries near random bank rows: (queries, source ids, distances)."""
    sources = rng.choice(len(bank), size=n, replace=False)
    wanted = rng.integers(0, MAX_DISTANCE + 1, size=n)
    queries = bank[sources].copy()
    for k, (dist, row) in enumerate(zip(wanted.tolist(), queries, strict=True)):
        if k % 2 == 0:
            bits = rng.choice(256, size=dist, replace=False)
        else:  # as even as possible over the 16 sub-hashes of 16 bits: the multi-hash worst case
            per_chunk = [dist // 16 + (1 if c < dist % 16 else 0) for c in range(16)]
            bits = np.array(
                [
                    c * 16 + o
                    for c, count in enumerate(per_chunk)
                    for o in rng.choice(16, count, replace=False)
                ],
                dtype=np.int64,
            )
        for bit in bits.tolist():
            row[bit // 8] ^= np.uint8(1 << (bit % 8))
    return queries, sources.astype(np.int64), wanted


def _check(bank: np.ndarray, query: np.ndarray, matches: list[Any]) -> int:
    """Number of results that are false: true distance above the limit, or not the distance reported."""
    false = 0
    for match in matches:
        true = int(POPCOUNT[np.bitwise_xor(bank[match.hash_id], query)].sum())
        false += true > MAX_DISTANCE or true != match.distance
    return false


def measure(size: int, kind: str, seed: int = 20250101) -> dict[str, float]:
    """One bank size and index kind; meant to run in a process of its own."""
    from ondam.hashing.matcher import Matcher, codes_to_hex  # noqa: PLC0415

    rng = np.random.default_rng(seed)
    bank = rng.integers(0, 256, size=(size, 32), dtype=np.uint8)
    ids = np.arange(size, dtype=np.int64)
    planted, sources, wanted = _planted(rng, bank, QUERIES)
    randoms = rng.integers(0, 256, size=(QUERIES, 32), dtype=np.uint8)
    planted_hex, random_hex = codes_to_hex(planted), codes_to_hex(randoms)

    rss_before = _status_mb("VmRSS")
    _reset_peak()
    started = time.perf_counter()
    matcher = Matcher.from_codes(ids, bank, multihash_min_size=0 if kind == "multihash" else None)
    build_s = time.perf_counter() - started
    rss_after = _status_mb("VmRSS")
    peak = _status_mb("VmHWM")
    assert matcher.kind == kind

    for q in random_hex[:20]:  # warm-up
        matcher.query(q, MAX_DISTANCE)
    latencies: list[float] = []
    found = 0
    false = 0
    results = 0
    for q_hex, q, source, dist in zip(planted_hex, planted, sources.tolist(), wanted.tolist(), strict=True):
        t0 = time.perf_counter()
        matches = matcher.query(q_hex, MAX_DISTANCE)
        latencies.append(time.perf_counter() - t0)
        found += any(m.hash_id == source and m.distance == dist for m in matches)
        false += _check(bank, q, matches)
        results += len(matches)
    random_results = 0
    for q_hex, q in zip(random_hex, randoms, strict=True):
        t0 = time.perf_counter()
        matches = matcher.query(q_hex, MAX_DISTANCE)
        latencies.append(time.perf_counter() - t0)
        false += _check(bank, q, matches)
        random_results += len(matches)
    t0 = time.perf_counter()
    batch = matcher.query_batch(random_hex, MAX_DISTANCE)
    batch_ms = (time.perf_counter() - t0) * 1000 / QUERIES
    false += sum(_check(bank, q, m) for q, m in zip(randoms, batch, strict=True))

    # small changes on the built bank, then a background compaction while querying
    new_codes = rng.integers(0, 256, size=(CHANGES, 32), dtype=np.uint8)
    new_pairs = list(zip(range(size, size + CHANGES), codes_to_hex(new_codes), strict=True))
    withdrawn = rng.choice(size, size=CHANGES, replace=False).tolist()
    matcher.add(new_pairs[:1])  # warm-up: first calls import parts of numpy lazily
    matcher.remove([size])
    t0 = time.perf_counter()
    matcher.add(new_pairs)
    add_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    matcher.remove(withdrawn)
    remove_ms = (time.perf_counter() - t0) * 1000
    changes_ok = matcher.query(new_pairs[0][1])[0].hash_id == size and all(
        m.hash_id != withdrawn[0] for m in matcher.query(bank[withdrawn[0]].tobytes().hex())
    )
    with_delta: list[float] = []
    for q_hex in random_hex[:200]:
        t0 = time.perf_counter()
        matcher.query(q_hex, MAX_DISTANCE)
        with_delta.append(time.perf_counter() - t0)

    during: list[float] = []
    t0 = time.perf_counter()
    assert matcher.compact(wait=False)
    k = 0
    while not matcher.wait_for_compaction(0):
        q_hex = random_hex[k % QUERIES]
        t1 = time.perf_counter()
        matcher.query(q_hex, MAX_DISTANCE)
        during.append(time.perf_counter() - t1)
        k += 1
    compact_s = time.perf_counter() - t0
    stats = matcher.stats()
    load = os.getloadavg()[0]
    compacted_ok = (
        stats.main_size == size
        and stats.delta_size == 0
        and stats.superseded == 0
        and matcher.query(new_pairs[0][1])[0].hash_id == size
        and all(m.hash_id != withdrawn[0] for m in matcher.query(bank[withdrawn[0]].tobytes().hex()))
    )

    del matcher
    from_hex_s = float("nan")
    if kind == "flat":  # the path a database loader takes: (id, hex) pairs, parsed and checked
        pairs = list(zip(range(size), codes_to_hex(bank), strict=True))
        t0 = time.perf_counter()
        Matcher(pairs)
        from_hex_s = time.perf_counter() - t0

    return {
        "size": size,
        "load_average": load,
        "from_hex_s": from_hex_s,
        "build_s": build_s,
        "rss_increase_mb": rss_after - rss_before,
        "peak_increase_mb": peak - rss_before,
        "queries": len(latencies),
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": _pct(latencies, 0.99) * 1000,
        "batch_ms_per_query": batch_ms,
        "planted": QUERIES,
        "recall": found / QUERIES,
        "planted_results": results,
        "random_results": random_results,
        "false_matches": false,
        "add_1000_ms": add_ms,
        "remove_1000_ms": remove_ms,
        "p50_ms_with_delta": statistics.median(with_delta) * 1000,
        "changes_ok": float(changes_ok),
        "compaction_s": compact_s,
        "queries_during_compaction": len(during),
        "p50_ms_during_compaction": statistics.median(during) * 1000 if during else float("nan"),
        "p99_ms_during_compaction": _pct(during, 0.99) * 1000 if during else float("nan"),
        "compacted_ok": float(compacted_ok),
    }


def run(sizes: tuple[int, ...] = (1_000_000, 10_000_000)) -> dict[str, Any]:
    """Measure every size and kind, each in a fresh process; {"flat": {size: figures}, "multihash": ...}."""
    import faiss  # noqa: PLC0415

    out: dict[str, Any] = {"faiss": faiss.__version__, "cpus": multiprocessing.cpu_count()}
    context = multiprocessing.get_context("spawn")
    for kind in KINDS:
        out[kind] = {}
        for size in sizes:
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
                out[kind][size] = pool.submit(measure, size, kind).result()
    return out


ROWS = [
    ("build_s", "build from arrays (s)", "{:.2f}"),
    ("from_hex_s", "build from (id, hex) pairs (s)", "{:.2f}"),
    ("rss_increase_mb", "RSS increase (MB)", "{:.0f}"),
    ("peak_increase_mb", "peak RSS increase during build (MB)", "{:.0f}"),
    ("queries", "single queries timed", "{:.0f}"),
    ("p50_ms", "query p50 (ms)", "{:.3f}"),
    ("p99_ms", "query p99 (ms)", "{:.3f}"),
    ("batch_ms_per_query", "query_batch of 1000, per query (ms)", "{:.3f}"),
    ("recall", "recall, 1000 planted at 0..31", "{:.2%}"),
    ("false_matches", "false matches (true distance > 31 or wrong)", "{:.0f}"),
    ("random_results", "results for 1000 random queries", "{:.0f}"),
    ("add_1000_ms", "add 1000 hashes (ms)", "{:.1f}"),
    ("remove_1000_ms", "withdraw 1000 hashes (ms)", "{:.1f}"),
    ("p50_ms_with_delta", "query p50 with that delta (ms)", "{:.3f}"),
    ("compaction_s", "background compaction (s)", "{:.2f}"),
    ("queries_during_compaction", "queries served during it", "{:.0f}"),
    ("p50_ms_during_compaction", "query p50 during compaction (ms)", "{:.3f}"),
    ("p99_ms_during_compaction", "query p99 during compaction (ms)", "{:.3f}"),
    ("compacted_ok", "changes kept after compaction (1 = yes)", "{:.0f}"),
    ("load_average", "machine load average (1 min) at the end", "{:.1f}"),
]


def report(result: dict[str, Any]) -> str:
    columns = [(kind, size) for kind in KINDS for size in result[kind]]
    header = "| measure | " + " | ".join(f"{kind} {size:,}" for kind, size in columns) + " |"
    lines = [
        f"PDQ matcher, faiss-cpu {result['faiss']}, {result['cpus']} CPUs, max distance {MAX_DISTANCE}",
        "",
        header,
        "|" + " --- |" * (len(columns) + 1),
    ]
    for key, label, fmt in ROWS:
        values = [result[kind][size][key] for kind, size in columns]
        cells = ["n/a" if math.isnan(value) else fmt.format(value) for value in values]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    sizes = tuple(int(arg.replace("_", "")) for arg in sys.argv[1:]) or (1_000_000, 10_000_000)
    print(report(run(sizes)))


if __name__ == "__main__":
    main()
