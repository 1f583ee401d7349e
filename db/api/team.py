"""The team library, as the window and the command line reach it: connect this store to a library, sync, see and
settle conflicts, share notes, and (an administrator's part) set a library up and manage its members.

The store keeps the connection (libpq keywords, never a password: db.team.connection), the queue of changes and
the sync state (team_state, team_outbox, team_conflict: migration 0011). The PostgreSQL driver is imported only
by these calls, never at start-up.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from db.api._session import guard, read, reading, transaction
from db.team.server import NotAdminError as NotAdminError
from db.team.server import PasswordRefusedError as PasswordRefusedError  # a prompt for the password may help
from db.team.server import ROLES as ROLES  # reader, editor, admin
from db.team.server import TeamError as TeamError  # the window and the CLI catch it (they reach db.api)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from db.team.connection import Target

Progress = Callable[[str, int, int], None]  # (stage "push" | "pull", done, total)


@dataclass(frozen=True)
class TeamStatusDTO:
    connected: bool
    where: str  # 'ana@db.example.org:5432/desk', '' when not connected
    user: str | None  # the PostgreSQL role this store syncs as (known after the first connection)
    role: str | None  # reader | editor | admin
    last_sync: str | None  # UTC ISO 8601 of the last complete sync
    last_error: str | None  # what stopped the last try, if it failed
    queued: int  # changes waiting for the next sync
    conflicts: int  # kept conflicts the analyst has not settled
    password_kept: bool  # whether the system keyring holds the password


@dataclass(frozen=True)
class TeamSyncDTO:
    pushed: int
    pulled: int
    conflicts: int  # new conflicts kept by this sync
    queued: int  # still waiting (0 after a full sync)


@dataclass(frozen=True)
class TeamConflictDTO:
    id: int
    uuid: str
    kind: str  # note | event | figure | source | device | pairing
    title: str  # what the row is, in the analyst's words (a note's title, an event's title...)
    mine: dict[str, Any] | None  # my version (None: I deleted it)
    theirs: dict[str, Any] | None  # the library's version (None: deleted there)
    theirs_author: str
    theirs_version: int
    reason: str  # edited_elsewhere | refused
    noticed: str


@dataclass(frozen=True)
class TeamMemberDTO:
    name: str
    role: str


def _state(conn: Any) -> dict[str, str]:
    return {k: v for k, v in conn.execute("SELECT key, value FROM team_state")}


def _set_state(conn: Any, **values: str | None) -> None:
    for key, value in values.items():
        if value is None:
            conn.execute("DELETE FROM team_state WHERE key = ?", (key,))
        else:
            conn.execute("INSERT INTO team_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                         "value = excluded.value", (key, value))


def _target(path: Path) -> Target:
    from db.team.connection import parse
    conninfo = read(path, _state).get("conninfo")
    if not conninfo:
        raise TeamError("This store is not connected to a team library: connect one first (File ▸ Team library…, "
                        "or `chiplens team connect URL`).")
    return parse(conninfo)[0]


def connected(path: Path) -> bool:
    """Whether this store syncs with a team library: one read of the store, no PostgreSQL driver (a window start
    asks it after its first paint)."""
    return bool(read(path, _state).get("conninfo"))


def keyring_available() -> bool:
    """Whether a system keyring can keep the password on this computer (else libpq's own files do)."""
    from db.team.connection import keyring_available as available
    return available()


def status(path: Path) -> TeamStatusDTO:
    """Where this store syncs, when it last did, and what waits (the analyst's changes since then counted)."""
    from db.team import shared_rows
    def run(conn: Any) -> tuple[dict[str, str], int, int]:
        state = _state(conn)
        queued = shared_rows.pending(conn) if state.get("conninfo") else int(
            conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0])
        conflicts = int(conn.execute("SELECT count(*) FROM team_conflict WHERE resolved IS NULL").fetchone()[0])
        return state, queued, conflicts
    with guard(path), reading(path) as conn:  # read only: it counts what a sync would send, and writes nothing
        conn.execute("BEGIN")  # one snapshot for the counts
        try:
            state, queued, conflicts = run(conn)
        finally:
            conn.rollback()
    where, kept = "", False
    if state.get("conninfo"):
        from db.team.connection import keyring_has, parse
        target = parse(state["conninfo"])[0]
        where, kept = target.display, keyring_has(target)
    return TeamStatusDTO(bool(state.get("conninfo")), where, state.get("user"), state.get("role"),
                         state.get("last_sync"), state.get("last_error"), queued, conflicts, kept)


