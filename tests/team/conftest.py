"""A throwaway PostgreSQL cluster for the team-library tests, started by the tests themselves.

initdb makes a cluster in a temporary folder; the server listens on a free port of 127.0.0.1 (password
authentication, as a team's server would) and on a Unix socket in the same folder; it is stopped at the end of
the session. initdb and postgres refuse to run as root: under root the cluster belongs to an unprivileged user
(`postgres` if the system has one, else `nobody`). The binaries come from PATH or Debian's
/usr/lib/postgresql/<version>/bin (the `postgresql` package of packaging/apt-test.txt).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER, SUPERPASS = "chiplens_test_super", "super-secret-test-password"


def pg_binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).is_file():
            return str(folder / name)
    raise RuntimeError(f"PostgreSQL's {name} is not installed: apt-get install postgresql (packaging/apt-test.txt)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


def _run(cmd: list[str], owner: str | None, timeout: float = 120) -> None:
    done = subprocess.run(_as_owner(cmd, owner), capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


@dataclass
class Cluster:
    """A running server: `url(user, password, database)` for SQLAlchemy (psycopg 3), `stop()`/`start()`."""

    folder: Path
    port: int
    owner: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, user: str = SUPERUSER, password: str = SUPERPASS, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def pg_ctl(self, *args: str) -> None:
        _run([pg_binary("pg_ctl"), "-D", str(self.data), *args], self.owner, timeout=60)

    def start(self) -> None:
        self.pg_ctl("-l", str(self.folder / "server.log"), "-w", "-o",
                    f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def stop(self) -> None:
        self.pg_ctl("-m", "immediate", "-w", "stop")

    def create_database(self, name: str) -> None:
        import psycopg
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, password=SUPERPASS,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture(scope="session")
def pg_cluster() -> Cluster:
    owner = None
    if os.geteuid() == 0:
        import pwd
        owner = next(name for name in ("postgres", "nobody") if _user_exists(name, pwd))
    import tempfile
    folder = Path(tempfile.mkdtemp(prefix="chiplens-pg-"))  # not under pytest's root-only folder: the owner reads it
    (folder / "pwfile").write_text(SUPERPASS + "\n")
    if owner:
        shutil.chown(folder, owner)
        shutil.chown(folder / "pwfile", owner)
    _run([pg_binary("initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, f"--pwfile={folder / 'pwfile'}",
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"], owner)
    cluster = Cluster(folder, _free_port(), owner)
    cluster.start()
    yield cluster
    try:
        cluster.stop()
    except RuntimeError:
        pass  # already stopped by a test
    shutil.rmtree(folder, ignore_errors=True)


def _user_exists(name: str, pwd) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


@pytest.fixture
def team_db(pg_cluster, request) -> str:
    """A fresh database of the cluster for one test; its name."""
    import re
    name = "t_" + re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:50]
    pg_cluster.create_database(name)
    return name


@pytest.fixture
def team(pg_cluster, team_db):
    """An initialised library with logins of every role: {"admin": url, "ana": url (editor), "ben": url (editor),
    "rita": url (reader)}; login names are unique to the test (roles are the cluster's)."""
    import sqlalchemy as sa

    from db.team import server
    admin_url = pg_cluster.url(database=team_db)
    server.init(admin_url)
    urls = {"admin": admin_url}
    eng = sa.create_engine(admin_url)
    with eng.begin() as conn:
        for who in ("ana", "ben", "rita", "boss"):
            conn.execute(sa.text(f'CREATE ROLE "{login(team_db, who)}" LOGIN PASSWORD \'pw-{who}\''))
            urls[who] = pg_cluster.url(login(team_db, who), f"pw-{who}", team_db)
    eng.dispose()
    for who, role in (("ana", "editor"), ("ben", "editor"), ("rita", "reader"), ("boss", "admin")):
        server.add_member(admin_url, login(team_db, who), role)
    return urls


def login(team_db: str, who: str) -> str:
    return f"{team_db}_{who}"[-60:]
