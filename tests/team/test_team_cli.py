"""`chiplens team ...` and `chiplens notes add --shared`, run as the analyst runs them (the `chiplens` entry point
in a process of its own, with its own data folder) against a real PostgreSQL server: two analysts share a note,
a source and a figure through the command line; a reader's change waits; bad passwords, unknown conflicts and a
non-administrator's member commands get a message, never a traceback."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from db import api

ROOT = Path(__file__).resolve().parents[2]


def user(team: dict[str, str], who: str) -> str:
    """The PostgreSQL login of `who` in the test's library."""
    return str(make_url(team[who]).username)


@dataclass
class Done:
    code: int
    out: str
    err: str


@pytest.fixture
def env(tmp_path, pg_cluster, team_db, request) -> dict[str, str]:
    """The environment of every run: a home of the test's own, no system keyring, libpq's password file naming
    each login of the test's library (as an analyst's ~/.pgpass would)."""
    home = tmp_path / "home"
    home.mkdir()
    pgpass = home / ".pgpass"
    urls = [make_url(u) for u in request.getfixturevalue("team").values()] if "team" in request.fixturenames else []
    lines = [f"127.0.0.1:{pg_cluster.port}:{team_db}:{u.username}:{u.password}" for u in urls]
    pgpass.write_text("\n".join(lines) + "\n")
    pgpass.chmod(0o600)
    out = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "CHIPLENS_"))}
    out.update(HOME=str(home), PGPASSFILE=str(pgpass), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(ROOT), LANGUAGE="en", LC_ALL="C.UTF-8")
    return out


@pytest.fixture
def folders(tmp_path, seeded_template) -> dict[str, Path]:
    """Ana's, Ben's and Rita's data folders, each with a copy of a freshly seeded store."""
    out = {}
    for who in ("ana", "ben", "rita"):
        out[who] = tmp_path / who
        out[who].mkdir()
        shutil.copy(seeded_template, out[who] / api.DB_FILENAME)
    return out


def chiplens(env: dict[str, str], folder: Path | None, *argv: str, stdin: str | None = None) -> Done:
    where = ["--data-dir", str(folder)] if folder is not None else []
    done = subprocess.run([sys.executable, "-m", "desktop", *where, *argv], env=env, input=stdin or "",
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return Done(done.returncode, done.stdout, done.stderr)


def address(team: dict[str, str], who: str) -> str:
    """The library as an analyst writes it: a libpq URI without a password."""
    url = make_url(team[who])
    return f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"


def connect(env, folders, team, who: str) -> Done:
    done = chiplens(env, folders[who], "team", "connect", address(team, who))
    assert done.code == 0, done.err
    return done


def test_a_note_source_and_figure_one_analyst_shares_reach_the_other(env, folders, team, pg_cluster, team_db):
    done = connect(env, folders, team, "ana")
    assert done.out.strip() == (f"connected to {user(team, 'ana')}@127.0.0.1:{pg_cluster.port}/{team_db} as "
                                f"{user(team, 'ana')} (editor)")
    private = chiplens(env, folders["ana"], "notes", "add", "--title", "Ana's private musings")
    shared = chiplens(env, folders["ana"], "notes", "add", "--title", "H20 licence decision", "--body-file", "-",
                      "--tag", "h20", "--shared", stdin="The licence requirement came in April.\n")
    assert private.code == 0 and shared.code == 0 and "shared with the team" in shared.err
    ana = api.Library(folders["ana"] / api.DB_FILENAME)
    key = ana.catalog.save_source({"publisher": "Ana's lab", "title": "910C bench run"})[0].key
    ana.catalog.save_value({"device": "ascend-910c", "metric": "bf16_dense", "value": "790 TFLOPS", "source": key,
                            "confidence": "third-party"})
    status = json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)
    assert status["queued"] == 3 and status["last_sync"] is None  # the note, the source, the figure

    done = chiplens(env, folders["ana"], "team", "sync")
    # her own rows coming back from the library are not counted as pulled
    assert done.code == 0 and done.out.strip() == "pushed 3, pulled 0, new conflicts 0, still queued 0", done.err

    connect(env, folders, team, "ben")
    done = chiplens(env, folders["ben"], "team", "sync")
    assert done.code == 0 and done.out.startswith("pushed 0, pulled 3,"), done.err
    notes = json.loads(chiplens(env, folders["ben"], "notes", "list", "--format", "json").out)
    titles = [n["title"] for n in notes]
    assert "H20 licence decision" in titles and "Ana's private musings" not in titles
    sources = json.loads(chiplens(env, folders["ben"], "sources", "--format", "json").out)
    bench = [s for s in sources if s["publisher"] == "Ana's lab"]
    assert [s["title"] for s in bench] == ["910C bench run"] and bench[0]["figures"] == 1


