"""Detached read objects of the reference library (what `references list`, `show` and the view read)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workstation.changes import OpChanges


@dataclass(frozen=True)
class LibraryRecordView:
    """One record of the library with its retraction status and the articles citing it."""

    id: int
    type: str
    title: str
    authors: tuple[str, ...]
    container: str
    year: int | None
    volume: str
    issue: str
    pages: str
    doi: str
    pmid: str
    url: str
    abstract: str = ""
    retraction: str | None = None  # the governing notice's nature
    retraction_date: date | None = None
    articles: tuple[int, ...] = ()
    conflicts: int = 0

    def as_json(self) -> dict:
        return {
            "id": self.id, "title": self.title, "authors": list(self.authors), "container": self.container,
            "year": self.year, "volume": self.volume, "issue": self.issue, "pages": self.pages,
            "doi": self.doi or None, "pmid": self.pmid or None, "url": self.url or None,
            "retraction": self.retraction, "articles": list(self.articles),
            "type": self.type, "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class ReferenceCounts:
    """How many records of the library match a search, and how many of those are retracted."""

    total: int
    retracted: int


@dataclass(frozen=True)
class ConflictView:
    id: int
    field: str
    value: str
    source: str


@dataclass(frozen=True)
class CitingReference:
    """An article reference linked to (or suggested for) a record."""

    article_id: int
    article_title: str
    number: int
    title: str
    state: str  # linked | suggested | rejected
    method: str
    score: float


@dataclass(frozen=True)
class RecordDetail:
    record: LibraryRecordView
    conflicts: tuple[ConflictView, ...]
    citations: tuple[CitingReference, ...]
    sources: tuple[str, ...]
    retraction_reason: str = ""
    retraction_notice: str = ""


@dataclass(frozen=True)
class ReferenceImportFailure:
    file: str
    error: str


@dataclass(frozen=True)
class ReferenceImportReport:
    records: tuple[tuple[int, str, str, str], ...]  # (id, title, doi, pmid)
    merged: int
    linked: tuple[tuple[int, int], ...]  # (article, reference number)
    failed: tuple[ReferenceImportFailure, ...]
    suggested: int = 0
    conflicts: int = 0
    changes: OpChanges = field(default_factory=OpChanges)

    def as_json(self) -> dict:
        return {
            "records": [{"id": i, "title": t, "doi": d or None, "pmid": p or None} for i, t, d, p in self.records],
            "merged": self.merged,
            "linked": [{"article": a, "reference": n} for a, n in self.linked],
            "failed": [{"file": f.file, "error": f.error} for f in self.failed],
            "suggested": self.suggested,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class RetractionImportReport:
    records: int
    flagged: tuple[tuple[int, int, str], ...]  # (article, reference number, nature)
    changes: OpChanges = field(default_factory=OpChanges)

    def as_json(self) -> dict:
        return {
            "records": self.records,
            "flagged": [{"article": a, "reference": n, "nature": nature} for a, n, nature in self.flagged],
        }


@dataclass(frozen=True)
class ReferenceExportReport:
    records: int
    file: str

    def as_json(self) -> dict:
        return {"records": self.records, "file": self.file}


@dataclass(frozen=True)
class ReferenceLinkView:
    """What an article reference is linked to, for `show` and the reader."""

    record_id: int | None = None
    doi: str = ""
    pmid: str = ""
    method: str = ""
    suggested: tuple[int, ...] = ()
    retraction: str | None = None
