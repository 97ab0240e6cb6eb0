"""Bringing a database to the newest schema (``upgrade head`` when it is opened)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revision(revision: str) -> bool:
    """Whether this program's migrations know the schema revision (a newer program's are unknown)."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Run every pending migration in one write transaction (no-op when up to date)."""
    if current_revision(engine) == head_revision():
        return
    migrate(engine, "head")


def migrate(engine: Engine, target: str, *, down: bool = False) -> None:
    """Bring the schema up (or down) to ``target`` in one write transaction.

    On SQLite, Alembic changes a table's columns by copying it: a new table, the rows
    copied, the old one dropped, the new one renamed. With foreign keys enforced, dropping
    ``article`` deletes every row that refers to an article (revisions, claims, findings,
    ...) by its ON DELETE CASCADE. So migrations follow SQLite's own procedure for schema
    changes: foreign keys off outside the transaction (the pragma is a no-op inside one),
    ``PRAGMA foreign_key_check`` before the commit (a migration that broke a reference
    rolls back, naming the table), foreign keys on again afterwards.
    """
    config = alembic_config()
    step = command.downgrade if down else command.upgrade
    with engine.connect().execution_options(workstation_write=True) as connection:
        raw = connection.connection.dbapi_connection if connection.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                step(config, target)
                if raw is not None:
                    _refuse_broken_references(connection)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


class MigrationBrokeReferences(RuntimeError):
    """A migration left rows that refer to rows that are not there (nothing was changed)."""


def _refuse_broken_references(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise MigrationBrokeReferences(
            f"the schema change left {len(broken)} row(s) referring to missing rows in {', '.join(tables)}; "
            "nothing was changed"
        )
