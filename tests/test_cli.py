"""The `ondam` command as a new user runs it: migrate, demo, demo log-ins, staff administration."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest
from typer.testing import CliRunner

from ondam.cli import app as cli_app
from ondam.kit.settings import get_settings

ONDAM = str(Path(sys.executable).parent / "ondam")


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def _run(env: dict[str, str], *args: str, check: bool = True) -> Ran:
    """Run the CLI in this process (fast); test_installed_command_end_to_end runs the real script."""
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli_app, list(args), env=env)
    finally:
        get_settings.cache_clear()
    ran = Ran(result.exit_code, result.stdout, result.stderr)
    if check:
        assert ran.returncode == 0, ran.stdout + ran.stderr + repr(result.exception)
    return ran


@pytest.fixture
def dev_env(tmp_path: Path) -> dict[str, str]:
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("ONDAM_")}
    env.update({"ONDAM_ENV": "development", "ONDAM_DATA_DIR": str(tmp_path / "data")})
    return env  # type: ignore[return-value]


def test_installed_command_end_to_end(tmp_path: Path) -> None:
    """The console script itself, in a clean environment, as `make run` uses it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONDAM_")}
    env.update({"ONDAM_ENV": "development", "ONDAM_DATA_DIR": str(tmp_path / "data")})
    for args in (["migrate"], ["demo", "--if-empty"]):
        done = subprocess.run(
            [ONDAM, *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, done.stderr
    logins = subprocess.run(
        [ONDAM, "demo-logins"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert "admin" in logins.stdout
    assert "auditor" in logins.stdout


def test_fresh_start_migrate_demo_and_logins(dev_env: dict[str, str], tmp_path: Path) -> None:
    assert "up to date" in _run(dev_env, "migrate").stdout
    assert "demo data loaded" in _run(dev_env, "demo", "--if-empty").stdout
    assert (tmp_path / "data" / "ondam.sqlite3").exists()
    logins = _run(dev_env, "demo-logins").stdout
    rows = [line.split() for line in logins.splitlines() if line.startswith(("counsellor ", "auditor "))]
    assert len(rows) == 2
    username, password, secret = rows[0][:3]
    assert len(password) >= 12
    assert len(secret) == 32
    # Second run: nothing is loaded twice.
    assert "already loaded" in _run(dev_env, "demo", "--if-empty").stdout
    again = _run(dev_env, "demo", check=False)
    assert again.returncode == 1
    assert "already exist" in again.stderr
    # The printed TOTP secret is the one stored (encrypted) for the user.
    code = _run(dev_env, "staff", "totp-code", username).stdout.strip()
    authenticator = pyotp.TOTP(secret)
    assert code in {authenticator.now(), authenticator.at(time.time() - 30)}  # a step may pass in between
    assert "audit chain OK" in _run(dev_env, "audit", "verify").stdout
    # Reference data reloads without changes.
    assert "0 inserted, 0 updated" in _run(dev_env, "refdata", "load").stdout


def test_demo_is_refused_in_production(dev_env: dict[str, str], tmp_path: Path) -> None:
    env = {**dev_env, "ONDAM_ENV": "production"}
    refused = _run(env, "demo", check=False)
    assert refused.returncode == 2
    assert "refusing to start" in refused.stderr


def test_staff_administration(dev_env: dict[str, str]) -> None:
    _run(dev_env, "migrate")
    _run(dev_env, "refdata", "load")
    created = _run(
        dev_env, "staff", "create", "newperson", "counsellor", "--name", "New Person", "--center", "seoul"
    )
    assert "one-time password" in created.stdout
    wrong = _run(dev_env, "staff", "create", "x", "counsellor", "--name", "X", check=False)
    assert wrong.returncode == 2
    assert "belongs to a center" in wrong.stderr
    taken = _run(dev_env, "staff", "create", "newperson", "auditor", "--name", "Y", check=False)
    assert taken.returncode == 2
    assert "taken" in taken.stderr
    assert "unlocked" in _run(dev_env, "staff", "unlock", "newperson").stdout
    assert "enrol" in _run(dev_env, "staff", "reset-totp", "newperson").stdout
    missing = _run(dev_env, "staff", "unlock", "nobody", check=False)
    assert missing.returncode == 2
    assert "no staff member" in missing.stderr


def test_key_rotation_command(dev_env: dict[str, str]) -> None:
    _run(dev_env, "migrate")
    _run(dev_env, "demo")
    key = _run(dev_env, "crypto", "new-key", "k2026").stdout.strip()
    assert key.startswith("k2026:")
    from ondam.kit.settings import load_settings  # noqa: PLC0415

    old = load_settings(env="development", data_dir=Path(dev_env["ONDAM_DATA_DIR"]), _env_file=None)
    env = {**dev_env, "ONDAM_ENCRYPTION_KEYS": f"{key},{old.encryption_keys.get_secret_value()}"}
    rotated = _run(env, "crypto", "rotate").stdout
    # 9 demo staff TOTP secrets + 6 case summaries + the removal demo: 2 descriptions, 4 item and 3 evidence URLs
    assert "re-encrypted 24 values" in rotated
    only_new = {**dev_env, "ONDAM_ENCRYPTION_KEYS": key}
    assert _run(only_new, "staff", "totp-code", "counsellor").stdout.strip().isdigit()


def test_invalid_settings_are_refused_clearly(dev_env: dict[str, str]) -> None:
    env = {**dev_env, "ONDAM_JOBS_BACKEND": "redis"}
    refused = _run(env, "audit", "verify", check=False)
    assert refused.returncode == 2
    assert "refusing to start: invalid settings" in refused.stderr
    assert "ONDAM_REDIS_URL" in refused.stderr
