"""Operations that span modules: migrations and encryption key rotation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Table, select, update
from sqlalchemy import column as sa_column
from sqlalchemy import table as sa_table
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.kit.crypto import EncryptedText, keyring
from ondam.models import Base

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(database_url: str) -> Config:
    ini = ROOT / "alembic.ini"
    if not ini.exists():
        raise FileNotFoundError(f"{ini} not found: run migrations from a source checkout")
    config = Config(str(ini))
    config.attributes["database_url"] = database_url
    return config


def migrate(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def encrypted_columns() -> list[tuple[Table, str, str]]:
    """(table, column name, encryption context) for every encrypted column in the models."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText):
                found.append((table, column.name, column.type.context))
    return found


@dataclass
class RotationReport:
    rewritten: int = 0
    already_current: int = 0


async def rotate_keys(db: AsyncSession, batch: int = 500) -> RotationReport:
    """Re-encrypt every value that is not under the active key, in the caller's transaction.

    Safe to re-run: values already under the active key are skipped."""
    ring = keyring()
    report = RotationReport()
    for table, name, context in encrypted_columns():
        pk_name = next(iter(table.primary_key.columns)).name
        # A lightweight, untyped view of the table: values come back as stored, not decrypted.
        raw = sa_table(table.name, sa_column(pk_name), sa_column(name))
        pk, value = raw.c[pk_name], raw.c[name]
        last: object = None
        while True:
            stmt = select(pk, value).order_by(pk).limit(batch)
            if last is not None:
                stmt = stmt.where(pk > last)
            rows = (await db.execute(stmt)).all()
            if not rows:
                break
            for key, stored in rows:
                last = key
                if stored is None:
                    continue
                if not ring.needs_rotation(stored):
                    report.already_current += 1
                    continue
                fresh = ring.encrypt(ring.decrypt(stored, context), context)
                await db.execute(update(raw).where(pk == key).values({name: fresh}))
                report.rewritten += 1
    return report
