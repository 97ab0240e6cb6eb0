"""The main window (library and reader)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
)

from workstation.facade import Workstation

COLUMNS = ("Title", "Status", "Audience", "Claims", "References", "Last updated")


class MainWindow(QMainWindow):
    def __init__(self, workstation: Workstation, user: str | None) -> None:
        super().__init__()
        self.workstation = workstation
        self.user = user
        self.setObjectName("mainWindow")
        self.setWindowTitle("Review Workstation")
        self.library = QTableWidget(0, len(COLUMNS))
        self.library.setObjectName("libraryTable")
        self.library.setHorizontalHeaderLabels(COLUMNS)
        self.library.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.library.itemSelectionChanged.connect(self._show_selected)
        self.reader = QTextBrowser()
        self.reader.setObjectName("articleView")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.library)
        splitter.addWidget(self.reader)
        splitter.setSizes([600, 800])
        self.setCentralWidget(splitter)
        self.reload()

    def reload(self) -> None:
        rows = self.workstation.list_articles(sort="id", descending=False)
        self.library.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.title, row.status, row.audience, str(row.claims), str(row.references),
                      row.last_updated.isoformat() if row.last_updated else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.library.setItem(r, c, item)

    def select_article(self, article_id: int) -> None:
        for r in range(self.library.rowCount()):
            if self.library.item(r, 0).data(Qt.ItemDataRole.UserRole) == article_id:
                self.library.selectRow(r)
                return

    def _show_selected(self) -> None:
        items = self.library.selectedItems()
        if not items:
            return
        detail = self.workstation.get_article(article_id=items[0].data(Qt.ItemDataRole.UserRole))
        self.reader.setPlainText(detail.title + "\n\n" + detail.body)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.workstation.close()
        super().closeEvent(event)


def create_main_window(db: str | None, user: str | None = None, *, seed: bool = False) -> QMainWindow:
    """Open a window on a database without showing it, acting as the named user."""
    workstation = Workstation.open(db)
    if seed:
        workstation.seed_if_empty()
    if user is not None:
        workstation.get_user(name=user)
    return MainWindow(workstation, user)
