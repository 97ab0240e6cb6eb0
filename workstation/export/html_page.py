"""The published form of an approved article: one standalone HTML page, and the folder index."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from workstation.export.model import ExportArticle, IndexEntry
from workstation.export.page import (
    SEPARATOR,
    format_date,
    has_disclaimer,
    iso_datetime,
    line,
    reference_items,
    review_stamp,
    standalone_page,
    standard_disclaimer,
    text,
)
from workstation.rendering import render_markdown

RENDER_TIMEOUT = 10.0  # an export is not interactive; allow more than the preview does


def render_html(article: ExportArticle, *, timeout: float = RENDER_TIMEOUT) -> str:
    """One self-contained page: title, review stamp, body, references, disclaimer."""
    draft = article.draft
    rendered = render_markdown(draft.body, timeout=timeout)
    parts = ["<article>", "<header>"]
    parts.append(f"<h1>{line(draft.title)}</h1>")
    byline = []
    if draft.authors:
        byline.append("By " + ", ".join(line(a) for a in draft.authors))
    if draft.topic.strip():
        byline.append(line(draft.topic))
    if draft.audience:
        byline.append(f"For {line(draft.audience)}s")
    if byline:
        parts.append(f'<p class="byline">{SEPARATOR.join(byline)}</p>')
    parts.append(f'<p class="stamp">{review_stamp(article)}</p>')
    parts.append("</header>")
    if rendered.error:
        parts.append(f'<p class="error">{text(rendered.error)}</p>')
    parts.append(f'<div class="article-body">\n{rendered.html}\n</div>')
    if draft.references:
        parts.append('<section class="references" id="references">')
        parts.append("<h2>References</h2>")
        parts.append(f'<ol class="references">\n{reference_items(draft.references, article.styled_references)}\n</ol>')
        parts.append("</section>")
    if not has_disclaimer(draft.body):
        parts.append(f'<p class="disclaimer">{text(standard_disclaimer(draft.audience))}</p>')
    parts.append(
        f"<footer>Article {int(article.id)}, revision {int(article.revision_id)}"
        f"{SEPARATOR}content hash {line(article.content_hash)}{SEPARATOR}{line(article.audit_anchor())}</footer>"
    )
    parts.append("</article>")
    return standalone_page(title=draft.title, body="\n".join(parts), kind="article")


def render_index(
    entries: Iterable[IndexEntry], *, heading: str = "Exported articles"
) -> str:
    """index.html for an export folder: one row per article with links to its files."""
    rows = []
    for entry in sorted(entries, key=lambda e: (line(e.title).casefold(), e.article_id)):
        links = ", ".join(
            f'<a href="{text(quote(name))}">{line(label)}</a>' for label, name in entry.files
        )
        next_review = format_date(entry.next_review) if entry.next_review else "\u2014"
        rows.append(
            "<tr>"
            f"<td>{int(entry.article_id)}</td>"
            f"<td>{line(entry.title)}</td>"
            f'<td><time datetime="{text(iso_datetime(entry.approved_at))}">'
            f"{format_date(entry.approved_at)}</time></td>"
            f"<td>{next_review}</td>"
            f"<td>{links}</td>"
            "</tr>"
        )
    body = [
        "<header>",
        f"<h1>{line(heading)}</h1>",
        f'<p class="meta">{len(rows)} approved article{"" if len(rows) == 1 else "s"}</p>',
        "</header>",
        "<table>",
        "<thead><tr><th>ID</th><th>Title</th><th>Approved</th><th>Next review</th>"
        "<th>Files</th></tr></thead>",
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
    ]
    return standalone_page(title=heading, body="\n".join(body), kind="index")
