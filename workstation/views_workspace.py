"""Everything the window shows of one article, read in one transaction: the article workspace.

:meth:`~workstation.facade.workspace_ops.WorkspaceOps.article_workspace` builds it;
the reader's text comes with the claims marked (:mod:`workstation.claim_marks`), as
private-use markers the reader removes as it tints each claim: ``START id OPEN_END``
before a claim's text and ``STOP`` after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from workstation.history import HistoryEntry, RevisionView
from workstation.leases import EditorView
from workstation.views import ArticleDetail, ClaimView
from workstation.views_review import CommentView, FindingView
from workstation.views_workflow import ActionState

START, OPEN_END, STOP = "\ue000", "\ue001", "\ue002"
MARKERS = (START, OPEN_END, STOP)


@dataclass(frozen=True)
class MarkedText:
    """The article's body as the reader shows it, its claims between markers.

    ``html`` is the sanitized rendering, or None when the body is shown as plain text,
    ``error`` saying why. ``plain`` is the whole body as written, its claims marked the
    same way: what is shown when rendering fails or the HTML cannot be laid out.
    """

    html: str | None
    plain: str
    error: str | None = None


@dataclass(frozen=True)
class ArticleWorkspace:
    """One article as the window shows it, every part read in the same transaction.

    ``actions`` is None when no one is signed in (there is no one whose steps they are).
    ``checked`` is False when the automated checks never ran on the current revision (an
    Approved article from before they ran at store time): then ``findings`` is empty because
    nothing looked, not because nothing was found.
    """

    detail: ArticleDetail
    reader: MarkedText
    findings: tuple[FindingView, ...]
    checked: bool
    comments: tuple[CommentView, ...]
    history: tuple[HistoryEntry, ...]
    revisions: tuple[RevisionView, ...]
    actions: tuple[ActionState, ...] | None
    editors: tuple[EditorView, ...] = ()  # who has its editor open (the reader too, if they have)

    @property
    def id(self) -> int:
        return self.detail.id

    @cached_property
    def claims_by_id(self) -> dict[int, ClaimView]:
        return {c.id: c for c in self.detail.claims}

    @cached_property
    def claim_states(self) -> dict[int, str]:
        """Claim id -> its review state (the tint the reader gives it)."""
        return {c.id: c.state for c in self.detail.claims}

    @cached_property
    def claim_positions(self) -> dict[int, int]:
        """Claim id -> its place in the article's list of claims."""
        return {c.id: row for row, c in enumerate(self.detail.claims)}


__all__ = ["MARKERS", "OPEN_END", "START", "STOP", "ArticleWorkspace", "MarkedText"]
