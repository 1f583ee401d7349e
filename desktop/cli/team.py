"""`chiplens team ...`: this store's team library (a PostgreSQL database the team shares). No Qt.

    chiplens team connect CONNINFO [--password-stdin] [--keep-password]
                                    connect this store (CONNINFO: postgresql://USER@HOST/DB, host=... dbname=...
                                    user=..., or service=NAME); a refused password is asked once on a terminal
    chiplens team disconnect        stop syncing (the queue, conflicts and the team's rows stay)
    chiplens team status [--json]   where, as whom, which role, last sync, queued changes, open conflicts, last error
    chiplens team sync              push the queue, pull what others changed (progress on a terminal's stderr)
    chiplens team conflicts [--json]
    chiplens team resolve ID --keep mine|theirs|copy
    chiplens team members [--json] [--url CONNINFO]                     (an administrator's)
    chiplens team add-member ROLE_NAME --role reader|editor|admin [--url CONNINFO]   (an administrator's)
    chiplens team init CONNINFO [--password-stdin]                      (an administrator's: schema and roles)

A password is never written into the store: it comes from --password-stdin or the prompt for this run, from the
system keyring (--keep-password), or from libpq's ~/.pgpass, service file or PGPASSWORD. Every TeamError is told
as its message on stderr, exit 1; usage mistakes (an unknown conflict, an empty password) exit 2. The JSON keys
are a contract: status: connected, where, user, role, last_sync, queued, conflicts, last_error, password_kept;
conflicts: id, uuid, kind, title, reason, theirs_author, theirs_version, noticed, mine, theirs; members: name,
role.
"""
from __future__ import annotations

import json
import sys
from typing import TextIO

from desktop.cli.words import QT_TRANSLATE_NOOP, say, translate

KEEP = ("mine", "theirs", "copy")


def add_parser(sub) -> None:
    from db.api.team import ROLES
    tp = sub.add_parser("team", help=QT_TRANSLATE_NOOP("Cli", "the team library: connect, sync, conflicts, members"))
    ts = tp.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", required=True)
    co = ts.add_parser("connect", help=QT_TRANSLATE_NOOP("Cli", "connect this store to a team library; prints where, "
                                                                "as whom, which role"))
    co.add_argument("conninfo", metavar="CONNINFO",
                    help=QT_TRANSLATE_NOOP("Cli", "postgresql://USER@HOST:PORT/DATABASE, libpq keywords (host=... "
                                                  "dbname=... user=...) or service=NAME"))
    _password_option(co)
    co.add_argument("--keep-password", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "keep the password in the system keyring (without one, libpq's "
                                                  "~/.pgpass is read)"))
    ts.add_parser("disconnect", help=QT_TRANSLATE_NOOP("Cli", "stop syncing this store (its queue, conflicts and the "
                                                              "team's rows stay)"))
    st = ts.add_parser("status", help=QT_TRANSLATE_NOOP("Cli", "where, as whom, which role, last sync, queued changes, "
                                                               "open conflicts"))
    st.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "as JSON (English keys)"))
    ts.add_parser("sync", help=QT_TRANSLATE_NOOP("Cli", "push the queued changes, then pull what teammates changed"))
    cf = ts.add_parser("conflicts", help=QT_TRANSLATE_NOOP("Cli", "the conflicts kept by syncs, not yet settled"))
    cf.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "as JSON, with both versions"))
    rs = ts.add_parser("resolve", help=QT_TRANSLATE_NOOP("Cli", "settle a conflict: keep mine, theirs, or mine as a "
                                                                "copy"))
    rs.add_argument("id", type=int, metavar="ID",
                    help=QT_TRANSLATE_NOOP("Cli", "the conflict's id (chiplens team conflicts)"))
    rs.add_argument("--keep", required=True, choices=KEEP,
                    help=QT_TRANSLATE_NOOP("Cli", "mine: send mine over theirs; theirs: take the library's; copy: take "
                                                  "theirs and keep mine apart as a copy of its own"))
    mb = ts.add_parser("members", help=QT_TRANSLATE_NOOP("Cli", "the library's members and their roles (an "
                                                                "administrator's)"))
    mb.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "as JSON"))
    _url_option(mb)
    am = ts.add_parser("add-member",
                       help=QT_TRANSLATE_NOOP("Cli", "give a PostgreSQL login a role in the library (an "
                                                     "administrator's)"))
    am.add_argument("name", metavar="ROLE_NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "the PostgreSQL login (it must exist: CREATE ROLE ... LOGIN)"))
    am.add_argument("--role", required=True, choices=ROLES,
                    help=QT_TRANSLATE_NOOP("Cli", "reader (pull only), editor (add; change and delete their own rows) "
                                                  "or admin (everything, members too)"))
    _url_option(am)
    it = ts.add_parser("init", help=QT_TRANSLATE_NOOP("Cli", "create or upgrade a library's schema and roles on a "
                                                             "database (an administrator's: the database owner or a "
                                                             "superuser)"))
    it.add_argument("conninfo", metavar="CONNINFO", help=QT_TRANSLATE_NOOP("Cli", "the database, as for connect"))
    _password_option(it)


def _password_option(p) -> None:
    p.add_argument("--password-stdin", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "read the password from the first line of standard input"))


