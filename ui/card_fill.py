"""Filling a card list without blocking the GUI thread, and updating it in place.

An article with 60,000 claims made 60,000 list items: creating them, laying them out
(each card's height follows its wrapped text) and clearing them again took seconds on
the GUI thread. :class:`CardFiller` adds and removes items a slice at a time, one slice
per turn of the event loop, and the list lays items out in batches. When a list is
shown again with the same items (a verdict changed), only the rows that differ change.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QListView, QListWidget

from ui.progressive import Hold
from ui.review_rows import CardRow
from ui.views.review_panel import KIND_ROLE, META_ROLE, card

TURN_SECONDS = 0.006  # the GUI thread adds or removes items for about this long per turn
REMOVE_SLICE = 1_000  # items removed at once
BATCH = 40  # items the list lays out per event (each card's height is its wrapped text's)


class CardFiller(QObject):
    def __init__(self, widget: QListWidget, hold: Hold | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        # Every change of the rows lays the list out again: in batches, never all of it in one event.
        widget.setLayoutMode(QListView.LayoutMode.Batched)
        widget.setBatchSize(BATCH)
        self.hold = hold
        self.rows: tuple[CardRow, ...] = ()
        self._added = 0
        self._keys: dict[Hashable, int] = {}
        self._select: Hashable | None = None
        self._then: Callable[[], None] | None = None
        self._pending: Hashable | None = None  # selected by the user before its row was in
        self._release: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def fill(self, rows: Sequence[CardRow], *, select: Hashable | None = None,
             then: Callable[[], None] | None = None, keys: dict[Hashable, int] | None = None) -> None:
        """Show ``rows``, select the row whose data is ``select``, then call ``then``.

        ``keys`` maps each row's data to its row (worked out off the GUI thread for long lists).
        """
        rows = tuple(rows)
        keys = keys if keys is not None else {row.data: index for index, row in enumerate(rows)}
        self._select, self._then, self._pending = select, then, None
        if keys == self._keys and len(rows) == len(self.rows) and self._added == len(rows) == self.widget.count():
            self._update(rows)  # the same rows in the same order: change only what differs
        else:
            self.rows = rows
            self._added = 0
            self._keys = keys
            if self._release is None and self.hold is not None:
                self._release = self.hold()
            self._timer.start()  # in a turn of its own, like every later slice

    def row_of(self, key: Hashable) -> int | None:
        return self._keys.get(key)

    def select(self, key: Hashable) -> bool:
        """Make the row of ``key`` current (once it is in); False when there is none."""
        row = self._keys.get(key)
        if row is None:
            return False
        if row < self._added:  # rows still showing from before a refill do not count
            self.widget.setCurrentRow(row)
        else:
            self._pending = key
        return True

    def is_filling(self) -> bool:
        return self._added < len(self.rows) or self.widget.count() > self._added

    # ----------------------------------------------------------------- internals
    def _update(self, rows: tuple[CardRow, ...]) -> None:
        changed = [i for i, (a, b) in enumerate(zip(rows, self.rows, strict=True)) if a != b]
        self.rows = rows
        for index in changed:
            item, row = self.widget.item(index), rows[index]
            item.setText(row.text)
            item.setData(META_ROLE, row.meta)
            item.setData(KIND_ROLE, row.kind)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.text}\n{row.meta}" if row.meta else row.text)
        self._selected()

    def _turn(self) -> None:
        if not shiboken6.isValid(self.widget):
            return
        started = time.perf_counter()
        widget = self.widget
        widget.blockSignals(True)
        try:
            while widget.count() > self._added and time.perf_counter() - started < TURN_SECONDS:
                count = widget.count()  # what the last rows left: removed from the end, a slice at a time
                widget.model().removeRows(max(self._added, count - REMOVE_SLICE), min(REMOVE_SLICE, count - self._added))
            while self._added < len(self.rows) and time.perf_counter() - started < TURN_SECONDS:
                end = min(len(self.rows), self._added + 100)
                for row in self.rows[self._added:end]:
                    widget.addItem(card(row.text, row.meta, row.kind, row.data))
                self._added = end
        finally:
            widget.blockSignals(False)
        if self._select is not None or self._then is not None:
            row = self._keys.get(self._select) if self._select is not None else None
            if row is None or row < self._added or not self.is_filling():
                self._selected()
        if self._pending is not None and self._keys.get(self._pending, len(self.rows)) < self._added:
            key, self._pending = self._pending, None
            self.select(key)
        if self.is_filling():
            self._timer.start()
        elif self._release is not None:
            release, self._release = self._release, None
            release()

    def _selected(self) -> None:
        """The wanted row is in: make it current (quietly) and tell the owner."""
        row = self._keys.get(self._select) if self._select is not None else None
        then, self._select, self._then = self._then, None, None
        if row is not None and row < self._added:
            self.widget.blockSignals(True)
            self.widget.setCurrentRow(row)
            self.widget.blockSignals(False)
        if then is not None:
            then()
