"""Detached read objects of reference documents, anchored evidence and suggested passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from workstation.changes import OpChanges
from workstation.documents.locate import page_of
from workstation.documents.suggest import Passage


@dataclass(frozen=True)
class DocumentSummary:
    """One attached document, without its text (the References tab lists these)."""

    article_id: int
    reference: int
    file_name: str
    media_type: str
    sha256: str
    size: int
    characters: int
    pages: int
    empty_pages: tuple[int, ...]
    attached_by: str | None
    attached_at: datetime | None

    def as_json(self) -> dict:
        return {
            "article": self.article_id, "reference": self.reference, "file": self.file_name,
            "media_type": self.media_type, "sha256": self.sha256, "size": self.size,
            "characters": self.characters, "pages": self.pages, "empty_pages": list(self.empty_pages),
            "attached_by": self.attached_by,
            "attached_at": self.attached_at.isoformat() if self.attached_at else None,
        }


@dataclass(frozen=True)
class DocumentView:
    """A document's text with its pages' [start, end) spans."""

    summary: DocumentSummary
    text: str
    page_spans: tuple[tuple[int, int], ...]

    def page_at(self, offset: int) -> int:
        return page_of(self.page_spans, offset)


@dataclass(frozen=True)
class EvidenceAnchorView:
    """A verdict's evidence and where it stands in the document (start None: it has no place)."""

    claim_id: int
    reference: int
    verdict: str
    quote: str  # as the reviewer recorded it
    start: int | None
    end: int | None
    page: int | None
    orphaned: bool
    score: float = 1.0

    def as_json(self) -> dict:
        return {"quote": self.quote, "start": self.start, "end": self.end, "page": self.page,
                "orphaned": self.orphaned}


@dataclass(frozen=True)
class EvidenceSource:
    """What the source pane shows for one claim and one cited reference."""

    claim_id: int
    reference: int
    document: DocumentView | None
    evidence: EvidenceAnchorView | None


@dataclass(frozen=True)
class Suggestions:
    claim_id: int
    reference: int
    passages: tuple[Passage, ...]
    document: DocumentSummary | None

    def as_json(self) -> dict:
        return {"claim_id": self.claim_id, "reference": self.reference,
                "passages": [p.as_json() for p in self.passages]}


@dataclass(frozen=True)
class AttachResult:
    document: DocumentSummary
    replaced: str | None  # the file name of the document it replaced
    unchanged: bool  # the same file was attached already: nothing was written
    anchored: tuple[int, ...] = ()  # claims whose evidence found its place in the new text
    orphaned: tuple[tuple[int, str], ...] = ()  # (claim id, quote) of evidence the new text no longer has
    changes: OpChanges = field(default_factory=OpChanges)

    def as_json(self) -> dict:
        d = self.document
        return {
            "article": d.article_id, "reference": d.reference, "characters": d.characters,
            "pages": d.pages, "empty_pages": list(d.empty_pages), "file": d.file_name, "sha256": d.sha256,
            "media_type": d.media_type, "replaced": self.replaced, "unchanged": self.unchanged,
            "evidence_anchored": list(self.anchored),
            "evidence_orphaned": [{"claim_id": c, "quote": q} for c, q in self.orphaned],
        }


@dataclass(frozen=True)
class DocumentHit:
    """A page of an attached document that matches a search."""

    article_id: int
    reference: int
    file_name: str
    page: int
    snippet: str

    def as_json(self) -> dict:
        return {"article": self.article_id, "reference": self.reference, "file": self.file_name,
                "page": self.page, "snippet": self.snippet}
