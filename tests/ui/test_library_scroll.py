"""Scrolling the library: the titles of rows fetched ahead of the view are laid out before they are shown."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QStyledItemDelegate

from tests.ui.conftest import wait_idle
from tests.ui.test_library_jump import library_of
from ui.library_model import PAGE


def laid_out(delegate, title: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the delegate holds ``title`` laid out at the title column's width (drawn with no shaping)."""
    return isinstance(delegate._texts.get((title, delegate._title_width)), tuple)


def scroll_to(qtbot, window, row: int) -> range:  # type: ignore[no-untyped-def]
    """Scroll the library to ``row`` and paint; the rows of the next page, fetched ahead of the view, once here."""
    table, model = window.library.table, window.model
    table.verticalScrollBar().setValue(row)
    table.viewport().repaint()
    first, last = window.library.visible_rows()
    start = last - last % PAGE + PAGE  # the page after the one in view: asked for ahead of the view
    ahead = range(start, min(start + 20, model.rowCount()))
    qtbot.waitUntil(lambda: all(model.summary(r) is not None for r in ahead), timeout=5_000)
    wait_idle(qtbot, window)
    return ahead


def test_titles_fetched_ahead_are_laid_out_before_they_are_scrolled_into_view(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(db=library_of(tmp_path, 600))
    table, model, delegate = window.library.table, window.model, window.library_controller.delegate
    wait_idle(qtbot, window)
    table.viewport().repaint()
    first, last = window.library.visible_rows()
    ahead = scroll_to(qtbot, window, 250)
    assert len(ahead) == 20 and ahead.start > 250 + last - first
    qtbot.waitUntil(lambda: all(laid_out(delegate, model.summary(row).title) for row in ahead), timeout=5_000)
    fetched_with_the_first_page = range(last + 10, last + 30)  # read at launch, never in view nor ahead of it
    assert all(model.summary(row) is not None for row in fetched_with_the_first_page)
    assert not any(laid_out(delegate, model.summary(row).title) for row in fetched_with_the_first_page)

    table.verticalScrollBar().setValue(ahead.start)  # shown now: drawn laid out, as the standard delegate draws
    mine = table.viewport().grab().toImage()
    table.setItemDelegate(QStyledItemDelegate(table))
    standard = table.viewport().grab().toImage()
    table.setItemDelegate(delegate)
    assert not mine.isNull() and mine == standard


def test_no_titles_are_laid_out_ahead_for_a_hidden_title_column(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(db=library_of(tmp_path, 600))
    table, model, delegate = window.library.table, window.model, window.library_controller.delegate
    wait_idle(qtbot, window)
    table.viewport().repaint()
    table.setColumnHidden(0, True)
    ahead = scroll_to(qtbot, window, 250)
    assert not any(laid_out(delegate, model.summary(row).title) for row in ahead)


def test_titles_wait_to_be_laid_out_while_the_op_runner_is_busy(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Laying out holds the interpreter lock that the op runner's read (an article being opened) needs."""
    window = main_window(db=library_of(tmp_path, 600))
    table, model, delegate = window.library.table, window.model, window.library_controller.delegate
    wait_idle(qtbot, window)
    table.viewport().repaint()
    titles = [model.summary(row).title for row in range(40, 60)]  # read at launch, not laid out
    asked = []
    runner_idle = delegate.runner_idle
    delegate.runner_idle = lambda: asked.append(1) or runner_idle()
    gate = threading.Event()
    window.runner.query(lambda: gate.wait(10))
    try:
        delegate.lay_out_ahead(titles)
        qtbot.waitUntil(lambda: len(asked) >= 1, timeout=5_000)  # it looked
        assert not delegate._ahead_timer.isActive()  # and waits for the runner's idle, not polling meanwhile
        assert not any(laid_out(delegate, title) for title in titles)
    finally:
        gate.set()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: all(laid_out(delegate, title) for title in titles), timeout=5_000)


def test_rows_fetched_around_a_jump_are_not_laid_out_ahead(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An article opened far away reads the rows around it; shaping ~100 titles there would slow every switch."""
    window = main_window(db=library_of(tmp_path, 600))
    table, model, delegate = window.library.table, window.model, window.library_controller.delegate
    wait_idle(qtbot, window)
    table.viewport().repaint()
    table.selectRow(450)  # the rows around 450 are fetched: those in view at once, the next page ahead
    qtbot.waitUntil(lambda: model.summary(500) is not None and window.runner.is_idle(), timeout=5_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not delegate._ahead, timeout=5_000)  # nothing left waiting to be laid out
    assert not any(laid_out(delegate, model.summary(row).title) for row in range(500, 520))
    ahead = scroll_to(qtbot, window, 150)  # scrolled to, not jumped to: laid out ahead again
    qtbot.waitUntil(lambda: all(laid_out(delegate, model.summary(row).title) for row in ahead), timeout=5_000)
