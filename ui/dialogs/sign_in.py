"""Sign-in: user name and password; on a database without users, the first administrator."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.errors import WorkstationError
from workstation.passwords import password_problem


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
        self.setWindowTitle("Create the first administrator" if first_admin else "Sign in — Review Workstation")
        self.intro = QLabel(
            "This database has no users yet. Create its administrator: the admin adds the board's "
            "reviewers and approvers." if first_admin else "Sign in to review. Every change you make is "
            "recorded under your name."
        )
        self.intro.setWordWrap(True)
        self.name = QLineEdit(user)
        self.name.setObjectName("signInName")
        self.name.setAccessibleName("User name")
        self.display = QLineEdit()
        self.display.setObjectName("signInDisplayName")
        self.display.setAccessibleName("Full name")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setAccessibleName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("signInRepeat")
        self.repeat.setAccessibleName("Repeat password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel("")
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        form = QFormLayout()
        form.addRow("&User name", self.name)
        if first_admin:
            form.addRow("&Full name (printed on signatures)", self.display)
        form.addRow("&Password", self.password)
        if first_admin:
            form.addRow("&Repeat password", self.repeat)
        else:
            self.display.hide()
            self.repeat.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Create administrator" if first_admin else "Sign in")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if user else self.name).setFocus()

    def try_accept(self) -> None:
        """Check the answer; stay open with the reason when it is refused."""
        name, password = self.name.text().strip(), self.password.text()
        try:
            if self.first_admin:
                problem = password_problem(password, user_name=name)
                if problem:
                    raise WorkstationError(problem)
                if password != self.repeat.text():
                    raise WorkstationError("the two passwords differ")
                self.workstation.add_user(name=name, role="admin", password=password,
                                          display_name=self.display.text().strip())
            self.view = self.workstation.sign_in(name=name, password=password)
        except WorkstationError as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, workstation: Any, *, user: str = "", parent: QWidget | None = None) -> Any:
        """The signed-in user's view, or None when the dialog was cancelled."""
        dialog = cls(workstation, user=user, first_admin=not workstation.has_users(), parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.view
