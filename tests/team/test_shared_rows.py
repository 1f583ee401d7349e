"""The analyst's catalog rows through a real team library: a device of their own with a figure on it, a source,
a group and an event reach a teammate as the team's rows, with their author; later edits and deletions follow;
a key both analysts use stays two rows; an edit made apart from an administrator's is kept, not lost."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from db import api
from db.api import team as team_api


@pytest.fixture
def stores(store_of):
    return {who: store_of(who) for who in ("ana", "ben", "boss")}


@pytest.fixture
def connected(stores, team):
    for who in stores:
        team_api.connect(stores[who], team[who])
    return stores


def rows(store, sql, *args):
    with sqlite3.connect(store) as c:
        return c.execute(sql, args).fetchall()


def ana_adds_her_work(store):
    src = api.save_source(store, {"publisher": "Desk lab", "title": "Bench run 7", "url": "https://example.org/7",
                                  "date": "2026-11"})[0].key
    slug = api.save_device(store, {"name": "Ascend 950PR test board", "kind": "chip", "vendor": "Huawei (HiSilicon)",
                                   "country": "CN", "status": "announced", "aliases": ["950PR board"]})[0].key
    uid = api.save_value(store, {"device": slug, "metric": "bf16_dense", "value": "1,000 TFLOPS", "source": src,
                                 "confidence": "reported"})[0].key
    correction = api.save_value(store, {"device": "h20", "metric": "memory_bandwidth", "value": "4.0 TB/s",
                                        "source": src, "confidence": "third-party"})[0].key
    group = api.save_group(store, "950PR vs H20", [slug, "h20"])[0].key
    event, _ = api.save_event(store, {"date": "2026-11-20", "precision": "day", "title": "950PR boards seen in Shenzhen",
                                      "summary": "Boards counted at two distributors.", "actor": "Our desk",
                                      "jurisdiction": "CN", "category": "market", "confidence": "reported",
                                      "sources": [{"publisher": "Field visit", "title": "Notes",
                                                   "url": "https://example.org/n", "date": None}],
                                      "devices": [slug, "h20"], "tags": ["distributors"]})
    return {"source": src, "device": slug, "figure": uid, "correction": correction, "group": group, "event": event}


def test_an_analysts_catalog_rows_reach_a_teammate_as_the_teams_with_their_author(connected, team, team_db):
    from tests.team.conftest import login
    made = ana_adds_her_work(connected["ana"])
    assert team_api.status(connected["ana"]).queued == 6
    report = team_api.sync(connected["ana"])
    assert (report.pushed, report.conflicts, report.queued) == (6, 0, 0)
    team_api.sync(connected["ben"])
    ben = connected["ben"]
    ana = login(team_db, "ana")
    # her device, with its alias and its figure, is the team's at Ben's, under its own slug
    [(name, origin)] = rows(ben, "SELECT name, origin FROM device WHERE slug = ?", made["device"])
    assert (name, origin) == ("Ascend 950PR test board", "team")
    assert rows(ben, "SELECT author FROM team_row WHERE kind = 'device' AND key = ?", made["device"]) == [(ana,)]
    [(value, unit, src_key, origin)] = rows(ben, "SELECT v.value_num, v.unit_text, s.key, v.origin FROM spec_value v "
                                                 "JOIN source s ON s.id = v.source_id WHERE v.uid = ?", made["figure"])
    assert (value, unit, src_key, origin) == (1000.0, "1,000 TFLOPS", made["source"], "team")
    # her correction of a bundled figure is offered beside it, not chosen for Ben
    h20 = rows(ben, "SELECT v.origin FROM spec_value v JOIN device d ON d.id = v.device_id JOIN metric m "
                    "ON m.id = v.metric_id WHERE d.slug = 'h20' AND m.key = 'memory_bandwidth'")
    assert ("team",) in h20 and ("seed",) in h20
    assert rows(ben, "SELECT 1 FROM value_choice WHERE value_uid = ?", made["correction"]) == []
    # the group and the event name her device
    assert list(next(p for p in api.list_pairings(ben) if p.slug == made["group"]).devices) == [
        made["device"], "h20"]
    event = api.get_event(ben, made["event"])
    assert event.title == "950PR boards seen in Shenzhen" and made["device"] in event.devices
    # Ben's own queue holds none of it: the team's rows are not his to send
    assert team_api.status(ben).queued == 0


def test_edits_and_deletions_follow_and_a_shared_key_stays_two_rows(connected):
    ana, ben = connected["ana"], connected["ben"]
    mine = api.save_source(ben, {"publisher": "Desk lab", "title": "Bench run 7", "url": "https://example.org/ben",
                                 "date": "2026-10"})[0].key
    made = ana_adds_her_work(ana)
    assert made["source"] == mine  # both made the same key from the same publisher and title
    team_api.sync(ana)
    team_api.sync(ben)
    assert rows(ben, "SELECT url, origin FROM source WHERE key = ?", mine) == [("https://example.org/ben", "user")]
    [(key, url, origin)] = rows(ben, "SELECT s.key, s.url, s.origin FROM spec_value v JOIN source s "
                                     "ON s.id = v.source_id WHERE v.uid = ?", made["figure"])
    assert key != mine and url == "https://example.org/7" and origin == "team"
    # an edit and a deletion of Ana's follow her
    api.save_value(ana, {"device": made["device"], "metric": "bf16_dense", "value": "1,100 TFLOPS",
                         "source": made["source"], "confidence": "reported"}, made["figure"])
    api.delete_event(ana, made["event"])
    report = team_api.sync(ana)
    assert report.pushed == 2
    team_api.sync(ben)
    assert rows(ben, "SELECT value_num FROM spec_value WHERE uid = ?", made["figure"]) == [(1100.0,)]
    assert rows(ben, "SELECT 1 FROM event WHERE uid = ?", made["event"]) == []


def test_an_event_changed_apart_by_its_author_and_an_admin_keeps_both(connected, team, team_db):
    ana, boss = connected["ana"], connected["boss"]
    made = ana_adds_her_work(ana)
    team_api.sync(ana)
    team_api.sync(boss)
    fields = {"date": "2026-11-20", "precision": "day", "summary": "Boards counted at two distributors.",
              "actor": "Our desk", "jurisdiction": "CN", "category": "market", "confidence": "reported",
              "sources": [{"publisher": "Field visit", "title": "Notes", "url": "https://example.org/n",
                           "date": None}], "devices": ["h20"], "tags": []}
    assert rows(boss, "SELECT key FROM team_row WHERE kind = 'event'") == [(made["event"],)]
    api.save_event(ana, {**fields, "title": "950PR boards seen (Ana's count)"}, made["event"])
    team_api.sync(ana)
    api.save_event(ana, {**fields, "title": "950PR boards: Ana offline"}, made["event"])
    # meanwhile the library's copy moves on (an admin's correction), straight on the server
    import sqlalchemy as sa
    eng = sa.create_engine(team["boss"])  # the administrator's login, straight on the server
    with eng.begin() as srv:
        srv.execute(sa.text("UPDATE item SET body = jsonb_set(body, '{title}', '\"Admin: 950PR boards\"') "
                            "WHERE kind = 'event'"))
    eng.dispose()
    report = team_api.sync(ana)
    assert report.conflicts == 1
    [conflict] = team_api.conflicts(ana)
    assert (conflict.kind, conflict.reason) == ("event", "edited_elsewhere")
    assert conflict.mine["title"] == "950PR boards: Ana offline"
    assert conflict.theirs["title"] == "Admin: 950PR boards"
    from tests.team.conftest import login
    assert conflict.theirs_author == login(team_db, "boss")  # who wrote the library's version, not whose row it is
    assert conflict.title == "950PR boards: Ana offline"
    team_api.resolve(ana, conflict.id, "mine")
    assert team_api.conflicts(ana) == []
    report = team_api.sync(ana)
    assert (report.pushed, report.conflicts) == (1, 0)
    team_api.sync(boss)
    assert api.get_event(boss, made["event"]).title == "950PR boards: Ana offline"


def test_a_teammates_row_cannot_be_changed_here_and_a_change_the_library_refuses_is_kept(connected, team):
    ana, ben = connected["ana"], connected["ben"]
    made = ana_adds_her_work(ana)
    team_api.sync(ana)
    team_api.sync(ben)
    from db.catalog import CatalogValidationError
    with pytest.raises(CatalogValidationError):
        api.save_device(ben, {"name": "Ascend 950PR (Ben's name)", "kind": "chip", "vendor": "Huawei (HiSilicon)",
                              "country": "CN", "status": "announced"}, made["device"])
    # a change that reaches the library anyway (an older ChipLens, a row edited by hand) is refused by the server
    # and kept beside the library's version until Ben settles it
    with sqlite3.connect(ben) as c:
        c.execute("UPDATE device SET name = 'Ascend 950PR (Ben''s name)', origin = 'user' WHERE slug = ?",
                  (made["device"],))
    c.close()
    report = team_api.sync(ben)
    assert report.conflicts == 1
    [conflict] = team_api.conflicts(ben)
    assert (conflict.kind, conflict.reason, conflict.mine["name"], conflict.theirs["name"]) == (
        "device", "refused", "Ascend 950PR (Ben's name)", "Ascend 950PR test board")
    with pytest.raises(ValueError):
        team_api.resolve(ben, conflict.id, "mine")  # the library would refuse it again
    team_api.resolve(ben, conflict.id, "theirs")
    assert rows(ben, "SELECT name, origin FROM device WHERE slug = ?", made["device"]) == [
        ("Ascend 950PR test board", "team")]
    assert team_api.sync(ben).pushed == 0 and team_api.conflicts(ben) == []


def test_a_second_computer_of_the_same_analyst_gets_their_rows_back_as_theirs(connected, team, tmp_path,
                                                                               seeded_template):
    ana = connected["ana"]
    made = ana_adds_her_work(ana)
    note, _ = api.create_note(ana, "Shenzhen visit", "Two distributors had 950PR boards.", tags=["950pr"])
    team_api.share_note(ana, note)
    team_api.sync(ana)
    (tmp_path / "laptop").mkdir()
    laptop = tmp_path / "laptop" / api.DB_FILENAME
    shutil.copy(seeded_template, laptop)
    team_api.connect(laptop, team["ana"])
    team_api.sync(laptop)
    # hers, not the team's: editable, in her own style, and nothing to send back
    assert rows(laptop, "SELECT origin FROM spec_value WHERE uid = ?", made["figure"]) == [("user",)]
    assert rows(laptop, "SELECT origin FROM device WHERE slug = ?", made["device"]) == [("user",)]
    assert rows(laptop, "SELECT author FROM team_row WHERE kind = 'event'") == [(None,)]
    [(title, author)] = rows(laptop, "SELECT title, team_author FROM note WHERE team_uuid IS NOT NULL")
    assert (title, author) == ("Shenzhen visit", None)
    assert team_api.status(laptop).queued == 0
    # an edit on the laptop reaches the desk's store as hers
    api.save_value(laptop, {"device": made["device"], "metric": "bf16_dense", "value": "1,050 TFLOPS",
                            "source": made["source"], "confidence": "reported"}, made["figure"])
    assert team_api.sync(laptop).pushed == 1
    assert team_api.sync(ana).pulled == 1
    assert rows(ana, "SELECT value_num, origin FROM spec_value WHERE uid = ?", made["figure"]) == [(1050.0, "user")]
    assert team_api.status(ana).queued == 0 and team_api.conflicts(ana) == []


def test_a_sync_goes_through_while_the_status_is_read_again_and_again(connected):
    """The window reads the status while a sync runs on a worker: the reads must never hold the store's write lock
    (a pull then failed as 'database is locked')."""
    import threading
    ana, ben = connected["ana"], connected["ben"]
    made = ana_adds_her_work(ana)
    for i in range(40):
        api.save_value(ana, {"device": made["device"], "metric": "fp8_dense", "value": f"{1000 + i} TFLOPS",
                             "source": made["source"], "confidence": "reported"})
    team_api.sync(ana)
    outcome = {}

    def run():
        try:
            outcome["reports"] = [team_api.sync(ben) for _ in range(3)]  # the rows, then nothing new twice
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome["error"] = exc
    worker = threading.Thread(target=run)
    worker.start()
    reads = 0
    while worker.is_alive():
        team_api.status(ben)
        reads += 1
    worker.join()
    assert "error" not in outcome, outcome.get("error")
    assert [r.pulled for r in outcome["reports"]] == [46, 0, 0] and reads > 0
