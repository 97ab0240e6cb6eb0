"""The source pane: the cited reference's document beside the article, its pages in the margin.

Layout only (objectNames, accessible names); what it shows and does is the
source controller's (ui/source_controller.py). The document's text is shown as
extracted, so a character offset in the pane is an offset in the stored text
(QTextDocument counts UTF-16 units: :class:`Offsets` converts).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import theme


def _named(widget, name: str, accessible: str):  # type: ignore[no-untyped-def]
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class Offsets:
    """Python string offsets <-> QTextDocument positions (which count characters beyond U+FFFF twice)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        offset = position
        for _ in range(2):  # converges at once: each astral character before it counts one extra unit
            offset = position - bisect.bisect_left(self._astral, offset)
        return offset


class PageMargin(QWidget):
    """The margin beside the text: "p. 3" where page 3 begins."""

    def __init__(self, text: SourceText) -> None:
        super().__init__(text)
        self.text = text
        self.setObjectName("sourcePageMargin")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.text.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.text.paint_margin(self, event)


class SourceText(QPlainTextEdit):
    """A document's text, read-only, with its page numbers in the margin and the evidence highlighted."""

    def __init__(self) -> None:
        super().__init__()
        _named(self, "sourceText", self.tr("Source document"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.offsets = Offsets("")
        self.page_starts: list[int] = []  # Python offsets where pages begin
        self._page_blocks: dict[int, int] = {}  # block number -> page number
        self.margin = PageMargin(self)
        self.blockCountChanged.connect(lambda *_: self._fit_margin())
        self.updateRequest.connect(self._scroll_margin)
        self._fit_margin()

    # ----------------------------------------------------------------- content
    def show_text(self, text: str, page_starts: Sequence[int]) -> None:
        self.offsets = Offsets(text)
        self.page_starts = list(page_starts)
        self.setExtraSelections([])
        self.setPlainText(text)
        document = self.document()
        self._page_blocks = {}
        if len(self.page_starts) > 1:
            for number, start in enumerate(self.page_starts, 1):
                block = document.findBlock(self.offsets.to_qt(start))
                self._page_blocks.setdefault(block.blockNumber(), number)
        self._fit_margin()
        self.margin.update()

    def page_at(self, offset: int) -> int:
        return max(1, bisect.bisect_right(self.page_starts, offset)) if self.page_starts else 1

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        """Select a passage (as a reviewer would) and bring it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def highlight(self, start: int | None, end: int | None, colour: QColor | None = None) -> None:
        """Tint a passage (the verdict's evidence) and scroll it into view; None clears the tint."""
        if start is None or end is None:
            self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format.setBackground(colour or theme.selected_tint(self.palette()))  # type: ignore[attr-defined]
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)  # type: ignore[attr-defined]
        self.setExtraSelections([selection])
        view = QTextCursor(self.document())
        view.setPosition(self.offsets.to_qt(start))
        self.setTextCursor(view)
        self.centerCursor()

    def highlighted_span(self) -> tuple[int, int] | None:
        selections = self.extraSelections()
        if not selections:
            return None
        cursor = selections[0].cursor
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def first_visible_page(self) -> int:
        block = self.firstVisibleBlock()
        return self.page_at(self.offsets.from_qt(block.position()))

    # ----------------------------------------------------------------- the page margin
    def margin_width(self) -> int:
        if len(self.page_starts) <= 1:
            return 0
        return self.fontMetrics().horizontalAdvance(f"p. {len(self.page_starts)}") + 12

    def _fit_margin(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _scroll_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        area = self.contentsRect()
        self.margin.setGeometry(QRect(area.left(), area.top(), self.margin_width(), area.height()))

    def paint_margin(self, margin: QWidget, event: QPaintEvent) -> None:
        if not self._page_blocks:
            return
        painter = QPainter(margin)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(theme.muted_text(palette))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            page = self._page_blocks.get(block.blockNumber())
            if page is not None and block.isVisible():
                painter.drawLine(0, top, margin.width(), top)
                painter.drawText(0, top + 2, margin.width() - 6, height, int(Qt.AlignmentFlag.AlignRight), f"p. {page}")
            block = block.next()
            top = bottom
        painter.end()


class SourcePane(QWidget):
    """The cited reference's document, the verdict's evidence in it, and suggested passages."""

    def __init__(self) -> None:
        super().__init__()
        _named(self, "sourcePane", self.tr("Source"))
        self.setAcceptDrops(True)
        self.title = _named(QLabel(self.tr("Source")), "sourceTitle", self.tr("Source document"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.notice = _named(QLabel(""), "sourceNotice", self.tr("About the source"))
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.text = SourceText()
        self.use = _named(QPushButton(self.tr("&Use as evidence")), "useAsEvidenceButton", self.tr("Use the selected passage as evidence"))
        self.use.setEnabled(False)
        self.attach = _named(QPushButton(self.tr("Attach docu&ment…")), "attachDocumentButton",
                             self.tr("Attach a document to the reference"))
        self.attach.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use)
        buttons.addStretch(1)
        buttons.addWidget(self.attach)
        self.suggestions = _named(QTableWidget(0, 2), "suggestionsTable", self.tr("Suggested passages"))
        self.suggestions.horizontalHeader().setVisible(False)
        self.suggestions.verticalHeader().setVisible(False)
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.suggestions.setWordWrap(True)
        header = self.suggestions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.suggestions.resizeRowsToContents())
        self.suggestions_label = QLabel(self.tr("Suggested passages"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.suggestions_label)
        lower_layout.addWidget(self.suggestions)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.title)
        upper_layout.addWidget(self.notice)
        upper_layout.addWidget(self.text, 1)
        upper_layout.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("sourceSplitter")
        self.split.addWidget(upper)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.split)

    def say(self, message: str) -> None:
        """A line above the text (no document, evidence that lost its place …); empty hides it."""
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def use_button(self, row: int) -> tuple[QWidget, QPushButton]:
        """A suggestion's "Use" button, at the top of its row."""
        button = _named(QPushButton(self.tr("Use")), f"useSuggestion{row}", self.tr("Use suggested passage {0} as evidence").format(row + 1))
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(button)
        layout.addStretch(1)
        return holder, button
