"""Analyst notes in plain sqlite3: reads, writes and the FTS5 index (no SQLAlchemy: saving must be fast).

Notes are user data keyed by a uid; seeding and migrations never touch them. Links point at a
device, pairing, event or source by slug / uid / key, never by row id, so a link survives
re-seeding and shows as missing once its target is gone.

Search: `note_fts` (FTS5, unicode61) holds the notes that are not in the trash, rowid = note.id.
Chinese and Japanese have no spaces between words, so every CJK character is indexed as a token
of its own (an invisible separator is put around it before indexing) and a CJK query becomes a
phrase of single characters: '昇腾' matches exactly those two characters in a row. Latin words in a
query match as prefixes ('Semi' finds 'SemiAnalysis'). The index is maintained here, explicitly,
because the CJK splitting happens in Python and SQL triggers cannot do it: creating, trashing and
restoring index at once; saving only marks the note stale (`fts_stale`) and the next search
re-indexes it, so that autosave stays cheap. Snippets are cut from the stored text in Python.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any, cast

from db import notes_find, read
from db.columns import Columns, col
from db.connect import inserted_id
from db.dto import NoteDTO, NoteHitDTO, NoteLinkDTO, NoteSummaryDTO, NoteVersionDTO
from db.errors import UnknownDeviceError, UnknownLinkError, UnknownNoteError
from db.events import utc_now
from db.notes_search import fts_query, hit_snippet, index_text, query_terms

# the team library's marks (migration 0011) are read from the note's own row: no join, no cost per note
_TEAM = (col("n.team_author"), col("n.team_uuid IS NOT NULL", "shared", convert=bool))
NOTE_SUMMARY = Columns(col("n.uid"), col("n.title"), col("n.created"), col("n.updated"), col("n.deleted"), *_TEAM)
NOTE = Columns(col("n.uid"), col("n.title"), col("n.body"), col("n.created"), col("n.updated"), col("n.deleted"),
               *_TEAM)
NOTE_VERSION = Columns(col("id"), col("saved"), col("title"), col("body"))

LINK_KINDS = ("device", "pairing", "event", "source")
SORTS = ("updated", "title")
VERSION_EVERY = timedelta(minutes=10)
SNIPPET_SCAN = 200_000  # characters of a body searched for the snippet



def now() -> str:
    """The current UTC time 'YYYY-MM-DDTHH:MM:SSZ' (one place, so that tests can move the clock)."""
    return utc_now()


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


# ---------------------------------------------------------------- values coming in


def clean_tags(tags: Iterable[str] | str | None) -> tuple[str, ...]:
    """Tags trimmed, inner whitespace collapsed, empty ones dropped, duplicates (ignoring case) removed."""
    if tags is None:
        return ()
    if isinstance(tags, str):
        tags = [tags]
    out: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        if not isinstance(tag, str):
            raise TypeError(f"a tag must be text, not {type(tag).__name__}")
        text = " ".join(tag.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)


def parse_link(link: object) -> tuple[str, str]:
    """(kind, target) from a NoteLinkDTO, a (kind, target) pair or 'kind:target'; ValueError if malformed."""
    raw: tuple[object, object]
    if isinstance(link, NoteLinkDTO):
        raw = link.kind, link.target
    elif isinstance(link, str):
        raw_kind, sep, raw_target = link.partition(":")
        if not sep:
            raise ValueError(f"link {link!r} is not written kind:target (kinds: {', '.join(LINK_KINDS)})")
        raw = raw_kind, raw_target
    else:
        try:
            first, second = cast("tuple[object, object]", link)
        except (TypeError, ValueError):
            raise ValueError(f"link {link!r} is not a (kind, target) pair") from None
        raw = first, second
    kind, target = str(raw[0]).strip().casefold(), str(raw[1]).strip()
    if kind not in LINK_KINDS:
        raise ValueError(f"link {kind}:{target}: unknown kind {kind!r} (kinds: {', '.join(LINK_KINDS)})")
    if not target:
        raise ValueError(f"link {kind}: has no target")
    return kind, target


def clean_links(links: object) -> tuple[tuple[str, str], ...]:
    if links is None:
        return ()
    if isinstance(links, (str, NoteLinkDTO)):
        links = [links]
    out: list[tuple[str, str]] = []
    for link in cast("Iterable[object]", links):
        pair = parse_link(link)
        if pair not in out:
            out.append(pair)
    return tuple(out)


_TARGET_SQL = {
    "device": "SELECT slug, name FROM device WHERE slug IN ({})",
    "pairing": "SELECT slug, name FROM pairing WHERE slug IN ({})",
    "event": "SELECT uid, title FROM event WHERE uid IN ({})",
    "source": "SELECT key, CASE WHEN title != '' AND publisher != '' THEN publisher || ': ' || title "
              "ELSE publisher || title END FROM source WHERE key IN ({})",
}


def _labels(conn: sqlite3.Connection, kind: str, targets: Iterable[str]) -> dict[str, str]:
    targets = sorted(set(targets))
    out: dict[str, str] = {}
    for i in range(0, len(targets), 500):
        chunk = targets[i:i + 500]
        out.update(conn.execute(_TARGET_SQL[kind].format(read.placeholders(chunk)), chunk).fetchall())
    return out


def check_links(conn: sqlite3.Connection, links: tuple[tuple[str, str], ...],
                known: Iterable[tuple[str, str]] = ()) -> tuple[tuple[str, str], ...]:
    """Links whose targets exist (a device may be named by slug, name or alias); UnknownLinkError if not.

    Links already on the note (`known`) are kept as they are even if their target is gone.
    """
    known = set(known)
    out: list[tuple[str, str]] = []
    for kind, target in links:
        if (kind, target) not in known:
            if kind == "device":
                try:
                    target = read.resolve_device(conn, target)
                except UnknownDeviceError as exc:
                    hint = f" Did you mean: {', '.join(exc.suggestions)}?" if exc.suggestions else ""
                    raise UnknownLinkError(f"{kind}:{target}", f"no device {target!r}.{hint}") from None
            elif not _labels(conn, kind, [target]):
                raise UnknownLinkError(f"{kind}:{target}", f"no {kind} {target!r}")
        if (kind, target) not in out:
            out.append((kind, target))
    return tuple(out)


# ---------------------------------------------------------------- the search index


def _fts_row(title: str, body: str, tags: tuple[str, ...]) -> tuple[str, str, str]:
    return index_text(title), index_text(body), index_text(" ".join(tags))


def _index(conn: sqlite3.Connection, note_id: int, title: str, body: str, tags: tuple[str, ...],
           terms: list[str] | None = None) -> None:
    """Index the note; its words go to note_term now, or to `terms` for one remember_terms call per batch."""
    row = _fts_row(title, body, tags)
    conn.execute("DELETE FROM note_fts WHERE rowid = ?", (note_id,))
    conn.execute("INSERT INTO note_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)", (note_id, *row))
    if terms is None:
        notes_find.remember_terms(conn, row)
    else:
        terms.extend(row)


def _unindex(conn: sqlite3.Connection, note_id: int) -> None:
    conn.execute("DELETE FROM note_fts WHERE rowid = ?", (note_id,))


# ---------------------------------------------------------------- reads


def _children(conn: sqlite3.Connection, ids: list[int],
              links: bool = True) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[NoteLinkDTO, ...]]]:
    """Tags and (unless links=False) resolved links of the notes with these ids."""
    tags: dict[int, list[str]] = defaultdict(list)
    raw: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for note_id, tag in conn.execute(
                f"SELECT note_id, tag FROM note_tag WHERE note_id IN ({read.placeholders(chunk)}) ORDER BY note_id, position", chunk):
            tags[note_id].append(tag)
        if not links:
            continue
        for note_id, kind, target in conn.execute(
                f"SELECT note_id, kind, target FROM note_link WHERE note_id IN ({read.placeholders(chunk)}) "
                "ORDER BY note_id, position", chunk):
            raw[note_id].append((kind, target))
    by_kind: dict[str, set[str]] = defaultdict(set)
    for pairs in raw.values():
        for kind, target in pairs:
            by_kind[kind].add(target)
    labels = {kind: _labels(conn, kind, targets) for kind, targets in by_kind.items() if kind in _TARGET_SQL}
    resolved = {note_id: tuple(NoteLinkDTO(kind, target, labels.get(kind, {}).get(target, ""),
                                        target not in labels.get(kind, {})) for kind, target in pairs)
                for note_id, pairs in raw.items()}
    return {k: tuple(v) for k, v in tags.items()}, resolved


def _find(conn: sqlite3.Connection, uid: str) -> tuple[int, dict[str, Any]]:
    """The note's row id and its NOTE fields; UnknownNoteError if there is none."""
    row = conn.execute(f"SELECT n.id, {NOTE.select()} FROM note n WHERE n.uid = ?", (uid,)).fetchone()
    if row is None:
        raise UnknownNoteError(uid)
    return row[0], NOTE.fields(row, 1)


