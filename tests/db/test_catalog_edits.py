"""Editing the catalog (issue 6): validated writes, user rows that survive re-seeding, exact undo / redo,
comparisons of up to four devices with a baseline, saved groups. Real SQLite files in temporary folders."""
import sqlite3

import pytest

from db import api
from db.catalog import CatalogValidationError

TABLES = {  # every catalog table, without autoincrement ids (slugs, keys and uids identify rows)
    "device": "SELECT slug, name, kind, family, status, (SELECT slug FROM organisation o WHERE o.id = organisation_id), "
              "racks, racks_note, origin FROM device",
    "organisation": "SELECT slug, name, country FROM organisation",
    "alias": "SELECT d.slug, a.alias, a.alias_norm FROM device_alias a JOIN device d ON d.id = a.device_id",
    "component": "SELECT d.slug, c.name, c.role, c.count, (SELECT slug FROM device x WHERE x.id = c.component_device_id), "
                 "(SELECT key FROM source s WHERE s.id = c.source_id), c.confidence FROM system_component c "
                 "JOIN device d ON d.id = c.system_id",
    "source": "SELECT key, publisher, title, url, date_text, date_sort, kind, other_urls, repo_ref, origin FROM source",
    "value": "SELECT v.uid, d.slug, m.key, v.value_num, v.value_text, v.qualifier, v.approximate, "
             "(SELECT key FROM source s WHERE s.id = v.source_id), v.confidence, v.as_of, v.note, v.unit_text, v.origin, "
             "v.producer, v.carrier_quality "
             "FROM spec_value v JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id",
    "pairing": "SELECT p.slug, p.name, a.slug, b.slug, (SELECT slug FROM device WHERE id = p.device_c_id), "
               "(SELECT slug FROM device WHERE id = p.device_d_id), p.baseline, p.position, p.origin FROM pairing p "
               "JOIN device a ON a.id = p.device_a_id JOIN device b ON b.id = p.device_b_id",
    "choice": "SELECT device_slug, metric_key, value_uid FROM value_choice",
}


def catalog(db_path) -> dict[str, list]:
    with sqlite3.connect(db_path) as c:
        state = {name: sorted(map(tuple, c.execute(sql)), key=repr) for name, sql in TABLES.items()}
    c.close()
    return state


def force_reseed(db_path) -> None:
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    assert api.open_store(db_path).seeded  # it did re-seed


@pytest.fixture
def lab_source(db_path):
    edit, _ = api.save_source(db_path, {"publisher": "My lab", "title": "Bench run", "url": "https://example.org/run",
                                        "date": "2026-05"})
    return edit.key


def test_units_are_understood_on_input_and_stored_canonical(db_path, lab_source):
    edit, change = api.save_value(db_path, {"device": "ascend-910c", "metric": "bf16_dense", "value": "1.2 PFLOPS",
                                            "source": lab_source, "confidence": "reported"})
    with sqlite3.connect(db_path) as c:
        row = c.execute("SELECT value_num, unit_text, origin, as_of FROM spec_value WHERE uid = ?", (edit.key,)).fetchone()
    c.close()
    assert row == (1200.0, "1.2 PFLOPS", "user", "2026-05")  # canonical TFLOPS; the source's date by default
    assert change.kinds >= {"value"} and change.device_slugs == {"ascend-910c"}
    for text, metric, stored in (("3.35 TB/s", "memory_bandwidth", 3350), ("2,800 Gbit/s", "scaleup_bw", 350),
                                 ("96 GB", "memory_capacity", 96), ("900 GB/s", "memory_bandwidth", 900)):
        uid = api.save_value(db_path, {"device": "h20", "metric": metric, "value": text, "source": lab_source,
                                       "confidence": "third-party"})[0].key
        assert api.get_value(db_path, uid).value_num == pytest.approx(stored)


@pytest.mark.parametrize("fields, field, message", [
    ({"value": "7OO"}, "value", "'7OO' is not a number"),
    ({"value": "900 GB/s"}, "value", "'GB/s' measures bandwidth"),
    ({"source": ""}, "source", "a figure needs a source"),
    ({"confidence": ""}, "confidence", "a figure needs a confidence"),
    ({"source": "NO-SUCH"}, "source", "unknown source"),
    ({"metric": "bf16_per_watt"}, "metric", "computed by ChipLens"),
    # db.units.check_figure, the importers' rule too: finite, not negative, within a million times the bundled range
    ({"value": "-5 W"}, "value", "'-5 W' is negative"),
    ({"value": "1e308 MW"}, "value", "'1e308 MW' is not a finite number"),
    ({"value": "1e20 W"}, "value", "'1e20 W' is over"),
    ({"value": "1e-9 W"}, "value", "'1e-9 W' is under"),
])
def test_invalid_values_are_refused_and_nothing_is_written(db_path, lab_source, fields, field, message):
    before = catalog(db_path)
    good = {"device": "ascend-910c", "metric": "power", "value": "700 W", "source": lab_source,
            "confidence": "reported"}
    if "value" in fields and fields["value"] == "900 GB/s":
        good["metric"] = "bf16_dense"
    with pytest.raises(CatalogValidationError) as err:
        api.save_value(db_path, {**good, **fields})
    assert message in err.value.errors[field]
    assert catalog(db_path) == before


