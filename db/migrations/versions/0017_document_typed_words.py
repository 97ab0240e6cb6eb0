"""an index of the words as written in attached documents' pages, for the word still being typed in a search

As 0016 for articles: the page index stems words ("remission" is stored as "remiss"),
so "remissi", typed on the way to "remission", matched nothing. The word being typed
is matched as a prefix of the words as written as well: on SQLite
``reference_page_words`` (contentless, unstemmed, the row ids of ``reference_page_fts``),
on PostgreSQL a ``words`` column of ``reference_page_search`` (``simple`` configuration)
with its GIN index. Built here for an existing database; ``db.document_search.index_pages``
keeps them in step.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 03:00:00
"""
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out: a migration keeps the schema of its day.
CREATE = ("CREATE VIRTUAL TABLE reference_page_words USING fts5("
          "body, content = '', tokenize = 'unicode61 remove_diacritics 2')")
FILL = "INSERT INTO reference_page_words(rowid, body) SELECT rowid, body FROM reference_page_fts"
PG_SET = sa.text("UPDATE reference_page_search SET words = to_tsvector('simple', :body) "
                 "WHERE document_id = :id AND page = :page")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(CREATE)
        op.execute(FILL)
        return
    op.execute("ALTER TABLE reference_page_search ADD COLUMN words TSVECTOR NOT NULL DEFAULT ''::tsvector")
    for document_id, body, pages in bind.execute(sa.text("SELECT id, text, pages FROM reference_document")):
        rows = [{"id": document_id, "page": n, "body": body[s:e]}
                for n, (s, e) in enumerate(json.loads(pages or "[]"), 1) if body[s:e].strip()]
        if rows:
            bind.execute(PG_SET, rows)
    op.execute("CREATE INDEX ix_reference_page_search_words ON reference_page_search USING GIN (words)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS reference_page_words")
    else:
        op.execute("DROP INDEX IF EXISTS ix_reference_page_search_words")
        op.execute("ALTER TABLE reference_page_search DROP COLUMN IF EXISTS words")
