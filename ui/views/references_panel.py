"""The References view: the library shared by all articles (layout only; behaviour in the controller)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class ReferencesPanel(QWidget):
    """Search, the records table (sorted by a header click), a record's details, Merge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referencesPanel")
        self.search = QLineEdit()
        self.search.setObjectName("referenceSearch")
        self.search.setPlaceholderText(self.tr("Search titles, authors, journals, DOI or PMID"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the reference library"))
        self.count = QLabel("")
        self.count.setObjectName("referenceCount")
        self.import_button = QPushButton(self.tr("&Import references…"))
        self.import_button.setObjectName("referenceImportButton")
        self.import_button.setAccessibleName(self.tr("Import references"))
        self.merge = QPushButton(self.tr("&Merge selected"))
        self.merge.setObjectName("referenceMergeButton")
        self.merge.setAccessibleName(self.tr("Merge the two selected records"))
        self.merge.setEnabled(False)
        self.merge.setToolTip(self.tr("Select two records of the same work to merge them"))
        self.table = QTableView()
        self.table.setObjectName("referenceLibraryTable")
        self.table.setAccessibleName(self.tr("Reference library"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setToolTip(self.tr("Click to sort"))
        self.detail = QTextBrowser()
        self.detail.setObjectName("referenceDetail")
        self.detail.setAccessibleName(self.tr("The selected record"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a record to see its details, the articles citing it and its conflicts."))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.import_button)
        bar.addWidget(self.merge)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("referencesSplitter")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def set_column_widths(self) -> None:
        for column, width in enumerate((380, 160, 150, 50, 200, 70, 150)):
            self.table.setColumnWidth(column, width)