def _url_option(p) -> None:
    p.add_argument("--url", metavar="CONNINFO",
                   help=QT_TRANSLATE_NOOP("Cli", "this library instead of the store's (e.g. as an administrator: "
                                                 "postgresql://admin@HOST/DATABASE)"))
    _password_option(p)


def _fail(name: str, message: str, code: int = 1) -> int:
    from desktop.present.team_messages import team_message
    sys.stderr.write(f"{name}: {team_message(message, translate)}\n")
    return code


def _stdin_password() -> str | None:
    line = sys.stdin.readline()
    return line.rstrip("\r\n") or None


def _ask_password(what: str) -> str | None:
    """The password typed on the terminal (None: nothing was typed)."""
    import getpass
    try:
        typed = getpass.getpass(say(translate("Cli", "Password for %1: "), what), stream=sys.stderr)
    except (EOFError, KeyboardInterrupt):
        sys.stderr.write("\n")
        return None
    return typed or None


def _with_password(name: str, args, what: str, call):
    """`call(password)`, the password from --password-stdin if asked; when the server refuses a missing or wrong
    password and standard input is a terminal, asked once and tried again."""
    from db.api.team import PasswordRefusedError
    password = None
    if getattr(args, "password_stdin", False):
        password = _stdin_password()
        if password is None:
            raise _Usage(translate("Cli", "--password-stdin: standard input held no password (one line expected)"))
    try:
        return call(password)
    except PasswordRefusedError:
        if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
            raise
        typed = _ask_password(what)
        if typed is None:
            raise
        return call(typed)


class _Usage(Exception):
    """A mistake in what was typed: told, exit 2."""


def _where_text(st) -> str:
    role = {"reader": translate("Cli", "reader"), "editor": translate("Cli", "editor"),
            "admin": translate("Cli", "admin")}.get(st.role or "", st.role or "?")
    return say(translate("Cli", "connected to %1 as %2 (%3)"), st.where, st.user or "?", role)


def _connect(lib, args, name: str, out: TextIO) -> int:
    from db.api.team import keyring_available
    st = _with_password(name, args, args.conninfo,
                        lambda pw: lib.team.connect(args.conninfo, pw, keep_password=args.keep_password))
    out.write(_where_text(st) + "\n")
    if args.keep_password and not st.password_kept:
        if keyring_available():
            sys.stderr.write(f"{name}: " + translate(
                "Cli", "the system keyring did not take the password; libpq's ~/.pgpass (or PGPASSWORD) is read "
                       "instead") + "\n")
        else:
            sys.stderr.write(f"{name}: " + translate(
                "Cli", "this computer has no system keyring: the password is not kept; libpq's ~/.pgpass (or "
                       "PGPASSWORD, or the service file) is read instead") + "\n")
    elif not st.password_kept and (args.password_stdin or sys.stdin.isatty()):
        sys.stderr.write(f"{name}: " + translate(
            "Cli", "the password is not kept: later commands read it from libpq's ~/.pgpass or PGPASSWORD "
                   "(or connect again with --keep-password)") + "\n")
    return 0


def status_json(st) -> dict:
    return {"connected": st.connected, "where": st.where or None, "user": st.user, "role": st.role,
            "last_sync": st.last_sync, "queued": st.queued, "conflicts": st.conflicts,
            "last_error": st.last_error, "password_kept": st.password_kept}


