"""The surface the desktop and the command line use: plain values in, frozen DTOs out.

Each call opens a short connection. Reads use plain sqlite3 (`db.read`) so that start-up never
imports SQLAlchemy; migrations (Alembic) and writes (SQLAlchemy) are imported when needed.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from contextlib import closing, contextmanager
from pathlib import Path

from db import notes, read
from db.files import atomic_write  # noqa: F401  (re-exported)
from db.compare import Bundle, build_comparison, scale_to_match  # noqa: F401  (re-exported)
from db.dto import (CatalogEditDTO, ChangeSet, ComparisonDTO, ComponentDTO, DeviceDTO, EventDTO, MetricDTO, NoteDTO,
                    NoteHitDTO, NoteSummaryDTO, NoteVersionDTO, OrganisationDTO, PairingDTO, SourceDTO, StoreInfo,
                    ValueDTO)
from db.errors import CorruptDatabaseError, EventValidationError, NewerSchemaError, StoreError, UnknownEventError
from db.events import CATEGORIES, CONFIDENCES, JURISDICTIONS, fields_of, overlaps, parse_iso_date, validate_event
from db.integrity import (check_header, connect, ensure_folder, foreign_key_check, has_tables, quick_check,
                          schema_revision, translate)
from db.migrations import HEAD, KNOWN_REVISIONS
from db.units import PLAIN, NumberStyle

DB_FILENAME = "chiplens.sqlite"


@contextmanager
def _guard(path: Path):
    """Turn sqlite3 and OS errors (also wrapped by SQLAlchemy) into StoreErrors with advice."""
    try:
        yield
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise translate(exc, Path(path)) from exc
    except Exception as exc:
        inner = getattr(exc, "orig", None)
        if isinstance(inner, sqlite3.Error):
            raise translate(inner, Path(path)) from exc
        raise


def open_store(path: Path) -> StoreInfo:
    """Make `path` a usable, current, seeded store; raise StoreError with advice if it cannot be.

    Refuses (and leaves untouched) a file that is not SQLite, is damaged, is another program's
    database, or was written by a newer ChipLens. Backs up before any migration.
    """
    path = Path(path)
    ensure_folder(path.parent)
    # an empty file is a new store, unless there are backups: then data was lost, and it is treated as damage
    fresh = not path.exists() or (path.stat().st_size == 0
                                  and not any((path.parent / "backups").glob("chiplens-*.sqlite")))
    revision, stored_seed = None, None
    if not fresh:
        check_header(path)
        with _guard(path), closing(connect(path)) as conn:
            quick_check(conn, path)
            revision = schema_revision(conn)
            if revision is None and has_tables(conn):
                raise CorruptDatabaseError(
                    "This SQLite file is not a ChipLens database (it has no ChipLens schema). It was left "
                    "untouched. Start ChipLens with --data-dir DIR to use another folder, or move the file "
                    f"aside.\n\nDatabase: {path}", str(path))
            foreign_key_check(conn, path)
            if revision == HEAD:
                stored_seed = read.meta(conn, "seed_hash")
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(
                f"This database was written by a newer version of ChipLens (schema {revision}; this version "
                f"knows up to {HEAD}). It was left untouched. Install the newer ChipLens, or start this one "
                f"with --data-dir DIR to use another folder.\n\nDatabase: {path}", str(path))
    info = StoreInfo(str(path), HEAD)
    backup = None
    with _guard(path):
        if revision != HEAD:
            from db import migrate
            if revision is not None:
                from db.backup import backup_database
                backup = str(backup_database(path, path.parent / "backups", f"schema-{revision}"))
            migrate.upgrade(path)
        import resources
        if stored_seed != resources.seed_hash():
            from db import seed
            seeded = seed.seed(path)
            info = StoreInfo(str(path), HEAD, revision if revision != HEAD else None, seeded, backup)
        elif revision != HEAD:
            info = StoreInfo(str(path), HEAD, revision, {}, backup)
    return info


def _read(path: Path, fn, *args):
    with _guard(path), closing(connect(Path(path))) as conn:
        return fn(conn, *args)


def list_devices(path: Path) -> list[DeviceDTO]:
    return _read(path, read.devices)


def list_metrics(path: Path) -> list[MetricDTO]:
    return _read(path, read.metrics)


def list_pairings(path: Path) -> list[PairingDTO]:
    return _read(path, read.pairings)


def list_sources(path: Path) -> list[SourceDTO]:
    return _read(path, read.sources)


def resolve_device(path: Path, name: str) -> str:
    """Slug for a slug, name or alias (case-insensitive); UnknownDeviceError with suggestions."""
    return _read(path, read.resolve_device, name)


def load_bundle(conn: sqlite3.Connection, slugs: list[str]) -> Bundle:
    devs = {d.slug: d for d in read.devices(conn, slugs)}
    comps = {s: read.components(conn, s) for s in slugs if devs.get(s) and devs[s].kind == "system"}
    parts = sorted({c.device_slug for cs in comps.values() for c in cs if c.device_slug} - set(slugs))
    if parts:
        devs.update({d.slug: d for d in read.devices(conn, parts)})
    return Bundle(read.metrics(conn), devs, read.values(conn, list(slugs) + parts), comps, read.choices(conn, list(slugs)))


def compare(path: Path, a: str, b: str, style: NumberStyle = PLAIN) -> ComparisonDTO:
    """Compare two devices given by slug, name or alias."""
    def _run(conn):
        slug_a, slug_b = read.resolve_device(conn, a), read.resolve_device(conn, b)
        return build_comparison(load_bundle(conn, [slug_a, slug_b]), slug_a, slug_b, style)
    return _read(path, _run)


def choose_value(path: Path, device_slug: str, metric_key: str, value_uid: str | None) -> ChangeSet:
    """Pin the figure a cell shows to one value (None: back to the automatic preference)."""
    from sqlalchemy import delete, insert

    from db.engine import make_engine
    from db.schema import ValueChoice
    engine = make_engine(Path(path))
    try:
        with _guard(path), engine.begin() as conn:
            conn.execute(delete(ValueChoice).where(ValueChoice.device_slug == device_slug,
                                                   ValueChoice.metric_key == metric_key))
            if value_uid is not None:
                conn.execute(insert(ValueChoice).values(device_slug=device_slug, metric_key=metric_key,
                                                        value_uid=value_uid))
    finally:
        engine.dispose()
    return ChangeSet(frozenset({"choice"}), frozenset({device_slug}), frozenset({metric_key}))


def save_pairing(path: Path, name: str, a: str, b: str) -> tuple[str, ChangeSet]:
    """Save a user pairing (kept across re-seeding); returns its slug."""
    import re

    from sqlalchemy import insert, select

    from db.engine import make_engine
    from db.schema import Device, Pairing
    engine = make_engine(Path(path))
    try:
        with _guard(path), engine.begin() as conn:
            ids = dict(conn.execute(select(Device.slug, Device.id).where(Device.slug.in_([a, b]))).all())
            base = "user-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "pairing")
            slug, n = base, 1
            while conn.execute(select(Pairing.id).where(Pairing.slug == slug)).first():
                n += 1
                slug = f"{base}-{n}"
            conn.execute(insert(Pairing).values(slug=slug, name=name, device_a_id=ids[a], device_b_id=ids[b],
                                                position=0, origin="user"))
    finally:
        engine.dispose()
    return slug, ChangeSet(frozenset({"pairing"}), frozenset({a, b}))


def _check_choices(name: str, given: Collection[str] | None, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(given or ()) - set(allowed))
    if unknown:
        raise ValueError(f"unknown {name}: {', '.join(unknown)} (known: {', '.join(allowed)})")


def _check_event_filters(date_from: str | None, date_to: str | None, categories, jurisdictions, confidences) -> None:
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and parse_iso_date(value) is None:
            raise ValueError(f"{name} {value!r} is not a date written YYYY-MM-DD")
    _check_choices("category", categories, CATEGORIES)
    _check_choices("jurisdiction", jurisdictions, JURISDICTIONS)
    _check_choices("confidence", confidences, CONFIDENCES)


def _matches_text(event: EventDTO, needle: str) -> bool:
    haystack = (event.title, event.summary, event.actor, *event.tags)
    return any(needle in text.casefold() for text in haystack)


def list_events(path: Path, date_from: str | None = None, date_to: str | None = None,
                categories: Collection[str] | None = None, jurisdictions: Collection[str] | None = None,
                confidences: Collection[str] | None = None, device: str | None = None,
                text: str | None = None) -> list[EventDTO]:
    """Events sorted by date then title, filtered by every criterion given (None: no filter).

    An event matches a date range (ISO dates, inclusive) if its period overlaps it: a
    month-precision event of 2025-04 matches date_from='2025-04-15'. An empty collection of
    categories, jurisdictions or confidences matches nothing. `device` is a slug, name or alias
    (UnknownDeviceError with suggestions if none matches); `text` is searched, ignoring case, in
    the title, summary, actor and tags. Unknown values raise ValueError.
    """
    _check_event_filters(date_from, date_to, categories, jurisdictions, confidences)
    needle = text.casefold().strip() if text else ""

    def keep(e: EventDTO, slug: str | None) -> bool:
        return (overlaps(e.date, e.end, date_from, date_to)
                and (categories is None or e.category in categories)
                and (jurisdictions is None or e.jurisdiction in jurisdictions)
                and (confidences is None or e.confidence in confidences)
                and (slug is None or slug in e.devices)
                and (not needle or _matches_text(e, needle)))

    def _run(conn):
        slug = read.resolve_device(conn, device) if device else None
        return [e for e in read.events(conn) if keep(e, slug)]
    return _read(path, _run)


def get_event(path: Path, uid: str) -> EventDTO:
    """The event with this uid; UnknownEventError if there is none."""
    found = _read(path, read.events, [uid])
    if not found:
        raise UnknownEventError(uid)
    return found[0]


def _resolve_devices(path: Path, names: Iterable[str]) -> list[str]:
    return _read(path, lambda conn: [read.resolve_device(conn, n) for n in names])


def _validated(fields: Mapping[str, object]) -> None:
    errors = validate_event(fields)
    if errors:
        raise EventValidationError(errors)


def _write(path: Path, fn):
    """Run fn(conn) in one SQLAlchemy transaction on the store."""
    from db.engine import make_engine
    engine = make_engine(Path(path))
    try:
        with _guard(path), engine.begin() as conn:
            return fn(conn)
    finally:
        engine.dispose()


def _editable(found: tuple[int, str] | None, uid: str, action: str) -> int:
    if found is None:
        raise UnknownEventError(uid)
    event_id, origin = found
    if origin != "user":
        raise ValueError(f"event {uid!r} comes with ChipLens and cannot be {action}; only your own events can")
    return event_id


def save_event(path: Path, fields: Mapping[str, object], uid: str | None = None) -> tuple[str, ChangeSet]:
    """Create a user event (uid None) or edit one of the user's events; returns its uid.

    `fields` uses EventDTO's names (date, precision, title, summary, actor, jurisdiction, category,
    confidence, sources, devices, tags); sources are EventSourceDTOs or dicts with publisher, title,
    url, date; devices are slugs, names or aliases. Invalid fields raise EventValidationError (a
    ValueError) listing every problem; seed events are not editable (ValueError).
    """
    import uuid

    from db import event_writes
    from db.events import utc_now
    _validated(fields)
    slugs = _resolve_devices(path, fields.get("devices") or ())
    before = get_event(path, uid).devices if uid is not None else ()

    def _run(conn) -> str:
        data = event_writes.content(fields, event_writes.device_ids(conn, slugs))
        if uid is None:
            new_uid = uuid.uuid4().hex
            event_writes.insert_event(conn, new_uid, "user", data, utc_now(), utc_now())
            return new_uid
        event_id = _editable(event_writes.find_event(conn, uid), uid, "edited")
        event_writes.update_event(conn, event_id, data, utc_now())
        return uid
    saved = _write(path, _run)
    return saved, ChangeSet(frozenset({"event"}), frozenset(before) | frozenset(slugs))


def delete_event(path: Path, uid: str) -> tuple[EventDTO, ChangeSet]:
    """Delete one of the user's events; returns it as it was, so that restore_event can undo."""
    from sqlalchemy import delete

    from db import event_writes
    from db.schema import Event
    event = get_event(path, uid)

    def _run(conn) -> None:
        event_id = _editable(event_writes.find_event(conn, uid), uid, "deleted")
        conn.execute(delete(Event).where(Event.id == event_id))
    _write(path, _run)
    return event, ChangeSet(frozenset({"event"}), frozenset(event.devices))


