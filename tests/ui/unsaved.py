"""Driving the question asked before unsaved Editor source is left: type, pick another row, answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.people import board
from tests.ui.conftest import wait_idle

Button = QMessageBox.StandardButton


def stored(window, article_id: int):  # type: ignore[no-untyped-def]
    with board(window.workstation.url) as ws:
        return ws.library.get_article(article_id=article_id)


def box_asking(window) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    """The unsaved-changes box shown over the window, if one is."""
    boxes = [b for b in window.findChildren(QMessageBox, "unsavedChangesBox") if b.isVisible()]
    assert len(boxes) <= 1, "asked twice at once"
    return boxes[0] if boxes else None


def type_in_editor(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the Editor tab and type at the end of the source, as a reviewer would."""
    window.review.setCurrentWidget(window.review.editor_tab)
    wait_idle(qtbot, window)
    source = window.review.editor_tab.source
    source.setFocus()
    source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(source, text)


def click_row_of(qtbot, window, article_id: int) -> None:  # type: ignore[no-untyped-def]
    """Click the article's row in the library."""
    table, model = window.library.table, window.model
    row = model.row_of(article_id)
    assert row >= 0
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def selected_article(window) -> int | None:  # type: ignore[no-untyped-def]
    """The article of the library's current row."""
    index = window.library.table.selectionModel().currentIndex()
    return window.model.article_id(index.row()) if index.isValid() else None


def answer(qtbot, window, button: QMessageBox.StandardButton) -> str:  # type: ignore[no-untyped-def]
    """Wait for the question and click one of its buttons; returns what it asked."""
    qtbot.waitUntil(lambda: box_asking(window) is not None, timeout=10_000)
    box = box_asking(window)
    assert box is not None
    asked = f"{box.text()}\n{box.informativeText()}"
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box_asking(window) is None, timeout=10_000)
    return asked
