"""The History tab: the audit trail in the reviewers' words and a side-by-side diff with the changed words marked."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from tests.people import board
from tests.ui.conftest import wait_idle

ARTICLE = 2


def test_history_and_the_diff_of_an_edited_revision(qtbot, ui_db, main_window) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        body = ws.library.get_article(article_id=ARTICLE).body
        first = body.split("\n", 1)[0]
        ws.review.save_revision(article_id=ARTICLE, body=body.replace(first, first + " Edited in review.", 1), user="rev")
    window = main_window(article=ARTICLE)
    window.review.setCurrentWidget(window.review.history_tab)
    wait_idle(qtbot, window)
    history = window.findChild(QTextBrowser, "historyView").toPlainText()
    assert "Revision saved" in history and "revision.save" not in history
    diff = window.findChild(QTextBrowser, "revisionDiff")
    qtbot.waitUntil(lambda: "Revision 1" in diff.toPlainText(), timeout=5000)
    text = diff.toPlainText()
    assert "Revision 2" in text and "Edited in review." in text
    assert "unchanged line" in text  # the untouched rest is folded
    assert "<b>" in diff.toHtml() or "font-weight:700" in diff.toHtml()
