"""The SQLAlchemy engine over a store file (seeding, migrations, catalog and event writes).

Its connections come from db.connect, so the pragmas live in one place. One engine per store file
is kept for the life of the process; it pools no connection (NullPool), so every transaction opens
the file afresh (a restored or moved-aside store is never written through a stale handle).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from db.connect import Synchronous, connect
from db.integrity import run_deferred_check

_ENGINES: dict[tuple[str, Synchronous], Engine] = {}


def make_engine(path: Path, synchronous: Synchronous = "NORMAL") -> Engine:
    """The engine for the store at `path` (made once, then shared): synchronous NORMAL for seeding and
    migrations, FULL for the analyst's own edits (db.api's catalog and event writes)."""
    file = str(Path(path).absolute())
    engine = _ENGINES.get((file, synchronous))
    if engine is None:
        def creator() -> sqlite3.Connection:
            run_deferred_check(Path(file))  # a store whose full check is owed is checked before it is written
            return connect(Path(file), writing=True, synchronous=synchronous)
        engine = _ENGINES[(file, synchronous)] = create_engine("sqlite://", creator=creator, poolclass=NullPool)
    return engine
