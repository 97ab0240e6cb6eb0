"""The source beside the claim: the cited reference's document in its pane, evidence used and highlighted,
suggested passages, files dropped on a reference — driven in the real window, checked on the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from db.tables import Verdict
from tests.documents import RESULT, sprint_pdf, write_article
from tests.pdfs import write_pdf
from tests.people import password_for
from tests.ui.conftest import wait_idle
from workstation.facade import Workstation


@pytest.fixture
def bp_article(ui_db: str, tmp_path: Path) -> tuple[int, list[int]]:
    """The blood-pressure article, its first reference with the trial's report attached."""
    with Workstation.open(ui_db) as ws:
        ws.users.sign_in(name="rev", password=password_for("rev"))
        article = ws.library.import_files(paths=[write_article(tmp_path)], user="rev").imported[0].id
        ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user="rev")
        return article, [c.id for c in ws.library.get_article(article_id=article).claims]


def verdict_row(window, claim_id: int, reference: int = 1) -> Verdict | None:  # type: ignore[no-untyped-def]
    with window.workstation._read() as session:
        row = session.execute(select(Verdict).where(Verdict.claim_id == claim_id,
                                                    Verdict.reference_number == reference)).scalar_one_or_none()
        if row is not None:
            session.expunge(row)
        return row


def show_claim(qtbot, window, claim_id: int) -> None:  # type: ignore[no-untyped-def]
    window.controller.select_claim(claim_id)
    qtbot.waitUntil(lambda: window.sources.shown.claim == claim_id, timeout=10_000)
    wait_idle(qtbot, window)


def test_selecting_a_claim_shows_its_source_with_pages(qtbot, main_window, bp_article) -> None:  # type: ignore[no-untyped-def]
    article, claims = bp_article
    window = main_window(article=article)
    pane = window.sources.pane
    show_claim(qtbot, window, claims[0])
    assert pane.isVisible() and pane.title.text() == "[1] sprint.pdf · 2 pages"
    assert len(pane.text.page_starts) == 2 and pane.text.margin_width() > 0
    assert "RESULTS:" in pane.text.toPlainText()
    assert pane.suggestions.rowCount() >= 3
    first = pane.suggestions.item(0, 1).text()
    assert first.startswith("p. 2 · results") and "significantly lower rate of the primary composite" in first
    # a claim citing a reference without a document says how to attach one
    show_claim(qtbot, window, claims[2])
    assert "has no document attached" in pane.notice.text() and pane.text.toPlainText() == ""


def test_a_selected_passage_becomes_the_verdicts_evidence(qtbot, main_window, bp_article) -> None:  # type: ignore[no-untyped-def]
    article, claims = bp_article
    window = main_window(article=article)
    pane, tab = window.sources.pane, window.review.claims_tab
    show_claim(qtbot, window, claims[1])
    text = pane.text.toPlainText()
    start = text.index("All-cause mortality")
    end = text.index("group", start) + len("group")
    assert not pane.use.isEnabled()
    pane.text.select_span(start, end)
    assert pane.use.isEnabled()
    # without a verdict chosen, the passage waits in the evidence field
    qtbot.mouseClick(pane.use, Qt.MouseButton.LeftButton)
    assert " ".join(tab.evidence.text().split()) == RESULT and verdict_row(window, claims[1]) is None
    tab.verdict.setCurrentIndex(tab.verdict.findData("supported"))
    pane.text.select_span(start, end)
    qtbot.mouseClick(pane.use, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: verdict_row(window, claims[1]) is not None, timeout=10_000)
    row = verdict_row(window, claims[1])
    assert (row.verdict, row.evidence_start, row.evidence_end) == ("supported", start, end)
    assert row.evidence == text[start:end] and row.user_id is not None
    # whenever the verdict is shown, its passage is highlighted
    qtbot.waitUntil(lambda: pane.text.highlighted_span() == (start, end), timeout=10_000)
    show_claim(qtbot, window, claims[0])
    assert pane.text.highlighted_span() is None
    show_claim(qtbot, window, claims[1])
    assert pane.text.highlighted_span() == (start, end) and "page 2" in pane.notice.text()


def test_one_click_uses_a_suggested_passage(qtbot, main_window, bp_article) -> None:  # type: ignore[no-untyped-def]
    article, claims = bp_article
    window = main_window(article=article)
    pane, tab = window.sources.pane, window.review.claims_tab
    show_claim(qtbot, window, claims[0])
    tab.verdict.setCurrentIndex(tab.verdict.findData("partially-supported"))
    passage = window.sources.suggested.passages[0]
    qtbot.mouseClick(pane.findChild(QPushButton, "useSuggestion0"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: verdict_row(window, claims[0]) is not None, timeout=10_000)
    row = verdict_row(window, claims[0])
    assert (row.verdict, row.evidence_start, row.evidence_end) == ("partially-supported", passage.start, passage.end)
    # clicking a suggestion finds it in the document
    pane.suggestions.cellClicked.emit(1, 1)
    second = window.sources.suggested.passages[1]
    assert pane.text.selected_span() == (second.start, second.end)


def drop(widget, position, path: Path) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(position)
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


def test_a_file_dropped_on_a_reference_is_attached_to_it(qtbot, main_window, bp_article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, claims = bp_article
    window = main_window(article=article)
    window.review.setCurrentWidget(window.review.references_tab)
    table = window.review.references_tab.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "2")
    guideline = tmp_path / "esc-guideline.html"
    guideline.write_text("<html><body><h1>Guideline</h1><p>Check blood pressure at least once a year.</p>"
                         "</body></html>", encoding="utf-8")
    scan = write_pdf(tmp_path / "scan.pdf", [[]], image_only=(0,))
    drop(table.viewport(), table.visualItemRect(table.item(row, 1)).center(), scan)
    qtbot.waitUntil(lambda: "Not attached" in window.statusBar().currentMessage(), timeout=20_000)
    assert "no text layer" in window.statusBar().currentMessage()
    assert window.workstation.review.reference_document(article_id=article, number=2) is None
    drop(table.viewport(), table.visualItemRect(table.item(row, 1)).center(), guideline)
    qtbot.waitUntil(lambda: window.workstation.review.reference_document(article_id=article, number=2) is not None,
                    timeout=20_000)
    assert window.workstation.review.reference_documents(article_id=article)[1].file_name == "esc-guideline.html"
    show_claim(qtbot, window, claims[2])
    assert window.sources.pane.title.text() == "[2] esc-guideline.html"
    assert "Check blood pressure at least once a year." in window.sources.pane.text.toPlainText()


def test_evidence_the_new_document_lacks_is_shown_as_lost(qtbot, main_window, bp_article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, claims = bp_article
    window = main_window(article=article)
    window.workstation.review.set_verdict(claim_id=claims[1], reference=1, verdict="supported", user="rev", evidence=RESULT)
    other = tmp_path / "letter.txt"
    other.write_text("A letter to the editor about blood pressure targets, without the trial's results.",
                     encoding="utf-8")
    show_claim(qtbot, window, claims[1])
    drop(window.sources.pane, window.sources.pane.rect().center(), other)
    qtbot.waitUntil(lambda: "letter.txt" in window.sources.pane.title.text(), timeout=20_000)
    wait_idle(qtbot, window)
    notice = window.sources.pane.notice.text()
    assert "lost its place" in notice and RESULT in notice
    assert verdict_row(window, claims[1]).evidence_orphaned
