"""`make bench` part 2: the detection engine's speed on this machine (one core, one process).

Messages come from the synthetic Korean corpus in datasets/ko (committed, non-explicit) so the benchmark runs
anywhere. Measures model load time, incremental scoring throughput and per-message latency, and resident
memory (peak RSS of this process).
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "datasets" / "ko" / "generated" / "conversations.jsonl"


def run() -> dict[str, float]:
    start = time.perf_counter()
    from ondam.detection.engine import Detector  # noqa: PLC0415
    from ondam.detection.model import LinearModel  # noqa: PLC0415

    detector = Detector(LinearModel.load())
    load_s = time.perf_counter() - start

    conversations = [
        [m["text"] for m in json.loads(line)["messages"]]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [t for c in conversations for t in c]
    for c in conversations[:20]:  # warm-up
        detector.score_conversation(c)

    latencies = []
    started = time.perf_counter()
    for c in conversations:
        state = detector.conversation()
        for text in c:
            t0 = time.perf_counter()
            state.add(text)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "model_load_s": load_s,
        "messages": len(texts),
        "messages_per_s": len(texts) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(0.99 * (len(latencies) - 1))] * 1000,
        "max_ms": latencies[-1] * 1000,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def report(r: dict[str, float]) -> str:
    return "\n".join(
        [
            "",
            "## Detection engine",
            "",
            f"Incremental scoring of {int(r['messages']):,} messages ({CORPUS.relative_to(ROOT)}), one process, "
            "one core, shipped model.",
            "",
            "| what | result | target (issue 3) |",
            "| --- | --- | --- |",
            f"| model load | {r['model_load_s']:.2f} s | < 3 s |",
            f"| throughput | {r['messages_per_s']:,.0f} messages/s | >= 3,000 messages/s |",
            f"| latency per message | p50 {r['p50_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms, max {r['max_ms']:.2f} ms "
            "| p99 < 5 ms |",
            f"| peak resident memory (whole process) | {r['peak_rss_mb']:.0f} MB | < 600 MB |",
            "",
        ]
    )


if __name__ == "__main__":
    print(report(run()))
