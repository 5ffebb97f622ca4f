"""platform settings (credentials set on the organiser's page, encrypted); comments.changed_seq

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 13:50:00
"""

import sqlalchemy as sa
from alembic import op

import livestream.db


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('platform_settings',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_platform_settings'))
    )
    with op.batch_alter_table('comments') as batch_op:
        batch_op.add_column(sa.Column('changed_seq', sa.Integer(), nullable=True))
        batch_op.create_index('ix_comments_session_changed', ['live_session_id', 'changed_seq'])


def downgrade() -> None:
    with op.batch_alter_table('comments') as batch_op:
        batch_op.drop_index('ix_comments_session_changed')
        batch_op.drop_column('changed_seq')
    op.drop_table('platform_settings')
