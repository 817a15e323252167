"""TOTP (RFC 6238, 30 s steps, 6 digits) with replay protection: a step once used is never accepted again."""

from __future__ import annotations

import hmac
from datetime import datetime

import pyotp
import segno

ISSUER = "Ondam"
STEP = 30


def new_secret() -> str:
    return str(pyotp.random_base32())


def provisioning_uri(secret: str, username: str) -> str:
    return str(pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER))


def qr_svg_data_uri(uri: str) -> str:
    """The QR code as an SVG data URI (an <img>, so the strict CSP needs no inline markup exemptions)."""
    return str(segno.make(uri, error="m").svg_data_uri(scale=5, border=2))


def code_at(secret: str, when: datetime) -> str:
    return str(pyotp.TOTP(secret).at(when))


def verify(secret: str, code: str, when: datetime, last_step: int | None) -> int | None:
    """Return the matched time step, or None. Accepts one step of clock drift either way."""
    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) != 6:
        return None
    now_step = int(when.timestamp()) // STEP
    totp = pyotp.TOTP(secret)
    for step in (now_step, now_step - 1, now_step + 1):
        if last_step is not None and step <= last_step:
            continue
        if hmac.compare_digest(str(totp.generate_otp(step)), digits):
            return step
    return None
