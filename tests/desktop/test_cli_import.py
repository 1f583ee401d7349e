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


SUMMARY = re.compile(r"added (\d+), changed 0, skipped (\d+), removed 0, errors 0, held (\d+) "
                     r"\((\d+) new devices(?:, (\d+) new sources)?\)")


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


def epoch_held(db_path):
    """The figures of Epoch's file held as unit suspect in this store (the 910C internode cell among them)."""
    return api.plan_import(db_path, EPOCH).held


def check_summary(line, total, devices, sources=None):
    m = SUMMARY.fullmatch(line)
    assert m, line
    added, skipped, held = int(m[1]), int(m[2]), int(m[3])
    assert added + skipped + held == total and 0 < skipped < added and held > 0
    assert int(m[4]) == devices and (m[5] is None if sources is None else int(m[5]) == sources)
    return added


def test_dry_run_prints_the_diff_and_writes_nothing(capsys, data_dir, db_path):
    before = db_path.read_bytes()
    total, devices, sources = expected_epoch_import(db_path)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--dry-run")
    assert code == 0
    check_summary(out.splitlines()[-1], total, devices, sources)
    assert "+ row 56: NVIDIA H100 SXM · Dense INT8: 1,979 TOPS (scope unstated) — Epoch AI  (new value)" in out
    assert "dry run: nothing was written" in err
    assert db_path.read_bytes() == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_import_then_again(capsys, data_dir):
    total, devices, _sources = expected_epoch_import(data_dir / api.DB_FILENAME)
    held = epoch_held(data_dir / api.DB_FILENAME)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--format", "epoch")
    assert code == 0
    check_summary(out.splitlines()[-1], total, devices)
    assert any(b.name.startswith("chiplens-before-import-") for b in (data_dir / "backups").iterdir())
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "chips", "--format", "json")
    assert "Google TPU v7 Ironwood" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH))
    assert code == 0 and out.splitlines()[-1] == (f"added 0, changed 0, skipped {total - held}, removed 0, errors 0, "
                                                  f"held {held}")


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


def scaleout_910c(capsys, data_dir):
    """The 910C's scale-out bandwidth as `chiplens compare 910C H100` shows it (None: no figure)."""
    import json
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "compare", "910C", "H100", "--format", "json")
    assert code == 0
    return next(m for m in json.loads(out)["metrics"] if m["key"] == "scaleout_bw")["values"][0]


def test_unit_suspects_are_listed_held_and_imported_on_accept(capsys, data_dir, db_path):
    held = epoch_held(db_path)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("? ") and "Huawei Ascend 910C" in x)
    assert "Scale-out bandwidth per accelerator: 98 GB/s" in line
    assert "unit suspect: 8 × lower than 784 GB/s" in line and "likely 784 GB/s if the column holds bytes" in line
    assert sum(x.startswith("? ") for x in out.splitlines()) == held
    assert f"{held} figure(s) held as unit suspect" in err and "--accept-suspect" in err
    assert scaleout_910c(capsys, data_dir) is None  # the bundled catalog has none, and Epoch's is held
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(EPOCH), "--accept-suspect")
    total = len(api.plan_import(db_path, EPOCH).parsed.values)
    assert code == 0 and out.splitlines()[-1] == f"added {held}, changed 0, skipped {total - held}, removed 0, errors 0"
    assert "you confirmed it" in out and "held as unit suspect" not in err
    cell = api.compare(db_path, "910c", "h100").row("scaleout_bw").cells[0]
    assert 98.0 in [v.value_num for v in cell.candidates if v.source and v.source.publisher == "Epoch AI"]
    shown = scaleout_910c(capsys, data_dir)
    assert shown is not None and "98" in json_text(shown)


def json_text(x) -> str:
    import json
    return json.dumps(x)
