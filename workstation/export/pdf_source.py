"""HTML for the PDF: the subset QTextDocument understands, printed by the Qt layer (QPdfWriter).

No CSS grid or flex, simple bordered tables, a class-based style sheet in the
head (QTextDocument applies ``page-break-before`` from it), and a final page
with the approver's electronic signature.
"""

from __future__ import annotations

from workstation.export.html_page import RENDER_TIMEOUT
from workstation.export.model import ExportArticle
from workstation.export.page import (
    SEPARATOR,
    format_datetime,
    has_disclaimer,
    line,
    review_stamp,
    standard_disclaimer,
    text,
)
from workstation.export.references import reference_links
from workstation.model import ReferenceData
from workstation.rendering import render_markdown, sanitize_html

_STYLE = """
body { font-family: Georgia, serif; font-size: 11pt; color: #1d1d1f; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; margin-top: 14pt; }
h3 { font-size: 12pt; }
.stamp { color: #14532d; font-size: 9pt; }
.meta, .disclaimer, .footer { color: #555555; font-size: 9pt; }
.error { color: #991b1b; font-weight: bold; }
.new-page { page-break-before: always; }
td, th { padding: 4px; }
th { background-color: #f3f4f6; text-align: left; }
"""


def pdf_document_html(article: ExportArticle, *, timeout: float = RENDER_TIMEOUT) -> str:
    """The article, its references and a signature page as QTextDocument-friendly HTML."""
    draft = article.draft
    rendered = render_markdown(draft.body, timeout=timeout)
    parts = [f"<h1>{line(draft.title)}</h1>"]
    byline = [", ".join(line(a) for a in draft.authors), line(draft.topic)]
    if any(byline):
        parts.append(f'<p class="meta">{SEPARATOR.join(b for b in byline if b)}</p>')
    parts.append(f'<p class="stamp">{review_stamp(article)}</p>')
    parts.append("<hr>")
    if rendered.error:
        parts.append(f'<p class="error">{text(rendered.error)}</p>')
    parts.append(rendered.html)
    if draft.references:
        parts.append("<h2>References</h2>")
        styled = article.styled_references
        if styled and len(styled) == len(draft.references):
            parts.extend(f'<p id="ref-{int(ref.number)}">[{int(ref.number)}] {entry}</p>'
                         for ref, entry in zip(draft.references, styled, strict=True))
        else:
            parts.extend(_reference(ref) for ref in draft.references)
    if not has_disclaimer(draft.body):
        parts.append(f'<p class="disclaimer">{text(standard_disclaimer(draft.audience))}</p>')
    parts.append(_signature_page(article))
    body = sanitize_html("\n".join(parts), layout=True)
    return (
        '<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{line(draft.title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _reference(ref: ReferenceData) -> str:
    # QTextDocument ignores <li value>, so the number is written out.
    number = int(ref.number)
    pieces = []
    for value in (ref.title, ref.source):
        value = " ".join(value.split())
        if value:
            pieces.append(text(value) + ("" if value[-1] in ".?!" else "."))
    if ref.year is not None:
        pieces.append(f"{int(ref.year)}.")
    links = reference_links(ref)
    for label, key in (("DOI", "doi"), ("PubMed", "pubmed"), ("Web", "url")):
        if key in links:
            pieces.append(f'{label}: <a href="{text(links[key])}">{text(links[key])}</a>')
    return f'<p id="ref-{number}">[{number}] {" ".join(pieces)}</p>'


def _signature_page(article: ExportArticle) -> str:
    signature = article.signature
    rows = [("Article", f"{int(article.id)}, revision {int(article.revision_id)}"),
            ("Content hash", line(article.content_hash))]
    if signature is None:
        rows.append(("Signature", "No electronic signature was recorded."))
    else:
        rows += [
            ("Printed name", line(signature.printed_name)),
            ("Role", line(signature.role)),
            ("Meaning", line(signature.meaning)),
            ("Date and time (UTC)", format_datetime(signature.signed_at)),
            ("Signed content hash", line(signature.content_hash)),
        ]
    rows.append(("Approved", f"{format_datetime(article.approved_at)} by {line(article.approved_by)}"))
    rows.append(("Audit chain head", f"{line(article.audit_anchor())} ({int(article.audit_events)} events)"))
    table = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        '<h2 class="new-page">Electronic signature</h2>\n'
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">\n'
        f"{table}\n</table>"
    )
