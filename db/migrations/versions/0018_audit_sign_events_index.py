"""audit_event: a partial index of the signature.sign events by signature, for verifying signatures

Verifying a signature reads its ``signature.sign`` event. Looked up through the index on
``action`` that walked every signature event ever made, so each export batch (which checks
the signatures it vouches for) read more the more articles had been approved. This index
holds the sign events only, keyed by the three columns the look-up names (``action``,
``entity``, then the signature id ``entity_id``); partial, so appending any other event
writes nothing to it.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 12:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGN_EVENTS = sa.text("action = 'signature.sign'")


def upgrade() -> None:
    op.create_index('ix_audit_event_sign', 'audit_event', ['action', 'entity', 'entity_id'],
                    sqlite_where=SIGN_EVENTS, postgresql_where=SIGN_EVENTS)


def downgrade() -> None:
    op.drop_index('ix_audit_event_sign', table_name='audit_event')
