"""`chiplens import`: summary, exit codes, errors listed, store untouched on --dry-run or error."""
import re
import sqlite3

from tests_support import EPOCH_CURRENT as EPOCH

from db import api
from desktop.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


SUMMARY = re.compile(r"added (\d+), changed 0, skipped (\d+), removed 0, errors 0 \((\d+) new devices(?:, (\d+) new sources)?\)")


def expected_epoch_import(db_path):
    """What importing Epoch's file into this store must do, counted from the file's parsed figures and the
    store: each figure is added or skipped (ChipLens bundles some of Epoch's); devices and sources the store
    does not hold are new."""
    parsed = api.plan_import(db_path, EPOCH).parsed
    devices = {v.device for v in parsed.values} - {d.slug for d in api.list_devices(db_path)}
    with sqlite3.connect(db_path) as c:
        held = {r[0] for r in c.execute("SELECT key FROM source")}
    c.close()
    sources = {v.source for v in parsed.values} - held
    assert devices and sources
    return len(parsed.values), len(devices), len(sources)


def check_summary(line, total, devices, sources=None):
    m = SUMMARY.fullmatch(line)
    assert m, line
    added, skipped = int(m[1]), int(m[2])
    assert added + skipped == total and 0 < skipped < added
    assert int(m[3]) == devices and (m[4] is None if sources is None else int(m[4]) == sources)
    return added


def test_dry_run_prints_the_diff_and_writes_nothing(capsys, data_dir, db_path):
    before = db_path.read_bytes()
    total, devices, sources = expected_epoch_import(db_path)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--dry-run")
    assert code == 0
    check_summary(out.splitlines()[-1], total, devices, sources)
    assert "+ row 56: NVIDIA H100 SXM · Dense INT8: 1,979 TOPS — Epoch AI  (new value)" in out
    assert "dry run: nothing was written" in err
    assert db_path.read_bytes() == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_import_then_again(capsys, data_dir):
    total, devices, _sources = expected_epoch_import(data_dir / api.DB_FILENAME)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--format", "epoch")
    assert code == 0
    check_summary(out.splitlines()[-1], total, devices)
    assert any(b.name.startswith("chiplens-before-import-") for b in (data_dir / "backups").iterdir())
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "chips", "--format", "json")
    assert "Google TPU v7 Ironwood" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH))
    assert code == 0 and out.splitlines()[-1] == f"added 0, changed 0, skipped {total}, removed 0, errors 0"


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
