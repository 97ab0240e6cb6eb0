"""What an article is: its row in the library, its revisions and what they contain.

Bodies live in Revision, apart from the lean Article rows the library lists and
sorts. Counters on Article (claims, findings …) are kept by the services so
that sorting 100,000 rows by them happens in the database.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.tables.base import optional_timestamp, timestamp


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(index=True)
    status: str = Field(default="Submitted", index=True)
    audience: str = Field(default="patient", index=True)
    topic: str = ""
    authors: str = "[]"  # JSON list of names
    last_updated: date | None = Field(default=None, index=True)
    source_format: str = "markdown"
    source_file: str = ""
    created_at: datetime = timestamp()
    updated_at: datetime = timestamp(index=True)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    last_edited_by_id: int | None = Field(default=None, foreign_key="user.id")
    assigned_reviewer_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    assigned_approver_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    # The assigned reviewer's name as the library shows it ('' when none), kept with the id by the
    # assignment's writes: the library sorts by it through an index instead of joining every article
    # to its reviewer (migration 0013). Byte order on both backends, as SQLite compares text.
    assigned_reviewer_name: str = Field(default="", sa_column=Column(
        String().with_variant(String(collation="C"), "postgresql"), nullable=False, server_default=""))
    due_date: date | None = Field(default=None, index=True)  # when the assigned review should be done
    # Revision pointers are kept by the services (a foreign key here would make
    # the two tables depend on each other).
    current_revision_id: int | None = None
    approved_revision_id: int | None = None
    approved_at: datetime | None = optional_timestamp()
    next_review: date | None = Field(default=None, index=True)
    version: int = 1  # optimistic concurrency: every update checks and bumps it
    claims_count: int = 0
    claims_reviewed: int = Field(default=0, index=True)
    references_count: int = 0
    open_findings: int = Field(default=0, index=True)


class Revision(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    number: int
    title: str
    audience: str = "patient"
    last_updated: date | None = None
    body: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(index=True)
    note: str = ""
    created_at: datetime = timestamp()
    created_by_id: int | None = Field(default=None, foreign_key="user.id")


class Section(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    revision_id: int = Field(foreign_key="revision.id", index=True, ondelete="CASCADE")
    position: int
    heading: str | None = None
    level: int = 0
    kind: str = "body"
    start: int = 0
    end: int = 0


class Reference(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("revision_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    revision_id: int = Field(foreign_key="revision.id", index=True, ondelete="CASCADE")
    number: int
    type: str = "other"
    title: str = ""
    source: str = ""
    year: int | None = None
    doi: str = ""
    pmid: str = ""
    url: str = ""


class Claim(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    # The revision the anchor (start/end) refers to; re-anchoring moves it on.
    revision_id: int = Field(foreign_key="revision.id", index=True)
    section_id: int | None = Field(default=None, foreign_key="section.id", ondelete="SET NULL")
    position: int = 0
    text: str = Field(sa_column=Column(Text, nullable=False))
    # W3C Web Annotation text quote + position selectors.
    quote: str = Field(sa_column=Column(Text, nullable=False))
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0
    anchor_score: float = 1.0
    orphaned: bool = False
    origin: str = "extracted"  # extracted | manual
    needs_citation: bool = False
    text_hash: str = ""
    created_at: datetime = timestamp()


class Citation(SQLModel, table=True):
    """A claim's citation of a reference number, kept even when no reference has it."""

    __table_args__ = (UniqueConstraint("claim_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    number: int
    origin: str = "text"  # text | reviewer
