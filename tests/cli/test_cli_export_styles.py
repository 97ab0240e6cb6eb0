"""`export --style ama|vancouver`: reference lists through citeproc-py, from the library records where linked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import write_session
from db.tables import Citation, Claim
from tests.people import ADMIN, add_person, password_for
from ui.cli import main
from workstation.facade import Workstation
from workstation.references.styling import format_references

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"


def _approved_citing_article(tmp_path: Path) -> tuple[str, int]:
    db = str(tmp_path / "x.db")
    with Workstation.open(db) as ws:
        add_person(ws, "rev", "reviewer")
        add_person(ws, "appr", "approver")
        (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"], user=ADMIN).imported]
        ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"], user="rev")
        ws.workflow.transition(article_id=article_id, to="under-review", user="rev")
        with write_session(ws.engine) as session:
            pairs = session.execute(select(Claim.id, Citation.number).join(Citation, Citation.claim_id == Claim.id)
                                    .where(Claim.article_id == article_id)).all()
        for claim_id, number in pairs:
            ws.review.set_verdict(claim_id=claim_id, reference=number, verdict="supported", user="rev")
        for finding in ws.review.findings(article_id=article_id):
            if not finding.dismissed:
                ws.review.dismiss_finding(finding_id=finding.id, user="rev", reason="cited as an example of a retracted paper")
        ws.workflow.transition(article_id=article_id, to="Approved", user="appr", password=password_for("appr"))
    return db, article_id


def _export(capsys: pytest.CaptureFixture[str], db: str, article_id: int, out: Path, *extra: str) -> str:
    code = main(["--db", db, "export", str(article_id), "--format", "html", "--format", "pdf", "--out", str(out),
                 *extra, "--json"])
    assert code == 0, capsys.readouterr().err
    files = [Path(e["file"]) for e in json.loads(capsys.readouterr().out)["exported"]]
    return next(f for f in files if f.suffix == ".html").read_text()


def test_styles_render_linked_records_in_full(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, article_id = _approved_citing_article(tmp_path)
    plain = _export(capsys, db, article_id, tmp_path / "plain")
    assert '<span class="ref-title">Ileal-lymphoid-nodular hyperplasia' in plain  # today's form without a style
    assert "Wakefield AJ" not in plain

    ama = _export(capsys, db, article_id, tmp_path / "ama", "--style", "ama")
    # From the library record (authors, volume, pages); numbered by the list, not twice.
    assert ("Wakefield AJ, Murch SH, Anthony A, et al. Ileal-lymphoid-nodular hyperplasia, non-specific colitis, "
            "and pervasive developmental disorder in children. <i>Lancet</i>. 1998;351(9103):637-641.") in ama
    assert '<li id="ref-1" value="1">Wakefield' in ama
    # Reference 5 has no record: styled from what the article says, the issuing body as its author.
    assert "Public Health Agency. <i>Measles Vaccination Schedule for Children</i>. 2024." in ama

    vancouver = _export(capsys, db, article_id, tmp_path / "vancouver", "--style", "vancouver")
    assert "Wakefield AJ, Murch SH, Anthony A, Linnell J, Casson DM, Malik M, et al." in vancouver
    assert "Lancet. 1998;351(9103):637" in vancouver and "PMID: 9500320" in vancouver


def test_an_unknown_style_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x.db"), "export", "--format", "html", "--out", str(tmp_path), "--style", "apa"])
    assert exit_.value.code == 2


def test_values_are_escaped_before_citeproc_sees_them() -> None:
    from workstation.model import ReferenceData
    from workstation.references.styling import reference_item

    item = reference_item(ReferenceData(1, "research", "<script>alert(1)</script> & co", "J <i>x</i>", 2020), None)
    (entry,) = format_references([item], "ama")
    assert "<script>" not in entry and "&lt;script&gt;" in entry and "J &lt;i&gt;x&lt;/i&gt;" in entry
