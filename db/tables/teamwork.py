"""Working as a team: who has an article's editor open (leases) and what waits for whom (notifications).

Neither is part of the signed record: a lease is presence, renewed while an
editor is open and ignored two minutes after its last renewal; a notification
is a pointer to something that happened (the audit trail holds the event itself).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.tables.base import optional_timestamp, timestamp


class EditLease(SQLModel, table=True):
    """One person's open editor on one article."""

    __tablename__ = "edit_lease"
    __table_args__ = (UniqueConstraint("article_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", ondelete="CASCADE")
    started_at: datetime = timestamp()
    renewed_at: datetime = timestamp()


class Notification(SQLModel, table=True):
    """Something that waits for one user: an assignment, a requested change, an approval, a mention …"""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    kind: str
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True, ondelete="CASCADE")
    actor: str = ""  # who caused it (a name, like the audit trail's)
    message: str = Field(sa_column=Column(Text, nullable=False))  # English, as the audit trail writes
    message_params: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    dedupe_key: str = ""  # a due re-review is announced once per article and date
    created_at: datetime = timestamp()
    read_at: datetime | None = optional_timestamp()
