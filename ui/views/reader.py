"""The reader: the rendered article with each claim tinted by its review state."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from workstation.views import ClaimView

CLAIM_PROPERTY = QTextFormat.Property.UserProperty + 1
START, OPEN_END, STOP = "\ue000", "\ue001", "\ue002"
_MARK_RE = re.compile(f"{START}(\\d+){OPEN_END}|{STOP}")

# Translucent tints keep the palette's own text colour readable on light and dark themes.
STATE_COLOURS = {
    "none": QColor(128, 128, 160, 50),
    "supported": QColor(40, 170, 80, 80),
    "partial": QColor(230, 170, 20, 90),
    "partially-supported": QColor(230, 170, 20, 90),
    "not-supported": QColor(220, 50, 50, 90),
    "unverifiable": QColor(140, 90, 200, 80),
}
SELECTED_OUTLINE = QColor(40, 120, 230, 220)
SELECTED_TINT = QColor(40, 120, 230, 45)


_OPEN_TAG_RE = re.compile(r'<mark\b[^>]*\bdata-claim="(\d+)"[^>]*>')


def mark_claims(body: str, claims: Sequence[ClaimView]) -> str:
    """The body with each anchored claim wrapped in ``<mark class="claim" data-claim="ID">``.

    The renderer's sanitizer keeps exactly these marks; :func:`claim_sentinels` then turns
    them into private markers the reader removes after laying the text out.
    """
    spans = sorted((c.start, c.end, c.id) for c in claims if not c.orphaned and 0 <= c.start < c.end <= len(body))
    out: list[str] = []
    position = 0
    for start, end, claim_id in spans:
        if start < position:
            continue  # overlapping anchors: keep the first
        out += [body[position:start], f'<mark class="claim" data-claim="{claim_id}">', body[start:end], "</mark>"]
        position = end
    out.append(body[position:])
    return "".join(out)


def claim_sentinels(html: str) -> str:
    """Sanitized HTML with the claim marks replaced by markers (done after sanitizing, which drops them)."""
    html = html.replace(START, "").replace(OPEN_END, "").replace(STOP, "")
    return _OPEN_TAG_RE.sub(lambda m: f"{START}{m.group(1)}{OPEN_END}", html).replace("</mark>", STOP)


class ArticleView(QTextBrowser):
    """A read-only browser that never loads remote content and reports claim clicks."""

    claim_clicked = Signal(int)
    reference_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._anchor)
        self.viewport().installEventFilter(self)
        self._claim_ranges: dict[int, tuple[int, int]] = {}

    def loadResource(self, kind: int, name: QUrl):  # type: ignore[no-untyped-def]  # noqa: N802
        return None  # no images, style sheets or anything else from outside

    def show_article(self, html: str, claims: Sequence[ClaimView]) -> None:
        """Show rendered HTML that carries claim markers; tint each claim by its state."""
        self.setHtml(html)
        self._claim_ranges = {}
        doc = self.document()
        states = {c.id: c.state for c in claims}
        text = doc.toPlainText()
        # Find markers through the document (positions match, tables aside, via find()).
        markers: list[tuple[QTextCursor, int | None]] = []
        cursor = QTextCursor(doc)
        if START in text or STOP in text:
            pattern = f"{START}[0-9]+{OPEN_END}|{STOP}"
            from PySide6.QtCore import QRegularExpression

            regex = QRegularExpression(pattern)
            while True:
                cursor = doc.find(regex, cursor)
                if cursor.isNull():
                    break
                match = _MARK_RE.fullmatch(cursor.selectedText())
                markers.append((QTextCursor(cursor), int(match.group(1)) if match and match.group(1) else None))
        open_claim: tuple[int, QTextCursor] | None = None
        pairs: list[tuple[int, QTextCursor, QTextCursor]] = []
        for marker, claim_id in markers:
            if claim_id is not None:
                open_claim = (claim_id, marker)
            elif open_claim is not None:
                pairs.append((open_claim[0], open_claim[1], marker))
                open_claim = None
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for marker, _ in markers:
            marker.removeSelectedText()
        for claim_id, start, end in pairs:
            span = QTextCursor(doc)
            span.setPosition(start.position())
            span.setPosition(end.position(), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(STATE_COLOURS.get(states.get(claim_id, "none"), STATE_COLOURS["none"])))
            fmt.setProperty(CLAIM_PROPERTY, claim_id)
            span.mergeCharFormat(fmt)
            self._claim_ranges[claim_id] = (start.position(), end.position())
        edit.endEditBlock()

    def claim_ids(self) -> list[int]:
        return list(self._claim_ranges)

    def scroll_to_claim(self, claim_id: int) -> None:
        bounds = self._claim_ranges.get(claim_id)
        if bounds is None:
            self.setExtraSelections([])
            return
        self._mark_selected(*bounds)
        cursor = QTextCursor(self.document())
        cursor.setPosition(bounds[1])
        self.setTextCursor(cursor)
        cursor.setPosition(bounds[0])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _mark_selected(self, start: int, end: int) -> None:
        """Underline the selected claim on top of its state tint."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(SELECTED_OUTLINE)
        fmt.setBackground(QBrush(SELECTED_TINT))
        selection.format = fmt
        self.setExtraSelections([selection])

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, start))
        cursor.setPosition(min(end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def claim_at(self, x: int, y: int) -> int | None:
        from PySide6.QtCore import QPoint

        cursor = self.cursorForPosition(QPoint(x, y))
        cursor.movePosition(QTextCursor.MoveOperation.Right)
        value = cursor.charFormat().property(CLAIM_PROPERTY)
        return int(value) if value is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if not self.anchorAt(event.position().toPoint()):
                claim_id = self.claim_at(int(event.position().x()), int(event.position().y()))
                if claim_id is not None:
                    self.claim_clicked.emit(claim_id)
        return super().eventFilter(watched, event)

    def _anchor(self, url: QUrl) -> None:
        fragment = url.fragment() or url.toString().lstrip("#")
        if fragment.startswith("ref-") and fragment[4:].isdigit():
            self.reference_clicked.emit(int(fragment[4:]))
            self.scrollToAnchor(fragment)
        elif fragment.startswith("claim-") and fragment[6:].isdigit():
            self.claim_clicked.emit(int(fragment[6:]))
