"""The one facade per open database that the UI and the command line call.

Methods take keyword-only arguments and return detached read objects or
change objects; no caller ever holds a session or a live ORM row. Each area
of the product adds its operations as a mixin module beside this one.
"""

from __future__ import annotations

from workstation.facade.annotation_ops import AnnotationOps
from workstation.facade.assignment_ops import AssignmentOps
from workstation.facade.audit_ops import AuditOps
from workstation.facade.backup_ops import BackupOps
from workstation.facade.dashboard_ops import DashboardOps
from workstation.facade.document_ops import DocumentOps
from workstation.facade.editing_ops import EditingOps
from workstation.facade.export_ops import ExportOps
from workstation.facade.import_ops import ImportedArticle, ImportFailure, ImportOps, ImportReport
from workstation.facade.library import LibraryOps
from workstation.facade.notification_ops import NotificationOps
from workstation.facade.references_ops import ReferencesOps
from workstation.facade.review_ops import ReviewOps
from workstation.facade.team_ops import TeamOps
from workstation.facade.workflow_ops import WorkflowOps


class Workstation(TeamOps, ImportOps, LibraryOps, WorkflowOps, ReviewOps, ExportOps, ReferencesOps, AuditOps,
                  DashboardOps, AssignmentOps, NotificationOps, EditingOps, BackupOps, DocumentOps,
                  AnnotationOps):
    """An open review database (SQLite file, PostgreSQL URL, or a team database's desk)."""


__all__ = ["ImportFailure", "ImportReport", "ImportedArticle", "Workstation"]
