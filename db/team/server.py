"""The team library's server side: create its schema and roles (`init_on`, an administrator's job), manage members,
and check that a server's schema is one this app knows before any sync.

A library is a PostgreSQL database given as a SQLAlchemy URL (postgresql+psycopg://...). Its schema is managed
by Alembic (db/team/migrations) with its own version table, chiplens_team_version.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

ROLES = ("reader", "editor", "admin")
MIGRATIONS = Path(__file__).with_name("migrations")


class TeamError(Exception):
    """A team library problem a person can act on; `message` says what and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PasswordRefusedError(TeamError):
    """The server refused the user name or password, or wanted one and none was given (a prompt may help)."""


class NotAdminError(TeamError):
    """Managing members is an administrator's job."""


class NewerTeamSchemaError(TeamError):
    """The server's schema was made by a newer ChipLens."""


class NoTeamSchemaError(TeamError):
    """The database holds no team library (`chiplens team init` was not run on it)."""


def role_name(database: str, role: str) -> str:
    """The PostgreSQL group role of `role` in the library `database`: roles are the whole cluster's, so each
    library has its own three ('chiplens_desk_editor'); a long database name is shortened with a hash (a role
    name has at most 63 bytes)."""
    import hashlib
    base = f"chiplens_{database}"
    if len(base.encode()) > 48:
        base = f"chiplens_{database.encode()[:24].decode(errors='ignore')}_{hashlib.sha1(database.encode()).hexdigest()[:10]}"
    return f"{base}_{role}"


def _roles(conn: Connection) -> dict[str, str]:
    import sqlalchemy as sa
    database = str(conn.execute(sa.text("SELECT current_database()")).scalar())
    return {role: role_name(database, role) for role in ROLES}


@dataclass(frozen=True)
class Member:
    name: str  # the PostgreSQL role the analyst logs in as
    role: str  # reader | editor | admin (the highest granted)


def _config() -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def init_on(eng: Engine) -> str:
    """Create or upgrade the library's schema and roles (an administrator's connection: the owner of the
    database or a superuser). Returns the schema revision."""
    from alembic import command
    with eng.begin() as conn:
        check_schema(conn, missing_ok=True)
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return known_revisions()[-1]


def role_of(conn: Connection, user: str) -> str | None:
    """The highest team role the login `user` holds in this library (None: not a member)."""
    import sqlalchemy as sa
    groups = _roles(conn)
    for role in reversed(ROLES):
        if conn.execute(sa.text("SELECT pg_has_role(:u, :g, 'MEMBER')"), {"u": user, "g": groups[role]}).scalar():
            return role
    return None


def require_admin(conn: Connection, doing: str) -> None:
    """NotAdminError unless the connection's login may manage the library: a superuser, the database's owner or a
    member with the admin role. `doing`: what was asked ("members" or "add-member")."""
    import sqlalchemy as sa
    user, allowed = conn.execute(sa.text(
        "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR "
        "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) = current_user")).one()
    if allowed:
        return
    role = role_of(conn, str(user))
    if role == "admin":
        return
    if doing == "members":
        raise NotAdminError(f"Only an administrator of the team library can list its members: {user} is not one "
                            f"(team role: {role or 'none'}). Ask an administrator, or connect as one (--url).")
    raise NotAdminError(f"Only an administrator of the team library can add members or change their roles: {user} "
                        f"is not one (team role: {role or 'none'}). Ask an administrator, or connect as one (--url).")


def check_schema(conn: Connection, missing_ok: bool = False) -> str | None:
    """The server's schema revision, if this app knows it; NewerTeamSchemaError if a newer ChipLens made it,
    NoTeamSchemaError if there is none (None with `missing_ok`)."""
    import sqlalchemy as sa
    present = conn.execute(sa.text("SELECT to_regclass('chiplens_team_version') IS NOT NULL")).scalar()
    if not present:
        if missing_ok:
            return None
        raise NoTeamSchemaError("This database holds no ChipLens team library. An administrator creates one with "
                                "`chiplens team init URL`.")
    revision = str(conn.execute(sa.text("SELECT version_num FROM chiplens_team_version")).scalar())
    if revision not in known_revisions():
        raise NewerTeamSchemaError(f"The team library was set up by a newer ChipLens (schema {revision}). Update "
                                   "ChipLens to sync with it; your own work stays in this computer's store.")
    return revision


def add_member_on(eng: Engine, name: str, role: str) -> None:
    """Give the existing login role `name` the team role `role` (reader, editor or admin), replacing any other.
    Needs an administrator's connection."""
    if role not in ROLES:
        raise TeamError(f"unknown team role {role!r}: choose reader, editor or admin")
    import sqlalchemy as sa
    with eng.begin() as conn:
        check_schema(conn)
        require_admin(conn, "add-member")
        if not conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar():
            raise TeamError(f"no PostgreSQL role {name!r}: create the login first (CREATE ROLE {name} LOGIN "
                            "PASSWORD ...), then add it")
        q = conn.dialect.identifier_preparer.quote
        groups = _roles(conn)
        for other in ROLES:
            conn.execute(sa.text(f"REVOKE {q(groups[other])} FROM {q(name)}"))
        if role == "admin":  # an admin manages members: it may grant all three
            conn.execute(sa.text(f"GRANT {', '.join(q(g) for g in groups.values())} TO {q(name)} "
                                 "WITH ADMIN OPTION"))
        else:
            conn.execute(sa.text(f"GRANT {q(groups[role])} TO {q(name)}"))


def members_on(eng: Engine) -> list[Member]:
    """Every login role granted a team role, with the highest one."""
    import sqlalchemy as sa
    with eng.connect() as conn:
        check_schema(conn)
        require_admin(conn, "members")
        groups = _roles(conn)
        rows = conn.execute(sa.text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(:groups) AND m.rolcanlogin"),
            {"groups": list(groups.values())}).all()
    of_group = {g: r for r, g in groups.items()}
    best: dict[str, str] = {}
    for name, group in rows:
        role = of_group[group]
        if ROLES.index(role) > ROLES.index(best.get(name, "reader")) or name not in best:
            best[name] = role
    return sorted((Member(n, r) for n, r in best.items()), key=lambda m: m.name)
