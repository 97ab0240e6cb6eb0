"""The Comments tab: the article's comment threads, adding a comment, resolving one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ui.desk import Desk
from ui.reopen_first import change_record
from ui.tab_fill import FillWhenShown
from ui.views.review_panel import ReviewPanel, card, placeholder
from workstation.selection import WORKSPACE, Selection

ID_ROLE = Qt.ItemDataRole.UserRole


class CommentsController(QObject):
    def __init__(self, desk: Desk, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.desk, self.tab = desk, panel.comments_tab
        self.tab.add.clicked.connect(self.add)
        self.tab.body.returnPressed.connect(self.add)
        self.tab.resolve.clicked.connect(self.resolve)
        self.filling = FillWhenShown(panel, self.tab, self.fill)  # the list is filled while it can be seen
        desk.selection.observe(self._selection_changed)

    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        if WORKSPACE in changed and state.workspace is not None:
            self.apply_user()
            self.filling.request()

    def fill(self) -> None:
        widget = self.tab.comments
        widget.clear()
        workspace = self.desk.selection.workspace
        self.apply_user()
        if workspace is None:
            return  # no article selected
        if not workspace.comments:
            placeholder(widget, self.tr("No comments yet."), self.tr("Select a claim or a passage, then write a comment below."))
        claims = workspace.claims_by_id
        for comment in workspace.comments:
            meta = [f"{'↳ ' if comment.depth else ''}{comment.author or 'unknown'}"]
            if comment.created_at is not None:
                meta.append(f"{comment.created_at:%Y-%m-%d %H:%M}")
            if comment.resolved:
                meta.append(self.tr("resolved by {resolved_by}").format(resolved_by=comment.resolved_by) if comment.resolved_by
                            else self.tr("resolved"))
            quote = " ".join((comment.quote or "").split())
            claim = claims.get(comment.claim_id) if comment.claim_id is not None else None
            if claim is not None:
                meta.append(self.tr("on claim {0}").format(claim.position + 1))
            elif quote:
                meta.append(self.tr("on “{0}{1}”").format(quote[:80], '…' if len(quote) > 80 else ''))
            widget.addItem(card(comment.body, " · ".join(meta), "resolved" if comment.resolved else "", comment.id))

    def apply_user(self) -> None:
        available = self.desk.selection.workspace is not None and self.desk.user is not None
        for w in (self.tab.add, self.tab.resolve, self.tab.body):
            w.setEnabled(available)

    def add(self) -> None:
        body = self.tab.body.text().strip()
        workspace, user = self.desk.selection.workspace, self.desk.user
        if not body or workspace is None or user is None:
            return
        # A comment written while a claim is selected is about that claim.
        article_id, claim_id, ws = workspace.id, self.desk.selection.state.claim_id, self.desk.workstation
        self.tab.body.clear()
        self.desk.runner.mutate(lambda: ws.review.add_comment(article_id=article_id, body=body, user=user,
                                                              claim_id=claim_id), label=self.tr("Adding the comment"))

    def resolve(self) -> None:
        item = self.tab.comments.currentItem()
        comment_id = item.data(ID_ROLE) if item is not None else None
        workspace, user, ws = self.desk.selection.workspace, self.desk.user, self.desk.workstation
        if comment_id is not None and user is not None and workspace is not None:
            change_record(self.desk, article_id=workspace.id, what="comments' resolution",
                          label=self.tr("Resolving the comment"),
                          call=lambda reopen: ws.review.resolve_comment(comment_id=comment_id, user=user, reopen=reopen))
