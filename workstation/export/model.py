"""What an export is made of: an approved article and its review record.

The services assemble these read-only values from the database; the
renderers in this package turn them into files without touching storage.
Claims, verdicts and findings are the review's own read objects
(:mod:`workstation.views`, :mod:`workstation.views_review`): a verdict is the
review's ``VerdictView``, a claim and a finding the base class of the
review's view (``ClaimBase``, ``FindingBase``: the fields both show, written
once; the view adds where it stands in the body).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from workstation.model import ArticleDraft
from workstation.views import ClaimBase
from workstation.views_review import FindingBase


@dataclass(frozen=True)
class SignatureInfo:
    """The approver's electronic signature over one revision."""

    printed_name: str
    meaning: str
    signed_at: datetime  # UTC, timezone-aware
    content_hash: str
    role: str


@dataclass(frozen=True)
class ExportArticle:
    """An approved article, its approved revision and the record of its review."""

    id: int
    draft: ArticleDraft
    revision_id: int
    content_hash: str
    approved_at: datetime
    approved_by: str
    next_review: date | None
    signature: SignatureInfo | None
    # The review record: the claims of the approved revision, each with its verdicts, and the
    # findings; both empty in an export whose formats show neither (bulk.REVIEW_FORMATS).
    claims: tuple[ClaimBase, ...]
    findings: tuple[FindingBase, ...]
    audit_head_hash: str
    audit_events: int = 0  # with the head hash, an anchor: `audit verify --against` this file
    # The references in a citation style (HTML fragments, in the order of draft.references);
    # empty: they are shown as the article writes them.
    styled_references: tuple[str, ...] = ()

    def audit_anchor(self) -> str:
        """'audit-head N:HASH', the form `workstation audit verify --against` reads back."""
        return f"audit-head {self.audit_events}:{self.audit_head_hash}"


@dataclass(frozen=True)
class IndexEntry:
    """One exported article as the folder's index.html lists it."""

    article_id: int
    title: str
    approved_at: datetime
    next_review: date | None = None
    files: tuple[tuple[str, str], ...] = ()  # (label such as "HTML", file name in the folder)