def connect(path: Path, conninfo: str, password: str | None = None, keep_password: bool = False) -> TeamStatusDTO:
    """Connect this store to the library at `conninfo` (checked now: reachable, a library this app knows, and
    who this login is there). The password is kept for this run, and in the keyring when `keep_password`."""
    import sqlalchemy as sa

    from db.team import connection
    from db.team.server import check_schema, role_of
    target, password = _given(conninfo, password)
    with _on_server(target, password) as eng, eng.connect() as srv:
        check_schema(srv)
        user = str(srv.execute(sa.text("SELECT current_user")).scalar())
        role = role_of(srv, user)
    if role is None:
        raise TeamError(f"{user} is not a member of the team library at {target.display}: an administrator adds "
                        f"it with `chiplens team add-member {user} --role editor`.")
    if password is not None:
        connection.remember_password(target, password, keep_password)
    with guard(path), transaction(path, synchronous="FULL") as conn:
        if _state(conn).get("library") != target.conninfo:  # another library or login: pull it all once
            conn.execute("DELETE FROM team_state WHERE key = 'pulled_below'")
        _set_state(conn, conninfo=target.conninfo, library=target.conninfo, user=user, role=role, last_error=None)
    return status(path)


def disconnect(path: Path, forget_password: bool = True) -> None:
    """Stop syncing this store (its queue, conflicts and the team's rows stay, for a later connection)."""
    from db.team import connection
    state = read(path, _state)
    if state.get("conninfo") and forget_password:
        connection.forget_password(connection.parse(state["conninfo"])[0])
    with guard(path), transaction(path, synchronous="FULL") as conn:
        _set_state(conn, conninfo=None)


def sync(path: Path, progress: Progress | None = None) -> TeamSyncDTO:
    """Push this store's queue, then pull what others changed (see db.team.sync). The outcome, or TeamError
    (kept as the status's last error) with the queue untouched."""
    from db.team import connection, sync as engine_sync
    from db.team.outbox import now
    target = _target(path)
    eng = connection.engine(target)
    try:
        try:
            with guard(path):  # the store's own troubles (busy, full, read-only) as StoreErrors with advice
                report = engine_sync.sync(Path(path), eng, progress=progress)
        except TeamError as exc:
            if isinstance(exc, PasswordRefusedError) and exc.__cause__ is not None:
                named = connection.failure(exc.__cause__, target)  # where, and where a password is read from
                _record(path, last_error=named.message)
                raise named from exc.__cause__
            if _not_allowed(exc):  # a reader (or a revoked login): what others changed still comes
                pulled = engine_sync.pull(Path(path), eng, progress=progress)
                try:
                    _push_refused(path, target.display, pulled)
                except TeamError as refused:
                    _record(path, last_error=refused.message)
                    raise refused from exc
            _record(path, last_error=exc.message)
            raise
        except Exception as exc:
            import sqlalchemy as sa
            if not isinstance(exc, sa.exc.SQLAlchemyError):
                raise
            failed = connection.failure(exc, target)
            _record(path, last_error=failed.message)
            raise failed from exc
    finally:
        eng.dispose()
    _record(path, last_sync=now(), last_error=None)
    return TeamSyncDTO(report.pushed, report.pulled, report.conflicts, report.queued)


def _not_allowed(exc: TeamError) -> bool:
    """Whether the server refused a push for want of the right to write (SQLSTATE 42501: no INSERT privilege, or
    a row-level security policy), rather than failing."""
    return getattr(getattr(exc.__cause__, "orig", None), "sqlstate", None) == "42501"


def _push_refused(path: Path, where: str, pulled: int) -> NoReturn:
    state = read(path, _state)
    queued = int(read(path, lambda conn: conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0]))
    user = state.get("user") or "?"
    if state.get("role") == "reader":
        raise TeamError(f"The team library at {where} refused this store's changes: {user} is a reader (pull only). "
                        f"What others changed came ({pulled} rows); your {queued} change(s) stay queued on this "
                        f"computer. An administrator can make you an editor: `chiplens team add-member {user} "
                        "--role editor`.")
    raise TeamError(f"The team library at {where} refused this store's changes: {user} may not write there. What "
                    f"others changed came ({pulled} rows); your {queued} change(s) stay queued on this computer. An "
                    f"administrator can make you an editor: `chiplens team add-member {user} --role editor`.")


def _record(path: Path, **values: str | None) -> None:
    with guard(path), transaction(path, synchronous="FULL") as conn:
        _set_state(conn, **values)


