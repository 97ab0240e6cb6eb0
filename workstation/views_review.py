"""Detached read objects of claim review: findings, comments, check reports, saved revisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from workstation.changes import OpChanges


@dataclass(frozen=True)
class FindingBase:
    """An automated check's finding and how it was resolved: what an export writes of it."""

    code: str
    severity: str
    message: str
    excerpt: str
    dismissed: bool = False
    dismissed_by: str | None = None
    dismissed_reason: str = ""


@dataclass(frozen=True, kw_only=True)
class FindingView(FindingBase):
    """A finding as the review works on it: where it stands and what it concerns."""

    id: int
    claim_id: int | None
    reference: int | None
    start: int | None
    end: int | None
    fingerprint: str = ""

    def as_json(self) -> dict:
        return {
            "id": self.id, "code": self.code, "severity": self.severity, "message": self.message,
            "excerpt": self.excerpt, "claim_id": self.claim_id, "reference": self.reference,
            "dismissed": self.dismissed,
        }


@dataclass(frozen=True)
class CommentView:
    id: int
    parent_id: int | None
    author: str | None
    body: str
    created_at: datetime | None
    quote: str
    start: int | None
    end: int | None
    orphaned: bool
    anchor_score: float
    resolved: bool
    resolved_by: str | None
    claim_id: int | None = None
    depth: int = 0  # 0 for a thread's first comment, 1 for a reply to it …


@dataclass(frozen=True)
class CheckReport:
    """What a run of the automated checks stored for one revision."""

    article_id: int
    revision_id: int
    findings: tuple[FindingView, ...]
    open_findings: int
    carried_dismissals: int = 0
    changes: OpChanges = field(default_factory=OpChanges)

    def as_json(self) -> dict:
        return {"article": self.article_id, "findings": [f.as_json() for f in self.findings]}


@dataclass(frozen=True)
class Orphan:
    kind: str  # "claim" | "comment"
    id: int
    quote: str


@dataclass(frozen=True)
class SaveResult:
    revision_id: int
    revision_number: int
    orphans: tuple[Orphan, ...]
    changes: OpChanges
    new_claims: tuple[int, ...] = ()
    rechecks: tuple[int, ...] = ()  # claims whose verdicts now need a re-check
