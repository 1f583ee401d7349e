"""Opening a store: make a file a usable, current, seeded ChipLens database, or refuse it with advice."""
from __future__ import annotations

from pathlib import Path

from db.api._session import guard, reading, store_error
from db.dto import StoreInfo
from db.errors import CorruptDatabaseError, NewerSchemaError
from db.integrity import (cancel_deferred_check, check_header, defer_full_check, ensure_folder, foreign_key_check,
                          full_check, has_tables, quick_check, run_deferred_check, schema_revision)
from db.migrations import HEAD, KNOWN_REVISIONS

__all__ = ["DB_FILENAME", "HEAD", "KNOWN_REVISIONS", "create_empty_store", "open_store", "stop_verifying",
           "store_error", "verify_store"]

DB_FILENAME = "chiplens.sqlite"


def open_store(path: Path, *, check_later: bool = False) -> StoreInfo:
    """Make `path` a usable, current, seeded store; raise StoreError with advice if it cannot be.

    Refuses (and leaves untouched) a file that is not SQLite, is damaged, is another program's
    database, or was written by a newer ChipLens. Backs up before any migration.

    `check_later` (a window start): only the checks that cost the same whatever the size of the store run
    now (the file header and size, the schema and seed stamps); the full check (quick_check and the foreign
    keys, which read the whole file) is owed: `verify_store` runs it, on a worker after the first paint, and
    until it has passed every write waits for it, so that a damaged store is still refused before anything
    is written. A store that must be migrated or seeded is written at once, so it is fully checked first.
    """
    path = Path(path)
    ensure_folder(path.parent)
    # an empty file is a new store, unless there are backups: then data was lost, and it is treated as damage
    fresh = not path.exists() or (path.stat().st_size == 0
                                  and not any((path.parent / "backups").glob("chiplens-*.sqlite")))
    revision, stored_seed = None, None
    import resources
    seed_hash = resources.seed_hash()
    if not fresh:
        check_header(path)
        with reading(path) as conn:
            if not check_later:
                quick_check(conn, path)
            revision = schema_revision(conn)
            if revision is None and has_tables(conn):
                raise CorruptDatabaseError(
                    "This SQLite file is not a ChipLens database (it has no ChipLens schema). It was left "
                    "untouched. Start ChipLens with --data-dir DIR to use another folder, or move the file "
                    f"aside.\n\nDatabase: {path}", str(path))
            if not check_later:
                foreign_key_check(conn, path)
            if revision == HEAD:
                from db import read
                stored_seed = read.meta(conn, "seed_hash")
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(
                f"This database was written by a newer version of ChipLens (schema {revision}; this version "
                f"knows up to {HEAD}). It was left untouched. Install the newer ChipLens, or start this one "
                f"with --data-dir DIR to use another folder.\n\nDatabase: {path}", str(path))
        if check_later:
            if revision == HEAD and stored_seed == seed_hash:
                defer_full_check(path)  # nothing to write now: checked after the first paint
            else:
                full_check(path)  # a migration or a new seed writes now: a damaged file is refused first
    info = StoreInfo(str(path), HEAD)
    backup = None
    with guard(path):
        if revision != HEAD:
            from db import migrate
            if revision is not None:
                from db.backup import backup_database
                backup = str(backup_database(path, path.parent / "backups", f"schema-{revision}"))
            migrate.upgrade(path)
        if stored_seed != seed_hash:
            from db import seed
            seeded = seed.seed(path)
            info = StoreInfo(str(path), HEAD, revision if revision != HEAD else None, seeded, backup)
        elif revision != HEAD:
            info = StoreInfo(str(path), HEAD, revision, {}, backup)
    return info


def verify_store(path: Path) -> None:
    """The full check `open_store(check_later=True)` left owed (run here, or waited for if a write runs it);
    CorruptDatabaseError if the store is damaged. Nothing owed: returns at once."""
    run_deferred_check(Path(path))


def stop_verifying(path: Path) -> None:
    """Interrupt a running `verify_store` (leaving the app); the check stays owed by later writes."""
    cancel_deferred_check(Path(path))


def create_empty_store(path: Path) -> StoreInfo:
    """A store with the current schema and no data at all (no bundled catalog): what a data pack is imported
    into to restore it exactly. Opening it with open_store later seeds it like any store."""
    path = Path(path)
    ensure_folder(path.parent)
    if path.exists() and path.stat().st_size:
        raise ValueError(f"{path} already exists")
    with guard(path):
        from db import migrate
        migrate.upgrade(path)
    return StoreInfo(str(path), HEAD)
