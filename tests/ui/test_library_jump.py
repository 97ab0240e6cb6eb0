"""A jump to a far row of the library paints its rows once, when they arrive, not placeholders first."""

from __future__ import annotations

import threading

from tests.people import add_person
from tests.ui.conftest import wait_idle


def library_of(tmp_path, count: int) -> str:  # type: ignore[no-untyped-def]
    from workstation.facade import Workstation
    from workstation.model import ArticleDraft

    db = str(tmp_path / "library.db")
    with Workstation.open(db) as ws:
        ws.library.import_drafts(drafts=[ArticleDraft(title=f"Article {n}", body=f"Body {n}.\n") for n in range(count)])
        add_person(ws, "rev", "reviewer")
    return db


def painted_titles(window):  # type: ignore[no-untyped-def]
    """The title cells the library's delegate paints from now on (row, text)."""
    delegate, painted = window.library_controller.delegate, []
    cell = delegate._cell

    def recording(row, column):  # type: ignore[no-untyped-def]
        shown = cell(row, column)
        if column == 0:
            painted.append((row, shown[0]))
        return shown

    delegate._cell = recording
    return painted


def test_a_jump_paints_the_rows_in_view_once_they_arrive(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(db=library_of(tmp_path, 600))
    table, model = window.library.table, window.model
    painted = painted_titles(window)
    gate = threading.Event()
    window.runner.query(lambda: gate.wait(10))  # the op runner is busy: the jump's rows cannot arrive yet
    try:
        table.selectRow(500)
        table.viewport().repaint()  # the paint the scroll to the row asks for
        assert painted == []  # not placeholders, to be painted over a moment later
    finally:
        gate.set()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: any(row == 500 for row, _ in painted), timeout=5_000)
    first, last = window.library.visible_rows()
    assert first <= 500 <= last
    assert all(text != "…" for _, text in painted)
    assert {text for row, text in painted if row == 500} == {model.summary(500).title}


def test_rows_that_take_long_are_painted_as_placeholders_meanwhile(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(db=library_of(tmp_path, 600))
    table = window.library.table
    painted = painted_titles(window)
    gate = threading.Event()
    window.runner.query(lambda: gate.wait(10))
    try:
        table.selectRow(500)
        # The table does not stay blank: after HOLD_PAINT_MS it shows that rows are on their way.
        qtbot.waitUntil(lambda: (500, "…") in painted, timeout=5_000)
    finally:
        gate.set()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: painted[-1][1] != "…", timeout=5_000)
    assert window.model.summary(500) is not None
