"""Changing what the signature of an Approved article covers: reopen it first, with a reason, or leave it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.dialogs.reason import reason_buttons, typed_reason


class ReopenFirstDialog(QDialog):
    """Says why the change is refused; "Reopen and change" (once a reason is typed) or Cancel."""

    def __init__(self, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenFirstDialog")
        self.setWindowTitle(self.tr("Approved article"))
        explanation = QLabel(
            self.tr("{0}{1}.\n\nReopening puts the article back Under Review (recorded in the audit trail with your reason) and supersedes the signature; the change is then made. The article needs a new approval.").format(refusal[:1].upper(), refusal[1:])
        )
        explanation.setObjectName("reopenFirstReason")
        explanation.setWordWrap(True)
        prompt = QLabel(self.tr("Why reopen it?"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reopenReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        prompt.setBuddy(self.reason)
        buttons, self.ok = reason_buttons(self, self.reason)
        self.ok.setText(self.tr("&Reopen and change"))
        self.ok.setObjectName("reopenAndChangeButton")
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, refusal: str) -> str | None:
        """The reason for reopening, or None when the person leaves the article as it is."""
        dialog = cls(refusal, parent)
        return typed_reason(dialog, dialog.reason)