def restore_event(path: Path, event: EventDTO) -> ChangeSet:
    """Put back a deleted event with the same uid, origin and timestamps (ValueError if the uid exists)."""
    from db import event_writes
    from db.events import utc_now
    _validated(fields_of(event))
    slugs = _resolve_devices(path, event.devices)

    def _run(conn) -> None:
        if event_writes.find_event(conn, event.uid) is not None:
            raise ValueError(f"an event with uid {event.uid!r} already exists")
        data = event_writes.content(fields_of(event), event_writes.device_ids(conn, slugs))
        now = utc_now()
        event_writes.insert_event(conn, event.uid, event.origin, data, event.created or now, event.updated or now)
    _write(path, _run)
    return ChangeSet(frozenset({"event"}), frozenset(slugs))


def export_rows(path: Path) -> tuple[list[DeviceDTO], list[MetricDTO], list[SourceDTO], list[dict]]:
    """Every device, metric, source and stored value, as plain rows for `export data`."""
    return _read(path, _export_rows)[:4]


def _export_rows(conn: sqlite3.Connection):
    """export_rows' result, plus the uid of each value row (a data pack's choices point at rows)."""
    from db.compare import describe
    devs = read.devices(conn)
    mets = read.metrics(conn)
    by_key = {m.key: m for m in mets}
    vals = read.values(conn, [d.slug for d in devs])
    rows, uids = [], []
    for d in devs:
        for m in mets:
            for v in vals.get((d.slug, m.key), []):
                uids.append(v.uid)
                rows.append({
                    "device": d.slug, "device_name": d.name, "metric": m.key, "metric_label": m.label,
                    "value": v.value_num if v.value_num is not None else v.value_text, "unit": m.unit if v.value_num is not None else "",
                    "display": describe(v, by_key[m.key]), "qualifier": v.qualifier or "", "approximate": v.approximate,
                    "confidence": v.confidence or "", "source": v.source.key if v.source else "",
                    "publisher": v.source.publisher if v.source else "", "title": v.source.title if v.source else "",
                    "url": (v.source.url or "") if v.source else "", "source_date": v.source.date_text if v.source else "",
                    "as_of": v.as_of or "", "note": v.note, "origin": v.origin})
    return devs, mets, read.sources(conn), rows, uids


