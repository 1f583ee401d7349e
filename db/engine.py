"""SQLAlchemy engine over the store file, with the house pragmas on every connection."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from db import integrity


def make_engine(path: Path) -> Engine:
    timeout_ms = integrity.BUSY_TIMEOUT_MS
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={timeout_ms}")
        cur.close()

    return engine
