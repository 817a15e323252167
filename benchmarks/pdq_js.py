"""PDQ hashing of a 12-megapixel photo: pdq.mjs under Node, the pdqhash package, and (if present) Chromium.

The image is a synthetic photo-like 4000x3000 RGB picture (smooth structure at several scales plus grain),
generated here from a fixed seed, so the benchmark needs no data files. Each implementation hashes the same
pixels; after one warm-up run the median of 5 runs is reported. Node and Chromium time ``pdqHashRGBA`` alone
(inside the JavaScript engine, from RGBA bytes already in memory); pdqhash times ``pdqhash.compute`` on the RGB
array (its numpy luminance step included). Chromium also reports the whole in-page path the youth page uses:
``createImageBitmap(jpegBlob, {imageOrientation: "from-image"})``, canvas ``getImageData`` and the hash.

Run: ``.venv/bin/python -m benchmarks.pdq_js``. Chromium is measured when /usr/bin/chromium and Playwright are
there; otherwise its entries are absent.
"""

from __future__ import annotations

import functools
import http.server
import io
import json
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
PDQ_MODULE = ROOT / "src" / "ondam" / "web" / "static" / "js" / "pdq.mjs"
RUNNER = ROOT / "tests" / "hashing" / "pdq_runner.mjs"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTH, HEIGHT = 4000, 3000
RUNS = 5


def photo_like(width: int = WIDTH, height: int = HEIGHT, seed: int = 12) -> npt.NDArray[np.uint8]:
    """A photograph-like RGB image: bilinear-upsampled random fields at three scales plus sensor grain."""
    rng = np.random.default_rng(seed)

    def field(cells: int) -> npt.NDArray[np.float32]:
        grid = rng.random((cells + 1, cells + 1)).astype(np.float32)
        ys = np.linspace(0, cells, height, dtype=np.float32)
        xs = np.linspace(0, cells, width, dtype=np.float32)
        y0 = np.minimum(ys.astype(np.int32), cells - 1)
        x0 = np.minimum(xs.astype(np.int32), cells - 1)
        fy = (ys - y0)[:, None]
        fx = (xs - x0)[None, :]
        top = grid[y0][:, x0] * (1 - fx) + grid[y0][:, x0 + 1] * fx
        bottom = grid[y0 + 1][:, x0] * (1 - fx) + grid[y0 + 1][:, x0 + 1] * fx
        return np.asarray(top * (1 - fy) + bottom * fy, dtype=np.float32)

    channels = []
    for _ in range(3):
        value = 0.55 * field(4) + 0.3 * field(24) + 0.15 * field(160)
        value += rng.normal(0, 0.015, (height, width)).astype(np.float32)
        channels.append(np.clip(np.rint(value * 255), 0, 255).astype(np.uint8))
    return np.ascontiguousarray(np.stack(channels, axis=-1))


def _rgba(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    rgba = np.empty((*rgb.shape[:2], 4), dtype=np.uint8)
    rgba[..., :3] = rgb
    rgba[..., 3] = 255
    return rgba


def bench_pdqhash(rgb: npt.NDArray[np.uint8]) -> tuple[float, str, int]:
    from ondam.hashing.pdq import pdq_hash_rgb  # noqa: PLC0415

    pdq_hash_rgb(rgb)  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        hash_hex, quality = pdq_hash_rgb(rgb)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), hash_hex, quality


