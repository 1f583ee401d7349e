"""The software and supply events on the policy timeline: converted from the reference's software-events.json and
supply-events.json beside its timeline.json, seeded into real stores, filtered, and graded like the references
grade them (official, third-party, reported)."""
import json
import shutil

import pytest
from tests_support import REFERENCE_EXCERPT

import resources
from db import api
from db.events import CATEGORIES, CONFIDENCES, JURISDICTIONS, validate_event
from db.importers import reference as converter

NEW_CATEGORIES = ("software", "supply", "market", "funding")


def converted(tmp_path, reference=REFERENCE_EXCERPT):
    (tmp_path / "devices.json").write_bytes(resources.seed_bytes("devices.json"))
    converter.convert_events(reference, tmp_path)
    return json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))["events"]


def titled(events, words):
    return next(e for e in events if words in e["title"])


def test_the_vocabulary_has_the_new_categories_grade_and_jurisdiction():
    assert {"software", "supply", "market", "funding"} <= set(CATEGORIES)
    assert CONFIDENCES == ("official", "third-party", "reported")  # the order a filter and a legend list them in
    assert "HK" in JURISDICTIONS


def test_the_software_and_supply_excerpts_are_converted_as_the_reference_says(tmp_path):
    events = converted(tmp_path)
    cuda = titled(events, "CUDA licence clause")
    assert (cuda["category"], cuda["confidence"], cuda["jurisdiction"]) == ("software", "third-party", "US")
    assert cuda["devices"] == [] and cuda["tags"] == ["nvidia-cuda", "moorethreads-musa", "metax-maca"]  # stack ids
    triton = titled(events, "Triton-Ascend 3.2.0")  # the reference writes the month as '2026-01'
    assert (triton["date"], triton["precision"]) == ("2026-01-01", "month")
    assert triton["uid"] == converter.event_uid("2026-01-01", triton["title"])
    assert titled(events, "stockpile Samsung HBM2E")["jurisdiction"] == "other"  # 'CN/KR'
    assert titled(events, "HBM, not logic")["jurisdiction"] == "other"  # 'global'
    assert titled(events, "Biren lists in Hong Kong")["jurisdiction"] == "HK"
    h200 = titled(events, "Trump approves H200")
    assert h200["devices"] == ["h200"] and h200["tags"] == []  # 'NVIDIA H200': the maker's name, then an alias
    assert titled(events, "Cambricon H1 2025")["category"] == "funding"


def test_an_event_given_again_by_a_later_file_is_merged_into_one(tmp_path):
    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE_EXCERPT, reference)
    first = json.loads((reference / "timeline.json").read_text(encoding="utf-8"))[0]
    again = {**first, "sources": [{"publisher": "Another", "title": "Same news", "url": "https://example.org/a",
                                   "date": None}], "subjects": ["H100", "huawei-cann"]}
    supply = json.loads((reference / "supply-events.json").read_text(encoding="utf-8"))
    (reference / "supply-events.json").write_text(json.dumps(supply + [again]), encoding="utf-8")
    out = tmp_path / "seed"
    out.mkdir()
    events = converted(out, reference)
    same = [e for e in events if e["title"] == first["title"]]
    assert len(same) == 1 and len(events) == len(converted(tmp_path))
    assert [s["url"] for s in same[0]["sources"]] == [s["url"] for s in first["sources"]] + ["https://example.org/a"]
    assert "huawei-cann" in same[0]["tags"] and same[0]["devices"].count("h100-sxm") == 1


