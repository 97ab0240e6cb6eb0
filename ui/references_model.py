"""The reference library as a table model: rows the database searched and sorted, retractions marked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from ui import theme
from workstation.views_references import LibraryRecordView

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ID_ROLE = Qt.ItemDataRole.UserRole

# (header, sort key the facade understands)
COLUMNS = ((QT_TRANSLATE_NOOP("ReferencesModel", "Title"), "title"), (QT_TRANSLATE_NOOP("ReferencesModel", "Authors"), "authors"), (QT_TRANSLATE_NOOP("ReferencesModel", "Journal"), "container"), (QT_TRANSLATE_NOOP("ReferencesModel", "Year"), "year"),
           (QT_TRANSLATE_NOOP("ReferencesModel", "DOI / PMID"), "doi"), (QT_TRANSLATE_NOOP("ReferencesModel", "Cited by"), None), (QT_TRANSLATE_NOOP("ReferencesModel", "Retraction"), None))
PAGE = 100  # records asked for at a time: the first page while typing, the next ones as the table scrolls
_SEVERITY = {"Retraction": "error", "Expression of concern": "warning", "Correction": "info"}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def authors_text(authors: Sequence[str]) -> str:
    """'Wakefield, Murch, Anthony et al.' (family names; three at most)."""
    families = [a.partition(",")[0] for a in authors]
    return ", ".join(families[:3]) + (QCoreApplication.translate("ReferencesModel", " et al.") if len(families) > 3 else "")


class ReferenceLibraryModel(QAbstractTableModel):
    """The pages of a search fetched so far; the view asks for the next page (``fetchMore``) as it scrolls
    to the end, through ``load_more(offset)``, which the owner sets and answers with ``append_rows``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRecordView] = []
        self.palette = QPalette()
        self.load_more: Callable[[int], None] | None = None
        self._more = False  # the last page was full, so the search may hold more records
        self._asking = False  # a page is on its way

    def set_rows(self, rows: Sequence[LibraryRecordView], *, more: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._more, self._asking = more, False
        self.endResetModel()

    def append_rows(self, rows: Sequence[LibraryRecordView], *, more: bool) -> None:
        """The next page arrived: add the records not already shown (a change may have shifted the pages)."""
        shown = {r.id for r in self.rows}
        new = [r for r in rows if r.id not in shown]
        self._more, self._asking = more, False
        if new:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._asking and self.load_more is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent) and self.load_more is not None:
            self._asking = True
            self.load_more(len(self.rows))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ReferencesModel", COLUMNS[section][0])
        return None

    def cell(self, record: LibraryRecordView, column: int) -> str:
        if column == 0:
            return record.title or self.tr("(untitled)")
        if column == 1:
            return authors_text(record.authors)
        if column == 2:
            return record.container
        if column == 3:
            return str(record.year or "")
        if column == 4:
            return record.doi or (self.tr("PMID {pmid}").format(pmid=record.pmid) if record.pmid else "")
        if column == 5:
            return str(len(record.articles)) if record.articles else ""
        return record.retraction or ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return self.cell(record, column)
        if role == ID_ROLE:
            return record.id
        if role == ALIGN:
            return _RIGHT if column in (3, 5) else _LEFT
        if role == FOREGROUND and record.retraction and column in (0, 6):
            return theme.severity_colour(_SEVERITY.get(record.retraction, "info"), self.palette)
        if role == TOOLTIP:
            tip = f"{record.title}\n{', '.join(record.authors)}"
            if record.retraction:
                when = self.tr(" on {retraction_date:%Y-%m-%d}").format(retraction_date=record.retraction_date) if record.retraction_date else ""
                tip += self.tr("\n{retraction}{when} (Retraction Watch)").format(retraction=record.retraction, when=when)
            if record.conflicts:
                tip += self.tr("\n{conflicts} conflicting value(s) to settle").format(conflicts=record.conflicts)
            return tip
        if role == ACCESSIBLE:
            text = self.cell(record, column)
            return self.tr("{text} (retracted)").format(text=text) if column == 0 and record.retraction == "Retraction" else text
        return None

    def sort_key(self, column: int) -> str | None:
        return COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
