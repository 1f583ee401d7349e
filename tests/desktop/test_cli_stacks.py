"""`chiplens stacks [--jurisdiction US|CN] [--format table|json|csv]`: the matrix from the bundled stacks, every
fact with its source, counts derived from the seed."""
from __future__ import annotations

import csv
import io
import json

import resources
from desktop.app import main
from desktop.cli.stacks import CSV_HEADERS, WIDTH
from desktop.present import stacks_matrix as sm


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed_stacks() -> list[dict]:
    return json.loads(resources.seed_bytes("stacks.json"))["stacks"]


def test_json_has_every_stack_with_each_route_and_every_fact_with_its_source(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "stacks", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    seed = {s["id"]: s for s in seed_stacks()}
    assert [s["id"] for s in doc["stacks"]] == list(seed)
    assert [r["key"] for r in doc["rows"]] == list(sm.ROWS)
    for s in doc["stacks"]:
        assert len(s["facts"]) == len(seed[s["id"]]["facts"])
        assert all(f["source"]["publisher"] and f["citation"] and f["confidence"] for f in s["facts"])
        for key in sm.ROUTE_KEYS:
            route, c = seed[s["id"]]["routes"][key], s["cells"][key]
            assert (c["words"], c["kind"]) == (route["text"], route["kind"])
            assert c["text"] == "not found" if route["text"] is None else route["text"] in c["text"]
    by_id = {s["id"]: s for s in doc["stacks"]}
    cann, cuda = by_id["huawei-cann"]["cells"]["pytorch"], by_id["nvidia-cuda"]["cells"]["pytorch"]
    assert (cann["kind"], cuda["kind"]) == ("plugin", "in-tree")
    assert cann["facts"] and all(f["source"]["url"] for f in cann["facts"])
    assert "ascend-910c" in [d["slug"] for d in by_id["huawei-cann"]["devices"]]
    assert "h100-sxm" in [d["slug"] for d in by_id["nvidia-cuda"]["devices"]]


def test_jurisdiction_keeps_one_side(capsys, data_dir):
    for side in ("US", "CN"):
        code, out, _ = run(capsys, "--data-dir", str(data_dir), "stacks", "--jurisdiction", side, "--format", "json")
        assert code == 0
        assert [s["id"] for s in json.loads(out)["stacks"]] == [s["id"] for s in seed_stacks()
                                                                if s["jurisdiction"] == side]


def test_csv_has_english_headers_and_a_line_per_stack_and_row(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "stacks", "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_HEADERS
    assert len(rows) - 1 == len(seed_stacks()) * len(sm.ROWS)
    cann = next(r for r in rows if r[0] == "huawei-cann" and r[4] == "PyTorch")
    assert cann[6] == "plugin" and "https://" in cann[8]


def test_the_table_fits_100_columns_and_names_every_stack(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "stacks")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= WIDTH
    for s in seed_stacks():
        assert s["vendor"] in out
    assert "plugin: out-of-tree PrivateUse1 plugin" in out
