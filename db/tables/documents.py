"""Documents attached to an article's references: the cited source's text, kept beside the article.

One document per article reference number (attaching another replaces it). The
text is what was extracted from the file (PDF, HTML or plain text); ``pages``
holds each page's [start, end) span in that text, so a passage's page is known
(a file without pages is one page). The file itself is not kept: its SHA-256
names it, and the text is what the evidence is anchored in. Full-text search
over the pages lives in ``reference_page_fts`` (SQLite FTS5) or
``reference_page_search`` (PostgreSQL tsvector), created by migration 0008; the words
as written, for a word being typed, by 0017.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.tables.base import timestamp


class ReferenceDocument(SQLModel, table=True):
    __tablename__ = "reference_document"
    __table_args__ = (UniqueConstraint("article_id", "reference_number"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    reference_number: int
    file_name: str = ""
    media_type: str = ""  # application/pdf | text/html | text/plain
    sha256: str = Field(default="", index=True)
    size: int = 0  # bytes of the file
    text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    pages: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    attached_by_id: int | None = Field(default=None, foreign_key="user.id")
    attached_at: datetime = timestamp()
