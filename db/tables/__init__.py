"""All tables, importable from one place (Alembic's target metadata)."""

from sqlmodel import SQLModel

from db.tables.base import NAMING_CONVENTION
from db.tables.content import Article, Citation, Claim, Reference, Revision, Section
from db.tables.documents import ReferenceDocument
from db.tables.indexes import DASHBOARD_INDEXES
from db.tables.people import AuditEvent, Meta, Signature, Transition, User
from db.tables.references import LibraryRecord, RecordConflict, ReferenceLink, Retraction
from db.tables.review import Comment, Finding, Verdict
from db.tables.teamwork import EditLease, Notification

metadata = SQLModel.metadata

__all__ = [
    "DASHBOARD_INDEXES", "NAMING_CONVENTION", "Article", "AuditEvent", "Citation", "Claim", "Comment", "EditLease",
    "Finding", "LibraryRecord", "Meta", "Notification", "RecordConflict", "Reference", "ReferenceDocument", "ReferenceLink", "Retraction",
    "Revision", "Section", "Signature", "Transition", "User", "Verdict", "metadata",
]
