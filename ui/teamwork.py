"""Working as a team in the main window: live updates, assignment, the bell, edit awareness.

One object the window creates after its own widgets and stops before it closes
its database; each part lives in its own module and talks to the window only
through its op runner, its ``changes_applied`` signal and its widgets.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ui.dialogs.assign import AssignDialog
from ui.edit_awareness import EditAwareness
from ui.live_updates import LiveUpdates
from ui.notifications_controller import NotificationsController
from workstation.facade import APPROVERS, UserView

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Teamwork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.live = LiveUpdates(window)
        self.live_label = QLabel("")
        self.live_label.setObjectName("liveStatus")
        window.statusBar().addPermanentWidget(self.live_label)
        self.live.connection_changed.connect(self._live_status)
        self._live_status(self.live.feed is not None)
        self.assign = AssignAction(window)
        self.bell = NotificationsController(window.desk, window.toolbar)
        self.editing = EditAwareness(window)

    def _live_status(self, connected: bool) -> None:
        if self.live.feed is None:
            self.live_label.setText("")
            return
        self.live_label.setText(self.tr("● Live") if connected else self.tr("○ Reconnecting…"))
        self.live_label.setToolTip(
            self.tr("Changes made at other desks appear here by themselves") if connected
            else self.tr("The connection to the database broke; changes from other desks appear again once it is back"))

    def user_changed(self) -> None:
        """Someone else signed in at the window (or nobody): their bell, their role, their lease."""
        self.assign.user_changed()
        self.bell.user_changed()
        self.editing.update()

    def stop(self) -> None:
        """Before the window's worker stops: let go of the edit lease, stop listening."""
        self.editing.stop()
        self.live.stop()


class AssignAction(QObject):
    """Review -> Assign…: approvers and admins assign the reviewer, the approver and the due date."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.role = ""
        self.users: list[UserView] = []
        self.action = QAction(self.tr("A&ssign…"), window)
        self.action.setObjectName("actionAssign")
        self.action.triggered.connect(lambda *_: self.trigger())
        window.addAction(self.action)
        window.review_menu.addSeparator()
        window.review_menu.addAction(self.action)
        # After the window has taken the new selection in (it connects to the same signal later).
        window.library.table.selectionModel().currentRowChanged.connect(lambda *_: QTimer.singleShot(0, self.update))
        window.runner.changes_applied.connect(lambda changes, _initiator: self._load_users() if changes.users else None)
        self.update()
        self._load_users()

    def user_changed(self) -> None:
        self.role = ""
        self.update()
        self._load_users()

    def _load_users(self) -> None:
        if self.window.user is None:
            return
        ws = self.window.workstation
        self.window.runner.query(lambda: ws.users.list_users(include_inactive=False), self._users_arrived,
                                 failure=lambda _error: None)

    def _users_arrived(self, users: list[UserView]) -> None:
        self.users = users
        me = next((u for u in users if u.name == self.window.user), None)
        self.role = me.role if me else ""
        self.update()

    def update(self) -> None:
        if self.window.user is None:
            enabled, why = False, self.tr("No user is signed in")
        elif self.role not in APPROVERS:
            enabled, why = False, self.tr("Only approvers and admins assign reviews")
        elif self.window.current_article is None:
            enabled, why = False, self.tr("Select an article first")
        else:
            enabled, why = True, ""
        self.action.setEnabled(enabled)
        self.action.setToolTip(self.tr("Assign the reviewer, the approver and the due date") if enabled else self.tr("Assign: {why}").format(why=why))

    def trigger(self) -> None:
        window = self.window
        article_id, user = window.current_article, window.user
        if article_id is None or user is None:
            return
        ws = window.workstation

        def ask(summaries: dict) -> None:
            summary = summaries.get(article_id)
            if summary is None:
                return
            chosen = AssignDialog.ask(window, summary, self.users, date.today())
            if chosen is None:
                return
            window.runner.mutate(
                lambda: ws.workflow.assign(article_id=article_id, user=user, reviewer=chosen.reviewer,
                                           approver=chosen.approver, due=chosen.due, clear_due=chosen.due is None),
                lambda result: window.statusBar().showMessage(
                    self.tr("Assigned: reviewer {0}, approver {1}").format(result.reviewer or 'nobody', result.approver or 'nobody')
                    + (self.tr(", due {0}").format(result.due.isoformat()) if result.due else ""), 8000),
                label=self.tr("Assigning"))

        window.runner.query(lambda: ws.library.article_summaries(ids=[article_id]), ask)
