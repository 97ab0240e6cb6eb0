"""Importing by dropping files on the window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import seed_path
from tests.people import board
from tests.ui.conftest import wait_idle


def test_dropping_a_file_imports_it(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    dropped = tmp_path / "new-article.txt"  # the seeds are stored already, and would not be stored twice
    dropped.write_text(seed_path("002").read_text(encoding="utf-8").replace("\n", "\n\nA new paragraph.\n", 1),
                       encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10_000)
    wait_idle(qtbot, window)
    with board(window.workstation.url) as ws:
        assert ws.library.count_articles() == 6
    # The result stays readable once the worker is idle again.
    assert window.statusBar().currentMessage() == "Imported 1 article(s)"
