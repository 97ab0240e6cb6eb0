"""Workflow commands of the command line: transition, history, signatures (both backends)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import write_session
from db.tables import Citation, Claim, Verdict
from tests.articles import write_article
from tests.cli.runner import run_cli
from tests.db.test_workflow import PASSWORD
from ui.cli import main
from workstation.facade import Workstation


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, password=PASSWORD)


@pytest.fixture
def db(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """A database with one user per role and two articles: 1 by the author, 2 by the admin; all verdicts given."""
    for name, role in [("adm", "admin"), ("au", "author"), ("rev", "reviewer"), ("appr", "approver"),
                       ("adm2", "admin")]:
        acting = ("--as", "adm") if name != "adm" else ()  # the first user is the admin, who adds the rest
        code, _, err = run(capsys, "--db", db_url, "users", "add", name, "--role", role, "--password", PASSWORD,
                           *acting)
        assert code == 0, err
    for author in ("au", "adm"):
        path = write_article(tmp_path, author)
        code, _, err = run(capsys, "--db", db_url, "import", str(path), "--as", author)
        assert code == 0, err
    with Workstation.open(db_url) as ws, write_session(ws.engine) as session:
        for claim_id, number in session.execute(
            select(Citation.claim_id, Citation.number).join(Claim, Claim.id == Citation.claim_id)
        ).all():
            session.add(Verdict(claim_id=claim_id, reference_number=number, verdict="supported"))
    return db_url


def transition(capsys, db: str, article: int, to: str, user: str, *extra: str):  # type: ignore[no-untyped-def]
    return run(capsys, "--db", db, "transition", str(article), "--to", to, "--as", user, *extra, "--json")


def test_transition_json_and_exit_codes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = transition(capsys, db, 1, "under-review", "rev")
    assert code == 0, err
    started = json.loads(out)
    assert set(started) == {"id", "status", "event_id"}
    assert started["id"] == 1 and started["status"] == "Under Review" and isinstance(started["event_id"], int)

    code, out, err = transition(capsys, db, 1, "Submitted", "rev")
    assert code == 1
    assert json.loads(out) == {"error": "reason required: say why you request changes"}
    assert "reason required" in err

    code, out, err = transition(capsys, db, 1, "APPROVED", "appr", "--password", "nope")
    assert code == 1 and json.loads(out)["error"].startswith("electronic signature: the password is wrong")

    code, out, err = transition(capsys, db, 1, "approved", "appr", "--password", PASSWORD)
    assert code == 0, err
    assert json.loads(out)["status"] == "Approved"

    code, out, _ = run(capsys, "--db", db, "signatures", "1", "--verify", "--json")
    assert code == 0
    (signature,) = json.loads(out)
    assert signature["valid"] and signature["signer"] == "appr" and signature["meaning"] == "Approved as medically accurate"

    code, out, _ = run(capsys, "--db", db, "history", "1", "--json")
    assert code == 0
    entries = json.loads(out)
    actions = [e["action"] for e in entries]
    assert actions.count("transition") == 2 and actions.count("transition.refused") == 2
    assert any(e["signature"] for e in entries if e["action"] == "transition")

    code, out, _ = run(capsys, "--db", db, "list", "--status", "Approved", "--json")
    assert [r["id"] for r in json.loads(out)] == [1]
    code, out, _ = run(capsys, "--db", db, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_separation_of_duties_on_the_command_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = transition(capsys, db, 1, "Under Review", "au")
    assert code == 1 and json.loads(out)["error"].startswith("role: an author may not start review")

    assert transition(capsys, db, 2, "Under Review", "rev")[0] == 0
    code, out, err = transition(capsys, db, 2, "Approved", "adm", "--password", PASSWORD)
    assert code == 1
    assert json.loads(out)["error"] == "separation of duties: nobody approves an article they authored"
    assert "separation of duties" in err

    code, out, _ = run(capsys, "--db", db, "history", "2", "--json")
    refusal = json.loads(out)[-1]
    assert refusal["action"] == "transition.refused" and refusal["actor"] == "adm"
    assert refusal["reason"].startswith("separation of duties")

    code, out, err = transition(capsys, db, 2, "Approved", "adm2", "--password", PASSWORD)
    assert code == 0, err


def test_usage_errors_and_plain_output(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "transition", "1", "--as", "rev"])  # --to missing
    assert exit_info.value.code == 2
    capsys.readouterr()
    code, out, err = transition(capsys, db, 1, "Published", "rev")
    assert code == 1 and "unknown status" in json.loads(out)["error"]
    code, out, err = transition(capsys, db, 99, "Under Review", "rev")
    assert code == 1 and "no article with id 99" in err

    code, out, err = run(capsys, "--db", db, "transition", "1", "--to", "Under Review", "--as", "rev")
    assert code == 0 and out == "" and "article 1 is now Under Review" in err
    code, out, _ = run(capsys, "--db", db, "history", "1")
    assert code == 0 and "transition" in out and "Submitted → Under Review" in out
    code, out, err = run(capsys, "--db", db, "signatures", "1")
    assert code == 0 and "no signatures" in err