def conflicts(path: Path) -> list[TeamConflictDTO]:
    """The conflicts the analyst has not settled, oldest first."""
    from db.team import shared_rows

    def run(conn: Any) -> list[TeamConflictDTO]:
        rows = conn.execute("SELECT id, uuid, kind, mine, theirs, theirs_author, theirs_version, reason, noticed "
                            "FROM team_conflict WHERE resolved IS NULL ORDER BY id").fetchall()
        out = []
        for cid, uuid, kind, mine, theirs, author, version, reason, noticed in rows:
            m = None if mine is None else json.loads(mine)
            t = None if theirs is None else json.loads(theirs)
            out.append(TeamConflictDTO(cid, uuid, kind, shared_rows.title_of(kind, m or t or {}), m, t, author,
                                       version, reason, noticed))
        return out
    return read(path, run)


def resolve(path: Path, conflict_id: int, keep: str, merged: dict[str, Any] | None = None) -> None:
    """Settle a conflict: keep 'theirs' (the library's version comes here), 'mine' (mine goes to the library
    over theirs at the next sync) or 'merged' (the body given). A change the library refused can only be
    dropped ('theirs') or kept apart as a copy of the analyst's own ('copy')."""
    from db.team import shared_rows
    if keep not in ("mine", "theirs", "merged", "copy"):
        raise ValueError(f"unknown choice {keep!r}")
    with guard(path), transaction(path, synchronous="FULL") as conn:
        shared_rows.resolve(conn, conflict_id, keep, merged)


def share_note(path: Path, uid: str) -> str:
    """Share the analyst's note with the team from the next sync; its id in the library."""
    from db.team import shared_notes
    with guard(path):
        return shared_notes.share(Path(path), uid)


def init(conninfo: str, password: str | None = None) -> str:
    """Create (or upgrade) the library's schema and roles: an administrator's connection. The schema revision."""
    from db.team import server
    with _on_server(*_given(conninfo, password)) as eng:
        return server.init_on(eng)


def _given(conninfo: str, password: str | None) -> tuple[Target, str | None]:
    """The target of a connection string, and the password given (else the one the string carried)."""
    from db.team import connection
    target, in_text = connection.parse(conninfo)
    return target, password if password is not None else in_text


@contextmanager
def _on_server(target: Target, password: str | None) -> Iterator[Engine]:
    """An engine on the library for one call: a failed connection raised as a TeamError in words, the engine
    disposed of afterwards."""
    from db.team import connection
    eng = connection.engine(target, password)
    try:
        yield eng
    except TeamError:
        raise
    except Exception as exc:
        raise connection.failure(exc, target) from exc
    finally:
        eng.dispose()


def _admin_target(path: Path | None, conninfo: str | None, password: str | None) -> tuple[Target, str | None]:
    """An administrator's call: on `conninfo`'s library, else on this store's."""
    if conninfo:
        return _given(conninfo, password)
    assert path is not None
    return _target(path), password


def add_member(name: str, role: str, path: Path | None = None, conninfo: str | None = None,
               password: str | None = None) -> None:
    """Give the login `name` the team role `role` (an administrator's call), on this store's library or
    `conninfo`'s."""
    from db.team import server
    with _on_server(*_admin_target(path, conninfo, password)) as eng:
        server.add_member_on(eng, name, role)


def members(path: Path | None = None, conninfo: str | None = None,
            password: str | None = None) -> list[TeamMemberDTO]:
    """The library's members and their roles."""
    from db.team import server
    with _on_server(*_admin_target(path, conninfo, password)) as eng:
        return [TeamMemberDTO(m.name, m.role) for m in server.members_on(eng)]


class Team:
    """`library.team`: this store's team library."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def connected(self) -> bool:
        return connected(self.path)

    def status(self) -> TeamStatusDTO:
        return status(self.path)

    def connect(self, conninfo: str, password: str | None = None, keep_password: bool = False) -> TeamStatusDTO:
        return connect(self.path, conninfo, password, keep_password)

    def disconnect(self, forget_password: bool = True) -> None:
        disconnect(self.path, forget_password)

    def sync(self, progress: Progress | None = None) -> TeamSyncDTO:
        return sync(self.path, progress)

    def conflicts(self) -> list[TeamConflictDTO]:
        return conflicts(self.path)

    def resolve(self, conflict_id: int, keep: str, merged: dict[str, Any] | None = None) -> None:
        resolve(self.path, conflict_id, keep, merged)

    def share_note(self, uid: str) -> str:
        return share_note(self.path, uid)

    def members(self) -> list[TeamMemberDTO]:
        return members(self.path)

    def add_member(self, name: str, role: str) -> None:
        add_member(name, role, self.path)
