"""The library table: a model holding article ids, fetching rows lazily in pages.

The database filters and sorts (``article_ids``); the model keeps only the ids
and a cache of the rows that were shown, fetched a page at a time through a
loader the window supplies (it runs on the op runner). Sorting by a header
click asks the database again; there is no proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication

from ui.i18n import audience_label, numeric_date, status_label
from ui.theme import status_badge
from workstation.views import ArticleSummary

PAGE = 100
MAX_CACHED_ROWS = 5_000  # summaries kept; the oldest pages are dropped beyond this

# Plain ints: data() is called for every role of every visible cell on each
# repaint, and an int comparison is several times cheaper than an enum's.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
ID_ROLE = int(Qt.ItemDataRole.UserRole.value)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TEXT_ROLES = frozenset({DISPLAY, TOOLTIP, ACCESSIBLE})
_ROLES = _TEXT_ROLES | {ALIGN, ID_ROLE, BACKGROUND}
HORIZONTAL = Qt.Orientation.Horizontal


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryModel", text)


def _date(value: date | None) -> str:
    return numeric_date(value) if value else ""


def _reviewed(s: ArticleSummary) -> str:
    """Claims with a verdict for every reference they cite, of all claims; or why there is nothing to count."""
    if s.claims == 0:
        return QCoreApplication.translate("LibraryModel", "no claims")
    if s.references == 0:
        return QCoreApplication.translate("LibraryModel", "no references")  # nothing to judge a claim against: "0 of 14" would never change
    return QCoreApplication.translate("LibraryModel", "{0} of {1}").format(s.claims_reviewed, s.claims)


def _reviewed_tip(s: ArticleSummary) -> str:
    if s.claims == 0:
        return QCoreApplication.translate("LibraryModel", "The checks found no claims in this article")
    if s.references == 0:
        return QCoreApplication.translate("LibraryModel", "This article lists no references: its {0} claim(s) cannot be checked against a source").format(
            s.claims)
    return QCoreApplication.translate("LibraryModel", "{0} of {1} claims have a verdict for every reference they cite").format(s.claims_reviewed, s.claims)


def _status_tip(s: ArticleSummary) -> str | None:
    if s.due and s.next_review:
        return QCoreApplication.translate("LibraryModel", "{0}; due for re-review since {1}").format(status_label(s.status), numeric_date(s.next_review))
    return None


# (header, sort key, cell text)
COLUMNS: tuple[tuple[str, str, Callable[[ArticleSummary], str]], ...] = (
    (QT_TRANSLATE_NOOP("LibraryModel", "Title"), "title", lambda s: s.title),
    (QT_TRANSLATE_NOOP("LibraryModel", "Status"), "status", lambda s: status_label(s.status)),
    (QT_TRANSLATE_NOOP("LibraryModel", "Audience"), "audience", lambda s: audience_label(s.audience)),
    (QT_TRANSLATE_NOOP("LibraryModel", "Findings"), "findings", lambda s: str(s.findings) if s.checked else "–"),
    (QT_TRANSLATE_NOOP("LibraryModel", "Reviewed"), "claims_reviewed", _reviewed),
    (QT_TRANSLATE_NOOP("LibraryModel", "Updated"), "last_updated", lambda s: _date(s.last_updated)),
    (QT_TRANSLATE_NOOP("LibraryModel", "Reviewer"), "assigned_reviewer", lambda s: s.assigned_reviewer or ""),
    (QT_TRANSLATE_NOOP("LibraryModel", "Next review"), "next_review", lambda s: _date(s.next_review)),
    (QT_TRANSLATE_NOOP("LibraryModel", "Due"), "due_date", lambda s: _date(s.due_date)),
)
TITLE_COLUMN = 0
NUMERIC_COLUMNS = frozenset({3, 4})
STATUS_COLUMN = 1  # drawn as a badge in the status's colour, as the reader's header does
# flags() is not overridden: QAbstractTableModel's (enabled, selectable) is what the rows need,
# and the view asks for it twice per cell on every paint.
CELL_ALIGNMENT = tuple(
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if column in NUMERIC_COLUMNS
    else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for column in range(len(COLUMNS))
)
_ALIGNMENT_VALUES = tuple(int(alignment.value) for alignment in CELL_ALIGNMENT)  # what data() answers
RowLoader = Callable[[list[int], Callable[[dict[int, ArticleSummary]], None]], None]


def _due_tip(s: ArticleSummary) -> str | None:
    if s.due_date is None:
        return None
    nobody = QCoreApplication.translate("LibraryModel", "nobody")
    who = QCoreApplication.translate("LibraryModel", " (reviewer {0}, approver {1})").format(s.assigned_reviewer or nobody, s.assigned_approver or nobody)
    due = (QCoreApplication.translate("LibraryModel", "Overdue: due {0}") if s.overdue else QCoreApplication.translate("LibraryModel", "Due {0}")).format(numeric_date(s.due_date))
    return due + who


OVERDUE = "Overdue"
DUE_COLUMN = 8  # an overdue assignment's cell is drawn as a badge in the theme's alarm colour
def _findings_tip(s: ArticleSummary) -> str | None:
    if s.checked:
        return None
    return QCoreApplication.translate("LibraryModel", "Not checked: the automated checks never ran on this revision")


TOOLTIPS: dict[int, Callable[[ArticleSummary], str | None]] = {
    0: lambda s: s.title, 1: _status_tip, 3: _findings_tip, 4: _reviewed_tip, DUE_COLUMN: _due_tip,
}


class LibraryModel(QAbstractTableModel):
    """Rows are article ids in display order; summaries arrive page by page."""

    # The titles of rows fetched ahead of the view, as they arrive (their arrival repaints nothing).
    titles_ahead = Signal(list)

    def __init__(self, load_rows: RowLoader, requery: Callable[[], None] | None = None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._load_rows = load_rows
        self._requery = requery
        self._ids: list[int] = []
        self._rows: dict[int, ArticleSummary] = {}  # insertion order is age: the oldest are dropped first
        self._requested: set[int] = set()  # ids asked for and not yet arrived
        self._quiet: set[int] = set()  # of those, ids fetched ahead of the view: their arrival repaints nothing
        self._row_hint: dict[int, int] = {}  # row of an id when it was asked for
        self._badges: dict[str, QBrush] = {}  # per status, in the application's palette
        self._generation = 0  # bumped by set_ids: rows asked for before then only fill the cache
        self.query: object | None = None  # what the ids are the answer to (ui.library_loader.LibraryQuery)
        self.complete = True  # False while only the first ids are known
        self.sort_key = "updated"
        self.descending = True
        self.sort_column = -1

    # ----------------------------------------------------------------- content
    def set_ids(self, ids: Sequence[int], rows: Mapping[int, ArticleSummary] | None = None, *,
                query: object | None = None, complete: bool = True) -> None:
        """Show these ids (the database's order); cached rows are kept for reuse.

        ``rows`` are summaries that came with the ids (the first page), so the
        table shows them without asking again. ``complete`` False: these are
        the first ids of ``query``'s answer, and ``extend_ids`` brings the rest.
        """
        self.beginResetModel()
        self.query, self.complete = query, complete
        self._ids = ids if isinstance(ids, list) else list(ids)
        self._requested.clear()
        self._quiet.clear()
        self._row_hint.clear()
        self._generation += 1
        if rows:
            self._remember(rows)
        self.endResetModel()

    def extend_ids(self, ids: Sequence[int], rows: Mapping[int, ArticleSummary] | None = None) -> None:
        """The whole answer to the query shown: the ids after those shown are appended.

        Appending keeps the selection and the scroll position. A list that no
        longer starts with the ids shown (the library changed meanwhile)
        replaces them.
        """
        ids = ids if isinstance(ids, list) else list(ids)
        known = len(self._ids)
        if ids[:known] != self._ids:
            self.set_ids(ids, rows, query=self.query)
            return
        self.complete = True
        if len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        if rows:  # read afresh with the ids (the page around the selection): show what changed
            self._remember(rows)
            # The rows are a window of the list: find it with one scan, not one per row.
            anchor = self.row_of(next(iter(rows)))
            if anchor >= 0:
                window = range(max(0, anchor - len(rows)), min(len(ids), anchor + len(rows) + 1))
                touched = [row for row in window if ids[row] in rows]
                self.dataChanged.emit(self.index(touched[0], 0), self.index(touched[-1], len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        row = self._row_hint.get(article_id)
        if row is not None and row < len(self._ids) and self._ids[row] == article_id:
            return row
        try:
            return self._ids.index(article_id)  # a C-level scan: about 1 ms for 100,000 ids
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
        rows = {i: self.row_of(i) for i in stale}
        shown = {i: row for i, row in rows.items() if row >= 0}
        if shown:
            self._fetch(list(shown), shown)

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == HORIZONTAL and 0 <= section < len(COLUMNS):
            if role == DISPLAY:
                return _tr(COLUMNS[section][0])
            if role == TOOLTIP:
                return QCoreApplication.translate("LibraryModel", "Sort by {0}").format(_tr(COLUMNS[section][0]).lower())
        elif role == DISPLAY and orientation != HORIZONTAL:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if role not in _ROLES:  # most roles a view asks for: answered before touching the index
            return None
        row = index.row()
        if row < 0 or row >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[row]
        column = index.column()
        if role == ALIGN:
            return _ALIGNMENT_VALUES[column]
        if role == TOOLTIP:
            summary = self._summary_or_fetch(row)
            tip = TOOLTIPS.get(column)
            return tip(summary) if summary is not None and tip is not None else None
        text, _alignment, background = self.cell(row, column)
        return background if role == BACKGROUND else text

    def cell(self, row: int, column: int) -> tuple[str, Qt.AlignmentFlag, QBrush | None]:
        """What a painted cell shows: its text, alignment and background (a status badge).

        ``LibraryDelegate`` makes this one call per cell where the view would
        otherwise call ``data()`` seven times, once per role it paints.
        """
        summary = self._summary_or_fetch(row)
        if summary is None:
            return ("…" if column == 0 else ""), CELL_ALIGNMENT[column], None
        if column == STATUS_COLUMN:
            badge: QBrush | None = self._badge(summary.status)
        elif column == DUE_COLUMN and summary.overdue:
            badge = self._badge(OVERDUE)
        else:
            badge = None
        return COLUMNS[column][2](summary), CELL_ALIGNMENT[column], badge

    def _summary_or_fetch(self, row: int) -> ArticleSummary | None:
        """The row's summary, or None after asking for its page (a synchronous loader fills it at once)."""
        article_id = self._ids[row]
        summary = self._rows.get(article_id)
        # A row on its way, to be announced when it comes, needs nothing more: a view paints nine
        # cells per row, and looking its page over for each of them cost more than the painting.
        if summary is None and (article_id not in self._requested or article_id in self._quiet):
            self._fetch_page(row)
            summary = self._rows.get(article_id)
        return summary

    def _badge(self, status: str) -> QBrush:
        brush = self._badges.get(status)
        if brush is None:
            brush = self._badges[status] = QBrush(status_badge(status, QGuiApplication.palette())[0])
        return brush

    def palette_changed(self) -> None:
        """The application's palette changed (light to dark, say): badges take its colours."""
        self._badges.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, STATUS_COLUMN), self.index(len(self._ids) - 1, DUE_COLUMN))

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
    def prefetch(self, first: int, last: int) -> None:
        """The view shows rows ``first``..``last``: fetch them and half a page either side.

        Called as the table scrolls, so the rows a reviewer scrolls into have
        usually arrived already: no "…" placeholders, and no second paint of the
        same rows when they come in. Rows fetched ahead arrive quietly: any
        ``dataChanged`` repaints the whole viewport, even for rows out of view.
        """
        if not self._ids:
            return
        first = max(first - PAGE // 2, 0)
        last = min(last + PAGE // 2, len(self._ids) - 1)
        # The pages wanted, in one read: after a jump they are two, and each read of its own cost
        # the op runner's thread a transaction and the GUI thread a callback.
        start, end = first - first % PAGE, last - last % PAGE + PAGE
        wanted = {article_id: start + offset for offset, article_id in enumerate(self._ids[start:end])
                  if article_id not in self._rows and article_id not in self._requested}
        if wanted:
            self._fetch(list(wanted), wanted, quiet=True)

    def fetch_shown(self, first: int, last: int) -> list[int]:
        """The view shows rows ``first``..``last`` now (a jump to another part of the list): ask for them at once.

        Asked before whatever the jump sets off (the article it opens), so they are read first, and in
        one read even where they straddle two pages, so they arrive (and are painted) together.
        Returns the ids of those rows not here yet (:meth:`awaiting` tells when they have come).
        """
        last = min(last, len(self._ids) - 1)
        if last < first:
            return []
        start, end = first - first % PAGE, last - last % PAGE + PAGE
        wanted = {article_id: start + offset for offset, article_id in enumerate(self._ids[start:end])
                  if article_id not in self._rows and article_id not in self._requested}
        self._quiet.difference_update(self._ids[start:end])  # shown now: announced when they come
        if wanted:
            self._fetch(list(wanted), wanted)
        return [article_id for article_id in self._ids[first:last + 1] if article_id not in self._rows]

    def awaiting(self, ids: Iterable[int]) -> bool:
        """Whether any of these rows is still on its way (False once the ids shown were replaced)."""
        return any(article_id in self._requested for article_id in ids)

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE
        page = self._ids[start:start + PAGE]
        if self._quiet:
            self._quiet.difference_update(page)  # the view shows these now: announce them when they come
        wanted = {
            article_id: start + offset
            for offset, article_id in enumerate(page)
            if article_id not in self._rows and article_id not in self._requested
        }
        if wanted:
            self._fetch(list(wanted), wanted)

    def _fetch(self, ids: list[int], rows: dict[int, int], *, quiet: bool = False) -> None:
        self._requested.update(ids)
        if quiet:
            self._quiet.update(ids)
        self._row_hint.update(rows)
        generation = self._generation
        self._load_rows(ids, lambda found: self._arrived(found, generation))

    def _remember(self, rows: Mapping[int, ArticleSummary]) -> None:
        self._rows.update(rows)
        excess = len(self._rows) - MAX_CACHED_ROWS
        if excess > 0:
            for article_id in list(self._rows)[: excess + PAGE]:
                del self._rows[article_id]

    def _arrived(self, rows: dict[int, ArticleSummary], generation: int) -> None:
        self._remember(rows)
        if generation != self._generation:
            return  # asked for before the ids changed: the view asks for what it shows now
        self._requested.difference_update(rows)
        announce = [i for i in rows if i not in self._quiet]
        ahead = [COLUMNS[TITLE_COLUMN][2](summary) for i, summary in rows.items() if i in self._quiet]
        self._quiet.difference_update(rows)
        if ahead:
            self.titles_ahead.emit(ahead)
        touched = sorted(row for row in (self.row_of(i) for i in announce) if row >= 0)
        for article_id in rows:
            self._row_hint.pop(article_id, None)
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
