"""console: session crew and links, question moderation columns

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

import livestream.db

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('session_crew',
    sa.Column('live_session_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['live_session_id'], ['live_sessions.id'], name=op.f('fk_session_crew_live_session_id_live_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_session_crew_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('live_session_id', 'user_id', name=op.f('pk_session_crew'))
    )
    with op.batch_alter_table('live_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('platform_links', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('question_groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_changed_at', livestream.db.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('status_changed_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('text_version', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_question_groups_merged_into_id_question_groups'), 'question_groups', ['merged_into_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('question_groups', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_question_groups_merged_into_id_question_groups'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('text_version')
        batch_op.drop_column('status_changed_by')
        batch_op.drop_column('status_changed_at')
    with op.batch_alter_table('live_sessions', schema=None) as batch_op:
        batch_op.drop_column('platform_links')
    op.drop_table('session_crew')
