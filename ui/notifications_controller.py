"""The bell's behaviour: the unread count, the list, opening an article from it, due re-reviews.

The count is read again whenever a change says notifications changed (the
window's own or another desk's, through the live feed), so an assignment made
at another desk lights the bell within the feed's delay. Once at start and
then every hour the window asks the database to announce re-reviews that fell
due (idempotent: each is announced once per date, whichever desk does it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QToolBar

from ui.desk import Desk
from ui.views.notifications import NotificationBell, NotificationsPopup
from workstation.changes import OpChanges
from workstation.facade import NotificationView

DUE_CHECK_MS = 60 * 60 * 1000


class NotificationsController(QObject):
    def __init__(self, desk: Desk, toolbar: QToolBar) -> None:
        super().__init__(desk.parent)
        self.desk = desk
        self.unread = 0
        self.bell = NotificationBell()
        self.popup = NotificationsPopup(desk.parent)
        toolbar.addSeparator()
        self.bell_action = toolbar.addWidget(self.bell)
        self.bell.clicked.connect(self.show_list)
        self.bell.setEnabled(desk.user is not None)
        self.popup.open_requested.connect(self.open)
        self.popup.mark_all.connect(self.mark_all_read)
        desk.runner.changes_applied.connect(self._changed)
        self._due = QTimer(self)
        self._due.setInterval(DUE_CHECK_MS)
        self._due.timeout.connect(self.announce_due)
        if desk.user is not None:
            self._due.start()
            self.announce_due()
            self.refresh()

    def user_changed(self) -> None:
        self.popup.hide()
        self._show_count(0)
        self.bell.setEnabled(self.desk.user is not None)
        if self.desk.user is not None:
            if not self._due.isActive():
                self._due.start()
            self.refresh()

    def announce_due(self) -> None:
        ws = self.desk.workstation
        self.desk.runner.mutate(ws.notifications.notify_due_reviews, failure=lambda _error: None)

    def _changed(self, changes: OpChanges, _initiator: object) -> None:
        if changes.notifications:
            self.refresh()

    def refresh(self) -> None:
        """Read the count again, and the list when it is open."""
        user = self.desk.user
        if user is None or self.desk.closed:
            return
        ws = self.desk.workstation
        self.desk.runner.query(lambda: ws.notifications.unread_count(user=user), self._show_count, failure=lambda _error: None)
        if self.popup.isVisible():
            self.desk.runner.query(lambda: ws.notifications.for_user(user=user), self.popup.show_items)

    def _show_count(self, unread: int) -> None:
        self.unread = unread
        self.bell.set_count(unread)

    def show_list(self) -> None:
        user = self.desk.user
        if user is None:
            return
        ws = self.desk.workstation

        def show(items: list[NotificationView]) -> None:
            self.popup.show_items(items)
            below = self.bell.mapToGlobal(QPoint(self.bell.width() - self.popup.width(), self.bell.height()))
            self.popup.move(below)
            self.popup.show()

        self.desk.runner.query(lambda: ws.notifications.for_user(user=user), show)

    def open(self, item: NotificationView) -> None:
        """Mark it read and show its article."""
        user, ws = self.desk.user, self.desk.workstation
        if not item.read and user is not None:
            self.desk.runner.mutate(lambda: ws.notifications.mark_read(user=user, ids=[item.id]))
        self.popup.hide()
        if item.article_id is not None:
            self.desk.library.show_article(item.article_id)  # all statuses first, if a filter hides it

    def mark_all_read(self) -> None:
        user, ws = self.desk.user, self.desk.workstation
        if user is not None:
            self.desk.runner.mutate(lambda: ws.notifications.mark_read(user=user))
