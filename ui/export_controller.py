"""Exporting from the window: when the action is offered, the dialog, the export job and its summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTableView

from ui.desk import Desk
from ui.dialogs.export import ExportChoice, ExportDialog, ExportSummary, ExportSummaryBox
from workstation.changes import OpChanges


class ExportController(QObject):
    """Export is offered while an article is selected or any article is approved."""

    finished = Signal(object)  # ExportReport, once an export is done

    def __init__(self, desk: Desk, action: QAction, library: QTableView) -> None:
        super().__init__(desk.parent)
        self.desk, self.action, self.library = desk, action, library
        self._approved_count = 0
        desk.runner.changes_applied.connect(self._changes)
        library.selectionModel().currentRowChanged.connect(lambda *_: self._update_action())
        self.count_approved()

    def _changes(self, changes: OpChanges, _initiator: object) -> None:
        if changes.workflow or changes.library:
            self.count_approved()

    def count_approved(self) -> None:
        def show(count: int) -> None:
            self._approved_count = count
            self._update_action()

        ws = self.desk.workstation
        self.desk.runner.query(lambda: ws.library.count_articles(status="Approved"), show)

    def _update_action(self) -> None:
        selected = self.library.selectionModel().currentIndex().isValid()
        enabled = self._approved_count > 0 or selected
        self.action.setEnabled(enabled)
        self.action.setToolTip(
            self.tr("Export approved articles") if enabled else self.tr("Export: no article is approved yet"))

    def ask(self) -> None:
        """Ask which approved articles to export, in which formats and where; then export them off the GUI thread."""
        current, ws = self.desk.selection.article_id, self.desk.workstation

        def load() -> tuple[list[Any], Any]:
            articles = ws.export.exportable_articles()
            if current is None or any(a.article_id == current for a in articles):
                return articles, None
            return articles, ws.library.article_summaries(ids=[current]).get(current)

        # Opened once the runner is done with this job, so the dialog's event loop does not hold the runner busy.
        self.desk.runner.query(
            load, lambda result: QTimer.singleShot(0, self, lambda: self._ask(*result, current)),
            label=self.tr("Listing approved articles"),
        )

    def _ask(self, articles: Sequence[Any], unlisted: Any, current: int | None) -> None:
        if self.desk.closed:
            return
        why = ""
        if unlisted is not None:
            why = (self.tr("“{title}” is not listed: it has no approved revision to export.").format(title=unlisted.title)
                   if unlisted.status == "Approved" else
                   self.tr("“{title}” is not listed: it is {status}, and only approved articles are exported.").format(title=unlisted.title, status=unlisted.status))
        if not articles:
            QMessageBox.information(self.desk.parent, self.tr("Nothing to export"),
                                    self.tr("No article is approved yet, and only approved articles are exported.")
                                    + (f"\n\n{why}" if why else ""))
            return
        choice = ExportDialog.ask(self.desk.parent, articles, current=current, notice=why)
        if choice is not None:
            self.run(choice)

    def run(self, choice: ExportChoice) -> None:
        """Export the chosen articles with a progress bar and Cancel in the status bar; then show a summary."""
        ws, user = self.desk.workstation, self.desk.user
        ids, formats, folder, style = list(choice.article_ids), list(choice.formats), choice.folder, choice.style

        def export(progress):  # type: ignore[no-untyped-def]
            from ui.export_pdf import write_pdf

            return ws.export.export_articles(ids=ids, formats=formats, out_dir=folder, user=user, pdf_writer=write_pdf,
                                             progress=progress, style=style)

        def done(report) -> None:  # type: ignore[no-untyped-def]
            handled = {e.id for e in report.exported} | {r.id for r in report.refused}
            summary = ExportSummary.of(report, folder=folder, requested=len(ids),
                                       cancelled=job.cancel.is_set() and len(handled) < len(ids))
            self.finished.emit(report)  # the window reads the open article again if it was among them
            # Once the runner has gone idle, which clears the status bar.
            QTimer.singleShot(0, self, lambda: self._show_summary(summary))

        label = (self.tr("Exporting {0} articles") if len(ids) != 1 else self.tr("Exporting {0} article")).format(len(ids))
        job = self.desk.runner.long_mutation(export, done, label=label)

    def _show_summary(self, summary: ExportSummary) -> None:
        if self.desk.closed:
            return
        self.desk.status_bar.showMessage(summary.status_line, 10000)
        box = ExportSummaryBox(summary, self.desk.parent)
        box.open_requested.connect(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        box.open()
