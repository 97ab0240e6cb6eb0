"""The idle lock: the admin's minutes, input that keeps the window open, the lock page, the password again."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from tests.people import ADMIN, board, password_for
from tests.ui.conftest import wait_idle
from tests.ui.signing import answer_sign_in
from ui.dialogs.reason import ReasonDialog

UNSAVED = "A paragraph rev is still writing."


def failed_signins(db: str, name: str) -> int:
    with sqlite3.connect(db) as raw:
        return int(raw.execute("SELECT failed_signins FROM user WHERE name = ?", (name,)).fetchone()[0])


def show_the_editor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.review.setCurrentWidget(window.review.editor_tab)  # the source is put in once the tab is shown
    wait_idle(qtbot, window)


def type_unsaved_work(window) -> None:  # type: ignore[no-untyped-def]
    window.review.editor_tab.source.appendPlainText(UNSAVED)
    window.review.comments_tab.body.setText("Half a comment")
    window.review.claims_tab.evidence.setText("Table 2, row")


def test_the_interval_is_the_admins_setting_and_input_starts_it_again(qtbot, main_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        ws.users.set_idle_lock_minutes(minutes=2, by=ADMIN)
    window = main_window(user="rev")
    timer = window.idle.timer
    assert timer.isActive() and timer.interval() == 2 * 60_000
    for send in (lambda: qtbot.keyClick(window.library.search, Qt.Key.Key_Shift),
                 lambda: qtbot.mouseMove(window.library.table.viewport(), QPoint(20, 20)),
                 lambda: qtbot.mouseClick(window.library.search, Qt.MouseButton.LeftButton)):
        timer.stop()
        send()
        assert timer.isActive(), "input must start the count again"
    # "never": no timer, and input does not start one.
    window.idle.configure(0)
    qtbot.keyClick(window.library.search, Qt.Key.Key_Shift)
    assert not timer.isActive()


def test_an_idle_window_locks_and_the_password_unlocks_it_with_nothing_lost(qtbot, main_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=5)
    show_the_editor(qtbot, window)
    type_unsaved_work(window)
    window.idle.timer.timeout.emit()  # the minutes have passed
    screen = window.idle.screen
    assert window.idle.locked and window.pages.currentWidget() is screen
    assert not window.splitter.isVisible() and not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.windowTitle() == "Review Workstation — locked"
    assert screen.title.text() == "Locked — Rita Reviewer" and "(rev)" in screen.who.text()
    assert "15 minutes" in screen.why.text()
    assert not window.idle.timer.isActive()

    # The window's shortcuts do nothing behind the lock (Ctrl+Shift+R would start the review).
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    with board(ui_db) as ws:
        assert ws.library.get_article(article_id=5).summary.status == "Submitted"

    # A wrong password is refused and counts towards the account lock.
    qtbot.keyClicks(screen.password, "not my password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisibleTo(screen), timeout=10_000)
    assert screen.error.text() == "Wrong user name or password (4 attempt(s) left before the account locks)"
    assert window.idle.locked and failed_signins(ui_db, "rev") == 1

    qtbot.keyClicks(screen.password, password_for("rev"))
    screen.unlock.click()
    qtbot.waitUntil(lambda: not window.idle.locked, timeout=10_000)
    assert window.pages.currentWidget() is window.splitter and window.menuBar().isVisible()
    assert window.windowTitle() == "Review Workstation" and window.idle.timer.isActive()
    assert failed_signins(ui_db, "rev") == 0 and window.user == "rev"
    # Everything typed before the lock is where it was.
    assert window.review.editor_tab.source.toPlainText().endswith(UNSAVED)
    assert window.review.editor_tab.source.document().isModified()
    assert window.review.comments_tab.body.text() == "Half a comment"
    assert window.review.claims_tab.evidence.text() == "Table 2, row"


def test_five_wrong_passwords_at_the_lock_lock_the_account(qtbot, main_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev")
    window.idle.lock()
    screen = window.idle.screen
    for _ in range(5):
        screen.password.setText("not my password")
        screen.unlock.click()
        wait_idle(qtbot, window)
    assert "the account is now locked until an admin unlocks it" in screen.error.text()
    screen.password.setText(password_for("rev"))
    screen.unlock.click()
    wait_idle(qtbot, window)
    assert window.idle.locked and "an admin must unlock it" in screen.error.text()


def test_someone_else_may_sign_in_at_a_locked_window(qtbot, main_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=5)
    show_the_editor(qtbot, window)
    stored = window.review.editor_tab.source.toPlainText()
    type_unsaved_work(window)
    window.idle.lock()
    screen = window.idle.screen
    assert "discards what Rita Reviewer has not saved" in screen.switch_note.text()
    answer_sign_in(monkeypatch, None)  # changed their mind: still locked, still rev's
    screen.switch.click()
    assert window.idle.locked and window.user == "rev"
    answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    screen.switch.click()
    qtbot.waitUntil(lambda: not window.idle.locked and window.user == "appr", timeout=10_000)
    wait_idle(qtbot, window)
    assert window.workstation.signed_in == ("appr",)
    assert window.user_label.text() == "Signed in as Anna Approver (approver)"
    # What rev typed is not handed to the approver.
    assert window.review.editor_tab.source.toPlainText() == stored
    assert window.review.comments_tab.body.text() == ""


def test_locking_closes_what_is_open_over_the_window(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev")
    dialog = ReasonDialog("Dismiss finding", "Why?", window)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.idle.lock()
    assert not dialog.isVisible() and dialog.result() == ReasonDialog.DialogCode.Rejected


def test_a_read_only_window_does_not_lock(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev")
    answer_sign_in(monkeypatch, None)
    window.session.sign_out()
    qtbot.waitUntil(lambda: window.user is None and window.runner.is_idle(), timeout=10_000)
    assert not window.idle.timer.isActive()
    window.idle.timer.timeout.emit()
    assert not window.idle.locked and isinstance(window.pages.currentWidget(), QWidget)
    assert window.pages.currentWidget() is window.splitter
