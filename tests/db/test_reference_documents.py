"""Documents attached to references, and the evidence anchored in them, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.tables import AuditEvent, ReferenceDocument, Verdict
from tests.documents import METHODS, RESULT, SPRINT_TEXT, sprint_pdf, write_article
from tests.pdfs import write_pdf
from tests.people import add_person, password_for
from tests.review_helpers import APPROVER, REVIEWER, add_team, approve, review
from workstation.documents.extract import DocumentRefused, NoTextLayer
from workstation.errors import FrozenRecord, NotFound, PermissionDenied, ValidationError


@pytest.fixture
def article(ws, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    add_team(ws)
    add_person(ws, "alan", "author")
    report = ws.library.import_files(paths=[write_article(tmp_path)], user="admin")
    assert not report.failed
    return report.imported[0].id


def claims(ws, article_id: int) -> list:  # type: ignore[no-untyped-def]
    return list(ws.library.get_article(article_id=article_id).claims)


def events(ws, action: str) -> int:  # type: ignore[no-untyped-def]
    with ws._read() as session:
        return session.execute(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
                               ).scalar_one()


def test_attach_stores_text_pages_hash_and_indexes_it(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = sprint_pdf(tmp_path)
    result = ws.review.attach_document(article_id=article, number=1, path=path, user=REVIEWER)
    summary = result.document
    assert (summary.reference, summary.file_name, summary.media_type, summary.pages) == (1, "sprint.pdf",
                                                                                          "application/pdf", 2)
    assert summary.sha256 == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert result.changes.references and article in result.changes.articles
    (listed,) = ws.review.reference_documents(article_id=article)
    assert listed.attached_by == REVIEWER and listed.characters == summary.characters
    view = ws.review.reference_document(article_id=article, number=1)
    assert view is not None and view.page_at(view.text.index(RESULT.split()[0])) == 2
    hits = ws.review.search_documents(query="mortality hazard")
    assert [(h.article_id, h.reference, h.page) for h in hits] == [(article, 1, 2)]
    assert "mortality" in hits[0].snippet.lower()
    assert ws.review.search_documents(query="zebrafish") == []
    assert events(ws, "document.attach") == 1
    again = ws.review.attach_document(article_id=article, number=1, path=path, user=REVIEWER)
    assert again.unchanged and events(ws, "document.attach") == 1


def test_verdict_evidence_is_anchored_when_the_document_contains_it(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    claim = claims(ws, article)[1]
    # typed on one line, lower case: the PDF's text breaks it across lines
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT.lower())
    source = ws.review.evidence_source(claim_id=claim.id, reference=1)
    anchor = source.evidence
    assert anchor is not None and anchor.page == 2 and not anchor.orphaned
    assert " ".join(source.document.text[anchor.start:anchor.end].split()) == RESULT
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER, evidence="Table 2, row 3")
    anchor = ws.review.evidence_source(claim_id=claim.id, reference=1).evidence
    assert anchor.start is None and not anchor.orphaned and anchor.quote == "Table 2, row 3"


def test_a_selected_passage_is_recorded_where_it_was_selected(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "The drug lowered blood pressure. Later: The drug lowered blood pressure. End."
    path = tmp_path / "twice.txt"
    path.write_text(text, encoding="utf-8")
    ws.review.attach_document(article_id=article, number=1, path=path, user=REVIEWER)
    claim = claims(ws, article)[0]
    second = text.rindex("The drug lowered blood pressure.")
    span = (second, second + len("The drug lowered blood pressure."))
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER,
                          evidence=text[span[0]:span[1]], evidence_span=span)
    assert ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.start == second
    # the verdict changed, the quote not: it keeps its place
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="partially-supported", user=REVIEWER,
                          evidence=text[span[0]:span[1]])
    assert ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.start == second
    with pytest.raises(ValidationError, match="selected passage is not in the reference's document"):
        ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER,
                              evidence="something else", evidence_span=span)
    with pytest.raises(ValidationError, match="no document"):
        ws.review.set_verdict(claim_id=claims(ws, article)[2].id, reference=2, verdict="supported", user=REVIEWER,
                              evidence="x", evidence_span=(0, 1))


def test_replacing_the_document_reanchors_evidence_and_keeps_orphans(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    first, second = claims(ws, article)[:2]
    kept_quote = "Rates of serious adverse events of hypotension, syncope"
    ws.review.set_verdict(claim_id=first.id, reference=1, verdict="supported", user=REVIEWER, evidence=kept_quote)
    ws.review.set_verdict(claim_id=second.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT)
    # the new version moves things about, rewords one sentence slightly and drops another
    new_text = ("Erratum notice.\n\n" + SPRINT_TEXT.replace(RESULT, "")
                .replace("Rates of serious adverse events of hypotension, syncope",
                         "Rates of serious adverse events of hypotension and syncope"))
    replacement = tmp_path / "sprint-corrected.txt"
    replacement.write_text(new_text, encoding="utf-8")
    undo_before = ws.review.undo_label()
    result = ws.review.attach_document(article_id=article, number=1, path=replacement, user=REVIEWER)
    assert result.replaced == "sprint.pdf"
    assert result.orphaned == ((second.id, RESULT),)
    moved = ws.review.evidence_source(claim_id=first.id, reference=1)
    assert moved.evidence.start is not None and not moved.evidence.orphaned
    assert "hypotension and syncope" in moved.document.text[moved.evidence.start:moved.evidence.end]
    lost = ws.review.evidence_source(claim_id=second.id, reference=1).evidence
    assert lost.orphaned and lost.start is None and lost.quote == RESULT  # shown, never dropped
    assert events(ws, "evidence.orphan") == 1
    assert ws.review.undo_label() == undo_before
    # attaching the original again finds it once more
    again = ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    assert second.id in again.anchored
    assert not ws.review.evidence_source(claim_id=second.id, reference=1).evidence.orphaned


def test_evidence_recorded_before_the_document_finds_its_place(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    claim = claims(ws, article)[1]
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT)
    assert ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.start is None
    result = ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    assert result.anchored == (claim.id,)
    assert ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.page == 2


def test_undo_puts_the_evidence_back_in_its_place(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    claim = claims(ws, article)[1]
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT)
    placed = ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.start
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER, evidence=METHODS)
    assert ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.start != placed
    ws.review.undo(user=REVIEWER)
    assert ws.review.evidence_source(claim_id=claim.id, reference=1).evidence.start == placed


def test_a_bad_file_changes_nothing(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    scan = write_pdf(tmp_path / "scan.pdf", [[], []], image_only=(0, 1))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 1000)
    before = (events(ws, "document.attach"), ws.review.reference_document(article_id=article, number=1))
    with pytest.raises(NoTextLayer, match="no text layer"):
        ws.review.attach_document(article_id=article, number=1, path=scan, user=REVIEWER)
    with pytest.raises(DocumentRefused, match="broken.pdf"):
        ws.review.attach_document(article_id=article, number=1, path=broken, user=REVIEWER)
    with pytest.raises(DocumentRefused, match="cannot read"):
        ws.review.attach_document(article_id=article, number=1, path=tmp_path / "missing.pdf", user=REVIEWER)
    with pytest.raises(NotFound, match="lists no reference 7"):
        ws.review.attach_document(article_id=article, number=7, path=sprint_pdf(tmp_path), user=REVIEWER)
    assert (events(ws, "document.attach"), ws.review.reference_document(article_id=article, number=1)) == before


def test_only_reviewers_attach(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied, match="alan is author"):
        ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user="alan")
    assert ws.review.reference_documents(article_id=article) == []


def test_an_approved_articles_documents_are_frozen(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    approve(ws, article)
    other = tmp_path / "other.txt"
    other.write_text("A different source altogether, with its own words.", encoding="utf-8")
    with pytest.raises(FrozenRecord, match="approved record: article .* references' documents cannot change"):
        ws.review.attach_document(article_id=article, number=1, path=other, user=REVIEWER)
    assert ws.review.reference_document(article_id=article, number=1).summary.file_name == "sprint.pdf"
    assert events(ws, "change.refused") == 1
    result = ws.review.attach_document(article_id=article, number=1, path=other, user=REVIEWER,
                                       reopen="the publisher's corrected version")
    assert result.changes.workflow and ws.library.get_article(article_id=article).status == "Under Review"
    assert ws.review.reference_document(article_id=article, number=1).summary.file_name == "other.txt"


def test_the_review_report_shows_where_the_evidence_stands(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    first, second = claims(ws, article)[:2]
    review(ws, article)
    ws.review.set_verdict(claim_id=second.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT)
    ws.review.set_verdict(claim_id=first.id, reference=1, verdict="supported", user=REVIEWER, evidence="Figure 2")
    ws.workflow.transition(article_id=article, to="Approved", user=APPROVER, password=password_for(APPROVER))
    report = ws.export.export_articles(ids=[article], formats=["report"], out_dir=tmp_path / "out", user=REVIEWER)
    html = next((tmp_path / "out").glob("*.report.html")).read_text(encoding="utf-8")
    assert "Source: p. 2 of sprint.pdf" in html
    assert "Source: not found in sprint.pdf" in html
    assert not report.refused


def test_the_anchor_lives_on_the_verdict_row(ws, article: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Snapshots of a verdict (undo, claims split or merged) carry its place with its quote."""
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    claim = claims(ws, article)[1]
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT)
    with ws._read() as session:
        row = session.execute(select(Verdict).where(Verdict.claim_id == claim.id)).scalar_one()
        text = session.execute(select(ReferenceDocument.text)).scalar_one()
        assert text[row.evidence_start:row.evidence_end].split() == RESULT.split()
        assert row.evidence_prefix and row.evidence_suffix and not row.evidence_orphaned
