"""notes at scale: indexes that page the notes list and keep its count cheap

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 03:30:00

No table changes. The statements are grouped by what they serve, so that other parts of the same
release can add theirs in blocks of their own.
"""
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # --- the notes list, a page at a time (db.notes_list) ---------------------------------------------
    # live notes newest first (and the trash): the keyset page, the count and a jump by offset walk this
    # index alone, never the notes' text
    op.execute("CREATE INDEX ix_note_deleted_updated ON note (deleted, updated)")
    # live notes by title (A-Z, ASCII case folded, like the list shows them)
    op.execute("CREATE INDEX ix_note_deleted_title ON note (deleted, title COLLATE NOCASE)")
    # the tag filter (db.notes._filters: tag = ? COLLATE NOCASE, the same ASCII folding as lower()) seeks
    # this index instead of reading every tag
    op.execute("CREATE INDEX ix_note_tag_tag_nocase ON note_tag (tag COLLATE NOCASE)")
    # --- end of the notes list's block -----------------------------------------------------------------


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_note_tag_tag_nocase")
    op.execute("DROP INDEX IF EXISTS ix_note_deleted_title")
    op.execute("DROP INDEX IF EXISTS ix_note_deleted_updated")
