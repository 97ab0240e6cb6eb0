"""The library's own delegate paints exactly what the standard one paints from data()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from tests.ui.conftest import wait_idle
from ui.library_delegate import LibraryDelegate
from ui.library_model import STATUS_COLUMN


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


def standard_paint(table):  # type: ignore[no-untyped-def]
    """The viewport as the library's delegate paints it, then as the standard one does.

    The library's delegate paints twice: texts drawn as they are first shaped, then as laid out
    for keeps; both must look the same.
    """
    ours = table.itemDelegate()
    table.setItemDelegate(LibraryDelegate(table.model(), table))  # nothing laid out yet
    first = table.viewport().grab().toImage()
    mine = table.viewport().grab().toImage()
    assert first == mine
    table.setItemDelegate(QStyledItemDelegate(table))
    table.viewport().repaint()
    standard = table.viewport().grab().toImage()
    table.setItemDelegate(ours)
    return mine, standard


def test_focused_elided_and_dark_cells_paint_as_the_standard_ones(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=3)
    table = window.library.table
    wait_idle(qtbot, window)
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    for width in (60, 140):  # titles cut short with an ellipsis, then at another width
        table.setColumnWidth(0, width)
        mine, standard = standard_paint(table)
        assert not mine.isNull() and mine == standard
    table.selectRow(1)  # the selection and the focused cell move
    wait_idle(qtbot, window)
    mine, standard = standard_paint(table)
    assert mine == standard
    light = table.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Base, "#202020"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                         (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.Highlight, "#805020"),
                         (QPalette.ColorRole.HighlightedText, "#ffffc0")):
        dark.setColor(role, QColor(colour))
    table.setPalette(dark)  # text colours follow the palette (the delegate looks them up again)
    mine, standard = standard_paint(table)
    assert mine == standard
    assert mine.pixelColor(2, table.rowViewportPosition(0) + 2) != QColor("#ffffff")


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


def test_a_cell_painted_outside_the_view_is_painted_by_the_style(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    window = main_window()
    wait_idle(qtbot, window)
    window.library.table.viewport().repaint()  # the view's own delegate has painted in the view first
    for delegate in (LibraryDelegate(window.model), window.library.table.itemDelegate()):
        for row in (0, 1):  # and a second cell after the first
            image = QImage(200, 26, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            option = QStyleOptionViewItem()  # no widget: as a drag pixmap or a printout asks
            option.rect = QRect(0, 0, 200, 26)
            delegate.paint(painter, option, window.model.index(row, 0))
            painter.end()
            assert any(image.pixelColor(x, 13) != QColor("white") for x in range(200))  # its title was drawn


def test_a_repaint_looks_up_what_its_cells_share_once(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The palette, font and style are looked up once per paint of the viewport, not once per cell."""
    window = main_window()
    table = window.library.table
    wait_idle(qtbot, window)
    delegate, looked_up, painted = table.itemDelegate(), [], []
    look_up, paint = delegate._look_up, delegate.paint
    monkeypatch.setattr(delegate, "_look_up", lambda option: looked_up.append(1) or look_up(option))
    monkeypatch.setattr(delegate, "paint", lambda *args: painted.append(1) or paint(*args))
    table.setItemDelegate(delegate)  # the view calls the instance's paint
    for _ in range(2):
        looked_up.clear()
        painted.clear()
        table.viewport().repaint()
        assert len(painted) > 9 and len(looked_up) == 1


def test_a_new_font_between_paints_is_painted_as_the_standard_delegate_paints_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=3)
    table = window.library.table
    wait_idle(qtbot, window)
    ours = table.itemDelegate()
    for _ in range(2):
        table.viewport().repaint()  # drawn, then laid out, in the first font
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    table.setColumnWidth(0, 120)
    mine = [table.viewport().grab().toImage() for _ in range(2)]  # the same delegate, in the new font
    table.setItemDelegate(QStyledItemDelegate(table))
    table.viewport().repaint()
    standard = table.viewport().grab().toImage()
    table.setItemDelegate(ours)
    assert not standard.isNull() and mine[0] == standard and mine[1] == standard
