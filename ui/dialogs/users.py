"""Admin → Users: the list of users, the commands on the selected one, and the idle-lock setting (layout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.form_parts import MessageLine, heading, note

if TYPE_CHECKING:
    from ui.main_window import MainWindow

COLUMNS = (QT_TRANSLATE_NOOP("Users", "User"), QT_TRANSLATE_NOOP("Users", "Full name"), QT_TRANSLATE_NOOP("Users", "Role"), QT_TRANSLATE_NOOP("Users", "Active"), QT_TRANSLATE_NOOP("Users", "Locked"), QT_TRANSLATE_NOOP("Users", "Last sign-in (UTC)"), QT_TRANSLATE_NOOP("Users", "Password"))
NAME, FULL_NAME, ROLE, ACTIVE, LOCKED, LAST_SIGN_IN, PASSWORD = range(len(COLUMNS))
MAX_IDLE_MINUTES = 240


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class UsersDialog(QDialog):
    """Layout only; :class:`ui.users_admin.UsersAdmin` fills the list and makes the changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users — Review Workstation"))
        self.title = heading(self.tr("Users"), "usersTitle")
        self.intro = note(self.tr("Users are never deleted: the audit trail names them. Deactivate an account that is no "
                          "longer needed; it keeps its history and can be reactivated."), "usersIntro")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Users", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FULL_NAME, QHeaderView.ResizeMode.Stretch)

        self.add = _button(self.tr("&Add…"), "addUserButton", self.tr("Add a user"))
        self.role = _button(self.tr("Change &role…"), "changeRoleButton", self.tr("Change role"))
        self.reset = _button(self.tr("Reset &password…"), "resetPasswordButton", self.tr("Reset password"))
        self.active = _button(self.tr("&Deactivate"), "deactivateUserButton", self.tr("Deactivate or reactivate"))
        self.unlock = _button(self.tr("U&nlock"), "unlockUserButton", self.tr("Unlock"))
        commands = QVBoxLayout()
        commands.setSpacing(6)
        commands.addWidget(self.add)
        commands.addSpacing(10)
        for button in (self.role, self.reset, self.active, self.unlock):
            commands.addWidget(button)
        commands.addStretch(1)
        for button in (self.add, self.role, self.reset, self.active, self.unlock):
            button.setAutoDefault(False)  # Return in the dialog does not add a user

        self.message = MessageLine("usersMessage")

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Idle lock, minutes"))
        self.idle_minutes.lineEdit().setAccessibleName(self.tr("Idle lock, minutes"))  # what has the focus inside
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setMinimumWidth(120)
        self.apply_idle = _button(self.tr("Appl&y"), "applyIdleLockButton", self.tr("Apply the idle lock"))
        self.apply_idle.setAutoDefault(False)
        idle_label = QLabel(self.tr("&Lock an unattended window after"))
        idle_label.setBuddy(self.idle_minutes)
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(QLabel(self.tr("without input")))
        idle_row.addStretch(1)
        idle_row.addWidget(self.apply_idle)
        idle_box = QGroupBox(self.tr("Idle lock (every desk)"))
        idle_box.setObjectName("idleLockGroup")
        idle_layout = QVBoxLayout(idle_box)
        idle_layout.addLayout(idle_row)
        idle_layout.addWidget(note(self.tr("The window hides its work and asks for the password again; nothing unsaved "
                                   "is lost. “never” turns the lock off."), "idleLockNote"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("usersClose")
        buttons.rejected.connect(self.reject)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.table, 1)
        middle.addLayout(commands)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(idle_box)
        layout.addWidget(buttons)
        self.resize(900, 520)

    @classmethod
    def ask(cls, window: MainWindow) -> None:
        """Show the dialog over the window until it is closed; every change is made as it is asked for."""
        from ui.users_admin import UsersAdmin

        dialog = cls(window)
        UsersAdmin(dialog, window)
        dialog.exec()
