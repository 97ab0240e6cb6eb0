"""The edit-conflict dialog: theirs and yours side by side, a merge to edit, three ways out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import clock
from workstation.facade import KEEP_BOTH, KEEP_THEIRS, MERGE, EditConflict, MergeResult


@dataclass(frozen=True)
class ConflictChoice:
    choice: str  # MERGE, KEEP_THEIRS or KEEP_BOTH
    merged: str | None = None


def _pane(name: str, accessible: str, text: str, *, read_only: bool) -> QPlainTextEdit:
    pane = QPlainTextEdit(text)
    pane.setObjectName(name)
    pane.setAccessibleName(accessible)
    pane.setReadOnly(read_only)
    pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    pane.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return pane


class EditConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, merge: MergeResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.setWindowTitle(self.tr("Someone saved this article while you edited it"))
        self.choice: ConflictChoice | None = None
        theirs, base = conflict.theirs, conflict.base
        when = clock(theirs.saved_at.astimezone())
        heading = QLabel(
            self.tr("<b>{0} saved revision {number} at {when}</b> while you were editing revision {1}. Nothing has been saved or overwritten yet: choose how to go on.").format(theirs.author or self.tr('Someone'), base.number, number=theirs.number, when=when)
        )
        heading.setWordWrap(True)
        self.theirs = _pane("conflictTheirs", self.tr("Their revision"), theirs.body, read_only=True)
        self.yours = _pane("conflictYours", self.tr("Your edit"), conflict.yours, read_only=True)
        self.merged = _pane("conflictMerged", self.tr("Merged text"), merge.text, read_only=False)
        note = (self.tr("Your changes were all placed in their text ({placed} passage(s)).").format(placed=merge.placed) if merge.clean else
                self.tr("{unplaced} of your changes could not be placed (they touched the same passage); copy them from your side.").format(unplaced=merge.unplaced))
        self.merge_note = QLabel(note)
        self.merge_note.setObjectName("conflictMergeNote")
        self.merge_note.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Theirs: revision {number} by {0}").format(theirs.author or 'someone', number=theirs.number)), 0, 0)
        grid.addWidget(QLabel(self.tr("Yours: your unsaved edit")), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.yours, 1, 1)
        grid.addWidget(QLabel(self.tr("Merged: your changes placed in their text (edit before saving)")), 2, 0, 1, 2)
        grid.addWidget(self.merged, 3, 0, 1, 2)
        grid.addWidget(self.merge_note, 4, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        self.merge_button = self._button("mergeButton", self.tr("Save the merge"), MERGE,
                                         self.tr("Save the merged text as a new revision on top of theirs"))
        self.keep_theirs_button = self._button("keepTheirsButton", self.tr("Keep theirs"), KEEP_THEIRS,
                                               self.tr("Drop your edit; their revision stays"))
        self.keep_both_button = self._button("keepBothButton", self.tr("Keep theirs + a copy of mine"), KEEP_BOTH,
                                             self.tr("Their revision stays current; yours is kept as a revision beside it"))
        self.cancel_button = QPushButton(self.tr("Back to editing"))
        self.cancel_button.setObjectName("conflictCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.keep_theirs_button, self.keep_both_button, self.merge_button):
            buttons.addWidget(button)
        self.merge_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.resize(1100, 760)
        self.merged.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, name: str, text: str, choice: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda *_: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = ConflictChoice(choice, self.merged.toPlainText() if choice == MERGE else None)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, conflict: EditConflict, merge: MergeResult) -> ConflictChoice | None:
        """The person's choice, or None to go back to editing (tests patch this)."""
        dialog = cls(conflict, merge, parent)
        dialog.exec()
        return dialog.choice
