"""The reader's header: title, status badge and the article's facts, above the body."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.conftest import wait_idle

CITED = 5  # three references, claims that cite them


def test_the_reader_has_a_header_with_the_article_facts(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=CITED)
    detail = window.workstation.library.get_article(article_id=CITED)
    header = window.reader.header
    assert header.isVisible()
    title, status = window.findChild(QLabel, "articleTitle"), window.findChild(QLabel, "articleStatus")
    assert title.text() == detail.title
    assert status.text() == "Submitted"
    shown = header.text()
    for fact in (detail.title, "Submitted", detail.summary.audience.capitalize(), f"Revision {detail.revision_number}",
                 f"Last updated {detail.summary.last_updated:%Y-%m-%d}", "No reviewer assigned"):
        assert fact in shown
    # Above the body, not over it, and tall enough for its wrapped title.
    assert header.geometry().bottom() < window.reader.viewport().geometry().top()
    assert header.height() >= title.heightForWidth(title.width()) + status.height()

    # Starting the review shows the new status and the assigned reviewer.
    submitted = status.grab().toImage().pixelColor(2, status.height() // 2)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        window.workflow.actions["start_review"].trigger()
    qtbot.waitUntil(lambda: status.text() == "Under Review", timeout=10_000)
    wait_idle(qtbot, window)
    assert "Reviewer: rev" in header.text()
    assert status.grab().toImage().pixelColor(2, status.height() // 2) != submitted  # the badge takes its colour

