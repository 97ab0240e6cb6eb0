"""The review panel: tabs for claims, references, findings, comments, history and the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.i18n import verdict_label
from workstation.model import VERDICTS

# Item data the card lists (claims, findings, comments) show: the item's text is the
# first, wrapped paragraph; META_ROLE a second, muted one; KIND_ROLE what colours it
# (a claim's review state, a finding's severity, "placeholder" for an empty state).
META_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
PLACEHOLDER = "placeholder"
MARKER_WIDTH = 4
PADDING = 6
MAX_MEASURED = 5_000  # texts' heights kept per card list


def _named(widget, name: str, accessible: str):  # type: ignore[no-untyped-def]
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


Index = QModelIndex | QPersistentModelIndex
Colour = Callable[[str, QPalette], QColor]


class CardDelegate(QStyledItemDelegate):
    """Draws an item as a card: a coloured bar, the wrapped text and a muted second line.

    Heights follow the list's current width, so every item shows in full at any panel
    width (the list lays its items out again when it is resized).
    """

    def __init__(self, view: QListWidget, *, tint: Colour | None = None, marker: Colour | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.tint = tint
        self.marker = marker
        self._heights: dict[tuple[str, int, str], int] = {}

    def _text_width(self) -> int:
        view = self.view
        return max(view.viewport().width() - 2 * view.spacing() - MARKER_WIDTH - 3 * PADDING, 40)

    @staticmethod
    def _content(option: QStyleOptionViewItem, index: Index) -> tuple[str, str, QFont, QFont]:
        """The text, the second line and their fonts (an empty state's text is italic)."""
        font, meta_font = QFont(option.font), QFont(option.font)
        font.setItalic(index.data(KIND_ROLE) == PLACEHOLDER)
        return str(index.data(Qt.ItemDataRole.DisplayRole) or ""), str(index.data(META_ROLE) or ""), font, meta_font

    def _height(self, font: QFont, width: int, text: str) -> int:
        """The wrapped text's height; measured once per font, width and text (a list asks for an
        item's size several times as it lays out, and again as it paints)."""
        if not text:
            return 0
        key = (font.key(), width, text)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= MAX_MEASURED:
                self._heights.clear()
            flags = int(Qt.TextFlag.TextWordWrap)
            height = self._heights[key] = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 1_000_000), flags, text).height()
        return height

    def text_heights(self, index: Index) -> tuple[int, int]:
        """Heights of the item's text and second line at the list's current width."""
        option = QStyleOptionViewItem()
        option.font = self.view.font()  # as the list gives paint(): the font set on it, not the default
        self.initStyleOption(option, index)
        text, meta, font, meta_font = self._content(option, index)
        width = self._text_width()
        return self._height(font, width, text), self._height(meta_font, width, meta)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        text_height, meta_height = self.text_heights(index)
        gap = 2 if meta_height else 0
        width = self.view.viewport().width() - 2 * self.view.spacing()
        return QSize(max(width, 40), text_height + gap + meta_height + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, meta, font, meta_font = self._content(opt, index)
        palette = self.view.palette()
        kind = str(index.data(KIND_ROLE) or "")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if self.view.hasFocus() else QPalette.ColorGroup.Inactive
        rect = opt.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if selected:
            painter.fillRect(rect, palette.color(group, QPalette.ColorRole.Highlight))
            colour = palette.color(group, QPalette.ColorRole.HighlightedText)
            meta_colour = colour
        else:
            background = self.tint(kind, palette) if self.tint and kind and kind != PLACEHOLDER else None
            painter.fillRect(rect, background or palette.color(QPalette.ColorRole.Base))
            colour = palette.color(QPalette.ColorRole.Text)
            meta_colour = theme.muted_text(palette)
            if kind == PLACEHOLDER:
                colour = meta_colour
        marker = self.marker(kind, palette) if self.marker and kind and kind != PLACEHOLDER else None
        if marker is not None:
            painter.fillRect(QRect(rect.left(), rect.top(), MARKER_WIDTH, rect.height()), marker)
        width = rect.width() - MARKER_WIDTH - 3 * PADDING
        left = rect.left() + MARKER_WIDTH + 2 * PADDING
        top = rect.top() + PADDING
        text_height = self._height(font, width, text)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRect(left, top, width, text_height), int(Qt.TextFlag.TextWordWrap), text)
        if meta:
            painter.setFont(meta_font)
            painter.setPen(meta_colour)
            meta_top = top + text_height + 2
            painter.drawText(QRect(left, meta_top, width, rect.bottom() - meta_top + 1),
                             int(Qt.TextFlag.TextWordWrap), meta)
        if opt.state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


def card_list(name: str, accessible: str) -> QListWidget:
    """A list of word-wrapped cards whose heights follow the list's width."""
    view = _named(QListWidget(), name, accessible)
    view.setWordWrap(True)  # also makes QListView lay items out again after every resize
    view.setUniformItemSizes(False)
    view.setSpacing(2)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def card(text: str, meta: str = "", kind: str = "", data: Any = None) -> QListWidgetItem:
    """An item for the card lists: text, a muted second line, what colours it; read aloud in full."""
    item = QListWidgetItem(text)
    item.setData(META_ROLE, meta)
    item.setData(KIND_ROLE, kind)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}\n{meta}" if meta else text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if kind == PLACEHOLDER:
        item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


def placeholder(widget: QListWidget, text: str, hint: str = "") -> None:
    """What an empty list says instead of showing nothing."""
    widget.addItem(card(text, hint, PLACEHOLDER))


class ClaimsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.claims = card_list("claimsList", self.tr("Claims"))
        self.claims.setItemDelegate(CardDelegate(self.claims, tint=theme.state_tint, marker=theme.state_marker))
        self.citations = card_list("citationRows", self.tr("Cited references of the selected claim"))
        self.citations.setItemDelegate(CardDelegate(self.citations, marker=theme.state_marker))
        self.citations.setMinimumHeight(64)
        self.citations.setMaximumHeight(150)
        self.verdict = _named(QComboBox(), "verdictCombo", self.tr("Verdict"))
        self.verdict.addItem(self.tr("— no verdict —"), "")
        for n, value in enumerate(VERDICTS, 1):
            self.verdict.addItem(f"{n}  {verdict_label(value)}", value)
        self.evidence = _named(QLineEdit(), "evidenceEdit", self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("Quote or locate the supporting passage"))
        self.note = _named(QLineEdit(), "noteEdit", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Reviewer note"))
        self.save = _named(QPushButton(self.tr("Save verdict")), "saveVerdictButton", self.tr("Save verdict"))
        self.hint = QLabel(self.tr("J / K: next / previous claim · 1–5: set the verdict"))
        self.hint.setEnabled(False)
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Cited references"), self.citations)
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Note"), self.note)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save)
        form.addRow(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.claims)
        split.addWidget(editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)


class ReferencesTab(QWidget):
    COLUMNS = ("#", QT_TRANSLATE_NOOP("ReferencesTab", "Title"), QT_TRANSLATE_NOOP("ReferencesTab", "Source"), QT_TRANSLATE_NOOP("ReferencesTab", "Year"), QT_TRANSLATE_NOOP("ReferencesTab", "Type"))

    def __init__(self) -> None:
        super().__init__()
        self.table = _named(QTableWidget(0, len(self.COLUMNS)), "referencesTable", self.tr("References"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 120)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Wrapped titles: rows grow to their text when the Title column's width changes.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty = QLabel(self.tr("This article lists no references."))
        self.empty.setObjectName("referencesEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def show_empty(self, empty: bool) -> None:
        """Say so instead of showing an empty table."""
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)


class FindingsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.findings = card_list("findingsList", self.tr("Findings"))
        self.findings.setItemDelegate(CardDelegate(self.findings, marker=theme.severity_colour))
        self.run = _named(QPushButton(self.tr("Run checks")), "runChecksButton", self.tr("Run checks"))
        self.dismiss = _named(QPushButton(self.tr("Dismiss…")), "dismissFindingButton", self.tr("Dismiss finding"))
        self.dismiss.setEnabled(False)
        self.dismiss.setToolTip(self.tr("Select an open finding to dismiss it"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.run)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)


class CommentsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.comments = card_list("commentsList", self.tr("Comments"))
        self.comments.setItemDelegate(CardDelegate(self.comments))
        self.body = _named(QLineEdit(), "commentEdit", self.tr("New comment"))
        self.body.setPlaceholderText(self.tr("Comment on the selected passage or the article"))
        self.add = _named(QPushButton(self.tr("Add")), "addCommentButton", self.tr("Add comment"))
        self.resolve = _named(QPushButton(self.tr("Resolve")), "resolveCommentButton", self.tr("Resolve comment"))
        row = QHBoxLayout()
        row.addWidget(self.body, 1)
        row.addWidget(self.add)
        row.addWidget(self.resolve)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.comments)
        layout.addLayout(row)


class HistoryTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.history = _named(QTextBrowser(), "historyView", self.tr("Audit history"))
        self.history.setOpenLinks(False)
        self.old = _named(QComboBox(), "diffOldRevision", self.tr("Older revision"))
        self.new = _named(QComboBox(), "diffNewRevision", self.tr("Newer revision"))
        self.diff = _named(QTextBrowser(), "revisionDiff", self.tr("Revision differences"))
        for combo in (self.old, self.new):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare")))
        row.addWidget(self.old, 1)
        row.addWidget(QLabel(self.tr("with")))
        row.addWidget(self.new, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.diff)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.history)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)


class EditorTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.source = _named(QPlainTextEdit(), "sourceEditor", self.tr("Markdown source"))
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview = _named(QTextBrowser(), "sourcePreview", self.tr("Preview"))
        self.preview.setOpenLinks(False)
        self.save = _named(QPushButton(self.tr("Save revision  (Ctrl+S)")), "saveRevisionButton", self.tr("Save revision"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # "Maria Lopez is editing since 10:02": filled by ui.edit_awareness, hidden while nobody else edits.
        self.editing = _named(QLabel(""), "editingNotice", self.tr("Others editing this article"))
        self.editing.setWordWrap(True)
        self.editing.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.source)
        split.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.editing)
        layout.addWidget(split)
        layout.addLayout(row)


class ReviewPanel(QTabWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewPanel")
        self.setAccessibleName(self.tr("Review"))
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        self.claims_tab = ClaimsTab()
        self.references_tab = ReferencesTab()
        self.findings_tab = FindingsTab()
        self.comments_tab = CommentsTab()
        self.history_tab = HistoryTab()
        self.editor_tab = EditorTab()
        self.addTab(self.claims_tab, self.tr("Claims"))
        self.addTab(self.references_tab, self.tr("References"))
        self.addTab(self.findings_tab, self.tr("Findings"))
        self.addTab(self.comments_tab, self.tr("Comments"))
        self.addTab(self.history_tab, self.tr("History"))
        self.addTab(self.editor_tab, self.tr("Editor"))