def test_user_rows_survive_a_forced_reseed(db_path, lab_source):
    api.save_device(db_path, {"name": "Huawei Ascend 970X", "kind": "chip", "vendor": "Huawei (HiSilicon)",
                              "country": "CN", "status": "roadmap", "aliases": ["970X", "Ascend 970X"]})
    api.save_device(db_path, {"name": "Test Pod 64", "kind": "system", "vendor": "New Vendor Ltd", "country": "CN",
                              "racks": 2, "racks_note": "two racks",
                              "components": [{"name": "Ascend 910C", "device": "ascend-910c", "role": "accelerator",
                                              "count": 64, "source": lab_source, "confidence": "reported"}]})
    # a bundled device edited by the user becomes theirs (an alias added)
    h20 = next(d for d in api.list_devices(db_path) if d.slug == "h20")
    api.save_device(db_path, {"name": h20.name, "kind": "chip", "vendor": h20.vendor, "country": h20.country,
                              "status": h20.status, "family": h20.family, "aliases": [*h20.aliases, "H20 141GB"]},
                    "h20")
    seed_value = api.compare(db_path, "910C", "H100").row("bf16_dense").cells[0].value
    correction, _ = api.save_value(db_path, {"device": "ascend-910c", "metric": "bf16_dense", "value": "780 TFLOPS",
                                             "source": lab_source, "confidence": "third-party", "prefer": True},
                                   seed_value.uid)
    assert correction.key != seed_value.uid  # the bundled row stays; the correction is the user's own
    api.save_group(db_path, "Four of a kind", ["ascend-910c", "h100-sxm", "h20", "b200"], baseline=1)
    before = catalog(db_path)
    force_reseed(db_path)
    assert catalog(db_path) == before
    assert api.resolve_device(db_path, "h20 141gb") == "h20" and api.resolve_device(db_path, "970X") == "user-huawei-ascend-970x"
    cell = api.compare(db_path, "910C", "H100").row("bf16_dense").cells[0]
    assert cell.user_choice and cell.value.origin == "user" and cell.display == "780 TFLOPS"  # the user's figure wins
    pod = api.compare(db_path, "Test Pod 64", "910C")
    assert pod.row("composition").cells[0].display == "64 × Ascend 910C"
    assert pod.row("bf16_dense").cells[0].value.value_num == pytest.approx(64 * 752)  # total from the per-chip figure


def test_undo_and_redo_restore_the_exact_state(db_path, lab_source):
    start = catalog(db_path)
    edits = []
    edits.append(api.save_device(db_path, {"name": "Ascend 950DT test", "kind": "chip", "vendor": "Brand New Co",
                                           "country": "CN", "aliases": ["950DTt"]})[0])
    edits.append(api.save_value(db_path, {"device": edits[0].key, "metric": "memory_capacity", "value": "144 GB",
                                          "source": lab_source, "confidence": "official", "prefer": True})[0])
    edits.append(api.save_value(db_path, {"device": edits[0].key, "metric": "memory_capacity", "value": "0.128 TB",
                                          "source": lab_source, "confidence": "reported"}, edits[1].key)[0])
    cm = next(d for d in api.list_devices(db_path) if d.slug == "cloudmatrix-384")
    edits.append(api.save_device(db_path, {"name": cm.name + " (edited)", "kind": "system", "vendor": cm.vendor,
                                           "country": cm.country, "status": cm.status, "aliases": ["CM384"],
                                           "racks": 16, "components": []}, cm.slug)[0])
    edits.append(api.save_source(db_path, {"publisher": "Epoch AI (edited)", "date": "2026"}, "EPOCH")[0])
    edits.append(api.save_group(db_path, "Group", ["ascend-910c", "h20", "b200"], 2)[0])
    edits.append(api.delete_value(db_path, edits[1].key)[0])
    states = [start]
    # replay: after each edit the state must match; record them by undoing everything and redoing it
    end = catalog(db_path)
    for edit in reversed(edits):
        api.undo_edit(db_path, edit)
    assert catalog(db_path) == start  # organisations created on the way are gone too
    for edit in edits:
        api.redo_edit(db_path, edit)
        states.append(catalog(db_path))
    assert states[-1] == end
    for edit, after, before in zip(reversed(edits), reversed(states[1:]), reversed(states[:-1])):
        assert catalog(db_path) == after
        api.undo_edit(db_path, edit)
        assert catalog(db_path) == before


