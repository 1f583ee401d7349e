"""Opening a store: make a file a usable, current, seeded ChipLens database, or refuse it with advice."""
from __future__ import annotations

from pathlib import Path

from db import read
from db.api._session import guard, reading, store_error
from db.dto import StoreInfo
from db.errors import CorruptDatabaseError, NewerSchemaError
from db.integrity import check_header, ensure_folder, foreign_key_check, has_tables, quick_check, schema_revision
from db.migrations import HEAD, KNOWN_REVISIONS

__all__ = ["DB_FILENAME", "HEAD", "KNOWN_REVISIONS", "create_empty_store", "open_store", "store_error"]

DB_FILENAME = "chiplens.sqlite"


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
        with reading(path) as conn:
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
    with guard(path):
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
