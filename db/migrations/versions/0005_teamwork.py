"""teamwork: assignment (approver, due date), edit leases, notifications, change notices on PostgreSQL

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from db.live_sql import CHANGE_NOTICE_DOWN, CHANGE_NOTICE_UP

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assigned_approver_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('due_date', sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_article_assigned_approver_id_user'), 'user', ['assigned_approver_id'], ['id']
        )
        batch_op.create_index(batch_op.f('ix_article_assigned_approver_id'), ['assigned_approver_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_due_date'), ['due_date'], unique=False)

    op.create_table('edit_lease',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('renewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_edit_lease_article_id_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_edit_lease_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_edit_lease')),
    sa.UniqueConstraint('article_id', 'user_id', name=op.f('uq_edit_lease_article_id'))
    )
    with op.batch_alter_table('edit_lease', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_edit_lease_article_id'), ['article_id'], unique=False)

    op.create_table('notification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_notification_article_id_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_notification_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification'))
    )
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notification_user_id'), ['user_id'], unique=False)

    if op.get_bind().dialect.name == 'postgresql':
        for statement in CHANGE_NOTICE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for statement in CHANGE_NOTICE_DOWN:
            op.execute(statement)
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notification_user_id'))
        batch_op.drop_index(batch_op.f('ix_notification_article_id'))
    op.drop_table('notification')
    with op.batch_alter_table('edit_lease', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_edit_lease_article_id'))
    op.drop_table('edit_lease')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_due_date'))
        batch_op.drop_index(batch_op.f('ix_article_assigned_approver_id'))
        batch_op.drop_constraint(batch_op.f('fk_article_assigned_approver_id_user'), type_='foreignkey')
        batch_op.drop_column('due_date')
        batch_op.drop_column('assigned_approver_id')
