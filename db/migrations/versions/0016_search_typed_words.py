"""an index of the words as written (not stemmed), for the word still being typed in a search

A stemmed index stores "remission" as "remiss", so "remissi" (typed on the way to
"remission") matched no stored term and a search as you type emptied mid-word. The
word being typed is matched as a prefix of the words as written instead: on SQLite
``article_words`` (as ``article_terms`` but without the porter stemmer), on PostgreSQL
a ``words`` column of ``article_search`` (``simple`` configuration) with its GIN index.
Built here for an existing database; ``db.search.index_articles`` keeps them in step.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 00:45:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As db.search.WORDS_TABLE, written out: a migration keeps the schema of its day.
CREATE = (
    "CREATE VIRTUAL TABLE article_words USING fts5("
    "title, body, every, content = '', detail = column, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')"
)
FILL = "INSERT INTO article_words(rowid, title, body, every) SELECT rowid, title, body, 'x' FROM article_fts"
PG_FILL = (
    "UPDATE article_search s SET words = to_tsvector('simple', a.title || ' ' || r.body) "
    "FROM article a JOIN revision r ON r.id = a.current_revision_id WHERE a.id = s.article_id"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(CREATE)
        op.execute(FILL)
        op.execute("INSERT INTO article_words(article_words) VALUES ('optimize')")
        return
    op.execute("ALTER TABLE article_search ADD COLUMN words TSVECTOR NOT NULL DEFAULT ''::tsvector")
    op.execute(PG_FILL)
    op.execute("CREATE INDEX ix_article_search_words ON article_search USING GIN (words)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS article_words")
    else:
        op.execute("DROP INDEX IF EXISTS ix_article_search_words")
        op.execute("ALTER TABLE article_search DROP COLUMN IF EXISTS words")
