"""The one facade per open database that the UI and the command line call.

``Workstation`` is the open database: the engine, the read and write sessions, who
is signed in, the feed of other desks' changes, ``close``. Everything else is done
through its managers, as Anki's collection has ``col.decks`` and ``col.sched``:

- ``ws.library``: the articles — list, search, page, show; everything the window shows of one
  article in one read (``article_workspace``); import files and drafts; samples
- ``ws.review``: claims, verdicts, citations, comments, findings and checks, saved
  revisions, edit leases and conflicts, documents attached to references and the evidence
  in them; undo and redo of these
- ``ws.workflow``: transitions and signatures, history, revisions, assignments, the
  re-review interval, the dashboard's figures
- ``ws.references``: the reference library, its matches to article references, retractions
- ``ws.export``: approved articles out as files; an article's review as W3C Web Annotations
- ``ws.users``: sign-in, passwords, user administration, the idle lock
- ``ws.notifications``: a user's notifications
- ``ws.audit``: verifying the audit trail
- ``ws.backups``: a verified copy of the open database; restoring one (``BackupManager.restore``)
- ``ws.team``: setting up team mode on PostgreSQL

Methods take keyword-only arguments and return detached read objects; every
mutation returns an :class:`~workstation.changes.OpChanges` or a result carrying
one as ``changes`` (:class:`~workstation.changes.ChangeResult`). No caller ever
holds a session or a live ORM row.

The names in ``__all__`` are the facade's vocabulary for the UI: the result
types and the few rules (password checks, text merging) a dialog applies as the
user types. The UI imports from ``workstation`` only this package and the value
modules named in ``pyproject.toml`` (an import-linter contract).
"""

from __future__ import annotations

import contextlib

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from workstation.backup import BackupReport, RestoreReport
from workstation.claim_marks import render_marked
from workstation.edit_conflict import (
    KEEP_BOTH,
    KEEP_THEIRS,
    MERGE,
    EditConflict,
    MergeResult,
    merge_texts,
)
from workstation.errors import DatabaseBusy, PermissionDenied
from workstation.export.files import sync_folder
from workstation.export.model import IndexEntry
from workstation.facade.annotation_ops import AnnotationOps
from workstation.facade.assignment_ops import AssignmentOps, AssignResult
from workstation.facade.audit_ops import AuditManager
from workstation.facade.backup_ops import BackupManager
from workstation.facade.base import FacadeBase
from workstation.facade.dashboard_ops import DashboardOps
from workstation.facade.export_ops import FORMATS as EXPORT_FORMATS
from workstation.facade.export_ops import ExportOps, ExportReport
from workstation.facade.import_ops import ImportedArticle, ImportFailure, ImportOps, ImportReport
from workstation.facade.library import LibraryOps, LibraryPage
from workstation.facade.notification_ops import NotificationsManager
from workstation.facade.references_ops import EXPORT_FORMATS as REFERENCE_FORMATS
from workstation.facade.references_ops import ReferencesManager
from workstation.facade.review_ops import ReviewManager
from workstation.facade.team_ops import TeamManager, UsersManager
from workstation.facade.workflow_ops import WorkflowOps
from workstation.facade.workspace_ops import WorkspaceOps
from workstation.freeze import frozen_message
from workstation.leases import RENEW_S, EditorView
from workstation.live import ChangeFeed
from workstation.notifications import NotificationView
from workstation.passwords import MIN_LENGTH, password_problem
from workstation.references.files import reference_format
from workstation.references.styling import STYLE_LABELS, STYLES
from workstation.rendering import MAX_RENDER_CHARS, render_markdown, start_renderer
from workstation.reports import selections
from workstation.reports.figures import Dashboard, Spread
from workstation.reports.formats import CSV_HEADER, csv_rows
from workstation.reports.formats import as_json as dashboard_json
from workstation.reports.formats import as_text as dashboard_text
from workstation.reports.selections import ArticleSelection
from workstation.sanitize import MAX_PLAIN_CHARS
from workstation.users import ADMIN, UserChange, UserView
from workstation.workflow import APPROVED, APPROVERS, DEFAULT_MEANING, REVIEWERS, SIGNATURE_MEANINGS


class LibraryManager(LibraryOps, WorkspaceOps, ImportOps):
    """``ws.library``: the articles — list, search, page and show (library.py); an article as the window shows
    it, read at once (workspace_ops.py); import (import_ops.py)."""


class WorkflowManager(WorkflowOps, AssignmentOps, DashboardOps):
    """``ws.workflow``: transitions, signatures, history and revisions (workflow_ops.py), assignments
    (assignment_ops.py) and the dashboard's figures of the workflow (dashboard_ops.py)."""


class ExportManager(ExportOps, AnnotationOps):
    """``ws.export``: approved articles out as files (export_ops.py); an article's review as W3C Web
    Annotations (annotation_ops.py)."""


class Workstation(FacadeBase):
    """An open review database (SQLite file, PostgreSQL URL, or a team database's desk) and its managers."""

    library: LibraryManager
    review: ReviewManager
    workflow: WorkflowManager
    references: ReferencesManager
    export: ExportManager
    users: UsersManager
    notifications: NotificationsManager
    audit: AuditManager
    backups: BackupManager
    team: TeamManager

    def __init__(self, engine: Engine | None, url: str) -> None:
        super().__init__(engine, url)
        self.library = LibraryManager(self)
        self.review = ReviewManager(self)
        self.workflow = WorkflowManager(self)
        self.references = ReferencesManager(self)
        self.export = ExportManager(self)
        self.users = UsersManager(self)
        self.notifications = NotificationsManager(self)
        self.audit = AuditManager(self)
        self.backups = BackupManager(self)
        self.team = TeamManager(self)

    def _bring_up_to_date(self) -> None:
        # A database from before the checks ran when a revision is stored: check its articles
        # once, as audited writes, so that the library's counts and the Findings tab agree.
        # Busy, refused or read-only here: the next open tries again.
        with contextlib.suppress(DatabaseBusy, PermissionDenied, DBAPIError):
            self.review.check_unchecked_once()

    def _forget_session(self) -> None:
        # Whoever signs in next must not undo or redo what the people leaving did.
        self.review.undo_stack.clear()


__all__ = [
    "ADMIN", "APPROVED", "APPROVERS", "CSV_HEADER", "DEFAULT_MEANING", "EXPORT_FORMATS",
    "KEEP_BOTH", "KEEP_THEIRS", "MAX_PLAIN_CHARS", "MAX_RENDER_CHARS", "MERGE", "MIN_LENGTH",
    "REFERENCE_FORMATS", "RENEW_S", "REVIEWERS", "SIGNATURE_MEANINGS", "STYLES", "STYLE_LABELS",
    "ArticleSelection", "AssignResult", "AuditManager", "BackupManager", "BackupReport",
    "ChangeFeed", "Dashboard", "EditConflict", "EditorView", "ExportManager", "ExportReport",
    "ImportFailure", "ImportReport", "ImportedArticle", "IndexEntry", "LibraryManager",
    "LibraryPage", "MergeResult", "NotificationView", "NotificationsManager", "ReferencesManager",
    "RestoreReport", "ReviewManager", "Spread", "TeamManager", "UserChange", "UserView",
    "UsersManager", "WorkflowManager", "Workstation", "csv_rows", "dashboard_json",
    "dashboard_text", "frozen_message", "merge_texts", "password_problem", "reference_format",
    "render_markdown", "render_marked", "selections", "start_renderer", "sync_folder",
]
