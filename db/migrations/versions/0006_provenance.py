"""who produced a figure and how good the page it was read on is: producer and carrier_quality

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:40:00

Until now one grade (`confidence`: official / third-party / reported) answered two questions. A figure now
also says who produced it (`producer`: 'vendor', 'analyst firm (SemiAnalysis)', ...) and how strong its
citation is (`carrier_quality`: primary, reputable-relay, weak-relay, derived). A user's figure gets the
carrier quality its source's kind implies (a vendor page is primary, a press article a reputable relay, a
compilation or reseller blog a weak relay) and no producer (not stated: the analyst says it in the value
dialog). Seeding then replaces the seed rows with the bundled ones, which carry both fields.
"""
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# db.provenance's defaults by source kind as of this revision (a migration keeps the rule it shipped with)
PRIMARY = ("vendor", "vendor-repo", "vendor-paper", "vendor-submission", "analyst", "government")
REPUTABLE = ("dataset", "press", "legal", "partner-submission", "issue", "press (vendor statement)")
WEAK = ("compilation", "reseller", "vendor-relay", "analyst-relay")


def _in(kinds: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{k}'" for k in kinds) + ")"


def upgrade() -> None:
    op.execute("ALTER TABLE spec_value ADD COLUMN producer TEXT")
    op.execute("ALTER TABLE spec_value ADD COLUMN carrier_quality VARCHAR(16)")
    kind = "lower(trim((SELECT s.kind FROM source s WHERE s.id = spec_value.source_id)))"
    op.execute(f"""UPDATE spec_value SET carrier_quality = CASE
        WHEN {kind} LIKE '%low reliability%' OR {kind} LIKE '%mirror%' OR {kind} LIKE '%syndication%'
             OR {kind} LIKE '%aggregat%' THEN 'weak-relay'
        WHEN {kind} IN {_in(PRIMARY)} THEN 'primary'
        WHEN {kind} IN {_in(REPUTABLE)} THEN 'reputable-relay'
        WHEN {kind} IN {_in(WEAK)} THEN 'weak-relay'
        WHEN {kind} = 'derived' THEN 'derived'
        ELSE NULL END
        WHERE origin = 'user' AND source_id IS NOT NULL""")


def downgrade() -> None:
    op.execute("ALTER TABLE spec_value DROP COLUMN carrier_quality")
    op.execute("ALTER TABLE spec_value DROP COLUMN producer")