def get_note(conn: sqlite3.Connection, uid: str) -> NoteDTO:
    note_id, fields = _find(conn, uid)
    tags, links = _children(conn, [note_id])
    return NoteDTO(**fields, tags=tags.get(note_id, ()), links=links.get(note_id, ()))


def _filters(conn: sqlite3.Connection, tag: str | None, device: str | None,
             linked: tuple[str, str] | None, id_col: str = "n.id") -> tuple[list[str], list[object]]:
    """SQL conditions (on the note id column `id_col`) and their arguments for the list/search filters."""
    where: list[str] = []
    args: list[object] = []
    if tag is not None:
        # NOCASE folds ASCII letters, as lower() did, and seeks ix_note_tag_tag_nocase
        where.append(f"{id_col} IN (SELECT note_id FROM note_tag WHERE tag = ? COLLATE NOCASE)")
        args.append(" ".join(tag.split()))
    if device is not None:
        where.append(f"{id_col} IN (SELECT note_id FROM note_link WHERE kind = 'device' AND target = ?)")
        args.append(read.resolve_device(conn, device))
    if linked is not None:
        kind, target = parse_link(linked)
        where.append(f"{id_col} IN (SELECT note_id FROM note_link WHERE kind = ? AND target = ?)")
        args += [kind, target]
    return where, args


