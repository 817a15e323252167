"""PDQ hash, MD5 and SHA-256 of an image file: the server's counterpart of ``web/static/js/pdq.mjs``.

RESIZE RULE (shared with the browser): NO resize. The full-resolution pixels are hashed after the EXIF
orientation has been applied. The browser decodes with ``createImageBitmap(file, {imageOrientation:
"from-image"})``, draws the bitmap at its natural size on a canvas and hashes ``getImageData().data``; this module
decodes with Pillow, applies ``ImageOps.exif_transpose`` and turns the result into the RGBA a Chromium canvas
returns (:func:`decode_rgba`), then hashes its RGB channels with the ``pdqhash`` package (the C++ reference).
Both sides compute luminance from R, G and B only; alpha is not used.

What Chromium's canvas returns, measured with headless Chromium against Pillow on this project's machine:

- 8-bit JPEG, PNG and WebP in RGB, L, LA, P, PA, 1 and CMYK (without an ICC profile): the same bytes as
  ``Image.convert("RGBA")``.
- An embedded ICC profile is applied (the pixels are converted to sRGB): done here with ``ImageCms``, which
  agrees with Chromium to within 1 per channel (mean 0.01).
- Transparency: the canvas stores premultiplied colour, so ``getImageData`` returns R, G, B = 0 where alpha is
  0, and colour rounded through ``round(round(c * a / 255) * 255 / a)`` elsewhere (Chromium differs from that
  formula by 1 on about 1.5% of the partially transparent values). Compositing over white would not match.
- 16-bit samples keep their high byte (``v >> 8``), where ``Image.convert`` would clip at 255.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pdqhash  # type: ignore[import-untyped]
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# Pillow's own decompression-bomb limit (about 179 MP is refused outright); a photo is far below this.
MAX_PIXELS = 89_478_485

RGBA = npt.NDArray[np.uint8]


class ImageDecodeError(ValueError):
    """The bytes are not an image Pillow can decode, or the image is too large."""


@dataclass(frozen=True, slots=True)
class PdqResult:
    hash_hex: str  # 64 lowercase hex characters, the same layout as the reference's text form
    quality: int  # 0..100; hashes below 50 are usually not used for matching
    md5_hex: str
    sha256_hex: str
    width: int  # after EXIF orientation
    height: int


def pdq_hash_image(data: bytes) -> PdqResult:
    """Decode ``data`` as the browser would and return its PDQ hash, quality and MD5/SHA-256 of the bytes."""
    rgba = decode_rgba(data)
    hash_hex, quality = pdq_hash_rgb(rgba[:, :, :3])
    return PdqResult(
        hash_hex=hash_hex,
        quality=quality,
        md5_hex=hashlib.md5(data, usedforsecurity=False).hexdigest(),
        sha256_hex=hashlib.sha256(data).hexdigest(),
        width=int(rgba.shape[1]),
        height=int(rgba.shape[0]),
    )


def pdq_hash_rgb(rgb: npt.NDArray[np.uint8]) -> tuple[str, int]:
    """PDQ hash (hex) and quality of an ``(height, width, 3)`` uint8 array, by the reference implementation."""
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise ValueError("expected a (height, width, 3) uint8 array")
    bits, quality = pdqhash.compute(np.ascontiguousarray(rgb))
    return bits_to_hex(bits), int(quality)


def pdq_hash_rgb_dihedral(rgb: npt.NDArray[np.uint8]) -> tuple[dict[str, str], int]:
    """The eight dihedral PDQ hashes (keys as in pdq.mjs: orig, rot90, ..., flipminus) and the quality."""
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise ValueError("expected a (height, width, 3) uint8 array")
    vectors, quality = pdqhash.compute_dihedral(np.ascontiguousarray(rgb))
    return dict(zip(DIHEDRAL_NAMES, (bits_to_hex(v) for v in vectors), strict=True)), int(quality)


DIHEDRAL_NAMES = ("orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus", "flipminus")


def bits_to_hex(bits: npt.ArrayLike) -> str:
    """pdqhash's 256-element bit vector (most significant bit first) as 64 lowercase hex characters."""
    array = np.asarray(bits, dtype=np.uint8)
    if array.shape != (256,):
        raise ValueError("expected 256 bits")
    return np.packbits(array).tobytes().hex()


def decode_rgba(data: bytes) -> RGBA:
    """Decode image bytes to the ``(height, width, 4)`` uint8 RGBA a Chromium canvas would hold for them."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            if opened.width * opened.height > MAX_PIXELS:
                raise ImageDecodeError(f"image too large: {opened.width}x{opened.height}")
            opened.load()
            image = ImageOps.exif_transpose(opened)
    except ImageDecodeError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ) as exc:
        raise ImageDecodeError(f"cannot decode image: {exc}") from exc
    return _to_browser_rgba(image)


def _to_browser_rgba(image: Image.Image) -> RGBA:
    mode = image.mode
    if mode.startswith("I;16") or mode in ("I", "F"):
        return _high_depth_grey(image)
    if mode == "HSV":  # convert("RGBA") would copy the H, S, V bytes as if they were R, G, B
        image = image.convert("RGB")
    elif mode == "LAB":
        converted = ImageCms.profileToProfile(
            image, ImageCms.createProfile("LAB"), ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
        assert converted is not None
        image = converted
    image = _apply_icc_profile(image)
    rgba = np.array(image.convert("RGBA"), dtype=np.uint8)
    return _canvas_alpha_round_trip(rgba)


def _high_depth_grey(image: Image.Image) -> RGBA:
    values = np.asarray(image)
    if image.mode == "F":
        grey = np.clip(np.rint(values.astype(np.float64)), 0, 255).astype(np.uint8)
    elif image.mode.startswith("I;16") or int(values.max(initial=0)) > 255:
        # 16-bit samples (a 32-bit "I" image over 255 is taken as 16-bit): the browser keeps the high byte.
        grey = (np.clip(values.astype(np.int64), 0, 65535) >> 8).astype(np.uint8)
    else:
        grey = np.clip(values, 0, 255).astype(np.uint8)
    rgba = np.empty((*grey.shape, 4), dtype=np.uint8)
    rgba[..., :3] = grey[..., None]
    rgba[..., 3] = 255
    return rgba


def _apply_icc_profile(image: Image.Image) -> Image.Image:
    """Convert to sRGB through the embedded ICC profile, as Chromium does; keep the pixels if that fails."""
    icc = image.info.get("icc_profile")
    if not icc:
        return image
    alpha = None
    if image.mode in ("RGBA", "LA", "PA", "P"):
        rgba = image.convert("RGBA")
        alpha = rgba.getchannel("A")
        base = rgba.convert("RGB")
    elif image.mode in ("RGB", "L", "CMYK"):
        base = image
    else:
        base = image.convert("RGB")
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(base, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken or mismatched profile: browsers ignore it too
    assert converted is not None
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


def _canvas_alpha_round_trip(rgba: RGBA) -> RGBA:
    """Premultiply and un-premultiply colour by alpha with rounding, as a 2D canvas does."""
    alpha = rgba[..., 3]
    if bool((alpha == 255).all()):
        return rgba
    a = alpha.astype(np.int32)[..., None]
    colour = rgba[..., :3].astype(np.int32)
    premultiplied = (colour * a + 127) // 255  # round(c * a / 255); ties cannot occur
    safe = np.maximum(a, 1)
    restored = np.where(a > 0, (premultiplied * 255 + safe // 2) // safe, 0)
    out = rgba.copy()
    out[..., :3] = np.clip(restored, 0, 255).astype(np.uint8)
    return out
