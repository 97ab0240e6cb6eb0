"""Editing side by side: a lease while the editor is open, who else is editing, and the way out of a conflict.

While the Editor tab shows an article, the window holds an edit lease on it and
renews it every ``RENEW_S``; it lets go when the reviewer leaves the tab, the
article or the window. Everyone else's editor tab says who is editing since
when, refreshed live (their lease coming or going) and at every renewal tick
(a lease that stopped being renewed lapses after two minutes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from ui.dialogs.edit_conflict import EditConflictDialog
from ui.errors import report_error
from workstation.changes import OpChanges
from workstation.facade import (
    KEEP_BOTH,
    KEEP_THEIRS,
    RENEW_S,
    EditConflict,
    EditorView,
    merge_texts,
)
from workstation.selection import WORKSPACE, Selection
from workstation.views_review import SaveResult

if TYPE_CHECKING:
    from ui.desk import Desk
    from ui.main_window import MainWindow


class EditAwareness(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.held: tuple[int, str] | None = None  # (article, user) of the lease this window holds
        self.others: list[EditorView] = []
        self._timer = QTimer(self)
        self._timer.setInterval(RENEW_S * 1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        window.review.currentChanged.connect(lambda *_: self.update())
        # Another article: who else edits it comes with its workspace (one read), not in a read of its own.
        window.library.table.selectionModel().currentRowChanged.connect(
            lambda *_: QTimer.singleShot(0, lambda: self.update(refresh=False)))
        window.desk.selection.observe(self._selection_changed)
        window.runner.changes_applied.connect(self._changed)
        QTimer.singleShot(0, self.update)

    def _editor_open_on(self) -> tuple[int, str] | None:
        window = self.window
        if window.user is None or window.is_closed() or window.review.currentWidget() is not window.review.editor_tab:
            return None
        return (window.current_article, window.user) if window.current_article is not None else None

    def update(self, *, refresh: bool = True) -> None:
        """Take, move or let go of the lease to match what the window shows; then (``refresh``) show who else edits."""
        wanted = self._editor_open_on()
        if wanted != self.held:
            self._release()
            if wanted is not None:
                self._take(wanted)
        if refresh:
            self.refresh_others()

    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        workspace = state.workspace
        if WORKSPACE in changed and workspace is not None and workspace.id == self.window.current_article:
            self._show([e for e in workspace.editors if e.name != self.window.user])

    def _take(self, lease: tuple[int, str]) -> None:
        self.held = lease
        article_id, user = lease
        ws = self.window.workstation
        self.window.runner.mutate(lambda: ws.review.begin_editing(article_id=article_id, user=user),
                                  failure=lambda _error: None)  # presence is a courtesy: never an error dialog

    def _release(self) -> None:
        if self.held is None:
            return
        (article_id, user), ws = self.held, self.window.workstation
        self.held = None
        self.window.runner.mutate(lambda: ws.review.end_editing(article_id=article_id, user=user),
                                  failure=lambda _error: None)

    def stop(self) -> None:
        """The window closes: let go of the lease (queued before the worker stops)."""
        self._timer.stop()
        self._release()

    def _tick(self) -> None:
        if self.held is not None and self.held == self._editor_open_on():
            self._take(self.held)  # renew
        self.refresh_others()

    def _changed(self, changes: OpChanges, _initiator: object) -> None:
        if self.window.current_article is not None and self.window.current_article in changes.editing:
            self.refresh_others()

    def refresh_others(self) -> None:
        article_id = self.window.current_article
        if article_id is None or self.window.is_closed():
            self._show([])
            return
        ws, me = self.window.workstation, self.window.user

        def done(editors: list[EditorView]) -> None:
            if article_id == self.window.current_article:
                self._show([e for e in editors if e.name != me])

        self.window.runner.query(lambda: ws.review.editors(article_id=article_id), done)

    def _show(self, others: list[EditorView]) -> None:
        self.others = others
        tab = self.window.review.editor_tab
        index = self.window.review.indexOf(tab)
        if others:
            text = "; ".join(e.sentence() for e in others)
            tab.editing.setText(self.tr("⚠ {text}. Saving over their revision opens a dialog to merge.").format(text=text))
            tab.editing.setToolTip(text)
            self.window.review.setTabText(index, self.tr("Editor •"))
            self.window.review.setTabToolTip(index, text)
        else:
            tab.editing.clear()
            self.window.review.setTabText(index, self.tr("Editor"))
            self.window.review.setTabToolTip(index, "")
        tab.editing.setVisible(bool(others))


def resolve_conflict(desk: Desk, status: QLabel, conflict: EditConflict, saved: Callable[..., None], *,
                     unsaved: Callable[[], None] | None = None) -> None:
    """Show the conflict dialog and carry out the choice (again if yet another revision came meanwhile).

    ``status`` says so when the reviewer leaves it unsaved, and ``unsaved`` is called then
    (and when carrying out the choice is refused).
    """
    merge = merge_texts(conflict.base.body, conflict.theirs.body, conflict.yours)
    answer = EditConflictDialog.ask(desk.parent, conflict, merge)
    if answer is None:
        status.setText(
            QCoreApplication.translate("EditAwareness", "Not saved: revision {number} by {0} came first.").format(conflict.theirs.author or 'someone', number=conflict.theirs.number))
        if unsaved is not None:
            unsaved()
        return
    ws, user = desk.workstation, desk.user

    def done(result: SaveResult) -> None:
        if answer.choice == KEEP_THEIRS:
            saved(result, QCoreApplication.translate("EditAwareness", "Kept revision {number} by {author}; your edit was dropped.").format(number=conflict.theirs.number, author=conflict.theirs.author))
        elif answer.choice == KEEP_BOTH:
            saved(result, QCoreApplication.translate("EditAwareness", "Kept revision {number} by {author}; your edit is kept as a revision beside it (see History).").format(number=conflict.theirs.number, author=conflict.theirs.author))
        else:
            saved(result, QCoreApplication.translate("EditAwareness", "Saved the merge as revision {revision_number}.").format(revision_number=result.revision_number))

    def failed(error: BaseException) -> None:
        if isinstance(error, EditConflict):
            resolve_conflict(desk, status, error, saved, unsaved=unsaved)
        else:
            report_error(error, parent=desk.parent)
            if unsaved is not None:
                unsaved()

    assert user is not None  # only a signed-in reviewer saves
    desk.runner.mutate(
        lambda: ws.review.resolve_edit_conflict(
            article_id=conflict.article_id, user=user, choice=answer.choice,
            base_revision_id=conflict.base.revision_id, theirs_revision_id=conflict.theirs.revision_id,
            yours=conflict.yours, merged=answer.merged,
        ),
        done, failure=failed, label=QCoreApplication.translate("EditAwareness", "Saving the revision"))
