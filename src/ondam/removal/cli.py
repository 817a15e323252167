"""`ondam removal ...`: operator commands of removal work."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

app = typer.Typer(help="Removal work.", no_args_is_help=True)


@app.command("recheck")
def recheck(
    item: Annotated[
        int | None, typer.Option("--item", help="Check only this item (in any state), now")
    ] = None,
) -> None:
    """Re-check the URLs of open removal items now (the periodic job's work), or one item."""
    from ondam.app import configure_services  # noqa: PLC0415
    from ondam.cli import _settings  # noqa: PLC0415
    from ondam.kit.db import make_engine, make_sessionmaker  # noqa: PLC0415
    from ondam.removal.recheck import RecheckSummary, run_rechecks  # noqa: PLC0415

    settings = _settings()
    configure_services(settings)

    async def main() -> RecheckSummary:
        engine = make_engine(settings.database_url, pool=False)
        try:
            return await run_rechecks(
                make_sessionmaker(engine), settings, item_ids=None if item is None else [item]
            )
        finally:
            await engine.dispose()

    summary = asyncio.run(main())
    if item is not None and summary.checked == 0:
        typer.secho(
            f"item {item} was not checked (no such item, or its case is not open)", fg="red", err=True
        )
        raise typer.Exit(2 if summary.errors == 0 else 1)
    results = ", ".join(f"{name} {count}" for name, count in sorted(summary.results.items())) or "none"
    typer.echo(
        f"checked {summary.checked} items ({results}); {summary.reappeared} re-appeared, "
        f"{summary.new_items} new items on other cases, {summary.errors} errors"
    )
    if summary.errors:
        raise typer.Exit(1)
