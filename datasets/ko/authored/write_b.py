#!/usr/bin/env python3
"""Write the hand-written Korean corpus of author b: ``conversations_b.jsonl`` and ``posts_b.jsonl``.

The rules (record builders, split rule, checks) and the description of the corpus are in ``corpus_b.py``;
the records are data in ``data_b_1.py`` ... ``data_b_5.py``. Each call there registers one
record, in the order the files are imported here (the order fixes the record ids).

Run: ``python3 datasets/ko/authored/write_b.py`` (standard library only, deterministic).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_b
import data_b_1  # noqa: F401
import data_b_2  # noqa: F401
import data_b_3  # noqa: F401
import data_b_4  # noqa: F401
import data_b_5  # noqa: F401

if __name__ == "__main__":
    sys.exit(corpus_b.main())
