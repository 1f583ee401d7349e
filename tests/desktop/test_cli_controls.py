"""`chiplens controls`: the JSON contract, the table a user reads, and the exit codes."""
from __future__ import annotations

import json

import pytest

from db.api import Library
from desktop.app import main

RULE_2023 = "US-2023-10-17-3A090"


def run(capsys, *argv):
    code = main(["controls", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_gives_each_device_its_tpp_density_and_rule_verdicts(data_dir, db_path, capsys):
    code, out, _ = run(capsys, "H20", "910C", "--on", "2024-06-01", "--format", "json")
    assert code == 0
    h20, c910 = json.loads(out)
    assert {"device", "date", "tpp", "tpp_format", "performance_density", "rules"} <= set(h20)
    expected = Library(db_path).controls.verdicts(["h20"], "2024-06-01")[0]
    assert (h20["device"], h20["date"], h20["tpp"]) == ("h20", "2024-06-01", expected.tpp)
    assert h20["performance_density"] == pytest.approx(expected.performance_density)
    rule = next(r for r in h20["rules"] if r["id"] == RULE_2023)
    assert {"id", "name", "in_force", "meets", "margin", "why", "sources"} <= set(rule)
    assert rule["in_force"] is True and rule["meets"] is False and rule["unverified"] is True
    assert "1.3% under 2,400" in rule["margin"] and "threshold unverified" in rule["why"] and rule["sources"]
    assert c910["performance_density"] is None and "die area not published" in c910["performance_density_note"]
    assert next(r for r in c910["rules"] if r["id"] == RULE_2023)["meets"] is True


def test_the_table_shows_the_arithmetic_and_both_h800_io_rates(data_dir, capsys):
    code, out, _ = run(capsys, "H800", "--on", "2022-11-01")
    assert code == 0
    assert "TPP  15,824 (BF16/FP16 × 16)" in out
    io = next(line for line in out.splitlines() if line.strip().startswith("I/O"))
    assert "400 GB/s" in io and "300 GB/s" in io
    assert "○ misses" in out and "under 600 GB/s" in out


def test_all_devices_as_csv(data_dir, db_path, capsys):
    code, out, _ = run(capsys, "--all", "--on", "2024-06-01", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    lib = Library(db_path)
    assert len(lines) == 1 + len(lib.catalog.devices()) * len(lib.controls.rules())


@pytest.mark.parametrize("argv", [(), ("H20", "--all"), ("H20", "--on", "2024-13-01"), ("H20", "--format", "xml")])
def test_usage_errors_exit_2(data_dir, capsys, argv):
    with pytest.raises(SystemExit) as caught:
        code = main(["controls", *argv])
        raise SystemExit(code)
    assert caught.value.code == 2


def test_an_unknown_device_suggests_names(data_dir, capsys):
    code, _, err = run(capsys, "H2O")
    assert code == 2 and "Did you mean" in err and "h20" in err.lower()


def test_all_devices_as_json_one_device_a_line_with_the_same_contract(data_dir, db_path, capsys):
    code, out, _ = run(capsys, "--all", "--on", "2024-06-01", "--format", "json")
    assert code == 0
    devices = json.loads(out)
    lib = Library(db_path)
    assert [d["device"] for d in devices] == [v.device_slug for v in lib.controls.all_verdicts("2024-06-01")]
    assert len(out.splitlines()) == len(devices) + 2  # "[", a line a device, "]"
    _, one, _ = run(capsys, "H20", "--on", "2024-06-01", "--format", "json")
    assert next(d for d in devices if d["device"] == "h20") == json.loads(one)[0]
