"""Per-message features: hashed character and word n-grams of the normalised text plus 초성 n-grams.

Hashing (CRC-32, signed) keeps the shipped model small and needs no vocabulary; the same function is used in
training and in the live system, so scores are identical. A message becomes a sparse, L2-normalised vector
``{index: value}``, L2-normalised (or L1-normalised, for the Korean text model: see ``vector``); a window of messages is represented by the mean of its message vectors, which lets the
conversation state keep one number per message instead of the whole window (see engine.py).
"""

from __future__ import annotations

import itertools
import math
import re
import zlib

from ondam.detection.normalize import to_chosung

BITS = 20
DIM = 1 << BITS
_MASK = DIM - 1
_WORD = re.compile(r"[0-9a-z가-힣ㄱ-ㅎㅏ-ㅣ$']+")
_CHOSUNG_RUN = re.compile(r"[ㄱ-ㅎ]{2,}")
MAX_CHARS = 2000  # longer messages are scored on their first 2,000 characters


def _hash(token: str) -> tuple[int, float]:
    h = zlib.crc32(token.encode("utf-8"))
    return h & _MASK, (1.0 if (h >> BITS) & 1 else -1.0)


def grams(normalized: str) -> list[str]:
    text = f" {normalized[:MAX_CHARS]} "
    out = [text[i : i + n] for n in (2, 3, 4) for i in range(len(text) - n + 1)]
    words = _WORD.findall(normalized[:MAX_CHARS])
    out.extend("w:" + w for w in words)
    out.extend(f"b:{a} {b}" for a, b in itertools.pairwise(words))
    for run in _CHOSUNG_RUN.findall(to_chosung(normalized[:MAX_CHARS])):
        out.extend("c:" + run[i : i + n] for n in (2, 3) for i in range(len(run) - n + 1))
    return out


NORMS = ("l2", "l1")
# L1 vectors are scaled up so that their values are of the same order as L2 ones (regularisation and C mean
# about the same for both).
L1_SCALE = 10.0


def vector(normalized: str, norm: str = "l2") -> dict[int, float]:
    """The message's hashed feature vector, L2-normalised or L1-normalised (x ``L1_SCALE``).

    With L2 vectors a text's n-gram score grows with the square root of its length; with L1 it does not. The
    Korean posts of every authored set have longer negatives than positives, and an L2 model learned that
    (ADR 0012, revision 5), so Korean single texts are scored by a second model trained on L1 vectors."""
    counts: dict[int, float] = {}
    for gram in grams(normalized):
        index, sign = _hash(gram)
        counts[index] = counts.get(index, 0.0) + sign
    if norm == "l1":
        total = sum(abs(v) for v in counts.values()) or 1.0
        return {i: L1_SCALE * v / total for i, v in counts.items() if v}
    if norm != "l2":
        raise ValueError(f"unknown feature norm {norm!r} (expected one of {', '.join(NORMS)})")
    size = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {i: v / size for i, v in counts.items() if v}
