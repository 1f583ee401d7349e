"""the analyst's export-control rules: control_rule

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 17:40:00

The bundled export-control rules are read from the seed data (resources/seed/controls.json) and never
stored; this table holds only the analyst's own: a proposed rule, or their version of a bundled one (same
rule id, `based_on` naming it). The whole rule is kept as JSON in `body` (conditions as data); its name,
kind, jurisdiction and dates are columns too, for listing.
"""
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""CREATE TABLE control_rule (
\tid INTEGER NOT NULL,
\trule_id VARCHAR(100) NOT NULL,
\torigin VARCHAR(8) NOT NULL,
\tbased_on VARCHAR(100),
\tname TEXT NOT NULL,
\tkind VARCHAR(32) NOT NULL,
\tjurisdiction VARCHAR(8) NOT NULL,
\teffective VARCHAR(10) NOT NULL,
\tends VARCHAR(10),
\tbody TEXT NOT NULL,
\tcreated VARCHAR(32) NOT NULL,
\tupdated VARCHAR(32) NOT NULL,
\tPRIMARY KEY (id),
\tUNIQUE (rule_id)
)""")


def downgrade() -> None:
    op.execute("DROP TABLE control_rule")
