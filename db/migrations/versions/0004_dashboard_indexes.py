"""dashboard: covering indexes for the figures across the library

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMPORT_EVENTS = sa.text("action = 'article.import'")


def upgrade() -> None:
    op.create_index('ix_transition_to_status_at', 'transition', ['to_status', 'at', 'article_id', 'user_id'])
    op.create_index('ix_transition_article_at', 'transition', ['article_id', 'at', 'from_status', 'to_status'])
    op.create_index('ix_article_status_reviewer', 'article', ['status', 'assigned_reviewer_id', 'next_review'])
    op.create_index('ix_article_current_revision_id', 'article', ['current_revision_id'])
    op.create_index('ix_audit_event_import', 'audit_event', ['action', 'article_id', 'at'],
                    sqlite_where=IMPORT_EVENTS, postgresql_where=IMPORT_EVENTS)
    op.create_index('ix_finding_open_code', 'finding', ['dismissed', 'code', 'revision_id', 'article_id'])


def downgrade() -> None:
    for name, table in (('ix_finding_open_code', 'finding'), ('ix_audit_event_import', 'audit_event'),
                        ('ix_article_current_revision_id', 'article'), ('ix_article_status_reviewer', 'article'),
                        ('ix_transition_article_at', 'transition'), ('ix_transition_to_status_at', 'transition')):
        op.drop_index(name, table_name=table)
