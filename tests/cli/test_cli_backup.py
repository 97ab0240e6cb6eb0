"""`workstation backup` and `workstation restore` as a script runs them: exit codes, --json, --as."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.conftest import SEEDS
from tests.people import ADMIN, add_person, ensure_admin
from workstation.facade import Workstation


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "review.db"
    with Workstation.open(str(path)) as ws:
        assert not ws.library.import_files(paths=sorted(SEEDS.glob("*.txt"))).failed
        ensure_admin(ws)
        add_person(ws, "rev", "reviewer")
    return str(path)


def test_backup_and_restore_print_one_json_document(capsys, db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    code, out, err = run_cli(capsys, "--db", db, "backup", str(copy), "--as", "rev", "--json")
    assert code == 0, err
    taken = json.loads(out)
    assert set(taken) == {"file", "bytes", "events", "head", "event_id", "verified"}
    assert taken["file"] == str(copy) and taken["verified"] is True and taken["bytes"] == copy.stat().st_size
    assert "backed up to" in err

    code, out, err = run_cli(capsys, "--db", db, "restore", str(copy), "--as", ADMIN, "--json")
    assert code == 1 and "--force" in err and json.loads(out)["error"]

    code, out, err = run_cli(capsys, "--db", db, "restore", str(copy), "--as", ADMIN, "--force", "--json")
    assert code == 0, err
    restored = json.loads(out)
    assert restored["file"] == str(copy) and restored["database"] == db
    assert (restored["events"], restored["head"]) == (taken["events"], taken["head"])
    assert restored["replaced"].startswith(db + ".before-restore-")
    assert restored["previous"]["events"] == taken["event_id"]  # the backup's own event was the old head
    assert restored["rolled_back"] == 1

    code, out, err = run_cli(capsys, "--db", db, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"], err


def test_backup_needs_a_signed_in_user_and_restore_an_admin(capsys, db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    code, out, err = run_cli(capsys, "--db", db, "backup", str(copy), "--json")
    assert code == 1 and "sign-in required" in err and not copy.exists()
    assert json.loads(out) == {"error": json.loads(out)["error"]}
    assert run_cli(capsys, "--db", db, "backup", str(copy), "--as", "rev")[0] == 0
    target = tmp_path / "new.db"
    code, _out, err = run_cli(capsys, "--db", str(target), "restore", str(copy), "--as", "rev")
    assert code == 1 and "only an admin" in err and "Traceback" not in err and not target.exists()
    code, _out, err = run_cli(capsys, "--db", str(target), "restore", str(copy), "--as", ADMIN)
    assert code == 0, err


def test_restore_refuses_a_tampered_backup_without_a_traceback(capsys, db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert run_cli(capsys, "--db", db, "backup", str(copy), "--as", "rev")[0] == 0
    with sqlite3.connect(copy) as connection:
        for (trigger,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'").fetchall():
            connection.execute(f"DROP TRIGGER {trigger}")
        connection.execute("DELETE FROM audit_event WHERE id = 3")
    code, out, err = run_cli(capsys, "--db", db, "restore", str(copy), "--as", ADMIN, "--force", "--json")
    assert code == 1 and "does not verify" in err and "Traceback" not in err
    assert "does not verify" in json.loads(out)["error"]
    assert not list(tmp_path.glob("review.db.before-restore-*"))


def test_restore_without_a_file_checks_the_database_in_place(capsys, db: str, tmp_path: Path) -> None:
    """A backup copied back by hand: the trail ends before this computer's anchor until the restore is recorded."""
    copy = tmp_path / "copy.db"
    assert run_cli(capsys, "--db", db, "backup", str(copy), "--as", "rev")[0] == 0
    assert run_cli(capsys, "--db", db, "users", "add", "alan", "--role", "author", "--password",
                   "alan-writes-2026", "--as", ADMIN)[0] == 0
    assert run_cli(capsys, "--db", db, "audit", "verify")[0] == 0  # the anchor moves to the newer head
    Path(db).unlink()
    Path(db).write_bytes(copy.read_bytes())
    code, _out, err = run_cli(capsys, "--db", db, "audit", "verify")
    assert code == 1 and "events were removed" in err
    code, out, err = run_cli(capsys, "--db", db, "restore", "--as", "rev", "--json")
    assert code == 1 and "only an admin" in err
    code, out, err = run_cli(capsys, "--db", db, "restore", "--as", ADMIN, "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["file"] is None and document["previous"]["events"] > document["events"]
    assert run_cli(capsys, "--db", db, "audit", "verify")[0] == 0


def test_the_version_is_the_package_version(capsys) -> None:
    from workstation import __version__

    with pytest.raises(SystemExit) as exited:
        run_cli(capsys, "--version")
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"workstation {__version__}"
