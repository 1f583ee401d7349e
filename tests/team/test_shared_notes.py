"""Shared notes between two analysts' stores through a real PostgreSQL server: private unless shared, every
later save follows, a teammate's note arrives with its author and goes to the trash when its author deletes it."""
from __future__ import annotations

import pytest

from db.api import Library
from db.team import shared_notes, sync


@pytest.fixture
def stores(store_of):
    return {who: store_of(who) for who in ("ana", "ben")}


def teammates_notes(store):
    import sqlite3
    with sqlite3.connect(store) as c:
        return {r[0]: r[1:] for r in c.execute("SELECT title, body, team_author, deleted IS NOT NULL FROM note "
                                               "WHERE team_author IS NOT NULL")}


def test_a_private_note_stays_home_and_a_shared_one_reaches_the_teammate_with_its_author(stores, engines):
    ana = Library(stores["ana"]).notes
    ana.create("Private", "my own thinking")
    uid, _ = ana.create("H20 licence", "15% revenue share, August 2025", tags=["h20"], links=["device:910c"])
    shared_notes.share(stores["ana"], uid)
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])
    got = teammates_notes(stores["ben"])
    assert set(got) == {"H20 licence"}  # the private one stayed with ana
    body, author, deleted = got["H20 licence"]
    assert body == "15% revenue share, August 2025" and author.endswith("_ana") and not deleted
    [summary] = [n for n in Library(stores["ben"]).notes.list() if n.title == "H20 licence"]
    note = Library(stores["ben"]).notes.get(summary.uid)
    assert note.tags == ("h20",) and [(link.kind, link.target) for link in note.links] == [("device", "ascend-910c")]


def test_every_save_of_a_shared_note_follows_and_a_deletion_moves_the_teammates_copy_to_the_trash(stores, engines):
    ana = Library(stores["ana"]).notes
    uid, _ = ana.create("CM384 power", "559 kW")
    shared_notes.share(stores["ana"], uid)
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])
    ana.save(uid, "CM384 power", "559 kW (SemiAnalysis), third-party")
    assert sync.queued(stores["ana"]) == 1  # queued by the save itself
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])
    assert teammates_notes(stores["ben"])["CM384 power"][0] == "559 kW (SemiAnalysis), third-party"
    ana.delete(uid)
    sync.sync(stores["ana"], engines["ana"])
    sync.sync(stores["ben"], engines["ben"])
    assert teammates_notes(stores["ben"])["CM384 power"][2]  # in ben's trash: restorable, not gone
