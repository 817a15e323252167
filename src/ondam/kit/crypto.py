"""Field encryption for sensitive text: AES-256-GCM with the key id stored beside the ciphertext.

Stored form: ``enc1:<kid>:<base64url(nonce || ciphertext+tag)>``. The key ring holds every key that may
still be found in the database; the first key encrypts. ``ondam crypto rotate`` re-encrypts every
encrypted column with the active key, after which old keys can be removed from ONDAM_ENCRYPTION_KEYS.
The column name is bound in as associated data so a ciphertext cannot be moved to another column.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

PREFIX = "enc1"


class CryptoError(RuntimeError):
    pass


@dataclass(frozen=True)
class KeyRing:
    keys: dict[str, bytes]
    active: str

    @classmethod
    def parse(cls, spec: str) -> KeyRing:
        keys: dict[str, bytes] = {}
        active = ""
        for raw in spec.split(","):
            entry = raw.strip()
            if not entry:
                continue
            kid, sep, b64 = entry.partition(":")
            if not sep or not kid or ":" in kid:
                raise CryptoError("encryption key entries look like 'kid:base64key'")
            try:
                key = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4))
            except (binascii.Error, ValueError) as exc:
                raise CryptoError(f"encryption key {kid!r} is not valid base64") from exc
            if len(key) != 32:
                raise CryptoError(f"encryption key {kid!r} must be 32 bytes (AES-256)")
            if kid in keys:
                raise CryptoError(f"encryption key id {kid!r} appears twice")
            keys[kid] = key
            active = active or kid
        if not keys:
            raise CryptoError("no encryption key configured (ONDAM_ENCRYPTION_KEYS)")
        return cls(keys=keys, active=active)

    def encrypt(self, plaintext: str, context: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(self.keys[self.active]).encrypt(nonce, plaintext.encode("utf-8"), context.encode())
        return f"{PREFIX}:{self.active}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, stored: str, context: str) -> str:
        _prefix, kid, b64 = key_id_parts(stored)
        key = self.keys.get(kid)
        if key is None:
            raise CryptoError(f"no key {kid!r} in the key ring; was it removed before rotation finished?")
        blob = base64.urlsafe_b64decode(b64)
        try:
            plain = AESGCM(key).decrypt(blob[:12], blob[12:], context.encode())
        except InvalidTag as exc:
            raise CryptoError("ciphertext failed authentication (tampered or moved)") from exc
        return plain.decode("utf-8")

    def encrypt_bytes(self, data: bytes, context: str) -> tuple[str, bytes]:
        """Seal bytes (e.g. an uploaded file): the key id and nonce + ciphertext; ``context`` is bound as AAD."""
        nonce = os.urandom(12)
        return self.active, nonce + AESGCM(self.keys[self.active]).encrypt(nonce, data, context.encode())

    def decrypt_bytes(self, kid: str, sealed: bytes, context: str) -> bytes:
        key = self.keys.get(kid)
        if key is None:
            raise CryptoError(f"no key {kid!r} in the key ring; was it removed before rotation finished?")
        try:
            return AESGCM(key).decrypt(sealed[:12], sealed[12:], context.encode())
        except InvalidTag as exc:
            raise CryptoError("ciphertext failed authentication (tampered or moved)") from exc

    def needs_rotation(self, stored: str) -> bool:
        return key_id_parts(stored)[1] != self.active


def key_id_parts(stored: str) -> tuple[str, str, str]:
    parts = stored.split(":", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        raise CryptoError("value is not an Ondam ciphertext")
    return parts[0], parts[1], parts[2]


_keyring: KeyRing | None = None


def configure(keyring: KeyRing) -> None:
    global _keyring  # noqa: PLW0603 - the key ring is process configuration, set once at start-up
    _keyring = keyring


def keyring() -> KeyRing:
    if _keyring is None:
        raise CryptoError("field encryption is not configured")
    return _keyring


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted. ``context`` must be unique per column, e.g. ``"cases.summary"``."""

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return keyring().encrypt(value, self.context)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return keyring().decrypt(str(value), self.context)