def test_a_bundled_value_cannot_be_deleted_and_an_alias_cannot_be_taken_twice(db_path):
    seed = api.compare(db_path, "910C", "H100").row("bf16_dense").cells[1].value
    with pytest.raises(CatalogValidationError, match="bundled figure cannot be deleted"):
        api.delete_value(db_path, seed.uid)
    with pytest.raises(CatalogValidationError) as err:
        api.save_device(db_path, {"name": "Clone", "vendor": "NVIDIA", "country": "US", "aliases": ["H100"]})
    assert "already names another device (h100-sxm)" in err.value.errors["aliases"]


def test_four_devices_with_a_baseline_switch(db_path):
    cmp = api.compare_many(db_path, ["910C", "H100", "H20", "B200"], baseline="H100")
    assert [d.slug for d in cmp.devices] == ["ascend-910c", "h100-sxm", "h20", "b200"] and cmp.baseline == 1
    bf16 = cmp.row("bf16_dense")
    assert [c.display for c in bf16.cells] == ["752 TFLOPS", "989.4 TFLOPS", "148 TFLOPS", "2.25 PFLOPS"]
    assert [c.ratio_display for c in bf16.cells] == ["0.76×", "", "0.15×", "2.3×"]
    assert bf16.cells[2].ratio == pytest.approx(148 / 989.4) and bf16.cells[1].ratio is None
    assert (bf16.ratio_display, bf16.better) == ("0.76×", 1)  # the pair fields: first non-baseline vs baseline
    assert bf16.best == (3,)
    power = cmp.row("power")
    assert power.best == (2,) and power.cells[2].better is True and power.cells[3].better is False  # lower is better
    by_b200 = api.compare_many(db_path, ["910C", "H100", "H20", "B200"], baseline=3)
    row = by_b200.row("bf16_dense")
    assert [c.ratio_display for c in row.cells] == ["0.33×", "0.44×", "0.066×", ""]
    assert row.ratio == pytest.approx(752 / 2250) and row.better == 3
    m = api.scale_to_match(by_b200, "bf16_dense", index=2)
    assert m.text.startswith("15.2 × NVIDIA H20 ≈ 1 × NVIDIA B200 on Dense BF16/FP16")
    with pytest.raises(ValueError, match="not one of the compared devices"):
        api.compare_many(db_path, ["910C", "H100"], baseline="H20")
    with pytest.raises(ValueError, match="2 to 4"):
        api.compare_many(db_path, ["910C", "H100", "H20", "B200", "H200"])


def test_a_pair_reads_as_before(db_path):
    pair = api.compare(db_path, "910C", "H100")
    same = api.compare_many(db_path, ["910C", "H100"])
    assert pair == same and pair.baseline == 1
    reversed_base = api.compare_many(db_path, ["910C", "H100"], baseline=0).row("bf16_dense")
    assert reversed_base.ratio == pytest.approx(989.4 / 752) and reversed_base.better == 1


def test_a_saved_group_reopens_with_its_baseline(db_path):
    edit, change = api.save_group(db_path, "China vs US, 4-way", ["ascend-910c", "h100-sxm", "h20", "b200"], 3)
    assert change.kinds == {"pairing"}
    saved = next(p for p in api.list_pairings(db_path) if p.slug == edit.key)
    assert saved.devices == ("ascend-910c", "h100-sxm", "h20", "b200") and saved.baseline == 3
    assert saved.origin == "user"
    cmp = api.compare_many(db_path, saved.devices, saved.baseline)
    assert cmp.devices[cmp.baseline].slug == "b200"
    api.save_group(db_path, "Renamed", ["ascend-910c", "h20"], 1, edit.key)
    again = next(p for p in api.list_pairings(db_path) if p.slug == edit.key)
    assert (again.name, again.devices, again.more) == ("Renamed", ("ascend-910c", "h20"), ())
    with pytest.raises(CatalogValidationError):
        api.save_group(db_path, "Too many", ["ascend-910c", "h100-sxm", "h20", "b200", "h200"])


def test_migration_0004_downgrades_and_upgrades_again(db_path):
    from alembic import command

    from db import migrate
    from db.engine import make_engine
    api.save_group(db_path, "Kept as a pair", ["ascend-910c", "h20", "b200"])
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
    finally:
        engine.dispose()
    assert api.open_store(db_path).migrated_from == "0003"
    kept = next(p for p in api.list_pairings(db_path) if p.name == "Kept as a pair")
    assert kept.devices == ("ascend-910c", "h20") and kept.baseline == 1
