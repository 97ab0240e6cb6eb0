"""A reviewer's day end to end, through the real window; every step is checked in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QTextBrowser

from tests.people import board, password_for
from tests.ui.conftest import fresh_copy, wait_idle
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.signature import Signature, SignatureDialog


def db_article(window, article_id: int):  # type: ignore[no-untyped-def]
    with board(window.workstation.url) as ws:
        return ws.library.get_article(article_id=article_id)


def trigger(qtbot, window, action) -> None:  # type: ignore[no-untyped-def]
    assert action.isEnabled(), action.toolTip()
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        action.trigger()
    wait_idle(qtbot, window)


def test_import_review_dismiss_and_approve(qtbot, main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev")
    seed = fresh_copy("004", tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([seed], "")))
    trigger(qtbot, window, window.findChild(type(window.action_import), "actionImport"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 6 and window.current_article == 6, timeout=10_000)
    wait_idle(qtbot, window)

    # Start the review.
    trigger(qtbot, window, window.workflow.actions["start_review"])
    assert db_article(window, 6).status == "Under Review"

    # A verdict for every cited reference, by keyboard.
    claims = window.findChild(QListWidget, "claimsList")
    citations = window.review.claims_tab.citations
    claims.setFocus()
    claims.setCurrentRow(0)
    for row in range(claims.count()):
        if row:
            qtbot.keyClick(claims, Qt.Key.Key_J)
        assert claims.currentRow() == row
        cited = window.controller.current_claim().citations
        for position in range(len(cited)):
            citations.setCurrentRow(position)
            with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
                qtbot.keyClick(claims, Qt.Key.Key_1)
            wait_idle(qtbot, window)
            assert claims.currentRow() == row
    detail = db_article(window, 6)
    assert all(len(c.verdicts) == len(c.citations) for c in detail.claims)
    assert {v.verdict for c in detail.claims for v in c.verdicts} == {"supported"}

    # Dismiss every open error finding with a reason.
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Checked against the source"))
    window.review.setCurrentWidget(window.review.findings_tab)  # its cards are made once it is shown
    wait_idle(qtbot, window)
    findings = window.findChild(QListWidget, "findingsList")
    assert findings.count() == len(window.desk.selection.workspace.findings)
    while True:
        rows = [r for r in range(findings.count())
                if (f := findings.item(r).data(Qt.ItemDataRole.UserRole)) is not None
                and not f.dismissed and f.severity == "error"]
        if not rows:
            break
        findings.setCurrentRow(rows[0])
        with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
            window.review.findings_tab.dismiss.click()
        wait_idle(qtbot, window)
    with board(window.workstation.url) as ws:
        dismissed = [f for f in ws.review.findings(article_id=6) if f.severity == "error"]
        assert dismissed and all(f.dismissed and f.dismissed_by == "rev" for f in dismissed)
        assert ws.workflow.approval_blockers(article_id=6) == []
    # A reviewer may not approve; the tooltip says why.
    approve = window.workflow.actions["approve"]
    assert not approve.isEnabled() and "approve" in approve.toolTip().lower()

    # The approver signs.
    approver = main_window(user="appr", article=6)
    monkeypatch.setattr(SignatureDialog, "ask", classmethod(
        lambda cls, parent, name, items: Signature(name, "Approved for publication", password_for("appr"))))
    trigger(qtbot, approver, approver.workflow.actions["approve"])
    assert db_article(approver, 6).status == "Approved"
    approver.review.setCurrentWidget(approver.review.history_tab)
    history = approver.findChild(QTextBrowser, "historyView").toPlainText()
    assert "Signed by Anna Approver" in history
    assert approver.workflow.actions["reopen"].isEnabled()


def test_approve_is_refused_to_the_articles_author(qtbot, main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="appr")
    seed = fresh_copy("001", tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([seed], "")))
    trigger(qtbot, window, window.action_import)
    qtbot.waitUntil(lambda: window.current_article == 6, timeout=10_000)
    wait_idle(qtbot, window)
    trigger(qtbot, window, window.workflow.actions["start_review"])
    approve = window.workflow.actions["approve"]
    assert not approve.isEnabled()
    assert "authored" in approve.toolTip()


def test_request_changes_asks_for_a_reason(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=2)
    trigger(qtbot, window, window.workflow.actions["start_review"])
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Sources are missing"))
    trigger(qtbot, window, window.workflow.actions["request_changes"])
    assert db_article(window, 2).status == "Submitted"
    window.review.setCurrentWidget(window.review.history_tab)
    assert "Sources are missing" in window.findChild(QTextBrowser, "historyView").toPlainText()


def test_undo_takes_back_a_verdict(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=5)
    claims = window.findChild(QListWidget, "claimsList")
    claims.setFocus()
    while not window.controller.current_claim().citations:
        qtbot.keyClick(claims, Qt.Key.Key_J)
    claim_id = window.controller.current_claim_id()
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        qtbot.keyClick(claims, Qt.Key.Key_3)
    wait_idle(qtbot, window)
    assert window.action_undo.isEnabled()
    trigger(qtbot, window, window.action_undo)
    claim = next(c for c in db_article(window, 5).claims if c.id == claim_id)
    assert claim.verdicts == ()
