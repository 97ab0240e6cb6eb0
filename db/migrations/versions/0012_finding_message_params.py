"""findings keep what their message is made of: the template's code and its values (JSON)

A finding's ``message`` stays the English sentence the check wrote (the review record, the
command line, the exports). ``message_params`` holds the same sentence as a message code and
its parameters (workstation.messages), so the window can show it in the reviewer's language.
Findings stored before are shown as they were written ('' here).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 18:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.add_column(sa.Column('message_params', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_column('message_params')
