"""The reference library shared by all articles, its links to article references, retractions.

A LibraryRecord is one cited work (a paper, a guideline, a book) however many
articles cite it and however many files brought it in. Values two sources
disagree on are kept in RecordConflict for a reviewer to settle. ReferenceLink
ties one article reference (a row of ``reference``, per revision) to a record:
``linked`` when the identifiers or an unambiguous title match, ``suggested``
when a reviewer must decide, ``rejected`` when one declined a suggestion.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.tables.base import timestamp

LINKED = "linked"
SUGGESTED = "suggested"
REJECTED = "rejected"


class LibraryRecord(SQLModel, table=True):
    __tablename__ = "library_record"

    id: int | None = Field(default=None, primary_key=True)
    type: str = "article-journal"  # a CSL item type
    title: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    title_key: str = Field(default="", index=True)  # normalised title: the last resort of dedupe
    authors: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    container: str = ""
    year: int | None = Field(default=None, index=True)
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = Field(default="", index=True)
    pmid: str = Field(default="", index=True)
    url: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    abstract: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    sources: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    created_at: datetime = timestamp()
    updated_at: datetime = timestamp()


class RecordConflict(SQLModel, table=True):
    """A value a later source gave for a field the record already holds differently."""

    __tablename__ = "record_conflict"

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = Field(foreign_key="library_record.id", index=True, ondelete="CASCADE")
    field: str
    value: str = Field(sa_column=Column(Text, nullable=False))
    source: str = ""
    created_at: datetime = timestamp()


class ReferenceLink(SQLModel, table=True):
    __tablename__ = "reference_link"
    __table_args__ = (UniqueConstraint("reference_id", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    reference_id: int = Field(foreign_key="reference.id", index=True, ondelete="CASCADE")
    record_id: int = Field(foreign_key="library_record.id", index=True, ondelete="CASCADE")
    state: str = Field(default=LINKED, index=True)  # linked | suggested | rejected
    method: str = ""  # doi | pmid | title | reviewer
    score: float = 1.0
    created_at: datetime = timestamp()


class Retraction(SQLModel, table=True):
    """One notice of the Retraction Watch dataset about an original paper."""

    __tablename__ = "retraction"

    id: int | None = Field(default=None, primary_key=True)
    notice_id: str = ""  # the dataset's Record ID
    title: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    journal: str = ""
    nature: str = Field(default="", index=True)  # Retraction | Expression of concern | Correction | Reinstatement
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    retraction_date: date | None = None
    retraction_doi: str = ""
    retraction_pmid: str = ""
    original_doi: str = Field(default="", index=True)
    original_pmid: str = Field(default="", index=True)
