"""Two analysts' stores (real SQLite files) syncing through one real PostgreSQL server: shared rows arrive,
changes made apart are both kept, and a sync cut off anywhere (server stopped, client killed) loses nothing and
applies nothing twice."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.team import server, sync

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def stores(store_of):
    """Ana's, Ben's and Rita's stores, each a copy of a freshly seeded one."""
    return {who: store_of(who) for who in ("ana", "ben", "rita")}


def mirror(store: Path) -> dict:
    with sqlite3.connect(store) as c:
        return {u: (json.loads(b), a, v, d) for u, b, a, v, d in
                c.execute("SELECT uuid, body, author, version, deleted FROM team_item")}


def conflicts(store: Path) -> list:
    with sqlite3.connect(store) as c:
        return [(u, json.loads(m) if m else None, json.loads(t) if t else None, v, r) for u, m, t, v, r in
                c.execute("SELECT uuid, mine, theirs, theirs_version, reason FROM team_conflict")]


def server_rows(url: str) -> dict:
    eng = sa.create_engine(url)
    with eng.connect() as conn:
        rows = {str(u): (b, v) for u, b, v in conn.execute(sa.text("SELECT uuid, body, version FROM item"))}
    eng.dispose()
    return rows


def note(text: str) -> dict:
    return {"title": text.split()[0], "body": text, "tags": ["h20"]}


def test_a_note_one_analyst_shares_reaches_the_other(stores, engines, team_db):
    uid = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", uid, note("H20 licence decision: 15% revenue share"))
    assert sync.queued(stores["ana"]) == 1
    report = sync.sync(stores["ana"], engines["ana"])
    assert (report.pushed, report.conflicts, report.queued) == (1, 0, 0)
    sync.sync(stores["ben"], engines["ben"])
    body, author, version, deleted = mirror(stores["ben"])[uid]
    assert body == note("H20 licence decision: 15% revenue share") and author.endswith("_ana") and version == 1
    assert deleted is None


def test_both_analysts_edit_the_same_note_offline_and_both_versions_are_kept(stores, engines):
    uid = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", uid, note("draft"))
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])  # both have version 1
    sync.queue(stores["ana"], "note", uid, note("ana's edit"))
    sync.queue(stores["ben"], "note", uid, note("ben's edit"))  # ben may not change ana's row: kept, not lost
    sync.sync(stores["ana"], engines["ana"])
    report = sync.sync(stores["ben"], engines["ben"])
    assert report.conflicts == 1 and report.queued == 0
    [(got_uid, mine, theirs, version, reason)] = conflicts(stores["ben"])
    assert (got_uid, mine, theirs, version) == (uid, note("ben's edit"), note("ana's edit"), 2)
    assert reason == "edited_elsewhere"
    assert mirror(stores["ben"])[uid][0] == note("ana's edit")  # the team's copy is the server's


def test_an_analyst_edits_its_own_note_on_two_computers_and_the_second_is_a_conflict_not_a_loss(stores, engines):
    uid = str(uuid.uuid4())
    laptop, desktop = stores["ana"], stores["rita"]  # two stores of the same analyst
    sync.queue(laptop, "note", uid, note("v1"))
    sync.sync(laptop, engines["ana"])
    sync.sync(desktop, engines["ana"])
    sync.queue(laptop, "note", uid, note("from the laptop"))
    sync.queue(desktop, "note", uid, note("from the desktop"))
    sync.sync(laptop, engines["ana"])
    assert sync.sync(desktop, engines["ana"]).conflicts == 1
    [(_, mine, theirs, _, _)] = conflicts(desktop)
    assert (mine, theirs) == (note("from the desktop"), note("from the laptop"))


def test_a_change_the_server_refuses_is_kept_with_the_reason(stores, engines, team):
    uid = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", uid, note("ana's"))
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])
    sync.queue(stores["ben"], "note", uid, note("ben rewrites ana's note"))  # based on the current version
    assert sync.sync(stores["ben"], engines["ben"]).conflicts == 1
    [(_, mine, theirs, _, reason)] = conflicts(stores["ben"])
    assert reason == "refused" and mine == note("ben rewrites ana's note") and theirs == note("ana's")
    [(body, version)] = server_rows(team["admin"]).values()
    assert body == note("ana's") and version == 1


