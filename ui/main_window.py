"""The main window: library on the left, the reader in the centre, the review panel on the right."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
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
from ui.core_messages import core_text
from ui.dashboard_controller import DashboardController
from ui.desk import Desk
from ui.export_controller import ExportController
from ui.i18n import number as locale_number
from ui.idle_lock import IdleLock
from ui.library_loader import LibraryLoader, LibraryQuery
from ui.library_model import LibraryDelegate, LibraryModel
from ui.ops import OpRunner
from ui.progressive import DocumentReaper
from ui.reader_controller import ReaderController
from ui.references_controller import ReferencesController, is_reference_file
from ui.review_controller import ReviewController
from ui.session import Session, SignInCancelled, sign_in_for_window
from ui.source_controller import SourceController
from ui.status_area import StatusArea
from ui.teamwork import Teamwork
from ui.views.library_panel import LibraryPanel
from ui.views.reader import ArticleView
from ui.views.review_panel import ReviewPanel
from ui.workflow_actions import WorkflowActions
from workstation.changes import OpChanges
from workstation.facade import LibraryPage, UserView, Workstation

__all__ = ["MainWindow", "SignInCancelled", "create_main_window"]

SEARCH_DELAY_MS = 150
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
                         role if user else "")
        self._closed = False

        self.library = LibraryPanel()
        self.model = LibraryModel(self._load_rows, self.refresh_library, self)
        self.library_loader = LibraryLoader(self.runner, workstation, self.model, self._ids_arrived)
        self.library.table.setModel(self.model)
        self.library.table.setItemDelegate(LibraryDelegate(self.model, self.library.table))
        self.library.set_column_widths()
        self.library.table.setSortingEnabled(False)
        self.library.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.library.palette_changed.connect(self.model.palette_changed)
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
        self.sources = SourceController(self)  # the cited reference's document beside the article
        # Large articles are laid out a piece at a time, and the documents they replace freed on a thread.
        self.reaper = DocumentReaper(self)
        self.reader.progress.reaper, self.reader.progress.hold = self.reaper, self.runner.hold
        self.controller.attach(self.reaper, self.runner.hold)
        self._build_actions()
        self.workflow = WorkflowActions(self.desk, self.toolbar, self.review_menu)
        self.exports = ExportController(self)
        self.references = ReferencesController(self)
        self.references.add_to_menus(self.file_menu, self.action_import)
        self.backups = BackupController(self)
        self.status_area = StatusArea(self.statusBar(), self.runner)
        self.user_label, self.count_label = self.status_area.user_label, self.status_area.count_label
        self.progress, self.cancel = self.status_area.progress, self.status_area.cancel
        self.session = Session(self)
        self.idle = IdleLock(self)
        self.pages.addWidget(self.idle.screen)
        self.dashboard = DashboardController(self)
        self.teamwork = Teamwork(self)  # live updates, Assign…, the bell, who else is editing
        self.about = About(self)  # the Help menu, last in the menu bar

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_library)
        self.library.search.textChanged.connect(self._search_timer.start)
        # Rows beyond the viewport are asked for once the scrolled frame is painted, so the
        # op runner's thread reads them while the GUI thread is idle, not while it paints.
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(0)
        self._prefetch_timer.timeout.connect(lambda: self.model.prefetch(*self.library.visible_rows()))
        self.library.table.verticalScrollBar().valueChanged.connect(lambda _value: self._prefetch_timer.start())
        self.library.status.currentIndexChanged.connect(lambda *_: self.refresh_library())
        self.library.selection_changed.connect(self.refresh_library)
        self.library.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.reader.claim_clicked.connect(self.controller.select_claim)
        self.reader.reference_clicked.connect(self._show_reference)
        self.runner.changes_applied.connect(self.on_changes)
        self._pending_select: int | None = None
        self._restore_settings()
        self.session.apply_user()
        self.refresh_library()
        self.update_undo()
        self.idle.reload()

    # ----------------------------------------------------------------- building
    def _action(self, name: str, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text)
        action.setStatusTip(tip or text)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_import = self._action("actionImport", self.tr("&Import…"), self.import_dialog, QKeySequence.StandardKey.Open,
                                          self.tr("Import article files"))
        self.action_export = self._action("actionExport", self.tr("&Export…"), lambda: self.exports.ask(), None,
                                          self.tr("Export approved articles"))
        self.action_undo = self._action("actionUndo", self.tr("&Undo"), lambda: self._undo_redo("undo"), QKeySequence("Ctrl+Z"))
        self.action_redo = self._action("actionRedo", self.tr("&Redo"), lambda: self._undo_redo("redo"), QKeySequence("Ctrl+Shift+Z"))
        self.action_save = self._action("actionSaveRevision", self.tr("&Save revision"), self.controller.save_revision,
                                        QKeySequence("Ctrl+S"))
        self.action_find = self._action("actionFind", self.tr("&Find"), self._focus_search, QKeySequence("Ctrl+F"))
        self.action_quit = self._action("actionQuit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.action_import, self.action_export])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.action_undo, self.action_redo, self.action_save, self.action_find])
        self.review_menu = self.menuBar().addMenu(self.tr("&Review"))
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.action_import, self.action_export])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_undo, self.action_redo])  # WorkflowActions adds its own separator
        # Single-key review shortcuts; text fields take their own keys first.
        for key, slot in (("J", lambda: self.controller.step_claim(1)), ("K", lambda: self.controller.step_claim(-1))):
            QShortcut(QKeySequence(key), self, slot)
        for number in range(1, 6):
            QShortcut(QKeySequence(str(number)), self, lambda n=number: self.controller.set_verdict_number(n))

    # ----------------------------------------------------------------- library
    def _load_rows(self, ids: list[int], done: Any) -> None:
        self.runner.query(lambda: self.workstation.library.article_summaries(ids=ids), done)

    def _header_clicked(self, column: int) -> None:
        descending = self.model.sort_column == column and not self.model.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.library.table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)

    def refresh_library(self) -> None:
        """Ask for the library again (filter, search, sort); only the newest request's answers are shown."""
        query = LibraryQuery(
            status=self.library.status.currentData(), search=self.library.search.text().strip(),
            selection=self.library.selection,  # a dashboard figure's articles, if one was clicked
            sort=self.model.sort_key, descending=self.model.descending, user=self.user,
        )
        self.library_loader.request(query, around=self._pending_select or self.current_article)

    def _ids_arrived(self, page: LibraryPage) -> None:
        """The model shows a new answer (a first page, or every id): the count, and the article to keep selected."""
        count = self.model.rowCount()
        more = "" if self.model.complete else "+"
        self.count_label.setText((self.tr("{count}{more} articles") if count != 1 or more else self.tr("{count}{more} article")).format(
            count=locale_number(count), more=more))
        keep = self._pending_select or self.current_article
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and count and self.current_article is None:
            row = 0
        if row >= 0 and row != self.library.table.selectionModel().currentIndex().row():
            self._pending_select = None
            self.library.table.selectRow(row)
            self.library.table.scrollTo(self.model.index(row, 0))
        elif row >= 0:
            self._pending_select = None

    def select_article(self, article_id: int) -> None:
        """Select an article in the library (once the ids arrive, if they have not yet)."""
        row = self.model.row_of(article_id)
        if row < 0:
            self._pending_select = article_id
            return
        self.library.table.selectRow(row)

    def _row_changed(self) -> None:
        index = self.library.table.selectionModel().currentIndex()
        article_id = self.model.article_id(index.row()) if index.isValid() else None
        if article_id is not None:
            self.desk.selection.open_article(article_id)  # observed: the article is read (ui.reader_controller)

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

    def _focus_search(self) -> None:
        self.library.search.setFocus()
        self.library.search.selectAll()

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
                what = f"{verb} {label[:1].lower()}{label[1:]}" if label else verb
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
        return self._closed

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
                self._pending_select = report.imported[-1].id

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
    def _restore_settings(self) -> None:
        saved = store.settings()
        geometry = saved.value(store.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = saved.value(store.SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = saved.value(store.LIBRARY_HEADER)
        if isinstance(header, QByteArray):
            self.library.table.horizontalHeader().restoreState(header)
            # The saved state carries a sort indicator; the library opens in its default order.
            self.library.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closed:
            saved = store.settings()
            saved.setValue(store.GEOMETRY, self.saveGeometry())
            saved.setValue(store.SPLITTER, self.splitter.saveState())
            saved.setValue(store.LIBRARY_HEADER, self.library.table.horizontalHeader().saveState())
            saved.sync()
            self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the worker and close the database (idempotent)."""
        if self._closed:
            return
        self.teamwork.stop()  # its lease goes before the worker stops
        self._closed = True
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
