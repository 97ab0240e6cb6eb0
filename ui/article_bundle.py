"""Everything the window shows about one article, read in one op-runner job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.views.reader import claim_sentinels, mark_claims
from workstation.facade import Workstation
from workstation.rendering import render_markdown
from workstation.sanitize import plain_text_html
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


def load_bundle(ws: Workstation, article_id: int, user: str | None) -> ArticleBundle:
    """Runs on the op runner's thread."""
    detail = ws.get_article(article_id=article_id)
    html, error = render(mark_claims(detail.body, detail.claims))
    if error:
        # The fallback shows the body as the reviewer wrote it, not the claim marks added for rendering.
        html = plain_text_html(detail.body)[0]
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