def test_a_happening_two_files_tell_under_different_titles_is_shown_once(tmp_path):
    from db.importers.reference import same_events
    (later_day, later_start), (day, start) = next(iter(same_events().items()))
    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE_EXCERPT, reference)
    timeline = json.loads((reference / "timeline.json").read_text(encoding="utf-8"))
    told = {**timeline[0], "date": day, "date_precision": "day", "title": f"{start} as the timeline tells it"}
    (reference / "timeline.json").write_text(json.dumps(timeline + [told]), encoding="utf-8")
    retold = {**told, "date": later_day, "title": f"{later_start}, told again", "category": "market",
              "sources": [*told["sources"], {"publisher": "Relay", "title": "t", "url": "https://example.org/r",
                                             "date": None}], "subjects": ["huawei-cann"]}
    supply = json.loads((reference / "supply-events.json").read_text(encoding="utf-8"))
    (reference / "supply-events.json").write_text(json.dumps(supply + [retold]), encoding="utf-8")
    out = tmp_path / "seed"
    out.mkdir()
    events = converted(out, reference)
    assert not [e for e in events if e["title"] == retold["title"]]
    (kept,) = [e for e in events if e["title"] == told["title"]]
    assert kept["category"] == told["category"] and "huawei-cann" in kept["tags"]
    urls = [x["url"] for x in kept["sources"]]
    assert urls == [x["url"] for x in told["sources"]] + ["https://example.org/r"]  # a page cited twice, listed once


def test_an_event_given_again_differently_stops_the_conversion_naming_both_files(tmp_path):
    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE_EXCERPT, reference)
    first = json.loads((reference / "timeline.json").read_text(encoding="utf-8"))[0]
    (reference / "software-events.json").write_text(json.dumps([{**first, "category": "software"}]), encoding="utf-8")
    out = tmp_path / "seed"
    out.mkdir()
    with pytest.raises(SystemExit) as stop:
        converted(out, reference)
    assert "software-events.json" in str(stop.value) and "timeline.json" in str(stop.value)
    assert "category" in str(stop.value) and first["title"] in str(stop.value)


@pytest.mark.parametrize("category", NEW_CATEGORIES)
def test_the_timeline_lists_the_seeded_events_of_each_new_category(db_path, seed, category):
    expected = sorted(e["uid"] for e in seed.event_records if e["category"] == category)
    listed = api.list_events(db_path, categories=[category])
    assert expected and sorted(e.uid for e in listed) == expected
    assert all(e.sources and e.origin == "seed" for e in listed)


def test_software_events_carry_their_stack_ids_as_tags(db_path):
    stacks = {s["id"] for s in json.loads(resources.seed_bytes("stacks.json"))["stacks"]}
    software = api.list_events(db_path, categories=["software"])
    tagged = [e for e in software if stacks & set(e.tags)]
    assert tagged == software  # every software event names the stacks it is about
    cann = api.list_events(db_path, text="huawei-cann")
    assert cann and all("huawei-cann" in e.tags for e in cann)


def test_the_reference_grades_and_jurisdictions_reach_the_store(db_path, seed):
    third = api.list_events(db_path, confidences=["third-party"])
    assert len(third) == sum(e["confidence"] == "third-party" for e in seed.event_records) > 0
    assert [e.title for e in api.list_events(db_path, jurisdictions=["HK"])] == [
        e["title"] for e in seed.event_records if e["jurisdiction"] == "HK"]


def test_a_third_party_event_is_accepted_saved_and_read_back(db_path):
    fields = {"date": "2025-09-08", "precision": "day", "title": "Analyst: HBM is the bottleneck",
              "summary": "A research firm's estimate.", "actor": "Research firm", "jurisdiction": "HK",
              "category": "supply", "confidence": "third-party",
              "sources": [{"publisher": "Research firm", "title": "Note", "url": "https://example.org/n", "date": None}],
              "devices": ["910C"], "tags": ["huawei-cann"]}
    assert validate_event(fields) == []
    uid, _ = api.save_event(db_path, fields)
    saved = api.get_event(db_path, uid)
    assert (saved.confidence, saved.category, saved.jurisdiction, saved.tags) == (
        "third-party", "supply", "HK", ("huawei-cann",))
    assert uid in {e.uid for e in api.list_events(db_path, confidences=["third-party"], categories=["supply"])}
