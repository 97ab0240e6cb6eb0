"""The library table's cells painted from one model call each, their text laid out once."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt, QTimer
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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.library_model import NUMERIC_COLUMNS, TITLE_COLUMN, LibraryModel

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
PAINT_EVENT = QEvent.Type.Paint
MAX_LAID_TEXTS = 3_000  # texts kept laid out for painting (about twenty screens of cells)
DROPPED_TEXTS = 300  # the oldest dropped at a time: freeing thousands at once stalled a scroll for 50 ms
AHEAD_CHUNK = 20  # titles laid out ahead of the view per turn of the event loop (about 0.6 ms)
MAX_AHEAD = 300  # titles waiting to be laid out ahead; the newest are kept


class LibraryDelegate(QStyledItemDelegate):
    """Paints the library's cells from one ``LibraryModel.cell`` call each, text laid out once.

    The standard delegate asks the model for seven roles per cell (font, colour,
    check state, icon, ...), each a call from Qt into Python, and the style lays
    each cell's text out four times per paint (three times to size it, once to
    draw it). Here the style paints the cell's panel (selection, badge) and the
    text is shaped once as it is first drawn, then kept as a ``QStaticText`` per
    text and column width, so a repaint of rows already seen lays out nothing
    (bench/ui_bench.py). What the cells of one paint share (palette, font, style)
    is looked up from the first cell's option once the viewport is painted anew.
    """

    def __init__(self, model: LibraryModel, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._cell = model.cell
        # (text, width) -> the text cut to the width; laid out (and its width) once painted a second time
        self._texts: dict[tuple[str, int], str | tuple[QStaticText, float]] = {}
        self._pens: dict[QStyle.StateFlag, tuple[QColor, bool] | None] = {}  # per state: text colour, selected
        # What every cell of one paint shares (the view, its palette, font and style), looked up again
        # when the view's viewport is painted anew rather than for each of its ~145 cells.
        self._viewport = parent.viewport() if isinstance(parent, QAbstractItemView) else None
        if self._viewport is not None:
            self._viewport.installEventFilter(self)
        self._stale = True
        self._widget: QWidget | None = None
        self._palette: QPalette | None = None
        self._palette_key: int | None = None  # the cache key of the palette the pens are from
        self._style: QStyle | None = None
        self._font: QFont | None = None
        self._metrics, self._widths = QFontMetrics(QFont()), QFontMetricsF(QFont())
        self._margin = self._height = self._ascent = 0
        # Titles of rows fetched ahead of the view, laid out a few at a time while the GUI thread is
        # idle, so the scroll step that shows them draws them laid out (a title's first drawing shapes
        # it twice, to cut it to its column and to draw it: about half of a scrolled frame's painting).
        self._title_width: int | None = None  # the title column's text width when a title was last drawn
        self._ahead: list[str] = []
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.timeout.connect(self._lay_out_ahead)
        # Whether nothing waits on the op runner: laying out holds the interpreter lock, which the
        # op runner's read of an article being opened needs, so titles wait until it is done.
        self.runner_idle: Callable[[], bool] = lambda: True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._viewport and event.type() == PAINT_EVENT:
            self._stale = True  # a new paint: the palette, font or style may have changed since the last
        return False

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
        widget = option.widget
        if (self._stale or widget is not self._widget) and not self._look_up(option):
            super().paint(painter, option, index)  # no view, or mirrored text: the style paints it
            return
        state = option.state
        pen = self._pens.get(state, UNKNOWN)  # the state's text colour, worked out once: flag arithmetic is slow
        if pen is UNKNOWN:
            pen = self._pens[state] = _pen(state, self._palette)
        if pen is None:  # the style's focus frame, or a hover panel
            super().paint(painter, option, index)
            return
        column = index.column()
        text, _alignment, background = self._cell(index.row(), column)
        if background is not None:
            option.backgroundBrush = background
        if background is not None or pen[1]:  # else (not selected) the style's panel paints nothing
            self._style.drawPrimitive(PANEL, option, painter, widget)  # type: ignore[union-attr]
        if text:
            self._draw_text(painter, option.rect.getRect(), column, text, pen[0])

    def lay_out_ahead(self, titles: list[str]) -> None:
        """Lay these titles out while the GUI thread is idle, at the title column's width when last painted."""
        if self._title_width is None:  # no title painted yet: the width and font are not known
            return
        self._ahead = [*self._ahead, *titles][-MAX_AHEAD:]
        self._ahead_timer.start(0)

    def runner_became_idle(self) -> None:
        """The op runner has finished its work: the titles left waiting are laid out now."""
        if self._ahead:
            self._ahead_timer.start(0)

    def _lay_out_ahead(self) -> None:
        if not self.runner_idle():
            return  # resumed by runner_became_idle, not by looking again while a long op runs
        chunk, self._ahead = self._ahead[:AHEAD_CHUNK], self._ahead[AHEAD_CHUNK:]
        width = self._title_width
        for title in chunk:
            key = (title, width)
            if not isinstance(self._texts.get(key), tuple):
                self._forget_oldest()
                self._texts[key] = self._lay_out(self._metrics.elidedText(title, ELIDE_RIGHT, width))  # type: ignore[arg-type]
        if self._ahead:
            self._ahead_timer.start(0)

    def _look_up(self, option: QStyleOptionViewItem) -> bool:
        """What the cells of this paint share, from one cell's option; False where the style paints cells."""
        widget = option.widget
        if widget is None or widget.isRightToLeft():
            self._widget, self._stale = None, True  # and looked up again for the next cell
            return False
        palette = option.palette
        if palette.cacheKey() != self._palette_key:  # another palette (a dark theme): colours looked up again
            self._pens.clear()
            self._palette, self._palette_key = QPalette(palette), palette.cacheKey()
        font = option.font
        if font != self._font:
            self._texts.clear()
            self._font, self._metrics, self._widths = QFont(font), QFontMetrics(font), QFontMetricsF(font)
            self._height, self._ascent = self._metrics.height(), self._metrics.ascent()
        self._style = widget.style()
        self._margin = self._style.pixelMetric(FOCUS_MARGIN, None, widget) + 1
        self._widget = widget
        self._stale = self._viewport is None  # without a view to watch, looked up for every cell
        return True

    def _draw_text(self, painter: QPainter, rect: tuple[int, int, int, int], column: int, text: str,
                   colour: QColor) -> None:
        left, y, cell_width, cell_height = rect
        margin = self._margin
        width = cell_width - 2 * margin
        key = (text, width)
        laid = self._texts.get(key)
        painter.setPen(colour)
        x = left + margin
        top = y + (cell_height - self._height) // 2
        if laid is None:  # painted for the first time: drawn as it is shaped, laid out for keeps only if seen again
            self._forget_oldest()
            elided = self._texts[key] = self._metrics.elidedText(text, ELIDE_RIGHT, width)
            if column == TITLE_COLUMN:
                self._title_width = width
            if column in NUMERIC_COLUMNS:
                x += width - self._widths.horizontalAdvance(elided)  # unrounded, as the laid-out text's
            painter.drawText(QPointF(x, top + self._ascent), elided)
            return
        if isinstance(laid, str):
            laid = self._texts[key] = self._lay_out(laid)
        static, text_width = laid
        if column in NUMERIC_COLUMNS:
            painter.drawStaticText(QPointF(x + width - text_width, top), static)
        else:
            painter.drawStaticText(x, top, static)

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
