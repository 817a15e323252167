"""The ``ondam`` command."""

from __future__ import annotations

import asyncio
import secrets
import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.detection.cli import app as detect_app
from ondam.kit.settings import Settings, get_settings, new_encryption_key
from ondam.removal.cli import app as removal_app

app = typer.Typer(help="Ondam (온담) command line.", no_args_is_help=True, add_completion=False)
jobs_app = typer.Typer(help="Background jobs.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)
crypto_app = typer.Typer(help="Field encryption keys.", no_args_is_help=True)
staff_app = typer.Typer(help="Staff accounts.", no_args_is_help=True)
refdata_app = typer.Typer(help="Reference data (regions, centers, help lines).", no_args_is_help=True)
partners_app = typer.Typer(help="Partner platforms and their API tokens.", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")
app.add_typer(audit_app, name="audit")
app.add_typer(crypto_app, name="crypto")
app.add_typer(staff_app, name="staff")
app.add_typer(refdata_app, name="refdata")
app.add_typer(detect_app, name="detect")
app.add_typer(partners_app, name="partners")
app.add_typer(removal_app, name="removal")

T = TypeVar("T")


def _settings() -> Settings:
    from pydantic import ValidationError  # noqa: PLC0415

    from ondam.kit.settings import SecretsError  # noqa: PLC0415

    try:
        return get_settings()
    except SecretsError as exc:
        typer.secho(f"refusing to start: {exc}", fg="red", err=True)
        raise typer.Exit(2) from exc
    except ValidationError as exc:
        problems = "; ".join(str(e.get("msg", "")).removeprefix("Value error, ") for e in exc.errors())
        typer.secho(f"refusing to start: invalid settings: {problems}", fg="red", err=True)
        raise typer.Exit(2) from exc


def _run_uow(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run ``work(session)`` in one unit of work against the configured database."""
    from ondam.app import configure_services  # noqa: PLC0415
    from ondam.kit.db import make_engine, make_sessionmaker, unit_of_work  # noqa: PLC0415

    settings = _settings()
    configure_services(settings)

    async def main() -> T:
        engine = make_engine(settings.database_url, pool=False)
        try:
            async with unit_of_work(make_sessionmaker(engine)) as uow:
                return await work(uow.session)
        finally:
            await engine.dispose()

    return asyncio.run(main())


@app.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: Annotated[int, typer.Option(help="Uvicorn worker processes")] = 1,
) -> None:
    """Serve the web app and API."""
    import uvicorn  # noqa: PLC0415

    settings = _settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    uvicorn.run(
        "ondam.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=",".join(settings.trusted_proxies) or None,
        access_log=False,
    )


@app.command()
def migrate(revision: str = "head") -> None:
    """Bring the database schema up to date."""
    from ondam.maintenance import migrate as run_migrate  # noqa: PLC0415

    settings = _settings()
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    run_migrate(settings.database_url, revision)
    typer.echo("database is up to date")


@app.command()
def demo(
    if_empty: Annotated[bool, typer.Option("--if-empty", help="Do nothing if staff exist")] = False,
) -> None:
    """Load demo data (reference data, one staff account per role, synthetic cases)."""
    from ondam.demo import service  # noqa: PLC0415

    settings = _settings()
    path = settings.data_dir / "demo-logins.txt"

    async def work(db: AsyncSession) -> list[service.DemoLogin] | None:
        if await service.has_staff(db):
            if if_empty:
                return None
            typer.secho(
                "staff accounts already exist; demo data is loaded only into an empty database",
                fg="yellow",
                err=True,
            )
            raise typer.Exit(1)
        return await service.load_demo(db, settings.env)

    try:
        logins = _run_uow(work)
    except service.DemoRefused as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(2) from exc
    if logins is None:
        typer.echo("demo data already loaded")
        return
    service.write_logins(path, logins)
    typer.echo(f"demo data loaded; log-ins written to {path}")


@app.command("demo-logins")
def demo_logins() -> None:
    """Print the demo log-ins written by `ondam demo`."""
    path = _settings().data_dir / "demo-logins.txt"
    if not path.exists():
        typer.echo("no demo log-ins (run `ondam demo`)")
        return
    typer.echo(path.read_text(encoding="utf-8"))


@app.command()
def worker(workers: Annotated[int, typer.Option(help="Worker threads")] = 2) -> None:
    """Run background jobs and periodic jobs until stopped."""
    import ondam.tasks  # noqa: F401, PLC0415
    from ondam.app import configure_services  # noqa: PLC0415
    from ondam.kit import logging as kit_logging  # noqa: PLC0415
    from ondam.kit.jobs import JobQueue  # noqa: PLC0415

    settings = _settings()
    kit_logging.configure(settings.log_level, settings.log_json)
    configure_services(settings)
    JobQueue(settings).consumer(workers).run()


@jobs_app.command("list")
def jobs_list() -> None:
    """List registered jobs and their schedules."""
    import ondam.tasks  # noqa: F401, PLC0415
    from ondam.kit.jobs import REGISTRY  # noqa: PLC0415

    for spec in sorted(REGISTRY.values(), key=lambda s: s.name):
        schedule = " ".join(f"{k}={v}" for k, v in (spec.schedule or {}).items()) or "on demand"
        typer.echo(f"{spec.name:<28} {schedule:<24} {spec.description}")


@jobs_app.command("run")
def jobs_run(name: str) -> None:
    """Run one job once, now, in this process (any job, periodic ones included)."""
    import ondam.tasks  # noqa: F401, PLC0415
    from ondam.kit.jobs import REGISTRY, JobContext  # noqa: PLC0415

    spec = REGISTRY.get(name)
    if spec is None:
        typer.secho(f"no job named {name!r}; see `ondam jobs list`", fg="red", err=True)
        raise typer.Exit(2)
    settings = _settings()

    async def work(db: AsyncSession) -> object:
        from ondam.kit.db import uow_of  # noqa: PLC0415

        return await spec.fn(JobContext(uow=uow_of(db), settings=settings))

    result = _run_uow(work)
    typer.echo(f"{name}: {result}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit chain; exit 1 if a row was edited, deleted or inserted."""
    from ondam.audit import service  # noqa: PLC0415

    result = _run_uow(service.verify)
    if result.ok:
        typer.echo(f"audit chain OK: {result.checked} rows, head at {result.head_seq}")
        return
    typer.secho(f"audit chain BROKEN ({result.checked} rows checked):", fg="red", err=True)
    for problem in result.problems:
        typer.secho(f"  - {problem}", fg="red", err=True)
    raise typer.Exit(1)


@crypto_app.command("new-key")
def crypto_new_key(kid: Annotated[str, typer.Argument(help="Key id, e.g. 2026a")]) -> None:
    """Print a new key entry. Put it FIRST in ONDAM_ENCRYPTION_KEYS, then run `ondam crypto rotate`."""
    typer.echo(new_encryption_key(kid))


@crypto_app.command("rotate")
def crypto_rotate() -> None:
    """Re-encrypt every encrypted field with the active (first) key."""
    from ondam.maintenance import rotate_keys  # noqa: PLC0415

    report = _run_uow(rotate_keys)
    typer.echo(
        f"re-encrypted {report.rewritten} values; {report.already_current} already used the active key"
    )


@refdata_app.command("load")
def refdata_load() -> None:
    """Load or update regions, centers and help lines from refdata/reference.json."""
    from ondam.centers.service import load_reference  # noqa: PLC0415

    report = _run_uow(load_reference)
    typer.echo(f"reference data: {report.inserted} inserted, {report.updated} updated")


@partners_app.command("create")
def partners_create(
    name: str,
    rate_limit: Annotated[int, typer.Option(help="Requests per minute")] = 600,
) -> None:
    """Register a partner platform and print its API token (shown once; only its hash is kept)."""
    from ondam.partners.service import create_platform  # noqa: PLC0415

    async def work(db: AsyncSession) -> str:
        _, token = await create_platform(db, name, rate_limit_per_minute=rate_limit)
        return token

    try:
        token = _run_uow(work)
    except ValueError as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"platform {name!r} created; API token (shown once): {token}")


@staff_app.command("create")
def staff_create(
    username: str,
    role: str,
    name: Annotated[str, typer.Option(help="Display name")],
    center: Annotated[str | None, typer.Option(help="Center code (center roles)")] = None,
) -> None:
    """Create a staff account with a random password; TOTP is enrolled at first sign-in."""
    from ondam.access import validate_assignment  # noqa: PLC0415
    from ondam.auth.admin import create_staff  # noqa: PLC0415

    try:
        validate_assignment(role, center)
    except ValueError as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(2) from exc
    password = secrets.token_urlsafe(12)

    async def work(db: AsyncSession) -> int:
        return await create_staff(
            db,
            username=username,
            role=role,
            name=name,
            center=center,
            password=password,
        )

    try:
        user_id = _run_uow(work)
    except ValueError as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"created staff #{user_id} {username}; one-time password: {password}")


@staff_app.command("unlock")
def staff_unlock(username: str) -> None:
    """Clear a lock-out and the failure counter."""
    from ondam.auth.admin import unlock  # noqa: PLC0415

    _admin_call(unlock, username)
    typer.echo(f"{username} unlocked")


@staff_app.command("reset-totp")
def staff_reset_totp(username: str) -> None:
    """Forget the second factor; the user enrols again at next sign-in. Signs the user out everywhere."""
    from ondam.auth.admin import reset_totp  # noqa: PLC0415

    _admin_call(reset_totp, username)
    typer.echo(f"{username} will enrol a new authenticator at next sign-in")


@staff_app.command("totp-code")
def staff_totp_code(username: str) -> None:
    """Development only: print the current TOTP code of a user (for demo log-ins)."""
    from ondam.auth.admin import current_code  # noqa: PLC0415

    if _settings().env == "production":
        typer.secho("not available in production", fg="red", err=True)
        raise typer.Exit(2)
    typer.echo(_admin_call(current_code, username))


def _admin_call(fn: Callable[[AsyncSession, str], Awaitable[T]], username: str) -> T:
    async def work(db: AsyncSession) -> T:
        return await fn(db, username)

    try:
        return _run_uow(work)
    except LookupError as exc:
        typer.secho(f"no staff member {username!r}", fg="red", err=True)
        raise typer.Exit(2) from exc


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
