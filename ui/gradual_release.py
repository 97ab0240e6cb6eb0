"""Letting go of a large article's objects a slice at a time.

Python frees objects the moment the last reference goes: replacing the shown article
of 60,000 claims freed its claim views, rows and verdicts in one cascade of ~115 ms on
the GUI thread (measured with bench/large_article_bench.py). The window hands what it
replaces to :class:`GradualRelease`, which holds every element and lets go of a slice
per turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer

SLICE = 2_000  # objects freed per turn


class GradualRelease(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: list[object] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._turn)

    def release(self, *collections: Iterable[object]) -> None:
        """Hold each element of ``collections`` until its turn to go (the collections may go at once)."""
        for collection in collections:
            self._held.extend(collection)
        if len(self._held) > SLICE:
            self._timer.start()
        else:
            self._held.clear()

    def _turn(self) -> None:
        del self._held[-SLICE:]
        if self._held:
            self._timer.start()
