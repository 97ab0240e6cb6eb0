"""The command line as CONTRACT.md fixes it: import, list, show, users, audit verify."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.conftest import SEEDS
from tests.people import ADMIN, ADMIN_PASSWORD, password_for
from ui.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def test_import_list_show_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    code, out, err = run(capsys, "--db", db, "import", *files, "--json")
    assert code == 0, err
    imported = json.loads(out)["imported"]
    assert [i["file"] for i in imported] == files and all(isinstance(i["id"], int) for i in imported)

    code, out, _ = run(capsys, "--db", db, "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 5
    assert set(rows[0]) >= {"id", "title", "status", "audience", "last_updated", "claims", "references", "findings"}

    seed_004 = next(i["id"] for i in imported if "004_" in i["file"])
    code, out, _ = run(capsys, "--db", db, "show", str(seed_004), "--json")
    shown = json.loads(out)
    assert len(shown["references"]) == 3
    assert {n for c in shown["claims"] for n in c["citations"]} == {1, 2, 3, 4}
    assert set(shown["references"][0]) >= {"number", "type", "title", "source", "year", "doi", "pmid", "url"}
    assert all(set(s) >= {"heading", "kind"} for s in shown["sections"])

    seed_000 = next(i["id"] for i in imported if "000_" in i["file"])
    _, out, _ = run(capsys, "--db", db, "show", str(seed_000), "--json")
    assert {n for c in json.loads(out)["claims"] for n in c["citations"]} == {1, 2, 3, 4, 5}


def test_failed_files_are_listed_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "--db", db, "import", str(empty), str(next(SEEDS.glob("004_*"))), "--json")
    assert code == 1
    document = json.loads(out)
    assert len(document["imported"]) == 1
    assert document["failed"] == [{"file": str(empty), "error": "the file is empty"}]
    assert "empty" in err


def test_refusals_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run(capsys, "--db", db, "show", "42", "--json")
    assert code == 1 and "no article with id 42" in err and json.loads(out)["error"]
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "list", "--bogus"])
    assert usage.value.code == 2


def test_users_add_and_audit_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run(capsys, "--db", db, "users", "add", "ana", "--role", "approver", "--password",
                         password_for("ana"), "--json")
    assert code == 1 and "the first user of a database must be an admin" in err
    code, out, _ = run(capsys, "--db", db, "users", "add", ADMIN, "--role", "admin", "--password", ADMIN_PASSWORD)
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "users", "add", "ana", "--role", "approver", "--password",
                       password_for("ana"), "--as", ADMIN, "--json")
    assert code == 0 and {k: v for k, v in json.loads(out).items() if k in ("name", "role")} == {
        "name": "ana", "role": "approver"}
    code, out, _ = run(capsys, "--db", db, "audit", "verify", "--json")
    # the admin added, the admin's sign-in, ana added
    assert code == 0 and json.loads(out) | {"head": "H"} == {
        "ok": True, "events": 3, "first_bad": None, "head": "H", "problem": None, "against": None,
    }


def test_the_installed_command_and_env_database(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    env = {"WORKSTATION_DB": str(db), "PATH": str(Path(sys.executable).parent),
           "WORKSTATION_ANCHOR_DIR": str(tmp_path / "anchors")}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "workstation"), "import", str(next(SEEDS.glob("001_*"))), "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"][0]["id"] == 1
    assert db.exists()
