"""question_wordings: the further wordings a question is matched on, stored

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 23:59:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('question_wordings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_group_id', sa.Integer(), nullable=False),
    sa.Column('match_key', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['question_group_id'], ['question_groups.id'], name=op.f('fk_question_wordings_question_group_id_question_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_wordings')),
    sa.UniqueConstraint('question_group_id', 'match_key', name=op.f('uq_question_wordings_question_group_id_match_key'))
    )
    # Questions merged before now: their wordings lead to the question they were merged into.
    groups = sa.table('question_groups', sa.column('id', sa.Integer()), sa.column('match_key', sa.Text()),
                      sa.column('merged_into_id', sa.Integer()))
    conn = op.get_bind()
    keys = {gid: key for gid, key, _ in conn.execute(sa.select(groups))}
    into = {gid: target for gid, _, target in conn.execute(sa.select(groups)) if target is not None}
    wordings = set()
    for gid in into:
        target, hops = into[gid], 0
        while target in into and hops < len(into):
            target, hops = into[target], hops + 1
        if keys.get(gid) and keys[gid] != keys.get(target):
            wordings.add((target, keys[gid]))
    if wordings:
        op.bulk_insert(sa.table('question_wordings', sa.column('question_group_id', sa.Integer()),
                                sa.column('match_key', sa.Text())),
                       [{'question_group_id': t, 'match_key': k} for t, k in sorted(wordings)])


def downgrade() -> None:
    op.drop_table('question_wordings')
