#!/usr/bin/env python3
"""Write the hand-written Korean corpus of author a: ``conversations_a.jsonl`` and ``posts_a.jsonl``.

The rules (record builders, split rule, checks) and the description of the corpus are in ``corpus_a.py``;
the records are data in ``data_a_1.py`` ... ``data_a_5.py``. Each call there registers one
record, in the order the files are imported here (the order fixes the record ids).

Run: ``python3 datasets/ko/authored/write_a.py`` (standard library only, deterministic).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_a
import data_a_1  # noqa: F401
import data_a_2  # noqa: F401
import data_a_3  # noqa: F401
import data_a_4  # noqa: F401
import data_a_5  # noqa: F401

if __name__ == "__main__":
    sys.exit(corpus_a.main())
