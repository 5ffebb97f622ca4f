"""question_groups.earlier_id: the answered or dismissed question a new one asks again

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 00:10:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('question_groups') as batch_op:
        batch_op.add_column(sa.Column('earlier_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_question_groups_earlier_id_question_groups'),
                                    'question_groups', ['earlier_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('question_groups') as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_question_groups_earlier_id_question_groups'),
                                 type_='foreignkey')
        batch_op.drop_column('earlier_id')
