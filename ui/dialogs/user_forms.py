"""The small forms the Users dialog opens: a new user, a role, a password reset.

Each checks what it can before closing (the password rules, the repeated password)
and hands back plain values; the Users dialog makes the change through the facade.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_text
from ui.dialogs.form_parts import MessageLine, field_note, form, heading, line_edit, note, sentence
from ui.dialogs.sign_in import password_rules
from ui.i18n import role_label
from workstation.facade import password_problem
from workstation.model import ROLES

ROLE_NOTES = {
    "author": QT_TRANSLATE_NOOP("UserForms", "Writes and revises articles; takes no workflow step."),
    "reviewer": QT_TRANSLATE_NOOP("UserForms", "Judges claims against their references, starts reviews, requests changes."),
    "approver": QT_TRANSLATE_NOOP("UserForms", "Reviews, and approves with an electronic signature."),
    "admin": QT_TRANSLATE_NOOP("UserForms", "Everything an approver does, and manages users."),
}


@dataclass(frozen=True)
class NewUser:
    name: str
    display_name: str
    role: str
    password: str
    must_change_password: bool


def role_rows(fields: QFormLayout, current: str = "reviewer") -> QComboBox:
    """The role to choose and, under it, what that role may do."""
    combo = QComboBox()
    combo.setObjectName("roleCombo")
    combo.setAccessibleName(QCoreApplication.translate("UserForms", "Role"))
    for role in ROLES:
        combo.addItem(role_label(role), role)
    explained = field_note("", "roleNote")

    def explain() -> None:
        explained.setText(QCoreApplication.translate("UserForms", ROLE_NOTES.get(str(combo.currentData()), "")))

    combo.currentIndexChanged.connect(lambda _i: explain())
    combo.setCurrentIndex(max(combo.findData(current), 0))
    explain()
    fields.addRow(QCoreApplication.translate("UserForms", "R&ole:"), combo)
    fields.addRow("", explained)
    return combo


class _Form(QDialog):
    """Title, intro, fields, a message line and OK/Cancel; ``check`` says why the answer cannot be taken."""

    def __init__(self, name: str, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.fields = form()
        self.error = MessageLine(f"{name}Error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setObjectName(f"{name}Ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(f"{name}Cancel")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title, f"{name}Title"))
        if intro:
            layout.addWidget(note(intro, f"{name}Intro", muted=False))
        layout.addLayout(self.fields)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def check(self) -> str | None:
        return None

    def try_accept(self) -> None:
        problem = self.check()
        if problem:
            self.error.show_error(sentence(core_text(problem)))
            return
        self.accept()


def password_rows(fields: QFormLayout) -> tuple[QLineEdit, QLineEdit]:
    """A new password and its repetition, with the rules under them."""
    password = line_edit("userPassword", QCoreApplication.translate("UserForms", "Password"), password=True)
    repeat = line_edit("userPasswordRepeat", QCoreApplication.translate("UserForms", "Repeat password"), password=True)
    fields.addRow(QCoreApplication.translate("UserForms", "&Password:"), password)
    fields.addRow(QCoreApplication.translate("UserForms", "&Repeat password:"), repeat)
    fields.addRow("", field_note(password_rules(), "userPasswordRules"))
    return password, repeat


def passwords_problem(password: QLineEdit, repeat: QLineEdit, user_name: str) -> str | None:
    return password_problem(password.text(), user_name=user_name) or (
        QCoreApplication.translate("UserForms", "the two passwords differ") if password.text() != repeat.text() else None)


class AddUserDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("addUserDialog", self.tr("Add a user"),
                         self.tr("Users are never deleted (the audit trail names them); an account that is no longer "
                         "needed is deactivated."), self.tr("Add user"), parent)
        self.name = line_edit("newUserName", self.tr("User name"))
        self.name.setPlaceholderText(self.tr("e.g. mlopez (how they sign in)"))
        self.display = line_edit("newUserDisplayName", self.tr("Full name"))
        self.display.setPlaceholderText(self.tr("as printed on signatures, e.g. Dr. Maria Lopez"))
        self.fields.addRow(self.tr("&User name:"), self.name)
        self.fields.addRow(self.tr("&Full name:"), self.display)
        self.role = role_rows(self.fields)
        self.password, self.repeat = password_rows(self.fields)
        self.must_change = QCheckBox(self.tr("Ask for a new password at the first sign-in"))
        self.must_change.setObjectName("newUserMustChange")
        self.must_change.setChecked(True)
        self.fields.addRow("", self.must_change)
        self.name.setFocus()

    def check(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("enter a user name")
        return passwords_problem(self.password, self.repeat, self.name.text().strip())

    def answer(self) -> NewUser:
        return NewUser(self.name.text().strip(), self.display.text().strip(), str(self.role.currentData()),
                       self.password.text(), self.must_change.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> NewUser | None:
        dialog = cls(parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RoleDialog(_Form):
    def __init__(self, name: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__("roleDialog", self.tr("Change the role of {name}").format(name=name),
                         self.tr("What the new role allows applies from the next step the user takes."), self.tr("Change role"), parent)
        self.current = current
        self.role = role_rows(self.fields, current)

    def check(self) -> str | None:
        return self.tr("choose a different role") if self.role.currentData() == self.current else None

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, current: str) -> str | None:
        dialog = cls(name, current, parent)
        return str(dialog.role.currentData()) if dialog.exec() == QDialog.DialogCode.Accepted else None


class ResetPasswordDialog(_Form):
    def __init__(self, name: str, *, own: bool = False, parent: QWidget | None = None) -> None:
        super().__init__("resetPasswordDialog", self.tr("Reset the password of {name}").format(name=name),
                         self.tr("You set your own password here; File → Change my password… does the same.") if own else
                         self.tr("Give {name} this password in person. They must choose their own at the next sign-in.").format(name=name),
                         self.tr("Reset password"), parent)
        self.user_name = name
        self.password, self.repeat = password_rows(self.fields)
        self.password.setFocus()

    def check(self) -> str | None:
        return passwords_problem(self.password, self.repeat, self.user_name)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, *, own: bool = False) -> str | None:
        dialog = cls(name, own=own, parent=parent)
        return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
