"""The review panel: tabs for claims, references, findings, comments, history and the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workstation.model import VERDICTS


def _named(widget, name: str, accessible: str):  # type: ignore[no-untyped-def]
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class ClaimsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.claims = _named(QListWidget(), "claimsList", "Claims")
        self.claims.setWordWrap(True)
        self.claims.setSpacing(2)
        self.claims.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.claims.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.citations = _named(QListWidget(), "citationRows", "Cited references of the selected claim")
        self.citations.setMaximumHeight(96)
        self.citations.setWordWrap(True)
        self.verdict = _named(QComboBox(), "verdictCombo", "Verdict")
        self.verdict.addItem("— no verdict —", "")
        for n, value in enumerate(VERDICTS, 1):
            self.verdict.addItem(f"{n}  {value}", value)
        self.evidence = _named(QLineEdit(), "evidenceEdit", "Evidence")
        self.evidence.setPlaceholderText("Quote or locate the supporting passage")
        self.note = _named(QLineEdit(), "noteEdit", "Note")
        self.note.setPlaceholderText("Reviewer note")
        self.save = _named(QPushButton("Save verdict"), "saveVerdictButton", "Save verdict")
        self.hint = QLabel("J / K: next / previous claim · 1–5: set the verdict")
        self.hint.setEnabled(False)
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Cited references", self.citations)
        form.addRow("Verdict", self.verdict)
        form.addRow("Evidence", self.evidence)
        form.addRow("Note", self.note)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save)
        form.addRow(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.claims)
        split.addWidget(editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)


class ReferencesTab(QWidget):
    COLUMNS = ("#", "Title", "Source", "Year", "Type")

    def __init__(self) -> None:
        super().__init__()
        self.table = _named(QTableWidget(0, len(self.COLUMNS)), "referencesTable", "References")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 120)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)


class FindingsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.findings = _named(QListWidget(), "findingsList", "Findings")
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)
        self.findings.setAlternatingRowColors(True)
        self.run = _named(QPushButton("Run checks"), "runChecksButton", "Run checks")
        self.dismiss = _named(QPushButton("Dismiss…"), "dismissFindingButton", "Dismiss finding")
        self.dismiss.setEnabled(False)
        self.dismiss.setToolTip("Select an open finding to dismiss it")
        buttons = QHBoxLayout()
        buttons.addWidget(self.run)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)


class CommentsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.comments = _named(QListWidget(), "commentsList", "Comments")
        self.comments.setWordWrap(True)
        self.comments.setSpacing(3)
        self.body = _named(QLineEdit(), "commentEdit", "New comment")
        self.body.setPlaceholderText("Comment on the selected passage or the article")
        self.add = _named(QPushButton("Add"), "addCommentButton", "Add comment")
        self.resolve = _named(QPushButton("Resolve"), "resolveCommentButton", "Resolve comment")
        row = QHBoxLayout()
        row.addWidget(self.body, 1)
        row.addWidget(self.add)
        row.addWidget(self.resolve)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.comments)
        layout.addLayout(row)


class HistoryTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.history = _named(QTextBrowser(), "historyView", "Audit history")
        self.history.setOpenLinks(False)
        self.old = _named(QComboBox(), "diffOldRevision", "Older revision")
        self.new = _named(QComboBox(), "diffNewRevision", "Newer revision")
        self.diff = _named(QTextBrowser(), "revisionDiff", "Revision differences")
        row = QHBoxLayout()
        row.addWidget(QLabel("Compare revision"))
        row.addWidget(self.old)
        row.addWidget(QLabel("with"))
        row.addWidget(self.new)
        row.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.diff)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.history)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)


class EditorTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.source = _named(QPlainTextEdit(), "sourceEditor", "Markdown source")
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview = _named(QTextBrowser(), "sourcePreview", "Preview")
        self.preview.setOpenLinks(False)
        self.save = _named(QPushButton("Save revision  (Ctrl+S)"), "saveRevisionButton", "Save revision")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.source)
        split.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        layout.addLayout(row)


class ReviewPanel(QTabWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewPanel")
        self.setAccessibleName("Review")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        self.claims_tab = ClaimsTab()
        self.references_tab = ReferencesTab()
        self.findings_tab = FindingsTab()
        self.comments_tab = CommentsTab()
        self.history_tab = HistoryTab()
        self.editor_tab = EditorTab()
        self.addTab(self.claims_tab, "Claims")
        self.addTab(self.references_tab, "References")
        self.addTab(self.findings_tab, "Findings")
        self.addTab(self.comments_tab, "Comments")
        self.addTab(self.history_tab, "History")
        self.addTab(self.editor_tab, "Editor")
