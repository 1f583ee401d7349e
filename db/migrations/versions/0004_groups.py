"""groups of three or four devices and a baseline column on saved pairings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 04:45:00

A saved pairing keeps devices A and B; a group adds C (and D). `baseline` is the index (0-3) of
the column that ratios are taken against; 1 (B) keeps every existing pairing reading A ÷ B.
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


COLUMNS = "id, slug, name, device_a_id, device_b_id, position, origin"

# The table is rebuilt with explicit SQL rather than by Alembic's batch mode, whose copy orders the
# constraints differently from one run to the next: the new table reads the same whichever schema
# the store is migrated from, and every foreign key keeps ON DELETE CASCADE.
NEW_TABLE = """CREATE TABLE pairing_new (
\tid INTEGER NOT NULL,
\tslug VARCHAR(100) NOT NULL,
\tname VARCHAR(300) NOT NULL,
\tdevice_a_id INTEGER NOT NULL,
\tdevice_b_id INTEGER NOT NULL,
\tposition INTEGER NOT NULL,
\torigin VARCHAR(8) NOT NULL,
\tdevice_c_id INTEGER,
\tdevice_d_id INTEGER,
\tbaseline INTEGER DEFAULT '1' NOT NULL,
\tPRIMARY KEY (id),
\tUNIQUE (slug),
\tFOREIGN KEY(device_a_id) REFERENCES device (id) ON DELETE CASCADE,
\tFOREIGN KEY(device_b_id) REFERENCES device (id) ON DELETE CASCADE,
\tFOREIGN KEY(device_c_id) REFERENCES device (id) ON DELETE CASCADE,
\tFOREIGN KEY(device_d_id) REFERENCES device (id) ON DELETE CASCADE
)"""


def upgrade() -> None:
    op.execute(NEW_TABLE)
    op.execute(f"INSERT INTO pairing_new ({COLUMNS}) SELECT {COLUMNS} FROM pairing")
    op.execute("DROP TABLE pairing")
    op.execute("ALTER TABLE pairing_new RENAME TO pairing")


def downgrade() -> None:
    with op.batch_alter_table('pairing', schema=None, recreate='always') as batch_op:
        batch_op.drop_column('baseline')
        batch_op.drop_column('device_d_id')
        batch_op.drop_column('device_c_id')
