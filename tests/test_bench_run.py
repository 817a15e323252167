"""benchmarks/run.py (`make bench`): the sections it runs, partial runs, and what the document says when a
benchmark failed or the chat benchmark could not use PostgreSQL and Redis. The benchmarks themselves are not run
here (they take minutes and need a quiet machine)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from benchmarks import run


def test_every_benchmark_module_is_a_section() -> None:
    assert list(run.SECTIONS) == ["foundation", "detect", "pdq_js", "matcher", "chat"]
    assert run.parse([]).only is None
    assert run.parse([]).matcher_sizes == [1_000_000, 10_000_000]
    assert run.parse(["--only", "matcher,chat", "--matcher-sizes", "100_000"]).only == ["matcher", "chat"]
    with pytest.raises(SystemExit):
        run.parse(["--only", "matcher,nonsense"])


def test_a_full_run_refuses_other_matcher_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run.main(["--matcher-sizes", "1000"]) == 2
    assert "--only" in capsys.readouterr().err


def test_the_chat_section_says_when_it_did_not_use_postgresql_and_redis() -> None:
    wanted = {"wanted_database": "127.0.0.1:5432/postgres", "wanted_redis": "127.0.0.1:6379/0"}
    assert run.chat_fallback_warning({"database": "PostgreSQL", "pubsub": "Redis", **wanted}) is None
    warning = run.chat_fallback_warning({"database": "SQLite", "pubsub": "in-process", **wanted})
    assert warning is not None
    assert "Not the production shape" in warning
    assert "ran on SQLite" in warning
    assert "in-process pub/sub" in warning


def _failed(name: str) -> run.Outcome:
    return run.Outcome(
        run.SECTIONS[name],
        datetime(2026, 11, 26, 3, 0, tzinfo=UTC),
        1.0,
        "1.00 / 1.00 / 1.00",
        "1.00 / 1.00 / 1.00",
        None,
        "exit status 1: RuntimeError: node is not on PATH",
    )


def test_a_failed_benchmark_is_written_as_failed_without_figures() -> None:
    when = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    full = run.document([_failed("pdq_js"), _failed("matcher")], when, run.parse([]))
    assert full.startswith("# Benchmarks")
    assert "Written by `make bench`" in full
    assert "## PDQ hashing of a 12 MP photo on the device (issue 6)" in full
    assert "## Hash matcher at 1M and 10M hashes (issue 6)" in full
    assert "`.venv/bin/python -m benchmarks.matcher 1000000 10000000`" in full
    assert full.count("**This benchmark failed; no figures.**") == 2
    assert "node is not on PATH" in full
    assert " cores, " in full  # the machine

    partial = run.document(
        [_failed("matcher")], when, run.parse(["--only", "matcher", "--matcher-sizes", "20000"])
    )
    assert "Partial run `python -m benchmarks.run --only matcher`" in partial
    assert "## Hash matcher at 20,000 hashes (issue 6)" in partial


def test_the_chat_section_states_its_targets() -> None:
    """Formatting only: the input is a synthetic result shaped like ``benchmarks.chat.run()``'s."""
    result: dict[str, object] = {
        "database": "SQLite",
        "pubsub": "in-process",
        "wanted_database": "127.0.0.1:5432/postgres",
        "wanted_redis": "127.0.0.1:6379/0",
        **dict.fromkeys(("youth_connections", "sockets"), 1000.0),
        **dict.fromkeys(("counsellors", "server_processes", "seconds", "warmup_seconds"), 2.0),
        **dict.fromkeys(
            (
                "open_s",
                "rate_offered_per_s",
                "sent",
                "delivered",
                "delivered_per_s",
                "p50_ms",
                "p95_ms",
                "warmup_p50_ms",
                "warmup_p99_ms",
                "warmup_max_ms",
                "bare_delivered_per_s",
                "bare_p50_ms",
                "bare_p99_ms",
                "rate_ratio_at_200",
                "max_delivered_per_s",
                "bare_max_delivered_per_s",
                "max_rate_ratio",
                "saturation_p99_ms",
            ),
            1.0,
        ),
        "p99_ms": 250.0,
        "max_ms": 300.0,
        "lost": 0.0,
        "errors": 0.0,
        "warmup_lost": 0.0,
        "saturation_errors": "{}",
    }
    text = "\n".join(run.SECTIONS["chat"].render(result))
    assert "**Not the production shape**" in text
    assert "p99 < 100 ms at 200 messages/s: **not met**" in text
    assert "all delivered: met" in text
