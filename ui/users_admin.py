"""Behaviour of the Users dialog: every change through the facade as the signed-in admin, then the list again.

Each command runs on the window's op runner; a refusal (the last admin, the
password rules, a name taken) is shown in the dialog's message line and
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableWidgetItem

from ui import theme
from ui.core_messages import error_text
from ui.dialogs.form_parts import sentence
from ui.dialogs.user_forms import AddUserDialog, ResetPasswordDialog, RoleDialog
from ui.dialogs.users import (
    ACTIVE,
    FULL_NAME,
    LAST_SIGN_IN,
    LOCKED,
    NAME,
    PASSWORD,
    ROLE,
    UsersDialog,
)
from ui.errors import report_error
from ui.i18n import role_label
from workstation.errors import WorkstationError
from workstation.facade import UserChange, UserView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NAME_ROLE = Qt.ItemDataRole.UserRole


def when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else "never"


def password_state(user: UserView) -> str:
    if not user.has_password:
        return QCoreApplication.translate("UsersAdmin", "none set")
    return QCoreApplication.translate("UsersAdmin", "must change at next sign-in") if user.must_change_password else \
        QCoreApplication.translate("UsersAdmin", "set")


class UsersAdmin(QObject):
    def __init__(self, dialog: UsersDialog, window: MainWindow) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.window = window
        self.ws = window.workstation
        self.admin = window.user or ""
        self.users: dict[str, UserView] = {}
        self.stored_idle = 0
        dialog.table.itemSelectionChanged.connect(self.update_buttons)
        dialog.add.clicked.connect(self.add_user)
        dialog.role.clicked.connect(self.change_role)
        dialog.reset.clicked.connect(self.reset_password)
        dialog.active.clicked.connect(self.toggle_active)
        dialog.unlock.clicked.connect(self.unlock)
        dialog.apply_idle.clicked.connect(self.apply_idle_lock)
        dialog.idle_minutes.valueChanged.connect(lambda _v: self._idle_changed())
        self.refresh()
        window.runner.query(self.ws.users.idle_lock_minutes, self._show_idle)

    # ----------------------------------------------------------------- the list
    def refresh(self, select: str | None = None) -> None:
        keep = select or self.selected_name()
        self.window.runner.query(self.ws.users.list_users, lambda users: self._fill(users, keep))

    def _fill(self, users: list[UserView], keep: str | None) -> None:
        table = self.dialog.table
        self.users = {u.name: u for u in users}
        table.setRowCount(len(users))
        for row, user in enumerate(users):
            values = {
                NAME: user.name, FULL_NAME: user.display_name, ROLE: role_label(user.role),
                ACTIVE: "yes" if user.active else "deactivated", LOCKED: "locked" if user.locked else "no",
                LAST_SIGN_IN: when(user.last_sign_in), PASSWORD: password_state(user),
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, user.name)
                if not user.active:
                    item.setForeground(QBrush(theme.muted_text(table.palette())))
                table.setItem(row, column, item)
            if user.name == keep:
                table.selectRow(row)
        if keep is None or keep not in self.users:
            table.clearSelection()
        self.update_buttons()

    def selected_name(self) -> str | None:
        rows = self.dialog.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.dialog.table.item(rows[0].row(), NAME)
        return str(item.data(NAME_ROLE)) if item is not None else None

    def selected(self) -> UserView | None:
        name = self.selected_name()
        return self.users.get(name) if name else None

    def update_buttons(self) -> None:
        d, user = self.dialog, self.selected()
        own = user is not None and user.name == self.admin
        for button in (d.role, d.reset, d.active, d.unlock):
            button.setEnabled(user is not None)
        if user is None:
            d.active.setText(self.tr("&Deactivate"))
            for button in (d.role, d.reset, d.active, d.unlock):
                button.setToolTip(self.tr("Select a user first"))
            return
        d.active.setText(self.tr("&Deactivate") if user.active else self.tr("R&eactivate"))
        d.role.setEnabled(user.active)
        d.reset.setEnabled(user.active)
        d.unlock.setEnabled(user.locked)
        d.unlock.setToolTip(self.tr("Let the account sign in again") if user.locked else self.tr("{name} is not locked").format(name=user.name))
        if own and user.active:
            d.active.setEnabled(False)
            d.active.setToolTip(self.tr("You cannot deactivate your own account while you are signed in with it"))
        else:
            d.active.setToolTip(self.tr("Stop the account signing in (it stays in the audit trail)") if user.active
                                else self.tr("Let the account sign in again"))
        d.role.setToolTip(self.tr("Change the role of {name}").format(name=user.name) if user.active else self.tr("{name} is deactivated").format(name=user.name))
        d.reset.setToolTip(self.tr("Set a new password for {name}").format(name=user.name) if user.active else self.tr("{name} is deactivated").format(name=user.name))

    # ----------------------------------------------------------------- commands
    def add_user(self) -> None:
        new = AddUserDialog.ask(self.dialog)
        if new is None:
            return
        self._change(lambda: self.ws.users.add_user(
            name=new.name, role=new.role, password=new.password, display_name=new.display_name,
            by=self.admin, must_change_password=new.must_change_password),
            lambda v: self.tr("Added {name} as {role}.").format(name=v.name, role=role_label(v.role)))

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = RoleDialog.ask(self.dialog, user.name, user.role)
        if role is not None:
            self._change(lambda: self.ws.users.set_role(name=user.name, role=role, by=self.admin),
                         lambda v: self.tr("{name} is now {role}.").format(name=v.name, role=role_label(v.role)))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = ResetPasswordDialog.ask(self.dialog, user.name, own=user.name == self.admin)
        if password is not None:
            self._change(lambda: self.ws.users.reset_password(name=user.name, new_password=password, by=self.admin),
                         lambda v: self.tr("The password of {name} was reset").format(name=v.name)
                                   + (self.tr("; they choose their own at the next sign-in.") if v.must_change_password
                                      else "."))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            self._change(lambda: self.ws.users.deactivate_user(name=user.name, by=self.admin),
                         lambda v: self.tr("{name} is deactivated and can no longer sign in.").format(name=v.name))
        else:
            self._change(lambda: self.ws.users.reactivate_user(name=user.name, by=self.admin),
                         lambda v: self.tr("{name} can sign in again.").format(name=v.name))

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._change(lambda: self.ws.users.unlock_user(name=user.name, by=self.admin),
                         lambda v: self.tr("{name} is unlocked.").format(name=v.name))

    def _change(self, call: Callable[[], UserChange], said: Callable[[UserView], str]) -> None:
        def done(result: UserChange) -> None:
            self.dialog.message.show_info(said(result.user))
            self.refresh(select=result.user.name)

        self.window.runner.mutate(call, done, failure=self._refused, label=self.tr("Changing users"))

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, WorkstationError):
            report_error(error, parent=self.dialog)
            return
        self.dialog.message.show_error(sentence(error_text(error), *self.users))
        self.refresh()

    # ----------------------------------------------------------------- idle lock
    def _show_idle(self, minutes: int) -> None:
        self.stored_idle = minutes
        spin = self.dialog.idle_minutes
        spin.blockSignals(True)
        spin.setValue(minutes)
        spin.blockSignals(False)
        self._idle_changed()

    def _idle_changed(self) -> None:
        self.dialog.apply_idle.setEnabled(self.dialog.idle_minutes.value() != self.stored_idle)

    def apply_idle_lock(self) -> None:
        minutes = self.dialog.idle_minutes.value()

        def done(_result: Any) -> None:
            self._show_idle(minutes)
            self.window.idle.configure(minutes)
            self.dialog.message.show_info(
                (self.tr("Windows now lock after {minutes} minutes without input.") if minutes != 1 else
                 self.tr("Windows now lock after {minutes} minute without input.")).format(minutes=minutes) if minutes
                else self.tr("Windows no longer lock when left unattended."))

        self.window.runner.mutate(lambda: self.ws.users.set_idle_lock_minutes(minutes=minutes, by=self.admin), done,
                                  failure=self._refused, label=self.tr("Changing the idle lock"))
