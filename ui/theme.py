"""Light and dark palettes, and every colour the window sets by hand, derived from the palette.

The window follows the system's colour scheme (``QStyleHints.colorScheme()``, Qt 6.5+);
``workstation gui --theme light|dark|system`` or ``WORKSTATION_THEME`` forces one.
A forced or system dark scheme that the platform style does not draw itself gets
Fusion with :func:`dark_palette`. Tints are opaque blends of a hue into the
palette's base colour, so text in the palette's own text colour stays readable
(WCAG contrast of at least 4.5:1, checked by the tests) in both schemes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ui.gui_options import THEMES

THEME_ENV = "WORKSTATION_THEME"

# Review states of a claim (ClaimView.state) -> hue.
STATE_HUES = {
    "none": QColor(120, 125, 160),
    "supported": QColor(40, 170, 80),
    "partial": QColor(230, 170, 20),
    "partially-supported": QColor(230, 170, 20),
    "not-supported": QColor(220, 50, 50),
    "unverifiable": QColor(140, 90, 200),
}
# (translated where shown: QCoreApplication.translate("Theme", ...))
STATE_LABELS = {
    "none": QT_TRANSLATE_NOOP("Theme", "not reviewed"),
    "supported": QT_TRANSLATE_NOOP("Theme", "supported"),
    "partial": QT_TRANSLATE_NOOP("Theme", "partly reviewed"),
    "partially-supported": QT_TRANSLATE_NOOP("Theme", "partially supported"),
    "not-supported": QT_TRANSLATE_NOOP("Theme", "not supported or contradicted"),
    "unverifiable": QT_TRANSLATE_NOOP("Theme", "unverifiable"),
}
STATUS_HUES = {
    "Submitted": QColor(60, 120, 220),
    "Under Review": QColor(230, 160, 20),
    "Approved": QColor(40, 160, 80),
    "Overdue": QColor(215, 45, 45),  # not a status: the badge of an assignment past its due date
}
# Text colours per severity: a dark set for light palettes and a light set for dark ones.
SEVERITY_COLOURS = {
    "error": (QColor(176, 28, 28), QColor(255, 125, 115)),
    "warning": (QColor(140, 88, 0), QColor(240, 190, 90)),
    "info": (QColor(30, 90, 180), QColor(125, 175, 255)),
    "dismissed": (QColor(90, 90, 90), QColor(160, 160, 160)),
}


# ----------------------------------------------------------------- contrast
def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21) between two opaque colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(base: QColor, hue: QColor, amount: float) -> QColor:
    """``amount`` of ``hue`` laid over ``base``, as an opaque colour."""
    return QColor(
        round(base.red() + (hue.red() - base.red()) * amount),
        round(base.green() + (hue.green() - base.green()) * amount),
        round(base.blue() + (hue.blue() - base.blue()) * amount),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# ----------------------------------------------------------------- colours the window sets by hand
def state_tint(state: str, palette: QPalette) -> QColor:
    """The background of a claim in this review state (reader and claims list)."""
    hue = STATE_HUES.get(state, STATE_HUES["none"])
    if state == "none":
        amount = 0.18 if is_dark(palette) else 0.14
    else:
        amount = 0.27
    return blend(palette.color(QPalette.ColorRole.Base), hue, amount)


def state_marker(state: str, palette: QPalette) -> QColor:
    """A strong mark of the state (the bar beside a claim in the list)."""
    hue = STATE_HUES.get(state, STATE_HUES["none"])
    return blend(palette.color(QPalette.ColorRole.Base), hue, 0.85)


def selected_tint(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.3)


def selected_outline(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def status_badge(status: str, palette: QPalette) -> tuple[QColor, QColor]:
    """Background and text colour of a workflow status badge."""
    hue = STATUS_HUES.get(status, QColor(128, 128, 128))
    base = palette.color(QPalette.ColorRole.Base)
    background = blend(base, hue, 0.45 if is_dark(palette) else 0.25)
    return background, palette.color(QPalette.ColorRole.Text)


def severity_colour(severity: str, palette: QPalette) -> QColor:
    """Text colour of a finding's severity, readable on the palette's base."""
    light, dark = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"])
    return dark if is_dark(palette) else light


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (meta lines), still above 4.5:1 on the base."""
    amount = 0.22 if is_dark(palette) else 0.32
    return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), amount)


def link_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Link)


# ----------------------------------------------------------------- palettes
def dark_palette() -> QPalette:
    """A dark palette for Fusion (used where the platform style has none of its own)."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: QColor(45, 45, 48),
        role.WindowText: QColor(228, 228, 228),
        role.Base: QColor(30, 30, 32),
        role.AlternateBase: QColor(42, 42, 46),
        role.ToolTipBase: QColor(55, 55, 60),
        role.ToolTipText: QColor(235, 235, 235),
        role.PlaceholderText: QColor(150, 150, 155),
        role.Text: QColor(228, 228, 228),
        role.Button: QColor(53, 53, 57),
        role.ButtonText: QColor(228, 228, 228),
        role.BrightText: QColor(255, 110, 110),
        role.Light: QColor(80, 80, 85),
        role.Midlight: QColor(66, 66, 70),
        role.Mid: QColor(40, 40, 43),
        role.Dark: QColor(25, 25, 27),
        role.Shadow: QColor(10, 10, 10),
        role.Highlight: QColor(42, 120, 210),
        role.HighlightedText: QColor(255, 255, 255),
        role.Link: QColor(110, 170, 255),
        role.LinkVisited: QColor(185, 145, 255),
    }
    for r, colour in colours.items():
        p.setColor(r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(125, 125, 130))
    p.setColor(group.Disabled, role.Highlight, QColor(80, 80, 85))
    p.setColor(group.Disabled, role.HighlightedText, QColor(160, 160, 160))
    return p


def requested_theme(option: str | None = None) -> str:
    """The theme asked for: the option, else ``WORKSTATION_THEME``, else "system"."""
    value = (option or os.environ.get(THEME_ENV) or "system").strip().lower()
    if value not in THEMES:
        raise ValueError(f"theme: {value!r} is not one of {', '.join(THEMES)}")
    return value


def system_is_dark() -> bool:
    """Whether the system asks for a dark scheme (Qt 6.5+), or its palette already is dark."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return is_dark(QGuiApplication.palette())


def apply_theme(app, theme: str = "system") -> str:  # type: ignore[no-untyped-def]
    """Give the application the palette for ``theme``; returns "light" or "dark".

    "system" follows ``QStyleHints.colorScheme()`` and changes with it while the
    application runs.
    """
    from PySide6.QtWidgets import QStyleFactory

    theme = requested_theme(theme)
    dark = system_is_dark() if theme == "system" else theme == "dark"
    if not hasattr(app, "_workstation_style"):
        app._workstation_style = app.style().name()  # the platform's own, to go back to
    if dark:
        if theme != "system" or not is_dark(app.palette()):
            # The platform style does not draw this scheme itself: Fusion does, with our palette.
            app.setStyle(QStyleFactory.create("Fusion"))
            app.setPalette(dark_palette())
    elif theme == "light" or is_dark(app.palette()):
        app.setStyle(QStyleFactory.create("Fusion") if theme == "light" else QStyleFactory.create(app._workstation_style))
        app.setPalette(app.style().standardPalette())
    if theme == "system" and not getattr(app, "_workstation_follows_scheme", False):
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda *_: apply_theme(app, "system"))
            app._workstation_follows_scheme = True
    return "dark" if dark else "light"