def export_data(path: Path, target: Path) -> int:
    """Write the catalog to `target`, atomically: .json a data pack (devices with aliases and composition,
    metrics, sources, values, pairings and groups, value choices: see db.pack), .csv the values only, one a
    row. Returns the number of values."""
    target = Path(target)
    if target.suffix.lower() == ".json":
        from db import pack
        doc = _read(path, lambda conn: pack.document(conn, *_export_rows(conn)))
        rows = doc["values"]
        payload = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    elif target.suffix.lower() == ".csv":
        rows = export_rows(path)[3]
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else ["device"], lineterminator="\n")
        writer.writeheader()
        from db.importers.text import escape_row  # cells starting with = + - @ cannot run as formulas
        writer.writerows(escape_row(r) for r in rows)
        payload = buf.getvalue().encode("utf-8-sig")
    else:
        raise ValueError(f"unsupported export format {target.suffix!r}: use .json or .csv")
    atomic_write(target, payload)
    return len(rows)


# ---------------------------------------------------------------- analyst notes (plain sqlite3: see db.notes)

NOTE_CHANGE = ChangeSet(frozenset({"note"}))


@contextmanager
def _note_write(path: Path):
    """One IMMEDIATE transaction on a connection with the house pragmas; committed, or rolled back on error."""
    with _guard(path), closing(connect(Path(path))) as conn:
        conn.isolation_level = None
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite already rolled back after SQLITE_FULL / IOERR: keep that error
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


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
    uids = list(uids)
    return _read(path, lambda conn: notes.list_notes(conn, uids=uids)) if uids else []


