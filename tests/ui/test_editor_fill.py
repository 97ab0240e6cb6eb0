"""The Editor tab is filled when it is shown, and no save path saves a source left from before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.people import board
from tests.ui.conftest import wait_idle
from tests.ui.unsaved import box_asking


def stored(window, article_id: int):  # type: ignore[no-untyped-def]
    with board(window.workstation.url) as ws:
        return ws.library.get_article(article_id=article_id)


def open_tab(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    window.review.setCurrentWidget(tab)
    wait_idle(qtbot, window)


def test_the_hidden_editor_is_filled_once_shown(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    review, source = window.review, window.review.editor_tab.source
    assert review.currentWidget() is not review.editor_tab
    body = stored(window, 2).body
    assert source.toPlainText() != body  # not laid out while nobody can see it
    open_tab(qtbot, window, review.editor_tab)
    assert source.toPlainText() == body and not source.isReadOnly()
    assert not source.document().isModified()
    assert window.review.editor_tab.preview.toPlainText().strip()  # the preview follows the source
    # Another article while the editor is shown: it follows at once.
    window.select_article(3)
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert source.toPlainText() == stored(window, 3).body


def test_ctrl_s_never_saves_the_source_of_the_article_before(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    review, source = window.review, window.review.editor_tab.source
    open_tab(qtbot, window, review.editor_tab)
    assert source.toPlainText() == stored(window, 2).body
    open_tab(qtbot, window, review.claims_tab)
    window.select_article(3)
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert source.toPlainText() == stored(window, 2).body  # hidden: still article 2's source
    before = {2: stored(window, 2), 3: stored(window, 3)}
    qtbot.keyClick(window.library.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    for article_id, detail in before.items():
        assert stored(window, article_id).revision_number == detail.revision_number
        assert stored(window, article_id).body == detail.body
    assert source.toPlainText() == before[3].body  # the save brought the editor up to date first
    # Now it holds article 3's source: Ctrl+S saves that (unchanged) source to article 3 only.
    open_tab(qtbot, window, review.editor_tab)
    source.setFocus()
    source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(source, "Added to article 3.")
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        qtbot.keyClick(source, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert stored(window, 3).body.rstrip().endswith("Added to article 3.")
    assert stored(window, 2).body == before[2].body


def test_unsaved_source_never_stays_behind_an_article_switch(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    review, source = window.review, window.review.editor_tab.source
    open_tab(qtbot, window, review.editor_tab)
    source.setFocus()
    source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(source, "Typed for article 2, never saved.")
    assert source.document().isModified()
    open_tab(qtbot, window, review.claims_tab)
    window.select_article(3)
    # The switch asks first (tests/ui/test_unsaved_source.py has each answer); discarding drops the text.
    qtbot.waitUntil(lambda: box_asking(window) is not None, timeout=10_000)
    assert window.current_article == 2
    box = box_asking(window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert "never saved" not in source.toPlainText() and not source.document().isModified()
    assert window.session.unsaved_input() == ""
    qtbot.keyClick(window.library.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert "never saved" not in stored(window, 2).body + stored(window, 3).body