def list_notes(conn: sqlite3.Connection, tag: str | None = None, device: str | None = None,
               linked: tuple[str, str] | None = None, trash: bool = False, sort: str = "updated",
               uids: list[str] | None = None) -> list[NoteSummaryDTO]:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (use {' or '.join(SORTS)})")
    where, args = _filters(conn, tag, device, linked)
    where.append("n.deleted IS NOT NULL" if trash else "n.deleted IS NULL")
    if uids is not None:
        where.append(f"n.uid IN ({read.placeholders(uids)})")
        args += list(uids)
    rows = conn.execute(f"SELECT n.id, {NOTE_SUMMARY.select()} FROM note n "
                        f"WHERE {' AND '.join(where)} ORDER BY n.updated DESC, n.id DESC", args).fetchall()
    tags, links = _children(conn, [r[0] for r in rows])
    found = [NoteSummaryDTO(**NOTE_SUMMARY.fields(r, 1), tags=tags.get(r[0], ()), links=links.get(r[0], ()))
             for r in rows]
    if sort == "title":
        found.sort(key=lambda n: (n.title.casefold(), n.title, n.uid))
    return found


def list_versions(conn: sqlite3.Connection, uid: str) -> list[NoteVersionDTO]:
    note_id = _find(conn, uid)[0]
    rows = conn.execute(f"SELECT {NOTE_VERSION.select()} FROM note_version WHERE note_id = ? "
                        "ORDER BY saved DESC, id DESC", (note_id,)).fetchall()
    return [NoteVersionDTO(**NOTE_VERSION.fields(r)) for r in rows]


def refresh_index(conn: sqlite3.Connection) -> int:
    """Re-index the notes saved since the last search (saving only marks them stale); returns how many.

    Runs in its own short write transaction; a store that cannot be written is searched as it is.
    """
    if conn.execute("SELECT 1 FROM note WHERE fts_stale = 1 LIMIT 1").fetchone() is None:
        return 0
    own = not conn.in_transaction
    try:
        if own:
            conn.execute("BEGIN IMMEDIATE")
        rows = conn.execute("SELECT id, title, body, deleted FROM note WHERE fts_stale = 1").fetchall()
        live = [r for r in rows if r[3] is None]
        tags, _ = _children(conn, [r[0] for r in live], links=False)
        for note_id, title, body, _ in live:
            _index(conn, note_id, title, body, tags.get(note_id, ()))
        conn.execute("UPDATE note SET fts_stale = 0 WHERE fts_stale = 1")
        if own:
            conn.commit()
    except sqlite3.OperationalError as exc:
        if own and conn.in_transaction:
            conn.rollback()
        if "readonly" not in str(exc):
            raise
        return 0
    return len(live)


