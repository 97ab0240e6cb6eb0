"""PostgreSQL's write lock belongs to a schema: one review database's writers wait for each other, not for
another database's on the same server (a team's databases, or test suites sharing one server)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from db.engine import BUSY_TIMEOUT_ENV, create_db_engine, is_busy, write_session
from tests.conftest import PG_URL

pytestmark = pytest.mark.postgres


@pytest.fixture
def other_schema(pg_url: str) -> Iterator[str]:
    """A second fresh schema on the same server as ``pg_url``'s."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    dsn = "host=127.0.0.1 port=5432 user=postgres dbname=test"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _write(url: str) -> None:
    """One write transaction on ``url`` (it takes the write lock first)."""
    engine = create_db_engine(url)
    try:
        with write_session(engine) as session:
            session.connection().execute(text("SELECT 1"))
    finally:
        engine.dispose()


def test_writers_of_two_schemas_do_not_wait_for_each_other(
    pg_url: str, other_schema: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "300")
    holder = create_db_engine(pg_url)
    try:
        with write_session(holder):  # a writer of the first schema, mid-transaction
            _write(other_schema)  # the other schema's writer goes on at once
            with pytest.raises(OperationalError, match="lock timeout") as waited:
                _write(pg_url)  # while one of the same schema waits, and gives up at the busy timeout
            assert is_busy(waited.value)
        _write(pg_url)  # once the first writer is done, the same schema's next one goes on
    finally:
        holder.dispose()


def test_the_lock_names_the_schema(pg_url: str, other_schema: str) -> None:
    """The two-key form: the program's key and the schema's name hashed (as db/team/functions.sql takes it)."""
    engines = [create_db_engine(url) for url in (pg_url, other_schema)]
    try:
        with write_session(engines[0]) as first, write_session(engines[1]) as second:
            held = set()
            for session in (first, second):
                held |= set(session.connection().execute(text(
                    "SELECT classid::bigint, objid::bigint FROM pg_locks "
                    "WHERE locktype = 'advisory' AND objsubid = 2 AND pid = pg_backend_pid()"
                )).all())
            keys = {
                session.connection().execute(text(
                    "SELECT 1381454676::bigint, (hashtext(current_schema())::bigint + 4294967296) % 4294967296"
                )).one() for session in (first, second)
            }
            assert held == {tuple(k) for k in keys} and len(held) == 2
    finally:
        for engine in engines:
            engine.dispose()
