"""notes at scale: indexes that page the notes list, and a search index that answers from the first letter

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 03:30:00

No table of the analyst's changes. Each block below serves one part of "a decade of notes" and stands on its own:
the notes list (keyset pages, counts, the tag filter and the tags) and the search (one-character prefixes,
the longer words of the index, the link filters).
"""
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


# ---- the notes list, a page at a time (db.notes_list) -----------------------------------------------------------

def _list_upgrade() -> None:
    # live notes newest first (and the trash): the keyset page, the count and a jump by offset walk this
    # index alone, never the notes' text
    op.execute("CREATE INDEX ix_note_deleted_updated ON note (deleted, updated)")
    # live notes by title (A-Z, ASCII case folded, like the list shows them)
    op.execute("CREATE INDEX ix_note_deleted_title ON note (deleted, title COLLATE NOCASE)")
    # the tag filter (db.notes._filters: tag = ? COLLATE NOCASE, the same ASCII folding as lower()) seeks this
    # index and finds its notes in it (note_id covered), instead of reading every tag; the tags are one walk of it
    op.execute("CREATE INDEX ix_note_tag_tag_nocase ON note_tag (tag COLLATE NOCASE, note_id)")


def _list_downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_note_tag_tag_nocase")
    op.execute("DROP INDEX IF EXISTS ix_note_deleted_title")
    op.execute("DROP INDEX IF EXISTS ix_note_deleted_updated")


# ---- notes search: note_fts with prefix = '1 2 3', note_term, note_id in the link index -----------------------
# A one-letter query ('s') was a prefix query over every indexed word starting with that letter: FTS5 merged all
# their lists before it could return the first hit (1.4-2.0 s at 1M notes). With one-character prefixes indexed
# it reads one list and stops after the first page. FTS5 cannot change its options in place: the table is made
# again from its stored content (already split for CJK, so no text is re-read from the notes), then renamed.
# A longer prefix ('huawei') is searched as the words it stands for, listed in note_term (see db.notes_find).
_FTS_SQL = ("CREATE VIRTUAL TABLE {name} USING fts5(title, body, tags, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')")


def _remake_fts(prefix: str) -> None:
    op.execute(_FTS_SQL.format(name="note_fts_remade", prefix=prefix))
    op.execute("INSERT INTO note_fts_remade (rowid, title, body, tags) SELECT rowid, title, body, tags FROM note_fts")
    op.execute("DROP TABLE note_fts")
    op.execute("ALTER TABLE note_fts_remade RENAME TO note_fts")


def _search_upgrade() -> None:
    # the device and on-screen filters list the notes linked to a target from this index alone (note_id in it: no
    # read of each link's row, 18 ms for 13,000 links at 1M notes)
    op.execute("DROP INDEX ix_note_link_kind_target")
    op.execute("CREATE INDEX ix_note_link_kind_target ON note_link (kind, target, note_id)")
    _remake_fts("1 2 3")
    op.execute("CREATE TABLE note_term (\n\tterm TEXT NOT NULL, \n\tPRIMARY KEY (term)\n) WITHOUT ROWID")
    op.execute("CREATE VIRTUAL TABLE temp.note_fts_words USING fts5vocab(main, note_fts, 'row')")
    op.execute("INSERT INTO note_term (term) SELECT term FROM temp.note_fts_words WHERE length(term) >= 4")
    op.execute("DROP TABLE temp.note_fts_words")


def _search_downgrade() -> None:
    op.execute("DROP TABLE note_term")
    _remake_fts("2 3")
    op.execute("DROP INDEX ix_note_link_kind_target")
    op.execute("CREATE INDEX ix_note_link_kind_target ON note_link (kind, target)")


def upgrade() -> None:
    _list_upgrade()
    _search_upgrade()


def downgrade() -> None:
    _search_downgrade()
    _list_downgrade()
