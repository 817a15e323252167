#!/usr/bin/env python3
"""Generate the synthetic Korean grooming / sexual-exploitation detection corpus.

Writes ``generated/conversations.jsonl`` and ``generated/posts.jsonl`` next to this file, then
validates them (and the hand-written files in ``handwritten/``) and prints counts.

Everything here is SYNTHETIC and NON-EXPLICIT. No utterance describes a real person, and there are
no real names, phone numbers, account ids or URLs. The only numbers that look like phone numbers are
public helplines (112, 1366, 1388, 117), used in hard negatives.

Standard library only, deterministic (fixed seed): ``python3 datasets/ko/build.py``.
Options: ``--check`` validates and prints counts without regenerating.

This file is only the entry point; the code lives in the package ``corpus/`` next to it:
``config`` (seed, sizes, paths, labels), ``hangul`` (jamo helpers), ``obfuscation`` (obfuscation
and chat style), ``pools_*`` (the hand-written inventory), ``generator`` (conversation and post
assembly) and ``validation`` (checks, counts and self-test).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# datasets/ko is not on the import path: make the package next to this file importable both from the
# repository root (python3 datasets/ko/build.py) and from inside datasets/ko (python3 build.py).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.config import HERE, OUT_DIR
from corpus.generator import build
from corpus.validation import check, self_test


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only validate and print counts")
    args = ap.parse_args()
    self_test()
    if not args.check:
        convs, posts = build()
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for path, recs in ((OUT_DIR / "conversations.jsonl", convs), (OUT_DIR / "posts.jsonl", posts)):
            with path.open("w", encoding="utf-8", newline="\n") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"wrote {len(convs)} conversations and {len(posts)} posts to {OUT_DIR.relative_to(HERE.parent.parent)}")
    return check()


if __name__ == "__main__":
    sys.exit(main())
