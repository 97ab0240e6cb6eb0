"""Facade operations of claim review: verdicts, claims, comments, findings, revisions, undo.

Every mutation runs in one write transaction with its audit events and returns
an :class:`OpChanges`. Undoable actions push a command on the facade's undo
stack (:mod:`workstation.undo`); undo and redo are audited changes of their own.

Automated checks run when a revision is saved and, for revisions that were
never checked (e.g. just imported), the first time ``findings()`` is asked for
them; a Meta row ``checks.revision.<id>`` marks a checked revision.
``check_all_unchecked()`` checks every such article in one go.
"""


from __future__ import annotations

from workstation.facade.claim_ops import ClaimOps
from workstation.facade.comment_finding_ops import CommentFindingOps


class ReviewOps(ClaimOps, CommentFindingOps):
    """Claim review: verdicts, claims, comments, findings, revisions and undo."""
