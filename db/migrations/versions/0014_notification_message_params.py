"""notifications keep what their message is made of: the template's code and its values (JSON)

As with findings (0012): ``message`` stays the English sentence (the command line and
``--json`` read it); ``message_params`` holds it as a message code and its parameters
(workstation.messages), so the window can show it in the reader's language. Notifications
written before are shown as they were written ('' here).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 19:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.add_column(sa.Column('message_params', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_column('message_params')
