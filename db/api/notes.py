"""The analyst's notes: Markdown text with tags and links, versions, a trash, full-text search, and
export to / import from Markdown files. Plain sqlite3 (see db.notes); writes are synchronous=FULL."""
from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db import notes, notes_list
from db.api._session import read as _read
from db.api._session import transaction
from db.dto import ChangeSet, NoteDTO, NoteHitDTO, NoteQuery, NoteSummaryDTO, NoteVersionDTO
from db.files import atomic_write
from db.notes_files import ReplaceRefused as ReplaceRefused  # caught by the window and the CLI (they reach db.api)

NOTE_CHANGE = ChangeSet(frozenset({"note"}))


@contextmanager
def _note_write(path: Path) -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction for the analyst's own writing."""
    with transaction(path, synchronous="FULL") as conn:
        yield conn


def _team(conn: sqlite3.Connection, uid: str) -> None:
    """A shared note's change goes to the team library's queue, in the same transaction."""
    from db.team.shared_notes import queue_if_shared
    queue_if_shared(conn, uid)


def _note_change(conn: sqlite3.Connection, uids: Iterable[str]) -> ChangeSet:
    """A ChangeSet naming the devices the notes link to, so that device panels can show their notes."""
    uids = list(uids)
    if not uids:
        return NOTE_CHANGE
    rows = conn.execute(f"SELECT DISTINCT l.target FROM note_link l JOIN note n ON n.id = l.note_id "
                        f"WHERE l.kind = 'device' AND n.uid IN ({','.join('?' * len(uids))})", uids)
    return ChangeSet(frozenset({"note"}), frozenset(r[0] for r in rows))


def list_notes(path: Path, tag: str | None = None, device: str | None = None,
               linked: tuple[str, str] | None = None, trash: bool = False,
               sort: str = "updated") -> list[NoteSummaryDTO]:
    """Notes (without bodies), newest first or by title. `device` is a slug, name or alias
    (UnknownDeviceError if none matches); `linked` = (kind, target); trash=True: only the trash."""
    return _read(path, lambda conn: notes.list_notes(conn, tag, device, linked, trash, sort))


def note_summaries(path: Path, uids: Iterable[str]) -> list[NoteSummaryDTO]:
    """Summaries of the notes with these uids that are not in the trash, newest first."""
    wanted = list(uids)
    return _read(path, lambda conn: notes.list_notes(conn, uids=wanted)) if wanted else []


NoteKey = tuple[str, int]  # where a row sits in its list's order (db.notes_list)


def note_page(path: Path, query: NoteQuery, limit: int, after: NoteKey | None = None, backward: bool = False,
              offset: int = 0) -> list[tuple[NoteKey, NoteSummaryDTO]]:
    """A page of the notes list `query` with each row's key: the rows after the key `after` (or from the top),
    or, `backward`, those before it (or the last rows), `offset` rows skipped; always in the list's order."""
    return _read(path, lambda conn: notes_list.page(conn, query, limit, after, backward, offset))


def count_notes(path: Path, query: NoteQuery) -> int:
    """How many notes the list `query` holds (an index walk, never the notes' text)."""
    return _read(path, lambda conn: notes_list.count(conn, query))


def note_row(path: Path, query: NoteQuery, uid: str) -> tuple[NoteKey, NoteSummaryDTO] | None:
    """One note's row in the list `query` (one row read, after a save); None if the list does not hold it."""
    return _read(path, lambda conn: notes_list.row(conn, query, uid))


def note_position(path: Path, query: NoteQuery, key: NoteKey) -> int:
    """The row number of the row with this key in the list `query`."""
    return _read(path, lambda conn: notes_list.position(conn, query, key))


def note_tags(path: Path) -> list[str]:
    """Every tag on a note (the trash included), sorted case-insensitively: one indexed query."""
    return _read(path, notes_list.tags)


def get_note(path: Path, uid: str) -> NoteDTO:
    """The note with its body (also when it is in the trash); UnknownNoteError if there is none."""
    return _read(path, lambda conn: notes.get_note(conn, uid))


def create_note(path: Path, title: str, body: str = "", tags: Any = (), links: Any = ()) -> tuple[str, ChangeSet]:
    """A new note; returns its uid. Links are (kind, target) pairs, 'kind:target' texts or NoteLinkDTOs;
    a device may be named by slug, name or alias. UnknownLinkError (a ValueError) if a target does not exist."""
    clean_tags, clean_links = notes.clean_tags(tags), notes.clean_links(links)
    with _note_write(path) as conn:
        uid = notes.insert_note(conn, title, body, clean_tags, notes.check_links(conn, clean_links))
        return uid, _note_change(conn, [uid])


