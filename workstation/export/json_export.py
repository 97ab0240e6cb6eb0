"""The approved article as JSON for a content-management system (see article.schema.json)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from workstation.export.model import ExportArticle
from workstation.export.page import iso_datetime
from workstation.export.references import normalized_doi, normalized_pmid, reference_links
from workstation.model import ReferenceData
from workstation.rendering import render_markdown
from workstation.structure import analyze

FORMAT = "review-workstation/approved-article"
FORMAT_VERSION = 1
SCHEMA_FILE = "article.schema.json"
RENDER_TIMEOUT = 10.0


@cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every export of :func:`render_json` satisfies."""
    source = resources.files("workstation.export").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(source)


def article_document(article: ExportArticle, *, timeout: float = RENDER_TIMEOUT) -> dict[str, Any]:
    """The export as plain JSON-ready data."""
    draft = article.draft
    rendered = render_markdown(draft.body, timeout=timeout)
    body = draft.body
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": article.id,
        "revision_id": article.revision_id,
        "content_hash": article.content_hash,
        "status": "Approved",
        "title": draft.title,
        "audience": draft.audience,
        "topic": draft.topic,
        "authors": list(draft.authors),
        "last_updated": draft.last_updated.isoformat() if draft.last_updated else None,
        "approved_at": iso_datetime(article.approved_at),
        "approved_by": article.approved_by,
        "next_review": article.next_review.isoformat() if article.next_review else None,
        "body_markdown": body,
        "body_html": rendered.html,
        "body_html_error": rendered.error,
        "sections": [
            {
                "position": s.position,
                "heading": s.heading,
                "level": s.level,
                "kind": s.kind,
                "start": s.start,
                "end": s.end,
            }
            for s in analyze(body).sections
        ],
        "claims": [
            {
                "id": claim.id,
                "text": claim.text,
                "section": claim.section,
                "citations": list(claim.citations),
                "verdicts": [
                    {
                        "reference": v.reference,
                        "verdict": v.verdict,
                        "evidence": v.evidence,
                        "note": v.note,
                        "reviewer": v.reviewer,
                        "at": iso_datetime(v.at),
                    }
                    for v in claim.verdicts
                ],
            }
            for claim in article.claims
        ],
        "references": [_reference(ref) for ref in draft.references],
        "signature": _signature(article),
        "audit_head_hash": article.audit_head_hash,
        "audit_events": article.audit_events,
    }


def render_json(article: ExportArticle, *, timeout: float = RENDER_TIMEOUT) -> str:
    """The export as indented UTF-8 JSON text."""
    return json.dumps(article_document(article, timeout=timeout), ensure_ascii=False, indent=2) + "\n"


def _reference(ref: ReferenceData) -> dict[str, Any]:
    links = reference_links(ref)
    return {
        "number": ref.number,
        "type": ref.type,
        "title": ref.title,
        "source": ref.source,
        "year": ref.year,
        "doi": ref.doi,
        "pmid": ref.pmid,
        "url": ref.url,
        "doi_normalized": normalized_doi(ref.doi),
        "pmid_normalized": normalized_pmid(ref.pmid),
        "links": links,
    }


def _signature(article: ExportArticle) -> dict[str, Any] | None:
    signature = article.signature
    if signature is None:
        return None
    return {
        "printed_name": signature.printed_name,
        "meaning": signature.meaning,
        "signed_at": iso_datetime(signature.signed_at),
        "content_hash": signature.content_hash,
        "role": signature.role,
    }
