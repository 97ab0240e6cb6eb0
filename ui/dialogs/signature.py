"""The electronic signature asked for on approval."""

from __future__ import annotations

from collections.abc import Sequence
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

from workstation.facade import SIGNATURE_MEANINGS

MEANINGS = SIGNATURE_MEANINGS  # the default meaning first, the one the workflow records without a choice


@dataclass(frozen=True)
class Signature:
    printed_name: str
    meaning: str
    password: str


class SignatureDialog(QDialog):
    def __init__(self, printed_name: str, open_items: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(self.tr("Sign approval"))
        self.name = QLineEdit(printed_name)
        self.name.setObjectName("signatureName")
        self.name.setAccessibleName(self.tr("Printed name"))
        self.meaning = QComboBox()
        self.meaning.setObjectName("signatureMeaning")
        self.meaning.setAccessibleName(self.tr("Meaning of the signature"))
        self.meaning.addItems(MEANINGS)
        self.password = QLineEdit()
        self.password.setObjectName("signaturePassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        summary = QLabel(
            self.tr("Open items:\n") + "\n".join(f"• {item}" for item in open_items) if open_items
            else self.tr("No open items: every claim has a verdict and no finding is open.")
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Printed name"), self.name)
        form.addRow(self.tr("Meaning"), self.meaning)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign and approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, printed_name: str, open_items: Sequence[str]) -> Signature | None:
        dialog = cls(printed_name, open_items, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Signature(dialog.name.text().strip(), dialog.meaning.currentText(), dialog.password.text())
