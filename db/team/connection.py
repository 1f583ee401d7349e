"""How this computer reaches a team library: a PostgreSQL connection in libpq's own terms.

What the analyst gives is a libpq connection string, as a URI (postgresql://ana@db.example.org/desk) or as
keywords (host=db.example.org dbname=desk user=ana, or service=desk for a PGSERVICE entry). It is kept without
its password: the password comes from the system keyring when one is available and the analyst asked to keep it
there, else from libpq's own files (~/.pgpass, the service file) or the PGPASSWORD environment, as for psql.

Any host that is not this computer gets sslmode=verify-full unless the string says otherwise (or names a service,
whose file decides): a team's server is reached over a network, and its certificate must match its name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

from db.team.server import TeamError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

KEYRING_SERVICE = "ChipLens team library"
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
# what libpq and the server say, as they say it
_AUTH = re.compile(r"password authentication failed|no password supplied|authentication failed", re.I)
_NO_DATABASE = re.compile(r"database .* does not exist", re.I)
_PREAMBLE = re.compile(r"connection to server")
_session_passwords: dict[str, str] = {}  # passwords given for this run only (not kept anywhere)


@dataclass(frozen=True)
class Target:
    """A parsed connection string: `params` for libpq (never with a password), and how to show it."""

    params: tuple[tuple[str, str], ...]

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def conninfo(self) -> str:
        """The string kept in the store (libpq keywords, no password)."""
        from psycopg.conninfo import make_conninfo
        return str(make_conninfo("", **self.values))

    @property
    def display(self) -> str:
        """'ana@db.example.org:5432/desk', or 'service desk'."""
        v = self.values
        if "service" in v and "host" not in v:
            return f"service {v['service']}" + (f" ({v['user']})" if "user" in v else "")
        who = f"{v['user']}@" if "user" in v else ""
        port = f":{v['port']}" if "port" in v else ""
        return f"{who}{v.get('host', 'localhost')}{port}/{v.get('dbname', v.get('user', ''))}"

    @property
    def keyring_name(self) -> str:
        """The keyring entry's name: who, where and which database (a service by its name)."""
        v = self.values
        if "service" in v and "host" not in v:
            return f"service={v['service']}" + (f" user={v['user']}" if "user" in v else "")
        return f"{v.get('user', '')}@{v.get('host', 'localhost')}:{v.get('port', '5432')}/{v.get('dbname', '')}"


def parse(text: str) -> tuple[Target, str | None]:
    """The target and the password the string carried (if any: it is not kept). TeamError names what is wrong."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict
    text = text.strip()
    if not text:
        raise TeamError("Give the team library's address: postgresql://USER@HOST/DATABASE, or service=NAME.")
    if text.startswith(("postgresql+psycopg://", "postgres+psycopg://")):
        text = "postgresql://" + text.split("://", 1)[1]
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(text).items() if v is not None}
    except ProgrammingError as exc:
        raise TeamError(f"This is not a PostgreSQL connection string: {str(exc).strip()}. Write it as "
                        "postgresql://USER@HOST:PORT/DATABASE or as host=... dbname=... user=...") from exc
    password = params.pop("password", None)
    host = params.get("host", "")
    local = all(h in LOCAL_HOSTS or h.startswith("/") for h in host.split(","))
    if "sslmode" not in params and "service" not in params and not local:
        params["sslmode"] = "verify-full"
    return Target(tuple(sorted(params.items()))), password


def keyring_available() -> bool:
    """Whether a system keyring can keep a password here (a desktop session's Secret Service, macOS, Windows)."""
    try:
        import keyring
        from keyring.backends import fail
        return not isinstance(keyring.get_keyring(), fail.Keyring) and keyring.get_keyring().priority > 0
    except Exception:  # no keyring module, or a backend that cannot even say what it is
        return False


def remember_password(target: Target, password: str, in_keyring: bool) -> bool:
    """Keep the password for this run, and in the keyring if asked and possible; whether the keyring took it."""
    _session_passwords[target.keyring_name] = password
    if not in_keyring or not keyring_available():
        return False
    try:
        import keyring
        keyring.set_password(KEYRING_SERVICE, target.keyring_name, password)
        return True
    except Exception:
        return False


def forget_password(target: Target) -> None:
    _session_passwords.pop(target.keyring_name, None)
    if keyring_available():
        try:
            import keyring
            keyring.delete_password(KEYRING_SERVICE, target.keyring_name)
        except Exception:
            pass  # none was kept


def keyring_has(target: Target) -> bool:
    """Whether the system keyring holds a password for this target."""
    if not keyring_available():
        return False
    try:
        import keyring
        return keyring.get_password(KEYRING_SERVICE, target.keyring_name) is not None
    except Exception:
        return False


def password_for(target: Target) -> str | None:
    """This run's password, else the keyring's, else None (libpq then reads ~/.pgpass or PGPASSWORD)."""
    if target.keyring_name in _session_passwords:
        return _session_passwords[target.keyring_name]
    if not keyring_available():
        return None
    try:
        import keyring
        found = keyring.get_password(KEYRING_SERVICE, target.keyring_name)
        return None if found is None else str(found)
    except Exception:
        return None


def engine(target: Target, password: str | None = None) -> Engine:
    """A SQLAlchemy engine on the target (psycopg 3); the password given, or the one kept for it."""
    import sqlalchemy as sa
    args: dict[str, Any] = dict(target.values)
    secret = password if password is not None else password_for(target)
    if secret is not None:
        args["password"] = secret
    args.setdefault("connect_timeout", "10")
    args.setdefault("application_name", "ChipLens")
    return sa.create_engine("postgresql+psycopg://", connect_args=args, pool_pre_ping=True)


def password_refused(exc: BaseException) -> bool:
    """Whether a failed connection was refused for its user name or password (or wanted one none gave)."""
    return bool(_AUTH.search(str(getattr(exc, "orig", None) or exc)))


def failure(exc: BaseException, target: Target) -> TeamError:
    """The TeamError of a failed connection (PasswordRefusedError when the password is what failed)."""
    try:
        explain(exc, target)
    except TeamError as err:
        return err


def explain(exc: BaseException, target: Target) -> NoReturn:
    """Raise a failed connection as a TeamError in words a person can act on (what the server or libpq said,
    then what to do); PasswordRefusedError when the password is what failed."""
    from db.team.server import PasswordRefusedError
    text = str(getattr(exc, "orig", None) or exc).strip()
    low = text.lower()
    where = target.display
    if password_refused(exc):
        raise PasswordRefusedError(f"The server at {where} refused the user name or password. Check them (a "
                                   "password is read from the system keyring, ~/.pgpass or PGPASSWORD when none "
                                   "is typed).") from exc
    if "certificate" in low or "ssl" in low and ("verify" in low or "match" in low):
        raise TeamError(f"The server at {where} could not prove who it is: {_first_line(text)}. Its certificate "
                        "must match its host name (sslmode=verify-full); ask your administrator for the right "
                        "address or root certificate (sslrootcert=...).") from exc
    if _NO_DATABASE.search(text):
        raise TeamError(f"There is no database of that name at {where}: {_first_line(text)}.") from exc
    if "service" in low and ("definition" in low or "not found" in low):
        raise TeamError(f"libpq does not know that service: {_first_line(text)}. Services are defined in "
                        "~/.pg_service.conf.") from exc
    raise TeamError(f"The team library at {where} cannot be reached: {_first_line(text)}. Your own work stays in "
                    "this computer's store.") from exc


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines and _PREAMBLE.match(lines[0]) and len(lines) > 1 else (lines[0] if lines else "?")
