"""Just enough PDF reading for tests: the text shown by reportlab's pages (Flate streams, literal strings in
UCS-2 for the CID fonts, Latin-1 for the standard fonts)."""

from __future__ import annotations

import base64
import contextlib
import re
import zlib

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_SHOW = re.compile(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", re.S)
_ESCAPES = {
    b"n": b"\n",
    b"r": b"\r",
    b"t": b"\t",
    b"b": b"\b",
    b"f": b"\f",
    b"(": b"(",
    b")": b")",
    b"\\": b"\\",
}


def _unescape(raw: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i : i + 1]
        if ch != b"\\":
            out += ch
            i += 1
            continue
        nxt = raw[i + 1 : i + 2]
        if nxt in _ESCAPES:
            out += _ESCAPES[nxt]
            i += 2
        elif nxt.isdigit():
            digits = re.match(rb"[0-7]{1,3}", raw[i + 1 : i + 4])
            assert digits
            out.append(int(digits.group(0), 8))
            i += 1 + len(digits.group(0))
        else:
            i += 2
    return bytes(out)


def _decode(data: bytes) -> str:
    # CID text is UCS-2 big-endian: every other byte of ASCII text is zero.
    if len(data) % 2 == 0 and data and (data[0] == 0 or 0xAC <= data[0] <= 0xD7):
        try:
            return data.decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def pdf_text(pdf: bytes) -> str:
    shown: list[str] = []
    for stream in _STREAM.findall(pdf):
        content = stream
        if stream.rstrip().endswith(b"~>"):  # reportlab's ASCII85 wrapping of compressed streams
            packed = re.sub(rb"\s", b"", stream).removeprefix(b"<~").removesuffix(b"~>")
            content = base64.a85decode(packed)
        with contextlib.suppress(zlib.error):  # not compressed
            content = zlib.decompress(content)
        shown.extend(_decode(_unescape(m)) for m in _SHOW.findall(content))
    return "\n".join(shown)
