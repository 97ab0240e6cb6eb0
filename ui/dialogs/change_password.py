"""Changing one's own password: by choice (File menu), or forced after an admin's reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.core_messages import error_text
from ui.dialogs.form_parts import (
    MessageLine,
    column,
    field_note,
    form,
    heading,
    line_edit,
    note,
    ok_cancel,
    sentence,
)
from ui.dialogs.sign_in import password_rules
from workstation.errors import WorkstationError
from workstation.facade import password_problem


class ChangePasswordDialog(QDialog):
    """Current password, new password twice; the facade checks and stores it.

    ``forced``: an admin reset the password, and the user must choose their own
    before the window opens (cancelling means no window).
    """

    def __init__(self, workstation: Any, name: str, *, display_name: str = "", forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workstation = workstation
        self.user_name = name
        self.view: Any = None
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose a new password") if forced else self.tr("Change my password"))
        self.title = heading(self.tr("Choose a new password") if forced else self.tr("Change my password"), "changePasswordTitle")
        who = display_name or name
        self.intro = note(
            self.tr("An administrator reset the password of {who} ({name}). Choose your own before you continue. Your current password is the one the administrator gave you.").format(who=who, name=name) if forced else
            self.tr("Signed in as {who} ({name}).").format(who=who, name=name), "changePasswordIntro", muted=False)
        self.current = line_edit("currentPassword", self.tr("Current password"), password=True)
        self.new = line_edit("newPassword", self.tr("New password"), password=True)
        self.repeat = line_edit("repeatNewPassword", self.tr("Repeat the new password"), password=True)
        self.rules = field_note(password_rules(), "newPasswordRules")
        self.error = MessageLine("changePasswordError")
        fields = form()
        fields.addRow(self.tr("&Current password:"), self.current)
        fields.addRow(self.tr("&New password:"), self.new)
        fields.addRow(self.tr("&Repeat new password:"), self.repeat)
        fields.addRow("", self.rules)
        buttons, self.ok, cancel = ok_cancel(self.tr("Change password"), "changePasswordButton", "changePasswordCancel",
                                             accept=self.try_accept, reject=self.reject)
        if forced:
            cancel.setText(self.tr("Sign out"))
        column(QVBoxLayout(self), self.title, self.intro, 4, fields, self.error, 6, buttons)
        self.setMinimumWidth(500)
        self.current.setFocus()

    def try_accept(self) -> None:
        """Change the password; stay open with the reason when it is refused."""
        current, new = self.current.text(), self.new.text()
        try:
            if not current:
                raise WorkstationError(self.tr("enter your current password"))
            problem = password_problem(new, user_name=self.user_name)
            if problem:
                raise WorkstationError(problem)
            if new != self.repeat.text():
                raise WorkstationError(self.tr("the two new passwords differ"))
            self.view = self.workstation.users.change_password(name=self.user_name, old_password=current,
                                                               new_password=new).user
        except WorkstationError as exc:
            self.error.show_error(sentence(error_text(exc), self.user_name))
            for field in (self.current, self.new, self.repeat):
                field.clear()
            self.current.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, workstation: Any, name: str, *, display_name: str = "", forced: bool = False,
            parent: QWidget | None = None) -> Any:
        """The user's view after the change, or None when cancelled."""
        dialog = cls(workstation, name, display_name=display_name, forced=forced, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.view
