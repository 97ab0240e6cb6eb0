"""The dashboard in the real window: opened from the keyboard, counts and bars clicked into the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from tests.board_history import Clock, write_history
from tests.ui.conftest import wait_idle
from ui.theme import contrast_ratio, dark_palette
from workstation.facade import Workstation


@pytest.fixture
def board(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, int]]:
    """The scripted board of tests/board_history.py in a SQLite file; the clock stays at its NOW."""
    db = str(tmp_path / "board.db")
    with Workstation.open(db) as ws:
        ids = write_history(ws, Clock(monkeypatch))
    return db, ids


def open_dashboard(qtbot, main_window, db: str):  # type: ignore[no-untyped-def]
    window = main_window(user="rita", db=db)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None and window.runner.is_idle(), timeout=10_000)
    return window


def library_rows(qtbot, window, expected: set[int]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: set(window.model.ids()) == expected and window.runner.is_idle(), timeout=10_000)


def click_bar(qtbot, window, chart_name: str, series: int, category: int) -> None:  # type: ignore[no-untyped-def]
    chart = window.dashboard.view.findChild(type(window.dashboard.view.throughput), chart_name)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(series, category))


def test_dashboard_opens_from_the_view_menu_shortcut_and_toolbar(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, _ids = board
    window = open_dashboard(qtbot, main_window, db)
    action = window.findChild(QAction, "actionDashboard")
    assert action.isChecked() and action.shortcut().toString() == "Ctrl+Shift+D"
    assert action in window.findChild(type(window.review_menu), "viewMenu").actions()
    assert action in window.toolbar.actions()
    assert window.dashboard.view.isVisible() and not window.reader.isVisible() and not window.review.isVisible()
    numbers = {key: window.dashboard.view.tile_numbers[key].text() for key in window.dashboard.view.tiles}
    assert numbers == {"Submitted": "2", "Under Review": "1", "Approved": "5", "due": "1", "overdue": "2"}
    assert "11.5 d" in window.dashboard.view.cycle_time.text()
    action.trigger()  # and back to the article
    assert window.reader.isVisible() and not window.dashboard.view.isVisible()


def test_clicking_bars_and_counts_filters_the_library(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, ids = board
    window = open_dashboard(qtbot, main_window, db)
    library = window.library
    d = window.dashboard.dashboard
    weeks = [w.week.isoformat() for w in d.throughput]

    click_bar(qtbot, window, "throughputChart", 0, weeks.index("2026-01-19"))  # approved that week
    library_rows(qtbot, window, {ids["A3"]})
    assert library.selection_chip.isVisible()
    assert library.selection_label.text() == "Dashboard: Approved in the week of 19 Jan 2026"
    assert library.status.currentData() is None and library.search.text() == ""
    assert window.count_label.text() == "1 article"

    people = [p.name for p in d.workload]
    click_bar(qtbot, window, "workloadChart", 1, people.index("ana"))  # approvals ana signed
    library_rows(qtbot, window, {ids["A1"], ids["A2"], ids["A5"]})
    assert library.selection_label.text() == "Dashboard: Approved by ana since 22 Sep 2025"

    click_bar(qtbot, window, "findingsChart", 0, [f.code for f in d.findings].index("promotional-language"))
    library_rows(qtbot, window, {ids["A7"]})

    click_bar(qtbot, window, "reviewCyclesChart", 0, 2)  # changes requested twice
    library_rows(qtbot, window, {ids["A3"]})

    qtbot.mouseClick(window.dashboard.view.tiles["Under Review"], Qt.MouseButton.LeftButton)
    library_rows(qtbot, window, {ids["A7"]})
    assert library.status.currentData() == "Under Review" and not library.selection_chip.isVisible()

    qtbot.mouseClick(window.dashboard.view.findChild(QPushButton, "countOverdue"), Qt.MouseButton.LeftButton)
    library_rows(qtbot, window, {ids["A4"]})
    assert library.status.currentText() == "Due for re-review"

    window.dashboard.view.cycle_time.linkActivated.emit("first-approved")  # the link in the cycle figures
    library_rows(qtbot, window, {ids["A1"], ids["A2"], ids["A3"]})
    assert library.selection_label.text() == "Dashboard: First approved since 22 Sep 2025"

    click_bar(qtbot, window, "workloadChart", 0, people.index("rita"))  # rita's open reviews
    library_rows(qtbot, window, {ids["A8"]})
    qtbot.mouseClick(library.selection_clear, Qt.MouseButton.LeftButton)
    library_rows(qtbot, window, set(ids.values()))
    assert not library.selection_chip.isVisible()


def test_clicking_the_overdue_assignments_tile_filters_the_library(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, ids = board
    window = open_dashboard(qtbot, main_window, db)
    library = window.library
    tile = window.dashboard.view.findChild(QPushButton, "countOverdueAssignments")
    assert tile.accessibleName() == "Overdue assignments: 2 articles"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    library_rows(qtbot, window, {ids["A7"], ids["A8"]})  # A1 was approved late, A6 is due today
    assert library.status.currentText() == "Overdue assignments" and library.status.currentData() == "overdue"
    assert not library.selection_chip.isVisible() and library.search.text() == ""
    assert window.count_label.text() == "2 articles"
    # The same filter chosen in the library panel, after another one.
    library.status.setCurrentIndex(library.status.findText("Approved"))
    library_rows(qtbot, window, {ids[name] for name in ("A1", "A2", "A3", "A4", "A5")})
    library.status.setCurrentIndex(library.status.findText("Overdue assignments"))
    library_rows(qtbot, window, {ids["A7"], ids["A8"]})


def test_an_empty_slot_opens_nothing(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, ids = board
    window = open_dashboard(qtbot, main_window, db)
    chart = window.dashboard.view.throughput
    with qtbot.assertNotEmitted(chart.bar_clicked):
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, 0))  # a week of none
    assert window.library.selection is None


def test_clicking_an_article_in_the_filtered_library_opens_it(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, ids = board
    window = open_dashboard(qtbot, main_window, db)
    qtbot.mouseClick(window.dashboard.view.tiles["Under Review"], Qt.MouseButton.LeftButton)
    library_rows(qtbot, window, {ids["A7"]})
    table = window.library.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(window.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: window.current_article == ids["A7"], timeout=10_000)
    assert window.reader.isVisible() and not window.dashboard.view.isVisible()
    assert not window.findChild(QAction, "actionDashboard").isChecked()


def test_the_dashboard_follows_a_change(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, ids = board
    window = open_dashboard(qtbot, main_window, db)
    numbers = window.dashboard.view.tile_numbers
    window.runner.mutate(lambda: window.workstation.workflow.transition(article_id=ids["A6"], to="Under Review", user="rita"))
    qtbot.waitUntil(lambda: numbers["Under Review"].text() == "2" and numbers["Submitted"].text() == "1",
                    timeout=10_000)
    wait_idle(qtbot, window)


def test_closing_on_the_dashboard_saves_the_readers_layout(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]
    db, _ids = board
    window = open_dashboard(qtbot, main_window, db)
    window.close()
    assert window.reader.isVisibleTo(window) and not window.dashboard.view.isVisibleTo(window)


def test_bars_stand_out_from_the_background_in_light_and_dark(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.views.dashboard import CHART_HUES, series_colour

    for palette in (QApplication.style().standardPalette(), dark_palette()):
        base = palette.color(QPalette.ColorRole.Base)
        assert min(contrast_ratio(series_colour(hue, palette), base) for hue in CHART_HUES) >= 3.0