def save_note(path: Path, uid: str, title: str, body: str, tags: Any = None, links: Any = None,
              checkpoint: bool = False) -> ChangeSet:
    """Save a note's text (tags / links None: unchanged). The previous title and body are kept as a
    version when they changed and the newest version is older than 10 minutes, or when `checkpoint`.
    New links are checked like create_note's; links already on the note are kept even if their target is gone."""
    clean_tags = None if tags is None else notes.clean_tags(tags)
    clean_links = None if links is None else notes.clean_links(links)
    with _note_write(path) as conn:
        before = _note_change(conn, [uid]) if clean_links is not None else NOTE_CHANGE
        if clean_links is not None:
            clean_links = notes.check_links(conn, clean_links, known=notes.stored_links(conn, uid))
        notes.update_note(conn, uid, title, body, clean_tags, clean_links, checkpoint)
        _team(conn, uid)
        after = _note_change(conn, [uid])
    return ChangeSet(frozenset({"note"}), before.device_slugs | after.device_slugs)


def list_versions(path: Path, uid: str) -> list[NoteVersionDTO]:
    """Earlier versions of a note, newest first; UnknownNoteError if there is no such note."""
    return _read(path, lambda conn: notes.list_versions(conn, uid))


def restore_version(path: Path, uid: str, version_id: int) -> ChangeSet:
    """Make a version the note's text again; the current text is kept as a version first."""
    with _note_write(path) as conn:
        notes.restore_version(conn, uid, version_id)
        _team(conn, uid)
        return _note_change(conn, [uid])


def delete_note(path: Path, uid: str) -> ChangeSet:
    """Move a note to the trash (undelete_note brings it back; empty_trash removes it for good)."""
    with _note_write(path) as conn:
        notes.set_deleted(conn, uid, True)
        _team(conn, uid)
        return _note_change(conn, [uid])


def undelete_note(path: Path, uid: str) -> ChangeSet:
    with _note_write(path) as conn:
        notes.set_deleted(conn, uid, False)
        _team(conn, uid)
        return _note_change(conn, [uid])


def empty_trash(path: Path) -> tuple[int, ChangeSet]:
    """Remove the notes in the trash, with their versions, for good; returns how many."""
    with _note_write(path) as conn:
        gone = [r[0] for r in conn.execute("SELECT uid FROM note WHERE deleted IS NOT NULL")]
        change = _note_change(conn, gone)
        return notes.empty_trash(conn), change


def search_notes(path: Path, query: str, tag: str | None = None, device: str | None = None,
                 limit: int = 200, linked_any: Any = None) -> list[NoteHitDTO]:
    """Full-text search of the notes not in the trash (title, body, tags), best match first.

    Every word must match: latin words as prefixes ('Semi' finds SemiAnalysis), Chinese or Japanese
    text as an exact run of characters ('昇腾'). Snippets mark matches with [[ and ]]. A query with
    nothing searchable in it (only punctuation or emoji) finds nothing. `linked_any`, a list of
    (kind, target) links, keeps only the notes linked to one of them.
    """
    return _read(path, lambda conn: notes.search(conn, query, tag, device, limit, linked_any))


def export_notes(path: Path, folder: Path | str, uids: Iterable[str] | None = None,
                 replace: bool = False) -> list[Path]:
    """Write one Markdown file per note (all notes not in the trash, or those given) into `folder`,
    atomically; returns the files. Names are the title's slug plus the start of the uid. A file of the same name
    already in the folder is replaced only with `replace`; otherwise ReplaceRefused names them all and nothing is
    written."""
    from db import notes_files
    target_folder = Path(folder)

    def _run(conn: sqlite3.Connection) -> list[NoteDTO]:
        wanted = [s.uid for s in notes.list_notes(conn)] if uids is None else list(uids)
        return [notes.get_note(conn, uid) for uid in wanted]
    found = _read(path, _run)
    taken: set[str] = set()
    targets = [(note, target_folder / notes_files.file_name(note, taken)) for note in found]
    there = [target for _, target in targets if target.exists() or target.is_symlink()]
    if there and not replace:
        raise ReplaceRefused(there)
    written = []
    for note, target in targets:
        atomic_write(target, notes_files.render(note).encode("utf-8"))
        written.append(target)
    return written


