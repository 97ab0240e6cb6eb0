"""Filling a review panel tab when it is shown, not on every article switch.

Switching articles filled every tab of the review panel, the ones nobody could see
included (the findings' cards, the comments' cards, the history's HTML and its
revision lists, and a query for the revisions' diff). A tab asks :class:`FillWhenShown`
instead: it is filled at once while it is the panel's current tab, else when it next
becomes current. What a tab shows outside its page (the Findings tab's count) is
kept current by its controller all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class FillWhenShown(QObject):
    def __init__(self, panel: QTabWidget, tab: QWidget, fill: Callable[[], None]) -> None:
        super().__init__(tab)
        self.panel, self.tab, self._fill = panel, tab, fill
        self.stale = False  # what the tab shows is not what it would show now
        panel.currentChanged.connect(lambda *_: self._shown())

    def request(self) -> None:
        """What the tab shows changed: fill it now if it is shown, else once it is."""
        self.stale = True
        self._shown()

    def at_once(self) -> None:
        """Fill it now, shown or not."""
        self.stale = True
        self.now()

    def now(self) -> None:
        """Fill it now if what it shows is out of date (something is about to read it)."""
        if self.stale:
            self.stale = False
            self._fill()

    def _shown(self) -> None:
        if self.panel.currentWidget() is self.tab:
            self.now()


__all__ = ["FillWhenShown"]
