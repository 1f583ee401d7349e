"""Policy-timeline events: seeded from the reference, filtered, and edited by the user safely."""
import json
import sqlite3

import pytest
from tests_support import REFERENCE_EXCERPT

import resources
from db import api
from db.dto import EventSourceDTO
from db.errors import EventValidationError, UnknownDeviceError, UnknownEventError
from db.events import CATEGORIES, JURISDICTIONS, parse_period, validate_event
from db.periods import period_end
from db.importers import reference as converter

H20_LICENCE = "US requires export licence for NVIDIA H20 (and AMD MI308) to China"
CM384_LAUNCH = "Huawei Cloud launches CloudMatrix 384 supernode in Wuhu (month only)"
EVENT_TABLES = ("event", "event_source", "event_device", "event_tag")


def user_fields(**changes):
    fields = {"date": "2025-04-09", "precision": "day", "title": "Analyst note: H20 stock check",
              "summary": "Distributor stock of H20 boards counted in Shenzhen.", "actor": "Our desk",
              "jurisdiction": "CN", "category": "market", "confidence": "reported",
              "sources": [{"publisher": "Field visit", "title": "Notes", "url": "https://example.org/n", "date": None}],
              "devices": ["H20"], "tags": ["distributors"]}
    return {**fields, **changes}


def by_title(events, title):
    return next(e for e in events if e.title == title)


def table_rows(path):
    with sqlite3.connect(path) as c:
        return {t: c.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in EVENT_TABLES}


def force_reseed(path):
    with sqlite3.connect(path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    return api.open_store(path)


# --- seeded events -------------------------------------------------------------------------------

def test_the_reference_events_are_seeded_with_their_dates(db_path, seed):
    events = api.list_events(db_path)
    assert len(events) == seed.events and {e.origin for e in events} == {"seed"}
    h20 = by_title(events, H20_LICENCE)
    assert (h20.date, h20.precision, h20.end, h20.label) == ("2025-04-09", "day", "2025-04-09", "2025-04-09")
    cm = by_title(events, CM384_LAUNCH)
    assert (cm.date, cm.precision, cm.end, cm.label) == ("2025-04-01", "month", "2025-04-30", "2025-04")
    assert [(e.date, e.title) for e in events] == sorted((e.date, e.title) for e in events)
    assert all(e.sources for e in events)
    regulation = sum(e["category"] == "regulation" for e in seed.event_records)
    assert regulation and sum(e.category == "regulation" for e in events) == regulation  # not remapped


def test_subjects_link_to_devices_through_aliases_and_the_rest_become_tags(db_path):
    events = api.list_events(db_path)
    h20 = by_title(events, H20_LICENCE)
    assert "h20" in h20.devices and "MI308" in h20.tags
    cm = by_title(events, CM384_LAUNCH)
    assert cm.devices == ("cloudmatrix-384", "ascend-910c") and cm.tags == ("Kunpeng",)
    blackwell = by_title(events, "NVIDIA announces Blackwell B200 and GB200 NVL72 rack system at GTC 2024")
    assert {"b200", "gb200-nvl72"} <= set(blackwell.devices) and "Blackwell" in blackwell.tags
    assert by_title(events, "NVIDIA announces Hopper architecture and H100 GPU at GTC 2022").devices == ("h100-sxm",)


def test_no_reference_subject_or_source_is_dropped(tmp_path):
    """The seed converter on an excerpt of each event file: each subject becomes a device link or a tag, every
    source and field is kept."""
    (tmp_path / "devices.json").write_bytes(resources.seed_bytes("devices.json"))
    converter.convert_events(REFERENCE_EXCERPT, tmp_path)
    reference = [rec for name in converter.EVENT_FILES
                 for rec in json.loads((REFERENCE_EXCERPT / name).read_text(encoding="utf-8"))]
    converted = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))["events"]
    names = converter.device_names(json.loads(resources.seed_bytes("devices.json")))
    assert len(converted) == len(reference) and any(e["devices"] for e in converted)
    assert {e["category"] for e in converted} >= {"software", "supply"}
    for e, ref in zip(converted, reference, strict=True):
        assert e["title"] == ref["title"] and e["date"].startswith(ref["date"])
        for subject in ref["subjects"]:
            assert subject in e["tags"] or names[" ".join(subject.casefold().split())] in e["devices"], subject
        assert [s["url"] for s in e["sources"]] == [s["url"] for s in ref["sources"]]
        assert (e["precision"], e["category"], e["confidence"]) == (
            ref["date_precision"], ref["category"], ref["confidence"])
        assert e["jurisdiction"] == (ref["jurisdiction"] if ref["jurisdiction"] in JURISDICTIONS else "other")


