"""Shared fixtures: real SQLite files, and the real PostgreSQL server where one is reachable.

Every database test that takes ``ws`` runs on both backends. The PostgreSQL
variant gets a schema of its own per test (dropped afterwards); where no server
answers on 127.0.0.1:5432 it is skipped with the reason shown, and the summary
line at the end says which backends ran.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Audit-trail anchors go to a folder of this run, not the user's configuration (subprocesses inherit it).
os.environ.setdefault("WORKSTATION_ANCHOR_DIR", tempfile.mkdtemp(prefix="workstation-anchors-"))

PG_URL = os.environ.get("WORKSTATION_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
_backends_ran: set[str] = set()
_pg_error: str | None = None
_pg_checked = False


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with this number, e.g. '004'."""
    return next(SEEDS.glob(prefix + "_*.txt"))


def postgres_unavailable() -> str | None:
    """None when the PostgreSQL test server answers, else the reason it does not."""
    global _pg_checked, _pg_error
    if not _pg_checked:
        _pg_checked = True
        try:
            import psycopg

            with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3):
                pass
        except Exception as exc:  # noqa: BLE001 - any failure means: skip with this reason
            _pg_error = f"PostgreSQL on 127.0.0.1:5432 is not reachable: {exc}".strip()
    return _pg_error


@contextmanager
def fresh_pg_schema() -> Iterator[str]:
    """A URL to a new, empty schema on the PostgreSQL test server, dropped afterwards."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a fresh, empty schema on the PostgreSQL test server."""
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    with fresh_pg_schema() as url:
        yield url


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fast argon2 parameters (a hash carries its own parameters, so verifying is unchanged)."""
    from argon2 import PasswordHasher

    import workstation.passwords

    monkeypatch.setattr(workstation.passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def sqlite_path(tmp_path: Path) -> str:
    return str(tmp_path / "review.db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database on each backend: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        _backends_ran.add("sqlite")
        yield str(tmp_path / "review.db")
    else:
        url = request.getfixturevalue("pg_url")
        _backends_ran.add("postgresql")
        yield url


@pytest.fixture
def ws(db_url: str):  # type: ignore[no-untyped-def]
    """An open Workstation on a fresh database (both backends)."""
    from workstation.facade import Workstation

    workstation = Workstation.open(db_url)
    yield workstation
    workstation.close()


@pytest.fixture
def seeded(ws):  # type: ignore[no-untyped-def]
    """A Workstation with the five seed articles imported (ids 1..5 in seed order)."""
    report = ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")))
    assert not report.failed
    return ws


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    ran = ", ".join(sorted(_backends_ran)) or "none"
    terminalreporter.write_line(f"database backends exercised: {ran}")
    if _pg_error:
        terminalreporter.write_line(f"PostgreSQL variants skipped: {_pg_error}")
