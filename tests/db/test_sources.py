"""The sources as citations (issue 17): how many figures rest on each, how many were read on a weak relay, the
headline figures resting on it; and upgrading a figure's citation in place, with undo. Real stores."""
from __future__ import annotations

import json
from collections import Counter

import pytest

import resources
from db import api
from db.api import Library


def bundled() -> tuple[list[dict], list[dict]]:
    values = json.loads(resources.seed_bytes("values.json"))["values"]
    sources = json.loads(resources.seed_bytes("sources.json"))["sources"]
    return values, sources


def test_every_source_counts_the_figures_resting_on_it_and_those_read_on_weak_relays(db_path):
    values, sources = bundled()
    overview = {q.source.key: q for q in Library(db_path).catalog.sources_overview()}
    assert set(overview) == {s["key"] for s in sources}
    for s in sources:
        cited = [v for v in values if v["source"] == s["key"]]
        q = overview[s["key"]]
        assert len(q.figures) == len(cited), s["key"]
        assert len(q.weak_figures) == sum(v["carrier_quality"] == "weak-relay" for v in cited), s["key"]
        counts = Counter(v["carrier_quality"] for v in cited)
        assert set(q.carriers) == set(counts)
        if counts:
            assert counts[q.carrier] == max(counts.values())
    assert any(q.weak_figures for q in overview.values())


def test_a_sources_headline_devices_are_those_whose_comparison_shows_a_figure_resting_on_it(db_path):
    values, _ = bundled()
    lib = Library(db_path)
    overview = lib.catalog.sources_overview()
    weak = [q for q in overview if q.weak_figures and q.headlines]
    assert weak
    checked = 0
    for q in weak[:6]:
        for use in q.headlines[:3]:
            other = "h100-sxm" if use.device_slug != "h100-sxm" else "ascend-910c"
            row = lib.compare.many([use.device_slug, other]).row(use.metric_key)
            shown = row.cells[0].value
            while shown.inputs:
                shown = shown.inputs[0]
            assert shown.source.key == q.source.key
            mine = [v for v in values if v["device"] == use.device_slug and v["metric"] == use.metric_key]
            if use.weak_only:  # every figure of its row, the bundled ones too, was read on a weak relay
                assert all(v["carrier_quality"] == "weak-relay" for v in mine)
            checked += 1
    assert checked
    # a device's headline figure rests on exactly one source
    uses = Counter((h.device_slug, h.metric_key) for q in overview for h in q.headlines)
    assert uses and max(uses.values()) == 1


def _weak_headline(lib: Library):
    """A headline figure resting only on weak relays (the one stored figure of its row)."""
    for q in lib.catalog.sources_overview():
        for use in q.headlines:
            if use.weak_only and not use.picked and not use.value_uid.partition(":")[1]:
                return q, use
    raise AssertionError("no headline figure rests only on weak relays")


def test_upgrading_a_citation_shows_the_better_source_keeps_the_old_one_and_undoes(db_path):
    lib = Library(db_path)
    q, use = _weak_headline(lib)
    old = lib.catalog.value(use.value_uid)
    src, _ = lib.catalog.save_source({"publisher": "Vendor datasheet", "title": "Spec sheet", "date": "2026-01",
                                      "kind": "vendor"})
    edit, change = lib.catalog.upgrade_citation(old.uid, src.key, note="citation upgraded")
    assert change.device_slugs == {use.device_slug} and use.metric_key in change.metric_keys

    def shown():
        row = lib.compare.many([use.device_slug, "h100-sxm" if use.device_slug != "h100-sxm" else "ascend-910c"]) \
            .row(use.metric_key)
        return row.cells[0]

    cell = shown()
    assert cell.value.uid == edit.key and cell.value.source.key == src.key
    assert cell.value.carrier_quality == "primary"  # the default of a vendor's page
    assert (cell.value.value_num, cell.value.value_text, cell.value.basis, cell.value.producer,
            cell.value.confidence) == (old.value_num, old.value_text, old.basis, old.producer, old.confidence)
    assert cell.value.note == "citation upgraded"
    assert old.uid in {c.uid for c in cell.candidates}  # the old figure stays listed
    upgraded = {x.source.key: x for x in lib.catalog.sources_overview()}
    assert use.device_slug in {h.device_slug for h in upgraded[src.key].headlines}
    assert (use.device_slug, use.metric_key) not in {(h.device_slug, h.metric_key) for h in upgraded[q.source.key].headlines}

    again = Library(db_path)  # reopening the store
    again.open()
    assert again.compare.many([use.device_slug, "h100-sxm" if use.device_slug != "h100-sxm" else "ascend-910c"]) \
        .row(use.metric_key).cells[0].value.uid == edit.key

    lib.catalog.undo(edit)
    assert shown().value.uid == old.uid and lib.catalog.value(edit.key) is None
    lib.catalog.redo(edit)
    assert shown().value.uid == edit.key


