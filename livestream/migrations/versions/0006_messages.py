"""messages: outbox and survey replies (lead_capture.messages.models)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 14:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

import livestream.db


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('message_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('template', sa.String(length=100), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('to_address', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('created_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('next_attempt_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('claimed_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('sent_at', livestream.db.UTCDateTime(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('provider_id', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_message_outbox_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['followup_tasks.id'], name=op.f('fk_message_outbox_task_id_followup_tasks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_outbox'))
    )
    with op.batch_alter_table('message_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_outbox_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_message_outbox_status_next', ['status', 'next_attempt_at'], unique=False)
        batch_op.create_index('ix_message_outbox_task_template', ['task_id', 'template'], unique=False)
        batch_op.create_index('ix_message_outbox_to_sent', ['to_address', 'sent_at'], unique=False)

    op.create_table('message_survey_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.SmallInteger(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('received_at', livestream.db.UTCDateTime(), nullable=False),
    sa.Column('via', sa.String(length=20), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_message_survey_replies_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['followup_tasks.id'], name=op.f('fk_message_survey_replies_task_id_followup_tasks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_survey_replies')),
    sa.UniqueConstraint('via', 'external_id', name=op.f('uq_message_survey_replies_via_external_id'))
    )
    with op.batch_alter_table('message_survey_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_survey_replies_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_survey_replies_task_id'), ['task_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('message_survey_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_survey_replies_task_id'))
        batch_op.drop_index(batch_op.f('ix_message_survey_replies_contact_id'))

    op.drop_table('message_survey_replies')
    with op.batch_alter_table('message_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_message_outbox_to_sent')
        batch_op.drop_index('ix_message_outbox_task_template')
        batch_op.drop_index('ix_message_outbox_status_next')
        batch_op.drop_index(batch_op.f('ix_message_outbox_contact_id'))

    op.drop_table('message_outbox')
