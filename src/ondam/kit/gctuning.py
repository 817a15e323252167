"""Garbage-collector settings for a long-running server process.

A full (generation 2) collection walks every live object. In a process holding a thousand WebSockets that is a
pause of several hundred milliseconds every 20 seconds or so, which every open chat feels as a late message.
After start-up, everything allocated so far (modules, models, the detection engine, SQLAlchemy's metadata) lives
for the whole process: :func:`tune_for_server` moves it out of the collector's sight (``gc.freeze``) and makes the
young generations collect less often, so full collections are rarer and cheaper. Cyclic garbage is still
collected; only the schedule changes. Measured in ``benchmarks/chat.py`` (docs/benchmarks.md).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000  # default 700: allocations before a generation-0 collection
MIDDLE_THRESHOLD = 20  # default 10: generation-0 collections before a generation-1 collection
OLD_THRESHOLD = 10  # default 10


def tune_for_server() -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, MIDDLE_THRESHOLD, OLD_THRESHOLD)