def bench_node(raw_rgba: Path) -> tuple[float, float, str, int]:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not on PATH")
    request = json.dumps({"op": "pdq", "path": str(raw_rgba), "width": WIDTH, "height": HEIGHT}) + "\n"
    proc = subprocess.run(
        [node, str(RUNNER)],
        input=request * (RUNS + 1),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    replies = [json.loads(line) for line in proc.stdout.splitlines()]
    hashes = {r["hash"] for r in replies}
    assert len(hashes) == 1, "pdq.mjs gave different hashes for the same pixels"
    return (
        statistics.median(r["ms"] for r in replies[1:]),
        replies[0]["ms"],
        replies[0]["hash"],
        replies[0]["quality"],
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def _local_server(folder: Path) -> Iterator[str]:
    """A static file server on 127.0.0.1 (an ephemeral port) for the page, the module and the image."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


CHROMIUM_SCRIPT = """
async ([runs, width, height]) => {
  const pdq = await import("./pdq.mjs");
  const rgba = new Uint8ClampedArray(await (await fetch("./image.rgba")).arrayBuffer());
  const hashTimes = [];
  let result = null;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    result = pdq.pdqHashRGBA(rgba, width, height);
    if (i > 0) hashTimes.push(performance.now() - t0);
  }
  const jpeg = await (await fetch("./image.jpg")).blob();
  const fullTimes = [];
  let full = null;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const bitmap = await createImageBitmap(jpeg, {imageOrientation: "from-image"});
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d", {willReadFrequently: true});
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    bitmap.close();
    full = pdq.pdqHashRGBA(data, canvas.width, canvas.height);
    if (i > 0) fullTimes.push(performance.now() - t0);
  }
  return {hashTimes, fullTimes, hash: result.hash, quality: result.quality, jpegHash: full.hash};
}
"""


def bench_chromium(rgb: npt.NDArray[np.uint8]) -> dict[str, Any] | None:
    """pdq.mjs in headless Chromium; None when Chromium or Playwright is not installed."""
    if not CHROMIUM.exists():
        return None
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415
    except ImportError:
        return None
    from PIL import Image  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="ondam-pdq-bench-") as tmp:
        folder = Path(tmp)
        shutil.copy(PDQ_MODULE, folder / "pdq.mjs")
        (folder / "index.html").write_text("<!doctype html><title>pdq bench</title>", encoding="utf-8")
        (folder / "image.rgba").write_bytes(_rgba(rgb).tobytes())
        jpeg = io.BytesIO()
        Image.fromarray(rgb).save(jpeg, "JPEG", quality=90)
        (folder / "image.jpg").write_bytes(jpeg.getvalue())
        with _local_server(folder) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.goto(f"{base}/index.html")
                out: dict[str, Any] = page.evaluate(CHROMIUM_SCRIPT, [RUNS, WIDTH, HEIGHT])
            finally:
                browser.close()
    from ondam.hashing.pdq import pdq_hash_image  # noqa: PLC0415

    out["jpegServerHash"] = pdq_hash_image(jpeg.getvalue()).hash_hex
    return out


def _bits(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def run() -> dict[str, float]:
    rgb = photo_like()
    ref_ms, ref_hash, ref_quality = bench_pdqhash(rgb)
    with tempfile.TemporaryDirectory(prefix="ondam-pdq-bench-") as tmp:
        raw = Path(tmp) / "image.rgba"
        raw.write_bytes(_rgba(rgb).tobytes())
        node_ms, node_first_ms, node_hash, node_quality = bench_node(raw)
    result: dict[str, float] = {
        "megapixels": WIDTH * HEIGHT / 1e6,
        "pdqhash_ms": ref_ms,
        "node_ms": node_ms,
        "node_first_run_ms": node_first_ms,
        "node_bits_from_pdqhash": _bits(node_hash, ref_hash),
        "node_quality_diff": abs(node_quality - ref_quality),
        "quality": ref_quality,
    }
    chromium = bench_chromium(rgb)
    if chromium is not None:
        result.update(
            chromium_ms=statistics.median(chromium["hashTimes"]),
            chromium_bits_from_pdqhash=_bits(chromium["hash"], ref_hash),
            chromium_decode_and_hash_ms=statistics.median(chromium["fullTimes"]),
            chromium_jpeg_bits_from_server=_bits(chromium["jpegHash"], chromium["jpegServerHash"]),
        )
    return result


def report(r: dict[str, float]) -> str:
    lines = [
        "",
        "## PDQ hashing of a 12 MP photo (4000x3000, synthetic, no resize)",
        "",
        f"Median of {RUNS} runs after one warm-up; every implementation hashes on one thread.",
        "",
        "| implementation | time | hash vs pdqhash |",
        "| --- | --- | --- |",
        f"| pdqhash package (C++ reference, numpy luminance) | {r['pdqhash_ms']:.0f} ms | - |",
        f"| pdq.mjs under Node (first run {r['node_first_run_ms']:.0f} ms) | {r['node_ms']:.0f} ms "
        f"| {int(r['node_bits_from_pdqhash'])} bits apart, quality diff {int(r['node_quality_diff'])} |",
    ]
    if "chromium_ms" in r:
        lines += [
            f"| pdq.mjs in headless Chromium | {r['chromium_ms']:.0f} ms "
            f"| {int(r['chromium_bits_from_pdqhash'])} bits apart |",
            f"| Chromium: JPEG decode (createImageBitmap) + getImageData + pdq.mjs "
            f"| {r['chromium_decode_and_hash_ms']:.0f} ms "
            f"| {int(r['chromium_jpeg_bits_from_server'])} bits from the server's hash of the same JPEG |",
        ]
    return "\n".join([*lines, ""])


if __name__ == "__main__":
    results = run()
    print(report(results))
    print(json.dumps(results, indent=2))
