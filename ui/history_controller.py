"""The History tab: the article's audit trail and any two of its revisions side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from ui.desk import Desk
from ui.history_html import diff_html, history_html
from ui.tab_fill import FillWhenShown
from ui.views.review_panel import ReviewPanel
from workstation.selection import WORKSPACE, Selection
from workstation.views_workflow import RevisionDiff


class HistoryController(QObject):
    def __init__(self, desk: Desk, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.desk, self.tab = desk, panel.history_tab
        self.tab.old.activated.connect(lambda *_: self.show_diff())
        self.tab.new.activated.connect(lambda *_: self.show_diff())
        self._diff: RevisionDiff | None = None
        self.tab.diff.installEventFilter(self)
        self.filling = FillWhenShown(panel, self.tab, self.fill)  # laid out (and the diff asked for) once seen
        desk.selection.observe(self._selection_changed)

    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        if WORKSPACE in changed and state.workspace is not None:
            self.filling.request()

    def fill(self) -> None:
        tab, workspace = self.tab, self.desk.selection.workspace
        if workspace is None:
            tab.history.clear()  # no article selected
        else:
            tab.history.setHtml(history_html(workspace.history))
        revisions = workspace.revisions if workspace is not None else ()
        for combo in (tab.old, tab.new):
            combo.clear()
            for rev in revisions:
                who = f" · {rev.author}" if rev.author else ""
                combo.addItem(self.tr("Revision {number} · {created_at:%Y-%m-%d}{who}").format(
                    number=rev.number, created_at=rev.created_at, who=who), rev.number)
                combo.setItemData(combo.count() - 1, self.tr("Revision {number}, saved {created_at:%Y-%m-%d %H:%M} UTC{0}").format(
                    self.tr(" by {0}").format(rev.author) if rev.author else '', number=rev.number, created_at=rev.created_at),
                    Qt.ItemDataRole.ToolTipRole)
        if revisions:
            tab.old.setCurrentIndex(max(0, len(revisions) - 2))
            tab.new.setCurrentIndex(len(revisions) - 1)
            self.show_diff()
        else:
            self._diff = None
            tab.diff.clear()

    def show_diff(self) -> None:
        tab, workspace = self.tab, self.desk.selection.workspace
        if workspace is None or tab.old.count() == 0:
            return
        article_id, old, new, ws = workspace.id, tab.old.currentData(), tab.new.currentData(), self.desk.workstation
        if old == new:
            self._diff = None
            tab.diff.setHtml(self.tr("<p><i>Only one revision so far.</i></p>") if tab.old.count() == 1
                             else self.tr("<p><i>The same revision on both sides.</i></p>"))
            return
        self.desk.runner.query(lambda: ws.workflow.revision_diff(article_id=article_id, old=old, new=new),
                               self._show_diff)

    def _show_diff(self, diff: RevisionDiff) -> None:
        self._diff = diff
        self.tab.diff.setHtml(diff_html(diff, self.tab.diff.palette()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The diff's tints come from the palette: lay them again when it changes.
        if event.type() == QEvent.Type.PaletteChange and watched is self.tab.diff and self._diff:
            self._show_diff(self._diff)
        return super().eventFilter(watched, event)
