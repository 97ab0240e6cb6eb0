"""Plain domain values shared by importers, services, checks and exporters.

These are immutable and carry no database identity: an importer produces an
:class:`ArticleDraft`, the services store it, and read functions hand detached
copies back to the UI and the command line.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property

AUDIENCES = ("patient", "caregiver", "clinician")
STATUSES = ("Submitted", "Under Review", "Approved")
REFERENCE_TYPES = ("guideline", "research", "other")
SOURCE_FORMATS = ("page", "markdown")
ROLES = ("author", "reviewer", "approver", "admin")
VERDICTS = ("supported", "partially-supported", "not-supported", "contradicted", "unverifiable")
SECTION_KINDS = ("body", "guidelines", "research", "disclaimer", "references")

MAX_FILE_BYTES = 5 * 1024 * 1024


def as_utc(moment: datetime) -> datetime:
    """The moment in UTC: SQLite hands back naive UTC times, PostgreSQL aware ones; views are always aware."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class ReferenceData:
    """One entry of an article's numbered reference list."""

    number: int
    type: str = "other"
    title: str = ""
    source: str = ""
    year: int | None = None
    doi: str = ""
    pmid: str = ""
    url: str = ""

    def as_dict(self) -> dict:
        return {
            "number": self.number, "type": self.type, "title": self.title, "source": self.source,
            "year": self.year, "doi": self.doi, "pmid": self.pmid, "url": self.url,
        }


@dataclass(frozen=True)
class ArticleDraft:
    """An article as an importer reads it: metadata, a Markdown body, references."""

    title: str
    body: str
    audience: str = "patient"
    last_updated: date | None = None
    authors: tuple[str, ...] = ()
    topic: str = ""
    status: str | None = None
    references: tuple[ReferenceData, ...] = ()
    source_format: str = "markdown"
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @cached_property
    def _hash(self) -> str:
        return content_hash(
            title=self.title,
            body=self.body,
            audience=self.audience,
            last_updated=self.last_updated,
            references=self.references,
        )

    def content_hash(self) -> str:
        """SHA-256 over what a reviewer approves: title, body, references and audience."""
        return self._hash


def content_hash(
    *,
    title: str,
    body: str,
    audience: str,
    last_updated: date | None,
    references: tuple[ReferenceData, ...] | list[ReferenceData],
) -> str:
    canonical = json.dumps(
        {
            "title": title,
            "body": body,
            "audience": audience,
            "last_updated": last_updated.isoformat() if last_updated else None,
            "references": [r.as_dict() for r in references],
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def normalize_status(text: str) -> str:
    """Map 'under-review', 'UNDER REVIEW', 'approved' … to the canonical status name."""
    key = text.strip().lower().replace("-", " ").replace("_", " ")
    key = " ".join(key.split())
    for status in STATUSES:
        if status.lower() == key:
            return status
    raise ValueError(f"unknown status {text!r}: expected one of {', '.join(STATUSES)}")
