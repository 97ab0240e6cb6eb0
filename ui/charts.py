"""Bar charts for the dashboard: pyqtgraph plots in the palette's colours, with bars that can be clicked.

pyqtgraph draws on Qt's graphics view with numpy, is pure Python and small, and
follows whatever colours it is given, so a chart is re-coloured from the
palette when it changes (light to dark). Bars are grouped per category (one
per series) and laid out vertically (weeks) or horizontally (people, codes).
A click anywhere in a bar's slot, or on the bar, reports ``(series, category)``;
hovering shows what the bar counts.

From the keyboard a chart takes the focus with Tab like any control; the arrow
keys (Home and End) move a highlight from bar to bar in reading order, over the
bars that count something (those a click opens), and Enter or Space does what a
click on it does. The highlighted bar's figure is the chart's accessible
description, so a screen reader says it as the highlight moves; sighted users
see a band behind the bar, an outline around it in the text colour and its tip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFocusEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from ui.theme import muted_text

GROUP = 0.8  # the share of a category's slot its bars fill
Tip = Callable[[int, int], str]  # (series, category) -> what the bar counts
BAND_ALPHA = 70  # of the highlight band behind the current bar (0–255)
OUTLINE_WIDTH = 2  # pixels, around the current bar
HALO_WIDTH = 6  # pixels: the outline runs down the middle of a halo in the background colour
NEXT_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up})
ACTIVATE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select})
HOW_TO = QT_TRANSLATE_NOOP("Charts", "Arrow keys move between the bars; Enter shows a bar's articles in the library.")


def highlight_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """The current bar's outline, its halo and the band behind it.

    The outline is in the text colour and runs inside a halo of the background's,
    so on either side it meets the background colour (the strongest contrast the
    palette has), whatever the bar's own colour: an orange bar is as light as
    the dark palette's text.
    """
    band = QColor(palette.color(QPalette.ColorRole.Highlight))
    band.setAlpha(BAND_ALPHA)
    return palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), band


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]
    colour: QColor


class BarChart(pg.PlotWidget):
    """Grouped bars over named categories; ``bar_clicked(series, category)`` on a click."""

    bar_clicked = Signal(int, int)

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.horizontal = horizontal
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._tip: Tip = lambda s, c: ""
        self._items: list[pg.BarGraphItem] = []
        self._label_every = 1
        self._current: tuple[int, int] | None = None  # the bar the keyboard highlights
        self._marks: list[pg.BarGraphItem] = []  # its band and outline, while the chart has the focus
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=horizontal, y=not horizontal, alpha=0.25)
        if horizontal:
            item.invertY(True)  # the first category on top
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._hovered)
        self.setMinimumHeight(160)
        self.apply_palette(self.palette())

    # ----------------------------------------------------------------- content
    def set_bars(self, categories: Sequence[str], series: Sequence[Series], *, tip: Tip | None = None,
                 label_every: int = 1) -> None:
        """Show ``series`` over ``categories``; every ``label_every``-th category, counted back from the last, is
        labelled on the axis."""
        plot = self.getPlotItem()
        for bar in self._items:
            plot.removeItem(bar)
        self._categories, self._series = list(categories), list(series)
        self._tip = tip or (lambda s, c: "")
        self._label_every = max(1, label_every)
        self._items = []
        width = GROUP / max(1, len(series))
        for index, one in enumerate(series):
            positions = [c + self._offset(index) for c in range(len(categories))]
            if self.horizontal:
                bar = pg.BarGraphItem(x0=0, y=positions, width=list(one.values), height=width * 0.92,
                                      brush=one.colour, pen=pg.mkPen(None))
            else:
                bar = pg.BarGraphItem(x=positions, height=list(one.values), width=width * 0.92,
                                      brush=one.colour, pen=pg.mkPen(None))
            plot.addItem(bar)
            self._items.append(bar)
        self._axes()
        bars = self.bars()
        self._current = self._current if self._current in bars else None
        self._show_current()

    def _offset(self, series: int) -> float:
        width = GROUP / max(1, len(self._series))
        return -GROUP / 2 + width * (series + 0.5)

    def _axes(self) -> None:
        plot = self.getPlotItem()
        last = len(self._categories) - 1  # labelled back from the last category (this week), always shown
        ticks = [(c, name) for c, name in enumerate(self._categories) if (last - c) % self._label_every == 0]
        top = max((max(s.values, default=0) for s in self._series), default=0)
        span = max(top, 1) * 1.08  # a little room above the tallest bar
        # Half a slot more after the last category, so its axis label is not cut off at the edge.
        slots = (-0.5, len(self._categories) - 0.5 + (0 if self.horizontal else 0.5))
        category_axis, value_axis = ("left", "bottom") if self.horizontal else ("bottom", "left")
        plot.getAxis(category_axis).setTicks([ticks, []])
        plot.getAxis(value_axis).setTicks(None)
        plot.getAxis(value_axis).setTickSpacing()
        if top < 5:  # whole numbers only: no "0.5 articles"
            plot.getAxis(value_axis).setTickSpacing(1, 1)
        if self.horizontal:
            plot.setRange(xRange=(0, span), yRange=slots, padding=0)
        else:
            plot.setRange(xRange=slots, yRange=(0, span), padding=0)

    # ----------------------------------------------------------------- colours
    def legend_html(self) -> str:
        """The series' names beside a square of their colour, for a label above the chart."""
        return "&nbsp;&nbsp;&nbsp;".join(
            f"<span style='color:{s.colour.name()}'>■</span>&nbsp;{s.name}" for s in self._series)

    def apply_palette(self, palette: QPalette) -> None:
        """Background, axes, labels and the highlight in the palette's colours (the bars: by their owner)."""
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self.setBackground(base)
        font = QFont(self.font())
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(muted_text(palette)))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=font)
        if getattr(self, "_marks", None) is not None:
            self._show_current()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # pyqtgraph's constructor sets a palette before the plot exists.
        if event.type() == QEvent.Type.PaletteChange and self.getPlotItem() is not None:
            self.apply_palette(self.palette())

    # ----------------------------------------------------------------- where the bars are
    def bar_at(self, scene_position: QPointF) -> tuple[int, int] | None:
        """(series, category) of the bar whose slot holds this scene position, if it counts anything."""
        view = self.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_position) or not self._series:
            return None
        point = view.mapSceneToView(scene_position)
        along = point.y() if self.horizontal else point.x()
        category = round(along)
        if not 0 <= category < len(self._categories):
            return None
        width = GROUP / len(self._series)
        series = int((along - category + GROUP / 2) // width)
        if not 0 <= series < len(self._series) or self._series[series].values[category] <= 0:
            return None
        return series, category

    def bar_centre(self, series: int, category: int) -> QPoint:
        """Where the middle of a bar is, in this widget's coordinates (what a click aims at)."""
        value = self._series[series].values[category]
        along = category + self._offset(series)
        point = QPointF(value / 2, along) if self.horizontal else QPointF(along, value / 2)
        scene = self.getPlotItem().vb.mapViewToScene(point)
        return self.mapFromScene(scene)

    def bars(self) -> list[tuple[int, int]]:
        """(series, category) of every bar that counts something, in reading order: by category, then series."""
        return [(s, c) for c in range(len(self._categories)) for s in range(len(self._series))
                if self._series[s].values[c] > 0]

    # ----------------------------------------------------------------- the keyboard
    @property
    def current(self) -> tuple[int, int] | None:
        """The highlighted bar, (series, category), or None."""
        return self._current

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        bars = self.bars()
        if not bars or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        index = bars.index(self._current) if self._current in bars else -1
        if key in NEXT_KEYS:
            self.set_current(bars[min(index + 1, len(bars) - 1)])
        elif key in PREVIOUS_KEYS:
            self.set_current(bars[max(index - 1, 0)])
        elif key == Qt.Key.Key_Home:
            self.set_current(bars[0])
        elif key == Qt.Key.Key_End:
            self.set_current(bars[-1])
        elif key in ACTIVATE_KEYS and self._current is not None:
            self.bar_clicked.emit(*self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def set_current(self, bar: tuple[int, int] | None) -> None:
        """Highlight a bar (None: none) and describe it; shown while the chart has the focus."""
        self._current = bar
        self._show_current()
        if bar is not None and self.hasFocus():
            QToolTip.showText(self.mapToGlobal(self.bar_centre(*bar)), self._tip(*bar), self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        bars = self.bars()
        if self._current is None and bars:
            self.set_current(bars[0])
        else:
            self._show_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._show_current()
        QToolTip.hideText()

    def _show_current(self) -> None:
        """The band and outline around the current bar, and the accessible description saying its figure."""
        plot = self.getPlotItem()
        for mark in self._marks:
            plot.removeItem(mark)
        self._marks = []
        bars = self.bars()
        if self._current is None:
            self.setAccessibleDescription(QCoreApplication.translate("BarChart", "{0} bars. {HOW_TO}").format(len(bars), HOW_TO=QCoreApplication.translate("Charts", HOW_TO)) if bars else QCoreApplication.translate("BarChart", "No bars."))
            return
        series, category = self._current
        position = bars.index(self._current) + 1
        self.setAccessibleDescription(QCoreApplication.translate("BarChart", "{0} (bar {position} of {1}). {HOW_TO}").format(self._tip(series, category), len(bars), position=position,
                                                     HOW_TO=QCoreApplication.translate("Charts", HOW_TO)))
        if not self.hasFocus():
            return
        outline, halo, band = highlight_colours(self.palette())
        width = GROUP / len(self._series)
        along = category + self._offset(series)
        value = self._series[series].values[category]
        top = max(max(s.values, default=0) for s in self._series) * 1.08
        shapes = ((top, width, pg.mkBrush(band), pg.mkPen(None), -1),
                  (value, width * 0.92, pg.mkBrush(None), pg.mkPen(halo, width=HALO_WIDTH), 1),
                  (value, width * 0.92, pg.mkBrush(None), pg.mkPen(outline, width=OUTLINE_WIDTH), 2))
        for length, breadth, brush, pen, z in shapes:
            if self.horizontal:
                mark = pg.BarGraphItem(x0=0, y=[along], width=[length], height=breadth, brush=brush, pen=pen)
            else:
                mark = pg.BarGraphItem(x=[along], height=[length], width=breadth, brush=brush, pen=pen)
            mark.setZValue(z)
            plot.addItem(mark)
            self._marks.append(mark)

    def _clicked(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.bar_at(event.scenePos())
        if hit is not None:
            event.accept()
            self._current = hit  # the keyboard goes on from the bar clicked
            self._show_current()
            self.bar_clicked.emit(*hit)

    def _hovered(self, scene_position: QPointF) -> None:
        hit = self.bar_at(scene_position)
        if hit is None:
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self._tip(*hit), self)
