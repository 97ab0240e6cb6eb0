"""The reader: a header with the article's facts above the rendered article, each claim tinted by its review state."""

from __future__ import annotations

import html as html_text
import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRegularExpression, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from workstation.views import ArticleDetail, ClaimView

CLAIM_PROPERTY = QTextFormat.Property.UserProperty + 1
START, OPEN_END, STOP = "\ue000", "\ue001", "\ue002"
_MARK_RE = re.compile(f"{START}(\\d+){OPEN_END}|{STOP}")

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


class ArticleHeader(QFrame):
    """Title, status badge and the article's facts, kept above the scrolling body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ArticleDetail | None = None
        self.setObjectName("articleHeader")
        self.setAccessibleName("Article details")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setAccessibleName("Article title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("articleStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.meta = QLabel()
        self.meta.setObjectName("articleMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.meta.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        facts = QHBoxLayout()
        facts.setSpacing(8)
        facts.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        facts.addWidget(self.meta, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.setSpacing(4)
        # Why the body shows as plain text: stays as long as the article does (not a status-bar flash).
        self.notice = QLabel()
        self.notice.setObjectName("renderNotice")
        self.notice.setAccessibleName("Rendering notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.notice.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.notice.setContentsMargins(6, 3, 6, 3)
        self.notice.hide()
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addWidget(rule)

    def show_notice(self, text: str | None) -> None:
        """A persistent banner under the facts (None hides it)."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def show_detail(self, detail: ArticleDetail | None) -> None:
        self._detail = detail
        self.setVisible(detail is not None)
        self._fill()

    def _fill(self) -> None:
        detail = self._detail
        if detail is None:
            return
        summary = detail.summary
        palette = self.palette()
        self.title.setText(detail.title)
        background, text = theme.status_badge(detail.status, palette)
        self.status.setText(detail.status)
        self.status.setAccessibleName(f"Status: {detail.status}")
        self.status.setStyleSheet(
            f"QLabel {{ background: {background.name()}; color: {text.name()}; border-radius: 4px;"
            " padding: 1px 8px; font-weight: 600; }"
        )
        facts = [summary.audience.capitalize() if summary.audience else "",
                 f"Last updated {summary.last_updated:%Y-%m-%d}" if summary.last_updated else "Last updated: not given",
                 f"Revision {detail.revision_number}",
                 f"Reviewer: {summary.assigned_reviewer}" if summary.assigned_reviewer else "No reviewer assigned"]
        if summary.next_review is not None:
            facts.append(f"Next review {summary.next_review:%Y-%m-%d}" + (" (due)" if summary.due else ""))
        muted = theme.muted_text(palette).name()
        separator = f'<span style="color:{muted}">&nbsp;· </span>'
        # A fact never breaks inside ("Revision 1"); lines break between facts.
        shown = [html_text.escape(f).replace(" ", "&nbsp;") for f in facts if f]
        flagged = [str(r.number) for r in detail.references if r.retraction == "Retraction"]
        if flagged:  # the worst thing an article can cite, in the error colour
            warning = f"⚠ Cites retracted work: reference {', '.join(flagged)}"
            facts.append(warning)
            shown.append(f'<span style="color:{theme.severity_colour("error", palette).name()};font-weight:600">'
                         f'{html_text.escape(warning).replace(" ", "&nbsp;")}</span>')
        self.meta.setText(f'<span style="color:{palette.color(QPalette.ColorRole.Text).name()}">'
                          + separator.join(shown) + "</span>")
        self.meta.setAccessibleName(" · ".join(f for f in facts if f))

    def text(self) -> str:
        """What the header says, as plain text (title, status, facts)."""
        return f"{self.title.text()}\n{self.status.text()} · {self.meta.accessibleName()}" if self._detail else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._fill()


