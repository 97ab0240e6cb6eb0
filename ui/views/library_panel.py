"""The library panel: search, status filter and the article table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_text
from workstation.facade import ArticleSelection

STATUSES = ("Submitted", "Under Review", "Approved")

# (label, status value passed to the facade); the labels are translated where they are shown
STATUS_FILTERS = ((QT_TRANSLATE_NOOP("LibraryPanel", "All"), None),
                  (QT_TRANSLATE_NOOP("Status", "Submitted"), "Submitted"),
                  (QT_TRANSLATE_NOOP("Status", "Under Review"), "Under Review"),
                  (QT_TRANSLATE_NOOP("Status", "Approved"), "Approved"),
                  (QT_TRANSLATE_NOOP("LibraryPanel", "Due for re-review"), "due"),
                  (QT_TRANSLATE_NOOP("LibraryPanel", "Overdue assignments"), "overdue"),
                  (QT_TRANSLATE_NOOP("LibraryPanel", "Assigned to me"), "assigned"),
                  (QT_TRANSLATE_NOOP("LibraryPanel", "Awaiting my approval"), "approval"))


class LibraryPanel(QWidget):
    palette_changed = Signal()  # the table's colours (status badges) follow it
    selection_changed = Signal()  # a dashboard figure's articles were chosen, or that filter cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search titles and text  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search articles"))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status filter"))
        for label, value in STATUS_FILTERS:
            self.status.addItem(QCoreApplication.translate("Status" if value in STATUSES else "LibraryPanel", label),
                                value)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Article library"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Click to sort; right-click to choose the columns"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(bar)
        layout.addWidget(self._selection_chip())
        layout.addWidget(self.table)

    def _selection_chip(self) -> QFrame:
        """A line above the table naming the dashboard figure the library is filtered to, with a clear button."""
        self.selection: ArticleSelection | None = None
        self.selection_chip = QFrame()
        self.selection_chip.setObjectName("libraryFilterChip")
        self.selection_chip.setFrameShape(QFrame.Shape.StyledPanel)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("libraryFilterLabel")
        self.selection_clear = QToolButton()
        self.selection_clear.setObjectName("clearLibraryFilter")
        self.selection_clear.setText("✕")
        self.selection_clear.setAccessibleName(self.tr("Clear the dashboard filter"))
        self.selection_clear.setToolTip(self.tr("Show the whole library again"))
        self.selection_clear.clicked.connect(lambda: self.set_selection(None))
        row = QHBoxLayout(self.selection_chip)
        row.setContentsMargins(6, 2, 2, 2)
        row.addWidget(self.selection_label, 1)
        row.addWidget(self.selection_clear)
        self.selection_chip.hide()
        return self.selection_chip

    def set_selection(self, selection: ArticleSelection | None) -> None:
        """Filter to the articles a dashboard figure counted (None: no such filter), on top of the others."""
        self.selection = selection
        self.selection_label.setText(self.tr("Dashboard: {label}").format(label=core_text(selection.label)) if selection else "")
        self.selection_label.setAccessibleName(self.selection_label.text())
        self.selection_chip.setVisible(selection is not None)
        self.selection_changed.emit()

    def show_only(self, *, status: str | None = None, selection: ArticleSelection | None = None) -> None:
        """Show exactly one status (a STATUS_FILTERS value) or one dashboard selection: search cleared.

        The search field and status box change quietly, so the library is asked
        for once, by ``selection_changed``.
        """
        for widget in (self.search, self.status):
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.status.setCurrentIndex(max(0, self.status.findData(status)))
        finally:
            for widget in (self.search, self.status):
                widget.blockSignals(False)
        self.set_selection(selection)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.palette_changed.emit()

    def visible_rows(self) -> tuple[int, int]:
        """The first and last row in the table's viewport; (0, -1), an empty range, when there are none."""
        rows = self.table.model().rowCount() if self.table.model() is not None else 0
        if rows == 0:
            return 0, -1
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return first, rows - 1 if last < 0 else last

    def set_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 196), (1, 96), (2, 66), (3, 60), (4, 100), (5, 84), (6, 76), (7, 84), (8, 84)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def column_actions(self) -> QMenu:
        """A menu of the columns, each checkable; the title column always stays."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        menu = QMenu(self.tr("Columns"), self)
        menu.setObjectName("libraryColumnsMenu")
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        return menu

    def _column_menu(self, position: QPoint) -> None:
        self.column_actions().exec(self.table.horizontalHeader().mapToGlobal(position))
