"""SQLite set-up: pragmas on every connection, and a second writer that waits instead of failing."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from tests.conftest import seed_path
from workstation.facade import Workstation
from workstation.importers import read_article


def test_pragmas(sqlite_path: str) -> None:
    with Workstation.open(sqlite_path) as ws, ws.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def _import_many(path: str, count: int) -> None:
    draft = read_article(seed_path("004"))
    with Workstation.open(path) as ws:
        for n in range(count):  # distinct titles: the same content is stored once
            ws.library.import_drafts(drafts=[replace(draft, title=f"{draft.title} ({os.getpid()}-{n})")])


def test_two_processes_writing_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    Workstation.open(path).close()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_import_many, args=(path, 8)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with Workstation.open(path) as ws:
        assert ws.library.count_articles() == 16
        result = ws.audit.verify()
        assert result.ok and result.events == 16


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for" * 100)
    try:
        Workstation.open(str(path))
    except Exception as exc:  # noqa: BLE001
        assert "cannot open the database" in str(exc)
    else:
        raise AssertionError("opening a text file as a database succeeded")