def test_a_deletion_syncs_as_a_trash_entry(stores, engines):
    uid = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", uid, note("to delete"))
    sync.sync(stores["ana"], engines["ana"])
    sync.queue(stores["ana"], "note", uid, None)
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])
    body, _, version, deleted = mirror(stores["ben"])[uid]
    assert deleted is not None and body == note("to delete") and version == 2  # in the trash, restorable


def test_a_reader_pulls_and_its_own_changes_wait_as_refused(stores, engines):
    uid = str(uuid.uuid4())
    sync.queue(stores["rita"], "note", uid, note("a reader's note"))
    with pytest.raises(server.TeamError):
        sync.sync(stores["rita"], engines["rita"])
    assert sync.queued(stores["rita"]) == 1  # nothing lost


def test_a_long_transaction_committing_late_is_not_skipped_by_pulls(stores, engines, team):
    slow = engines["ben"].connect()
    tx = slow.begin()
    late = str(uuid.uuid4())
    slow.execute(sa.text("INSERT INTO item (uuid, kind, body) VALUES (:u, 'note', '{\"body\": \"late\"}')"),
                 {"u": late})
    early = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", early, note("early"))
    sync.sync(stores["ana"], engines["ana"])  # commits after ben's insert began, with a later change number
    sync.pull(stores["rita"], engines["rita"])
    assert set(mirror(stores["rita"])) == set()  # ben's transaction is open: nothing at or above it yet
    tx.commit()
    slow.close()
    sync.pull(stores["rita"], engines["rita"])
    assert {early, late} <= set(mirror(stores["rita"]))


def test_a_server_stopped_mid_sync_keeps_the_queue_and_the_next_sync_applies_it_once(stores, engines, pg_cluster,
                                                                                      team):
    uid = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", uid, note("while the server dies"))

    def stop_server(point: str) -> None:
        if point == "before-server-commit":
            pg_cluster.stop()
    try:
        with pytest.raises(server.TeamError, match="cannot be reached|stopped answering"):
            sync.push(stores["ana"], engines["ana"], hook=stop_server)
    finally:
        pg_cluster.start()
    assert sync.queued(stores["ana"]) == 1
    engines["ana"].dispose()  # the pool's connections died with the server
    assert sync.sync(stores["ana"], engines["ana"]).pushed == 1
    assert list(server_rows(team["admin"])) == [uid]


PUSH_AND_DIE = textwrap.dedent("""
    import os, sys, time
    import sqlalchemy as sa
    from pathlib import Path
    from db.team import sync
    def hook(point):
        if point == "pushed":  # the server committed; the store has not heard
            Path(sys.argv[3]).write_text("pushed")
            time.sleep(60)
    sync.push(Path(sys.argv[1]), sa.create_engine(sys.argv[2]), hook=hook)
""")


def test_a_client_killed_after_the_server_committed_applies_nothing_twice(stores, engines, team, tmp_path):
    uid = str(uuid.uuid4())
    sync.queue(stores["ana"], "note", uid, note("pushed, then kill -9"))
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", PUSH_AND_DIE, str(stores["ana"]), team["ana"], str(marker)],
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT)
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the push never reached the server"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert sync.queued(stores["ana"]) == 1  # the store never heard back
    report = sync.sync(stores["ana"], engines["ana"])
    assert (report.pushed, report.conflicts, report.queued) == (1, 0, 0)  # recognised as its own, not a conflict
    assert [v for _, v in server_rows(team["admin"]).values()] == [1]  # written once
    sync.queue(stores["ana"], "note", uid, note("edited after the crash"))
    assert sync.sync(stores["ana"], engines["ana"]).conflicts == 0


def test_a_server_from_a_newer_chiplens_is_refused_before_anything_moves(stores, engines, team):
    eng = sa.create_engine(team["admin"])
    with eng.begin() as conn:
        conn.execute(sa.text("UPDATE chiplens_team_version SET version_num = 't9999'"))
    eng.dispose()
    sync.queue(stores["ana"], "note", str(uuid.uuid4()), note("waits"))
    with pytest.raises(server.NewerTeamSchemaError, match="newer ChipLens"):
        sync.sync(stores["ana"], engines["ana"])
    assert sync.queued(stores["ana"]) == 1
