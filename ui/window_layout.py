"""The main window's layout kept between sessions: its geometry, the panes' sizes, the library's columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from ui import settings as store


def restore_layout(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    """Put the window, its panes and the library's columns back as they were saved (else the default size)."""
    saved = store.settings()
    geometry = saved.value(store.GEOMETRY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 900)
    sizes = saved.value(store.SPLITTER)
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    columns = saved.value(store.LIBRARY_HEADER)
    if isinstance(columns, QByteArray):
        header.restoreState(columns)
        # The saved state carries a sort indicator; the library opens in its default order.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)


def save_layout(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    saved = store.settings()
    saved.setValue(store.GEOMETRY, window.saveGeometry())
    saved.setValue(store.SPLITTER, splitter.saveState())
    saved.setValue(store.LIBRARY_HEADER, header.saveState())
    saved.sync()


__all__ = ["restore_layout", "save_layout"]
