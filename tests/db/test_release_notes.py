"""What changed in the data: the release notes built from two seed folders, and the release a store remembers."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import resources
from db.api import Library
from db.api.releases import UnknownReleaseError, changes_since
from db.disagreement import DISAGREEMENT
from db.importers import release_notes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLD_SEED = FIXTURES / "seed-2026.11"
BUNDLED = resources.data_release()


def _slugs(devices_json: dict) -> set[str]:
    return {d["slug"] for d in devices_json["devices"]}


def _latest(kind: str) -> list[dict]:
    return BUNDLED["changes"][0][kind]


def test_the_bundled_release_names_the_new_devices_and_the_figures_that_moved():
    old = json.loads((OLD_SEED / "devices.json").read_text(encoding="utf-8"))
    new = json.loads(resources.seed_bytes("devices.json"))
    added = _slugs(new) - _slugs(old)
    assert added and {d["slug"] for d in _latest("devices_added")} == added
    assert BUNDLED["changes"][0]["since"] == BUNDLED["releases"][-1]["version"]
    # the NVL72's HBM: a comparison showed WinBuzzer's 13.8 TB, it now shows NVIDIA's MLPerf file's 13.4 TB
    moved = {(c["device"], c["metric"]): c for c in _latest("shown_changed")}
    hbm = moved[("gb200-nvl72", "memory_capacity")]
    assert (hbm["old"]["value_num"], hbm["new"]["value_num"]) == (13800, 13400)
    assert hbm["old"]["source"] != hbm["new"]["source"]
    values = {v["uid"]: v for v in json.loads(resources.seed_bytes("values.json"))["values"]}
    assert values[hbm["new"]["uid"]]["value_num"] == 13400  # the figure is the seed's, not a copy


def test_the_bundled_release_notes_are_those_of_the_seed_it_ships_with(tmp_path):
    """Regenerating the seed without its release notes fails here: rebuild release.json (see the fixture's README)."""
    latest = BUNDLED["changes"][0]
    doc = release_notes.release_notes(OLD_SEED, Path(resources.__file__).parent / "seed", BUNDLED["version"],
                                      BUNDLED["date"], latest["since"], BUNDLED["releases"][-1]["date"])
    assert doc["changes"][0] == latest


# a seed pair made here: the bundled catalog, three test sources and a handful of figures


def _value(uid, device, metric, source, number, **extra):
    unit = {"bf16_dense": "TFLOPS", "memory_capacity": "GB", "power": "W", "fp64": "TFLOPS"}[metric]
    return {"uid": uid, "device": device, "metric": metric, "source": source, "confidence": "official", "note": "",
            "qualifier": None, "approximate": False, "value_num": number, "value_text": None, "unit_text": unit,
            "producer": "vendor", "carrier_quality": "primary", **extra}


def _seed(folder: Path, values: list[dict], drop_device: str | None = None, events: int = 0) -> Path:
    folder.mkdir()
    (folder / "metrics.json").write_bytes(resources.seed_bytes("metrics.json"))
    devices = json.loads(resources.seed_bytes("devices.json"))
    if drop_device:
        devices["devices"] = [d for d in devices["devices"] if d["slug"] != drop_device]
        devices["pairings"] = [p for p in devices["pairings"] if drop_device not in (p["a"], p["b"])]
    (folder / "devices.json").write_text(json.dumps(devices), encoding="utf-8")
    sources = json.loads(resources.seed_bytes("sources.json"))
    sources["sources"] += [{"key": k, "publisher": p, "title": t, "url": None, "date": "2026-01-01", "kind": "test"}
                           for k, p, t in (("T-A", "Alpha Labs", "Spec sheet"), ("T-B", "Beta News", "Report"),
                                           ("T-WEAK", "Mirror Wiki (relaying Alpha)", "Copy"))]
    (folder / "sources.json").write_text(json.dumps(sources), encoding="utf-8")
    (folder / "values.json").write_text(json.dumps({"values": values, "gaps": []}), encoding="utf-8")
    bundled = json.loads(resources.seed_bytes("events.json"))["events"]
    kept = [e for e in bundled if all(d != drop_device for d in e["devices"])][:events]
    (folder / "events.json").write_text(json.dumps({"events": kept}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def pair_changes(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("release")
    new_device = "mi355x"
    old = _seed(tmp / "old", [
        _value("o-power", "h100-sxm", "power", "T-A", 700),
        _value("o-fp64", "h100-sxm", "fp64", "T-A", 34),
        _value("o-hbm", "ascend-910c", "memory_capacity", "T-WEAK", 128),
        _value("o-bf16", "ascend-910c", "bf16_dense", "T-A", 752),
        _value("o-h-bf16-a", "h100-sxm", "bf16_dense", "T-A", 989),
        _value("o-h-bf16-b", "h100-sxm", "bf16_dense", "T-B", 1100),
        _value("o-same", "h20", "bf16_dense", "T-A", 148),
    ], drop_device=new_device, events=1)
    new = _seed(tmp / "new", [
        _value("n-power", "h100-sxm", "power", "T-A", 750),  # same device, metric and source: another value
        _value("n-hbm", "ascend-910c", "memory_capacity", "T-A", 128, former_uids=["o-hbm"]),  # re-cited
        _value("o-bf16", "ascend-910c", "bf16_dense", "T-A", 752),
        _value("n-bf16", "ascend-910c", "bf16_dense", "T-B", 800),  # 800 / 752: more than 5% apart
        _value("o-h-bf16-a", "h100-sxm", "bf16_dense", "T-A", 989),
        _value("n-h-bf16-b", "h100-sxm", "bf16_dense", "T-B", 1000),  # 1000 / 989: within 5%
        _value("n-same", "h20", "bf16_dense", "T-A", 148),  # the same figure under another uid: no change
        _value("n-mem", "h100-sxm", "memory_capacity", "T-A", 80),
        _value("n-mi355x", new_device, "memory_capacity", "T-A", 288),
    ], events=2)
    return release_notes.changes(release_notes.snapshot(old), release_notes.snapshot(new))


def _keys(entries):
    return sorted((e["device"], e["metric"]) for e in entries)


def test_added_changed_removed_and_re_cited_figures_are_told_apart(pair_changes):
    c = pair_changes
    assert [d["slug"] for d in c["devices_added"]] == ["mi355x"] and not c["devices_removed"]
    assert _keys(c["values_added"]) == [("ascend-910c", "bf16_dense"), ("h100-sxm", "memory_capacity"),
                                        ("mi355x", "memory_capacity")]
    assert sorted((e["device"], e["metric"], e["old"]["value_num"], e["new"]["value_num"]) for e in c["values_changed"]) \
        == [("h100-sxm", "bf16_dense", 1100, 1000), ("h100-sxm", "power", 700, 750)]
    assert _keys(c["values_removed"]) == [("h100-sxm", "fp64")]
    (recited,) = c["values_recited"]  # a better page for the same figure: not a new one, not a removed one
    assert (recited["device"], recited["old"]["source"], recited["new"]["source"]) == ("ascend-910c", "T-WEAK", "T-A")
    assert recited["old"]["publisher"] == "Mirror Wiki (relaying Alpha)" and recited["new"]["publisher"] == "Alpha Labs"
    assert "h20" not in {e["device"] for k in ("values_added", "values_changed", "values_removed") for e in c[k]}


def test_disagreements_open_and_resolve_at_the_comparisons_threshold(pair_changes):
    assert 800 / 752 - 1 > DISAGREEMENT > 1000 / 989 - 1 and 1100 / 989 - 1 > DISAGREEMENT
    opened = {(e["device"], e["metric"]): e["figures"] for e in pair_changes["disagreements_opened"]}
    assert opened.pop(("ascend-910c", "bf16_dense")) == "752 / 800 TFLOPS"
    # a system made of 910Cs disagrees through its chips, as its cell does in the window
    assert opened == {("cloudmatrix-384", "bf16_dense"): "288.8 / 307.2 PFLOPS"}
    resolved = {(e["device"], e["metric"]): (e["figures"], e["now"]) for e in pair_changes["disagreements_resolved"]}
    assert resolved == {("h100-sxm", "bf16_dense"): ("0.989 / 1.1 PFLOPS", ""),  # as the window's ≠ read them
                        ("dgx-h100", "bf16_dense"): ("7.912 / 8.8 PFLOPS", "")}


def test_events_added_and_the_figure_a_comparison_shows(pair_changes):
    assert len(pair_changes["events_added"]) == 1 and not pair_changes["events_removed"]
    shown = {(e["device"], e["metric"]): e for e in pair_changes["shown_changed"]}
    # the power figure moved, but it is listed once: as the source's changed figure
    assert ("h100-sxm", "power") not in shown


def test_changes_since_picks_releases_and_refuses_an_unknown_one():
    doc = {"version": "3", "date": "2026-03-01", "releases": [{"version": "1", "date": "2026-01-01"},
                                                             {"version": "2", "date": "2026-02-01"}],
           "changes": [{"release": "3", "date": "2026-03-01", "since": "2", "devices_added": [{"slug": "c"}]},
                       {"release": "2", "date": "2026-02-01", "since": "1", "devices_added": [{"slug": "b"}]}]}
    assert [c.release for c in changes_since("1", doc)] == ["3", "2"]
    assert [c.release for c in changes_since("2", doc)] == ["3"]
    assert [c.release for c in changes_since(None, doc)] == ["3"]
    assert changes_since("3", doc) == []
    with pytest.raises(UnknownReleaseError) as exc:
        changes_since("0", doc)
    assert exc.value.known == ("1", "2", "3")


def _meta(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as c:
        rows = dict(c.execute("SELECT key, value FROM app_meta"))
    c.close()
    return rows


def test_a_store_remembers_its_release_and_the_one_it_held_before(tmp_path):
    path = tmp_path / "chiplens.sqlite"
    lib = Library(path)
    lib.open()
    assert _meta(path)["data_release"] == BUNDLED["version"]
    assert lib.releases.current().previous is None  # a new store: nothing to tell
    earlier = BUNDLED["releases"][-1]["version"]
    with sqlite3.connect(path) as c:  # as if it had been seeded with the earlier release
        c.execute("UPDATE app_meta SET value = ? WHERE key = 'data_release'", (earlier,))
        c.execute("UPDATE app_meta SET value = 'older' WHERE key = 'seed_hash'")
    c.close()
    lib.open()
    assert _meta(path)["data_release"] == BUNDLED["version"]
    assert lib.releases.current().previous == earlier
    assert [c.release for c in lib.releases.changes()] == [BUNDLED["version"]]
    lib.open()  # opening again keeps what it held before
    assert lib.releases.current().previous == earlier


def test_a_store_seeded_before_releases_were_recorded_held_the_previous_release(tmp_path):
    path = tmp_path / "chiplens.sqlite"
    Library(path).open()
    with sqlite3.connect(path) as c:
        c.execute("DELETE FROM app_meta WHERE key LIKE 'data_release%'")
        c.execute("UPDATE app_meta SET value = 'older' WHERE key = 'seed_hash'")
    c.close()
    lib = Library(path)
    lib.open()
    assert lib.releases.current().previous == BUNDLED["releases"][-1]["version"]