def search(conn: sqlite3.Connection, query: str, tag: str | None = None, device: str | None = None,
           limit: int = 200, linked_any: Iterable[object] | None = None) -> list[NoteHitDTO]:
    """The best `limit` hits (see db.notes_find.ranked); `linked_any` ((kind, target) pairs) keeps the notes linked
    to any of them."""
    # '+' keeps the filters from being handed to FTS5 as rowid lookups (a MATCH per listed note, seconds at 100,000
    # notes): the index is read newest first and each hit checked against the filter's list
    where, args = _filters(conn, tag, device, None, id_col="+note_fts.rowid")
    if linked_any is not None:
        pairs = [parse_link(link) for link in dict.fromkeys(linked_any)]
        if not pairs:
            return []
        where.append("+note_fts.rowid IN (SELECT note_id FROM note_link WHERE "
                     + " OR ".join("(kind = ? AND target = ?)" for _ in pairs) + ")")
        args += [part for pair in pairs for part in pair]
    if fts_query(query) is None or limit <= 0:
        return []
    refresh_index(conn)
    match = notes_find.match_expr(conn, query)
    ranked = notes_find.ranked(conn, match, where, args, limit) if match is not None else []
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    rows = {r[0]: r[1:] for r in conn.execute(
        f"SELECT id, uid, title, updated, substr(body, 1, {SNIPPET_SCAN}) FROM note "
        f"WHERE id IN ({read.placeholders(ids)}) AND +deleted IS NULL", ids)}  # by id (not the list's deleted index)
    tags, _ = _children(conn, ids, links=False)
    terms = query_terms(query)
    hits = []
    for note_id, score in ranked:
        if note_id not in rows:
            continue
        uid, title, updated, body = rows[note_id]
        hits.append(NoteHitDTO(uid, title, tags.get(note_id, ()), updated,
                               hit_snippet(title, body, tags.get(note_id, ()), terms), float(score)))
    return hits


# ---------------------------------------------------------------- writes (the caller owns the transaction)


def _set_children(conn: sqlite3.Connection, note_id: int, tags: tuple[str, ...] | None,
                  links: tuple[tuple[str, str], ...] | None) -> None:
    if tags is not None:
        conn.execute("DELETE FROM note_tag WHERE note_id = ?", (note_id,))
        conn.executemany("INSERT INTO note_tag (note_id, position, tag) VALUES (?, ?, ?)",
                         [(note_id, i, t) for i, t in enumerate(tags)])
    if links is not None:
        conn.execute("DELETE FROM note_link WHERE note_id = ?", (note_id,))
        conn.executemany("INSERT INTO note_link (note_id, position, kind, target) VALUES (?, ?, ?, ?)",
                         [(note_id, i, k, t) for i, (k, t) in enumerate(links)])


def _stored_children(conn: sqlite3.Connection, note_id: int) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    tags = tuple(r[0] for r in conn.execute("SELECT tag FROM note_tag WHERE note_id = ? ORDER BY position", (note_id,)))
    links = tuple(conn.execute("SELECT kind, target FROM note_link WHERE note_id = ? ORDER BY position", (note_id,)))
    return tags, tuple(tuple(x) for x in links)


def stored_links(conn: sqlite3.Connection, uid: str) -> tuple[tuple[str, str], ...]:
    """The (kind, target) links stored on a note; UnknownNoteError if there is no such note."""
    return _stored_children(conn, _find(conn, uid)[0])[1]


def insert_note(conn: sqlite3.Connection, title: str, body: str, tags: tuple[str, ...],
                links: tuple[tuple[str, str], ...], uid: str | None = None, created: str | None = None,
                updated: str | None = None, terms: list[str] | None = None) -> str:
    """A new note, indexed (`terms`: its words are collected there for the caller to remember in one go)."""
    import uuid
    uid = uid or uuid.uuid4().hex
    stamp = now()
    cur = conn.execute("INSERT INTO note (uid, title, body, created, updated, deleted, fts_stale) "
                       "VALUES (?, ?, ?, ?, ?, NULL, 0)",
                       (uid, title, body, created or stamp, updated or created or stamp))
    note_id = inserted_id(cur)
    _set_children(conn, note_id, tags, links)
    _index(conn, note_id, title, body, tags, terms)
    return uid


