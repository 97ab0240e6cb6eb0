"""Behaviour of the Editor tab: the Markdown source, its live preview, and saving a revision.

The source reaches the editor a piece at a time and the preview is laid out the way
the reader is (:mod:`ui.progressive`), so opening a large article never stalls the
window; the editor stays read-only until the whole source is in. A source with a line
Qt could not lay out quickly is not put in the editor at all, which says why.

The source is put in when the tab is shown, not on every article switch
(:class:`~ui.tab_fill.FillWhenShown`). Until then the hidden editor may hold another
article's source: saving first brings it up to date (and so saves nothing until the
current source is in), and source typed and not saved never stays behind an article
switch: the window asks first (:mod:`ui.unsaved_edits`), and whatever drops it anyway
(signing out) drops it at once.

What counts as unsaved (:meth:`EditorController.has_unsaved`) is what the reviewer typed:
the document's modified flag, which filling the editor clears once the whole source is in,
and only while its text differs from the source put in (typing a word and deleting it
again leaves nothing to save).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ui.desk import Desk
from ui.edit_awareness import resolve_conflict
from ui.errors import describe, report_error
from ui.progressive import ProgressiveDocument
from ui.reader_pieces import ArticlePieces, ReaderPieces, reader_pieces
from ui.tab_fill import FillWhenShown
from ui.views.review_panel import ReviewPanel
from workstation.facade import EditConflict, render_marked
from workstation.views_review import SaveResult

PREVIEW_DELAY_MS = 300


class EditorController(QObject):
    def __init__(self, desk: Desk, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.desk, self.panel = desk, panel
        self.tab = tab = panel.editor_tab
        self.source = ProgressiveDocument(tab.source, None, None)
        self.source.finished.connect(self._source_in)
        self.preview = ProgressiveDocument(tab.preview, None, None)
        tab.save.clicked.connect(self.save_revision)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        tab.source.textChanged.connect(self._typed)
        panel.currentChanged.connect(lambda *_: self._preview_if_stale())
        self.article: int | None = None
        self.version: int | None = None
        self.revision: int | None = None  # the revision the edit began on (edit conflicts)
        self.title = ""  # the article's title, for the question before its unsaved source is left
        self.refusal = ""  # why the source is not in the editor
        self._put_in: tuple[str, ...] = ("",)  # the source as put in (joined only when asked about)
        self._preview_stale = False
        self._save_note = ""  # what the last save said (orphaned claims), kept across the reload it causes
        self._wanted: ArticlePieces | None = None  # what the editor is to show once the tab is
        self.filling = FillWhenShown(panel, tab, lambda: self._fill(self._wanted))

    def attach(self, reaper: Any, hold: Any) -> None:
        """Free replaced documents on ``reaper``'s thread; count loading as the window's pending work."""
        for loader in (self.source, self.preview):
            loader.reaper, loader.hold = reaper, hold

    def stop(self) -> None:
        self.source.stop()
        self.preview.stop()

    # ----------------------------------------------------------------- showing
    def fill(self, shown: ArticlePieces | None, *, now: bool = False) -> None:
        """Put the article's source in the editor (nothing when no article is shown) once the tab is shown.

        ``now``: at once, shown or not (what was typed is being dropped). Source typed and not
        saved is dropped at once too, as filling the editor at once dropped it.
        """
        self._wanted = shown
        if now or self.tab.source.document().isModified():
            self.filling.at_once()
        else:
            self.filling.request()

    def _fill(self, shown: ArticlePieces | None) -> None:
        detail = shown.workspace.detail if shown else None
        if self.article != (detail.id if detail else None):
            self._save_note = ""
        self.article = detail.id if detail else None
        self.version = detail.version if detail else None
        self.revision = detail.revision_id if detail else None
        self.title = detail.summary.title if detail else ""
        self.refusal = shown.source.refusal if shown else ""
        pieces = shown.source.pieces if shown and not self.refusal else ("",)
        self._put_in = pieces
        self.source.load(ReaderPieces(pieces, html=False))
        self.apply_user()
        if detail is not None:
            self.tab.status.setText(self.refusal or self._save_note or self.tr("Revision {revision_number}").format(revision_number=detail.revision_number))
        if self.refusal:
            self.preview.load(ReaderPieces(("",), html=False))
        else:
            self._preview_stale = True
            self._preview_if_stale()

    def apply_user(self) -> None:
        """Editable by a signed-in user once the whole source is in (and it could be put in at all)."""
        editable = self.article is not None and self.desk.user is not None and not self.refusal
        self.tab.source.setReadOnly(not editable or self.source.is_loading())
        self.tab.save.setEnabled(editable)

    def _source_in(self) -> None:
        self.tab.source.document().setModified(False)
        self.apply_user()
        self._preview_if_stale()  # filled as the tab was shown: the preview follows once the source is in

    def _typed(self) -> None:
        if not self.source.is_loading():
            self._preview_stale = True
            self._preview_timer.start()

    def _preview_if_stale(self) -> None:
        # The preview is laid out only while someone can see it.
        if self._preview_stale and self.panel.currentWidget() is self.tab:
            self.update_preview()

    def update_preview(self) -> None:
        if self.source.is_loading() or self.panel.currentWidget() is not self.tab:
            return
        self._preview_stale = False
        body = self.tab.source.toPlainText()
        self.desk.runner.query(lambda: reader_pieces(render_marked(body))[0], self.preview.load)

    # ----------------------------------------------------------------- unsaved source
    def has_unsaved(self) -> bool:
        """Whether the reviewer typed source that is not saved (opening the tab alone never counts)."""
        document = self.tab.source.document()
        if self.article is None or self.source.is_loading() or not document.isModified():
            return False  # while the source goes in the document is modified by the filling, not by anyone
        return self.tab.source.toPlainText() != "".join(self._put_in)

    def discard(self) -> None:
        """Drop what was typed: the editor takes the next article's source as it comes.

        A hidden editor is emptied at once (and filled again once shown), so the text dropped
        does not stay behind in it; a shown one is filled with the next source in a moment.
        """
        self.tab.source.document().setModified(False)
        if self.panel.currentWidget() is not self.tab:
            self._put_in = ("",)
            self.source.load(ReaderPieces(("",), html=False))
            self.filling.stale = True

    # ----------------------------------------------------------------- saving
    def save_revision(self, *, then: Callable[[], None] | None = None,
                      otherwise: Callable[[], None] | None = None) -> None:
        """Save the source as a new revision; ``then`` once it is saved, ``otherwise`` when it is not.

        ``otherwise`` follows a refusal (the error shown as well), an edit conflict left
        unresolved, and a save that could not start (no source in the editor to save).
        """
        self.filling.now()  # a hidden editor still holding an earlier source is filled (and saves nothing yet)
        if self.article is None or self.desk.user is None or self.refusal or self.source.is_loading():
            if otherwise is not None:
                otherwise()
            return
        body = self.tab.source.toPlainText()
        article_id, user, base, ws = self.article, self.desk.user, self.revision, self.desk.workstation

        def saved(result: SaveResult, text: str = "") -> None:
            self.tab.source.document().setModified(False)
            orphans = result.orphans
            text = text or self.tr("Saved revision {revision_number}.").format(revision_number=result.revision_number)
            if orphans:
                text += self.tr(" {0} claim(s) lost their place in the text and need a look.").format(len(orphans))
            self._save_note = text
            self.tab.status.setText(text)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            if isinstance(error, EditConflict):  # someone saved meanwhile: theirs and yours side by side
                resolve_conflict(self.desk, self.tab.status, error, saved, unsaved=otherwise)
                return
            self.tab.status.setText(self.tr("Not saved: {reason}").format(reason=describe(error)))
            report_error(error, parent=self.desk.parent)
            if otherwise is not None:
                otherwise()

        # The edit is checked against the revision it began on, not the article's version:
        # a workflow step taken meanwhile is no edit conflict.
        self.desk.runner.mutate(lambda: ws.review.save_revision(article_id=article_id, body=body, user=user,
                                                                  base_revision_id=base),
                                  saved, failure=failed, label=self.tr("Saving the revision"))
