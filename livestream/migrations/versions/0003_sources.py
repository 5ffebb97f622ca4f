"""sources: comment source health (pause switch, lag, counts, quota)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

import livestream.db

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('comment_sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paused', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('checked_at', livestream.db.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('lag_seconds', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('comment_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('error_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('quota_units', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('comment_sources', schema=None) as batch_op:
        batch_op.drop_column('quota_units')
        batch_op.drop_column('error_count')
        batch_op.drop_column('comment_count')
        batch_op.drop_column('lag_seconds')
        batch_op.drop_column('checked_at')
        batch_op.drop_column('paused')