class ArticleView(QTextBrowser):
    """A read-only browser that never loads remote content and reports claim clicks.

    The :class:`ArticleHeader` sits in the top viewport margin, so it stays in view
    while the body scrolls.
    """

    claim_clicked = Signal(int)
    reference_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._anchor)
        self.viewport().installEventFilter(self)
        self._claim_ranges: dict[int, tuple[int, int]] = {}
        self._shown: tuple[str, Sequence[ClaimView]] | None = None
        self._selected: tuple[int, int] | None = None
        self.header = ArticleHeader(self)
        self.header.hide()
        self._apply_palette()

    def loadResource(self, kind: int, name: QUrl):  # type: ignore[no-untyped-def]  # noqa: N802
        return None  # no images, style sheets or anything else from outside

    # ----------------------------------------------------------------- header
    def show_header(self, detail: ArticleDetail | None) -> None:
        """Show the article's title, status and facts above the body (none: no header)."""
        self.header.show_detail(detail)
        self._place_header()

    def show_notice(self, text: str | None) -> None:
        """Say, above the body and for as long as it is shown, why it is plain text (None: nothing to say)."""
        self.header.show_notice(text)
        self._place_header()

    def _place_header(self) -> None:
        if self.header.isHidden():
            self.setViewportMargins(0, 0, 0, 0)
            return
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        height = self.header.heightForWidth(width)
        if height < 0:
            height = self.header.sizeHint().height()
        self.setViewportMargins(0, height, 0, 0)
        self.header.setGeometry(frame, frame, width, height)
        self.header.raise_()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._place_header()

    # ----------------------------------------------------------------- palette
    def _apply_palette(self) -> None:
        link = theme.link_colour(self.palette()).name()
        self.document().setDefaultStyleSheet(
            f"a {{ color: {link}; text-decoration: none; }}"
            " h1, h2, h3 { margin-top: 14px; margin-bottom: 6px; }"
            " li { margin-bottom: 3px; }"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            if self._shown is not None:  # tints and links are laid into the document: lay them again
                scroll = self.verticalScrollBar().value()
                self.show_article(*self._shown)
                if self._selected is not None:
                    self._mark_selected(*self._selected)
                self.verticalScrollBar().setValue(scroll)

    def claim_tint(self, state: str):  # type: ignore[no-untyped-def]
        """The background a claim in this review state gets, from the current palette."""
        return theme.state_tint(state, self.palette())

    # ----------------------------------------------------------------- body
    def show_article(self, html: str, claims: Sequence[ClaimView]) -> None:
        """Show rendered HTML that carries claim markers; tint each claim by its state."""
        self._shown = (html, claims)
        self._selected = None
        self.setHtml(html)
        self._claim_ranges = {}
        doc = self.document()
        tints = {c.id: self.claim_tint(c.state) for c in claims}
        text = doc.toPlainText()
        # Find markers through the document (positions match, tables aside, via find()).
        markers: list[tuple[QTextCursor, int | None]] = []
        cursor = QTextCursor(doc)
        if START in text or STOP in text:
            pattern = f"{START}[0-9]+{OPEN_END}|{STOP}"
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
            fmt.setBackground(QBrush(tints.get(claim_id) or self.claim_tint("none")))
            fmt.setProperty(CLAIM_PROPERTY, claim_id)
            span.mergeCharFormat(fmt)
            self._claim_ranges[claim_id] = (start.position(), end.position())
        edit.endEditBlock()

    def claim_ids(self) -> list[int]:
        return list(self._claim_ranges)

    def scroll_to_claim(self, claim_id: int) -> None:
        bounds = self._claim_ranges.get(claim_id)
        if bounds is None:
            self._selected = None
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
        self._selected = (start, end)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(theme.selected_outline(self.palette()))
        fmt.setBackground(QBrush(theme.selected_tint(self.palette())))
        selection.format = fmt
        self.setExtraSelections([selection])

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, start))
        cursor.setPosition(min(end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def claim_at(self, x: int, y: int) -> int | None:
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