def _status(lib, args, out: TextIO) -> int:
    st = lib.team.status()
    if args.json:
        json.dump(status_json(st), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if st.connected:
        out.write(_where_text(st) + "\n")
    else:
        out.write(translate("Cli", "not connected to a team library (chiplens team connect CONNINFO)") + "\n")
    never = translate("Cli", "never")
    out.write(say(translate("Cli", "last sync: %1"), st.last_sync or never) + "\n")
    out.write(say(translate("Cli", "queued changes: %1"), st.queued) + "\n")
    out.write(say(translate("Cli", "open conflicts: %1"), st.conflicts) + "\n")
    if st.last_error:
        from desktop.present.team_messages import team_message
        out.write(say(translate("Cli", "last error: %1"), team_message(st.last_error, translate)) + "\n")
    return 0


def _sync(lib, out: TextIO) -> int:
    progress = None
    if sys.stderr.isatty():
        stages = {"push": translate("Cli", "pushing"), "pull": translate("Cli", "pulling")}

        def progress(stage: str, done: int, total: int) -> None:
            sys.stderr.write(f"\r{stages.get(stage, stage)} {done}/{total}\033[K")
            sys.stderr.flush()
    try:
        report = lib.team.sync(progress)
    finally:
        if progress is not None:
            sys.stderr.write("\r\033[K")
    out.write(say(translate("Cli", "pushed %1, pulled %2, new conflicts %3, still queued %4"), report.pushed,
                  report.pulled, report.conflicts, report.queued) + "\n")
    if report.conflicts:
        sys.stderr.write(translate("Cli", "chiplens team conflicts lists them; chiplens team resolve settles each")
                         + "\n")
    return 0


def conflict_json(c) -> dict:
    return {"id": c.id, "uuid": c.uuid, "kind": c.kind, "title": c.title, "reason": c.reason,
            "theirs_author": c.theirs_author, "theirs_version": c.theirs_version, "noticed": c.noticed,
            "mine": c.mine, "theirs": c.theirs}


def _conflicts(lib, args, out: TextIO) -> int:
    found = lib.team.conflicts()
    if args.json:
        json.dump([conflict_json(c) for c in found], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if not found:
        sys.stderr.write("chiplens team conflicts: " + translate("Cli", "no open conflicts") + "\n")
        return 0
    from desktop.cli.output import clip, table
    from desktop.present.team_messages import kind_label, reason_label
    table([[translate("Cli", "Id"), translate("Cli", "Kind"), translate("Cli", "Title"), translate("Cli", "Why"),
            translate("Cli", "Theirs by"), translate("Cli", "Noticed")]]
          + [[str(c.id), kind_label(c.kind, translate), clip(c.title, 40), reason_label(c.reason, translate),
              c.theirs_author or "", c.noticed]
             for c in found], out)
    return 0


def _resolve(lib, args, name: str, out: TextIO) -> int:
    found = {c.id: c for c in lib.team.conflicts()}
    if args.id not in found:
        raise _Usage(say(translate("Cli", "no open conflict %1 (chiplens team conflicts lists them)"), args.id))
    if found[args.id].reason == "refused" and args.keep == "mine":
        raise _Usage(translate("Cli", "the library refused this change (your role does not allow it): keep "
                                      "theirs, or keep yours as a copy (--keep copy)"))
    lib.team.resolve(args.id, args.keep)
    out.write(say(translate("Cli", "conflict %1 settled (%2)"), args.id, args.keep) + "\n")
    return 0


def _admin_target(lib, args) -> tuple[object, str]:
    """(store path or None, conninfo or None) of an administrator's command, and what a prompt names."""
    if args.url:
        return None, args.url
    st = lib.team.status()
    if not st.connected:
        raise _Usage(translate("Cli", "this store is not connected to a team library: connect one (chiplens team "
                                      "connect CONNINFO) or name it with --url CONNINFO"))
    return lib.path, st.where


def _members(lib, args, name: str, out: TextIO) -> int:
    from db.api import team
    path, what = _admin_target(lib, args)
    found = _with_password(name, args, what, lambda pw: team.members(path, args.url, pw))
    if args.json:
        json.dump([{"name": m.name, "role": m.role} for m in found], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if not found:
        sys.stderr.write(f"{name}: " + translate("Cli", "the library has no members yet") + "\n")
        return 0
    from desktop.cli.output import table
    table([[translate("Cli", "Member"), translate("Cli", "Role")]] + [[m.name, m.role] for m in found], out)
    return 0


def _add_member(lib, args, name: str, out: TextIO) -> int:
    from db.api import team
    path, what = _admin_target(lib, args)
    _with_password(name, args, what, lambda pw: team.add_member(args.name, args.role, path, args.url, pw))
    out.write(say(translate("Cli", "%1 is now %2 of the team library"), args.name, args.role) + "\n")
    return 0


def cmd_init(args, out: TextIO) -> int:
    """`chiplens team init CONNINFO`: needs no store."""
    from db.api import team
    name = "chiplens team init"
    try:
        revision = _with_password(name, args, args.conninfo, lambda pw: team.init(args.conninfo, pw))
    except team.TeamError as exc:
        return _fail(name, exc.message)
    except _Usage as exc:
        return _fail(name, str(exc), 2)
    out.write(say(translate("Cli", "team library ready: schema revision %1"), revision) + "\n")
    return 0


def cmd_team(lib, args, out: TextIO) -> int:
    """`chiplens team ...` on the store `lib`; a TeamError is told (exit 1), a usage mistake too (exit 2)."""
    from db.api.team import TeamError
    command = args.team_command
    name = f"chiplens team {command}"
    try:
        if command == "connect":
            return _connect(lib, args, name, out)
        if command == "disconnect":
            was = lib.team.status()
            lib.team.disconnect()
            if was.connected:
                out.write(say(translate("Cli", "disconnected from %1"), was.where) + "\n")
            else:
                sys.stderr.write(f"{name}: " + translate("Cli", "this store was not connected") + "\n")
            return 0
        if command == "status":
            return _status(lib, args, out)
        if command == "sync":
            return _sync(lib, out)
        if command == "conflicts":
            return _conflicts(lib, args, out)
        if command == "resolve":
            return _resolve(lib, args, name, out)
        if command == "members":
            return _members(lib, args, name, out)
        if command == "add-member":
            return _add_member(lib, args, name, out)
        if command == "init":
            return cmd_init(args, out)
    except TeamError as exc:
        return _fail(name, exc.message)
    except _Usage as exc:
        return _fail(name, str(exc), 2)
    return 2