def get_note(path: Path, uid: str) -> NoteDTO:
    """The note with its body (also when it is in the trash); UnknownNoteError if there is none."""
    return _read(path, notes.get_note, uid)


def create_note(path: Path, title: str, body: str = "", tags=(), links=()) -> tuple[str, ChangeSet]:
    """A new note; returns its uid. Links are (kind, target) pairs, 'kind:target' texts or NoteLinkDTOs;
    a device may be named by slug, name or alias. UnknownLinkError (a ValueError) if a target does not exist."""
    tags, links = notes.clean_tags(tags), notes.clean_links(links)
    with _note_write(path) as conn:
        uid = notes.insert_note(conn, title, body, tags, notes.check_links(conn, links))
        return uid, _note_change(conn, [uid])


def save_note(path: Path, uid: str, title: str, body: str, tags=None, links=None,
              checkpoint: bool = False) -> ChangeSet:
    """Save a note's text (tags / links None: unchanged). The previous title and body are kept as a
    version when they changed and the newest version is older than 10 minutes, or when `checkpoint`.
    New links are checked like create_note's; links already on the note are kept even if their target is gone."""
    tags = None if tags is None else notes.clean_tags(tags)
    links = None if links is None else notes.clean_links(links)
    with _note_write(path) as conn:
        before = _note_change(conn, [uid]) if links is not None else NOTE_CHANGE
        if links is not None:
            links = notes.check_links(conn, links, known=notes.stored_links(conn, uid))
        notes.update_note(conn, uid, title, body, tags, links, checkpoint)
        after = _note_change(conn, [uid])
    return ChangeSet(frozenset({"note"}), before.device_slugs | after.device_slugs)


