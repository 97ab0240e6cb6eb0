"""Who acts on the command line: --as USER with WORKSTATION_PASSWORD, and the users commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.conftest import SEEDS
from tests.people import ADMIN, ADMIN_PASSWORD, add_person, password_for
from workstation.facade import Workstation


def users(db: str) -> dict[str, tuple[str, bool, bool]]:
    with Workstation.open(db) as ws:
        return {u.name: (u.role, u.active, u.locked) for u in ws.users.list_users()}


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    code, _, err = run_cli(capsys, "--db", db_url, "users", "add", ADMIN, "--role", "admin",
                           "--password", ADMIN_PASSWORD)
    assert code == 0, err
    code, _, err = run_cli(capsys, "--db", db_url, "users", "add", "rita", "--role", "reviewer",
                           "--password", password_for("rita"), "--display-name", "Rita Reviewer", "--as", ADMIN)
    assert code == 0, err
    return db_url


def test_users_list_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--db", db, "users", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["name"] for r in rows] == [ADMIN, "rita"]
    assert {"name", "role", "active", "locked"} <= set(rows[0])
    assert rows[1]["role"] == "reviewer" and rows[1]["active"] is True and rows[1]["locked"] is False


def test_no_one_adds_an_admin_without_signing_in_as_one(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = users(db)
    code, out, err = run_cli(capsys, "--db", db, "users", "add", "mallory", "--role", "admin",
                             "--password", "mallory-passphrase", "--json")
    assert code == 1 and "sign-in required" in err and "sign-in required" in json.loads(out)["error"]
    code, _, err = run_cli(capsys, "--db", db, "users", "add", "mallory", "--role", "admin",
                           "--password", "mallory-passphrase", "--as", ADMIN, password="a wrong guess")
    assert code == 1 and "wrong user name or password" in err
    code, _, err = run_cli(capsys, "--db", db, "users", "add", "mallory", "--role", "admin",
                           "--password", "mallory-passphrase", "--as", "rita")
    assert code == 1 and "only an admin may add users" in err
    code, _, err = run_cli(capsys, "--db", db, "users", "set-role", "rita", "admin", "--as", "rita")
    assert code == 1 and "only an admin may change roles" in err
    assert users(db) == before


def test_without_a_password_and_no_terminal_it_is_sign_in_required(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    # WORKSTATION_PASSWORD unset, and standard input under pytest is no terminal.
    from ui.cli import main

    capsys.readouterr()
    code = main(["--db", db, "users", "deactivate", "rita", "--as", ADMIN, "--json"])
    out, err = capsys.readouterr()
    assert code == 1 and "sign-in required" in err and "WORKSTATION_PASSWORD" in err
    assert json.loads(out)["error"].startswith("sign-in required")
    assert users(db)["rita"] == ("reviewer", True, False)


def test_admin_commands(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "--db", db, "users", "set-role", "rita", "approver", "--as", ADMIN, "--json")
    assert code == 0, err
    assert json.loads(out)["role"] == "approver"
    for _ in range(5):
        code, _, _ = run_cli(capsys, "--db", db, "list", "--as", "rita", password="not-ritas-password")
        assert code == 1
    assert users(db)["rita"][2] is True  # locked
    code, _, err = run_cli(capsys, "--db", db, "list", "--as", "rita")
    assert code == 1 and "locked" in err
    code, out, err = run_cli(capsys, "--db", db, "users", "unlock", "rita", "--as", ADMIN, "--json")
    assert code == 0 and json.loads(out)["locked"] is False
    code, out, err = run_cli(capsys, "--db", db, "users", "deactivate", "rita", "--as", ADMIN, "--json")
    assert code == 0 and json.loads(out)["active"] is False
    code, _, err = run_cli(capsys, "--db", db, "users", "deactivate", ADMIN, "--as", ADMIN)
    assert code == 1 and "last active admin" in err
    assert users(db) == {ADMIN: ("admin", True, False), "rita": ("approver", False, False)}


def test_passwd_own_and_reset(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "--db", db, "users", "passwd", "--as", "rita", "--new-password", "short")
    assert code == 1 and "at least 8 characters" in err
    code, _, err = run_cli(capsys, "--db", db, "users", "passwd", "--as", "rita", "--new-password",
                           "ritas-second-passphrase")
    assert code == 0, err
    code, _, err = run_cli(capsys, "--db", db, "list", "--as", "rita", password="ritas-second-passphrase")
    assert code == 0, err
    code, out, err = run_cli(capsys, "--db", db, "users", "passwd", "rita", "--as", ADMIN, "--new-password",
                             "a-temporary-passphrase", "--json")
    assert code == 0 and json.loads(out)["must_change_password"] is True
    code, _, err = run_cli(capsys, "--db", db, "import", str(next(SEEDS.glob("001_*"))), "--as", "rita",
                           password="a-temporary-passphrase")
    assert code == 1 and "must choose a new password" in err


def test_a_script_without_a_terminal_is_told_to_sign_in(tmp_path: Path) -> None:
    db = str(tmp_path / "desk.db")
    with Workstation.open(db) as ws:
        add_person(ws, "rita", "reviewer", sign_in=False)
    done = subprocess.run(
        [str(Path(sys.executable).parent / "workstation"), "--db", db, "import", str(next(SEEDS.glob("001_*"))),
         "--as", "rita", "--json"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120, check=False,
        env={"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path)},
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"].startswith("sign-in required")
    with Workstation.open(db) as ws:
        assert ws.library.count_articles() == 0
