"""reference library: records, conflicts, links to article references, retractions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 09:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('library_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sa.Text(), server_default='', nullable=False),
    sa.Column('title_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('authors', sa.Text(), server_default='[]', nullable=False),
    sa.Column('container', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('volume', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('issue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pages', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('doi', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pmid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('url', sa.Text(), server_default='', nullable=False),
    sa.Column('abstract', sa.Text(), server_default='', nullable=False),
    sa.Column('sources', sa.Text(), server_default='[]', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_record'))
    )
    with op.batch_alter_table('library_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_record_doi'), ['doi'], unique=False)
        batch_op.create_index(batch_op.f('ix_library_record_pmid'), ['pmid'], unique=False)
        batch_op.create_index(batch_op.f('ix_library_record_title_key'), ['title_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_library_record_year'), ['year'], unique=False)

    op.create_table('retraction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sa.Text(), server_default='', nullable=False),
    sa.Column('journal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('nature', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.Column('retraction_date', sa.Date(), nullable=True),
    sa.Column('retraction_doi', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('retraction_pmid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('original_doi', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('original_pmid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retraction'))
    )
    with op.batch_alter_table('retraction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_retraction_nature'), ['nature'], unique=False)
        batch_op.create_index(batch_op.f('ix_retraction_original_doi'), ['original_doi'], unique=False)
        batch_op.create_index(batch_op.f('ix_retraction_original_pmid'), ['original_pmid'], unique=False)

    op.create_table('record_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['library_record.id'], name=op.f('fk_record_conflict_record_id_library_record'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_conflict'))
    )
    with op.batch_alter_table('record_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_conflict_record_id'), ['record_id'], unique=False)

    op.create_table('reference_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference_id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['library_record.id'], name=op.f('fk_reference_link_record_id_library_record'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reference_id'], ['reference.id'], name=op.f('fk_reference_link_reference_id_reference'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reference_link')),
    sa.UniqueConstraint('reference_id', 'record_id', name=op.f('uq_reference_link_reference_id'))
    )
    with op.batch_alter_table('reference_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_link_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_link_reference_id'), ['reference_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_link_state'), ['state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reference_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reference_link_state'))
        batch_op.drop_index(batch_op.f('ix_reference_link_reference_id'))
        batch_op.drop_index(batch_op.f('ix_reference_link_record_id'))

    op.drop_table('reference_link')
    with op.batch_alter_table('record_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_conflict_record_id'))

    op.drop_table('record_conflict')
    with op.batch_alter_table('retraction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_retraction_original_pmid'))
        batch_op.drop_index(batch_op.f('ix_retraction_original_doi'))
        batch_op.drop_index(batch_op.f('ix_retraction_nature'))

    op.drop_table('retraction')
    with op.batch_alter_table('library_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_library_record_year'))
        batch_op.drop_index(batch_op.f('ix_library_record_title_key'))
        batch_op.drop_index(batch_op.f('ix_library_record_pmid'))
        batch_op.drop_index(batch_op.f('ix_library_record_doi'))

    op.drop_table('library_record')
