"""A write lock held past the busy timeout: a clear message and exit 1, never a traceback (both backends)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from db.engine import BUSY_TIMEOUT_ENV, WRITE_LOCK_ARGS
from tests.conftest import seed_path
from tests.fault.conftest import FAULT_FIGURES
from tests.people import board, password_for
from tests.review_helpers import IMPORTER, REVIEWER, add_team
from ui.cli import main
from ui.cli.common import PASSWORD_ENV
from workstation.errors import DatabaseBusy
from workstation.facade import Workstation

pytestmark = pytest.mark.fault


@contextmanager
def write_lock_held(db_url: str) -> Iterator[None]:
    """Another program holding the write lock: BEGIN IMMEDIATE on SQLite, the advisory lock on PostgreSQL."""
    if "://" not in db_url:
        connection = sqlite3.connect(db_url, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            connection.rollback()
            connection.close()
        return
    with Workstation.open(db_url) as other, other.engine.connect() as connection:
        connection.execute(text(f"SELECT pg_advisory_lock({WRITE_LOCK_ARGS})"))
        try:
            yield
        finally:
            connection.execute(text(f"SELECT pg_advisory_unlock({WRITE_LOCK_ARGS})"))
            connection.commit()


def test_a_lock_held_past_the_busy_timeout(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workstation.open(db_url) as ws:
        add_team(ws)
        ws.library.import_files(paths=[seed_path("000")], user=IMPORTER)
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "300")
    monkeypatch.setenv(PASSWORD_ENV, password_for(REVIEWER))
    with write_lock_held(db_url):
        # The command's sign-in is itself an audited write, so it is the first to wait for the lock.
        code = main(["--db", db_url, "transition", "1", "--to", "under-review", "--as", REVIEWER, "--json"])
        out, err = capsys.readouterr()
    FAULT_FIGURES["runs"] += 1
    FAULT_FIGURES["faults"] += 1
    assert code == 1 and "Traceback" not in err
    assert "the database is busy" in err and json.loads(out)["error"].startswith("the database is busy")
    with board(db_url) as ws:  # nothing half-done, and the step works once the lock is gone
        assert ws.library.get_article(article_id=1).summary.status == "Submitted"
        ws.workflow.transition(article_id=1, to="under-review", user=REVIEWER)
        assert ws.audit.verify().ok


def test_a_signed_in_desk_whose_step_meets_a_held_lock(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The step itself (not the sign-in) waits past the busy timeout: a clear error, nothing half-done."""
    with Workstation.open(db_url) as ws:
        add_team(ws)
        ws.library.import_files(paths=[seed_path("000")], user=IMPORTER)
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "300")
    with board(db_url) as ws:
        events = len(ws.workflow.history(article_id=1))
        with write_lock_held(db_url), pytest.raises(DatabaseBusy, match="the database is busy"):
            ws.workflow.transition(article_id=1, to="under-review", user=REVIEWER)
        FAULT_FIGURES["runs"] += 1
        FAULT_FIGURES["faults"] += 1
        assert ws.library.get_article(article_id=1).summary.status == "Submitted"
        assert len(ws.workflow.history(article_id=1)) == events  # not even a refusal was half-written
        ws.workflow.transition(article_id=1, to="under-review", user=REVIEWER)  # the same desk carries on
        assert ws.audit.verify().ok
