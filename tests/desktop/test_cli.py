"""The command-line contract: output formats, exit codes, messages without tracebacks."""
import csv
import json

import pytest

from desktop import __version__
from desktop.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"ChipLens {__version__}"


def test_compare_json_contract(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "compare", "cm384", "nvl72", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert [d["slug"] for d in doc["devices"]] == ["cloudmatrix-384", "gb200-nvl72"]
    metrics = {m["key"]: m for m in doc["metrics"]}
    bf16 = metrics["bf16_dense"]
    assert {"key", "label", "unit", "higher_is_better", "values", "ratio"} <= set(bf16)
    assert bf16["unit"] == "TFLOPS" and [v["value"] for v in bf16["values"]] == [300_000, 180_000]
    assert [v["display"] for v in bf16["values"]] == ["300 PFLOPS (scope unstated)", "180 PFLOPS"]
    assert bf16["values"][1]["basis"] == {"format": "BF16", "sparsity": "dense", "granularity": "rack",
                                          "direction": None, "scope": "whole", "condition": None}
    assert bf16["values"][0]["basis"]["scope"] is None  # not stated by the source: never assumed
    assert bf16["ratio_warnings"] == ["Huawei CloudMatrix 384: scope not stated by the sources"]
    fp8 = metrics["fp8_dense"]["values"][1]  # the NVL72's dense FP8: NVIDIA's 720 PFLOPS sparse, halved
    assert fp8["value"] == 360_000 and fp8["derived"] and fp8["formula"].endswith("720 PFLOPS ÷ 2")
    assert fp8["basis"]["sparsity"] == "dense" and metrics["fp8_sparse"]["values"][1]["basis"]["sparsity"] == "sparse"
    fp32 = metrics["fp32"]  # Cube units against vector units: withheld, with why
    assert fp32["ratio"] is None and fp32["ratio_note"] == ("not comparable: Huawei CloudMatrix 384's figure counts "
                                                            "Cube units only, NVIDIA GB200 NVL72's vector units only")
    assert bf16["values"][0]["confidence"] == "third-party" and bf16["values"][0]["derived"] is False  # SemiAnalysis
    assert bf16["values"][0]["source"]["publisher"]
    assert bf16["ratio"] == pytest.approx(300 / 180)
    assert [v["value"] for v in metrics["power"]["values"]] == [600_000, 145_000]  # SemiAnalysis's own page
    assert all({"origin", "carrier_quality"} <= set(v) for m in metrics.values() for v in m["values"] if v)
    assert bf16["values"][0]["origin"] == "analyst firm (SemiAnalysis)"  # the 300 PFLOPS is SemiAnalysis's estimate
    assert metrics["memory_capacity"]["provenance_note"].startswith("different sources")
    eff = metrics["bf16_per_watt"]["values"][0]
    assert eff["derived"] is True and "÷" in eff["formula"]
    assert metrics["fp64"]["values"][0] is None  # not published: null, never 0
    assert "Epoch AI" in doc["attribution"]


def test_compare_table_and_csv(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "compare", "910C", "H100")
    assert code == 0 and "752 TFLOPS" in out and "989.4 TFLOPS" in out and "0.76× (B better)" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "compare", "910C", "H100", "--format", "csv")
    rows = list(csv.reader(out.splitlines()))
    assert rows[0][3] == "Huawei Ascend 910C"
    bf16 = next(r for r in rows if r[1] == "Dense BF16/FP16")
    assert bf16[3] == "752 TFLOPS" and bf16[9] == "0.76×" and bf16[10] == "NVIDIA H100 SXM"


def test_unknown_device_exits_2_with_suggestions(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "compare", "no-such-chip", "h100")
    assert code == 2 and out == ""
    assert "unknown device 'no-such-chip'" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "compare", "91OC", "h100")
    assert code == 2 and "910C" in err


def test_usage_error_exits_2(capsys, data_dir):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "compare", "910c"])
    assert exit_.value.code == 2


def test_list_formats(capsys, data_dir, seed):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "pairings", "--format", "json")
    pairs = json.loads(out)
    assert code == 0 and {"slug": "cm384-vs-nvl72", "name": "CloudMatrix 384 vs GB200 NVL72", "a": "cloudmatrix-384",
                          "b": "gb200-nvl72", "origin": "seed"} in pairs
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "systems", "--format", "json")
    assert {d["kind"] for d in json.loads(out)} == {"system"} and len(json.loads(out)) == seed.systems
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "chips")
    assert "ascend-910c" in out and "cloudmatrix-384" not in out


def test_export_data_json_and_csv(capsys, data_dir, tmp_path, seed):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export", "data", "-o", str(tmp_path / "all.json"))
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert code == 0 and len(doc["devices"]) == seed.devices and len(doc["sources"]) == seed.sources
    assert any(v["device"] == "ascend-910c" and v["value"] == 780 and v["source"] == "SA-CM384" for v in doc["values"])
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "export", "data", "-o", str(tmp_path / "all.csv"))
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(doc["values"])
    assert {r["confidence"] for r in rows} >= {"official", "third-party", "reported"}
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export", "data", "-o", str(tmp_path / "all.xlsx"))
    assert code == 2 and ".json or .csv" in err


def test_store_errors_are_messages_not_tracebacks(capsys, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "chiplens.sqlite").write_bytes(b"\x00garbage" * 100)
    code, out, err = run(capsys, "--data-dir", str(folder), "list")
    assert code == 1 and "damaged" in err and "Traceback" not in err


def test_tests_never_touch_the_real_home(capsys, monkeypatch):
    monkeypatch.delenv("CHIPLENS_DATA_DIR", raising=False)
    code, _, err = run(capsys, "list")
    assert code == 2 and "real user folder is off limits" in err


def test_window_start_with_a_damaged_database_explains_and_exits(tmp_path):
    import subprocess
    import sys
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "chiplens.sqlite").write_bytes(b"not sqlite" * 10)
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "--quit-when-ready"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "The database file is damaged" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "chiplens.sqlite").read_bytes() == b"not sqlite" * 10


def test_window_starts_and_reports_ready(tmp_path):
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"), "--quit-when-ready",
                             "chart"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "d" / "chiplens.sqlite").exists() and (tmp_path / "d" / "settings.ini").exists()


def test_compare_csv_cannot_run_as_a_spreadsheet_formula(capsys, data_dir):
    from db import api
    api.open_store(data_dir / "chiplens.sqlite")
    api.save_device(data_dir / "chiplens.sqlite", {"name": "=HYPERLINK(\"http://x\")", "kind": "chip",
                                                   "vendor": "Huawei", "country": "CN", "family": "test"})
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "compare", "=HYPERLINK(\"http://x\")", "H100",
                       "--format", "csv")
    assert code == 0
    rows = list(csv.reader(out.splitlines()))
    assert rows[0][3] == "'=HYPERLINK(\"http://x\")"
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)
