"""`chiplens import`: summary, exit codes, errors listed, store untouched on --dry-run or error."""
from pathlib import Path

from db import api
from desktop.app import main

EPOCH = Path(__file__).resolve().parents[3] / "shared" / "external" / "ml_hardware.csv"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_prints_the_diff_and_writes_nothing(capsys, data_dir, db_path):
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == ("added 1383, changed 0, skipped 71, removed 0, errors 0 "
                                    "(153 new devices, 31 new sources)")
    assert "+ row 56: NVIDIA H100 SXM · Dense INT8: 1,979 TOPS — Epoch AI  (new value)" in out
    assert "dry run: nothing was written" in err
    assert db_path.read_bytes() == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_import_then_again(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--format", "epoch")
    assert code == 0 and out.splitlines()[-1] == "added 1383, changed 0, skipped 71, removed 0, errors 0 (153 new devices)"
    assert any(b.name.startswith("chiplens-before-import-") for b in (data_dir / "backups").iterdir())
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "chips", "--format", "json")
    assert "Google TPU v7 Ironwood" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH))
    assert code == 0 and out.splitlines()[-1] == "added 0, changed 0, skipped 1454, removed 0, errors 0"


def test_errors_exit_1_with_the_list_and_leave_the_store(capsys, data_dir, db_path, tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("device,metric,value,unit\nh100,power,7OO,W\nh100,power,0.7,kW\nnope,power,1,W\n", encoding="utf-8")
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(bad))
    assert code == 1
    assert "chiplens import: error: mine.csv, row 2, column value: '7OO' is not a number" in err
    assert "chiplens import: error: mine.csv, row 4, column device: 'nope' is not a device" in err
    assert "nothing was imported" in err and "Traceback" not in err
    assert out.splitlines()[-1] == "added 1, changed 0, skipped 0, removed 0, errors 2"
    assert db_path.read_bytes() == before
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(bad), "--valid-only")
    assert code == 0 and out.splitlines()[-1] == "added 1, changed 0, skipped 0, removed 0, errors 2"
    assert "skipped (--valid-only): mine.csv, row 2" in err
    power = api.compare(db_path, "h100", "h20").row("power").cells[0].candidates
    assert 700.0 in [v.value_num for v in power if v.origin == "import"]


def test_unreadable_file_exits_1_without_traceback(capsys, data_dir, db_path, tmp_path):
    before = db_path.read_bytes()
    for argv in (["import", str(tmp_path / "missing.csv")], ["import", str(EPOCH), "--format", "json"]):
        code, _, err = run(capsys, "--data-dir", str(data_dir), *argv)
        assert code == 1 and err.startswith("chiplens import: ") and "Traceback" not in err
    assert db_path.read_bytes() == before
