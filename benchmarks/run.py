"""`make bench`: run every benchmark on this machine and write docs/benchmarks.md, one section per benchmark.

Sections (each also runnable alone as ``python -m benchmarks.<module>``):

- ``foundation``: page latency, first-visit weight, audit chain, argon2 (benchmarks/foundation.py);
- ``detect``: the detection engine's speed on one core (benchmarks/detect.py; targets from issue 3);
- ``pdq_js``: PDQ hashing of a 12 MP photo in headless Chromium and Node next to the pdqhash package
  (benchmarks/pdq_js.py; issue 6);
- ``matcher``: the faiss PDQ matcher at 1M and 10M hashes (benchmarks/matcher.py; issue 6);
- ``chat``: live chat with 1,000 young people and 100 counsellors on real WebSockets against a bare WebSocket
  relay (benchmarks/chat.py; issue 5). It uses PostgreSQL and Redis when they answer
  (``ONDAM_BENCH_DATABASE_URL``, an admin URL on which a scratch database is created and dropped, default
  ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``; ``ONDAM_BENCH_REDIS_URL``, default
  ``redis://127.0.0.1:6379/0``) and says so loudly, in the output and the document, when it fell back to SQLite
  or in-process pub/sub.

Every section runs in a fresh Python process (``--section NAME --json-out FILE``), so one benchmark's memory or
threads do not colour another's figures.

- ``python -m benchmarks.run`` (what ``make bench`` runs): all sections; rewrites docs/benchmarks.md
  completely. A section that fails is written as failed, with its error; the exit status is then 1.
- ``python -m benchmarks.run --only matcher,chat``: only those sections, printed to stdout; the document is NOT
  touched (it only ever holds figures of one full run).
- ``--matcher-sizes 100000,1000000`` changes the matcher's bank sizes (quick checks; the document's run uses
  the issue's 1M and 10M).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "docs" / "benchmarks.md"
MATCHER_SIZES = (1_000_000, 10_000_000)
DEFAULT_DATABASE_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


# -- the machine ---------------------------------------------------------------------------------------------


def _meminfo_gb(field: str) -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def machine() -> str:
    total = _meminfo_gb("MemTotal")
    available = _meminfo_gb("MemAvailable")
    memory = "memory unknown" if total is None else f"{total:.1f} GB memory"
    if available is not None:
        memory += f" ({available:.1f} GB available at the start)"
    return (
        f"{_cpu_model()}, {os.cpu_count()} cores, {memory}, {platform.system()} {platform.release()} "
        f"{platform.machine()}, Python {platform.python_version()}"
    )


# -- sections ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    name: str
    title: str
    what: str
    command: str
    run: Callable[[argparse.Namespace], dict[str, Any]]
    render: Callable[[dict[str, Any]], list[str]]


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def _run_foundation(_: argparse.Namespace) -> dict[str, Any]:
    from benchmarks import foundation  # noqa: PLC0415

    return dict(foundation.run())


def _render_foundation(r: dict[str, Any]) -> list[str]:
    from benchmarks import foundation  # noqa: PLC0415

    return [
        f"{r['requests']} requests per page, {r['audit_rows']} audit appends; embedded SQLite in WAL mode.",
        "",
        *foundation.table(r),
    ]


def _run_detect(_: argparse.Namespace) -> dict[str, Any]:
    from benchmarks import detect  # noqa: PLC0415

    return dict(detect.run())


def _render_detect(r: dict[str, Any]) -> list[str]:
    from benchmarks.detect import CORPUS  # noqa: PLC0415

    return [
        f"Incremental scoring of {int(r['messages']):,} messages ({CORPUS.relative_to(ROOT)}), one process, "
        "one core, the shipped model.",
        "",
        "| what | result | target (issue 3) | |",
        "| --- | --- | --- | --- |",
        f"| model load | {r['model_load_s']:.2f} s | < 3 s | {_verdict(r['model_load_s'] < 3)} |",
        f"| throughput | {r['messages_per_s']:,.0f} messages/s | >= 3,000 messages/s "
        f"| {_verdict(r['messages_per_s'] >= 3000)} |",
        f"| latency per message | p50 {r['p50_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms, max {r['max_ms']:.2f} ms "
        f"| p99 < 5 ms | {_verdict(r['p99_ms'] < 5)} |",
        f"| peak resident memory (this benchmark's process) | {r['peak_rss_mb']:.0f} MB | < 600 MB "
        f"| {_verdict(r['peak_rss_mb'] < 600)} |",
    ]


def _run_pdq_js(_: argparse.Namespace) -> dict[str, Any]:
    from benchmarks import pdq_js  # noqa: PLC0415

    return dict(pdq_js.run())


def _render_pdq_js(r: dict[str, Any]) -> list[str]:
    from benchmarks.pdq_js import RUNS  # noqa: PLC0415

    lines = [
        f"A synthetic photo-like {r['megapixels']:.0f} MP picture (4000x3000, fixed seed); median of {RUNS} runs "
        "after one warm-up, one thread each. Node and Chromium time `pdqHashRGBA` on RGBA bytes in memory; "
        "pdqhash times `pdqhash.compute` on the RGB array.",
        "",
        "| implementation | time | hash vs pdqhash |",
        "| --- | --- | --- |",
        f"| pdqhash package (C++ reference, numpy luminance) | {r['pdqhash_ms']:.0f} ms | - |",
        f"| pdq.mjs under Node (first run {r['node_first_run_ms']:.0f} ms) | {r['node_ms']:.0f} ms "
        f"| {int(r['node_bits_from_pdqhash'])} bits apart, quality diff {int(r['node_quality_diff'])} |",
    ]
    if "chromium_ms" in r:
        lines += [
            f"| pdq.mjs in headless Chromium | {r['chromium_ms']:.0f} ms "
            f"| {int(r['chromium_bits_from_pdqhash'])} bits apart |",
            "| Chromium: JPEG decode (createImageBitmap) + getImageData + pdq.mjs "
            f"| {r['chromium_decode_and_hash_ms']:.0f} ms "
            f"| {int(r['chromium_jpeg_bits_from_server'])} bits from the server's hash of the same JPEG |",
            "",
            f"Target (issue 6): the same hash as pdqhash for the same pixels, never more than 2 bits apart: "
            f"Node {_verdict(r['node_bits_from_pdqhash'] <= 2)}, Chromium "
            f"{_verdict(r['chromium_bits_from_pdqhash'] <= 2)}; the 12 MP time is reported next to pdqhash's "
            "(no time target).",
        ]
    else:
        lines += [
            "",
            "**Chromium was not measured**: /usr/bin/chromium or Playwright is missing on this machine, so the "
            "issue's headless-Chromium figure is absent from this run.",
        ]
    return lines


def _run_matcher(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks import matcher  # noqa: PLC0415

    result = matcher.run(tuple(args.matcher_sizes))
    # JSON keys are strings: keep the sizes as a list next to the figures.
    return {
        "faiss": result["faiss"],
        "cpus": result["cpus"],
        "sizes": list(args.matcher_sizes),
        **{kind: {str(size): figures for size, figures in result[kind].items()} for kind in matcher.KINDS},
    }


def _render_matcher(r: dict[str, Any]) -> list[str]:
    from benchmarks import matcher  # noqa: PLC0415

    result = {
        "faiss": r["faiss"],
        "cpus": r["cpus"],
        **{kind: {int(size): figures for size, figures in r[kind].items()} for kind in matcher.KINDS},
    }
    checks = []
    for kind in matcher.KINDS:
        for size, figures in result[kind].items():
            ok = figures["recall"] == 1.0 and figures["false_matches"] == 0
            checks.append(
                f"{kind} {size:,}: recall {figures['recall']:.2%}, {figures['false_matches']:.0f} false matches "
                f"({_verdict(ok)})"
            )
    return [
        "Uniformly random 256-bit hashes (numpy), so this measures the index, not PDQ. Each bank size and index "
        "kind (flat; multi-hash 16 x 16 bits) in a fresh process: build time and memory, single-query latency "
        f"at distance {matcher.MAX_DISTANCE} over {matcher.QUERIES} planted near-duplicates and as many random "
        "hashes, every result checked against a numpy popcount, then 1,000 additions and withdrawals without a "
        "rebuild and a background compaction.",
        "",
        matcher.report(result),
        "",
        "Target (issue 6): 100% recall of planted near-duplicates and no false matches; build time, memory and "
        "p50/p99 reported (no numeric target). " + "; ".join(checks) + ".",
    ]


def _bench_urls() -> tuple[str, str]:
    return (
        os.environ.get("ONDAM_BENCH_DATABASE_URL", DEFAULT_DATABASE_URL),
        os.environ.get("ONDAM_BENCH_REDIS_URL", DEFAULT_REDIS_URL),
    )


def _run_chat(_: argparse.Namespace) -> dict[str, Any]:
    database_url, redis_url = _bench_urls()
    # benchmarks.chat reads its service URLs when imported.
    os.environ["ONDAM_BENCH_DATABASE_URL"] = database_url
    os.environ["ONDAM_BENCH_REDIS_URL"] = redis_url
    from benchmarks import chat  # noqa: PLC0415

    result = dict(chat.run())
    result["wanted_database"] = database_url.split("@")[-1]
    result["wanted_redis"] = redis_url.split("@")[-1]
    return result


def chat_fallback_warning(r: dict[str, Any]) -> str | None:
    missing = []
    if r["database"] != "PostgreSQL":
        missing.append(f"PostgreSQL ({r['wanted_database']}) did not answer: ran on {r['database']}")
    if r["pubsub"] != "Redis":
        missing.append(f"Redis ({r['wanted_redis']}) did not answer: ran with {r['pubsub']} pub/sub")
    if not missing:
        return None
    return (
        "**Not the production shape**: "
        + "; ".join(missing)
        + ". Start the services (or set ONDAM_BENCH_DATABASE_URL / ONDAM_BENCH_REDIS_URL) and run again."
    )


def _render_chat(r: dict[str, Any]) -> list[str]:
    lines = [
        f"{int(r['youth_connections']):,} young people and {int(r['counsellors'])} counsellors (10 conversations "
        f"each): {int(r['sockets']):,} WebSockets to one `ondam serve` with {int(r['server_processes'])} worker "
        f"processes, on {r['database']} with {r['pubsub']} pub/sub. {r['rate_offered_per_s']:.0f} messages/s "
        f"offered for {r['seconds']:.0f} s after a {r['warmup_seconds']:.0f} s warm-up, end-to-end latency from "
        "the sender's frame to the other side's; then saturation (one message in flight per conversation); then "
        "the same against a bare WebSocket relay (no database, no auth, no pub/sub). The load generator shares "
        "the machine's cores.",
        "",
    ]
    warning = chat_fallback_warning(r)
    if warning:
        lines += [warning, ""]
    lines += [
        "| what | Ondam | bare relay | target (issue 5) |",
        "| --- | --- | --- | --- |",
        f"| sockets opened | {r['open_s']:.1f} s | - | - |",
        f"| delivered at {r['rate_offered_per_s']:.0f} messages/s offered | {r['delivered_per_s']:.1f}/s "
        f"({int(r['delivered']):,} of {int(r['sent']):,}, {int(r['lost'])} lost, {int(r['errors'])} errors) "
        f"| {r['bare_delivered_per_s']:.1f}/s | all delivered: {_verdict(r['lost'] == 0 and r['errors'] == 0)} |",
        f"| delivery latency | p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
        f"max {r['max_ms']:.1f} ms | p50 {r['bare_p50_ms']:.1f} ms, p99 {r['bare_p99_ms']:.1f} ms "
        f"| p99 < 100 ms at 200 messages/s: {_verdict(r['p99_ms'] < 100)} |",
        f"| warm-up ({r['warmup_seconds']:.0f} s) | p50 {r['warmup_p50_ms']:.1f} ms, p99 {r['warmup_p99_ms']:.1f} "
        f"ms, max {r['warmup_max_ms']:.1f} ms, {int(r['warmup_lost'])} lost | - | reported separately |",
        f"| ratio of delivery rates at 200 messages/s | {r['rate_ratio_at_200']:.2f} | 1 | reported |",
        f"| saturation: most delivered per second | {r['max_delivered_per_s']:.0f}/s (p99 "
        f"{r['saturation_p99_ms']:.0f} ms) | {r['bare_max_delivered_per_s']:.0f}/s | reported |",
        f"| ratio at saturation (Ondam / bare relay) | {r['max_rate_ratio']:.2f} | 1 | reported |",
    ]
    if r["saturation_errors"] not in ("{}", ""):
        lines += ["", f"Errors during the run, by code: `{r['saturation_errors']}`."]
    return lines


SECTIONS: dict[str, Section] = {
    s.name: s
    for s in (
        Section(
            "foundation",
            "Foundation: pages, audit chain, passwords",
            "In-process requests (httpx ASGI transport, no network) against a fresh SQLite database with the "
            "real settings.",
            "python -m benchmarks.foundation",
            _run_foundation,
            _render_foundation,
        ),
        Section(
            "detect",
            "Detection engine (issue 3)",
            "Model load, incremental scoring throughput and per-message latency, peak resident memory.",
            "python -m benchmarks.detect",
            _run_detect,
            _render_detect,
        ),
        Section(
            "pdq_js",
            "PDQ hashing of a 12 MP photo on the device (issue 6)",
            "pdq.mjs in headless Chromium and under Node, next to the pdqhash package, on the same pixels.",
            "python -m benchmarks.pdq_js",
            _run_pdq_js,
            _render_pdq_js,
        ),
        Section(
            "matcher",
            "Hash matcher at {sizes} hashes (issue 6)",
            "Build time, memory, lookup latency at distance 31, recall of planted near-duplicates, false "
            "matches, incremental changes.",
            "python -m benchmarks.matcher {sizes_args}",
            _run_matcher,
            _render_matcher,
        ),
        Section(
            "chat",
            "Live chat under load (issue 5)",
            "1,000 young people and 100 counsellors on real WebSockets, against a bare WebSocket relay.",
            "python -m benchmarks.chat",
            _run_chat,
            _render_chat,
        ),
    )
}


# -- running -------------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    section: Section
    started: datetime
    seconds: float
    load_before: str
    load_after: str
    result: dict[str, Any] | None
    error: str | None


def _child(name: str, args: argparse.Namespace) -> Outcome:
    """Run one section in a fresh Python process; its figures come back as JSON in a file."""
    section = SECTIONS[name]
    started = datetime.now(UTC)
    load_before = _load()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ondam-bench-run-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, "-m", "benchmarks.run", "--section", name, "--json-out", str(out)]
        command += ["--matcher-sizes", ",".join(str(s) for s in args.matcher_sizes)]
        proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - t0
        if proc.returncode == 0 and out.exists():
            return Outcome(section, started, seconds, load_before, _load(), json.loads(out.read_text()), None)
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        error = f"exit status {proc.returncode}: " + " / ".join(tail)
        return Outcome(section, started, seconds, load_before, _load(), None, error)


def _size_label(size: int) -> str:
    return f"{size // 1_000_000}M" if size % 1_000_000 == 0 else f"{size:,}"


def render(outcome: Outcome, sizes: list[int]) -> list[str]:
    s = outcome.section
    names = {
        "sizes": " and ".join(_size_label(size) for size in sizes),
        "sizes_args": " ".join(str(size) for size in sizes),
    }
    lines = [
        f"## {s.title.format(**names)}",
        "",
        s.what,
        "",
        f"- Command: `.venv/bin/{s.command.format(**names)}` (run here in a process of its own)",
        f"- Started {outcome.started:%Y-%m-%d %H:%M:%S} UTC, took {outcome.seconds:.0f} s; load average "
        f"(1/5/15 min) {outcome.load_before} before, {outcome.load_after} after",
        "",
    ]
    if outcome.result is None:
        lines += [f"**This benchmark failed; no figures.** {outcome.error}"]
    else:
        lines += s.render(outcome.result)
    return [*lines, ""]


def document(outcomes: list[Outcome], when: datetime, args: argparse.Namespace) -> str:
    if args.only is None:
        origin = "Written by `make bench` (benchmarks/run.py); every figure below comes from that one run"
    else:
        origin = (
            f"Partial run `python -m benchmarks.run --only {','.join(args.only)}`, printed only (docs/benchmarks.md "
            "is written by full runs alone)"
        )
    lines = [
        "# Benchmarks",
        "",
        f"{origin}, on this machine:",
        "",
        f"- Run: {when:%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        "",
        "Each section says what it measured, the command that measures it alone, and the targets of the issue "
        "it belongs to. Figures depend on the machine and on what else ran on it: see the load averages.",
        "",
    ]
    for outcome in outcomes:
        lines += render(outcome, args.matcher_sizes)
    return "\n".join(lines)


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def _names(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section(s) {unknown}; choose from {sorted(SECTIONS)}")
    return names


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only",
        type=_names,
        default=None,
        help=f"comma-separated sections to run and print, without writing the document ({', '.join(SECTIONS)})",
    )
    parser.add_argument(
        "--matcher-sizes", type=_sizes, default=list(MATCHER_SIZES), help="bank sizes of the matcher section"
    )
    parser.add_argument("--section", choices=sorted(SECTIONS), help=argparse.SUPPRESS)
    parser.add_argument("--json-out", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.section:  # a child: run one section, hand its figures back
        result = SECTIONS[args.section].run(args)
        args.json_out.write_text(json.dumps(result), encoding="utf-8")
        return 0
    names = args.only or list(SECTIONS)
    full = args.only is None
    if full and tuple(args.matcher_sizes) != MATCHER_SIZES:
        print("--matcher-sizes is for partial runs (--only); the document uses 1M and 10M.", file=sys.stderr)
        return 2
    when = datetime.now(UTC)
    outcomes = []
    for name in names:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        outcome = _child(name, args)
        outcomes.append(outcome)
        status = "failed: " + (outcome.error or "") if outcome.result is None else "done"
        print(f"[bench] {name} {status} ({outcome.seconds:.0f} s)", file=sys.stderr, flush=True)
        if (
            name == "chat"
            and outcome.result is not None
            and (warning := chat_fallback_warning(outcome.result))
        ):
            print(f"[bench] WARNING: {warning}", file=sys.stderr, flush=True)
    text = document(outcomes, when, args)
    print(text)
    if full:
        DOCUMENT.write_text(text, encoding="utf-8")
        print(f"[bench] wrote {DOCUMENT.relative_to(ROOT)}", file=sys.stderr)
    else:
        print("[bench] partial run (--only): docs/benchmarks.md was not changed", file=sys.stderr)
    return 0 if all(o.result is not None for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
