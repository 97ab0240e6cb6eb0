"""Bringing a database to the newest schema (``upgrade head`` when it is opened)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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
    config = alembic_config()
    with engine.connect().execution_options(workstation_write=True) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
