"""Errors the services raise with a message a reviewer can act on."""

from __future__ import annotations


class WorkstationError(Exception):
    """Base of every refusal or failure the UI and the command line show as a message."""


class ImportFailed(WorkstationError):
    """A file could not be imported; nothing of it was stored."""


class NotFound(WorkstationError):
    """An article, claim, finding or user that does not exist."""


class PermissionDenied(WorkstationError):
    """The rule that refused the step is named in the message."""


class WorkflowError(WorkstationError):
    """An illegal workflow step."""


class AuditedRefusal(WorkstationError):
    """A refusal that is itself recorded in the audit trail.

    ``event`` (an ``EventData``) records it: the facade appends it once the refused
    transaction has rolled back. It is raised only after the acting user's sign-in was
    checked, so the trail never names someone who did not prove who they are.
    """

    def __init__(self, message: str, event: object) -> None:
        super().__init__(message)
        self.event = event


class FrozenRecord(WorkflowError, AuditedRefusal):
    """A change to an Approved (signed) article's record, refused (``change.refused``)."""


class ConflictError(WorkstationError):
    """Someone else changed the same record first; reload and try again."""


class UndoConflict(ConflictError, AuditedRefusal):
    """An undo or redo refused because the row changed since (``undo.refused``, ``redo.refused``)."""


class DatabaseBusy(WorkstationError):
    """Another writer held the database's write lock for longer than the busy timeout."""


class DatabaseUnusable(WorkstationError):
    """The file or server is not a database this program can use (not a database, a newer schema …)."""


class ValidationError(WorkstationError):
    """Input that does not have the required shape; the message names the field."""


class SignInRequired(PermissionDenied):
    """The action needs a signed-in user (CLI: ``--as USER`` and that user's password)."""


class SignInFailed(PermissionDenied):
    """A wrong user name or password, or an account that may not sign in now."""


class BackupInvalid(WorkstationError):
    """A backup that is damaged, not a Review Workstation database, or whose audit trail does not verify."""