def test_reseeding_is_a_no_op_for_events(db_path, seed):
    before = table_rows(db_path)
    info = force_reseed(db_path)
    assert info.seeded["events"] == seed.events
    assert table_rows(db_path) == before  # same rows, ids and timestamps: nothing rewritten


def test_reseeding_repairs_seed_events_and_drops_retired_ones(db_path, seed):
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE event SET title = 'tampered' WHERE title = ?", (H20_LICENCE,))
        c.execute("INSERT INTO event (uid, date, precision, title, summary, actor, jurisdiction, category, confidence, "
                  "origin, created, updated) VALUES ('seed-retired', '2020-01-01', 'day', 'Retired seed event', "
                  "'', '', 'US', 'other', 'official', 'seed', 'x', 'x')")
    force_reseed(db_path)
    titles = {e.title for e in api.list_events(db_path)}
    assert H20_LICENCE in titles and "tampered" not in titles and "Retired seed event" not in titles
    assert len(titles) == seed.events


# --- filters -------------------------------------------------------------------------------------

def test_a_date_range_matches_every_event_whose_period_overlaps_it(db_path):
    titles = [e.title for e in api.list_events(db_path, date_from="2025-04-16", date_to="2025-04-20")]
    bundled = json.loads(resources.seed_bytes("events.json"))["events"]
    overlapping = sorted(e["title"] for e in bundled if e["date"] <= "2025-04-20"
                         and period_end(e["date"], e["precision"]) >= "2025-04-16")
    assert CM384_LAUNCH in titles  # the April 2025 month-precision launch overlaps mid-April
    assert sorted(titles) == overlapping
    april = {e.title for e in api.list_events(db_path, date_from="2025-04-01", date_to="2025-04-30")}
    assert {CM384_LAUNCH, H20_LICENCE} <= april
    assert all("2025-04-01" <= e.date <= "2025-04-30" for e in api.list_events(db_path, "2025-04-01", "2025-04-30"))


def test_filters_by_category_jurisdiction_confidence_device_and_text(db_path, seed):
    cn_export = api.list_events(db_path, categories=["export-control"], jurisdictions=["CN"])
    assert cn_export and all(e.category == "export-control" and e.jurisdiction == "CN" for e in cn_export)
    reported = api.list_events(db_path, confidences=["reported"])
    assert len(reported) == sum(e["confidence"] == "reported" for e in seed.event_records) > 0
    assert {e.confidence for e in reported} == {"reported"}
    h20 = api.list_events(db_path, device="h20")
    assert len(h20) == sum("h20" in e["devices"] for e in seed.event_records) > 0 and all("h20" in e.devices for e in h20)
    assert api.list_events(db_path, device="Ascend 910C") == api.list_events(db_path, device="ascend-910c")
    assert [e.title for e in api.list_events(db_path, text="kunpeng")] == [CM384_LAUNCH]  # a tag, any case
    assert {e.actor for e in api.list_events(db_path, text="us bis")} >= {"US BIS"}


def test_filters_that_match_nothing_return_an_empty_list(db_path):
    assert api.list_events(db_path, date_from="1990-01-01", date_to="1999-12-31") == []
    assert api.list_events(db_path, jurisdictions=["JP"]) == []
    assert api.list_events(db_path, categories=[]) == []  # nothing ticked: nothing shown
    assert api.list_events(db_path, text="no such words anywhere") == []


