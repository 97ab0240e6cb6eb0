"""Light and dark palettes: the window follows the asked scheme and every colour it sets stays readable."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QStyleFactory

from ui import theme

WCAG_AA = 4.5
CITED = 5  # three references, claims that cite them


@pytest.fixture
def palette_theme(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Switch the application's palette; the style and palette are put back afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())

    def use(name: str) -> str:
        return theme.apply_theme(qapp, name)

    yield use
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)



def claim_contrasts(window) -> dict[int, float]:  # type: ignore[no-untyped-def]
    """Each claim in the reader: contrast of its text against its tint."""
    reader = window.reader
    text = reader.palette().color(QPalette.ColorRole.Text)
    out = {}
    for claim_id in reader.claim_ids():
        start, _ = reader._claim_ranges[claim_id]
        cursor = QTextCursor(reader.document())
        cursor.setPosition(start + 1)
        fmt = cursor.charFormat()
        background = fmt.background().color()
        foreground = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else text
        assert background.alpha() == 255, "tints are opaque, so what is measured is what is shown"
        out[claim_id] = theme.contrast_ratio(background, foreground)
    return out


def assert_readable(window) -> None:  # type: ignore[no-untyped-def]
    contrasts = claim_contrasts(window)
    assert contrasts and min(contrasts.values()) >= WCAG_AA, contrasts
    palette = window.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    for state in theme.STATE_HUES:
        assert theme.contrast_ratio(theme.state_tint(state, palette), text) >= WCAG_AA, state
        assert theme.contrast_ratio(theme.state_tint(state, palette), theme.muted_text(palette)) >= WCAG_AA, state
    for status in theme.STATUS_HUES:
        assert theme.contrast_ratio(*theme.status_badge(status, palette)) >= WCAG_AA, status
    for severity in theme.SEVERITY_COLOURS:
        assert theme.contrast_ratio(theme.severity_colour(severity, palette), base) >= WCAG_AA, severity
    assert theme.contrast_ratio(theme.link_colour(palette), base) >= WCAG_AA
    assert theme.contrast_ratio(theme.selected_tint(palette), text) >= WCAG_AA


def test_dark_palette_is_dark_and_readable(qtbot, main_window, palette_theme) -> None:  # type: ignore[no-untyped-def]
    assert palette_theme("dark") == "dark"
    window = main_window(article=CITED)
    assert window.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert window.reader.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert_readable(window)


def test_light_palette_is_light_and_readable(qtbot, main_window, palette_theme) -> None:  # type: ignore[no-untyped-def]
    assert palette_theme("light") == "light"
    window = main_window(article=CITED)
    assert window.palette().color(QPalette.ColorRole.Base).lightness() > 200
    assert_readable(window)


def test_switching_to_dark_while_open_recolours_the_claims(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                           palette_theme) -> None:
    palette_theme("light")
    window = main_window(article=CITED)
    light = window.reader.header.status.styleSheet()
    status_cell = window.model.index(0, 1)
    light_badge = window.model.data(status_cell, Qt.ItemDataRole.BackgroundRole).color()
    palette_theme("dark")
    qtbot.waitUntil(lambda: window.reader.palette().color(QPalette.ColorRole.Base).lightness() < 80, timeout=5000)
    assert_readable(window)
    assert window.reader.header.status.styleSheet() != light
    dark_badge = window.model.data(status_cell, Qt.ItemDataRole.BackgroundRole).color()
    assert dark_badge != light_badge and dark_badge.lightness() < light_badge.lightness()


def test_theme_option_and_environment(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.cli import REVIEW_TABS, THEMES, build_parser
    from ui.views.review_panel import ReviewPanel

    assert theme.requested_theme("DARK") == "dark"
    monkeypatch.setenv(theme.THEME_ENV, "light")
    assert theme.requested_theme(None) == "light"
    monkeypatch.delenv(theme.THEME_ENV)
    assert theme.requested_theme(None) == "system"
    with pytest.raises(ValueError):
        theme.requested_theme("sepia")
    assert THEMES == theme.THEMES
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    assert [panel.tabText(i).split(" (")[0].lower() for i in range(panel.count())] == list(REVIEW_TABS)
    args = build_parser().parse_args(["gui", "--screenshot", "x.png", "--tab", "history", "--theme", "dark"])
    assert (args.tab, args.theme) == ("history", "dark")


def test_screenshot_of_the_history_tab_in_dark(ui_db, tmp_path, monkeypatch, palette_theme) -> None:  # type: ignore[no-untyped-def]


    from ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    out = tmp_path / "dark.png"
    assert run_gui(db=ui_db, screenshot=str(out), article=CITED, user="rev", tab="history", theme="dark") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert image.pixelColor(700, 450).lightness() < 100  # the reader's dark base



def test_wcag_contrast_ratio() -> None:

    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21, rel=1e-3)
    assert theme.contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
