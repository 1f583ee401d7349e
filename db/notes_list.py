"""The notes list a page at a time (plain sqlite3, like db.notes): a keyset-paged read in either order, a
count, one note's row after a save, and the tags in use, each from an indexed query whose cost does not
grow with the number of notes (the count and a jump by offset walk an index, never the notes' text).

Orders (indexes of migration 0009): 'updated' is newest first (updated DESC, id DESC, the order the list
has always had); 'title' is A-Z with ASCII letters case folded (title COLLATE NOCASE, id). A page starts
after a row's key ((updated, id) or (title, id)), or at an offset from either end of the list, and can be
read backwards (the page before a key, or the last rows), so that a list scrolled to its end or dragged to
its middle reads only the rows it shows.
"""
from __future__ import annotations

import sqlite3
from typing import Any
from db.dto import NoteQuery, NoteSummaryDTO
from db.notes import NOTE_SUMMARY, SORTS, _children, _filters, parse_link

PAGE = 100
Key = tuple[str, int]  # (updated or title, note id): where a row sits in its order


_ORDER = {  # sort -> (key column, direction of the list)
    "updated": ("n.updated", "DESC"),
    "title": ("n.title COLLATE NOCASE", "ASC"),
}


def _indexed(q: NoteQuery) -> str:
    """The index of the list's order, named for the whole list or the trash: without it SQLite walks the
    trash in update order through ix_note_updated, reading every live note's row on the way. A filtered
    list is left to the planner (it starts from the few notes with the tag or link)."""
    plain = q.tag is None and q.device is None and q.linked is None and q.linked_any is None and not q.title_words
    return f"INDEXED BY ix_note_deleted_{q.sort}" if plain else ""


def _where(conn: sqlite3.Connection, q: NoteQuery) -> tuple[list[str], list[object]] | None:
    """The conditions of `q` and their arguments; None when no note can match."""
    if q.sort not in SORTS:
        raise ValueError(f"unknown sort {q.sort!r} (use {' or '.join(SORTS)})")
    where, args = _filters(conn, q.tag, q.device, q.linked)
    where.append("n.deleted IS NOT NULL" if q.trash else "n.deleted IS NULL")
    if q.linked_any is not None:
        pairs = list(dict.fromkeys(parse_link(link) for link in q.linked_any))
        if not pairs:
            return None
        where.append("n.id IN (SELECT note_id FROM note_link WHERE "
                     + " OR ".join("(kind = ? AND target = ?)" for _ in pairs) + ")")
        args += [part for pair in pairs for part in pair]
    for word in q.title_words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("n.title LIKE ? ESCAPE '\\'")
        args.append(f"%{escaped}%")
    return where, args


def _summaries(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[tuple[Key, NoteSummaryDTO]]:
    """(key, summary) of rows (id, key value, NOTE_SUMMARY fields...), with their tags and links."""
    tags, links = _children(conn, [r[0] for r in rows])
    return [((r[1], r[0]), NoteSummaryDTO(**NOTE_SUMMARY.fields(r, 2), tags=tags.get(r[0], ()),
                                          links=links.get(r[0], ()))) for r in rows]


def page(conn: sqlite3.Connection, q: NoteQuery, limit: int = PAGE, after: Key | None = None,
         backward: bool = False, offset: int = 0) -> list[tuple[Key, NoteSummaryDTO]]:
    """Up to `limit` rows of the list in its order, with their keys.

    Forward: the rows after the key `after` (or from the top), `offset` rows skipped. Backward: the rows
    before `after` (or the last rows of the list), `offset` rows skipped counting from there upwards;
    returned in the list's order too.
    """
    found = _where(conn, q)
    if found is None or limit <= 0:
        return []
    where, args = found
    column, direction = _ORDER[q.sort]
    if backward:
        direction = "ASC" if direction == "DESC" else "DESC"
    if after is not None:
        # a range the index can seek to, then the tie on the key broken by the id
        op = "<" if direction == "DESC" else ">"
        where.append(f"{column} {op}= ? AND ({column} {op} ? OR n.id {op} ?)")
        args += [after[0], after[0], after[1]]
    rows = conn.execute(
        f"SELECT n.id, {column.split()[0]}, {NOTE_SUMMARY.select()} FROM note n {_indexed(q)} WHERE {' AND '.join(where)} "
        f"ORDER BY {column} {direction}, n.id {direction} LIMIT ? OFFSET ?", [*args, limit, max(offset, 0)]).fetchall()
    if backward:
        rows.reverse()
    return _summaries(conn, rows)


def count(conn: sqlite3.Connection, q: NoteQuery) -> int:
    """How many notes the list `q` holds."""
    found = _where(conn, q)
    if found is None:
        return 0
    where, args = found
    if _indexed(q) and not q.trash:  # every live note: all of them less the trash (two short index walks)
        return int(conn.execute("SELECT (SELECT count(*) FROM note) - "
                                "(SELECT count(*) FROM note WHERE deleted IS NOT NULL)").fetchone()[0])
    if not _indexed(q):  # a filter: start from the notes with the tag or link, not from the whole list
        where = [w.replace("n.deleted", "+n.deleted") for w in where]
    return int(conn.execute(f"SELECT count(*) FROM note n {_indexed(q)} WHERE {' AND '.join(where)}",
                            args).fetchone()[0])


def row(conn: sqlite3.Connection, q: NoteQuery, uid: str) -> tuple[Key, NoteSummaryDTO] | None:
    """One note's row as the list `q` shows it (after a save), or None if it is not (or no longer) in it."""
    found = _where(conn, q)
    if found is None:
        return None
    where, args = found
    column = _ORDER[q.sort][0].split()[0]
    rows = conn.execute(f"SELECT n.id, {column}, {NOTE_SUMMARY.select()} FROM note n "
                        f"WHERE n.uid = ? AND {' AND '.join(where)}", [uid, *args]).fetchall()
    return _summaries(conn, rows)[0] if rows else None


def position(conn: sqlite3.Connection, q: NoteQuery, key: Key) -> int:
    """How many rows of the list `q` come before the row with this key (its row number)."""
    found = _where(conn, q)
    if found is None:
        return 0
    where, args = found
    column, direction = _ORDER[q.sort]
    op = "<" if direction == "ASC" else ">"
    where.append(f"{column} {op}= ? AND ({column} {op} ? OR n.id {op} ?)")
    args += [key[0], key[0], key[1]]
    return int(conn.execute(f"SELECT count(*) FROM note n {_indexed(q)} WHERE {' AND '.join(where)}",
                            args).fetchone()[0])


def tags(conn: sqlite3.Connection) -> list[str]:
    """Every tag on a note (the trash included), each spelling once, sorted case-insensitively.

    One walk of the tag index that jumps from each tag to the next (a loose index scan): its cost grows
    with the number of distinct tags, not with the number of notes.
    """
    found = [r[0] for r in conn.execute(
        "WITH RECURSIVE t(tag) AS (SELECT (SELECT min(tag) FROM note_tag) "
        "UNION ALL SELECT (SELECT min(tag) FROM note_tag WHERE tag > t.tag) FROM t WHERE t.tag IS NOT NULL) "
        "SELECT tag FROM t WHERE tag IS NOT NULL")]
    return sorted(found, key=lambda t: (t.casefold(), t))

