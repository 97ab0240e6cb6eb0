"""The library table's cells painted from one model call each, their text laid out once."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.library_model import NUMERIC_COLUMNS, LibraryModel

HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
ELIDE_RIGHT = Qt.TextElideMode.ElideRight
PLAIN = Qt.TextFormat.PlainText
SELECTED, ENABLED, ACTIVE = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_Enabled, QStyle.StateFlag.State_Active
HAS_FOCUS, MOUSE_OVER = QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_MouseOver
NORMAL, INACTIVE, DISABLED = (QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
TEXT, HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
UNKNOWN = object()
MAX_LAID_TEXTS = 3_000  # texts kept laid out for painting (about twenty screens of cells)
DROPPED_TEXTS = 300  # the oldest dropped at a time: freeing thousands at once stalled a scroll for 50 ms


class LibraryDelegate(QStyledItemDelegate):
    """Paints the library's cells from one ``LibraryModel.cell`` call each, text laid out once.

    The standard delegate asks the model for seven roles per cell (font, colour,
    check state, icon, ...), each a call from Qt into Python, and the style lays
    each cell's text out four times per paint (three times to size it, once to
    draw it). Here the style paints the cell's panel (selection, badge) and the
    text is shaped once as it is first drawn, then kept as a ``QStaticText`` per
    text and column width, so a repaint of rows already seen lays out nothing
    (bench/ui_bench.py).
    """

    def __init__(self, model: LibraryModel, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._cell = model.cell
        # (text, width) -> the text cut to the width; laid out (and its width) once painted a second time
        self._texts: dict[tuple[str, int], str | tuple[QStaticText, float]] = {}
        self._pens: dict[QStyle.StateFlag, tuple[QColor, bool] | None] = {}  # per state: text colour, selected
        self._palette = 0  # the cache key of the palette they are from
        self._font: QFont | None = None
        self._metrics, self._widths = QFontMetrics(QFont()), QFontMetricsF(QFont())
        self._margin = 0

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        text, alignment, background = self._cell(index.row(), index.column())
        option.index = index
        if text:
            option.text = text
            option.features = option.features | HAS_DISPLAY
        option.displayAlignment = alignment
        if background is not None:
            option.backgroundBrush = background

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        palette = option.palette
        if palette.cacheKey() != self._palette:  # another palette (a dark theme): colours looked up again
            self._pens.clear()
            self._palette = palette.cacheKey()
        state = option.state
        pen = self._pens.get(state, UNKNOWN)  # the state's text colour, worked out once: flag arithmetic is slow
        widget = option.widget
        if pen is UNKNOWN:
            pen = self._pens[state] = _pen(state, palette)
        if pen is None or widget is None or widget.isRightToLeft():  # the style's focus frame; no view; mirrored text
            super().paint(painter, option, index)
            return
        column = index.column()
        text, _alignment, background = self._cell(index.row(), column)
        if background is not None:
            option.backgroundBrush = background
        if background is not None or pen[1]:  # else (not selected) the style's panel paints nothing
            widget.style().drawPrimitive(PANEL, option, painter, widget)
        if not text:
            return
        self._draw_text(painter, option, column, text, pen[0])

    def _draw_text(self, painter: QPainter, option: QStyleOptionViewItem, column: int, text: str, colour: QColor) -> None:
        rect, font = option.rect, option.font
        if font != self._font:
            self._texts.clear()
            self._font, self._metrics, self._widths = QFont(font), QFontMetrics(font), QFontMetricsF(font)
            self._margin = option.widget.style().pixelMetric(FOCUS_MARGIN, None, option.widget) + 1
        metrics, margin = self._metrics, self._margin
        width = rect.width() - 2 * margin
        key = (text, width)
        laid = self._texts.get(key)
        painter.setPen(colour)
        x = rect.x() + margin
        top = rect.y() + (rect.height() - metrics.height()) // 2
        if laid is None:  # painted for the first time: drawn as it is shaped, laid out for keeps only if seen again
            self._forget_oldest()
            elided = self._texts[key] = metrics.elidedText(text, ELIDE_RIGHT, width)
            if column in NUMERIC_COLUMNS:
                x += width - self._widths.horizontalAdvance(elided)  # unrounded, as the laid-out text's
            painter.drawText(QPointF(x, top + metrics.ascent()), elided)
            return
        if isinstance(laid, str):
            laid = self._texts[key] = self._lay_out(laid)
        static, text_width = laid
        if column in NUMERIC_COLUMNS:
            x += width - text_width
        painter.drawStaticText(QPointF(x, top), static)

    def _forget_oldest(self) -> None:
        if len(self._texts) > MAX_LAID_TEXTS:
            for key in list(itertools.islice(self._texts, DROPPED_TEXTS)):
                del self._texts[key]

    def _lay_out(self, elided: str) -> tuple[QStaticText, float]:
        """The text as cut to its column, laid out once in the view's font, and its width."""
        static = QStaticText(elided)
        static.setTextFormat(PLAIN)
        static.prepare(QTransform(), self._font)
        return static, static.size().width()


def _pen(state: QStyle.StateFlag, palette: QPalette) -> tuple[QColor, bool] | None:
    """The colour of a cell's text in ``state``, as QCommonStyle picks it, and whether it is selected.

    None for a focused cell (the style draws its focus frame) and one under the mouse
    (some styles draw a hover panel): the style paints those.
    """
    if state & (HAS_FOCUS | MOUSE_OVER):
        return None
    group = (NORMAL if state & ACTIVE else INACTIVE) if state & ENABLED else DISABLED
    selected = bool(state & SELECTED)
    return palette.color(group, HIGHLIGHTED_TEXT if selected else TEXT), selected
