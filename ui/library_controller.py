"""Behaviour of the library pane: which articles it lists, and which one is open.

The filter, the search (asked for once typing pauses), a header click's sort and a
dashboard figure's selection make one query (:class:`~ui.library_loader.LibraryQuery`);
the newest one's answer is shown, keeping the open article selected. Picking a row
opens its article on the desk's selection, which every other pane observes. Other
controllers open an article through :meth:`LibraryController.select_article`. Before an
article is opened, :attr:`LibraryController.may_leave` is asked whether the one open may be
left (:mod:`ui.unsaved_edits`: source typed in the Editor and not saved); when it may not
yet, the article is opened later with :meth:`LibraryController.open_now`, or the selection
goes back to the open article's row (:meth:`LibraryController.keep_current`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QPainter

from ui.desk import Desk
from ui.library_delegate import LibraryDelegate
from ui.library_loader import LibraryLoader, LibraryQuery
from ui.library_model import TITLE_COLUMN, LibraryModel
from ui.views.library_panel import LibraryPanel
from workstation.facade import LibraryPage

SEARCH_DELAY_MS = 150
# After a jump the table is not painted until the rows in view arrive (a few milliseconds), rather
# than painted once with placeholders and again with the rows; if they take longer than this, the
# placeholders are painted after all.
HOLD_PAINT_MS = 200


class LibraryController(QObject):
    def __init__(self, desk: Desk, panel: LibraryPanel, counted: Callable[[int, bool], None]) -> None:
        """``counted(rows, complete)`` is told how many articles the library lists once an answer arrives."""
        super().__init__(panel)
        self.desk, self.panel, self._counted = desk, panel, counted
        table = panel.table
        self.model = LibraryModel(self._load_rows, self.refresh, self)
        self.loader = LibraryLoader(desk.runner, desk.workstation, self.model, self._ids_arrived)
        table.setModel(self.model)
        self.delegate = LibraryDelegate(self.model, table)
        table.setItemDelegate(self.delegate)
        self.model.titles_ahead.connect(self._titles_ahead)
        self.delegate.runner_idle = desk.runner.is_idle
        desk.runner.idle.connect(self.delegate.runner_became_idle)
        panel.set_column_widths()
        table.setSortingEnabled(False)
        table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        panel.palette_changed.connect(self.model.palette_changed)
        self.pending_select: int | None = None  # to select once the ids arrive (an import's last article)
        # Whether the open article may be left for the one given now; False: it is opened later, or not at all.
        self.may_leave: Callable[[int], bool] = lambda _article_id: True

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        panel.search.textChanged.connect(self.search_timer.start)
        # Rows beyond the viewport are asked for once the scrolled frame is painted, so the
        # op runner's thread reads them while the GUI thread is idle, not while it paints.
        self.prefetch_timer = QTimer(self)
        self.prefetch_timer.setSingleShot(True)
        self.prefetch_timer.setInterval(0)
        self.prefetch_timer.timeout.connect(lambda: self.model.prefetch(*panel.visible_rows()))
        table.verticalScrollBar().valueChanged.connect(self._scrolled)
        # Whether the view last moved by a jump to rows not here yet (an article opened far away): the
        # rows fetched around it are not laid out ahead, which would cost each switch ~100 titles' shaping.
        self._jumped = False
        panel.status.currentIndexChanged.connect(lambda *_: self.refresh())
        panel.selection_changed.connect(self.refresh)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self._awaited: list[int] = []  # the rows a held paint waits for
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(HOLD_PAINT_MS)
        self.hold_timer.timeout.connect(self._release_paint)
        self.model.dataChanged.connect(lambda *_: self._rows_arrived())
        self.model.modelReset.connect(self._release_paint)

    def _scrolled(self, _value: int = 0) -> None:
        self._jumped = False  # a jump sets it again once it has scrolled (_row_changed)
        self.prefetch_timer.start()

    def _titles_ahead(self, titles: list[str]) -> None:
        if not self._jumped and not self.panel.table.isColumnHidden(TITLE_COLUMN):
            self.delegate.lay_out_ahead(titles)

    def _load_rows(self, ids: list[int], done: Any) -> None:
        ws = self.desk.workstation
        self.desk.runner.query(lambda: ws.library.article_summaries(ids=ids), done)

    def _header_clicked(self, column: int) -> None:
        descending = self.model.sort_column == column and not self.model.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.panel.table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)

    def refresh(self) -> None:
        """Ask for the library again (filter, search, sort); only the newest request's answers are shown."""
        panel = self.panel
        query = LibraryQuery(
            status=panel.status.currentData(), search=panel.search.text().strip(),
            selection=panel.selection,  # a dashboard figure's articles, if one was clicked
            sort=self.model.sort_key, descending=self.model.descending, user=self.desk.user,
        )
        self.loader.request(query, around=self.pending_select or self.desk.selection.article_id)

    def _ids_arrived(self, _page: LibraryPage) -> None:
        """The model shows a new answer (a first page, or every id): the count, and the article to keep selected."""
        count = self.model.rowCount()
        self._counted(count, self.model.complete)
        current = self.desk.selection.article_id
        keep = self.pending_select or current
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and count and current is None:
            row = 0
        table = self.panel.table
        if row >= 0 and row != table.selectionModel().currentIndex().row():
            self.pending_select = None
            table.selectRow(row)
            table.scrollTo(self.model.index(row, 0))
        elif row >= 0:
            self.pending_select = None

    def select_article(self, article_id: int) -> None:
        """Select an article in the library (once the ids arrive, if they have not yet)."""
        row = self.model.row_of(article_id)
        if row < 0:
            self.pending_select = article_id
            return
        self.panel.table.selectRow(row)

    def show_article(self, article_id: int) -> None:
        """Select an article, showing every status first if the status filter hides it."""
        if self.model.row_of(article_id) < 0 and self.panel.status.currentIndex() != 0:
            self.panel.status.setCurrentIndex(0)  # a filter hides it: show all (this asks again)
        self.select_article(article_id)

    def _row_changed(self) -> None:
        index = self.panel.table.selectionModel().currentIndex()
        article_id = self.model.article_id(index.row()) if index.isValid() else None
        if article_id is not None:
            # The view has scrolled to the row: its rows are read before the article, not after it.
            awaited = self.model.fetch_shown(*self.panel.visible_rows())
            self._jumped = bool(awaited)
            if awaited:
                self._hold_paint(awaited)
            if article_id != self.desk.selection.article_id and not self.may_leave(article_id):
                return  # asked first: opened once the open article may be left, else its row selected again
            self.desk.selection.open_article(article_id)  # observed: the article is read (ui.reader_controller)

    def open_now(self, article_id: int) -> None:
        """Open the article, its row selected (the one open before may be left now)."""
        row = self.model.row_of(article_id)
        if row >= 0 and row != self.panel.table.selectionModel().currentIndex().row():
            self.pending_select = None
            self.panel.table.selectRow(row)  # opens it, as a click would
        self.desk.selection.open_article(article_id)  # its row selected already (or not listed): opened here

    def keep_current(self) -> None:
        """The selection back on the open article's row (none when the library does not list it)."""
        self.pending_select = None
        table, current = self.panel.table, self.desk.selection.article_id
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            table.selectRow(row)
            return
        table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)

    def _hold_paint(self, awaited: list[int]) -> None:
        """Paint the table once the rows in view arrive (each paint of ~145 cells costs the GUI thread 2-4 ms).

        Meanwhile the viewport is only cleared (``eventFilter``): disabling its updates does not stop
        the paint that scrolling to the row asks for.
        """
        if not self._awaited:
            self.panel.table.viewport().installEventFilter(self)
        self._awaited = awaited
        self.hold_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._awaited and watched is self.panel.table.viewport():
            viewport = self.panel.table.viewport()
            painter = QPainter(viewport)
            painter.fillRect(event.rect(), viewport.palette().color(viewport.backgroundRole()))
            painter.end()
            return True
        return super().eventFilter(watched, event)

    def _rows_arrived(self) -> None:
        if self._awaited and not self.model.awaiting(self._awaited):
            self._release_paint()

    def _release_paint(self) -> None:
        """Paint the table again (what arrived meanwhile, or placeholders for what has not)."""
        if self._awaited:
            self._awaited = []
            self.hold_timer.stop()
            viewport = self.panel.table.viewport()
            viewport.removeEventFilter(self)
            viewport.update()

    def focus_search(self) -> None:
        self.panel.search.setFocus()
        self.panel.search.selectAll()


__all__ = ["LibraryController"]