def _keep_version(conn: sqlite3.Connection, note_id: int, title: str, body: str, stamp: str) -> None:
    conn.execute("INSERT INTO note_version (note_id, saved, title, body) VALUES (?, ?, ?, ?)",
                 (note_id, stamp, title, body))


def update_note(conn: sqlite3.Connection, uid: str, title: str, body: str, tags: tuple[str, ...] | None,
                links: tuple[tuple[str, str], ...] | None, checkpoint: bool = False,
                updated: str | None = None) -> bool:
    """Save new content; True if anything changed. Keeps the previous title and body as a version when
    they changed and the newest version (or the note's creation) is older than VERSION_EVERY, or on
    a checkpoint."""
    note_id, old = _find(conn, uid)
    old_title, old_body, created = old["title"], old["body"], old["created"]
    old_tags, old_links = _stored_children(conn, note_id)
    tags = None if tags is None or tags == old_tags else tags
    links = None if links is None or links == old_links else links
    text_changed = title != old_title or body != old_body
    if not text_changed and tags is None and links is None:
        return False
    stamp = now()
    if text_changed:
        newest = conn.execute("SELECT max(saved) FROM note_version WHERE note_id = ?", (note_id,)).fetchone()[0]
        if checkpoint or _parse_time(stamp) - _parse_time(newest or created) >= VERSION_EVERY:
            _keep_version(conn, note_id, old_title, old_body, stamp)
    conn.execute("UPDATE note SET title = ?, body = ?, updated = ?, fts_stale = 1 WHERE id = ?",
                 (title, body, updated or stamp, note_id))
    _set_children(conn, note_id, tags, links)  # the search index catches up at the next search
    return True


def restore_version(conn: sqlite3.Connection, uid: str, version_id: int) -> None:
    note_id, old = _find(conn, uid)
    title, body = old["title"], old["body"]
    row = conn.execute("SELECT title, body FROM note_version WHERE id = ? AND note_id = ?",
                       (version_id, note_id)).fetchone()
    if row is None:
        raise LookupError(f"note {uid!r} has no version {version_id}")
    stamp = now()
    _keep_version(conn, note_id, title, body, stamp)
    conn.execute("UPDATE note SET title = ?, body = ?, updated = ?, fts_stale = 1 WHERE id = ?",
                 (row[0], row[1], stamp, note_id))


def set_deleted(conn: sqlite3.Connection, uid: str, deleted: bool) -> bool:
    note_id, old = _find(conn, uid)
    title, body, was = old["title"], old["body"], old["deleted"]
    if (was is not None) == deleted:
        return False
    conn.execute("UPDATE note SET deleted = ?, fts_stale = 0 WHERE id = ?", (now() if deleted else None, note_id))
    if deleted:
        _unindex(conn, note_id)
    else:
        _index(conn, note_id, title, body, _stored_children(conn, note_id)[0])
    return True


def empty_trash(conn: sqlite3.Connection) -> int:
    ids = [r[0] for r in conn.execute("SELECT id FROM note WHERE deleted IS NOT NULL")]
    for note_id in ids:
        _unindex(conn, note_id)  # trashed notes are not indexed; this only guards against a stale index
    conn.execute("DELETE FROM note WHERE deleted IS NOT NULL")
    return len(ids)


def rebuild_index(conn: sqlite3.Connection) -> int:
    """Re-create the search index from the notes (after a restore of an old backup, or by hand)."""
    conn.execute("DELETE FROM note_fts")
    conn.execute("UPDATE note SET fts_stale = 0 WHERE fts_stale = 1")
    rows = conn.execute("SELECT id, title, body FROM note WHERE deleted IS NULL").fetchall()
    tags, _ = _children(conn, [r[0] for r in rows])
    conn.executemany("INSERT INTO note_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
                     [(r[0], *_fts_row(r[1], r[2], tags.get(r[0], ()))) for r in rows])
    notes_find.remember_all_terms(conn)
    return len(rows)
