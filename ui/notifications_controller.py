"""The bell's behaviour: the unread count, the list, opening an article from it, due re-reviews.

The count is read again whenever a change says notifications changed (the
window's own or another desk's, through the live feed), so an assignment made
at another desk lights the bell within the feed's delay. Once at start and
then every hour the window asks the database to announce re-reviews that fell
due (idempotent: each is announced once per date, whichever desk does it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer

from ui.views.notifications import NotificationBell, NotificationsPopup
from workstation.changes import OpChanges
from workstation.facade import NotificationView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DUE_CHECK_MS = 60 * 60 * 1000


class NotificationsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.unread = 0
        self.bell = NotificationBell()
        self.popup = NotificationsPopup(window)
        window.toolbar.addSeparator()
        self.bell_action = window.toolbar.addWidget(self.bell)
        self.bell.clicked.connect(self.show_list)
        self.bell.setEnabled(window.user is not None)
        self.popup.open_requested.connect(self.open)
        self.popup.mark_all.connect(self.mark_all_read)
        window.runner.changes_applied.connect(self._changed)
        self._due = QTimer(self)
        self._due.setInterval(DUE_CHECK_MS)
        self._due.timeout.connect(self.announce_due)
        if window.user is not None:
            self._due.start()
            self.announce_due()
            self.refresh()

    def user_changed(self) -> None:
        self.popup.hide()
        self._show_count(0)
        self.bell.setEnabled(self.window.user is not None)
        if self.window.user is not None:
            if not self._due.isActive():
                self._due.start()
            self.refresh()

    def announce_due(self) -> None:
        ws = self.window.workstation
        self.window.runner.mutate(ws.notifications.notify_due_reviews, failure=lambda _error: None)

    def _changed(self, changes: OpChanges, _initiator: object) -> None:
        if changes.notifications:
            self.refresh()

    def refresh(self) -> None:
        """Read the count again, and the list when it is open."""
        user = self.window.user
        if user is None or self.window.is_closed():
            return
        ws = self.window.workstation
        self.window.runner.query(lambda: ws.notifications.unread_count(user=user), self._show_count, failure=lambda _error: None)
        if self.popup.isVisible():
            self.window.runner.query(lambda: ws.notifications.for_user(user=user), self.popup.show_items)

    def _show_count(self, unread: int) -> None:
        self.unread = unread
        self.bell.set_count(unread)

    def show_list(self) -> None:
        user = self.window.user
        if user is None:
            return
        ws = self.window.workstation

        def show(items: list[NotificationView]) -> None:
            self.popup.show_items(items)
            below = self.bell.mapToGlobal(QPoint(self.bell.width() - self.popup.width(), self.bell.height()))
            self.popup.move(below)
            self.popup.show()

        self.window.runner.query(lambda: ws.notifications.for_user(user=user), show)

    def open(self, item: NotificationView) -> None:
        """Mark it read and show its article."""
        user, ws = self.window.user, self.window.workstation
        if not item.read and user is not None:
            self.window.runner.mutate(lambda: ws.notifications.mark_read(user=user, ids=[item.id]))
        self.popup.hide()
        if item.article_id is not None:
            window = self.window
            if window.model.row_of(item.article_id) < 0 and window.library.status.currentIndex() != 0:
                window.library.status.setCurrentIndex(0)  # a filter hides it: show all (this asks again)
            window.select_article(item.article_id)

    def mark_all_read(self) -> None:
        user, ws = self.window.user, self.window.workstation
        if user is not None:
            self.window.runner.mutate(lambda: ws.notifications.mark_read(user=user))
