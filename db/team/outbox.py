"""The store's queue of changes to shared rows (team_outbox): one entry per row, written in the transaction that
made the change (db.team.sync sends it; db.team.shared_notes fills it for notes)."""
from __future__ import annotations

import json
import sqlite3
import uuid as uuids
from datetime import datetime, timezone
from typing import Any


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def queue_change(conn: sqlite3.Connection, kind: str, uid: str, body: dict[str, Any] | None) -> None:
    """Queue, in `conn`'s transaction, the new body of the shared row `uid` (None: deleted); a row already queued
    keeps one entry: the newest body, the server version it started from, and its earlier change ids."""
    text = None if body is None else json.dumps(body, ensure_ascii=False, sort_keys=True)
    pending = conn.execute("SELECT change_id, earlier_ids FROM team_outbox WHERE uuid = ?", (uid,)).fetchone()
    change = str(uuids.uuid4())
    if pending is not None:  # the same row again: one entry, the newest body, the version it started from
        earlier = " ".join(x for x in (pending[1], pending[0]) if x)
        conn.execute("UPDATE team_outbox SET change_id = ?, earlier_ids = ?, body = ?, queued = ? WHERE uuid = ?",
                     (change, earlier, text, now(), uid))
        return
    base = conn.execute("SELECT version FROM team_item WHERE uuid = ?", (uid,)).fetchone()
    conn.execute("INSERT INTO team_outbox (change_id, earlier_ids, uuid, kind, body, base_version, queued) "
                 "VALUES (?, '', ?, ?, ?, ?, ?)", (change, uid, kind, text, base[0] if base else None, now()))


def waits(conn: sqlite3.Connection, uid: str) -> bool:
    """Whether a change of the shared row `uid` is queued here or kept in an unsettled conflict (a pull then
    leaves the analyst's own row as it is here)."""
    return conn.execute("SELECT 1 FROM team_outbox WHERE uuid = ? UNION ALL SELECT 1 FROM team_conflict "
                        "WHERE uuid = ? AND resolved IS NULL", (uid, uid)).fetchone() is not None
