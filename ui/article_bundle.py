"""Everything the window shows about one article, read and prepared in one op-runner job."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import number
from ui.reader_pieces import (
    MAX_LINE_CHARS,
    ReaderPieces,
    TooLargeToLayOut,
    claim_sentinels,
    html_pieces,
    mark_claims,
    mark_plain,
    text_pieces,
)
from ui.review_rows import CardRow, claim_rows, finding_rows
from workstation.facade import MAX_PLAIN_CHARS, MAX_RENDER_CHARS, Workstation, render_markdown
from workstation.views import ArticleDetail, ClaimView

SOURCE_PIECE_CHARS = 16_000  # the editor takes the source in pieces of about this size
# Qt lays out a whole line of the editor at once: a longer one would stall the window.
EDITOR_MAX_LINE_CHARS = 100_000


@dataclass(frozen=True)
class SourcePieces:
    """The Markdown source for the editor, in pieces; ``refusal`` says why it cannot be edited here."""

    pieces: tuple[str, ...] = ()
    refusal: str = ""


@dataclass(frozen=True)
class ArticleBundle:
    detail: ArticleDetail
    pieces: ReaderPieces
    render_error: str | None
    states: dict[int, str] = field(default_factory=dict)  # claim id -> review state (its tint)
    claims_by_id: dict[int, ClaimView] = field(default_factory=dict)
    claim_rows: tuple[CardRow, ...] = ()
    claim_keys: dict[int, int] = field(default_factory=dict)  # claim id -> its row in the claims list
    finding_rows: tuple[CardRow, ...] = ()
    source: SourcePieces = SourcePieces()
    actions: list[Any] | None = None
    findings: list[Any] | None = None
    comments: list[Any] | None = None
    history: list[Any] | None = None
    revisions: list[Any] | None = None

    @property
    def layout_key(self) -> tuple:
        """Equal for two bundles whose reader text is the same (their claims' tints may differ)."""
        return self.detail.id, self.detail.revision_id, self.pieces.pieces


def reader_pieces(body: str, claims: Sequence[ClaimView] = ()) -> tuple[ReaderPieces, str | None]:
    """What the reader shows of ``body``, cut into pieces, and why it is plain text (None when rendered).

    Rendering is bounded (:func:`workstation.rendering.render_markdown`); whatever is shown as
    plain text is the body as written, whole, with its claims still tinted.
    """
    if len(body) > MAX_RENDER_CHARS:
        error = (QCoreApplication.translate("ArticleBundle", "This article is too large to render ({0} characters; the limit is {1}); "
                                            "showing plain text").format(number(len(body)), number(MAX_RENDER_CHARS)))
    else:
        result = render_markdown(mark_claims(body, claims), timeout=2.0)
        error = result.error
        if error is None:
            try:
                return ReaderPieces(tuple(html_pieces(claim_sentinels(result.html))), html=True), None
            except TooLargeToLayOut as exc:
                error = QCoreApplication.translate("ArticleBundle", "This article holds {exc}, too large to lay out in the reader; showing plain text").format(exc=exc)
        elif result.truncated:  # the whole body is shown here, not the renderer's first part
            error = error.removesuffix(f" (the first {MAX_PLAIN_CHARS:,} characters)")  # the renderer's words
    pieces, broken = text_pieces(mark_plain(body, claims))
    if broken:
        error += (QCoreApplication.translate("ArticleBundle", " ({0} lines longer than {1} characters shown broken into shorter lines)")
                  if broken != 1 else
                  QCoreApplication.translate("ArticleBundle", " ({0} line longer than {1} characters shown broken into shorter lines)")
                  ).format(number(broken), number(MAX_LINE_CHARS))
    return ReaderPieces(tuple(pieces), html=False, broken_lines=broken), error


def source_pieces(body: str) -> SourcePieces:
    """The source in pieces for the editor, or why it cannot be edited in the window."""
    longest = max((len(line) for line in body.splitlines()), default=0)
    if longest > EDITOR_MAX_LINE_CHARS:
        return SourcePieces(refusal=(
            QCoreApplication.translate("ArticleBundle", "This source has a line of {0} characters; the editor takes lines of up to {1}, so it is not shown here (laying it out would freeze the window)").format(number(longest), number(EDITOR_MAX_LINE_CHARS))))
    pieces, current, size = [], [], 0
    for line in body.splitlines(keepends=True):
        if current and size + len(line) > SOURCE_PIECE_CHARS:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current:
        pieces.append("".join(current))
    return SourcePieces(tuple(pieces))


def load_bundle(ws: Workstation, article_id: int, user: str | None) -> ArticleBundle:
    """Runs on the op runner's thread: everything slow (rendering, sanitizing, cutting) happens here."""
    detail = ws.library.get_article(article_id=article_id)
    pieces, error = reader_pieces(detail.body, detail.claims)
    findings = ws.review.findings(article_id=article_id)
    return ArticleBundle(
        detail=detail,
        pieces=pieces,
        render_error=error,
        states={c.id: c.state for c in detail.claims},
        claims_by_id={c.id: c for c in detail.claims},
        claim_rows=claim_rows(detail.claims),
        claim_keys={c.id: row for row, c in enumerate(detail.claims)},
        finding_rows=finding_rows(findings),
        source=source_pieces(detail.body),
        actions=ws.workflow.allowed_actions(article_id=article_id, user=user) if user else None,
        findings=findings,
        comments=ws.review.comments(article_id=article_id),
        history=ws.workflow.history(article_id=article_id),
        revisions=ws.workflow.revisions(article_id=article_id),
    )