def test_status_json_says_where_who_what_waits_and_the_last_error(env, folders, team, pg_cluster, team_db):
    done = chiplens(env, folders["ana"], "team", "status", "--json")
    assert done.code == 0 and json.loads(done.out) == {
        "connected": False, "where": None, "user": None, "role": None, "last_sync": None, "queued": 0,
        "conflicts": 0, "last_error": None, "password_kept": False}
    connect(env, folders, team, "ana")
    chiplens(env, folders["ana"], "notes", "add", "--title", "queued", "--shared")
    status = json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)
    assert status["connected"] and status["user"] == user(team, "ana") and status["role"] == "editor"
    assert status["where"].endswith(f"127.0.0.1:{pg_cluster.port}/{team_db}") and status["queued"] == 1
    assert status["last_error"] is None and status["last_sync"] is None
    assert chiplens(env, folders["ana"], "team", "sync").code == 0
    status = json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)
    assert status["queued"] == 0 and status["last_sync"] and status["conflicts"] == 0

    pg_cluster.stop()
    try:
        chiplens(env, folders["ana"], "notes", "add", "--title", "written offline", "--shared")
        done = chiplens(env, folders["ana"], "team", "sync")
        assert done.code == 1 and "cannot be reached" in done.err and done.out == ""
        status = json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)
        assert status["queued"] == 1 and "cannot be reached" in status["last_error"]
        text = chiplens(env, folders["ana"], "team", "status").out
        assert "queued changes: 1" in text and "last error: " in text
    finally:
        pg_cluster.start()
    assert chiplens(env, folders["ana"], "team", "sync").code == 0
    assert json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)["last_error"] is None


def test_a_reader_pulls_but_its_change_waits_with_a_clear_message(env, folders, team, pg_cluster, team_db):
    connect(env, folders, team, "ana")
    chiplens(env, folders["ana"], "notes", "add", "--title", "from an editor", "--shared")
    assert chiplens(env, folders["ana"], "team", "sync").code == 0
    done = connect(env, folders, team, "rita")
    assert "(reader)" in done.out
    uid = chiplens(env, folders["rita"], "notes", "add", "--title", "a reader's note").out.strip()
    assert chiplens(env, folders["rita"], "notes", "share", uid).code == 0
    done = chiplens(env, folders["rita"], "team", "sync")
    assert done.code == 1 and done.out == ""
    assert f"{user(team, 'rita')} is a reader (pull only)" in done.err and "1 change(s) stay queued" in done.err
    assert f"chiplens team add-member {user(team, 'rita')} --role editor" in done.err
    titles = [n["title"] for n in json.loads(chiplens(env, folders["rita"], "notes", "list", "--format", "json").out)]
    assert "from an editor" in titles and "a reader's note" in titles  # the team's came; hers is still here
    status = json.loads(chiplens(env, folders["rita"], "team", "status", "--json").out)
    assert status["queued"] == 1 and "is a reader" in status["last_error"]  # nothing lost


def test_an_edit_of_a_teammates_note_is_refused_and_kept_as_a_conflict(env, folders, team):
    for who in ("ana", "ben"):
        connect(env, folders, team, who)
    chiplens(env, folders["ana"], "notes", "add", "--title", "Ana's brief", "--shared")
    chiplens(env, folders["ana"], "team", "sync")
    chiplens(env, folders["ben"], "team", "sync")
    ben = api.Library(folders["ben"] / api.DB_FILENAME)
    uid = next(n.uid for n in ben.notes.list() if n.title == "Ana's brief")
    ben.notes.save(uid, "Ana's brief", "ben rewrote it")
    done = chiplens(env, folders["ben"], "team", "sync")
    assert done.code == 0 and ", new conflicts 1, still queued 0" in done.out, done.err
    listed = json.loads(chiplens(env, folders["ben"], "team", "conflicts", "--json").out)
    assert [(c["title"], c["reason"], c["theirs_author"]) for c in listed] == [
        ("Ana's brief", "refused", user(team, "ana"))]
    assert "refused by the library" in chiplens(env, folders["ben"], "team", "conflicts").out
    done = chiplens(env, folders["ben"], "team", "resolve", str(listed[0]["id"]), "--keep", "mine")
    assert done.code == 2 and "refused this change" in done.err and "--keep copy" in done.err
    done = chiplens(env, folders["ben"], "team", "resolve", str(listed[0]["id"]), "--keep", "copy")
    assert done.code == 0 and chiplens(env, folders["ben"], "team", "conflicts", "--json").out.strip() == "[]"
    bodies = sorted(ben.notes.get(n.uid).body for n in ben.notes.list() if "brief" in n.title)
    assert bodies == ["", "ben rewrote it"]  # ana's note as she wrote it, and ben's words kept in a copy


