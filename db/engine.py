"""Engine and session set-up for SQLite (the default) and PostgreSQL (a team's shared database).

SQLite is configured for a desktop application that must not lose an approval:
WAL, foreign keys on every connection, a busy timeout, ``synchronous=FULL`` and
``BEGIN IMMEDIATE`` for write transactions (a deferred BEGIN that later writes
fails at once with "database is locked" when a second process holds the lock).
On PostgreSQL, write transactions take an advisory lock of their schema so
that writers append to its audit hash chain one after the other, while the
writers of another schema (another review database on the same server) go on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000
BUSY_TIMEOUT_ENV = "WORKSTATION_BUSY_TIMEOUT_MS"  # tests of lock time-outs shorten it
WRITE_LOCK_KEY = 0x52575354  # "RWST": the advisory lock key of write transactions
# The lock of this schema's writers: the key and the schema's name hashed, PostgreSQL's two-key form
# (db/team/functions.sql takes the same one for the audit appends of any client).
WRITE_LOCK_ARGS = f"{WRITE_LOCK_KEY}, hashtext(current_schema())"
WRITE_LOCK = f"pg_advisory_xact_lock({WRITE_LOCK_ARGS})"
_WRITE = "workstation_write"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("ReviewWorkstation", appauthor=False) / "workstation.db"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from a file path or URL, else $WORKSTATION_DB, else the user data folder."""
    if db is None or str(db) == "":
        db = os.environ.get("WORKSTATION_DB") or str(default_database_path())
    text = str(db)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def busy_timeout_ms() -> int:
    """How long a writer waits for another's write lock before giving up."""
    try:
        return max(1, int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def is_busy(exc: BaseException) -> bool:
    """A write lock that was not granted in time (SQLite 'database is locked', PostgreSQL lock_timeout)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "database is busy" in text or "lock timeout" in text


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def signs_in_as_user(url: str) -> bool:
    """A PostgreSQL URL without a user name: connect as whoever signs in (a team database's desk)."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.username


def create_db_engine(
    db: str | os.PathLike[str] | None = None, *, user: str | None = None, password: str | None = None
) -> Engine:
    """An engine on a file or URL; ``user`` and ``password`` log in to PostgreSQL as that role.

    The password goes to the driver, not into the URL, so it never shows where the URL does.
    """
    url = database_url(db)
    if user is not None:
        url = make_url(url).set(username=user).render_as_string(hide_password=False)
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": busy_timeout_ms() / 1000},
            poolclass=NullPool if os.environ.get("WORKSTATION_NULLPOOL") else None,
        )
        _configure_sqlite(engine)
    else:
        connect_args = {"password": password} if password is not None else {}
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        _configure_postgres(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's begin event below emit BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get(_WRITE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _configure_postgres(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def on_begin(connection):  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get(_WRITE):
            # Wait for another writer no longer than SQLite would, then fail with "lock timeout".
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {busy_timeout_ms()}")
            connection.exec_driver_sql(f"SELECT {WRITE_LOCK}")


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction: committed on success, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        session.connection(execution_options={_WRITE: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        finally:
            session.rollback()
