"""`workstation assign` (the contract's JSON shape), the personal queue and notifications on the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.cli.runner import run_cli
from tests.people import add_person


@pytest.fixture
def db(seeded, db_url: str) -> str:  # type: ignore[no-untyped-def]
    add_person(seeded, "rev", "reviewer")
    add_person(seeded, "appr", "approver")
    return db_url


def test_assign_prints_the_contract_shape_and_fills_the_queue(capsys, db: str) -> None:  # type: ignore[no-untyped-def]
    due = (date.today() + timedelta(days=3)).isoformat()
    code, out, err = run_cli(capsys, "--db", db, "assign", "2", "--reviewer", "rev", "--approver", "admin",
                             "--due", due, "--as", "appr", "--json")
    assert code == 0, err
    assert json.loads(out) == {"id": 2, "reviewer": "rev", "approver": "admin", "due": due}
    code, out, err = run_cli(capsys, "--db", db, "list", "--status", "assigned", "--as", "rev", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["id"], r["due_date"], r["overdue"]) for r in rows] == [(2, due, False)]
    code, out, _ = run_cli(capsys, "--db", db, "notifications", "--as", "rev", "--json")
    assert [(n["kind"], n["article"], n["read"]) for n in json.loads(out)] == [("assigned", 2, False)]
    code, out, _ = run_cli(capsys, "--db", db, "notifications", "--unread", "--mark-read", "--as", "rev", "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run_cli(capsys, "--db", db, "notifications", "--unread", "--as", "rev", "--json")
    assert json.loads(out) == []
    # Leaving --approver and --due out keeps them; '' clears the due date.
    code, out, _ = run_cli(capsys, "--db", db, "assign", "2", "--reviewer", "rev", "--due", "", "--as", "appr", "--json")
    assert json.loads(out) == {"id": 2, "reviewer": "rev", "approver": "admin", "due": None}


def test_refusals_exit_1_and_change_nothing(capsys, db: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", db, "assign", "2", "--reviewer", "rev", "--as", "rev", "--json")
    assert code == 1 and "only approvers and admins" in err and "error" in json.loads(out)
    code, _, err = run_cli(capsys, "--db", db, "assign", "2", "--reviewer", "rev", "--due", "2001-02-03", "--as", "appr")
    assert code == 1 and "in the past" in err
    code, _, err = run_cli(capsys, "--db", db, "assign", "2", "--reviewer", "nobody", "--as", "appr")
    assert code == 1 and "no user named 'nobody'" in err
    code, out, _ = run_cli(capsys, "--db", db, "list", "--json")
    assert all(r["assigned_reviewer"] is None and r["due_date"] is None for r in json.loads(out))
