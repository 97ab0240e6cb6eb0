"""The library table: a model holding article ids, fetching rows lazily in pages.

The database filters and sorts (``article_ids``); the model keeps only the ids
and a cache of the rows that were shown, fetched a page at a time through a
loader the window supplies (it runs on the op runner). Sorting by a header
click asks the database again; there is no proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workstation.views import ArticleSummary

PAGE = 100

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
ID_ROLE = Qt.ItemDataRole.UserRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# (header, sort key, cell text)
COLUMNS: tuple[tuple[str, str, Callable[[ArticleSummary], str]], ...] = (
    ("Title", "title", lambda s: s.title),
    ("Status", "status", lambda s: s.status),
    ("Audience", "audience", lambda s: s.audience),
    ("Findings", "findings", lambda s: str(s.findings)),
    ("Reviewed", "claims_reviewed", lambda s: f"{s.claims_reviewed} of {s.claims}"),
    ("Updated", "last_updated", lambda s: _date(s.last_updated)),
    ("Reviewer", "assigned_reviewer", lambda s: s.assigned_reviewer or ""),
    ("Next review", "next_review", lambda s: _date(s.next_review)),
)
NUMERIC_COLUMNS = frozenset({3, 4})
RowLoader = Callable[[list[int], Callable[[dict[int, ArticleSummary]], None]], None]


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


class LibraryModel(QAbstractTableModel):
    """Rows are article ids in display order; summaries arrive page by page."""

    def __init__(self, load_rows: RowLoader, requery: Callable[[], None] | None = None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._load_rows = load_rows
        self._requery = requery
        self._ids: list[int] = []
        self._rows: dict[int, ArticleSummary] = {}
        self._requested: set[int] = set()  # ids asked for and not yet arrived
        self.sort_key = "updated"
        self.descending = True
        self.sort_column = -1

    # ----------------------------------------------------------------- content
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these ids (the database's order); cached rows are kept for reuse."""
        self.beginResetModel()
        self._ids = list(ids)
        self._requested.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def summary(self, row: int) -> ArticleSummary | None:
        article_id = self.article_id(row)
        return self._rows.get(article_id) if article_id is not None else None

    def invalidate(self, article_ids: Iterable[int]) -> None:
        """Drop cached rows a change touched and fetch them again."""
        stale = [i for i in article_ids if i in self._rows]
        for article_id in stale:
            self._rows.pop(article_id, None)
        visible = [i for i in stale if i in set(self._ids)]
        if visible:
            self._fetch(visible)

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == HORIZONTAL and 0 <= section < len(COLUMNS):
            if role == DISPLAY:
                return COLUMNS[section][0]
            if role == TOOLTIP:
                return f"Sort by {COLUMNS[section][0].lower()}"
        elif role == DISPLAY and orientation != HORIZONTAL:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._ids) or column >= len(COLUMNS):
            return None
        if role == ID_ROLE:
            return self._ids[row]
        if role == ALIGN:
            return RIGHT if column in NUMERIC_COLUMNS else None
        if role not in (DISPLAY, TOOLTIP, ACCESSIBLE):
            return None
        summary = self._rows.get(self._ids[row])
        if summary is None:
            self._fetch_page(row)
            summary = self._rows.get(self._ids[row])  # a synchronous loader has filled it already
        if summary is None:
            return "…" if role == DISPLAY and column == 0 else ""
        text = COLUMNS[column][2](summary)
        if role == TOOLTIP:
            return text if column == 0 else None
        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the database sorts, the model shows the new order."""
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column = column
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._requery is not None:
            self._requery()

    # ----------------------------------------------------------------- paging
    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows and i not in self._requested]
        if wanted:
            self._fetch(wanted)

    def _fetch(self, ids: list[int]) -> None:
        self._requested.update(ids)
        self._load_rows(ids, self._arrived)

    def _arrived(self, rows: dict[int, ArticleSummary]) -> None:
        self._rows.update(rows)
        self._requested.difference_update(rows)
        positions = {article_id: n for n, article_id in enumerate(self._ids)}
        touched = sorted(positions[i] for i in rows if i in positions)
        if not touched:
            return
        # One dataChanged per contiguous run of rows.
        first = previous = touched[0]
        for row in [*touched[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            self.dataChanged.emit(self.index(first, 0), self.index(previous, len(COLUMNS) - 1))
            if row is not None:
                first = previous = row
