"""The workflow actions (start review, request changes, approve, reopen): enabled state, dialogs, transitions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.core_messages import core_text
from ui.desk import Desk
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.signature import SignatureDialog
from ui.i18n import status_label
from workstation.selection import WORKSPACE, Selection
from workstation.views_workflow import ActionState
from workstation.views_workspace import ArticleWorkspace

# action key -> (object name, text)
# (object name, menu text with its mnemonic, shortcut)
WORKFLOW_ACTIONS = {
    "start_review": ("actionStartReview", QT_TRANSLATE_NOOP("WorkflowActions", "&Start review"), "Ctrl+Shift+R"),
    "request_changes": ("actionRequestChanges", QT_TRANSLATE_NOOP("WorkflowActions", "Request &changes…"), "Ctrl+Shift+C"),
    "approve": ("actionApprove", QT_TRANSLATE_NOOP("WorkflowActions", "&Approve…"), "Ctrl+Shift+A"),
    "reopen": ("actionReopen", QT_TRANSLATE_NOOP("WorkflowActions", "Re&open…"), "Ctrl+Shift+O"),
}
DEFAULT_TARGET = {"start_review": "Under Review", "request_changes": "Submitted", "approve": "Approved",
                  "reopen": "Under Review"}


class WorkflowActions(QObject):
    """The steps in the toolbar and the Review menu, enabled as the shown article's workspace says."""

    def __init__(self, desk: Desk, toolbar: QToolBar, menu: QMenu) -> None:
        super().__init__(desk.parent)
        self.desk = desk
        self.states: dict[str, ActionState] = {}
        self.shown: ArticleWorkspace | None = None
        self.actions: dict[str, QAction] = {}
        toolbar.addSeparator()
        for key, (name, text, shortcut) in WORKFLOW_ACTIONS.items():
            action = QAction(self.tr(text), desk.parent)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda *_, k=key: self.trigger(k))
            desk.parent.addAction(action)
            toolbar.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
        self.update(None)
        desk.selection.observe(self._selection_changed)

    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        if WORKSPACE in changed and state.workspace is not None:
            self.update(state.workspace)

    def update(self, shown: ArticleWorkspace | None) -> None:
        """Enable the steps open to the user on ``shown`` (None: nothing, until the article is read)."""
        self.shown = shown
        self.states = {s.action: s for s in (shown.actions or ())} if shown is not None else {}
        for key, action in self.actions.items():
            state = self.states.get(key)
            if shown is None:
                enabled, why = False, self.tr("Select an article first")
            elif self.desk.user is None:
                enabled, why = False, self.tr("No user is signed in")
            elif state is None:
                enabled, why = False, self.tr("Not a step from {status}").format(status=status_label(shown.detail.status))
            else:
                enabled, why = state.enabled, core_text(state.reason)
            action.setEnabled(enabled)
            label = self.tr(WORKFLOW_ACTIONS[key][1]).replace("&", "").rstrip("…")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{label} ({keys})" if enabled else f"{label}: {why}")

    def trigger(self, key: str) -> None:
        if self.shown is None or self.desk.user is None:
            return
        state = self.states.get(key)
        to = state.to if state is not None else DEFAULT_TARGET[key]
        detail = self.shown.detail
        kwargs: dict[str, Any] = {"article_id": detail.id, "to": to, "user": self.desk.user,
                                  "expected_version": detail.version}
        if key == "approve":
            blockers = [core_text(item) for item in state.open_items] if state is not None else []
            signature = SignatureDialog.ask(self.desk.parent, self._printed_name(), blockers)
            if signature is None:
                return
            kwargs.update(password=signature.password, meaning=signature.meaning)
        elif key in ("request_changes", "reopen") or (state is not None and state.needs_reason):
            title = self.tr(WORKFLOW_ACTIONS[key][1]).rstrip("…")
            reason = ReasonDialog.ask(self.desk.parent, title, self.tr("{title}: please give the reason (it is kept in the audit trail).").format(title=title))
            if not reason:
                return
            kwargs["reason"] = reason
        ws = self.desk.workstation
        self.desk.runner.mutate(lambda: ws.workflow.transition(**kwargs), label=self.tr(WORKFLOW_ACTIONS[key][1]).rstrip("…"))

    def _printed_name(self) -> str:
        return self.desk.display_name