def list_versions(path: Path, uid: str) -> list[NoteVersionDTO]:
    """Earlier versions of a note, newest first; UnknownNoteError if there is no such note."""
    return _read(path, notes.list_versions, uid)


def restore_version(path: Path, uid: str, version_id: int) -> ChangeSet:
    """Make a version the note's text again; the current text is kept as a version first."""
    with _note_write(path) as conn:
        notes.restore_version(conn, uid, version_id)
        return _note_change(conn, [uid])


def delete_note(path: Path, uid: str) -> ChangeSet:
    """Move a note to the trash (undelete_note brings it back; empty_trash removes it for good)."""
    with _note_write(path) as conn:
        notes.set_deleted(conn, uid, True)
        return _note_change(conn, [uid])


def undelete_note(path: Path, uid: str) -> ChangeSet:
    with _note_write(path) as conn:
        notes.set_deleted(conn, uid, False)
        return _note_change(conn, [uid])


def empty_trash(path: Path) -> tuple[int, ChangeSet]:
    """Remove the notes in the trash, with their versions, for good; returns how many."""
    with _note_write(path) as conn:
        gone = [r[0] for r in conn.execute("SELECT uid FROM note WHERE deleted IS NOT NULL")]
        change = _note_change(conn, gone)
        return notes.empty_trash(conn), change


def search_notes(path: Path, query: str, tag: str | None = None, device: str | None = None,
                 limit: int = 200, linked_any=None) -> list[NoteHitDTO]:
    """Full-text search of the notes not in the trash (title, body, tags), best match first.

    Every word must match: latin words as prefixes ('Semi' finds SemiAnalysis), Chinese or Japanese
    text as an exact run of characters ('昇腾'). Snippets mark matches with [[ and ]]. A query with
    nothing searchable in it (only punctuation or emoji) finds nothing. `linked_any`, a list of
    (kind, target) links, keeps only the notes linked to one of them.
    """
    return _read(path, lambda conn: notes.search(conn, query, tag, device, limit, linked_any))


