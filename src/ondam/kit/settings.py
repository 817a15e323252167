"""Settings from ``ONDAM_*`` environment variables and an optional ``.env`` file.

Outside development and test the process refuses to start with missing or default secrets. In development
the secrets are generated once and kept in ``<data_dir>/dev-secrets.json`` so that sessions and encrypted
fields survive a restart of ``make run``.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]

# Values that were ever shown in documentation; never accepted outside development.
_KNOWN_DEFAULTS = {"", "change-me", "changeme", "secret", "dev", "development", "insecure"}


class SecretsError(RuntimeError):
    """Raised when the process must not start because a secret is missing or a known default."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ONDAM_", env_file=".env", extra="ignore")

    env: Environment = "development"
    data_dir: Path = Path("data")
    database_url: str = ""
    redis_url: str = ""
    # Namespace for every Redis key, channel and queue, so several deployments (or test runs) can share one.
    redis_prefix: str = "ondam"
    # "embedded" = huey on SQLite in data_dir, "redis" = huey on Redis, "immediate" = run inline (tests only)
    jobs_backend: Literal["embedded", "redis", "immediate"] | None = None
    pubsub_backend: Literal["memory", "redis"] | None = None

    secret_key: SecretStr = SecretStr("")
    # "kid:base64url(32 bytes)" entries separated by commas; the first one encrypts, all of them decrypt.
    encryption_keys: SecretStr = SecretStr("")
    audit_key: SecretStr = SecretStr("")

    base_url: str = "http://127.0.0.1:8000"
    # Where the youth app's quick exit goes: a neutral site that draws no attention.
    quick_exit_url: str = "https://www.weather.go.kr/w/index.do"
    secure_cookies: bool = False
    trusted_proxies: list[str] = Field(default_factory=list)
    # Largest request body accepted at all (uploads included); endpoints keep their own, smaller limits.
    max_request_bytes: int = 32 * 1024 * 1024

    session_idle_minutes: int = 30
    session_absolute_hours: int = 12
    mfa_pending_minutes: int = 5
    login_max_failures: int = 5
    login_lockout_minutes: int = 15
    login_ip_limit_per_minute: int = 20

    # Hash matching: PDQ Hamming distance that counts as a match (python-threatexchange convention: 31), and how
    # often a process brings its in-memory index up to date with the bank when it matches.
    match_distance: int = Field(default=31, ge=0, le=128)
    matcher_refresh_seconds: float = Field(default=30.0, ge=0)
    # Banks of at least this many PDQ hashes get a multi-hash main segment (faster lookups at 10M in one run,
    # 8x the memory and 16x the build time; see docs/benchmarks.md and ADR 0016); unset: always flat.
    matcher_multihash_min_size: int | None = Field(default=None, ge=0)

    # Live counselling: a waiting conversation older than this raises a supervisor alert (queue.py's rule).
    supervisor_alert_wait_minutes: int = Field(default=10, ge=1)
    # KakaoTalk channel (Kakao i Open Builder skill server): the shared secret Kakao sends in the
    # X-Ondam-Skill-Secret header (empty: the webhook refuses every request), requests per minute per user
    # and per client address, and how long a callback waits for a counsellor's reply (Kakao allows 1 minute).
    kakao_skill_secret: SecretStr = SecretStr("")
    kakao_rate_limit_per_minute: int = Field(default=30, ge=1)
    kakao_callback_wait_seconds: float = Field(default=45.0, ge=0, le=55)

    default_locale: Literal["ko", "en"] = "ko"
    log_level: str = "INFO"
    log_json: bool = False

    @model_validator(mode="after")
    def _fill_defaults(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{(self.data_dir / 'ondam.sqlite3').as_posix()}"
        if self.jobs_backend is None:
            self.jobs_backend = "redis" if self.redis_url else "embedded"
        if self.pubsub_backend is None:
            self.pubsub_backend = "redis" if self.redis_url else "memory"
        if "redis" in (self.jobs_backend, self.pubsub_backend) and not self.redis_url:
            raise ValueError("ONDAM_JOBS_BACKEND/ONDAM_PUBSUB_BACKEND=redis needs ONDAM_REDIS_URL")
        if self.jobs_backend == "immediate" and self.env == "production":
            raise ValueError("ONDAM_JOBS_BACKEND=immediate is for tests; production needs a durable queue")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def check_secrets(self) -> None:
        """Refuse to run outside development/test with missing or default secrets."""
        if self.env != "production":
            return
        problems = []
        for name in ("secret_key", "encryption_keys", "audit_key"):
            value = getattr(self, name).get_secret_value().strip()
            if value.lower() in _KNOWN_DEFAULTS:
                problems.append(f"ONDAM_{name.upper()} is missing or a known default")
            elif name != "encryption_keys" and len(value) < 32:
                problems.append(f"ONDAM_{name.upper()} must be at least 32 characters")
        if problems:
            raise SecretsError("; ".join(problems))


def new_encryption_key(kid: str) -> str:
    """A fresh key entry in the ``kid:base64`` form that ONDAM_ENCRYPTION_KEYS takes."""
    return f"{kid}:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}"


def _ensure_dev_secrets(settings: Settings) -> None:
    """Development only: create secrets once in the data folder and reuse them."""
    path = settings.data_dir / "dev-secrets.json"
    stored: dict[str, str] = {}
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
    changed = False
    generators: dict[str, Callable[[], str]] = {
        "secret_key": lambda: secrets.token_urlsafe(48),
        "encryption_keys": lambda: new_encryption_key("dev1"),
        "audit_key": lambda: secrets.token_urlsafe(48),
    }
    for name, make in generators.items():
        if getattr(settings, name).get_secret_value():
            continue
        if name not in stored:
            stored[name] = make()
            changed = True
        setattr(settings, name, SecretStr(stored[name]))
    if changed:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(stored, fh, indent=2)


def load_settings(**overrides: object) -> Settings:
    settings = Settings(**overrides)  # type: ignore[arg-type]
    if settings.env == "development":
        _ensure_dev_secrets(settings)
    elif settings.env == "test":
        for name in ("secret_key", "audit_key"):
            if not getattr(settings, name).get_secret_value():
                setattr(settings, name, SecretStr(secrets.token_urlsafe(48)))
        if not settings.encryption_keys.get_secret_value():
            settings.encryption_keys = SecretStr(new_encryption_key("test1"))
    settings.check_secrets()
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
