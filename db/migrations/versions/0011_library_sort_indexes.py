"""library sorts on PostgreSQL: an index of each sort column with the id; the team's write lock per schema

The library orders by a column and then by id (display order is total). SQLite's
index of a column already holds the row id in that order; PostgreSQL's does not,
so a first page sorted by a column with few values (status, findings, next review)
read and sorted every article. A (column, id) index lets it stop at the page.

A team database also gets the audit append (db/team/functions.sql) again: its
write lock now names the schema, as the program's write transactions do.

Revision ID: 0011
Revises: 0008
Create Date: 2026-11-30 16:00:00

(0009 and 0010 may land from other work first: then this one's down_revision is relinked to the newest.)
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import refresh_team_functions

revision: str = '0011'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SORTED = ('title', 'status', 'audience', 'open_findings', 'claims_reviewed', 'last_updated', 'next_review',
          'updated_at', 'due_date')
DUE_DATE_DESCENDING = 'ix_article_due_date_desc_id'  # nulls last either way, so descending needs its own


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for column in SORTED:
        op.create_index(f'ix_article_{column}_id', 'article', [column, 'id'])
    op.create_index(DUE_DATE_DESCENDING, 'article', [sa.text('due_date DESC NULLS LAST'), sa.text('id DESC')])
    refresh_team_functions(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.drop_index(DUE_DATE_DESCENDING, table_name='article')
    for column in reversed(SORTED):
        op.drop_index(f'ix_article_{column}_id', table_name='article')
