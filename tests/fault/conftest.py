"""Shared set-up of the crash-and-fault suite: an approved database file, edited behind the program's back."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import seed_path
from tests.review_helpers import IMPORTER, REVIEWER, add_team, approve
from workstation.facade import Workstation

FAULT_FIGURES: dict[str, int] = {"runs": 0, "faults": 0, "lost": 0}


@pytest.fixture(scope="session")
def approved_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with seed 000 approved and signed, seed 004 under review; built once per run."""
    path = tmp_path_factory.mktemp("template") / "approved.db"
    with Workstation.open(str(path)) as ws:
        add_team(ws)
        ids = [a.id for a in ws.library.import_files(paths=[seed_path("000"), seed_path("004")], user=IMPORTER).imported]
        approve(ws, ids[0])
        ws.workflow.transition(article_id=ids[1], to="under-review", user=REVIEWER)
    checkpoint(path)
    return path


@pytest.fixture
def approved_db(approved_template: Path, tmp_path: Path) -> Iterator[str]:
    """A copy of the approved database, verified once at its new place (so this computer holds its anchor)."""
    path = tmp_path / "review.db"
    shutil.copy(approved_template, path)
    with Workstation.open(str(path)) as ws:
        assert ws.audit.verify().ok
    yield str(path)


def checkpoint(path: Path | str) -> None:
    """Fold the WAL into the file, so that a copy of the file alone is the whole database."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def tamper(path: str, *statements: str | tuple[str, tuple]) -> None:
    """Edit the file with sqlite3 directly, as anyone with the file could: triggers dropped first."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for statement in statements:
            sql, params = statement if isinstance(statement, tuple) else (statement, ())
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if FAULT_FIGURES["runs"]:
        terminalreporter.write_line(
            "fault suite: {runs} runs, {faults} faults injected, {lost} committed changes lost".format(**FAULT_FIGURES)
        )
