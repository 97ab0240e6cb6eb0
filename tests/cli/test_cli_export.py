"""Export through the command line: approved articles only, every format, atomic files."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import write_session
from db.tables import Citation, Claim
from tests.cli.runner import run_cli
from tests.conftest import SEEDS
from tests.people import ADMIN, add_person, password_for, sign_in
from ui.cli import main
from workstation.facade import Workstation
from workstation.importers import parse_markdown

ARTICLE = """---
title: Vitamin D and bone health
audience: patient
last_updated: 2025-03-01
references:
  - {type: research, title: Vitamin D trial, source: NEJM, year: 2019, doi: 10.1056/NEJMoa1}
---
Vitamin D supports calcium absorption in adults [1].
"""


def approved_db(tmp_path: Path) -> tuple[str, int]:
    db = str(tmp_path / "x.db")
    source = tmp_path / "vitd.md"
    source.write_text(ARTICLE)
    with Workstation.open(db) as ws:
        add_person(ws, "rev", "reviewer")
        add_person(ws, "appr", "approver", display_name="Dr. A. Approver")
        (article_id,) = [a.id for a in ws.library.import_files(paths=[source], user=ADMIN).imported]
        ws.library.import_files(paths=[next(SEEDS.glob("004_*"))], user=ADMIN)
        ws.workflow.transition(article_id=article_id, to="under-review", user="rev")
        with write_session(ws.engine) as session:
            claims = session.execute(
                select(Claim.id, Citation.number).join(Citation, Citation.claim_id == Claim.id)
                .where(Claim.article_id == article_id)
            ).all()
        for claim_id, number in claims:
            ws.review.set_verdict(claim_id=claim_id, reference=number, verdict="supported", user="rev")
        ws.review.run_checks(article_id=article_id)
        for finding in ws.review.findings(article_id=article_id):
            if not finding.dismissed:
                ws.review.dismiss_finding(finding_id=finding.id, user="rev", reason="acceptable here")
        ws.workflow.transition(article_id=article_id, to="Approved", user="appr", password=password_for("appr"))
    return db, article_id


def test_export_every_format_and_refuse_the_unapproved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, article_id = approved_db(tmp_path)
    out = tmp_path / "out"
    code = main(["--db", db, "export", str(article_id), "2", "--format", "html", "--format", "md",
                 "--format", "json", "--format", "pdf", "--out", str(out), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1  # article 2 is not approved
    assert document["refused"] == [{"id": 2, "reason": "article 2 is Submitted: only approved articles are exported"}]
    files = {Path(e["file"]).suffix: Path(e["file"]) for e in document["exported"]}
    assert set(files) == {".html", ".md", ".json", ".pdf"}
    html = files[".html"].read_text()
    assert "Dr. A. Approver" in html and "Vitamin D trial" in html
    HTMLParser().feed(html)
    assert parse_markdown(files[".md"].read_text()).title == "Vitamin D and bone health"
    assert json.loads(files[".json"].read_text())["signature"]["printed_name"] == "Dr. A. Approver"
    assert files[".pdf"].read_bytes().startswith(b"%PDF")
    assert (out / "index.html").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_editing_an_approved_article_reopens_it_and_export_refuses_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, article_id = approved_db(tmp_path)
    with Workstation.open(db) as ws:
        sign_in(ws, "rev")
        body = ws.library.get_article(article_id=article_id).body
        ws.review.save_revision(article_id=article_id, body=body + "\nA newer draft sentence that is not approved.\n", user="rev")
        assert ws.library.get_article(article_id=article_id).status == "Under Review"
    code = main(["--db", db, "export", str(article_id), "--format", "md", "--out", str(tmp_path / "o"), "--json"])
    assert code == 1  # reopened by the edit: refused now
    capsys.readouterr()
    with Workstation.open(db) as ws, pytest.raises(Exception, match="only approved"):
        ws.export.export_article(article_id=article_id)


def test_a_verdict_on_an_approved_article_is_refused_recorded_or_reopens_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, article_id = approved_db(tmp_path)
    with Workstation.open(db) as ws:
        claim = next(c for c in ws.library.get_article(article_id=article_id).claims if c.citations)
    verdict = ["--db", db, "verdict", str(claim.id), "--reference", str(claim.citations[0]), "--verdict",
               "contradicted", "--as", "rev"]
    code, _, err = run_cli(capsys, *verdict)
    assert code == 1 and "approved record: article" in err and "reopen it first" in err
    code, out, _ = run_cli(capsys, "--db", db, "history", str(article_id), "--json")
    refusal = json.loads(out)[-1]
    assert (refusal["action"], refusal["actor"]) == ("change.refused", "rev")
    code, _, err = run_cli(capsys, *verdict, "--reopen", "the 2024 trial contradicts it")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "--db", db, "signatures", str(article_id), "--verify", "--json")
    (signature,) = json.loads(out)
    assert code == 0 and signature["valid"] and signature["superseded"]
    code, out, _ = run_cli(capsys, "--db", db, "show", str(article_id), "--json")
    assert json.loads(out)["status"] == "Under Review"
