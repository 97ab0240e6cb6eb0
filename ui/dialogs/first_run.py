"""First start: create the local user who acts in this window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.model import ROLES


@dataclass(frozen=True)
class NewUser:
    name: str
    display_name: str
    role: str
    password: str


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle("Welcome to Review Workstation")
        self.name = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        self.role.addItems(ROLES)
        self.role.setCurrentText("reviewer")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow("User name", self.name)
        form.addRow("Full name", self.display)
        form.addRow("Role", self.role)
        form.addRow("Password (for signatures)", self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Who is reviewing on this computer?"))
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> NewUser | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name.text().strip():
            return None
        return NewUser(dialog.name.text().strip(), dialog.display.text().strip(), dialog.role.currentText(),
                       dialog.password.text())
