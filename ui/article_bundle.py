"""Everything the window shows about one article, read in one op-runner job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.views.reader import claim_sentinels, mark_claims
from workstation.facade import Workstation
from workstation.rendering import render_markdown
from workstation.sanitize import MAX_PLAIN_CHARS, plain_text_html
from workstation.views import ArticleDetail


@dataclass(frozen=True)
class ArticleBundle:
    detail: ArticleDetail
    html: str
    render_error: str | None
    actions: list[Any] | None = None
    findings: list[Any] | None = None
    comments: list[Any] | None = None
    history: list[Any] | None = None
    revisions: list[Any] | None = None


def render(body: str) -> tuple[str, str | None]:
    """Sanitized HTML of a Markdown body, and the message when it could not be rendered in time."""
    result = render_markdown(body, timeout=2.0)
    return result.html, result.error


# The reader lays the document out and finds each claim's marks on the GUI thread; beyond
# these sizes that takes seconds, so such bodies are shown as plain text and the claims are
# listed in the review panel without being tinted in the text (the banner says so).
READER_MAX_CHARS = 600_000
READER_MAX_TINTED_CLAIMS = 2_000


def load_bundle(ws: Workstation, article_id: int, user: str | None) -> ArticleBundle:
    """Runs on the op runner's thread: everything slow (rendering, sanitizing) happens here."""
    detail = ws.get_article(article_id=article_id)
    claims = detail.claims if len(detail.claims) <= READER_MAX_TINTED_CLAIMS else ()
    if len(detail.body) > READER_MAX_CHARS:
        html, error = "", (
            f"This article is too long to lay out in the reader ({len(detail.body):,} characters; "
            f"the limit is {READER_MAX_CHARS:,}); showing plain text"
        )
    else:
        html, error = render(mark_claims(detail.body, claims))
    if error:
        # The fallback shows the body as the reviewer wrote it, not the claim marks added for rendering.
        fragment, truncated = plain_text_html(detail.body)
        html = fragment
        if truncated and "the first" not in error:
            error += f" (the first {MAX_PLAIN_CHARS:,} characters)"
    if len(detail.claims) > READER_MAX_TINTED_CLAIMS:
        note = (f"{len(detail.claims):,} claims are listed in the review panel but not tinted in the text "
                f"(more than {READER_MAX_TINTED_CLAIMS:,})")
        error = f"{error}. {note}" if error else note
    html = claim_sentinels(html)
    return ArticleBundle(
        detail=detail,
        html=html,
        render_error=error,
        actions=ws.allowed_actions(article_id=article_id, user=user) if user else None,
        findings=ws.findings(article_id=article_id),
        comments=ws.comments(article_id=article_id),
        history=ws.history(article_id=article_id),
        revisions=ws.revisions(article_id=article_id),
    )