def export_notes(path: Path, folder, uids=None) -> list[Path]:
    """Write one Markdown file per note (all notes not in the trash, or those given) into `folder`,
    atomically; returns the files. Names are the title's slug plus the start of the uid."""
    from db import notes_files
    folder = Path(folder)

    def _run(conn):
        wanted = [s.uid for s in notes.list_notes(conn)] if uids is None else list(uids)
        return [notes.get_note(conn, uid) for uid in wanted]
    found = _read(path, _run)
    taken: set[str] = set()
    written = []
    for note in found:
        target = folder / notes_files.file_name(note, taken)
        atomic_write(target, notes_files.render(note).encode("utf-8"))
        written.append(target)
    return written


def import_notes(path: Path, source) -> dict:
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
            existing = None
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


# ---------------------------------------------------------------- comparing up to four; editing the catalog

def compare_many(path: Path, names: Iterable[str], baseline: int | str | None = None,
                 style: NumberStyle = PLAIN) -> ComparisonDTO:
    """Compare 2 to 4 devices (slugs, names or aliases) with ratios against the `baseline` column: an
    index, or the name of one of the devices; default the second (a pair reads A ÷ B)."""
    from db.compare import compare_devices
    names = list(names)

    def _run(conn):
        slugs = [read.resolve_device(conn, n) for n in names]
        index = baseline
        if isinstance(baseline, str):
            wanted = read.resolve_device(conn, baseline)
            if wanted not in slugs:
                raise ValueError(f"the baseline {baseline!r} is not one of the compared devices")
            index = slugs.index(wanted)
        return compare_devices(load_bundle(conn, slugs), slugs, index, style)
    return _read(path, _run)


def get_value(path: Path, uid: str) -> ValueDTO | None:
    """The stored value with this uid (None if there is none)."""
    def _run(conn):
        row = conn.execute("SELECT d.slug FROM spec_value v JOIN device d ON d.id = v.device_id WHERE v.uid = ?",
                           (uid,)).fetchone()
        if row is None:
            return None
        return next((v for vs in read.values(conn, [row[0]]).values() for v in vs if v.uid == uid), None)
    return _read(path, _run)


def device_components(path: Path, slug: str) -> list[ComponentDTO]:
    """The composition of a system (empty for a chip)."""
    return _read(path, read.components, slug)


def list_organisations(path: Path) -> list[OrganisationDTO]:
    return _read(path, lambda conn: [OrganisationDTO(*r) for r in conn.execute(
        "SELECT slug, name, country FROM organisation ORDER BY name")])


_EDIT_KINDS = {"device": frozenset({"device"}), "source": frozenset({"source"}),
               "value": frozenset({"value", "choice"}), "pairing": frozenset({"pairing"})}


def _edit_change(edit: CatalogEditDTO) -> ChangeSet:
    from db.catalog_writes import affected
    devices, metrics = set(), set()
    for state in (edit.before, edit.after):
        d, m = affected(edit.kind, state)
        devices |= d
        metrics |= m
    if edit.kind == "device":
        devices.add(edit.key)
    return ChangeSet(_EDIT_KINDS[edit.kind], frozenset(devices), frozenset(metrics))


def _catalog_write(path: Path, name: str, *args, **kwargs) -> tuple[CatalogEditDTO, ChangeSet]:
    from db import catalog_writes
    edit = _write(path, lambda conn: getattr(catalog_writes, name)(conn, *args, **kwargs))
    return edit, _edit_change(edit)


