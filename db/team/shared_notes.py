"""Notes shared with the team: a note the analyst marks shared goes to the library (and every later save,
deletion or restore with it); teammates' shared notes come back from pulls as notes of their own, with their
author (note.team_author), in the same list, search and trash as the analyst's.

Notes are private unless shared (`share`). The body sent is the note's title, text, tags and links (links name
devices, events and sources by slug and key, so they mean the same in every store).
"""
from __future__ import annotations

import json
import sqlite3
import uuid as uuids
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from db.connect import connect
from db.team.outbox import queue_change, waits

KIND = "note"


def note_body(conn: sqlite3.Connection, note_id: int) -> dict[str, Any]:
    title, body = conn.execute("SELECT title, body FROM note WHERE id = ?", (note_id,)).fetchone()
    tags = [t for (t,) in conn.execute("SELECT tag FROM note_tag WHERE note_id = ? ORDER BY position", (note_id,))]
    links = [f"{k}:{t}" for k, t in conn.execute("SELECT kind, target FROM note_link WHERE note_id = ? "
                                                   "ORDER BY position", (note_id,))]
    return {"title": title, "body": body, "tags": tags, "links": links}


def queue_if_shared(conn: sqlite3.Connection, uid: str) -> None:
    """In the transaction that changed the note `uid`: queue it if it is shared (a teammate's note too: the
    library decides whether this analyst may change it, and a refusal is kept as a conflict, not lost)."""
    row = conn.execute("SELECT id, team_uuid, team_author, deleted FROM note WHERE uid = ?", (uid,)).fetchone()
    if row is None or row[1] is None:
        return
    note_id, team_uuid, _, deleted = row
    queue_change(conn, KIND, team_uuid, None if deleted else note_body(conn, note_id))


def share(store: Path, uid: str) -> str:
    """Share the analyst's note `uid` with the team (from the next sync); returns its id in the library."""
    with connect(store, writing=True, synchronous="FULL") as conn:
        row = conn.execute("SELECT team_uuid, team_author FROM note WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            from db.errors import UnknownNoteError
            raise UnknownNoteError(uid)
        if row[1] is not None:
            raise ValueError("a teammate's note is already the team's")
        team_uuid = row[0] or str(uuids.uuid4())
        conn.execute("UPDATE note SET team_uuid = ? WHERE uid = ?", (team_uuid, uid))
        queue_if_shared(conn, uid)
        return team_uuid


def apply_pulled(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]], me: str | None) -> int:
    """Shared notes as pulled (uuid, kind, body, author, version, updated, deleted), in the pull's transaction:
    made, updated or moved to the trash here. Teammates' notes carry their author. The analyst's own come back as
    theirs: made in a store that lacks them (a second computer), and changed when changed elsewhere (an
    administrator, or a conflict settled on another computer), if nothing of the note waits here to be sent or
    settled. How many notes changed here."""
    from db import notes, notes_find
    terms: list[str] = []  # the new notes' words, remembered for search suggestions in one go
    changed = 0
    for uuid, kind, body, author, _version, updated, deleted in rows:
        if kind != KIND:
            continue
        row = conn.execute("SELECT uid, deleted FROM note WHERE team_uuid = ?", (uuid,)).fetchone()
        if author == me and row is not None and waits(conn, uuid):
            continue  # a change of the analyst's own is on its way
        title, text, tags, links = _fields(conn, json.loads(body))
        if row is None:
            uid = notes.insert_note(conn, title, text, tags, links, terms=terms)
            conn.execute("UPDATE note SET team_uuid = ?, team_author = ? WHERE uid = ?",
                         (uuid, None if author == me else author, uid))  # the analyst's own: a second computer
            news = True
        else:
            uid = row[0]
            news = notes.update_note(conn, uid, title, text, tags, links)
        news = notes.set_deleted(conn, uid, deleted is not None) or news
        changed += news
    if terms:
        notes_find.remember_terms(conn, terms)
    return changed


def settle(conn: sqlite3.Connection, team_uuid: str, chosen: dict[str, Any] | None, queue: bool,
           copy_of: dict[str, Any] | None = None) -> None:
    """A note's conflict settled: the chosen version here (None: in the trash), queued over the library's
    version when it is the analyst's pick; `copy_of` becomes a private note of the analyst's own."""
    from db import notes
    row = conn.execute("SELECT uid FROM note WHERE team_uuid = ?", (team_uuid,)).fetchone()
    if row is not None:
        uid = row[0]
        if chosen is not None:
            _write(conn, uid, chosen)
        notes.set_deleted(conn, uid, chosen is None)
        if queue:
            queue_if_shared(conn, uid)
    if copy_of is not None:
        _write(conn, None, copy_of)


def _fields(conn: sqlite3.Connection, doc: dict[str, Any]) -> tuple[str, str, tuple[str, ...],
                                                                    tuple[tuple[str, str], ...]]:
    """A shared note's body as this store keeps a note: title, text, clean tags, the links it can resolve."""
    from db import notes
    tags = notes.clean_tags(doc.get("tags") or ())
    links = _known_links(conn, notes.clean_links(doc.get("links") or ()))
    return str(doc.get("title") or ""), str(doc.get("body") or ""), tags, links


def _write(conn: sqlite3.Connection, uid: str | None, doc: dict[str, Any]) -> str:
    from db import notes
    title, text, tags, links = _fields(conn, doc)
    if uid is None:
        return notes.insert_note(conn, title, text, tags, links)
    notes.update_note(conn, uid, title, text, tags, links)
    return uid


def _known_links(conn: sqlite3.Connection, links: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A teammate's links, those that this store can resolve (a device or event it lacks is left out)."""
    from db import notes
    try:
        return notes.check_links(conn, links)
    except ValueError:
        kept: list[tuple[str, str]] = []
        for link in links:
            try:
                kept.extend(notes.check_links(conn, (link,)))
            except ValueError:
                continue
        return tuple(kept)
