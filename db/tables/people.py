"""Who did what: users, the audit trail, signatures and workflow transitions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from db.tables.base import optional_timestamp, timestamp


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    display_name: str = ""  # the printed name a signature shows
    role: str = "reviewer"
    password_hash: str | None = None
    active: bool = True  # deactivated users keep their row: the audit trail names them
    created_at: datetime = timestamp()
    failed_signins: int = 0  # in a row; five lock the account (21 CFR Part 11 §11.300(d))
    locked: bool = False  # until an admin unlocks it
    must_change_password: bool = False  # set by an admin's reset
    last_sign_in: datetime | None = optional_timestamp()


class AuditEvent(SQLModel, table=True):
    """Append-only and hash-chained: each event hashes its fields and its predecessor's hash."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = timestamp()
    actor: str = ""  # the user's name, kept as text so the trail outlives the account
    action: str = Field(index=True)
    entity: str = ""
    entity_id: int | None = None
    article_id: int | None = Field(default=None, index=True)
    field: str = ""
    old_value: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    new_value: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    prev_hash: str = ""
    hash: str = Field(default="", index=True)


class Signature(SQLModel, table=True):
    """An electronic signature (21 CFR Part 11 §11.50/§11.70) bound to a revision's hash."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    revision_id: int = Field(foreign_key="revision.id")
    content_hash: str
    user_id: int = Field(foreign_key="user.id")
    printed_name: str
    role: str = ""
    meaning: str
    signed_at: datetime = timestamp()
    audit_event_id: int | None = None


class Transition(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    from_status: str
    to_status: str
    user_id: int | None = Field(default=None, foreign_key="user.id")
    at: datetime = timestamp()
    reason: str = ""
    signature_id: int | None = Field(default=None, foreign_key="signature.id")
    audit_event_id: int | None = None


# A Meta key marking a revision whose automated checks ran: this prefix, then the revision's id.
CHECKED_PREFIX = "checks.revision."


class Meta(SQLModel, table=True):
    """Small settings of this database (seeded flag, review interval …)."""

    key: str = Field(primary_key=True)
    value: str = ""