def save_device(path: Path, fields: Mapping[str, object], slug: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Add a device (slug None) or edit one: name, kind, family, status, vendor, country, aliases, racks,
    racks_note, components (dicts: name, role, count, device, source, confidence). An edited bundled
    device becomes the user's and re-seeding leaves it alone. CatalogValidationError lists problems."""
    return _catalog_write(path, "save_device", fields, slug)


def save_source(path: Path, fields: Mapping[str, object], key: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Add a source (key None) or edit one: publisher, title, url, date, kind."""
    return _catalog_write(path, "save_source", fields, key)


def save_value(path: Path, fields: Mapping[str, object], uid: str | None = None,
               style: NumberStyle = PLAIN) -> tuple[CatalogEditDTO, ChangeSet]:
    """Add a value or edit one of the user's: device, metric, value (typed, with or without a unit:
    '1.2 PFLOPS'), qualifier, approximate, source, confidence, as_of, note, prefer (show it in the cell).
    Editing a bundled value saves the correction as a new user value (edit.key is its uid)."""
    return _catalog_write(path, "save_value", fields, uid, style)


def delete_value(path: Path, uid: str) -> tuple[CatalogEditDTO, ChangeSet]:
    return _catalog_write(path, "delete_value", uid)


def save_group(path: Path, name: str, devices: Iterable[str], baseline: int = 1,
               slug: str | None = None) -> tuple[CatalogEditDTO, ChangeSet]:
    """Save a named pairing or group of 2-4 devices (slugs) with its baseline column (kept across re-seeding)."""
    return _catalog_write(path, "save_pairing", name, list(devices), baseline, slug)


def delete_pairing(path: Path, slug: str) -> tuple[CatalogEditDTO, ChangeSet]:
    return _catalog_write(path, "delete_pairing", slug)


def undo_edit(path: Path, edit: CatalogEditDTO) -> ChangeSet:
    """Put the row back as it was before `edit`."""
    from db import catalog_writes
    _write(path, lambda conn: catalog_writes.restore(conn, edit.kind, edit.key, edit.before))
    return _edit_change(edit)


def redo_edit(path: Path, edit: CatalogEditDTO) -> ChangeSet:
    """Make `edit` again, exactly as it was first made."""
    from db import catalog_writes
    _write(path, lambda conn: catalog_writes.restore(conn, edit.kind, edit.key, edit.after))
    return _edit_change(edit)


# ---------------------------------------------------------------- importing data (see db.importers.plan)


def plan_import(path: Path, file: Path, fmt: str | None = None, progress=None):
    """What importing `file` (Epoch AI CSV, ChipLens CSV or JSON pack; `fmt` None: detected) would add,
    change, skip and remove, and every error with its file, row, column and value; nothing is written.
    `progress(done, total)` is called while rows are read. DataImportError if the file cannot be read at all."""
    from db.importers import plan as imp
    with _guard(path), closing(connect(Path(path))) as conn:
        parsed, ctx = imp.read_file(conn, Path(file), fmt, progress)
        return imp.make_plan(parsed, ctx)[0]


def apply_import(path: Path, plan, valid_only: bool = False):
    """Write a plan in one transaction, after a safety backup ("before-import"); returns (ImportResult,
    ChangeSet). A plan with errors raises DataImportError and writes nothing, unless `valid_only` (then the
    rows with errors are left out).
    The plan is recomputed inside the transaction, so that it matches the store at that moment."""
    from dataclasses import replace

    from db.backup import backup_before
    from db.importers import plan as imp
    imp.refuse_if_errors(plan, valid_only)
    backup = None
    if plan.added or plan.changed or plan.removed:
        backup = str(backup_before(Path(path), "import"))  # StoreError (disk full...) stops the import here
    with _note_write(path) as conn:
        ctx = imp.load_context(conn)
        fresh, work = imp.make_plan(plan.parsed, ctx)
        result = replace(imp.write(conn, fresh, ctx, work), backup=backup)
    kinds = {"import", "value"} | ({"device"} if result.new_devices else set()) | result.kinds
    return result, ChangeSet(frozenset(kinds), result.device_slugs, result.metric_keys)


def create_empty_store(path: Path) -> StoreInfo:
    """A store with the current schema and no data at all (no bundled catalog): what a data pack is imported
    into to restore it exactly. Opening it with open_store later seeds it like any store."""
    path = Path(path)
    ensure_folder(path.parent)
    if path.exists() and path.stat().st_size:
        raise ValueError(f"{path} already exists")
    with _guard(path):
        from db import migrate
        migrate.upgrade(path)
    return StoreInfo(str(path), HEAD)
