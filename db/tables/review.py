"""What reviewers add: verdicts on claim–reference pairs, findings, comments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, Float, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel

from db.tables.base import optional_timestamp, timestamp


class Verdict(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("claim_id", "reference_number"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    reference_number: int
    verdict: str
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    user_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = timestamp()
    updated_at: datetime = timestamp()
    claim_text_hash: str = ""  # the claim's text when judged: a change flags a re-check
    needs_recheck: bool = False
    # Where the evidence stands in the reference's attached document (W3C text quote + position
    # selectors; the quote is ``evidence``). Start None: not anchored (no document, or not found in it);
    # orphaned: the document was replaced and the passage is no longer in it.
    evidence_prefix: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    evidence_suffix: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence_score: float = Field(default=1.0, sa_column=Column(Float, nullable=False, server_default="1"))
    evidence_orphaned: bool = Field(default=False, sa_column=Column(Boolean, nullable=False,
                                                                    server_default=false()))


class Finding(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    revision_id: int = Field(foreign_key="revision.id", index=True, ondelete="CASCADE")
    code: str = Field(index=True)
    severity: str
    message: str = Field(sa_column=Column(Text, nullable=False))
    # The message as its code and parameters (JSON, workstation.messages), for the window's language.
    message_params: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    excerpt: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    start: int | None = None
    end: int | None = None
    claim_id: int | None = Field(default=None, foreign_key="claim.id", ondelete="SET NULL")
    reference_number: int | None = None
    fingerprint: str = ""
    dismissed: bool = False
    dismissed_by_id: int | None = Field(default=None, foreign_key="user.id")
    dismissed_reason: str = ""
    dismissed_at: datetime | None = optional_timestamp()


class Comment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    parent_id: int | None = Field(default=None, foreign_key="comment.id", ondelete="CASCADE")
    claim_id: int | None = Field(default=None, foreign_key="claim.id", ondelete="SET NULL")
    revision_id: int | None = Field(default=None, foreign_key="revision.id")
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    anchor_score: float = 1.0
    orphaned: bool = False
    body: str = Field(sa_column=Column(Text, nullable=False))
    user_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = timestamp()
    resolved: bool = False
    resolved_by_id: int | None = Field(default=None, foreign_key="user.id")
    resolved_at: datetime | None = optional_timestamp()
