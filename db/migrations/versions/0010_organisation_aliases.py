"""organisations' other names: organisation.aliases (the vendor's own Chinese name: 华为, 寒武纪, 海光...)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 18:30:00

One name a line, as the seed gives them (resources/seed/devices.json, each organisation's `aliases` and the
source they come from); the device picker searches them with the vendor's name. Rows made before this
revision (the seed's and those an import made) get no alias; the next seeding, which the changed seed
brings, fills the seed's organisations in.
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('aliases', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch copy would drop the table the devices point to
    op.execute("ALTER TABLE organisation DROP COLUMN aliases")
