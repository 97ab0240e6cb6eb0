"""Behaviour of the References view and of importing reference files from the window."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QWidget

from ui.core_messages import core_text
from ui.desk import Desk
from ui.references_model import ID_ROLE, PAGE, ReferenceLibraryModel, authors_text
from ui.views.references_panel import ReferencesPanel
from ui.window_menus import WindowMenus
from workstation.changes import OpChanges
from workstation.facade import reference_format
from workstation.views_references import RecordDetail, ReferenceCounts

REFERENCE_PATTERNS = QT_TRANSLATE_NOOP("ReferencesController", "Reference files (*.ris *.bib *.bibtex *.nbib *.medline *.json *.txt);;"
                      "RIS (*.ris);;BibTeX (*.bib);;PubMed/MEDLINE (*.nbib *.txt);;CSL-JSON (*.json);;All files (*)")
SEARCH_DELAY_MS = 150


def is_reference_file(path: str) -> bool:
    """True for a RIS, BibTeX, MEDLINE or CSL-JSON file (by its name, else its first lines)."""
    return reference_format(path) is not None


class ReferencesController:
    """Builds the References dock (the window places it) and File → Import references…, and keeps them current."""

    def __init__(self, desk: Desk, menus: WindowMenus) -> None:
        self.desk = desk
        self.ws = desk.workstation
        self.panel = ReferencesPanel()
        self.model = ReferenceLibraryModel(self.panel.table)
        self.model.load_more = self._load_more
        self.panel.table.setModel(self.model)
        self.panel.set_column_widths()
        self.dock = QDockWidget(QCoreApplication.translate("ReferencesController", "References"), desk.parent)
        self.dock.setObjectName("referencesDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.action_import = menus.action(
            "actionImportReferences", QCoreApplication.translate("ReferencesController", "Import &references…"), self.import_dialog, None,
            QCoreApplication.translate("ReferencesController", "Import RIS, BibTeX, PubMed (.nbib) or CSL-JSON files into the reference library"))
        self.action_view = self.dock.toggleViewAction()
        self.action_view.setObjectName("actionReferences")
        self.action_view.setText(QCoreApplication.translate("ReferencesController", "&References"))
        self.action_view.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_view.setToolTip(QCoreApplication.translate("ReferencesController", "Show the reference library (Ctrl+Shift+L)"))
        self.sort, self.descending = "title", False
        self._stale = True
        self._request = 0
        self._selected: int | None = None
        self._timer = QTimer(self.panel)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.panel.search.textChanged.connect(self._timer.start)
        self.panel.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.panel.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.panel.merge.clicked.connect(self.merge_selected)
        self.panel.import_button.clicked.connect(self.import_dialog)
        self.panel.detail.anchorClicked.connect(self._anchor)
        self.dock.visibilityChanged.connect(lambda visible: visible and self._stale and self.refresh())
        # File → Import references… after Import…, and View → References.
        menus.insert_after(menus.file_menu, menus.action_import, self.action_import)
        menus.view_menu(QCoreApplication.translate("ReferencesController", "&View")).addAction(self.action_view)
        self.apply_user()

    def apply_user(self) -> None:
        """Importing and deciding need someone signed in; reading the library does not."""
        signed_in = self.desk.user is not None
        tip = QCoreApplication.translate("ReferencesController", "Import RIS, BibTeX, PubMed (.nbib) or CSL-JSON files into the reference library")
        for action_or_button in (self.action_import, self.panel.import_button):
            action_or_button.setEnabled(signed_in)
            action_or_button.setToolTip(tip if signed_in else QCoreApplication.translate("ReferencesController", "{tip}: nobody is signed in (File → Sign in…)").format(tip=tip))
        self._selection_changed()

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.refresh()

    # ----------------------------------------------------------------- reading
    def refresh(self) -> None:
        """Ask for the first page again (only while the view is shown; otherwise when it is next opened),
        then for how many records match: counting every match never delays the rows."""
        if not self.dock.isVisible():
            self._stale = True
            return
        self._stale = False
        self._request += 1
        request, search, sort, descending = self._request, self.panel.search.text(), self.sort, self.descending
        self.desk.runner.query(
            lambda: self._unless_stale(request, lambda: self.ws.references.list_references(
                search=search, sort=sort, descending=descending, limit=PAGE)),
            lambda rows: self._rows_arrived(rows, request))
        self.desk.runner.query(
            lambda: self._unless_stale(request, lambda: self.ws.references.count_references(search=search)),
            lambda counts: self._counts_arrived(counts, request))

    def _unless_stale(self, request: int, read: Callable[[], Any]) -> Any:
        """On the worker: skip a read a newer keystroke has already replaced."""
        return read() if request == self._request else None

    def _load_more(self, offset: int) -> None:
        request, search, sort, descending = self._request, self.panel.search.text(), self.sort, self.descending
        self.desk.runner.query(
            lambda: self._unless_stale(request, lambda: self.ws.references.list_references(
                search=search, sort=sort, descending=descending, offset=offset, limit=PAGE)),
            lambda rows: self._page_arrived(rows, request))

    def _page_arrived(self, rows: Sequence[Any] | None, request: int) -> None:
        if rows is not None and request == self._request:
            self.model.append_rows(rows, more=len(rows) == PAGE)

    def _counts_arrived(self, counts: ReferenceCounts | None, request: int) -> None:
        if counts is None or request != self._request:
            return
        self.panel.count.setText(QCoreApplication.translate("ReferencesController", "{0} record(s)").format(counts.total) + (QCoreApplication.translate("ReferencesController", ", {retracted} retracted").format(retracted=counts.retracted) if counts.retracted else ""))

    def _rows_arrived(self, rows: Sequence[Any] | None, request: int) -> None:
        if rows is None or request != self._request:
            return  # a newer search is on its way
        self.model.palette = self.panel.table.palette()
        self.model.set_rows(rows, more=len(rows) == PAGE)
        if self._selected is not None:
            for row, record in enumerate(rows):
                if record.id == self._selected:
                    self.panel.table.selectRow(row)
                    break
            else:
                self._selected = None
                self.panel.detail.clear()

    def _header_clicked(self, column: int) -> None:
        key = self.model.sort_key(column)
        if key is None:
            return
        self.descending = not self.descending if key == self.sort else False
        self.sort = key
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.panel.table.horizontalHeader().setSortIndicator(column, order)
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.panel.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.panel.merge.setEnabled(len(ids) == 2 and self.desk.user is not None)
        self.panel.merge.setToolTip(QCoreApplication.translate("ReferencesController", "Merge the two selected records into the older one") if len(ids) == 2
                                    else QCoreApplication.translate("ReferencesController", "Select two records of the same work to merge them"))
        if len(ids) == 1:
            self._selected = ids[0]
            record_id = ids[0]
            self.desk.runner.query(lambda: self.ws.references.reference_record(record_id=record_id), self._show_detail)

    def _show_detail(self, detail: RecordDetail) -> None:
        if detail.record.id != self._selected:
            return
        self.panel.detail.setHtml(detail_html(detail, can_decide=self.desk.user is not None))

    # ----------------------------------------------------------------- changing
    def import_dialog(self) -> None:
        if self.desk.user is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self.desk.parent, QCoreApplication.translate("ReferencesController", "Import references"), "",
            QCoreApplication.translate("ReferencesController", REFERENCE_PATTERNS))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str]) -> None:
        user = self.desk.user

        def done(report: Any) -> None:
            text = (QCoreApplication.translate("ReferencesController", "References: {0} record(s), {merged} merged, {1} article reference(s) linked, {suggested} to confirm").format(len(report.records), len(report.linked), merged=report.merged, suggested=report.suggested))
            if report.failed:
                text += QCoreApplication.translate("ReferencesController", "; {0} file(s) refused: ").format(len(report.failed)) + "; ".join(
                    f"{Path(f.file).name}: {core_text(f.error)}" for f in report.failed[:3])
            self.desk.status_bar.showMessage(text, 15000)
            self.show()

        self.desk.runner.long_mutation(
            lambda progress: self.ws.references.import_references(paths=list(paths), user=user, progress=progress),
            done, label=QCoreApplication.translate("ReferencesController", "Importing references"))

    @staticmethod
    def confirm(parent: QWidget, text: str) -> bool:
        """Ask before a step that cannot be undone (tests replace this)."""
        answer = QMessageBox.question(parent, QCoreApplication.translate("ReferencesController", "Merge records"), text)
        return answer == QMessageBox.StandardButton.Yes

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2 or self.desk.user is None:
            return
        keep, gone = sorted(ids)
        titles = {r.id: r.title for r in self.model.rows}
        if not self.confirm(self.desk.parent, QCoreApplication.translate("ReferencesController", "Merge record {gone} “{0}” into record {keep} “{1}”? Differing values are kept as conflicts.").format(titles.get(gone, ''), titles.get(keep, ''), gone=gone, keep=keep)):
            return
        user = self.desk.user
        self._selected = keep
        self.desk.runner.mutate(lambda: self.ws.references.merge_references(keep_id=keep, merge_id=gone, user=user),
                                  label=QCoreApplication.translate("ReferencesController", "Merging records"))

    def _anchor(self, url: QUrl) -> None:
        kind, _, rest = url.toString().partition(":")
        if kind == "article":
            self.desk.library.select_article(int(rest))
        elif kind in ("accept", "reject") and self.desk.user is not None:
            article, number, record = (int(x) for x in rest.split(":"))
            user = self.desk.user
            self.desk.runner.mutate(lambda: self.ws.references.decide_reference_match(
                article_id=article, number=number, record_id=record, accept=kind == "accept", user=user),
                label=QCoreApplication.translate("ReferencesController", "Linking reference"))

    def on_changes(self, changes: OpChanges) -> None:
        if changes.references or changes.findings:
            self.refresh()
            if self._selected is not None and self.dock.isVisible():
                record_id = self._selected
                self.desk.runner.query(lambda: self.ws.references.reference_record(record_id=record_id), self._show_detail,
                                         failure=lambda _error: self.panel.detail.clear())


def detail_html(detail: RecordDetail, *, can_decide: bool) -> str:
    """The selected record: its fields, retraction, citing articles (suggestions to accept), conflicts."""
    r = detail.record
    e = html.escape
    where = ", ".join(x for x in (r.container, str(r.year or ""), f"{r.volume}({r.issue})" if r.issue else r.volume,
                                  r.pages) if x)
    parts = ["<h3>{}</h3>".format(e(r.title or QCoreApplication.translate("ReferencesController", "(untitled)"))), "<p>{}</p>".format(e(', '.join(r.authors)) or QCoreApplication.translate("ReferencesController", "<i>no authors</i>")),
             f"<p>{e(where)}</p>"]
    ids = [QCoreApplication.translate("ReferencesController", "DOI {0}").format(e(r.doi)) if r.doi else "", QCoreApplication.translate("ReferencesController", "PMID {0}").format(e(r.pmid)) if r.pmid else "", e(r.url) if r.url else ""]
    parts.append("<p>" + " · ".join(x for x in ids if x) + "</p>")
    if r.retraction:
        when = QCoreApplication.translate("ReferencesController", " on {retraction_date:%Y-%m-%d}").format(retraction_date=r.retraction_date) if r.retraction_date else ""
        parts.append(QCoreApplication.translate("ReferencesController", "<p style=\"font-weight:600\">⚠ {0}{when} (Retraction Watch record {1})</p>").format(e(r.retraction), e(detail.retraction_notice), when=when))
        if detail.retraction_reason:
            parts.append(QCoreApplication.translate("ReferencesController", "<p>Reason: {0}</p>").format(e(detail.retraction_reason)))
    parts.append(QCoreApplication.translate("ReferencesController", "<h4>Cited by</h4>"))
    if not detail.citations:
        parts.append(QCoreApplication.translate("ReferencesController", "<p><i>No article cites it.</i></p>"))
    for c in detail.citations:
        line = QCoreApplication.translate("ReferencesController", "<a href=\"article:{article_id}\">{0}</a>, reference {number}").format(e(c.article_title), article_id=c.article_id, number=c.number)
        if c.state == "suggested":
            line += QCoreApplication.translate("ReferencesController", " — suggested ({method} {score:.0f}%)").format(method=c.method, score=c.score)
            if can_decide:
                line += (f' <a href="accept:{c.article_id}:{c.number}:{r.id}">Accept</a>'
                         f' <a href="reject:{c.article_id}:{c.number}:{r.id}">Reject</a>')
        elif c.state == "rejected":
            line += QCoreApplication.translate("ReferencesController", " — rejected")
        else:
            line += QCoreApplication.translate("ReferencesController", " — linked by {0}").format(e(c.method))
        parts.append(f"<p>{line}</p>")
    if detail.conflicts:
        parts.append(QCoreApplication.translate("ReferencesController", "<h4>Conflicting values</h4>"))
        parts.extend(f"<p><b>{e(c.field)}</b>: {e(c.value)} <i>({e(c.source)})</i></p>" for c in detail.conflicts)
    if detail.sources:
        parts.append(QCoreApplication.translate("ReferencesController", "<p><i>From {0}</i></p>").format(e(", ".join(detail.sources))))
    return "\n".join(parts)


__all__ = ["ID_ROLE", "ReferencesController", "authors_text", "detail_html", "is_reference_file"]
