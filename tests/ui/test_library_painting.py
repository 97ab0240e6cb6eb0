"""The library's own delegate paints exactly what the standard one paints from data()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from tests.ui.conftest import wait_idle
from ui.library_model import STATUS_COLUMN, LibraryDelegate


def test_the_library_delegate_paints_what_the_roles_say(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=3)
    table = window.library.table
    assert isinstance(table.itemDelegate(), LibraryDelegate)
    wait_idle(qtbot, window)
    ours = table.viewport().grab().toImage()
    table.setItemDelegate(QStyledItemDelegate(table))  # seven data() calls a cell
    table.viewport().repaint()
    standard = table.viewport().grab().toImage()
    assert not ours.isNull() and ours == standard


def test_the_library_delegate_fills_the_option_from_the_model(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    wait_idle(qtbot, window)
    model = window.model
    delegate = LibraryDelegate(model)
    for column in range(model.columnCount()):
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == model.data(index)
        assert bool(option.features & QStyleOptionViewItem.ViewItemFeature.HasDisplay) == bool(option.text)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        if column == STATUS_COLUMN:
            assert background is not None and option.backgroundBrush.color() == background.color()
        else:
            assert background is None
