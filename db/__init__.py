"""ChipLens data layer: the SQLite store, its schema and migrations, seeding, comparison logic.

No Qt here. `db.Library(path)` (from `db.api`, with `db.dto` and `db.errors` the only surface the
desktop imports) opens a store, with sub-facades catalog, compare, events, notes, imports, backups and
exports. SQLAlchemy and Alembic are imported lazily, only for writes, seeding and migrations, so that
start-up stays fast.
"""


def __getattr__(name: str) -> object:
    """`db.Library`, imported on first use (importing any db module stays light)."""
    if name == "Library":
        from db.api.library import Library
        return Library
    raise AttributeError(f"module 'db' has no attribute {name!r}")
