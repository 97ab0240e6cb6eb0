"""The reader: a header with the article's facts above the rendered article, each claim tinted by its review state."""

from __future__ import annotations

import html as html_text
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextDocument
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
from ui.i18n import audience_label, numeric_date, status_label
from ui.progressive import CLAIM_PROPERTY, ProgressiveDocument
from ui.reader_pieces import ReaderPieces
from workstation.views import ArticleDetail


class ArticleHeader(QFrame):
    """Title, status badge and the article's facts, kept above the scrolling body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ArticleDetail | None = None
        self.setObjectName("articleHeader")
        self.setAccessibleName(self.tr("Article details"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setAccessibleName(self.tr("Article title"))
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
        self.notice.setAccessibleName(self.tr("Rendering notice"))
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
        self.status.setText(status_label(detail.status))
        self.status.setAccessibleName(self.tr("Status: {status}").format(status=status_label(detail.status)))
        sheet = (f"QLabel {{ background: {background.name()}; color: {text.name()}; border-radius: 4px;"
                 " padding: 1px 8px; font-weight: 600; }")
        if sheet != self.status.styleSheet():  # a style sheet set again is parsed and polished again
            self.status.setStyleSheet(sheet)
        facts = [audience_label(summary.audience).capitalize() if summary.audience else "",
                 self.tr("Last updated {0}").format(numeric_date(summary.last_updated)) if summary.last_updated else self.tr("Last updated: not given"),
                 self.tr("Revision {revision_number}").format(revision_number=detail.revision_number),
                 self.tr("Reviewer: {assigned_reviewer}").format(assigned_reviewer=summary.assigned_reviewer) if summary.assigned_reviewer else self.tr("No reviewer assigned")]
        if summary.next_review is not None:
            facts.append(self.tr("Next review {0}").format(numeric_date(summary.next_review)) + (self.tr(" (due)") if summary.due else ""))
        muted = theme.muted_text(palette).name()
        separator = f'<span style="color:{muted}">&nbsp;· </span>'
        # A fact never breaks inside ("Revision 1"); lines break between facts.
        shown = [html_text.escape(f).replace(" ", "&nbsp;") for f in facts if f]
        flagged = [str(r.number) for r in detail.references if r.retraction == "Retraction"]
        if flagged:  # the worst thing an article can cite, in the error colour
            warning = self.tr("⚠ Cites retracted work: reference {0}").format(', '.join(flagged))
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
    while the body scrolls. The body is laid out a piece at a time
    (:class:`ui.progressive.ProgressiveDocument`), so a large article never freezes
    the window; the view shows each piece as it arrives.
    """

    claim_clicked = Signal(int)
    reference_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._anchor)
        self.viewport().installEventFilter(self)
        self._style = ""
        self.progress = ProgressiveDocument(self, None, None, configure=self._configure)
        self.progress.advanced.connect(self._advanced)
        self._shown: tuple[ReaderPieces, Mapping[int, str]] | None = None
        self._key: object = None
        self._selected: tuple[int, int] | None = None
        self._pending_claim: int | None = None
        self._pending_scroll: int | None = None
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
        self._style = (
            f"a {{ color: {link}; text-decoration: none; }}"
            " h1, h2, h3 { margin-top: 14px; margin-bottom: 6px; }"
            " li { margin-bottom: 3px; }"
        )
        self.document().setDefaultStyleSheet(self._style)

    def _configure(self, document: QTextDocument) -> None:
        document.setDocumentMargin(12)
        document.setDefaultStyleSheet(self._style)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            if self._shown is not None:  # tints and links are laid into the document: lay them again
                scroll, selected, key = self.verticalScrollBar().value(), self._selected, self._key
                self._key = None
                self.show_article(*self._shown)
                self._key, self._selected, self._pending_scroll = key, selected, scroll
                self._advanced()

    def claim_tint(self, state: str):  # type: ignore[no-untyped-def]
        """The background a claim in this review state gets, from the current palette."""
        return theme.state_tint(state, self.palette())

    # ----------------------------------------------------------------- body
    def show_article(self, pieces: ReaderPieces, states: Mapping[int, str], key: object = None) -> None:
        """Show the article's pieces, each claim tinted by its review state.

        With the ``key`` of what is shown (the same text and claims), only the tints that
        changed are laid again; otherwise the body is laid out anew, a piece at a time.
        """
        self._shown = (pieces, states)
        if key is not None and key == self._key:
            self.progress.retint(states)
            return
        self._key = key
        self._selected = None
        self._pending_claim = None
        self.setExtraSelections([])
        tints: dict[str, object] = {}

        def tint(state: str):  # type: ignore[no-untyped-def]
            if state not in tints:  # one colour per state, not one palette lookup per claim
                tints[state] = self.claim_tint(state)
            return tints[state]

        self.progress.load(pieces, states, tint)

    def is_loading(self) -> bool:
        """Whether the body is still being laid out."""
        return self.progress.is_loading()

    @property
    def _claim_ranges(self) -> dict[int, tuple[int, int]]:
        return self.progress.ranges

    def _advanced(self) -> None:
        if self._pending_claim is not None and self._pending_claim in self.progress.ranges:
            claim, self._pending_claim = self._pending_claim, None
            self.scroll_to_claim(claim)
        if not self.progress.is_loading():
            if self._selected is not None and self._selected[1] <= self.progress.loaded_to:
                self._mark_selected(*self._selected)
            if self._pending_scroll is not None:
                self.verticalScrollBar().setValue(self._pending_scroll)
                self._pending_scroll = None

    def claim_ids(self) -> list[int]:
        return list(self._claim_ranges)

    def scroll_to_claim(self, claim_id: int) -> None:
        bounds = self._claim_ranges.get(claim_id)
        if bounds is None and self.progress.is_loading():
            self._pending_claim = claim_id  # shown once its piece is in
            return
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
