"""The review manager (``ws.review``): verdicts, claims, comments, findings, revisions, editing, documents, undo.

Every mutation runs in one write transaction with its audit events and returns
an :class:`OpChanges`. Undoable actions push a command on the manager's undo
stack (:mod:`workstation.undo`); undo and redo are audited changes of their own.

Automated checks run when a revision is stored (imported or saved), in the
transaction that stores it; ``findings()`` only reads what they found. A Meta row
``checks.revision.<id>`` marks a checked revision; ``check_all_unchecked()``
checks, once, the articles of a database from before that (``Workstation.open``).
"""


from __future__ import annotations

from workstation.facade.claim_ops import ClaimOps
from workstation.facade.comment_finding_ops import CommentFindingOps
from workstation.facade.document_ops import DocumentOps
from workstation.facade.editing_ops import EditingOps


class ReviewManager(ClaimOps, CommentFindingOps, EditingOps, DocumentOps):
    """``ws.review``: claim review — verdicts, claims, comments, findings, saved revisions, edit leases
    and edit conflicts, the documents attached to references and the evidence in them, and the undo
    and redo of these (its ``undo_stack``)."""