def import_notes(path: Path, source: Path | str) -> dict[str, int]:
    """Import Markdown notes from a folder (its *.md files) or one file; returns counts of notes
    created, updated and unchanged. A file's front matter uid matches the note it was exported from,
    so importing the same files again creates nothing; a note whose text changed keeps its previous
    text as a version. Files without front matter become new notes (titled from the first heading or
    the file name) unless a note with the same title and body exists. Every file is read and checked
    before anything is written: malformed front matter raises ValueError naming the file and line."""
    from db import notes_files
    parsed = [notes_files.read_file(p) for p in notes_files.files_in(Path(source))]
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    if parsed:
        from db.backup import backup_before
        backup_before(Path(path), "notes-import")  # StoreError (disk full...) stops the import here
    with _note_write(path) as conn:
        for nf in parsed:
            if nf.uid is not None:
                existing = conn.execute("SELECT uid FROM note WHERE uid = ?", (nf.uid,)).fetchone()
            else:
                existing = conn.execute("SELECT uid FROM note WHERE title = ? AND body = ? AND deleted IS NULL "
                                        "ORDER BY id LIMIT 1", (nf.title, nf.body)).fetchone()
            if existing is None:
                notes.insert_note(conn, nf.title, nf.body, nf.tags, nf.links, nf.uid, nf.created, nf.updated)
                counts["created"] += 1
            elif nf.uid is None:
                counts["unchanged"] += 1
            elif notes.update_note(conn, nf.uid, nf.title, nf.body, nf.tags, nf.links, checkpoint=True,
                                   updated=nf.updated):
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
    return counts


class Notes:
    """`library.notes`: the analyst's notes in one store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def list(self, tag: str | None = None, device: str | None = None, linked: tuple[str, str] | None = None,
             trash: bool = False, sort: str = "updated") -> builtins.list[NoteSummaryDTO]:
        return list_notes(self.path, tag, device, linked, trash, sort)

    def summaries(self, uids: Iterable[str]) -> builtins.list[NoteSummaryDTO]:
        return note_summaries(self.path, uids)

    def page(self, query: NoteQuery, limit: int, after: NoteKey | None = None, backward: bool = False,
             offset: int = 0) -> builtins.list[tuple[NoteKey, NoteSummaryDTO]]:
        return note_page(self.path, query, limit, after, backward, offset)

    def count(self, query: NoteQuery) -> int:
        return count_notes(self.path, query)

    def row(self, query: NoteQuery, uid: str) -> tuple[NoteKey, NoteSummaryDTO] | None:
        return note_row(self.path, query, uid)

    def position(self, query: NoteQuery, key: NoteKey) -> int:
        return note_position(self.path, query, key)

    def tags(self) -> builtins.list[str]:
        return note_tags(self.path)

    def get(self, uid: str) -> NoteDTO:
        return get_note(self.path, uid)

    def create(self, title: str, body: str = "", tags: Any = (), links: Any = ()) -> tuple[str, ChangeSet]:
        return create_note(self.path, title, body, tags, links)

    def save(self, uid: str, title: str, body: str, tags: Any = None, links: Any = None,
             checkpoint: bool = False) -> ChangeSet:
        return save_note(self.path, uid, title, body, tags, links, checkpoint)

    def versions(self, uid: str) -> builtins.list[NoteVersionDTO]:
        return list_versions(self.path, uid)

    def restore_version(self, uid: str, version_id: int) -> ChangeSet:
        return restore_version(self.path, uid, version_id)

    def delete(self, uid: str) -> ChangeSet:
        return delete_note(self.path, uid)

    def undelete(self, uid: str) -> ChangeSet:
        return undelete_note(self.path, uid)

    def empty_trash(self) -> tuple[int, ChangeSet]:
        return empty_trash(self.path)

    def search(self, query: str, tag: str | None = None, device: str | None = None, limit: int = 200,
               linked_any: Any = None) -> builtins.list[NoteHitDTO]:
        return search_notes(self.path, query, tag, device, limit, linked_any)

    def export(self, folder: Path | str, uids: Iterable[str] | None = None,
               replace: bool = False) -> builtins.list[Path]:
        return export_notes(self.path, folder, uids, replace)

    def import_files(self, source: Path | str) -> dict[str, int]:
        return import_notes(self.path, source)
