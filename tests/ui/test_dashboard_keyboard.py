"""The dashboard's charts from the keyboard: Tab to a chart, arrows along its bars, Enter or Space to open one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.test_dashboard import board, library_rows, open_dashboard  # noqa: F401  (board: a fixture)
from ui.charts import BarChart, highlight_colours
from ui.theme import contrast_ratio, dark_palette


def focused() -> object:
    return QApplication.focusWidget()


def tab_to(qtbot, chart: BarChart, presses: int = 12) -> list[str]:  # type: ignore[no-untyped-def]
    """Press Tab until ``chart`` has the focus; the object names the focus passed through."""
    passed = []
    for _ in range(presses):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        passed.append(focused().objectName())
        if chart.hasFocus():
            return passed
    raise AssertionError(f"Tab never reached {chart.objectName()}: {passed}")


def outline_drawn(chart: BarChart) -> bool:
    """Whether the current bar's top edge is painted in the outline colour (the highlight is visible)."""
    series, category = chart.current
    value = chart._series[series].values[category]
    along = category + chart._offset(series)
    edge = QPointF(value, along) if chart.horizontal else QPointF(along, value)
    point = chart.mapFromScene(chart.getPlotItem().vb.mapViewToScene(edge))
    image = chart.grab().toImage()
    outline = highlight_colours(chart.palette())[0]
    near = [QColor(image.pixel(point.x() + dx, point.y() + dy)) for dx in range(-2, 3) for dy in range(-2, 3)]
    return any(max(abs(c.red() - outline.red()), abs(c.green() - outline.green()),
                   abs(c.blue() - outline.blue())) < 40 for c in near)


def test_tab_reaches_each_chart_and_the_arrows_and_enter_open_a_bar(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    db, ids = board
    window = open_dashboard(qtbot, main_window, db)
    view, library = window.dashboard.view, window.library
    d = window.dashboard.dashboard
    window.activateWindow()
    view.tiles["overdue"].setFocus()
    qtbot.waitUntil(lambda: view.tiles["overdue"].hasFocus())

    chart = view.throughput
    passed = tab_to(qtbot, chart)
    assert passed[-2:] == ["reviewCyclesChart", "throughputChart"]
    bars = chart.bars()
    weeks = [w.week.isoformat() for w in d.throughput]
    assert chart.current == bars[0] == (1, weeks.index("2025-10-06"))  # A1 submitted: the first bar, oldest week
    assert chart.accessibleName() == "Articles approved and submitted per week"
    assert chart.accessibleDescription().startswith(
        f"1 article(s) submitted in the week of 06 Oct 2025 (bar 1 of {len(bars)})")
    assert outline_drawn(chart)

    qtbot.keyClick(chart, Qt.Key.Key_Left)  # already at the first: stays
    assert chart.current == bars[0]
    target = bars.index((0, weeks.index("2026-01-19")))  # A3 approved that week
    for _ in range(target):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == (0, weeks.index("2026-01-19"))
    assert chart.accessibleDescription().startswith("1 article(s) approved in the week of 19 Jan 2026")
    assert outline_drawn(chart)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    library_rows(qtbot, window, {ids["A3"]})
    assert library.selection_label.text() == "Dashboard: Approved in the week of 19 Jan 2026"
    assert chart.hasFocus()  # the next bar is one key away

    qtbot.keyClick(chart, Qt.Key.Key_End)  # this week's submissions: A6
    assert chart.current == (1, weeks.index("2026-03-16"))
    qtbot.keyClick(chart, Qt.Key.Key_Space)
    library_rows(qtbot, window, {ids["A6"]})

    workload = view.workload  # horizontal bars: Down moves to the next one, as Right does
    tab_to(qtbot, workload)
    assert not chart._marks  # the highlight goes with the focus
    people = [p.name for p in d.workload]
    assert workload.current == (0, people.index("rita"))  # rita's open review comes first
    qtbot.keyClick(workload, Qt.Key.Key_Down)
    assert workload.current == (0, people.index("rob"))
    assert workload.accessibleDescription().startswith("rob: 1 open review(s)")
    qtbot.keyClick(workload, Qt.Key.Key_Down)
    assert workload.current == (1, people.index("ana"))  # ana has no open review: her approvals are next
    qtbot.keyClick(workload, Qt.Key.Key_Enter)
    library_rows(qtbot, window, {ids["A1"], ids["A2"], ids["A5"]})
    assert library.selection_label.text() == "Dashboard: Approved by ana since 22 Sep 2025"

    findings = view.findings
    tab_to(qtbot, findings)
    codes = [f.code for f in d.findings]
    qtbot.keyClick(findings, Qt.Key.Key_Down)
    assert findings.current == (0, codes.index("promotional-language"))
    qtbot.keyClick(findings, Qt.Key.Key_Return)
    library_rows(qtbot, window, {ids["A7"]})


def test_a_mouse_click_moves_the_keyboard_highlight(qtbot, main_window, board) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    db, _ids = board
    window = open_dashboard(qtbot, main_window, db)
    chart = window.dashboard.view.review_cycles
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, 1))
    assert chart.hasFocus() and chart.current == (0, 1)
    with qtbot.waitSignal(chart.bar_clicked) as clicked:
        qtbot.keyClick(chart, Qt.Key.Key_Right)
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert clicked.args == [0, 2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_highlight_stands_out_in_light_and_dark(qtbot, scheme: str) -> None:  # type: ignore[no-untyped-def]
    from ui.views.dashboard import CHART_HUES, series_colour

    palette = dark_palette() if scheme == "dark" else QApplication.style().standardPalette()
    base = palette.color(QPalette.ColorRole.Base)
    outline, halo, band = highlight_colours(palette)
    assert halo == base
    assert contrast_ratio(outline, base) >= 4.5  # the outline against the chart's background and its halo
    for hue in CHART_HUES:  # the halo against every bar it goes round
        assert contrast_ratio(halo, series_colour(hue, palette)) >= 3.0, hue.name()
    assert 0 < band.alpha() < 255  # the band lets the grid and the bar show through
