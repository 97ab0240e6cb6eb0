"""File → Back up… in the real window: the copy is taken on the op runner's thread, with progress; Help → About."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from ui.backup_controller import BackupController
from workstation import __version__


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few pages a step, so even the small test database is copied in several steps."""
    import db.backup

    monkeypatch.setattr(db.backup, "PAGES_PER_STEP", 8)


def _backup_events(db: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [r[0] for r in connection.execute(
            "SELECT new_value FROM audit_event WHERE action = 'backup.create' ORDER BY id")]


def test_back_up_from_the_file_menu_copies_off_the_gui_thread_with_progress(
        qtbot, main_window, ui_db: str, tmp_path: Path, monkeypatch, small_steps) -> None:
    window = main_window("rev")
    target = tmp_path / "copy.db"
    asked: list[str] = []
    monkeypatch.setattr(BackupController, "ask_file",
                        classmethod(lambda cls, parent, suggested: asked.append(suggested) or str(target)))
    action = window.findChild(type(window.action_export), "actionBackup")
    assert action in window.file_menu.actions() and action.isEnabled()
    steps: list[tuple[int, int]] = []
    window.runner.progress.connect(lambda done, total: steps.append((done, total)))
    threads: list[bool] = []
    real_backup = window.workstation.backups.backup

    def backup(**kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real_backup(**kwargs)

    monkeypatch.setattr(window.workstation.backups, "backup", backup)
    with qtbot.waitSignal(window.backups.finished, timeout=20_000) as finished:
        action.trigger()
    report = finished.args[0]
    assert not report.cancelled and report.file == str(target)
    assert threads == [False]  # the op runner's thread, never the GUI thread
    assert asked and asked[0].endswith(".db") and "backup" in Path(asked[0]).name
    assert len(steps) > 2 and steps[-1][0] == steps[-1][1]  # the status bar's bar moved to the end
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM article").fetchone()[0] == 5
    [event] = _backup_events(ui_db)
    assert json.loads(event)["file"] == str(target)
    qtbot.waitUntil(lambda: _summary(window) is not None, timeout=5_000)
    summary = _summary(window)
    assert summary is not None and str(target) in summary.text() and "verifies" in summary.text()
    assert "Backed up to" in window.statusBar().currentMessage()


def _summary(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    return window.findChild(QMessageBox, "backupSummary")


def test_cancelling_a_backup_keeps_nothing(qtbot, main_window, ui_db: str, tmp_path: Path, monkeypatch,
                                           small_steps) -> None:
    window = main_window("rev")
    target = tmp_path / "copy.db"
    clicked = threading.Event()

    def click_cancel(done: int, total: int) -> None:
        window.status_area.cancel.click()
        clicked.set()

    window.runner.progress.connect(click_cancel)
    real_backup = window.workstation.backups.backup

    def backup(**kwargs):  # type: ignore[no-untyped-def]
        progress = kwargs.pop("progress")

        def held(done: int, total: int) -> bool:
            # The copy waits (on its own thread) until the GUI thread has shown the step and Cancel was clicked.
            return progress(done, total) and clicked.wait(10) and progress(done, total)

        return real_backup(progress=held, **kwargs)

    monkeypatch.setattr(window.workstation.backups, "backup", backup)
    with qtbot.waitSignal(window.backups.finished, timeout=20_000) as finished:
        window.backups.run(str(target))
    assert finished.args[0].cancelled
    assert list(tmp_path.glob("*copy.db*")) == []
    assert _backup_events(ui_db) == []
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=5_000)


def test_a_refused_backup_says_why_and_writes_nothing(qtbot, main_window, tmp_path: Path) -> None:
    window = main_window("rev")
    with qtbot.waitSignal(window.backups.failed, timeout=20_000) as failed:
        window.backups.run(str(tmp_path / "no-such-folder" / "copy.db"))
    assert "does not exist" in failed.args[0]


def test_back_up_is_disabled_for_a_read_only_window(qtbot, main_window) -> None:
    window = main_window("rev")
    window.set_user(None)  # as after File → Sign out
    action = window.backups.action
    assert not action.isEnabled() and "nobody is signed in" in action.toolTip()


def test_help_about_shows_the_version(qtbot, main_window) -> None:
    window = main_window("rev")
    help_menu = window.about.menu
    assert help_menu.title() == "&Help" and window.menuBar().actions()[-1] == help_menu.menuAction()
    window.about.action.trigger()
    box = window.about.box
    assert box is not None and box.isVisible()
    assert f"Review Workstation {__version__}" in box.text()
    box.close()
