"""the analyst's software-stack and supply facts: analyst_fact

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 21:20:00

Bundled stack and supply facts are read from the seed data (resources/seed/stacks.json, supply.json) and
never stored; this table holds only the analyst's own, so re-seeding cannot touch them. `domain` is 'stack'
(subject: a stack id; field: a stack fact field) or 'supply' (subject, metric as `field`, period, unit).
A deleted fact keeps its row with `deleted` set until undo brings it back.
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""CREATE TABLE analyst_fact (
\tid INTEGER NOT NULL,
\tuid VARCHAR(40) NOT NULL,
\tdomain VARCHAR(8) NOT NULL,
\tsubject TEXT NOT NULL,
\tfield TEXT NOT NULL,
\tperiod TEXT,
\tvalue TEXT NOT NULL,
\tunit TEXT,
\tpublisher TEXT NOT NULL,
\ttitle TEXT,
\turl TEXT,
\tsource_date VARCHAR(10),
\tconfidence VARCHAR(16) NOT NULL,
\tnote TEXT,
\tcreated VARCHAR(32) NOT NULL,
\tupdated VARCHAR(32) NOT NULL,
\tdeleted VARCHAR(32),
\tPRIMARY KEY (id),
\tUNIQUE (uid)
)""")


def downgrade() -> None:
    op.execute("DROP TABLE analyst_fact")
