"""Behaviour of the source pane: the cited reference's document beside the article, evidence in it.

Selecting a claim and one of its cited references shows that reference's
document (when one is attached) with the verdict's evidence highlighted, and the
passages suggested for the claim. Selecting a passage and pressing "Use as
evidence" records it as the verdict's evidence, anchored where it was selected.
A file dropped on a reference (in the References tab, or on the pane) is
attached to it. The pane shows while the open article has any document attached.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QSplitter, QTableWidgetItem, QWidget

from ui import theme
from ui.desk import Desk
from ui.errors import describe, report_error
from ui.reopen_first import change_record
from ui.review_controller import VERDICT_STATES, ReviewController
from ui.views.source_pane import SourcePane
from workstation.views_documents import DocumentSummary, EvidenceSource, Suggestions

ID_ROLE = Qt.ItemDataRole.UserRole
DOCUMENT_PATTERNS = QT_TRANSLATE_NOOP("SourceController", "Documents (*.pdf *.html *.htm *.txt);;All files (*)")
LIBRARY_WIDTH = 220  # the library while the source pane shows: titles and statuses still read


@dataclass(frozen=True)
class Shown:
    """What the pane shows: the article, claim and reference, and the document's hash (None: none)."""

    article: int | None
    claim: int | None
    reference: int | None
    sha256: str | None = None


