"""Databases the command line must refuse, content it must not store twice, text it must not let forge lines."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.conftest import seed_path
from tests.review_helpers import IMPORTER, REVIEWER, add_team
from workstation.facade import Workstation
from workstation.facade.import_ops import BatchSizer


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``run_cli`` (the ``--as`` user signs in with their password), never ending in a traceback."""
    code, out, err = run_cli(capsys, *argv)
    assert "Traceback" not in err
    return code, out, err


def test_a_newer_schema_is_refused_with_a_json_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    Workstation.open(db).close()
    with sqlite3.connect(db) as c:
        c.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    code, out, err = run(capsys, "--db", db, "list", "--json")
    expected = ("this database was written by a newer Review Workstation (schema 0099_from_the_future); "
                "update the program")
    assert code == 1 and json.loads(out) == {"error": expected} and expected in err


def test_an_empty_file_is_refused_unless_create(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "typo.db"
    db.touch()
    code, out, err = run(capsys, "--db", str(db), "list", "--json")
    assert code == 1 and "empty file" in json.loads(out)["error"] and "--create" in err
    assert db.stat().st_size == 0
    code, out, _ = run(capsys, "--db", str(db), "--create", "list", "--json")
    assert code == 0 and json.loads(out) == [] and db.stat().st_size > 0


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes")
    for extra in ([], ["--create"]):
        code, out, _ = run(capsys, "--db", str(db), *extra, "list", "--json")
        assert code == 1 and "not a database" in json.loads(out)["error"]
    assert db.read_text() == "my notes"


def test_the_same_content_is_stored_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(capsys, "--db", db, "import", str(seed_path("000")), "--json")
    first = json.loads(out)["imported"][0]["id"]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_path("000").read_bytes())
    code, out, err = run(capsys, "--db", db, "import", str(seed_path("000")), str(copy), str(seed_path("004")), "--json")
    report = json.loads(out)
    assert code == 0 and [a["file"] for a in report["imported"]] == [str(seed_path("004"))]
    assert report["failed"] == []
    assert [(d["file"], d["id"]) for d in report["duplicates"]] == [(str(seed_path("000")), first), (str(copy), first)]
    assert f"already stored as article {first}" in err
    with Workstation.open(db) as ws:
        assert ws.library.count_articles() == 2


def test_imports_commit_in_short_transactions(tmp_path: Path) -> None:
    files = []
    for n in range(40):
        path = tmp_path / f"a{n}.md"
        path.write_text(f"---\ntitle: Article {n}\n---\nStatement number {n} [1].\n", encoding="utf-8")
        files.append(path)
    with Workstation.open(str(tmp_path / "x.db")) as ws:
        assert len(ws.library.import_files(paths=files).imported) == 40
        with ws.engine.connect() as c:  # one audit timestamp per transaction
            transactions = c.exec_driver_sql(
                "SELECT count(DISTINCT at) FROM audit_event WHERE action = 'article.import'").scalar()
    assert transactions >= 2  # a small first batch, then as many as fit in a quarter second
    sizer = BatchSizer()
    sizer.measured(200, 11.0)  # what took 11 s for 200 articles is split to about a quarter second each
    assert sizer.size <= 5


def test_history_text_escapes_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    with Workstation.open(db) as ws:
        add_team(ws)
        ws.library.import_files(paths=[seed_path("000")], user=IMPORTER)
    forged = "fine\n2026-01-01 00:00:00Z  appr   transition  status: Under Review → Approved\x1b[2K"
    code, _, err = run(capsys, "--db", db, "transition", "1", "--to", "under-review", "--as", REVIEWER)
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "transition", "1", "--to", "Submitted", "--as", REVIEWER, "--reason", forged)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "history", "1")
    lines = out.splitlines()
    assert not any(line.startswith("2026-01-01") for line in lines) and "\x1b" not in out
    assert any("fine\\n2026-01-01" in line and "\\x1b[2K" in line for line in lines)
    code, out, _ = run(capsys, "--db", db, "history", "1", "--json")
    assert any(entry["reason"] == forged for entry in json.loads(out))
