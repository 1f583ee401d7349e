"""`chiplens sources [--weak] [--format table|json]`: every source as a citation, counts derived from the seed."""
from __future__ import annotations

import json
from collections import Counter

import resources
from desktop.app import main

KEYS = ["key", "publisher", "title", "url", "date", "kind", "carrier_quality", "carriers", "figures", "weak_figures",
        "headline_devices", "headlines"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed_values() -> list[dict]:
    return json.loads(resources.seed_bytes("values.json"))["values"]


def test_sources_weak_lists_the_weak_relays_with_the_seeds_counts(capsys, data_dir):
    values = seed_values()
    figures = Counter(v["source"] for v in values)
    weak = Counter(v["source"] for v in values if v["carrier_quality"] == "weak-relay")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "sources", "--weak", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert {s["key"] for s in doc} == set(weak)
    for s in doc:
        assert list(s) == KEYS  # the keys and their order are a contract
        assert (s["figures"], s["weak_figures"]) == (figures[s["key"]], weak[s["key"]]), s["key"]
    assert [s["weak_figures"] for s in doc] == sorted((s["weak_figures"] for s in doc), reverse=True)  # worst first
    assert any(h["weak_only"] for s in doc for h in s["headlines"])


def test_sources_lists_every_source_in_a_table(capsys, data_dir):
    sources = json.loads(resources.seed_bytes("sources.json"))["sources"]
    weak = Counter(v["source"] for v in seed_values() if v["carrier_quality"] == "weak-relay")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "sources")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["Key", "Publisher", "Kind", "Carrier"] and "Headline devices" in lines[0]
    assert len(lines) == 2 + len(sources)
    worst = weak.most_common(1)[0]
    row = next(line for line in lines if line.startswith(worst[0] + " "))
    assert "weak relay" in row and f"  {worst[1]}  " in row
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "sources", "--weak")
    assert len(out.splitlines()) == 2 + len(weak)
