"""The main window: library on the left, the reader in the centre, the review panel on the right."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui import settings as store
from ui.about import About
from ui.backup_controller import BackupController
from ui.core_messages import core_text, undo_label_text
from ui.dashboard_controller import DashboardController
from ui.desk import Desk
from ui.export_controller import ExportController
from ui.i18n import number as locale_number
from ui.idle_lock import IdleLock
from ui.library_controller import SEARCH_DELAY_MS, LibraryController
from ui.ops import OpRunner
from ui.progressive import DocumentReaper
from ui.reader_controller import ReaderController
from ui.references_controller import ReferencesController, is_reference_file
from ui.review_controller import ReviewController
from ui.session import Session, SignInCancelled, sign_in_for_window
from ui.source_controller import SourceController
from ui.status_area import StatusArea
from ui.teamwork import Teamwork
from ui.unsaved_edits import UnsavedSource
from ui.views.library_panel import LibraryPanel
from ui.views.reader import ArticleView
from ui.views.review_panel import ReviewPanel
from ui.window_layout import restore_layout, save_layout
from ui.window_menus import WindowMenus
from ui.workflow_actions import WorkflowActions
from workstation.changes import OpChanges
from workstation.facade import UserView, Workstation

__all__ = ["SEARCH_DELAY_MS", "MainWindow", "SignInCancelled", "create_main_window"]

TITLE = "Review Workstation"
IMPORT_PATTERNS = QT_TRANSLATE_NOOP("MainWindow", "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")


class MainWindow(QMainWindow):
    export_finished = Signal(object)  # ExportReport, once an export from the window is done

    def __init__(self, workstation: Workstation, user: str | None, display_name: str = "", role: str = "") -> None:
        super().__init__()
        self.workstation = workstation
        self.setObjectName("mainWindow")
        self.setWindowTitle(TITLE)
        self.setAcceptDrops(True)
        self.runner = OpRunner(self)
        # What the controllers share: who is signed in, the op runner, the current article and its selection.
        self.desk = Desk(workstation, self.runner, self, user, (display_name or user or "") if user else "",
                         role if user else "", status_bar=self.statusBar())

        self.library = LibraryPanel()
        self.library_controller = self.desk.library = LibraryController(self.desk, self.library, self._show_count)
        self.model, self.library_loader = self.library_controller.model, self.library_controller.loader
        self._search_timer = self.library_controller.search_timer
        self._prefetch_timer = self.library_controller.prefetch_timer
        self.reader = ArticleView()
        self.review = ReviewPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(self.review)
        self.splitter.setSizes([580, 410, 410])
        self.splitter.setChildrenCollapsible(False)
        # The work and, while the window is locked, the lock page in its place.
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        # The reader follows the selection first, then the review panel's tabs.
        self.reading = ReaderController(self.desk, self.reader)
        self.controller = ReviewController(self.desk, self.review)
        # The cited reference's document beside the article.
        self.sources = SourceController(self.desk, self.controller, self.splitter, self.library, self.reader)
        # Large articles are laid out a piece at a time, and the documents they replace freed on a thread.
        self.reaper = DocumentReaper(self)
        self.reader.progress.reaper, self.reader.progress.hold = self.reaper, self.runner.hold
        self.controller.attach(self.reaper, self.runner.hold)
        # Another article, or closing the window, asks first when the Editor holds unsaved source.
        self.unsaved = UnsavedSource(self.desk, self.controller.editor, self.library_controller)
        self._build_actions()
        self.workflow = WorkflowActions(self.desk, self.toolbar, self.review_menu)
        self.exports = ExportController(self.desk, self.action_export, self.library.table)
        self.exports.finished.connect(self._exported)
        self.references = ReferencesController(self.desk, self.menus)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.references.dock)
        self.references.dock.hide()
        self.backups = BackupController(self.desk, self.menus)
        self.status_area = StatusArea(self.statusBar(), self.runner)
        self.user_label, self.count_label = self.status_area.user_label, self.status_area.count_label
        self.progress, self.cancel = self.status_area.progress, self.status_area.cancel
        self.session = Session(self)
        self.idle = IdleLock(self)
        self.pages.addWidget(self.idle.screen)
        self.dashboard = DashboardController(self.desk, self.menus, self.splitter, self.library, (self.reader, self.review))
        self.teamwork = Teamwork(self)  # live updates, Assign…, the bell, who else is editing
        self.about = About(self)  # the Help menu, last in the menu bar

        self.reader.claim_clicked.connect(self.controller.select_claim)
        self.reader.reference_clicked.connect(self._show_reference)
        self.runner.changes_applied.connect(self.on_changes)
        restore_layout(self, self.splitter, self.library.table.horizontalHeader())
        self.session.apply_user()
        self.refresh_library()
        self.update_undo()
        self.idle.reload()

    # ----------------------------------------------------------------- building
    def _build_actions(self) -> None:
        self.menus = menus = WindowMenus(
            self, import_files=self.import_dialog, export=lambda: self.exports.ask(),
            undo=lambda: self._undo_redo("undo"), redo=lambda: self._undo_redo("redo"),
            save_revision=self.controller.save_revision, find=self.library_controller.focus_search, quit=self.close)
        self.action_import, self.action_export = menus.action_import, menus.action_export
        self.action_undo, self.action_redo, self.action_save = menus.action_undo, menus.action_redo, menus.action_save
        self.action_find, self.action_quit = menus.action_find, menus.action_quit
        self.file_menu, self.review_menu, self.toolbar = menus.file_menu, menus.review_menu, menus.toolbar
        # Single-key review shortcuts; text fields take their own keys first.
        for key, slot in (("J", lambda: self.controller.step_claim(1)), ("K", lambda: self.controller.step_claim(-1))):
            QShortcut(QKeySequence(key), self, slot)
        for number in range(1, 6):
            QShortcut(QKeySequence(str(number)), self, lambda n=number: self.controller.set_verdict_number(n))

    def _action(self, name: str, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        return self.menus.action(name, text, slot, shortcut, tip)  # the session's and Help's actions

    # ----------------------------------------------------------------- library
    def refresh_library(self) -> None:
        """Ask for the library again (filter, search, sort); only the newest request's answers are shown."""
        self.library_controller.refresh()

    def _show_count(self, count: int, complete: bool) -> None:
        more = "" if complete else "+"
        self.count_label.setText((self.tr("{count}{more} articles") if count != 1 or more else self.tr("{count}{more} article")).format(
            count=locale_number(count), more=more))

    def select_article(self, article_id: int) -> None:
        """Select an article in the library (once the ids arrive, if they have not yet)."""
        self.library_controller.select_article(article_id)

    def _exported(self, report: Any) -> None:
        handled = {e.id for e in report.exported} | {r.id for r in report.refused}
        if self.current_article is not None and self.current_article in handled:
            self.load_article(self.current_article)  # its history now lists the export
        self.export_finished.emit(report)

    def load_article(self, article_id: int) -> None:
        self.reading.load(article_id)

    def _show_reference(self, number: int) -> None:
        table = self.review.references_tab.table
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.text() == str(number):
                self.review.setCurrentWidget(self.review.references_tab)
                table.selectRow(row)
                return

    # ----------------------------------------------------------------- changes
    def on_changes(self, changes: OpChanges, initiator: object) -> None:
        if changes.library or changes.workflow:
            self.refresh_library()
        elif changes.articles:
            self.model.invalidate(changes.articles)
        if self.current_article is not None and (
            self.current_article in changes.articles or changes.findings or changes.comments or changes.workflow
        ):
            self.load_article(self.current_article)
        self.references.on_changes(changes)
        self.update_undo()

    def update_undo(self) -> None:
        ws = self.workstation

        def labels() -> tuple[str | None, str | None]:
            return ws.review.undo_label(), ws.review.redo_label()

        def show(result: tuple[str | None, str | None]) -> None:
            if self.user is None:
                result = (None, None)  # a read-only window takes nothing back
            for action, verb, nothing, label in (
                    (self.action_undo, self.tr("Undo"), self.tr("Undo ({keys}): nothing to undo"), result[0]),
                    (self.action_redo, self.tr("Redo"), self.tr("Redo ({keys}): nothing to redo"), result[1])):
                # "Undo set verdict": the toolbar button says what it takes back; the tooltip adds the keys.
                what = self.tr("{verb} {label}").format(verb=verb, label=undo_label_text(label)) if label else verb
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setEnabled(bool(label))
                action.setText(f"&{what}")
                action.setToolTip(f"{what} ({keys})" if label else nothing.format(keys=keys))

        self.runner.query(labels, show)

    def _undo_redo(self, which: str) -> None:
        if self.user is None:
            return
        user = self.user
        self.runner.mutate(lambda: getattr(self.workstation.review, which)(user=user), label=which.capitalize())

    # ----------------------------------------------------------------- who is signed in
    # Who is signed in, and the current article: kept on the desk the controllers share.
    @property
    def user(self) -> str | None:
        return self.desk.user

    @property
    def display_name(self) -> str:
        return self.desk.display_name

    @property
    def role(self) -> str:
        return self.desk.role

    @property
    def current_article(self) -> int | None:
        return self.desk.selection.article_id

    def set_user(self, view: UserView | None) -> None:
        """The window continues as ``view`` (None: nobody, read-only): actions, library and article follow."""
        self.desk.user = view.name if view is not None else None
        self.desk.display_name = view.display_name if view is not None else ""
        self.desk.role = view.role if view is not None else ""
        if view is not None:
            store.save_user(view.name)
        self.session.apply_user()
        self.references.apply_user()
        self.backups.apply_user()
        self.teamwork.user_changed()
        self.workflow.update(None)  # until the article is read again for this person
        self.refresh_library()
        if self.current_article is not None:
            self.load_article(self.current_article)
        self.update_undo()
        self.idle.reload()

    def show_locked(self, screen: QWidget, locked: bool) -> None:
        """Show the lock page instead of the work (which stays exactly as it was), or the work again."""
        self.pages.setCurrentWidget(screen if locked else self.splitter)
        self.menuBar().setVisible(not locked)
        self.toolbar.setVisible(not locked)
        self.setWindowTitle(self.tr("{TITLE} — locked").format(TITLE=TITLE) if locked else TITLE)

    def is_closed(self) -> bool:
        return self.desk.closed

    # ----------------------------------------------------------------- import and export
    def import_dialog(self) -> None:
        if self.user is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import articles"), "", self.tr(IMPORT_PATTERNS))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str]) -> None:
        user = self.user

        def done(report: Any) -> None:
            text = self.tr("Imported {0} article(s)").format(len(report.imported))
            if report.failed:
                text += self.tr("; {0} failed: ").format(len(report.failed)) + "; ".join(f"{Path(f.file).name}: {core_text(f.error)}"
                                                                        for f in report.failed[:3])
            if report.cancelled:
                text += self.tr(" (cancelled)")
            self.statusBar().showMessage(text, 10000)
            if report.imported:
                self.library_controller.pending_select = report.imported[-1].id

        self.runner.long_mutation(
            lambda progress: self.workstation.library.import_files(paths=list(paths), user=user, progress=progress),
            done, label=self.tr("Importing"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.user is not None and not self.idle.locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.user is None or self.idle.locked:
            return
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Reference files (RIS, BibTeX, .nbib, CSL-JSON) go to the library, never to the article importer.
            references = [p for p in paths if is_reference_file(p)]
            articles = [p for p in paths if p not in references]
            if references:
                self.references.import_paths(references)
            if articles:
                self.import_paths(articles)

    # ----------------------------------------------------------------- settings and closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.desk.closed and not self.unsaved.may_close(self.close):
            event.ignore()  # asked first: closed once the source is saved or dropped
            return
        if not self.desk.closed:
            self.dashboard.set_shown(False)  # the splitter saved is the reader's layout, not the dashboard's
            save_layout(self, self.splitter, self.library.table.horizontalHeader())
            self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the worker and close the database (idempotent)."""
        if self.desk.closed:
            return
        self.teamwork.stop()  # its lease goes before the worker stops
        self.desk.closed = True
        self.reading.closed = True
        self.idle.shutdown()
        self.runner.cancel_current()  # a running import stops after its current file
        self.reader.progress.stop()
        self.controller.editor.stop()
        self.runner.shutdown()
        self.reaper.stop()
        self.workstation.close()


def create_main_window(db: str | None, user: str | None = None, *, password: str | None = None,
                       seed: bool = False, interactive: bool = True, create: bool = False) -> MainWindow:
    """Open a window on a database without showing it, signed in as ``user`` with ``password``.

    Without them: the sign-in dialog (on a database without users, the dialog that
    creates its first administrator); with ``interactive=False`` no dialog is shown
    and the window opens read-only. A password an admin reset must be changed first.
    ``create`` lets ``db`` be an existing empty file (``--create``), which is refused
    otherwise. Raises SignInCancelled (and opens no window) when the person cancels.
    """
    workstation = Workstation.open(db, create=create)
    if seed:
        workstation.library.seed_if_empty()
    try:
        view = sign_in_for_window(workstation, user, password, interactive=interactive)
    except BaseException:
        workstation.close()
        raise
    if view is None:
        return MainWindow(workstation, None)
    store.save_user(view.name)
    return MainWindow(workstation, view.name, view.display_name, view.role)