def test_conflicts_are_listed_and_settled_and_an_unknown_one_is_named(env, folders, team, pg_cluster, team_db):
    for who in ("ana", "ben"):
        connect(env, folders, team, who)
    uid = chiplens(env, folders["ana"], "notes", "add", "--title", "Shared brief", "--shared").out.strip()
    chiplens(env, folders["ana"], "team", "sync")
    chiplens(env, folders["ben"], "team", "sync")
    ben_uid = next(n["uid"] for n in json.loads(chiplens(env, folders["ben"], "notes", "list", "--format",
                                                         "json").out) if n["title"] == "Shared brief")
    api.Library(folders["ana"] / api.DB_FILENAME).notes.save(uid, "Shared brief", "ana's version")
    api.Library(folders["ben"] / api.DB_FILENAME).notes.save(ben_uid, "Shared brief", "ben's version")
    assert chiplens(env, folders["ana"], "team", "sync").code == 0
    done = chiplens(env, folders["ben"], "team", "sync")
    assert done.code == 0 and ", new conflicts 1," in done.out and "chiplens team conflicts" in done.err
    listed = json.loads(chiplens(env, folders["ben"], "team", "conflicts", "--json").out)
    assert [(c["kind"], c["title"], c["reason"]) for c in listed] == [("note", "Shared brief", "edited_elsewhere")]
    assert listed[0]["theirs"]["body"] == "ana's version" and listed[0]["mine"]["body"] == "ben's version"
    assert listed[0]["theirs_author"] == user(team, "ana")
    table = chiplens(env, folders["ben"], "team", "conflicts").out
    assert "Shared brief" in table and "edited elsewhere" in table

    done = chiplens(env, folders["ben"], "team", "resolve", str(listed[0]["id"] + 100), "--keep", "theirs")
    assert done.code == 2 and f"no open conflict {listed[0]['id'] + 100}" in done.err
    done = chiplens(env, folders["ben"], "team", "resolve", str(listed[0]["id"]), "--keep", "theirs")
    assert done.code == 0
    assert json.loads(chiplens(env, folders["ben"], "team", "conflicts", "--json").out) == []
    assert api.Library(folders["ben"] / api.DB_FILENAME).notes.get(ben_uid).body == "ana's version"


def test_a_wrong_or_missing_password_is_told_with_its_exit_code(env, folders, team, pg_cluster, team_db):
    url = address(team, "ana")
    done = chiplens(env, folders["ana"], "team", "connect", url, "--password-stdin", stdin="not-her-password\n")
    assert done.code == 1 and "refused the user name or password" in done.err and done.out == ""
    no_file = {**env, "PGPASSFILE": str(Path(env["HOME"]) / "none")}
    done = chiplens(no_file, folders["ana"], "team", "connect", url)  # no terminal: nothing is asked
    assert done.code == 1 and "refused the user name or password" in done.err
    assert json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)["connected"] is False
    done = chiplens(no_file, folders["ana"], "team", "connect", url, "--password-stdin", "--keep-password",
                    stdin="pw-ana\n")
    assert done.code == 0 and "(editor)" in done.out and "no system keyring" in done.err and ".pgpass" in done.err
    done = chiplens(no_file, folders["ana"], "team", "sync")  # a later run: no password kept, none in ~/.pgpass
    assert done.code == 1 and "refused the user name or password" in done.err and ".pgpass" in done.err
    done = chiplens(env, folders["ana"], "team", "connect", "postgresql://[broken")
    assert done.code == 1 and "not a PostgreSQL connection string" in done.err


