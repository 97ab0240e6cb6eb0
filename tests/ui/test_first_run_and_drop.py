"""First start without a user, and importing by dropping files on the window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import seed_path
from tests.ui.conftest import wait_idle
from ui import settings
from ui.dialogs.first_run import FirstRunDialog, NewUser
from ui.main_window import create_main_window
from workstation.facade import Workstation


def test_first_run_creates_and_remembers_the_local_user(qtbot, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = []

    def answer(cls, parent=None):  # type: ignore[no-untyped-def]
        asked.append(True)
        return NewUser("dora", "Dr Dora Reviewer", "reviewer", "pw99")

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(answer))
    window = create_main_window(ui_db)
    qtbot.addWidget(window)
    try:
        assert window.user == "dora" and "Dr Dora Reviewer" in window.user_label.text()
    finally:
        window.shutdown()
    assert settings.saved_user() == "dora"
    with Workstation.open(ui_db) as ws:
        assert ws.get_user(name="dora").role == "reviewer"
    # The second start asks nobody.
    again = create_main_window(ui_db)
    qtbot.addWidget(again)
    try:
        assert again.user == "dora" and len(asked) == 1
    finally:
        again.shutdown()


def test_dropping_a_file_imports_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path("002")))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10_000)
    wait_idle(qtbot, window)
    with Workstation.open(window.workstation.url) as ws:
        assert ws.count_articles() == 6
    # The result stays readable once the worker is idle again.
    assert window.statusBar().currentMessage() == "Imported 1 article(s)"
