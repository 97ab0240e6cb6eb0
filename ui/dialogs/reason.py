"""Asking for a reason (request changes, reopen, dismiss a finding)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def reason_buttons(dialog: QDialog, reason: QPlainTextEdit) -> tuple[QDialogButtonBox, QPushButton]:
    """OK and Cancel for ``dialog``; OK only once ``reason`` holds more than white space."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(False)
    reason.textChanged.connect(lambda: ok.setEnabled(bool(reason.toPlainText().strip())))
    return buttons, ok


def typed_reason(dialog: QDialog, reason: QPlainTextEdit) -> str | None:
    """Run ``dialog``: the reason typed, or None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return reason.toPlainText().strip() or None


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonEdit")
        self.text.setAccessibleName(self.tr("Reason"))
        buttons, self.ok = reason_buttons(self, self.text)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        """The reason typed, or None when cancelled."""
        dialog = cls(title, prompt, parent)
        return typed_reason(dialog, dialog.text)
