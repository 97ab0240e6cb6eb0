"""The idle lock: after the admin's number of minutes without input, the window hides its work behind a lock.

An application-wide event filter restarts a single-shot timer on every key press,
click, wheel turn or mouse move; the timer's interval comes from the facade
(``idle_lock_minutes``, 0 = never). Locking shows the lock page instead of the
window's content and leaves every widget as it was, so nothing typed is lost;
the password goes through ``sign_in`` (so failures count towards the account
lock), or someone else signs in instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.core_messages import error_text
from ui.dialogs.form_parts import sentence
from ui.views.lock_screen import LockScreen

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
_SHORTCUT = QEvent.Type.Shortcut
MINUTE_MS = 60_000


class IdleLock(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = 0
        self.locked = False
        self.armed = False  # counting: a lock is set, someone is signed in and the window is not locked
        self.timer = QTimer(self)
        self.timer.setObjectName("idleLockTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen = LockScreen()
        self.screen.unlock.clicked.connect(self.try_unlock)
        self.screen.password.returnPressed.connect(self.try_unlock)
        self.screen.switch.clicked.connect(self.switch_user)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ----------------------------------------------------------------- the timer
    def reload(self) -> None:
        """Read the admin's setting again and start counting from now."""
        ws = self.window.workstation
        self.window.runner.query(ws.users.idle_lock_minutes, self.configure)

    def configure(self, minutes: int) -> None:
        self.minutes = max(int(minutes), 0)
        self.restart()

    def restart(self) -> None:
        self.armed = bool(self.minutes) and self.window.user is not None and not self.locked
        if self.armed:
            self.timer.start(self.minutes * MINUTE_MS)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _INPUT:
            if self.armed:
                self.timer.start()  # counting starts again from this input
        elif kind == _SHORTCUT and self.locked and not self._on_lock_screen(watched):
            return True  # the window's menu shortcuts and review keys do nothing behind the lock
        return False

    def _on_lock_screen(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self.screen or self.screen.isAncestorOf(watched))

    # ----------------------------------------------------------------- locking
    def lock(self) -> None:
        """Hide the window's work behind the lock page (only while someone is signed in)."""
        window = self.window
        if self.locked or window.user is None or window.is_closed():
            return
        self.locked = window.desk.locked = True  # the desk tells controllers (no file is dropped on a locked window)
        self.armed = False
        self.timer.stop()
        self._close_popups()
        self.screen.show_for(window.display_name, window.user, self.minutes)
        window.show_locked(self.screen, True)
        self.screen.password.setFocus()

    def unlock(self) -> None:
        self.locked = self.window.desk.locked = False
        self.screen.password.clear()
        self.window.show_locked(self.screen, False)
        self.restart()

    def try_unlock(self) -> None:
        """Check the password of the person the window belongs to (a failure counts towards their lock)."""
        window, name, password = self.window, self.window.user, self.screen.password.text()
        if not self.locked or name is None:
            return
        if not password:
            self.screen.error.show_error(self.tr("Enter your password."))
            return
        self.screen.password.clear()
        self.screen.unlock.setEnabled(False)
        ws = window.workstation

        def done(_view: object) -> None:
            self.screen.unlock.setEnabled(True)
            self.unlock()

        def refused(error: BaseException) -> None:
            self.screen.unlock.setEnabled(True)
            self.screen.error.show_error(sentence(error_text(error), name))
            self.screen.password.setFocus()

        window.runner.query(lambda: ws.users.sign_in(name=name, password=password), done, failure=refused,
                            label=self.tr("Checking the password"))

    def switch_user(self) -> None:
        """Someone else signs in at the locked window; the person away is signed out."""
        if self.locked and self.window.session.switch_user(from_lock=True):
            self.unlock()

    def _close_popups(self) -> None:
        """Menus and dialogs open over the window would show (and act on) its work: close them."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        while (popup := app.activePopupWidget()) is not None:
            popup.close()
        for widget in app.topLevelWidgets():
            # A dialog left open over this window is cancelled: nothing it would have done has happened.
            if isinstance(widget, QDialog) and widget.isVisible() and self._over_window(widget):
                widget.reject()

    def _over_window(self, dialog: QWidget) -> bool:
        parent = dialog.parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False

    def shutdown(self) -> None:
        self.armed = False
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