def test_bad_filters_are_refused(db_path):
    with pytest.raises(UnknownDeviceError) as err:
        api.list_events(db_path, device="H2O")
    assert "h20" in [s.casefold() for s in err.value.suggestions]
    with pytest.raises(ValueError, match="unknown category: tariffs"):
        api.list_events(db_path, categories=["tariffs"])
    with pytest.raises(ValueError, match="date_from"):
        api.list_events(db_path, date_from="2025-04")


# --- periods and validation ----------------------------------------------------------------------

@pytest.mark.parametrize("date, precision, end, label", [
    ("2025-04-09", "day", "2025-04-09", "2025-04-09"),
    ("2024-02-01", "month", "2024-02-29", "2024-02"),
    ("2025-12-01", "month", "2025-12-31", "2025-12"),
    ("2025-04-01", "quarter", "2025-06-30", "2025-Q2"),
    ("2025-10-01", "quarter", "2025-12-31", "2025-Q4"),
    ("1965-01-01", "year", "1965-12-31", "1965"),
])
def test_event_period_end_and_label(db_path, date, precision, end, label):
    uid, _ = api.save_event(db_path, user_fields(date=date, precision=precision))
    event = api.get_event(db_path, uid)
    assert (event.end, event.label) == (end, label)


@pytest.mark.parametrize("text, period", [
    ("2025", ("2025-01-01", "2025-12-31")), ("2025-02", ("2025-02-01", "2025-02-28")),
    ("2025-Q3", ("2025-07-01", "2025-09-30")), ("1969-07-20", ("1969-07-20", "1969-07-20")),
    ("2025-13", None), ("2025-02-30", None), ("April", None),
])
def test_parse_period(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("changes, message", [
    ({"date": ""}, "date is required"),
    ({"date": "2025-02-30"}, "date '2025-02-30' is not a valid date written YYYY-MM-DD"),
    ({"date": "09/04/2025"}, "is not a valid date"),
    ({"title": "  "}, "title is required"),
    ({"date": "2025-04-09", "precision": "month"},
     "a month-precision date must be the first day of the month (2025-04-01)"),
    ({"date": "2025-05-01", "precision": "quarter"}, "a quarter-precision date must be the first day of a quarter"),
    ({"date": "2025-04-01", "precision": "year"}, "a year-precision date must be 1 January (2025-01-01)"),
    ({"precision": "week"}, "precision 'week' is not one of day, month, quarter, year"),
    ({"jurisdiction": "FR"}, "jurisdiction 'FR' is not one of US, CN, EU, NL, JP, TW, KR, HK, other"),
    ({"category": "tariff"}, "category 'tariff' is not one of export-control"),
    ({"confidence": None}, "confidence is required (one of official, third-party, reported)"),
    ({"sources": [{"publisher": "X", "url": "ftp://example.org/a"}]}, "source 1: URL 'ftp://example.org/a' is not"),
    ({"sources": [{"publisher": "X", "url": "https://exa mple.org"}]}, "is not a well-formed http(s) address"),
    ({"sources": [{"publisher": "", "url": None}]}, "source 1: publisher is required"),
    ({"tags": "one tag"}, "tags must be a list"),
    ({"titel": "typo"}, "unknown field 'titel'"),
])
def test_validation_messages(changes, message):
    errors = validate_event(user_fields(**changes))
    assert len(errors) == 1 and message in errors[0], errors


def test_every_listed_value_is_accepted():
    for jurisdiction in JURISDICTIONS:
        assert validate_event(user_fields(jurisdiction=jurisdiction)) == []
    for category in CATEGORIES:
        assert validate_event(user_fields(category=category)) == []
    assert validate_event(user_fields(sources=[EventSourceDTO("Reuters", "Report", None, "2025-04")])) == []


def test_invalid_events_are_refused_with_every_message(seed, db_path):
    with pytest.raises(EventValidationError) as err:
        api.save_event(db_path, user_fields(date="2025-4-9", title="", category="tariff"))
    assert isinstance(err.value, ValueError) and len(err.value.messages) == 3
    assert "title is required" in err.value.messages
    assert len(api.list_events(db_path)) == seed.events


# --- user events ---------------------------------------------------------------------------------

def test_user_events_before_1970_and_on_the_same_day_are_listed_in_order(db_path):
    old, _ = api.save_event(db_path, user_fields(date="1965-07-01", title="Moore's paper on cramming components",
                                                 devices=[], category="other", jurisdiction="US"))
    api.save_event(db_path, user_fields(title="B: second note of the day"))
    api.save_event(db_path, user_fields(title="A: first note of the day"))
    events = api.list_events(db_path)
    assert events[0].uid == old and (events[0].date, events[0].end) == ("1965-07-01", "1965-07-01")
    same_day = [e.title for e in events if e.date == "2025-04-09"]
    assert same_day == ["A: first note of the day", "B: second note of the day", H20_LICENCE]
    assert [e.title for e in api.list_events(db_path, date_to="1969-12-31")] == ["Moore's paper on cramming components"]


def test_save_creates_then_edits_a_user_event(seed, db_path):
    uid, change = api.save_event(db_path, user_fields())
    assert len(uid) == 32 and change.kinds == {"event"} and change.device_slugs == {"h20"}
    event = api.get_event(db_path, uid)
    assert event.origin == "user" and event.devices == ("h20",) and event.tags == ("distributors",)
    assert event.sources == (EventSourceDTO("Field visit", "Notes", "https://example.org/n", None),)
    assert event.created.endswith("Z") and event.created == event.updated
    same, change = api.save_event(db_path, user_fields(title="Stock check, revised", devices=["910C", "CM384"],
                                                       tags=[]), uid=uid)
    edited = api.get_event(db_path, uid)
    assert same == uid and change.device_slugs == {"h20", "ascend-910c", "cloudmatrix-384"}
    assert edited.title == "Stock check, revised"
    assert (edited.devices, edited.tags) == (("ascend-910c", "cloudmatrix-384"), ())
    assert edited.created == event.created
    assert len(api.list_events(db_path)) == seed.events + 1


def test_seed_events_cannot_be_edited_or_deleted(db_path):
    seed = by_title(api.list_events(db_path), H20_LICENCE)
    with pytest.raises(ValueError, match="comes with ChipLens"):
        api.save_event(db_path, user_fields(), uid=seed.uid)
    with pytest.raises(ValueError, match="comes with ChipLens"):
        api.delete_event(db_path, seed.uid)
    assert api.get_event(db_path, seed.uid) == seed
    with pytest.raises(UnknownEventError):
        api.save_event(db_path, user_fields(), uid="0" * 32)


def test_unknown_device_in_a_user_event_is_refused(seed, db_path):
    with pytest.raises(UnknownDeviceError):
        api.save_event(db_path, user_fields(devices=["H2O"]))
    assert len(api.list_events(db_path)) == seed.events


def test_delete_then_restore_keeps_the_uid_and_everything_else(db_path):
    uid, _ = api.save_event(db_path, user_fields())
    original = api.get_event(db_path, uid)
    deleted, change = api.delete_event(db_path, uid)
    assert deleted == original and change.kinds == {"event"} and change.device_slugs == {"h20"}
    with pytest.raises(UnknownEventError):
        api.get_event(db_path, uid)
    assert api.restore_event(db_path, deleted).kinds == {"event"}
    assert api.get_event(db_path, uid) == original
    with pytest.raises(ValueError, match="already exists"):
        api.restore_event(db_path, deleted)
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT count(*) FROM event_source s LEFT JOIN event e ON e.id = s.event_id "
                         "WHERE e.id IS NULL").fetchone()[0] == 0  # no orphans left by the delete


def test_user_events_survive_reseeding(db_path, seed):
    uid, _ = api.save_event(db_path, user_fields())
    before = api.get_event(db_path, uid)
    force_reseed(db_path)
    assert api.get_event(db_path, uid) == before
    assert len(api.list_events(db_path)) == seed.events + 1
