"""Detached read objects the facade returns: no session, no lazy loading.

An entity's fields are written once: a section is :class:`~workstation.structure.Section`
as the body's analysis finds it, a reference view extends the
:class:`~workstation.model.ReferenceData` an importer reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workstation.model import ReferenceData
from workstation.structure import Section


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library."""

    id: int
    title: str
    status: str
    audience: str
    last_updated: date | None
    claims: int
    claims_reviewed: int
    references: int
    findings: int
    assigned_reviewer: str | None
    next_review: date | None
    updated_at: datetime | None
    due: bool = False
    assigned_approver: str | None = None
    due_date: date | None = None  # when the assigned review should be done
    overdue: bool = False  # that date has passed and the article is not approved
    checked: bool = True  # False: the checks never ran on the current revision, so ``findings`` counts nothing

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "audience": self.audience,
            "last_updated": self.last_updated.isoformat() if self.last_updated else None,
            "claims": self.claims,
            "references": self.references,
            "findings": self.findings,
            "claims_reviewed": self.claims_reviewed,
            "assigned_reviewer": self.assigned_reviewer,
            "next_review": self.next_review.isoformat() if self.next_review else None,
            "due": self.due,
            "assigned_approver": self.assigned_approver,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class ReferenceView(ReferenceData):
    """A reference of the current revision: its fields as the article lists it, and how the review sees it."""

    cited: bool = True
    # The reference library: the linked record, records suggested for a reviewer, retraction status.
    record_id: int | None = None
    record_doi: str = ""
    record_pmid: str = ""
    match_method: str = ""
    suggested_records: tuple[int, ...] = ()
    retraction: str | None = None

    def as_json(self) -> dict:
        record = None
        if self.record_id is not None:
            record = {"id": self.record_id, "doi": self.record_doi or None, "pmid": self.record_pmid or None,
                      "method": self.match_method or None}
        return {
            "number": self.number, "type": self.type, "title": self.title, "source": self.source,
            "year": self.year, "doi": self.doi or None, "pmid": self.pmid or None, "url": self.url or None,
            "record": record, "suggested_records": list(self.suggested_records), "retraction": self.retraction,
        }


@dataclass(frozen=True)
class VerdictView:
    """One reviewer's verdict on whether one cited reference supports a claim (the review and the export)."""

    claim_id: int
    reference: int
    verdict: str
    evidence: str
    note: str
    reviewer: str
    at: datetime | None
    needs_recheck: bool = False
    # Where the evidence stands in the reference's attached document ("p. 4 of trial.pdf"), or why it
    # has no place there; empty when the reference has no document (filled in for an export).
    source: str = ""


@dataclass(frozen=True)
class ClaimBase:
    """A claim as every reader shows it: its text, section, citations and the verdicts recorded on it.

    What an export writes of a claim; the review's :class:`ClaimView` adds where it stands in the body.
    """

    id: int
    text: str
    section: str | None
    citations: tuple[int, ...]
    verdicts: tuple[VerdictView, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ClaimView(ClaimBase):
    """A claim of an article's current revision as the review works on it."""

    position: int
    quote: str
    unresolved: tuple[int, ...]
    start: int
    end: int
    orphaned: bool = False
    anchor_score: float = 1.0
    needs_citation: bool = False
    origin: str = "extracted"

    @property
    def state(self) -> str:
        """The claim's review state: none, supported, partially, not-supported, unverifiable, mixed."""
        if not self.verdicts:
            return "none"
        values = {v.verdict for v in self.verdicts}
        if values & {"not-supported", "contradicted"}:
            return "not-supported"
        if values == {"supported"}:
            return "supported" if len(self.verdicts) >= len(self.citations) else "partial"
        if "partially-supported" in values or "supported" in values:
            return "partially-supported"
        return "unverifiable"

    def as_json(self) -> dict:
        return {"id": self.id, "text": self.text, "section": self.section, "citations": list(self.citations)}


@dataclass(frozen=True)
class ArticleDetail:
    """One article in full, at its current revision."""

    summary: ArticleSummary
    topic: str
    authors: tuple[str, ...]
    source_format: str
    source_file: str
    version: int
    revision_id: int
    revision_number: int
    content_hash: str
    body: str
    sections: tuple[Section, ...]
    claims: tuple[ClaimView, ...]
    references: tuple[ReferenceView, ...]
    created_by: str | None = None
    last_edited_by: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def title(self) -> str:
        return self.summary.title

    @property
    def status(self) -> str:
        return self.summary.status

    def as_json(self) -> dict:
        s = self.summary
        return {
            "id": s.id,
            "title": s.title,
            "status": s.status,
            "audience": s.audience,
            "last_updated": s.last_updated.isoformat() if s.last_updated else None,
            "topic": self.topic,
            "authors": list(self.authors),
            "revision": self.revision_number,
            "content_hash": self.content_hash,
            "sections": [{"heading": x.heading, "kind": x.kind} for x in self.sections],
            "claims": [c.as_json() for c in self.claims],
            "references": [r.as_json() for r in self.references],
        }