class SourceController(QObject):
    def __init__(self, desk: Desk, review: ReviewController, splitter: QSplitter, library: QWidget,
                 reader: QWidget) -> None:
        """The pane goes into ``splitter`` right of ``reader``, taking room from ``library`` when it first shows."""
        super().__init__(splitter)
        self.desk, self.review = desk, review
        self.splitter, self.library, self.reader = splitter, library, reader
        self.pane = SourcePane()
        self.pane.hide()
        splitter.insertWidget(splitter.indexOf(reader) + 1, self.pane)
        self.shown = Shown(None, None, None)
        self.source: EvidenceSource | None = None
        self.documents: list[DocumentSummary] = []
        self.suggested: Suggestions | None = None
        self._request = 0
        self._sized = False
        claims_tab = review.panel.claims_tab
        claims_tab.claims.currentItemChanged.connect(lambda *_: self.refresh())
        claims_tab.citations.currentRowChanged.connect(lambda *_: self.refresh())
        self.pane.use.clicked.connect(self.use_selection)
        self.pane.attach.clicked.connect(self.attach_dialog)
        self.pane.text.selectionChanged.connect(self._selection_changed)
        self.pane.suggestions.cellClicked.connect(lambda row, _column: self.preview_suggestion(row))
        # A file dropped on a reference's row, or on the pane, is attached to that reference.
        references = review.panel.references_tab
        self.attach_reference = QPushButton(self.tr("Attach &document to reference…"))
        self.attach_reference.setObjectName("attachReferenceDocumentButton")
        self.attach_reference.setAccessibleName(self.tr("Attach a document to the selected reference"))
        self.attach_reference.clicked.connect(self._attach_selected_reference)
        references.layout().addWidget(self.attach_reference)
        references.table.itemSelectionChanged.connect(self._enable)
        for target in (references.table.viewport(), self.pane, self.pane.text.viewport()):
            target.setAcceptDrops(True)
            target.installEventFilter(self)
        desk.runner.changes_applied.connect(self._changes)
        self._enable()

    @property
    def ws(self) -> Any:
        return self.desk.workstation

    # ----------------------------------------------------------------- what is shown
    def refresh(self) -> None:
        """Read the selected claim's cited reference's document (and the article's documents) again."""
        article = self.desk.selection.article_id
        claim = self.review.current_claim()
        reference = self.review.current_reference()
        claim_id = claim.id if claim is not None else None
        self._request += 1
        request = self._request
        ws = self.ws

        def read() -> tuple[list[DocumentSummary], EvidenceSource | None] | None:
            if request != self._request or article is None:
                return None  # superseded while queued (holding J)
            documents = ws.review.reference_documents(article_id=article)
            if claim_id is None or reference is None:
                return documents, None
            return documents, ws.review.evidence_source(claim_id=claim_id, reference=reference)

        self.desk.runner.query(read, lambda result: self._arrived(result, request, article, claim_id, reference))

    def _arrived(self, result: Any, request: int, article: int | None, claim: int | None,
                 reference: int | None) -> None:
        if result is None or request != self._request or self.desk.closed:
            return
        self.documents, source = result
        self.source = source
        self._show_pane(bool(self.documents))
        document = source.document if source is not None else None
        pane = self.pane
        shown = Shown(article, claim, reference, document.summary.sha256 if document else None)
        if document is None:
            pane.text.show_text("", [])
            pane.title.setText(self.tr("Reference [{reference}]").format(reference=reference) if reference is not None else self.tr("Source"))
            pane.say(self._no_document(reference))
            self._fill_suggestions(None)
        else:
            if (shown.article, shown.reference, shown.sha256) != (self.shown.article, self.shown.reference,
                                                                  self.shown.sha256):
                pane.text.show_text(document.text, [s for s, _ in document.page_spans])
            pane.title.setText(self._title(document.summary))
            self._show_evidence(source)
            if shown != self.shown or self.suggested is None:
                self._suggest(claim, reference, request)
        self.shown = shown
        self._enable()

    def _no_document(self, reference: int | None) -> str:
        if reference is None:
            return self.tr("Select a claim that cites a reference to see the reference's document here.")
        return (self.tr("Reference [{reference}] has no document attached. Drop a PDF, HTML or text file on this pane or on the reference in the References tab, or use Attach document….").format(reference=reference))

    @staticmethod
    def _title(summary: DocumentSummary) -> str:
        pages = QCoreApplication.translate("SourceController", " · {pages} pages").format(pages=summary.pages) if summary.pages > 1 else ""
        return f"[{summary.reference}] {summary.file_name}{pages}"

    def _show_evidence(self, source: EvidenceSource | None) -> None:
        pane = self.pane
        evidence = source.evidence if source is not None else None
        if evidence is None:
            pane.text.highlight(None, None)
            pane.say("")
            return
        if evidence.start is not None and evidence.end is not None:
            colour = theme.state_tint(VERDICT_STATES.get(evidence.verdict, "none"), pane.text.palette())
            pane.text.highlight(evidence.start, evidence.end, colour)
            page = self.tr(" on page {page}").format(page=evidence.page) if source and source.document and source.document.summary.pages > 1 else ""
            pane.say(self.tr("The verdict's evidence is highlighted{page}.").format(page=page))
        elif evidence.orphaned:
            pane.text.highlight(None, None)
            pane.say(self.tr("The evidence lost its place when the document was replaced; kept as quoted: “{quote}”").format(quote=evidence.quote))
        else:
            pane.text.highlight(None, None)
            pane.say(self.tr("The evidence quote is not in this document: “{quote}”").format(quote=evidence.quote))

    def _show_pane(self, visible: bool) -> None:
        if visible == self.pane.isVisible():
            return
        self.pane.setVisible(visible)
        if visible and not self._sized:
            # room for the source beside the article, taken from the library
            self._sized = True
            splitter = self.splitter
            sizes = splitter.sizes()
            library, reader = splitter.indexOf(self.library), splitter.indexOf(self.reader)
            source, review = splitter.indexOf(self.pane), splitter.indexOf(self.review.panel)
            total = sum(sizes)
            sizes[library] = max(LIBRARY_WIDTH, min(sizes[library], int(total * 0.18)))
            rest = total - sizes[library]
            sizes[reader], sizes[source], sizes[review] = int(rest * 0.31), int(rest * 0.37), int(rest * 0.32)
            splitter.setSizes(sizes)

    # ----------------------------------------------------------------- suggestions
    def _suggest(self, claim: int | None, reference: int | None, request: int) -> None:
        if claim is None or reference is None:
            self._fill_suggestions(None)
            return
        ws = self.ws

        def read() -> Suggestions | None:
            if request != self._request:
                return None
            return ws.review.suggest_evidence(claim_id=claim, reference=reference)

        def arrived(result: Suggestions | None) -> None:
            if result is not None and request == self._request:
                self._fill_suggestions(result)

        self.desk.runner.query(read, arrived, failure=lambda _error: self._fill_suggestions(None))

    def _fill_suggestions(self, suggestions: Suggestions | None) -> None:
        self.suggested = suggestions
        table = self.pane.suggestions
        passages = suggestions.passages if suggestions is not None else ()
        table.setRowCount(len(passages))
        for row, passage in enumerate(passages):
            where = f"p. {passage.page} · " if passage.page > 1 or self._pages() > 1 else ""
            item = QTableWidgetItem(self.tr("{where}{section} · score {score:.2f}\n{0}").format(' '.join(passage.text.split()), where=where, section=passage.section, score=passage.score))
            item.setData(ID_ROLE, (passage.start, passage.end))
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(self.tr("Click to find it in the document; Use records it as the verdict's evidence"))
            table.setItem(row, 1, item)
            holder, button = self.pane.use_button(row)
            button.setEnabled(self.desk.user is not None)
            button.clicked.connect(lambda _=False, p=passage: self.use_passage(p.start, p.end))
            table.setCellWidget(row, 0, holder)
        table.resizeRowsToContents()
        count = len(passages)
        self.pane.suggestions_label.setText(
            self.tr("Suggested passages ({count})").format(count=count) if count else
            (self.tr("Suggested passages: none of the document's sentences bears on this claim") if suggestions else
             self.tr("Suggested passages"))
        )

    def _pages(self) -> int:
        document = self.source.document if self.source is not None else None
        return document.summary.pages if document is not None else 1

    def preview_suggestion(self, row: int) -> None:
        """Select a suggested passage in the document (Use as evidence then records it)."""
        item = self.pane.suggestions.item(row, 1)
        if item is not None:
            start, end = item.data(ID_ROLE)
            self.pane.text.select_span(start, end)

    # ----------------------------------------------------------------- using a passage
    def _selection_changed(self) -> None:
        self._enable()

    def use_selection(self) -> None:
        span = self.pane.text.selected_span()
        if span is not None:
            self.use_passage(*span)

    def use_passage(self, start: int, end: int) -> None:
        """Record ``text[start:end]`` of the shown document as the verdict's evidence, anchored there."""
        source, user = self.source, self.desk.user
        if source is None or source.document is None or user is None:
            return
        text = source.document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        quote = text[start:end]
        tab = self.review.panel.claims_tab
        verdict = tab.verdict.currentData() or (source.evidence.verdict if source.evidence else "")
        if not verdict:
            # No verdict chosen yet: the quote waits in the evidence field until one is.
            tab.evidence.setText(" ".join(quote.split()))
            tab.evidence.setModified(True)
            tab.evidence.setCursorPosition(0)
            self.desk.status_bar.showMessage(self.tr("Evidence filled in: choose a verdict, then Save verdict."), 8000)
            tab.verdict.setFocus()
            return
        claim_id, reference, note = source.claim_id, source.reference, tab.note.text()
        tab.evidence.setModified(False)
        tab.note.setModified(False)
        article_id, ws = self.desk.selection.article_id, self.ws
        if article_id is None:
            return
        # A verdict is frozen on an Approved article: reopen it first, or leave it (ui.reopen_first).
        change_record(self.desk, article_id=article_id, what="verdicts", label=self.tr("Recording the evidence"),
                      call=lambda reopen: ws.review.set_verdict(
                          claim_id=claim_id, reference=reference, verdict=verdict, user=user, evidence=quote,
                          note=note, evidence_span=(start, end), reopen=reopen))

    # ----------------------------------------------------------------- attaching
    @staticmethod
    def ask_file(parent: QWidget) -> str | None:
        """The file to attach (patched in tests)."""
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("SourceController", "Attach a document to the reference"), "",
                                              QCoreApplication.translate("SourceController", DOCUMENT_PATTERNS))
        return path or None

    def attach_dialog(self) -> None:
        if self.shown.reference is not None:
            path = self.ask_file(self.desk.parent)
            if path:
                self.attach(path, self.shown.reference)

    def _attach_selected_reference(self) -> None:
        number = self._selected_reference()
        if number is not None:
            path = self.ask_file(self.desk.parent)
            if path:
                self.attach(path, number)

    def _selected_reference(self) -> int | None:
        table = self.review.panel.references_tab.table
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def attach(self, path: str, number: int) -> None:
        """Attach the file to reference ``number`` of the open article (on the worker thread)."""
        article, user = self.desk.selection.article_id, self.desk.user
        if article is None or user is None:
            return
        name = Path(path).name

        def done(result: Any) -> None:
            d = result.document
            text = (self.tr("{name} is already attached to reference {number}").format(name=name, number=number) if result.unchanged else
                    (self.tr("Attached {file_name} to reference {number} ({pages} pages)") if d.pages != 1 else
                     self.tr("Attached {file_name} to reference {number} ({pages} page)")).format(
                        file_name=d.file_name, number=number, pages=d.pages))
            if d.empty_pages:
                text += self.tr("; no text on page(s) {0}").format(', '.join(map(str, d.empty_pages)))
            if result.orphaned:
                text += self.tr("; {0} evidence quote(s) are not in the new document").format(len(result.orphaned))
            self.desk.status_bar.showMessage(text, 10000)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.desk.status_bar.showMessage(self.tr("Not attached: {0}").format(describe(error)), 15000)
            report_error(error, parent=self.desk.parent, title=self.tr("Attach document"))

        self.desk.runner.mutate(
            lambda: self.ws.review.attach_document(article_id=article, number=number, path=path, user=user),
            done, failure=failed, label=self.tr("Reading {name}").format(name=name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if (kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent)
                and event.mimeData().hasUrls() and self._drop_target(watched, event) is not None):
            event.acceptProposedAction()  # a drag (enter and move) event is a drop event's kind
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            number = self._drop_target(watched, event)
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if number is not None and paths:
                event.acceptProposedAction()
                if len(paths) > 1:
                    self.desk.status_bar.showMessage(self.tr("One document per reference: the first file is attached"),
                                                        8000)
                self.attach(paths[0], number)
                return True
        return super().eventFilter(watched, event)

    def _drop_target(self, watched: QObject, event: QDropEvent) -> int | None:
        """The reference a file dropped here would be attached to (None: not a place for it)."""
        if self.desk.user is None or self.desk.selection.article_id is None or self.desk.locked:
            return None
        table = self.review.panel.references_tab.table
        if watched is table.viewport():
            item = table.itemAt(event.position().toPoint())
            return item.data(ID_ROLE) if item is not None else None
        return self.shown.reference

    # ----------------------------------------------------------------- changes and who is signed in
    def _changes(self, changes: Any, _initiator: object) -> None:
        # Claims reloading re-selects the claim, which refreshes the pane; a document attached to a reference
        # the selected claim does not cite (or by another desk) is read here.
        if self.desk.selection.article_id in changes.articles and changes.references:
            self.refresh()

    def _enable(self) -> None:
        signed_in = self.desk.user is not None
        has_document = self.source is not None and self.source.document is not None
        self.pane.use.setEnabled(signed_in and has_document and self.pane.text.selected_span() is not None)
        self.pane.use.setToolTip(self.tr("Record the selected passage as the verdict's evidence") if self.pane.use.isEnabled()
                                 else self.tr("Select a passage of the document to use it as evidence"))
        self.pane.attach.setEnabled(signed_in and self.shown.reference is not None)
        self.attach_reference.setEnabled(signed_in and self._selected_reference() is not None)
        for button in self.pane.suggestions.findChildren(QPushButton):
            button.setEnabled(signed_in)
