"""reference documents: the cited source's text beside the article, evidence anchored in it, full-text index

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-12 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0008'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reference_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('reference_number', sa.Integer(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), server_default='', nullable=False),
    sa.Column('pages', sa.Text(), server_default='[]', nullable=False),
    sa.Column('attached_by_id', sa.Integer(), nullable=True),
    sa.Column('attached_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_reference_document_article_id_article'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['attached_by_id'], ['user.id'], name=op.f('fk_reference_document_attached_by_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reference_document')),
    sa.UniqueConstraint('article_id', 'reference_number', name=op.f('uq_reference_document_article_id'))
    )
    with op.batch_alter_table('reference_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_document_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_document_sha256'), ['sha256'], unique=False)

    with op.batch_alter_table('verdict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evidence_prefix', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('evidence_suffix', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('evidence_start', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('evidence_end', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('evidence_score', sa.Float(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('evidence_orphaned', sa.Boolean(), server_default=sa.false(), nullable=False))

    # Full-text search over the documents' pages, as db/search.py does for articles.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            "CREATE VIRTUAL TABLE reference_page_fts USING fts5("
            "body, document_id UNINDEXED, page UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE reference_page_search ("
            " document_id INTEGER NOT NULL REFERENCES reference_document(id) ON DELETE CASCADE,"
            " page INTEGER NOT NULL,"
            " document TSVECTOR NOT NULL,"
            " CONSTRAINT pk_reference_page_search PRIMARY KEY (document_id, page))"
        )
        op.execute("CREATE INDEX ix_reference_page_search_document ON reference_page_search USING GIN (document)")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TABLE IF EXISTS reference_page_fts")
    else:
        op.execute("DROP TABLE IF EXISTS reference_page_search")
    with op.batch_alter_table('verdict', schema=None) as batch_op:
        batch_op.drop_column('evidence_orphaned')
        batch_op.drop_column('evidence_score')
        batch_op.drop_column('evidence_end')
        batch_op.drop_column('evidence_start')
        batch_op.drop_column('evidence_suffix')
        batch_op.drop_column('evidence_prefix')
    with op.batch_alter_table('reference_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reference_document_sha256'))
        batch_op.drop_index(batch_op.f('ix_reference_document_article_id'))
    op.drop_table('reference_document')
