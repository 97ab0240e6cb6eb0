"""The main window, driven like a reviewer would drive it; assertions go to the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTableWidget,
    QTextBrowser,
)

from tests.people import add_person, board, password_for
from tests.ui.conftest import wait_idle
from ui.main_window import create_main_window
from workstation.facade import Workstation


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_window_opens_on_a_seeded_database(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WORKSTATION_SETTINGS_DIR", str(tmp_path / "s"))
    db = str(tmp_path / "w.db")
    with Workstation.open(db) as ws:
        add_person(ws, "rev", "reviewer")
    window = create_main_window(db, user="rev", password=password_for("rev"), seed=True)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 5 and window.runner.is_idle(), timeout=10_000)
        assert window.objectName() == "mainWindow"
        assert window.findChild(QTableView, "libraryTable").model().rowCount() == 5
        assert "rev" in window.user_label.text()
    finally:
        window.shutdown()


def test_library_shows_the_seeds_and_the_first_article(main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    assert window.model.rowCount() == 5
    assert all(t and t != "…" for t in titles(window))
    assert window.findChild(QTextBrowser, "articleView").toPlainText().strip()


def test_search_filters_the_library(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    search = window.findChild(QLineEdit, "searchField")
    qtbot.keyClicks(search, "Beginner")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    wait_idle(qtbot, window)
    assert "Beginner" in titles(window)[0]
    search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=5000)


def test_status_filter(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    combo = window.findChild(QComboBox, "statusFilter")
    combo.setCurrentIndex(combo.findText("Approved"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    combo.setCurrentIndex(combo.findText("Submitted"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=5000)


def test_header_click_sorts_by_title_in_the_database(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    header = window.findChild(QTableView, "libraryTable").horizontalHeader()
    header.sectionClicked.emit(0)
    wait_idle(qtbot, window)
    ascending = titles(window)
    assert ascending == sorted(ascending, key=str.casefold)
    header.sectionClicked.emit(0)
    wait_idle(qtbot, window)
    assert titles(window) == list(reversed(ascending))


def test_selecting_an_article_fills_claims_and_references(main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=5)
    with board(window.workstation.url) as ws:
        detail = ws.library.get_article(article_id=5)
    assert window.findChild(QListWidget, "claimsList").count() == len(detail.claims)
    assert window.findChild(QTableWidget, "referencesTable").rowCount() == len(detail.references) == 3
    assert window.findChild(QLabel, "articleTitle").text() == detail.title
    shown = " ".join(window.findChild(QTextBrowser, "articleView").toPlainText().split())
    assert all(" ".join(c.text.split())[:60] in shown for c in detail.claims[:5])
    assert window.reader.claim_ids(), "claims are highlighted in the reader"


def _select_first_cited_claim(qtbot, window) -> int:  # type: ignore[no-untyped-def]
    claims = window.findChild(QListWidget, "claimsList")
    window.activateWindow()
    claims.setFocus()
    start = claims.currentRow()
    for _ in range(claims.count()):
        if window.controller.current_claim().citations:
            break
        qtbot.keyClick(claims, Qt.Key.Key_J)
    assert claims.currentRow() != start or window.controller.current_claim().citations
    return window.controller.current_claim_id()


def test_keyboard_j_k_and_number_keys_record_a_verdict(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=5)
    claims = window.findChild(QListWidget, "claimsList")
    claims.setFocus()
    qtbot.keyClick(claims, Qt.Key.Key_J)
    assert claims.currentRow() == 1
    qtbot.keyClick(claims, Qt.Key.Key_K)
    assert claims.currentRow() == 0
    claim_id = _select_first_cited_claim(qtbot, window)
    reference = window.controller.current_reference()
    with qtbot.waitSignal(window.runner.changes_applied, timeout=5000):
        qtbot.keyClick(claims, Qt.Key.Key_1)
    wait_idle(qtbot, window)
    with board(window.workstation.url) as ws:
        claim = next(c for c in ws.library.get_article(article_id=5).claims if c.id == claim_id)
    assert [(v.reference, v.verdict, v.reviewer) for v in claim.verdicts] == [(reference, "supported", "rev")]
    assert window.findChild(QComboBox, "verdictCombo").currentData() == "supported"


def test_approve_is_disabled_for_the_author_with_the_reason(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=5)
    start = window.findChild(type(window.workflow.actions["start_review"]), "actionStartReview")
    assert start.isEnabled()
    approve = window.workflow.actions["approve"]
    assert not approve.isEnabled()
    assert "Approve:" in approve.toolTip() and len(approve.toolTip()) > len("Approve: ")


def test_clicking_a_claim_in_the_reader_selects_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=5)
    claims = window.findChild(QListWidget, "claimsList")
    target = window.reader.claim_ids()[2]
    window.reader.claim_clicked.emit(target)
    assert window.controller.current_claim_id() == target
    assert claims.currentItem().data(Qt.ItemDataRole.UserRole) == target


def test_ctrl_s_saves_a_revision_from_the_editor(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    window = main_window(article=2)
    editor = window.findChild(QPlainTextEdit, "sourceEditor")
    window.review.setCurrentWidget(window.review.editor_tab)
    wait_idle(qtbot, window)  # the source is put in once the tab is shown
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "A sentence added in review.")
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    with board(window.workstation.url) as ws:
        detail = ws.library.get_article(article_id=2)
    assert detail.body.rstrip().endswith("A sentence added in review.")
    assert detail.revision_number == 2
    assert "Saved revision 2" in window.review.editor_tab.status.text()


def test_settings_live_in_the_test_folder(main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    window.close()
    assert (tmp_path / "settings" / "workstation.ini").exists()