def test_a_missing_password_is_asked_once_on_a_terminal(env, folders, team, pg_cluster, team_db):
    import pty
    import select
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(folders["ana"]), "team", "connect",
                             address(team, "ana")], stdin=slave, stderr=slave,
                            stdout=subprocess.PIPE, env={**env, "PGPASSFILE": str(Path(env["HOME"]) / "none")},
                            text=True)
    os.close(slave)
    seen = b""
    try:
        while b"Password for" not in seen:
            ready, _, _ = select.select([master], [], [], 60)
            assert ready, seen
            seen += os.read(master, 1024)
        os.write(master, b"pw-ana\n")
        out, _ = proc.communicate(timeout=60)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "(editor)" in out
    assert json.loads(chiplens(env, folders["ana"], "team", "status", "--json").out)["connected"] is True


def test_init_on_a_fresh_database_prints_the_schema_revision(env, pg_cluster, team_db, tmp_path):
    superuser = make_url(pg_cluster.url())
    url = f"postgresql://{superuser.username}@127.0.0.1:{pg_cluster.port}/{team_db}"
    password = f"{superuser.password}\n"
    done = chiplens(env, tmp_path / "admin", "team", "init", url, "--password-stdin", stdin=password)
    assert done.code == 0 and done.out.startswith("team library ready: schema revision "), done.err
    revision = done.out.split()[-1]
    again = chiplens(env, tmp_path / "admin", "team", "init", url, "--password-stdin", stdin=password)
    assert again.code == 0 and again.out.split()[-1] == revision
    empty = f"postgresql://{superuser.username}@127.0.0.1:{pg_cluster.port}/postgres"
    done = chiplens(env, tmp_path / "admin", "team", "members", "--url", empty, "--password-stdin", stdin=password)
    assert done.code == 1 and "holds no ChipLens team library" in done.err


def test_an_admin_adds_a_member_and_lists_the_roles_and_others_are_refused(env, folders, team, pg_cluster, team_db):
    import sqlalchemy as sa
    eng = sa.create_engine(team["admin"])
    cara = f"{user(team, 'ana')}_cara"[-60:]  # unique to the test: roles are the cluster's
    with eng.begin() as conn:
        conn.execute(sa.text(f'CREATE ROLE "{cara}" LOGIN PASSWORD \'pw-cara\''))
    eng.dispose()
    boss = ("--url", address(team, "boss"))
    done = chiplens(env, folders["ana"], "team", "add-member", cara, "--role", "reader", *boss)
    assert done.code == 0, done.err
    members = json.loads(chiplens(env, folders["ana"], "team", "members", "--json", *boss).out)
    assert {"name": cara, "role": "reader"} in members
    assert {"name": user(team, "boss"), "role": "admin"} in members
    assert "reader" in chiplens(env, folders["ana"], "team", "members", *boss).out

    done = chiplens(env, folders["ana"], "team", "add-member", "nobody_by_that_name", "--role", "editor", *boss)
    assert done.code == 1 and "no PostgreSQL role 'nobody_by_that_name'" in done.err
    done = chiplens(env, folders["ana"], "team", "add-member", cara, "--role", "owner", *boss)
    assert done.code == 2 and "invalid choice: 'owner'" in done.err

    done = chiplens(env, folders["ana"], "team", "members")  # on this store's library: it has none
    assert done.code == 2 and "not connected to a team library" in done.err
    connect(env, folders, team, "ana")
    for argv in (("members",), ("add-member", cara, "--role", "admin")):
        done = chiplens(env, folders["ana"], "team", *argv)
        assert done.code == 1 and "Only an administrator of the team library can" in done.err
        assert f"{user(team, 'ana')} is not one (team role: editor)" in done.err
    members = json.loads(chiplens(env, folders["ana"], "team", "members", "--json", *boss).out)
    assert {"name": cara, "role": "reader"} in members  # unchanged


def test_commands_on_a_store_not_connected_say_how_to_connect(env, folders):
    done = chiplens(env, folders["ana"], "team", "sync")
    assert done.code == 1 and "not connected to a team library" in done.err and "chiplens team connect" in done.err
    done = chiplens(env, folders["ana"], "team", "status")
    assert done.code == 0 and "not connected" in done.out
    done = chiplens(env, folders["ana"], "notes", "share", "no-such-note")
    assert done.code == 2 and "no note with uid 'no-such-note'" in done.err
