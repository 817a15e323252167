"""The whole shared hashing rule in a real browser: Chromium runs pdq.mjs's hashImageFile (createImageBitmap with
EXIF orientation, canvas pixels, PDQ, MD5, SHA-256) on image files; the server hashes the same files with
ondam.hashing.pdq. Hashes, digests and sizes must agree.

The page is served from a temporary folder by a static file server on 127.0.0.1; the files are synthetic
(transparency, EXIF orientation, an ICC profile, grey, 16-bit, palette, lossy JPEG and WebP) plus, when the
shared reference folder is there, every PDQ reference image. Skipped without /usr/bin/chromium, unless
ONDAM_REQUIRE_BROWSER=1 (CI), which turns the skip into a failure.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from ondam.hashing.pdq import pdq_hash_image

from .synthetic import photo_like, shapes, text_like
from .test_pdq_decode import matrix_trc_profile
from .test_pdq_parity import IMAGE_SUFFIXES, SHARED_PDQ, bits_apart

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
USABLE_QUALITY = 50
PDQ_MODULE = Path(__file__).resolve().parents[2] / "src/ondam/web/static/js/pdq.mjs"

pytestmark = pytest.mark.browser

PAGE_SCRIPT = """
async (names) => {
  const pdq = await import("./pdq.mjs");
  const out = [];
  for (const name of names) {
    const blob = await (await fetch("./files/" + name)).blob();
    out.push({name, ...(await pdq.hashImageFile(blob))});
  }
  return out;
}
"""


def _encode(image: Image.Image, fmt: str, **params: Any) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **params)
    return buf.getvalue()


def synthetic_files() -> dict[str, bytes]:
    rng = np.random.default_rng(99)
    photo = photo_like(rng, 600, 800)
    files: dict[str, bytes] = {
        "photo.jpg": _encode(Image.fromarray(photo), "JPEG", quality=90),
        "photo-large.jpg": _encode(Image.fromarray(photo_like(rng, 1500, 2000)), "JPEG", quality=85),
        "photo.webp": _encode(Image.fromarray(photo), "WEBP", quality=80),
        "text.png": _encode(Image.fromarray(text_like(rng, 500, 400)), "PNG"),
        "grey.png": _encode(Image.fromarray(photo).convert("L"), "PNG"),
        "palette.png": _encode(Image.fromarray(shapes(rng, 300, 300)).convert("P"), "PNG", transparency=0),
        "icc-linear.jpg": _encode(
            Image.fromarray(photo), "JPEG", quality=90, icc_profile=matrix_trc_profile(1.0)
        ),
    }
    # Transparency: opaque, fully transparent (with colour hidden under it) and partially transparent areas.
    rgba = np.dstack([photo_like(rng, 400, 500), np.full((400, 500), 255, np.uint8)])
    rgba[:100, :, 3] = 0
    rgba[100:200, :, 3] = np.linspace(1, 254, 500).astype(np.uint8)[None, :]
    files["alpha.png"] = _encode(Image.fromarray(rgba, "RGBA"), "PNG")
    # 16-bit grey.
    grey16 = (
        photo_like(rng, 200, 300)[..., 0].astype(np.uint16) * 257 + rng.integers(0, 257, (200, 300))
    ).astype(np.uint16)
    files["grey16.png"] = _encode(Image.frombytes("I;16", (300, 200), grey16.tobytes()), "PNG")
    # EXIF orientation (the stored pixels are turned; the browser and the server must both turn them back).
    for orientation in (3, 6, 8):
        exif = Image.Exif()
        exif[0x0112] = orientation
        image = Image.fromarray(shapes(rng, 240, 320))
        files[f"exif-{orientation}.jpg"] = _encode(image, "JPEG", quality=92, exif=exif.tobytes())
        files[f"exif-{orientation}.png"] = _encode(image, "PNG", exif=exif.tobytes())
    return files


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def local_server(folder: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_browser_and_server_hash_the_same_files_alike(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        if os.environ.get("ONDAM_REQUIRE_BROWSER") == "1":
            pytest.fail("ONDAM_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("/usr/bin/chromium is not installed")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    files = synthetic_files()
    if SHARED_PDQ.is_dir():
        for path in sorted(SHARED_PDQ.rglob("*")):
            if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES:
                files["shared-" + "-".join(path.relative_to(SHARED_PDQ).parts)] = path.read_bytes()
    (tmp_path / "files").mkdir()
    for name, data in files.items():
        (tmp_path / "files" / name).write_bytes(data)
    shutil.copy(PDQ_MODULE, tmp_path / "pdq.mjs")
    (tmp_path / "index.html").write_text("<!doctype html><title>pdq</title>", encoding="utf-8")

    with local_server(tmp_path) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{base}/index.html")
            results: list[dict[str, Any]] = page.evaluate(PAGE_SCRIPT, sorted(files))
        finally:
            browser.close()

    assert len(results) == len(files)
    identical = worst_bits = worst_low_quality_bits = worst_quality = 0
    for got in results:
        server = pdq_hash_image(files[got["name"]])
        assert (got["width"], got["height"]) == (server.width, server.height), got["name"]
        assert got["md5"] == server.md5_hex, got["name"]
        assert got["sha256"] == server.sha256_hex, got["name"]
        bits = bits_apart(got["hash"], server.hash_hex)
        identical += bits == 0
        if bits:
            print(f"  {got['name']}: {bits} bits apart (quality {server.quality})")
        if server.quality >= USABLE_QUALITY:
            worst_bits = max(worst_bits, bits)
        else:
            worst_low_quality_bits = max(worst_low_quality_bits, bits)
        worst_quality = max(worst_quality, abs(got["quality"] - server.quality))
    print(
        f"\nPDQ browser vs server: {identical}/{len(results)} files hash identically; max {worst_bits} bits apart "
        f"at quality >= {USABLE_QUALITY}, {worst_low_quality_bits} below; max quality difference {worst_quality}"
    )
    # Decoders may differ by 1 level on a few pixels (ICC conversion, un-premultiplied alpha), which can flip a
    # bit or two of a usable hash; hashes below the usable quality are unstable by nature (PDQ's own rule:
    # within 10 bits of the reference).
    assert identical >= 0.9 * len(results)
    assert worst_bits <= 2
    assert worst_low_quality_bits <= 10
    assert worst_quality <= 1
