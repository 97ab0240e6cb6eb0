"""a second full-text index on SQLite, of which articles match only: a word in most articles finds its first page fast

``article_terms`` holds the same words as ``article_fts`` (same tokenizer, title and body
as two columns) without their positions or the text itself (``detail=column``,
contentless), indexes prefixes of 1 to 6 letters, and has a third column, ``every``,
with one word in every article, so the articles that do *not* match are one query
(``every : x NOT {title body} : (...)``): see ``db.search.join_matching``. Built here
from ``article_fts`` for an existing database; ``db.search.index_articles`` keeps the
two in step from now on. Nothing on PostgreSQL.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 00:00:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As db.search.TERMS_TABLE, written out: a migration keeps the schema of its day.
CREATE = (
    "CREATE VIRTUAL TABLE article_terms USING fts5("
    "title, body, every, content = '', detail = column, "
    "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')"
)
FILL = "INSERT INTO article_terms(rowid, title, body, every) SELECT rowid, title, body, 'x' FROM article_fts"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(CREATE)
    op.execute(FILL)
    op.execute("INSERT INTO article_terms(article_terms) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS article_terms")
