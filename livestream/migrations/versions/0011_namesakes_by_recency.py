"""contacts: the province and given-name index also orders by id, newest namesakes first

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 02:15:00
"""

from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_contacts_province_given', table_name='contacts')
    op.create_index('ix_contacts_province_given_id', 'contacts', ['province', 'given_name', 'id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_contacts_province_given_id', table_name='contacts')
    op.create_index('ix_contacts_province_given', 'contacts', ['province', 'given_name'], unique=False)
