"""Asking the database for the library a window shows: the first page at once, every id after it.

A new search, filter or sort first asks for the rows the table shows first
(an ordered query with a LIMIT, a few milliseconds even for a word in every
article of a large library), shows them, and then asks for every matching id
in display order, which the model appends below them: the scroll bar takes its
full size and the count its final figure a moment later, and the selection and
scroll position stay. Asking again for the list already shown (a change made
elsewhere) reads it in one go, so the view does not jump back to the top.

Only the newest request's answers are shown; a request superseded while it
waits is skipped, and one superseded while SQLite runs it is stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.library_model import LibraryModel
from ui.ops import OpRunner
from workstation.facade import ArticleSelection, LibraryPage, Workstation


@dataclass(frozen=True)
class LibraryQuery:
    """What the library shows: filter, search, dashboard selection, order, and whose queue."""

    status: str | None = None
    search: str = ""
    selection: ArticleSelection | None = None
    sort: str = "updated"
    descending: bool = True
    user: str | None = None

    def arguments(self) -> dict:
        return {"status": self.status, "search": self.search, "selection": self.selection, "sort": self.sort,
                "descending": self.descending, "user": self.user}


class LibraryLoader:
    """Runs the library's reads on the op runner and puts their answers into the model.

    ``shown(page)`` runs on the GUI thread after each answer reached the model
    (the first page, then the whole list), for the window to update its count
    and selection.
    """

    def __init__(self, runner: OpRunner, workstation: Workstation, model: LibraryModel,
                 shown: Callable[[LibraryPage], None]) -> None:
        self._runner = runner
        self._workstation = workstation
        self._model = model
        self._shown = shown
        self._request = 0

    def request(self, query: LibraryQuery, around: int | None = None) -> None:
        """Show ``query``'s list; ``around``: the article to keep selected (its rows come first)."""
        self._request += 1
        request = self._request
        if query == self._model.query and self._model.complete:
            self._all(query, request, around)  # the same list again: in one read, the view stays put
            return
        ws = self._workstation

        def first() -> LibraryPage | None:
            if request != self._request:
                return None  # superseded while queued (typing on): skip the query
            return ws.library.library_first_page(**query.arguments())

        def arrived(page: LibraryPage | None) -> None:
            if page is None or request != self._request:
                return
            self._model.set_ids(page.ids, page.rows, query=query, complete=page.complete)
            self._shown(page)
            if not page.complete:
                self._all(query, request, around)

        self._runner.query(first, arrived, label=QCoreApplication.translate("LibraryLoader", "Searching"))

    def _all(self, query: LibraryQuery, request: int, around: int | None) -> None:
        ws = self._workstation

        def cancelled() -> bool:
            return request != self._request

        def every() -> LibraryPage | None:
            if cancelled():
                return None
            return ws.library.library_page(**query.arguments(), around=around, cancelled=cancelled)

        def arrived(page: LibraryPage | None) -> None:
            if page is None or cancelled():
                return
            if query == self._model.query:
                self._model.extend_ids(page.ids, page.rows)
            else:
                self._model.set_ids(page.ids, page.rows, query=query)
            self._shown(page)

        self._runner.query(every, arrived, label=QCoreApplication.translate("LibraryLoader", "Searching"))
