"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 10:01:42.090291
"""

import sqlalchemy as sa
from alembic import op

import livestream.db

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('commenters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('platform_user_id', sa.String(length=200), nullable=False),
    sa.Column('display_name', sa.String(length=300), nullable=False),
    sa.Column('first_seen_at', livestream.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commenters')),
    sa.UniqueConstraint('platform', 'platform_user_id', name=op.f('uq_commenters_platform_platform_user_id'))
    )
    op.create_table('live_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('scheduled_start', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('started_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('ended_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', livestream.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_live_sessions'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', livestream.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=12), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('last_used_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('revoked_at', livestream.db.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_api_tokens_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    op.create_table('comment_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('live_session_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('external_ref', sa.String(length=300), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cursor', sa.Text(), nullable=True),
    sa.Column('last_comment_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', livestream.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['live_session_id'], ['live_sessions.id'], name=op.f('fk_comment_sources_live_session_id_live_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment_sources'))
    )
    with op.batch_alter_table('comment_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comment_sources_live_session_id'), ['live_session_id'], unique=False)

    op.create_table('question_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('live_session_id', sa.Integer(), nullable=False),
    sa.Column('canonical_text', sa.Text(), nullable=False),
    sa.Column('match_key', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('ask_count', sa.Integer(), nullable=False),
    sa.Column('asker_count', sa.Integer(), nullable=False),
    sa.Column('first_asked_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('last_asked_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['live_session_id'], ['live_sessions.id'], name=op.f('fk_question_groups_live_session_id_live_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_groups'))
    )
    with op.batch_alter_table('question_groups', schema=None) as batch_op:
        batch_op.create_index('ix_question_groups_session_seq', ['live_session_id', 'seq'], unique=False)
        batch_op.create_index('ix_question_groups_session_status', ['live_session_id', 'status'], unique=False)

    op.create_table('comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('live_session_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('platform_comment_id', sa.String(length=200), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('commenter_id', sa.Integer(), nullable=True),
    sa.Column('author_name', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('received_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('is_question', sa.Boolean(), nullable=False),
    sa.Column('is_lead', sa.Boolean(), nullable=False),
    sa.Column('is_tech', sa.Boolean(), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('question_group_id', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['commenter_id'], ['commenters.id'], name=op.f('fk_comments_commenter_id_commenters')),
    sa.ForeignKeyConstraint(['live_session_id'], ['live_sessions.id'], name=op.f('fk_comments_live_session_id_live_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_group_id'], ['question_groups.id'], name=op.f('fk_comments_question_group_id_question_groups'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['comment_sources.id'], name=op.f('fk_comments_source_id_comment_sources'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments')),
    sa.UniqueConstraint('live_session_id', 'platform', 'platform_comment_id', name=op.f('uq_comments_live_session_id_platform_platform_comment_id'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index('ix_comments_group', ['question_group_id'], unique=False)
        batch_op.create_index('ix_comments_session_seq', ['live_session_id', 'seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ix_comments_session_seq')
        batch_op.drop_index('ix_comments_group')

    op.drop_table('comments')
    with op.batch_alter_table('question_groups', schema=None) as batch_op:
        batch_op.drop_index('ix_question_groups_session_status')
        batch_op.drop_index('ix_question_groups_session_seq')

    op.drop_table('question_groups')
    with op.batch_alter_table('comment_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comment_sources_live_session_id'))

    op.drop_table('comment_sources')
    op.drop_table('api_tokens')
    op.drop_table('users')
    op.drop_table('live_sessions')
    op.drop_table('commenters')
