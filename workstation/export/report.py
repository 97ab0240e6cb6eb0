"""The review report: claim by claim what the board checked, and how each finding was resolved."""

from __future__ import annotations

from workstation.export.model import ExportArticle
from workstation.export.page import (
    SEPARATOR,
    format_date,
    format_datetime,
    line,
    reference_items,
    standalone_page,
    text,
)
from workstation.views import ClaimBase, VerdictView
from workstation.views_review import FindingBase

_VERDICT_LABELS = {
    "supported": "Supported",
    "partially-supported": "Partially supported",
    "not-supported": "Not supported",
    "contradicted": "Contradicted",
    "unverifiable": "Unverifiable",
}


def render_review_report_html(article: ExportArticle) -> str:
    """A standalone page recording the review of the approved revision."""
    draft = article.draft
    parts = ["<header>", "<h1>Review report</h1>", f"<p><strong>{line(draft.title)}</strong></p>"]
    parts.append(_summary(article))
    parts.append("</header>")
    parts.append('<section id="claims">')
    parts.append(f"<h2>Claims ({len(article.claims)})</h2>")
    if not article.claims:
        parts.append("<p>No claims were recorded for this revision.</p>")
    parts.extend(_claim(claim) for claim in article.claims)
    parts.append("</section>")
    parts.append('<section id="findings">')
    parts.append(f"<h2>Automated check findings ({len(article.findings)})</h2>")
    parts.append(_findings(article.findings))
    parts.append("</section>")
    if draft.references:
        parts.append('<section id="references">')
        parts.append("<h2>References</h2>")
        parts.append(f'<ol class="references">\n{reference_items(draft.references)}\n</ol>')
        parts.append("</section>")
    parts.append(
        f"<footer>Audit chain head {line(article.audit_head_hash)} after {int(article.audit_events)} events "
        f"({line(article.audit_anchor())})</footer>"
    )
    return standalone_page(
        title=f"Review report: {draft.title}", body="\n".join(parts), kind="report"
    )


def _summary(article: ExportArticle) -> str:
    rows = [
        ("Article", f"{int(article.id)}, revision {int(article.revision_id)}"),
        ("Content hash", line(article.content_hash)),
        ("Approved", f"{format_datetime(article.approved_at)} by {line(article.approved_by)}"),
        ("Next review", format_date(article.next_review) or "not scheduled"),
    ]
    signature = article.signature
    if signature is None:
        rows.append(("Signature", "none recorded"))
    else:
        rows.append((
            "Signature",
            f"{line(signature.printed_name)} ({line(signature.role)}){SEPARATOR}"
            f"{line(signature.meaning)}{SEPARATOR}{format_datetime(signature.signed_at)}"
            f"{SEPARATOR}content hash {line(signature.content_hash)}",
        ))
    body = "\n".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f'<table class="summary">\n<tbody>\n{body}\n</tbody>\n</table>'


def _claim(claim: ClaimBase) -> str:
    cites = ", ".join(f'<a href="#ref-{int(n)}">[{int(n)}]</a>' for n in claim.citations)
    meta = []
    if claim.section:
        meta.append(f"Section: {line(claim.section)}")
    meta.append(f"Cites: {cites}" if cites else "Cites no reference")
    parts = [
        f'<section class="claim" id="claim-{int(claim.id)}">',
        f"<h3>Claim {int(claim.id)}</h3>",
        f"<blockquote><p>{line(claim.text)}</p></blockquote>",
        f'<p class="meta">{SEPARATOR.join(meta)}</p>',
    ]
    if claim.verdicts:
        parts.append(
            "<table>\n<thead><tr><th>Reference</th><th>Verdict</th><th>Evidence</th>"
            "<th>Note</th><th>Reviewer</th></tr></thead>\n<tbody>"
        )
        parts.extend(_verdict(v) for v in claim.verdicts)
        parts.append("</tbody>\n</table>")
    else:
        parts.append("<p>No verdicts recorded.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _verdict(verdict: VerdictView) -> str:
    label = _VERDICT_LABELS.get(verdict.verdict, verdict.verdict)
    css = verdict.verdict if verdict.verdict in _VERDICT_LABELS else "other"
    evidence = f"<blockquote>{_paragraphs(verdict.evidence)}</blockquote>" if verdict.evidence else ""
    if evidence and verdict.source:
        evidence += f'<p class="evidence-source">Source: {line(verdict.source)}</p>'

    return (
        "<tr>"
        f'<td><a href="#ref-{int(verdict.reference)}">[{int(verdict.reference)}]</a></td>'
        f'<td class="verdict-{css}">{line(label)}</td>'
        f"<td>{evidence}</td>"
        f"<td>{_paragraphs(verdict.note)}</td>"
        f"<td>{line(verdict.reviewer)}<br>{format_datetime(verdict.at)}</td>"
        "</tr>"
    )


def _findings(findings: tuple[FindingBase, ...]) -> str:
    if not findings:
        return "<p>The automated checks found nothing to report.</p>"
    rows = []
    for finding in findings:
        if finding.dismissed:
            who = line(finding.dismissed_by or "") or "a reviewer"
            reason = f": {line(finding.dismissed_reason)}" if finding.dismissed_reason.strip() else ""
            resolution = f'<td class="resolution-dismissed">Dismissed by {who}{reason}</td>'
        else:
            resolution = '<td class="resolution-open">Not dismissed</td>'
        excerpt = f"<blockquote>{_paragraphs(finding.excerpt)}</blockquote>" if finding.excerpt else ""
        rows.append(
            "<tr>"
            f"<td>{line(finding.code)}</td>"
            f"<td>{line(finding.severity)}</td>"
            f"<td>{line(finding.message)}{excerpt}</td>"
            f"{resolution}"
            "</tr>"
        )
    return (
        "<table>\n<thead><tr><th>Check</th><th>Severity</th><th>Finding</th>"
        "<th>Resolution</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    )


def _paragraphs(value: str) -> str:
    """Free text (evidence quotes, notes) with its line breaks kept, escaped."""
    return "<br>".join(text(part) for part in value.strip().splitlines())