def test_a_pick_of_the_old_figure_follows_the_upgrade_and_comes_back_on_undo(db_path):
    lib = Library(db_path)
    _, use = _weak_headline(lib)
    lib.catalog.choose_value(use.device_slug, use.metric_key, use.value_uid)
    src, _ = lib.catalog.save_source({"publisher": "Trade press", "title": "Review", "date": "2026", "kind": "press"})
    edit, _ = lib.catalog.upgrade_citation(use.value_uid, src.key)
    upgraded = lib.catalog.value(edit.key)
    assert upgraded.carrier_quality == "reputable-relay"
    overview = {x.source.key: x for x in lib.catalog.sources_overview()}
    assert [h.picked for h in overview[src.key].headlines if h.device_slug == use.device_slug] == [True]
    lib.catalog.undo(edit)
    overview = {x.source.key: x for x in lib.catalog.sources_overview()}
    assert any(h.picked and h.value_uid == use.value_uid for x in overview.values() for h in x.headlines)


def test_an_upgrade_refuses_the_same_source_and_an_unknown_one(db_path):
    lib = Library(db_path)
    _, use = _weak_headline(lib)
    old = lib.catalog.value(use.value_uid)
    with pytest.raises(api.catalog.CatalogValidationError):
        lib.catalog.upgrade_citation(old.uid, old.source.key)
    with pytest.raises(api.catalog.CatalogValidationError):
        lib.catalog.upgrade_citation(old.uid, "NO-SUCH-SOURCE")
    src, _ = lib.catalog.save_source({"publisher": "Trade press", "title": "Review", "date": "2026", "kind": "press"})
    with pytest.raises(api.catalog.CatalogValidationError):
        lib.catalog.upgrade_citation(old.uid, src.key, carrier="excellent")
    assert not [q for q in lib.catalog.sources_overview() if q.source.key == src.key][0].figures


def test_a_users_figure_gets_its_sources_carrier_and_an_edit_keeps_it(db_path):
    lib = Library(db_path)
    press, _ = lib.catalog.save_source({"publisher": "Trade press", "title": "Review", "date": "2026", "kind": "press"})
    fields = {"device": "ascend-910c", "metric": "power", "value": "350 W", "source": press.key,
              "confidence": "reported"}
    edit, _ = lib.catalog.save_value(fields)
    assert lib.catalog.value(edit.key).carrier_quality == "reputable-relay"
    _, use = _weak_headline(lib)
    old = lib.catalog.value(use.value_uid)
    upgrade, _ = lib.catalog.upgrade_citation(old.uid, press.key, carrier="weak-relay")  # the analyst says so
    metric = next(m for m in lib.catalog.metrics() if m.key == old.metric_key)
    lib.catalog.save_value({"device": old.device_slug, "metric": metric.key, "source": press.key,
                            "value": old.value_text if old.value_num is None else f"{old.value_num} {metric.unit}",
                            "confidence": old.confidence, "note": "checked"}, upgrade.key)
    kept = lib.catalog.value(upgrade.key)
    assert (kept.note, kept.carrier_quality, kept.producer) == ("checked", "weak-relay", old.producer)
