"""A throwaway PostgreSQL cluster: the team-library tests start one (tests/team/conftest.py), and so does the
sync benchmark (benchmarks/team_sync.py). No pytest here, so that both can use it.

initdb makes a cluster in a temporary folder; the server listens on a free port of 127.0.0.1 (password
authentication, as a team's server would) and on a Unix socket in the same folder. initdb and postgres refuse to
run as root: under root the cluster belongs to an unprivileged user (`postgres` if the system has one, else
`nobody`). The binaries come from PATH or Debian's /usr/lib/postgresql/<version>/bin (the `postgresql` package of
packaging/apt-test.txt).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

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


def _unprivileged_user() -> str | None:
    """Who owns the cluster: None (this user) unless this is root."""
    if os.geteuid() != 0:
        return None
    import pwd
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root, and neither a `postgres` nor a `nobody` user exists to own the cluster")


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

    @property
    def certificate(self) -> Path:
        """The server's self-signed certificate: it names db.example.org, not 127.0.0.1 (a name mismatch)."""
        return self.folder / "server.crt"

    def start(self) -> None:
        tls = f" -c ssl=on -c ssl_cert_file={self.certificate} -c ssl_key_file={self.folder / 'server.key'}"
        self.pg_ctl("-l", str(self.folder / "server.log"), "-w", "-o",
                    f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off{tls}", "start")

    def stop(self) -> None:
        self.pg_ctl("-m", "immediate", "-w", "stop")

    def create_database(self, name: str) -> None:
        import psycopg
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, password=SUPERPASS,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def remove(self) -> None:
        """Stop the server (if it still runs) and delete its folder."""
        try:
            self.stop()
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """A new cluster in a temporary folder, started; `remove()` it when done."""
    owner = _unprivileged_user()
    folder = Path(tempfile.mkdtemp(prefix="chiplens-pg-"))  # not under pytest's root-only folder: the owner reads it
    (folder / "pwfile").write_text(SUPERPASS + "\n")
    if owner:
        shutil.chown(folder, owner)
        shutil.chown(folder / "pwfile", owner)
    try:
        _run([pg_binary("initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, f"--pwfile={folder / 'pwfile'}",
              "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"], owner)
        # TLS as a team's server has it, with a certificate for another name than the one the tests connect to
        _run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=db.example.org",
              "-keyout", str(folder / "server.key"), "-out", str(folder / "server.crt")], None)
        os.chmod(folder / "server.key", 0o600)
        if owner:
            for name in ("server.key", "server.crt"):
                shutil.chown(folder / name, owner)
        cluster = Cluster(folder, _free_port(), owner)
        cluster.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster
