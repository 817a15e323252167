"""Server side of the shared hashing rule: ondam.hashing.pdq decodes uploads the way Chromium's canvas does.

The expected pixel values for transparency and 16-bit images were measured with headless Chromium
(createImageBitmap + canvas getImageData); these tests pin the server's emulation of them.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageOps

from ondam.hashing.pdq import (
    ImageDecodeError,
    _to_browser_rgba,
    bits_to_hex,
    decode_rgba,
    pdq_hash_image,
    pdq_hash_rgb,
)

from .synthetic import photo_like, shapes

ORIENTATION = 0x0112


def encode(image: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **params)
    return buf.getvalue()


def test_pdq_hash_image_returns_hash_quality_and_digests() -> None:
    rgb = photo_like(np.random.default_rng(1), 300, 400)
    data = encode(Image.fromarray(rgb))
    result = pdq_hash_image(data)
    assert (result.hash_hex, result.quality) == pdq_hash_rgb(rgb)
    assert len(result.hash_hex) == 64
    assert result.hash_hex == result.hash_hex.lower()
    assert result.quality >= 50
    assert result.md5_hex == hashlib.md5(data, usedforsecurity=False).hexdigest()
    assert result.sha256_hex == hashlib.sha256(data).hexdigest()
    assert (result.width, result.height) == (400, 300)


def test_hash_is_the_reference_layout() -> None:
    # Bit 255 of the reference hash is the first bit of pdqhash's vector and the top bit of the hex text.
    bits = np.zeros(256, dtype=np.uint8)
    bits[0] = 1
    bits[-1] = 1
    assert bits_to_hex(bits) == "8" + "0" * 62 + "1"


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_is_applied_before_hashing(orientation: int) -> None:
    display = shapes(np.random.default_rng(orientation), 120, 200)
    # Store the pixels the way a camera would for this orientation tag, then let the decoder undo it.
    stored = {3: np.rot90(display, 2), 6: np.rot90(display, 1), 8: np.rot90(display, -1)}[orientation]
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    data = encode(Image.fromarray(np.ascontiguousarray(stored)), exif=exif.tobytes())
    assert ImageOps.exif_transpose(Image.open(io.BytesIO(data))).size == (200, 120)
    rgba = decode_rgba(data)
    assert np.array_equal(rgba[..., :3], display)
    assert pdq_hash_image(data).hash_hex == pdq_hash_rgb(display)[0]
    assert (pdq_hash_image(data).width, pdq_hash_image(data).height) == (200, 120)


def test_transparent_pixels_read_as_black_like_a_canvas() -> None:
    rgba = np.zeros((4, 6, 4), dtype=np.uint8)
    rgba[..., :3] = 200
    rgba[0, :, 3] = 0  # fully transparent: a canvas keeps no colour for these
    rgba[1, :, 3] = 255
    rgba[2, :, 3] = 128
    rgba[3, :, 3] = 1
    decoded = decode_rgba(encode(Image.fromarray(rgba, "RGBA")))
    assert decoded[0, :, :3].max() == 0
    assert (decoded[1, :, :3] == 200).all()
    assert (decoded[..., 3] == rgba[..., 3]).all()
    # round(round(200 * 128 / 255) * 255 / 128) = round(100 * 255 / 128) = 199 (Chromium: 199).
    assert (decoded[2, :, :3] == 199).all()
    # alpha 1: premultiplied colour round(200 / 255) = 1, back to 255.
    assert (decoded[3, :, :3] == 255).all()


def test_partial_alpha_values_measured_in_chromium() -> None:
    # Chromium 2D canvas, alpha 128, colours 120..135 in, getImageData out (measured with headless Chromium).
    colours = np.arange(120, 136, dtype=np.uint8)
    chromium = [120, 122, 122, 124, 124, 126, 126, 128, 128, 129, 129, 131, 131, 133, 133, 135]
    rgba = np.zeros((1, 16, 4), dtype=np.uint8)
    rgba[0, :, :3] = colours[:, None]
    rgba[0, :, 3] = 128
    decoded = decode_rgba(encode(Image.fromarray(rgba, "RGBA")))
    assert decoded[0, :, 0].tolist() == chromium


def test_alpha_does_not_change_the_hash_of_opaque_pixels() -> None:
    rgb = shapes(np.random.default_rng(5), 100, 90)
    opaque = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    assert pdq_hash_image(encode(Image.fromarray(opaque, "RGBA"))).hash_hex == pdq_hash_rgb(rgb)[0]


@pytest.mark.parametrize("mode", ["L", "LA", "P", "PA", "1", "CMYK", "YCbCr", "RGBA", "I", "F"])
def test_every_common_mode_decodes_to_rgba(mode: str) -> None:
    rgb = photo_like(np.random.default_rng(3), 64, 80)
    source = Image.fromarray(rgb)
    if mode in ("P", "PA"):
        image = source.convert("P", palette=Image.Palette.ADAPTIVE).convert(mode)
    else:
        image = source.convert(mode)
    fmt = {"CMYK": "JPEG", "YCbCr": "JPEG", "PA": "WEBP", "I": "TIFF", "F": "TIFF"}.get(mode, "PNG")
    params: dict[str, object] = {"lossless": True} if fmt == "WEBP" else {}
    decoded = decode_rgba(encode(image, fmt, **params))
    assert decoded.shape == (64, 80, 4)
    assert decoded.dtype == np.uint8
    if mode in ("L", "LA", "1", "I", "F"):
        assert (decoded[..., 0] == decoded[..., 1]).all()
        assert (decoded[..., 1] == decoded[..., 2]).all()
    if mode in ("L", "I"):
        assert np.array_equal(decoded[..., 0], np.asarray(source.convert("L")))
    if mode == "F":
        assert np.array_equal(decoded[..., 0], np.rint(np.asarray(image)).astype(np.uint8))
    if mode in ("P", "PA", "YCbCr", "CMYK", "RGBA"):
        # Colour survives (lossy JPEG and a 256-colour palette cost a few levels on this grainy image).
        assert np.abs(decoded[..., :3].astype(int) - rgb).mean() < 12


def test_hsv_is_converted_not_reinterpreted() -> None:
    # Image.convert("RGBA") on an HSV image would copy H, S and V into R, G and B.
    rgb = photo_like(np.random.default_rng(4), 20, 30)
    decoded = _to_browser_rgba(Image.fromarray(rgb).convert("HSV"))
    assert np.abs(decoded[..., :3].astype(int) - rgb).max() <= 3


def test_sixteen_bit_grey_keeps_the_high_byte() -> None:
    values = np.arange(0, 65536, 257, dtype=np.uint16).reshape(16, 16)
    values[0, 0] = 0x12FF
    data = encode(Image.frombytes("I;16", (16, 16), values.tobytes()))
    decoded = decode_rgba(data)
    assert decoded[0, 0, 0] == 0x12  # Chromium: high byte, not rounded and not clipped to 255
    assert np.array_equal(decoded[..., 0].astype(int)[1:], (values.astype(int) >> 8)[1:])


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def matrix_trc_profile(gamma: float) -> bytes:
    """A minimal ICC v2 RGB display profile: sRGB primaries (D50-adapted) and one gamma for all channels."""

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ " + b"\0" * 4 + _s15(x) + _s15(y) + _s15(z)

    curve = b"curv" + b"\0" * 4 + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"
    text = b"ondam test gamma\0"
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(text)) + text + b"\0" * 78
    tags = [
        (b"desc", desc),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table = body = b""
    for signature, data in tags:
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    header = (
        struct.pack(">I", offset + len(body))
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 28
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_icc_profile_is_applied_like_chromium(fmt: str) -> None:
    # With this linear-gamma profile Chromium's pixels differ from the stored ones by up to 73 and from the
    # ImageCms conversion by at most 1 (measured with headless Chromium for PNG and JPEG).
    rgb = photo_like(np.random.default_rng(9), 40, 50)
    data = encode(Image.fromarray(rgb), fmt, icc_profile=matrix_trc_profile(1.0))
    stored = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)
    decoded = decode_rgba(data)[..., :3].astype(int)
    assert np.abs(decoded - stored).max() > 30
    # Linear light shown as sRGB is brighter everywhere except at black and white.
    assert (decoded >= stored).all()
    assert decoded.mean() > stored.mean() + 20


def test_srgb_and_broken_profiles_leave_pixels_alone() -> None:
    from PIL import ImageCms  # noqa: PLC0415

    rgb = photo_like(np.random.default_rng(10), 40, 50)
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    assert (
        np.abs(decode_rgba(encode(Image.fromarray(rgb), icc_profile=srgb))[..., :3].astype(int) - rgb).max()
        <= 1
    )
    broken = decode_rgba(encode(Image.fromarray(rgb), icc_profile=b"not a profile" * 10))
    assert np.array_equal(broken[..., :3], rgb)


def test_not_an_image_is_refused() -> None:
    with pytest.raises(ImageDecodeError):
        pdq_hash_image(b"this is not an image")
    with pytest.raises(ImageDecodeError):
        noisy = Image.fromarray(np.random.default_rng(2).integers(0, 256, (64, 64, 3), dtype=np.uint8))
        data = encode(noisy)
        pdq_hash_image(data[: len(data) // 2])  # truncated


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImageDecodeError):
        decode_rgba(_png_header_only(20_000, 20_000))
