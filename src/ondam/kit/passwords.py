"""Password hashing with argon2id (argon2-cffi defaults: RFC 9106 low-memory profile)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# Verified against when the user does not exist, so both paths cost the same time.
_DUMMY = _hasher.hash("ondam-dummy-password-for-timing")


def use_cheap_parameters_for_tests() -> None:
    """Tests only: argon2id with minimal cost so the suite stays fast. Never called by the application."""
    global _hasher, _DUMMY  # noqa: PLW0603
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    _DUMMY = _hasher.hash("ondam-dummy-password-for-timing")


MIN_LENGTH = 12


class WeakPasswordError(ValueError):
    pass


def hash_password(password: str) -> str:
    check_strength(password)
    return str(_hasher.hash(password))


def rehash_password(password: str) -> str:
    """A new hash with the current parameters for a password that was just verified."""
    return str(_hasher.hash(password))


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError(f"password must have at least {MIN_LENGTH} characters")
    if len(set(password)) < 5:
        raise WeakPasswordError("password repeats too few characters")


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored or _DUMMY, password)) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return bool(_hasher.check_needs_rehash(stored))
