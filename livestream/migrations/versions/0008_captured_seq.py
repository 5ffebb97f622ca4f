"""live_sessions.captured_seq: how far lead capture has read each session's comments

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 19:20:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('live_sessions') as batch_op:
        batch_op.add_column(sa.Column('captured_seq', sa.Integer(), server_default='0', nullable=False))
    # Until now every committed batch was captured as it came: existing sessions are read up to
    # where they stand.
    op.execute("UPDATE live_sessions SET captured_seq = last_seq")


def downgrade() -> None:
    with op.batch_alter_table('live_sessions') as batch_op:
        batch_op.drop_column('captured_seq')
