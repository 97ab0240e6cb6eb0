"""The reader follows the selection: it reads the article picked, shows the workspace read for it,
and brings the selected claim or finding into view."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from ui.desk import Desk
from ui.reader_pieces import ArticlePieces, article_pieces
from ui.responsiveness import LARGE_ARTICLE_CLAIMS, leave_out_of_full_collections
from ui.views.reader import ArticleView
from workstation.selection import ARTICLE, CLAIM, FINDING, WORKSPACE, Selection
from workstation.views_workspace import ArticleWorkspace


class ReaderController(QObject):
    def __init__(self, desk: Desk, reader: ArticleView) -> None:
        super().__init__(reader)
        self.desk, self.reader = desk, reader
        self.closed = False  # the window is closing: what arrives now is not shown
        desk.selection.observe(self._selection_changed)

    def load(self, article_id: int) -> None:
        """Read the article again (a change, another user); every pane follows once it is in."""
        desk, user, ws = self.desk, self.desk.user, self.desk.workstation

        def read() -> ArticlePieces | None:
            if article_id != desk.selection.article_id:
                return None  # the reviewer moved on while this waited (holding J or an arrow key)
            # One read of everything the panes show, cut into pieces here, off the GUI thread.
            return article_pieces(ws.library.article_workspace(article_id=article_id, user=user))

        desk.runner.query(read, self._arrived, label=self.tr("Opening the article"))

    def _arrived(self, shown: ArticlePieces | None) -> None:
        if shown is not None and not self.closed:
            self.desk.show(shown)  # every pane follows, unless the reviewer moved on meanwhile

    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        if ARTICLE in changed and state.article_id is not None:
            self.load(state.article_id)
        shown = self.desk.shown
        if WORKSPACE in changed and shown is not None:
            if len(shown.workspace.detail.claims) >= LARGE_ARTICLE_CLAIMS:
                leave_out_of_full_collections()  # its objects alone would make a full collection stall the window
            self.reader.show_article(shown.reader, shown.workspace.claim_states, shown.layout_key)
            self.reader.show_notice(shown.notice)
            self.reader.show_header(shown.workspace.detail)
        if (WORKSPACE in changed or CLAIM in changed) and state.claim_id is not None:
            self.reader.scroll_to_claim(state.claim_id)
        if FINDING in changed and state.finding_id is not None and state.workspace is not None:
            self._reveal_finding(state.workspace, state.finding_id)

    def _reveal_finding(self, workspace: ArticleWorkspace, finding_id: int) -> None:
        """The finding's claim, or else the first place its excerpt appears (else the top)."""
        finding = next((f for f in workspace.findings if f.id == finding_id), None)
        if finding is None:
            return
        reader = self.reader
        if finding.claim_id and finding.claim_id in workspace.claims_by_id:
            reader.scroll_to_claim(finding.claim_id)
        elif finding.excerpt:
            found = reader.document().find(finding.excerpt[:80].strip())
            if not found.isNull():
                reader.setTextCursor(found)
                reader.ensureCursorVisible()
            else:
                reader.moveCursor(QTextCursor.MoveOperation.Start)
