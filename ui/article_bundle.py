"""Everything the window shows about one article, read in one op-runner job.

Parts whose facade methods are not available (an older database layer) stay
None, and the window shows that part as unavailable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.views.reader import claim_sentinels, mark_claims
from workstation.views import ArticleDetail

MAX_FALLBACK_CHARS = 200_000


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


def optional(ws: Any, name: str, **kwargs: Any) -> Any:
    """Call a facade method that may not exist yet; None when it does not."""
    method = getattr(ws, name, None)
    if method is None:
        return None
    try:
        return method(**kwargs)
    except NotImplementedError:
        return None


def render(body: str) -> tuple[str, str | None]:
    try:
        from workstation.rendering import render_markdown
    except ImportError:
        import markdown
        import nh3

        cut = body[:MAX_FALLBACK_CHARS]
        return nh3.clean(markdown.markdown(cut)), None if cut == body else "the article was cut short"
    result = render_markdown(body, timeout=2.0)
    return result.html, result.error


def load_bundle(ws: Any, article_id: int, user: str | None) -> ArticleBundle:
    """Runs on the op runner's thread."""
    detail = ws.get_article(article_id=article_id)
    html, error = render(mark_claims(detail.body, detail.claims))
    html = claim_sentinels(html)
    return ArticleBundle(
        detail=detail,
        html=html,
        render_error=error,
        actions=optional(ws, "allowed_actions", article_id=article_id, user=user) if user else None,
        findings=optional(ws, "findings", article_id=article_id),
        comments=optional(ws, "comments", article_id=article_id),
        history=optional(ws, "history", article_id=article_id),
        revisions=optional(ws, "revisions", article_id=article_id),
    )
