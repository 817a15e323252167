"""pdq.mjs (run under Node) against the reference PDQ implementation (the pdqhash package), on the same pixels.

Everything goes through one Node process (tests/hashing/pdq_runner.mjs): the module-scoped ``batch`` fixture
writes each image's raw RGBA bytes to a temporary folder, sends one JSON line per request and keeps the replies.
Images: every file under the shared PDQ reference folder (decoded exactly as the server decodes uploads), and
240 synthetic images from 1x1 to 2000x1500. Acceptance: at least 99% identical hashes, never more than 2 bits
apart, quality within 1.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from ondam.hashing.pdq import decode_rgba, pdq_hash_rgb, pdq_hash_rgb_dihedral

from .synthetic import synthetic_images

NODE = shutil.which("node")
RUNNER = Path(__file__).with_name("pdq_runner.mjs")
SHARED_PDQ = Path(os.environ.get("ONDAM_PDQ_DATA", Path(__file__).resolve().parents[3] / "shared/data/pdq"))
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}
SYNTHETIC_COUNT = 240
DIHEDRAL_EVERY = 4  # every 4th synthetic image (and every shared one) is also checked for its 8 variants
MIN_IDENTICAL = 0.99
MAX_BITS = 2
MAX_QUALITY_DIFF = 1

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not on PATH: pdq.mjs cannot be run")


def bits_apart(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


@dataclass
class Case:
    name: str
    group: str  # "shared" or "synthetic"
    ref_hash: str
    ref_quality: int
    js: dict[str, Any]
    ref_dihedral: dict[str, str] | None = None


@dataclass
class Batch:
    cases: list[Case] = field(default_factory=list)
    digests: list[tuple[bytes, dict[str, Any]]] = field(default_factory=list)
    hamming: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    dct: list[float] = field(default_factory=list)
    bad_input: dict[str, Any] = field(default_factory=dict)
    shared_present: bool = False


def run_node(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    assert NODE is not None
    payload = "".join(json.dumps(r) + "\n" for r in requests)
    proc = subprocess.run(
        [NODE, str(RUNNER)], input=payload, capture_output=True, text=True, timeout=240, check=False
    )
    assert proc.returncode == 0, proc.stderr
    replies = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(replies) == len(requests), proc.stderr
    return replies


def shared_images() -> Iterator[tuple[str, npt.NDArray[np.uint8]]]:
    for path in sorted(SHARED_PDQ.rglob("*")):
        if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES:
            yield str(path.relative_to(SHARED_PDQ)), decode_rgba(path.read_bytes())


@pytest.fixture(scope="module")
def batch() -> Batch:
    result = Batch(shared_present=SHARED_PDQ.is_dir())
    requests: list[dict[str, Any]] = []
    pending: list[tuple[str, str, int, str, int, dict[str, str] | None]] = []
    with tempfile.TemporaryDirectory(prefix="ondam-pdq-") as tmp:
        folder = Path(tmp)

        def add_image(name: str, group: str, rgba: npt.NDArray[np.uint8], dihedral: bool) -> None:
            path = folder / f"{len(pending):04d}.rgba"
            path.write_bytes(np.ascontiguousarray(rgba).tobytes())
            height, width = rgba.shape[:2]
            ref_hash, ref_quality = pdq_hash_rgb(rgba[:, :, :3])
            ref_dihedral = pdq_hash_rgb_dihedral(rgba[:, :, :3])[0] if dihedral else None
            pending.append((name, group, len(requests), ref_hash, ref_quality, ref_dihedral))
            requests.append(
                {"op": "pdq", "path": str(path), "width": width, "height": height, "dihedral": dihedral}
            )

        if result.shared_present:
            for name, rgba in shared_images():
                add_image(name, "shared", rgba, dihedral=True)
        for index, (name, rgb) in enumerate(synthetic_images(SYNTHETIC_COUNT)):
            rgba = np.empty((*rgb.shape[:2], 4), dtype=np.uint8)
            rgba[..., :3] = rgb
            # Alpha is not part of the hash: give some images a varying alpha channel to prove it is ignored.
            rgba[..., 3] = 255 if index % 3 else (np.arange(rgb.shape[1]) % 256).astype(np.uint8)[None, :]
            add_image(name, "synthetic", rgba, dihedral=index % DIHEDRAL_EVERY == 0)

        rng = np.random.default_rng(7)
        blobs = [b"", b"a", b"abc", b"message digest"]
        blobs += [bytes(rng.integers(0, 256, n, dtype=np.uint8)) for n in (55, 56, 57, 63, 64, 65, 119, 120)]
        blobs += [bytes(rng.integers(0, 256, 1_000_003, dtype=np.uint8)), b"\xff" * 4096]
        digest_start = len(requests)
        for i, blob in enumerate(blobs):
            path = folder / f"blob-{i}.bin"
            path.write_bytes(blob)
            requests.append({"op": "digest", "path": str(path)})

        hexes = ["".join(f"{int(v):02x}" for v in rng.integers(0, 256, 32)) for _ in range(6)]
        pairs = [(a, b) for a in hexes for b in hexes] + [("0" * 64, "f" * 64), ("", "")]
        hamming_start = len(requests)
        requests += [{"op": "hamming", "a": a, "b": b} for a, b in pairs]
        requests.append({"op": "dct"})
        bad_path = folder / "short.rgba"
        bad_path.write_bytes(b"\0" * 10)
        requests.append({"op": "pdq", "path": str(bad_path), "width": 10, "height": 10})

        replies = run_node(requests)

    for name, group, index, ref_hash, ref_quality, ref_dihedral in pending:
        result.cases.append(Case(name, group, ref_hash, ref_quality, replies[index], ref_dihedral))
    result.digests = [(blob, replies[digest_start + i]) for i, blob in enumerate(blobs)]
    result.hamming = [(a, b, replies[hamming_start + i]) for i, (a, b) in enumerate(pairs)]
    result.dct = replies[-2]["matrix"]
    result.bad_input = replies[-1]
    return result


def parity_figures(cases: list[Case]) -> tuple[int, int, int]:
    identical = sum(c.js["hash"] == c.ref_hash for c in cases)
    max_bits = max(bits_apart(c.js["hash"], c.ref_hash) for c in cases)
    max_quality = max(abs(c.js["quality"] - c.ref_quality) for c in cases)
    return identical, max_bits, max_quality


def assert_parity(cases: list[Case], label: str) -> None:
    assert cases, f"no {label} images"
    for case in cases:
        assert "error" not in case.js, f"{case.name}: {case.js['error']}"
    identical, max_bits, max_quality = parity_figures(cases)
    print(
        f"\nPDQ parity, {label}: {identical}/{len(cases)} identical hashes "
        f"({identical / len(cases):.2%}), max {max_bits} bits apart, max quality difference {max_quality}"
    )
    misses = [c.name for c in cases if c.js["hash"] != c.ref_hash]
    if misses:
        print(f"  differing: {', '.join(misses)}")
    assert identical >= MIN_IDENTICAL * len(cases)
    assert max_bits <= MAX_BITS
    assert max_quality <= MAX_QUALITY_DIFF


def test_shared_reference_images_match_pdqhash(batch: Batch) -> None:
    if not batch.shared_present:
        pytest.skip(f"reference images not found at {SHARED_PDQ} (set ONDAM_PDQ_DATA to point at them)")
    assert_parity([c for c in batch.cases if c.group == "shared"], "shared reference images")


def test_synthetic_images_match_pdqhash(batch: Batch) -> None:
    cases = [c for c in batch.cases if c.group == "synthetic"]
    assert len(cases) == SYNTHETIC_COUNT
    assert_parity(cases, "synthetic images")
    # The generated set really covers the ranges the acceptance is about.
    sizes = [tuple(int(v) for v in c.name.rsplit("-", 1)[1].split("x")) for c in cases]
    assert min(w * h for w, h in sizes) == 1
    assert (2000, 1500) in sizes
    assert any(w % 2 and h % 2 for w, h in sizes)
    assert {c.js["quality"] for c in cases} >= {0, 100}


def test_all_images_together(batch: Batch) -> None:
    assert_parity(batch.cases, "all images")


def test_images_below_five_pixels_hash_to_zero(batch: Batch) -> None:
    tiny = [c for c in batch.cases if c.name.endswith(("-1x1", "-4x4", "-100x4", "-4x100"))]
    assert len(tiny) == 4
    for case in tiny:
        assert case.js["hash"] == case.ref_hash == "0" * 64
        assert case.js["quality"] == case.ref_quality == 0


def test_dihedral_variants_match_pdqhash(batch: Batch) -> None:
    cases = [c for c in batch.cases if c.ref_dihedral is not None]
    assert len(cases) >= SYNTHETIC_COUNT // DIHEDRAL_EVERY
    compared = identical = 0
    worst = 0
    for case in cases:
        assert case.ref_dihedral is not None
        js = case.js["dihedral"]
        assert set(js) == set(case.ref_dihedral)
        for variant, ref_hash in case.ref_dihedral.items():
            compared += 1
            identical += js[variant] == ref_hash
            worst = max(worst, bits_apart(js[variant], ref_hash))
        # Outside the reference's 64x64 shortcut, the original among the variants is the plain hash.
        if not case.name.endswith("-64x64"):
            assert js["orig"] == case.js["hash"]
    print(f"\nPDQ dihedral parity: {identical}/{compared} identical variant hashes, max {worst} bits apart")
    assert identical >= MIN_IDENTICAL * compared
    assert worst <= MAX_BITS


def test_dihedral_variants_are_distinct_hashes(batch: Batch) -> None:
    """A guard against a variant silently falling back to the original (e.g. a wrong key)."""
    textured = [c for c in batch.cases if c.ref_dihedral is not None and c.js["quality"] >= 50]
    assert textured
    for case in textured:
        variants = case.js["dihedral"]
        assert len(set(variants.values())) > 4, case.name


def test_dct_matrix_is_the_reference_matrix(batch: Batch) -> None:
    # dct_matrix_64: float(float(sqrt(2/64)) * cos(pi/2/64 * (i+1) * (2j+1))), with the C library's cos.
    scale = float(np.float32(math.sqrt(2.0 / 64)))
    expected = np.array(
        [
            np.float32(scale * math.cos((math.pi / 2.0 / 64) * (i + 1) * (2 * j + 1)))
            for i in range(16)
            for j in range(64)
        ],
        dtype=np.float32,
    )
    got = np.array(batch.dct, dtype=np.float64)
    assert got.shape == (1024,)
    assert np.array_equal(got.astype(np.float32).astype(np.float64), got)  # values are float32
    assert np.array_equal(got.astype(np.float32), expected)


def test_md5_and_sha256_match_hashlib(batch: Batch) -> None:
    assert len(batch.digests) == 14
    for blob, reply in batch.digests:
        assert reply["md5"] == hashlib.md5(blob, usedforsecurity=False).hexdigest(), len(blob)
        assert reply["sha256"] == hashlib.sha256(blob).hexdigest(), len(blob)


def test_hamming_distance_matches_python(batch: Batch) -> None:
    for a, b, reply in batch.hamming:
        assert reply["distance"] == (bits_apart(a, b) if a else 0)
    assert any(reply["distance"] == 256 for _, _, reply in batch.hamming)


def test_wrong_buffer_size_is_refused(batch: Batch) -> None:
    assert "width*height*4" in batch.bad_input["error"]


def test_runner_reports_bad_requests_and_goes_on() -> None:
    replies = run_node(
        [{"op": "nope"}, {"op": "hamming", "a": "ab", "b": "abc"}, {"op": "hamming", "a": "f", "b": "0"}]
    )
    assert "unknown op" in replies[0]["error"]
    assert "equal length" in replies[1]["error"]
    assert replies[2] == {"distance": 4}
