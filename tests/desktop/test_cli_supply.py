"""`chiplens supply [SUBJECT] [--metric KIND] [--format table|json|csv]` on a real store; expectations derived from
the bundled seed (resources/seed/supply.json), never copied from it."""
from __future__ import annotations

import csv
import io
import json

import resources
from desktop.app import main
from desktop.cli.supply import COLUMNS

KEYS = ["subject", "metric", "kind", "period", "value", "number", "unit", "counted", "source", "confidence", "note",
        "origin"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed_facts() -> list[dict]:
    return json.loads(resources.seed_bytes("supply.json"))["facts"]


def test_huawei_output_lists_every_2025_estimate_with_its_unit_and_source_none_merged(capsys, data_dir):
    expected = [f for f in seed_facts() if f["kind"] == "output" and "huawei" in f["subject"].lower()]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "supply", "huawei", "--metric", "output",
                         "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert all(list(f) == KEYS for f in doc)  # the keys and their order are a contract
    key = lambda f: (f["subject"], f["metric"], f["period"], f["value"], f["unit"], f["source"]["publisher"])  # noqa: E731
    assert sorted(map(key, doc)) == sorted(map(key, expected))  # every estimate, none merged, none added
    in_2025 = [f for f in doc if f["period"] == "2025"]
    assert len(in_2025) == sum(1 for f in expected if f["period"] == "2025") > 1
    assert len({f["counted"] for f in in_2025}) > 1  # the year's estimates count different things, side by side
    for f in doc:
        assert f["unit"] and f["source"]["publisher"] and f["confidence"] in ("official", "third-party", "reported")
        assert set(f["source"]) == {"publisher", "title", "url", "date"}
        assert f["origin"] == "seed"


def test_every_fact_without_a_subject_or_with_all(capsys, data_dir):
    facts = seed_facts()
    for argv in ((), ("all",)):
        code, out, _ = run(capsys, "--data-dir", str(data_dir), "supply", *argv, "--format", "json")
        assert code == 0
        assert len(json.loads(out)) == len(facts)


def test_csv_has_one_row_per_fact_with_its_source(capsys, data_dir):
    expected = [f for f in seed_facts() if f["kind"] == "share"]
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "supply", "--metric", "share", "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == len(expected)
    assert {r[COLUMNS.index("url")] for r in rows[1:]} == {f["source"]["url"] or "" for f in expected}


def test_table_says_what_each_count_counts(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "supply", "huawei", "--metric", "output")
    assert code == 0
    counted = {f["counted"] for f in seed_facts() if f["kind"] == "output" and "huawei" in f["subject"].lower()}
    for word in counted:
        assert f"counts {word}" in out
    assert "Kind" in out.splitlines()[0] and "Counts" in out.splitlines()[0]
    words = set(out.split())  # a long value or source wraps within its column, and is never clipped
    assert "…" not in out
    for f in seed_facts():
        if f["kind"] == "output" and "huawei" in f["subject"].lower():
            assert set(f"{f['value']} {f['source']['publisher']} {f['metric']}".split()) - words <= {f["value"]}


def test_an_unknown_metric_is_a_clear_error_without_traceback(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "supply", "huawei", "--metric", "bogus")
    assert code == 2
    assert out == ""
    assert "unknown metric 'bogus'" in err and "output, yield" in err
    assert "Traceback" not in err


def test_a_subject_nothing_names_says_so(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "supply", "no such maker", "--format", "json")
    assert code == 0
    assert json.loads(out) == []
    assert "no supply fact names 'no such maker'" in err
