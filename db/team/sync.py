"""Sync between this computer's store (SQLite, the offline working copy) and the team library (PostgreSQL).

Every change to a shared row is made in the store first and queued (`queue`: team_outbox, one entry per row; a
later edit of the same row replaces its body and keeps the server version it started from). `push` sends the
queue in one server transaction, `pull` fetches what others changed in batches, each applied in one store
transaction with the watermark, so either stops anywhere and resumes without loss or duplicates:

- a push retried after a crash (the server committed, the store did not hear it) recognises its own work by the
  change id the server kept (item.last_change) and does not count it as a conflict;
- a row someone else changed since this one was based on it is never overwritten: both versions go to
  team_conflict (mine, theirs, who, which version) for the analyst to pick or merge, and the queue entry leaves;
- a pull takes only what finished transactions wrote: rows written by transactions older than the server
  snapshot's xmin (item.txid), so a long transaction's rows are not skipped when it commits late.

The server decides who may write (row-level security, db/team/server.py): a change it refuses is kept as a
conflict with reason 'refused', never dropped.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

from db.connect import connect
from db.team.outbox import now as _now
from db.team.outbox import queue_change
from db.team.server import TeamError, check_schema

PULL_BATCH = 2000
Hook = Callable[[str], None]  # tests: called at named points of a sync ("pushed", "pulled-batch")
Progress = Callable[[str, int, int], None]  # ("push" | "pull", rows done, rows in all)


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    queued: int  # still waiting (0 after a full sync)


def queue(store: Path, kind: str, uid: str, body: dict[str, Any] | None) -> None:
    """Queue a change of the shared row `uid` made in this store: its new body, or None when it was deleted."""
    with connect(store, writing=True, synchronous="FULL") as conn:
        queue_change(conn, kind, uid, body)


def queued(store: Path) -> int:
    with connect(store) as conn:
        return int(conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0])


def sync(store: Path, engine: Engine, hook: Hook | None = None, progress: Progress | None = None) -> SyncReport:
    """Queue what the analyst changed since the last sync, push the queue, then pull what others changed (the
    server checked first: a newer schema is refused)."""
    from db.team import shared_rows
    with connect(store, writing=True, synchronous="FULL") as conn:
        shared_rows.collect(conn)
    pushed, conflicts = push(store, engine, hook, progress)
    pulled = pull(store, engine, hook, progress)
    return SyncReport(pushed, pulled, conflicts, queued(store))


def _raise_server_error(exc: Exception) -> NoReturn:
    """A failed sync in words: the server gone, or what it refused (the queue is kept either way)."""
    import sqlalchemy as sa
    from db.team.connection import password_refused
    if password_refused(exc):
        from db.team.server import PasswordRefusedError
        raise PasswordRefusedError("The team library's server refused the user name or password. Your changes stay "
                                   "queued on this computer.") from exc
    if isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        raise TeamError("The team library's server cannot be reached or stopped answering. Your changes stay "
                        "queued on this computer; sync again once it is back.") from exc
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    raise TeamError(f"The team library's server refused the sync: {detail}. Your changes stay queued on this "
                    "computer.") from exc


def push(store: Path, engine: Engine, hook: Hook | None = None, progress: Progress | None = None) -> tuple[int, int]:
    """Send the queue (one server transaction); returns (rows written, conflicts kept)."""
    import sqlalchemy as sa
    with connect(store) as conn:
        entries = conn.execute("SELECT id, change_id, earlier_ids, uuid, kind, body, base_version FROM team_outbox "
                               "ORDER BY id").fetchall()
    if not entries:
        return 0, 0
    done: list[int] = []
    conflicts: list[tuple[Any, ...]] = []
    try:
        with engine.begin() as srv:
            check_schema(srv)
            for n, (entry_id, change, earlier, uid, kind, body, base) in enumerate(entries):
                if progress and n % 200 == 0:
                    progress("push", n, len(entries))
                outcome = _push_one(srv, sa, change, earlier.split(), uid, kind, body, base)
                if outcome is not None:
                    conflicts.append((uid, kind, body, *outcome))
                done.append(entry_id)
            if hook:
                hook("before-server-commit")
    except TeamError:
        raise
    except sa.exc.DBAPIError as exc:
        _raise_server_error(exc)
    if hook:
        hook("pushed")  # the server has it; the store does not know yet (a crash here is retried safely)
    with connect(store, writing=True, synchronous="FULL") as conn:
        conn.executemany("DELETE FROM team_outbox WHERE id = ?", [(i,) for i in done])
        conn.executemany("INSERT INTO team_conflict (uuid, kind, mine, theirs, theirs_version, theirs_author, reason, "
                         "noticed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(*c, _now()) for c in conflicts])
    return len(done) - len(conflicts), len(conflicts)


def _push_one(srv: Connection, sa: Any, change: str, earlier: list[str], uid: str, kind: str, body: str | None,
              base: int | None) -> tuple[Any, ...] | None:
    """Write one queued change; None when written (or already written by an earlier try), else the conflict's
    (theirs, theirs_version, theirs_author, reason): who wrote the library's version when it was edited elsewhere,
    whose row it is when the library refused."""
    read = sa.text("SELECT version, CAST(last_change AS text), changed_by, CAST(body AS text), deleted_at, author "
                   "FROM item WHERE uuid = :u")
    row = srv.execute(read, {"u": uid}).first()
    if row is None:
        if body is None:
            return None  # made and deleted before it ever reached the server
        srv.execute(sa.text("INSERT INTO item (uuid, kind, body, last_change) VALUES (:u, :k, CAST(:b AS jsonb), "
                            ":c)"), {"u": uid, "k": kind, "b": body, "c": change})
        return None
    version, last, changed_by, theirs, deleted, author = row
    if last == change:
        return None  # this very change, written by a try the store did not hear back from
    if last not in earlier and base != version:
        return (None if deleted else theirs, version, changed_by, "edited_elsewhere")
    # based on the server's version (or on a change of ours an earlier try wrote): apply it, if that version is
    # still the server's when the update runs (another client may be between our read and our write)
    written = srv.execute(sa.text(
        "UPDATE item SET body = COALESCE(CAST(:b AS jsonb), body), deleted_at = CASE WHEN :del THEN now() END, "
        "last_change = :c WHERE uuid = :u AND version = :v"),
        {"b": body, "del": body is None, "c": change, "u": uid, "v": version}).rowcount
    if written == 1:
        return None
    now = srv.execute(read, {"u": uid}).first()
    if now is not None and now[0] != version:  # changed meanwhile
        return (None if now[4] else now[3], now[0], now[2], "edited_elsewhere")
    return (None if deleted else theirs, version, author, "refused")  # row-level security: its author's or an admin's


def _watermark(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM team_state WHERE key = 'pulled_below'").fetchone()
    return row[0] if row else "0"


def pull(store: Path, engine: Engine, hook: Hook | None = None, progress: Progress | None = None) -> int:
    """Fetch the rows written since the last pull, in batches; returns how many changed something here (this
    store's own changes coming back do not)."""
    import sqlalchemy as sa
    total = fetched = 0
    try:
        with engine.connect() as srv:
            check_schema(srv)
            me = str(srv.execute(sa.text("SELECT current_user")).scalar())
            horizon = srv.execute(sa.text("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)")).scalar()
            with connect(store) as conn:
                since = _watermark(conn)
            expected = int(srv.execute(sa.text(
                "SELECT count(*) FROM item WHERE txid >= CAST(:since AS xid8) AND txid < CAST(:horizon AS xid8)"),
                {"since": since, "horizon": horizon}).scalar() or 0)
            srv.rollback()
            if progress:
                progress("pull", 0, expected)
            after: tuple[str, str] | None = None  # the last (txid, uuid) of the batch before
            while True:
                rows = srv.execute(sa.text(
                    "SELECT CAST(uuid AS text), kind, CAST(body AS text), author, version, "
                    "CAST(updated_at AS text), CAST(deleted_at AS text), CAST(txid AS text) FROM item "
                    "WHERE txid >= CAST(:since AS xid8) AND txid < CAST(:horizon AS xid8) "
                    "AND (:first OR (txid, uuid) > (CAST(:tx AS xid8), CAST(:u AS uuid))) "
                    "ORDER BY txid, uuid LIMIT :n"),
                    {"since": since, "horizon": horizon, "first": after is None, "tx": after[0] if after else "0",
                     "u": after[1] if after else "00000000-0000-0000-0000-000000000000", "n": PULL_BATCH}).all()
                srv.rollback()
                last_batch = len(rows) < PULL_BATCH
                with connect(store, writing=True, synchronous="FULL") as conn:
                    conn.executemany(
                        "INSERT INTO team_item (uuid, kind, body, author, version, updated, deleted) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, "
                        "body = excluded.body, author = excluded.author, version = excluded.version, "
                        "updated = excluded.updated, deleted = excluded.deleted",
                        [r[:7] for r in rows])
                    from db.team import shared_notes, shared_rows
                    news = shared_rows.apply_pulled(conn, [r[:7] for r in rows], me)
                    news += shared_notes.apply_pulled(conn, [r[:7] for r in rows], me)
                    if last_batch:  # everything below the horizon is here: the next pull starts at it
                        conn.execute("INSERT INTO team_state (key, value) VALUES ('pulled_below', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (horizon,))
                fetched += len(rows)
                total += news  # this store's own changes coming back are not news
                if progress:
                    progress("pull", fetched, max(expected, fetched))
                if hook:
                    hook("pulled-batch")
                if last_batch:
                    return total
                after = (rows[-1][7], rows[-1][0])
    except TeamError:
        raise
    except sa.exc.DBAPIError as exc:
        _raise_server_error(exc)
