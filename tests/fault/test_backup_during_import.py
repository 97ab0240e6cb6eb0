"""A backup taken while another process imports, restored: one consistent database (integrity, chain, counts)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.articles import write_article
from tests.cli.runner import run_cli
from tests.fault.conftest import FAULT_FIGURES
from tests.people import ADMIN, ADMIN_PASSWORD, ensure_admin
from workstation.facade import Workstation

pytestmark = pytest.mark.fault

FILES = 300  # enough that the import runs for seconds, in many transactions


def _count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def _articles(path: Path) -> int:
    return _count(path, "SELECT count(*) FROM article")


def _wait_for(condition, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def test_a_backup_taken_during_an_import_restores_to_a_consistent_database(capsys, tmp_path: Path,
                                                                           monkeypatch) -> None:
    import db.backup

    monkeypatch.setattr(db.backup, "PAGES_PER_STEP", 16)  # many steps, so the import commits between them
    database = tmp_path / "review.db"
    with Workstation.open(str(database)) as ws:
        ensure_admin(ws)
    folder = tmp_path / "articles"
    folder.mkdir()
    files = [str(write_article(folder, f"import-{n:04d}")) for n in range(FILES)]
    # The backing-up desk is open and signed in before the import starts, so that the copy's
    # snapshot follows the import's first commit closely: the whole import takes about two seconds.
    with Workstation.open(str(database)) as desk:
        desk.users.sign_in(name=ADMIN, password=ADMIN_PASSWORD)
        importer = subprocess.Popen(
            [str(Path(sys.executable).parent / "workstation"), "--db", str(database), "import", *files, "--as", ADMIN,
             "--json"],
            env={**os.environ, "WORKSTATION_PASSWORD": ADMIN_PASSWORD}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True,
        )
        try:
            _wait_for(lambda: _articles(database) > 0, "the import's first commit")
            at_start = _articles(database)
            committed_meanwhile: list[int] = []

            def progress(done: int, total: int) -> bool:
                # Hold the first step until the other process has committed again: the copy spans a write.
                if not committed_meanwhile:
                    _wait_for(lambda: _articles(database) > at_start, "a commit during the copy", timeout=30)
                    committed_meanwhile.append(_articles(database))
                return True

            backup = tmp_path / "during-import.db"
            taken = desk.backups.backup(path=backup, user=ADMIN, progress=progress)
            out, err = importer.communicate(timeout=300)
        finally:
            if importer.poll() is None:
                importer.kill()
                importer.wait()
    assert importer.returncode == 0, err
    assert len(json.loads(out)["imported"]) == FILES
    assert committed_meanwhile, "the importer did not commit while the copy ran"
    in_backup = _articles(backup)
    assert 0 < in_backup < FILES, f"the backup was not taken during the import ({in_backup} of {FILES} articles)"

    restored = tmp_path / "restored.db"
    code, out, err = run_cli(capsys, "--db", str(restored), "restore", str(backup), "--as", ADMIN, "--json")
    assert code == 0, err
    assert json.loads(out)["events"] == taken.events

    connection = sqlite3.connect(restored)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")

        def one(sql: str) -> int:
            return int(connection.execute(sql).fetchone()[0])

        articles = one("SELECT count(*) FROM article")
        assert articles == in_backup
        assert one("SELECT count(*) FROM audit_event WHERE action = 'article.import'") == articles
        assert one("SELECT count(DISTINCT article_id) FROM revision") == articles
        assert one("SELECT count(*) FROM article_fts") == articles
        assert one("SELECT count(*) FROM claim c WHERE NOT EXISTS "
                   "(SELECT 1 FROM revision r WHERE r.id = c.revision_id)") == 0
    finally:
        connection.close()
    code, out, err = run_cli(capsys, "--db", str(restored), "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"], err
    with Workstation.open(str(restored)) as ws:
        assert ws.library.count_articles() == in_backup
        assert len(ws.library.library_page(status=None, search="vitamin").ids) == in_backup  # the search index agrees
    FAULT_FIGURES["runs"] += 1
    FAULT_FIGURES["faults"] += 1  # a live copy under a concurrent writer
