"""Deterministic synthetic RGB images for the PDQ tests: gradients, noise, shapes, text-like marks, stripes.

Everything is generated with numpy from a seed, so no image file is committed and no data is downloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import numpy.typing as npt

Image3 = npt.NDArray[np.uint8]

# Edge cases first: below the reference's 5-pixel minimum, exactly 64x64 (no blur in the single-hash path),
# one off it, long thin strips, and the largest sizes the tests use.
EDGE_SIZES: list[tuple[int, int]] = [
    (1, 1),
    (4, 4),
    (4, 100),
    (100, 4),
    (5, 5),
    (8, 8),
    (9, 13),
    (16, 16),
    (31, 2000),
    (2000, 31),
    (63, 64),
    (64, 63),
    (64, 64),
    (64, 64),
    (65, 65),
    (127, 129),
    (128, 128),
    (255, 257),
    (640, 480),
    (1000, 1000),
    (1999, 1501),
    (2000, 1500),
    (1500, 2000),
]


def _smooth_noise(rng: np.random.Generator, h: int, w: int, cells: int) -> npt.NDArray[np.float64]:
    """Bilinear upsampling of a coarse random grid: a cloud-like field in 0..1."""
    gh, gw = max(2, min(cells, h)), max(2, min(cells, w))
    grid = rng.random((gh, gw))
    ys = np.linspace(0, gh - 1, h)
    xs = np.linspace(0, gw - 1, w)
    y0 = np.clip(np.floor(ys).astype(int), 0, gh - 2)
    x0 = np.clip(np.floor(xs).astype(int), 0, gw - 2)
    fy = (ys - y0)[:, None]
    fx = (xs - x0)[None, :]
    top = grid[y0][:, x0] * (1 - fx) + grid[y0][:, x0 + 1] * fx
    bottom = grid[y0 + 1][:, x0] * (1 - fx) + grid[y0 + 1][:, x0 + 1] * fx
    return np.asarray(top * (1 - fy) + bottom * fy, dtype=np.float64)


def _to_rgb(channels: list[npt.NDArray[np.float64]]) -> Image3:
    stacked = np.stack(channels, axis=-1)
    return np.ascontiguousarray(np.clip(np.rint(stacked * 255), 0, 255).astype(np.uint8))


def gradient(rng: np.random.Generator, h: int, w: int) -> Image3:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    kind = int(rng.integers(0, 4))
    if kind == 0:
        base = xx / max(w - 1, 1)
    elif kind == 1:
        base = yy / max(h - 1, 1)
    elif kind == 2:
        base = (xx + yy) / max(w + h - 2, 1)
    else:
        cy, cx = rng.random() * h, rng.random() * w
        base = np.hypot(yy - cy, xx - cx) / max(np.hypot(h, w), 1)
    return _to_rgb([np.clip(base * rng.uniform(0.5, 1.5) + rng.uniform(-0.2, 0.2), 0, 1) for _ in range(3)])


def noise(rng: np.random.Generator, h: int, w: int) -> Image3:
    return rng.integers(0, 256, (h, w, 3), dtype=np.uint8)


def clouds(rng: np.random.Generator, h: int, w: int) -> Image3:
    cells = int(rng.integers(3, 40))
    return _to_rgb([_smooth_noise(rng, h, w, cells) for _ in range(3)])


def photo_like(rng: np.random.Generator, h: int, w: int) -> Image3:
    """Smooth structure at several scales plus a little sensor noise, like a photograph."""
    layers = [
        0.55 * _smooth_noise(rng, h, w, 4)
        + 0.3 * _smooth_noise(rng, h, w, 16)
        + 0.15 * _smooth_noise(rng, h, w, 64)
        for _ in range(3)
    ]
    grain = rng.normal(0, 0.02, (h, w))
    return _to_rgb([np.clip(layer + grain, 0, 1) for layer in layers])


def shapes(rng: np.random.Generator, h: int, w: int) -> Image3:
    image = np.empty((h, w, 3), dtype=np.uint8)
    image[:] = rng.integers(0, 256, 3, dtype=np.uint8)
    yy, xx = np.mgrid[0:h, 0:w]
    for _ in range(int(rng.integers(1, 12))):
        colour = rng.integers(0, 256, 3, dtype=np.uint8)
        cy, cx = rng.random() * h, rng.random() * w
        size = rng.uniform(0.05, 0.5) * max(h, w)
        if rng.random() < 0.5:
            mask = np.hypot(yy - cy, xx - cx) < size / 2
        else:
            mask = (np.abs(yy - cy) < size / 2) & (np.abs(xx - cx) < size * rng.uniform(0.2, 1.0))
        image[mask] = colour
    return image


def text_like(rng: np.random.Generator, h: int, w: int) -> Image3:
    """Dark glyph-sized marks in lines on a light page."""
    page = np.full((h, w), 235 + int(rng.integers(0, 20)), dtype=np.uint8)
    line_height = max(3, int(rng.integers(8, 28)) * max(h, w) // 1000 + 6)
    glyph = max(1, line_height * 2 // 3)
    for top in range(line_height // 2, h - glyph, line_height):
        left = int(rng.integers(0, max(1, w // 20) + 1))
        x = left
        while x < w - glyph:
            if rng.random() < 0.15:
                x += glyph  # a space
                continue
            gw = max(1, int(glyph * rng.uniform(0.4, 0.9)))
            gh = max(1, int(glyph * rng.uniform(0.6, 1.0)))
            page[top + glyph - gh : top + glyph, x : x + gw] = int(rng.integers(0, 70))
            x += gw + max(1, glyph // 4)
    return np.ascontiguousarray(np.repeat(page[:, :, None], 3, axis=2))


def stripes(rng: np.random.Generator, h: int, w: int) -> Image3:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    period = rng.uniform(2, max(3, max(h, w) / 2))
    angle = rng.uniform(0, np.pi)
    wave = 0.5 + 0.5 * np.sin(2 * np.pi * (xx * np.cos(angle) + yy * np.sin(angle)) / period)
    if rng.random() < 0.5:
        wave = np.round(wave)  # hard-edged bars or a checkerboard-like pattern
    return _to_rgb([wave * rng.uniform(0.3, 1), wave * rng.uniform(0.3, 1), wave * rng.uniform(0.3, 1)])


def flat(rng: np.random.Generator, h: int, w: int) -> Image3:
    image = np.empty((h, w, 3), dtype=np.uint8)
    image[:] = rng.integers(0, 256, 3, dtype=np.uint8)
    return image


KINDS: dict[str, Callable[[np.random.Generator, int, int], Image3]] = {
    "gradient": gradient,
    "noise": noise,
    "clouds": clouds,
    "photo": photo_like,
    "shapes": shapes,
    "text": text_like,
    "stripes": stripes,
    "flat": flat,
}


def synthetic_images(count: int, seed: int = 20240611) -> Iterator[tuple[str, Image3]]:
    """``count`` (name, RGB image) pairs: the edge sizes first, then random sizes from 8x8 to ~1200 px."""
    rng = np.random.default_rng(seed)
    names = list(KINDS)
    for index in range(count):
        if index < len(EDGE_SIZES):
            h, w = EDGE_SIZES[index]
        elif rng.random() < 0.3:
            h, w = (int(v) for v in rng.integers(8, 120, 2))
        else:
            h, w = (int(v) for v in rng.integers(8, 1200, 2))
        kind = names[index % len(names)] if index >= len(EDGE_SIZES) else names[index % (len(names) - 1)]
        yield f"{index:03d}-{kind}-{w}x{h}", KINDS[kind](rng, h, w)
