"""Settings refuse to run outside development with missing or default secrets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ondam.kit.settings import SecretsError, load_settings, new_encryption_key

GOOD = {
    "secret_key": "s" * 20 + "0123456789abcdef",
    "audit_key": "a" * 20 + "0123456789abcdef",
    "encryption_keys": new_encryption_key("k1"),
}


def test_production_refuses_missing_secrets(tmp_path: Path) -> None:
    with pytest.raises(SecretsError) as err:
        load_settings(env="production", data_dir=tmp_path, _env_file=None)
    message = str(err.value)
    assert "ONDAM_SECRET_KEY" in message
    assert "ONDAM_ENCRYPTION_KEYS" in message
    assert "ONDAM_AUDIT_KEY" in message


@pytest.mark.parametrize("value", ["change-me", "secret", "short-but-not-default"])
def test_production_refuses_default_or_weak_secret_key(tmp_path: Path, value: str) -> None:
    with pytest.raises(SecretsError, match="ONDAM_SECRET_KEY"):
        load_settings(env="production", data_dir=tmp_path, _env_file=None, **{**GOOD, "secret_key": value})


def test_production_starts_with_real_secrets(tmp_path: Path) -> None:
    settings = load_settings(env="production", data_dir=tmp_path, _env_file=None, **GOOD)
    assert settings.env == "production"
    assert not (tmp_path / "dev-secrets.json").exists()


def test_development_generates_secrets_once_and_keeps_them(tmp_path: Path) -> None:
    first = load_settings(env="development", data_dir=tmp_path, _env_file=None)
    second = load_settings(env="development", data_dir=tmp_path, _env_file=None)
    assert first.secret_key.get_secret_value() == second.secret_key.get_secret_value()
    assert first.encryption_keys.get_secret_value() == second.encryption_keys.get_secret_value()
    path = tmp_path / "dev-secrets.json"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert set(json.loads(path.read_text())) == {"secret_key", "encryption_keys", "audit_key"}


def test_env_vars_and_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONDAM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ONDAM_ENV", "test")
    settings = load_settings(_env_file=None)
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path.as_posix()}/ondam.sqlite3"
    assert settings.jobs_backend == "embedded"
    assert settings.pubsub_backend == "memory"
    monkeypatch.setenv("ONDAM_REDIS_URL", "redis://127.0.0.1:6379/0")
    with_redis = load_settings(_env_file=None)
    assert with_redis.jobs_backend == "redis"
    assert with_redis.pubsub_backend == "redis"
    assert "ONDAM_SECRET_KEY" not in os.environ


def test_redis_backends_need_a_redis_url(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs ONDAM_REDIS_URL"):
        load_settings(env="test", data_dir=tmp_path, jobs_backend="redis", _env_file=None)
    with pytest.raises(ValueError, match="needs ONDAM_REDIS_URL"):
        load_settings(env="test", data_dir=tmp_path, pubsub_backend="redis", _env_file=None)


def test_immediate_jobs_are_refused_in_production(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="immediate is for tests"):
        load_settings(env="production", data_dir=tmp_path, jobs_backend="immediate", _env_file=None, **GOOD)
