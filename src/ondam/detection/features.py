"""Per-message features: hashed character and word n-grams of the normalised text plus 초성 n-grams.

Hashing (CRC-32, signed) keeps the shipped model small and needs no vocabulary; the same function is used in
training and in the live system, so scores are identical. A message becomes a sparse, L2-normalised vector
``{index: value}``; a window of messages is represented by the mean of its message vectors, which lets the
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


def vector(normalized: str) -> dict[int, float]:
    """The message's L2-normalised hashed feature vector."""
    counts: dict[int, float] = {}
    for gram in grams(normalized):
        index, sign = _hash(gram)
        counts[index] = counts.get(index, 0.0) + sign
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {i: v / norm for i, v in counts.items() if v}
