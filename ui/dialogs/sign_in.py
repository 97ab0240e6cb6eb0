"""Sign-in: user name and password; on a database without users, the first administrator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

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
from workstation.errors import WorkstationError
from workstation.facade import MIN_LENGTH, password_problem


def password_rules() -> str:
    return QCoreApplication.translate("SignIn", "At least {0} characters and not a commonly used password; a phrase of a "
                                                "few words works well.").format(MIN_LENGTH)


def database_label(url: str) -> str:
    """Which database the dialog signs in to, without any password the URL may carry."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - a label only
        return url
    if parsed.get_backend_name() == "sqlite":
        return QCoreApplication.translate("SignIn", "Database: {0}").format(
            Path(parsed.database or '').name or QCoreApplication.translate("SignIn", "in memory"))
    where = parsed.host or QCoreApplication.translate("SignIn", "this computer")
    return QCoreApplication.translate("SignIn", "Database: {database} on {where}").format(database=parsed.database, where=where)


class SignInDialog(QDialog):
    """Asks who is at the desk and checks their password through the facade.

    ``first_admin`` turns it into the dialog that creates the database's first
    administrator (only while the database has no users).
    """

    def __init__(self, workstation: Any, *, user: str = "", first_admin: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workstation = workstation
        self.first_admin = first_admin
        self.view: Any = None
        self.setObjectName("firstAdminDialog" if first_admin else "signInDialog")
        self.setWindowTitle(self.tr("Create the first administrator") if first_admin else self.tr("Sign in — Review Workstation"))
        self.title = heading(self.tr("Create the first administrator") if first_admin else self.tr("Sign in to Review Workstation"),
                             "signInTitle")
        self.intro = note(
            self.tr("This database has no users yet. Create its administrator; the administrator then "
            "adds the board's authors, reviewers and approvers.") if first_admin else
            self.tr("Every change you make is recorded under your name."), "signInIntro", muted=False)
        self.database = note(database_label(getattr(workstation, "url", "")), "signInDatabase")
        self.name = line_edit("signInName", self.tr("User name"), user)
        self.display = line_edit("signInDisplayName", self.tr("Full name"))
        self.display.setPlaceholderText(self.tr("as printed on signatures, e.g. Dr. Maria Lopez"))
        self.password = line_edit("signInPassword", self.tr("Password"), password=True)
        self.repeat = line_edit("signInRepeat", self.tr("Repeat password"), password=True)
        self.rules = field_note(password_rules(), "signInPasswordRules")
        self.error = MessageLine("signInError")

        fields = form()
        fields.addRow(self.tr("&User name:"), self.name)
        if first_admin:
            fields.addRow(self.tr("&Full name:"), self.display)
        fields.addRow(self.tr("&Password:"), self.password)
        if first_admin:
            fields.addRow(self.tr("&Repeat password:"), self.repeat)
            fields.addRow("", self.rules)
        else:
            for hidden in (self.display, self.repeat, self.rules):
                hidden.hide()
        buttons, self.ok, _cancel = ok_cancel(
            self.tr("Create administrator") if first_admin else self.tr("Sign in"), "signInButton", "signInCancel",
            accept=self.try_accept, reject=self.reject,
        )
        column(QVBoxLayout(self), self.title, self.intro, self.database, 4, fields, self.error, 6, buttons)
        self.setMinimumWidth(480 if first_admin else 420)
        (self.password if user and not first_admin else self.name).setFocus()

    def try_accept(self) -> None:
        """Check the answer; stay open with the reason when it is refused."""
        name, password = self.name.text().strip(), self.password.text()
        try:
            if not name:
                raise WorkstationError(self.tr("enter your user name"))
            if not password:
                raise WorkstationError(self.tr("enter your password"))
            if self.first_admin:
                problem = password_problem(password, user_name=name)
                if problem:
                    raise WorkstationError(problem)
                if password != self.repeat.text():
                    raise WorkstationError(self.tr("the two passwords differ"))
                self.workstation.users.add_user(name=name, role="admin", password=password,
                                                display_name=self.display.text().strip())
            self.view = self.workstation.users.sign_in(name=name, password=password)
        except WorkstationError as exc:
            self.error.show_error(sentence(error_text(exc), name))
            self.password.clear()
            self.repeat.clear()
            (self.name if not name else self.password).setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, workstation: Any, *, user: str = "", parent: QWidget | None = None) -> Any:
        """The signed-in user's view, or None when the dialog was cancelled."""
        dialog = cls(workstation, user=user, first_admin=not workstation.users.has_users(), parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.view
