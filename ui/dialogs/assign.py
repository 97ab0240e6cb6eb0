"""Review -> Assign…: the reviewer, the approver and the due date of an article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workstation.facade import APPROVERS, REVIEWERS, UserView
from workstation.views import ArticleSummary

NOBODY = ""


@dataclass(frozen=True)
class Assignment:
    reviewer: str  # "" for nobody
    approver: str  # "" for nobody
    due: date | None


def _people(combo: QComboBox, users: list[UserView], roles: frozenset[str], current: str | None) -> None:
    combo.addItem(QCoreApplication.translate("Assign", "(nobody)"), NOBODY)
    for user in users:
        if user.active and user.role in roles:
            combo.addItem(f"{user.display_name} ({user.name}, {user.role})", user.name)
    index = combo.findData(current or NOBODY)
    combo.setCurrentIndex(max(index, 0))


class AssignDialog(QDialog):
    def __init__(self, article: ArticleSummary, users: list[UserView], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign the review"))
        title = QLabel(self.tr("<b>{title}</b><br>{status}").format(title=article.title, status=article.status))
        title.setWordWrap(True)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("assignReviewer")
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        _people(self.reviewer, users, REVIEWERS, article.assigned_reviewer)
        self.approver = QComboBox()
        self.approver.setObjectName("assignApprover")
        self.approver.setAccessibleName(self.tr("Approver"))
        _people(self.approver, users, APPROVERS, article.assigned_approver)
        self.has_due = QCheckBox(self.tr("Due by"))
        self.has_due.setObjectName("assignHasDue")
        self.due = QDateEdit()
        self.due.setObjectName("assignDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        start = article.due_date or today
        self.due.setDate(QDate(start.year, start.month, start.day))
        self.has_due.setChecked(article.due_date is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.problem = QLabel("")
        self.problem.setObjectName("assignProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reviewer"), self.reviewer)
        form.addRow(self.tr("Approver"), self.approver)
        form.addRow(self.tr("Due"), due_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Assign"))
        for combo in (self.reviewer, self.approver):
            combo.currentIndexChanged.connect(lambda *_: self._check())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._check()

    def _check(self) -> None:
        same = self.reviewer.currentData() and self.reviewer.currentData() == self.approver.currentData()
        self.problem.setText(self.tr("The reviewer cannot also be the approver (four eyes).") if same else "")
        self.ok.setEnabled(not same)

    def assignment(self) -> Assignment:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return Assignment(self.reviewer.currentData(), self.approver.currentData(), due)  # type: ignore[arg-type]

    @classmethod
    def ask(cls, parent: QWidget | None, article: ArticleSummary, users: list[UserView],
            today: date) -> Assignment | None:
        """The assignment chosen, or None when cancelled (tests patch this)."""
        dialog = cls(article, users, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.assignment()
