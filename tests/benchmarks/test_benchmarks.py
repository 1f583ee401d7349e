"""The benchmarks' structure, not their timings: every script explains itself, makes its own data, and the shared
harness computes, prints and records what it says (90th percentile by nearest rank, OVER beside a missed goal,
a failing child named with its stderr, the stores made as asked)."""
from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench  # noqa: E402
import run_all  # noqa: E402
import stores  # noqa: E402

SCRIPTS = sorted(BENCHMARKS.glob("*.py"))
def first_line(script: Path) -> str:
    text = script.read_text(encoding="utf-8")
    doc = re.match(r'\s*"""(.*?)"""', text, re.S)
    assert doc, f"{script.name} has no docstring for its --help"
    return doc.group(1).strip().splitlines()[0]


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_every_script_answers_help_with_its_docstring(script):
    out = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert " ".join(first_line(script).split()[:6]) in " ".join(out.stdout.split())


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_no_script_reads_outside_the_repository(script):
    text = script.read_text(encoding="utf-8")
    assert not re.search(r"""\.\./shared|ROOT\.parent|parents\[2\]|["']shared["']""", text)


def test_p90_is_the_nearest_rank_of_all_values():
    assert bench.p90([7.0]) == 7.0
    assert bench.p90([float(v) for v in range(1, 11)]) == 9.0  # rank ceil(0.9 * 10) = 9
    assert bench.p90([float(v) for v in range(11, 0, -1)]) == 10.0  # rank ceil(9.9) = 10, order does not matter
    assert bench.p90([1.0] * 18 + [50.0, 60.0]) == 1.0  # rank 18 of 20: two slow runs are above it
    assert bench.p90([1.0] * 17 + [40.0, 50.0, 60.0]) == 40.0  # a third is not


def test_a_figure_meets_its_goal_only_when_median_and_p90_both_hold():
    runs = [1.0] * 8 + [9.0, 9.0]
    assert bench.figure("a", runs, "ms", goal=2.0).met
    assert not bench.figure("a", runs, "ms", goal=2.0, p90_goal=5.0).met
    assert not bench.figure("a", runs, "ms", goal=0.5).met
    assert bench.figure("a", runs, "ms").met  # reported only


def test_the_table_marks_a_missed_goal_over_and_a_reported_figure_as_such():
    lines = bench.table([bench.figure("fast", [1.0, 2.0, 3.0], "x", 2.5),
                         bench.figure("slow", [4.0, 5.0, 6.0], "x", 2.5),
                         bench.figure("plain", [10.0, 20.0], "ms")], "title").splitlines()
    assert lines[0] == "title"
    fast, slow, plain = (next(line for line in lines if line.startswith(name)) for name in ("fast", "slow", "plain"))
    assert fast.endswith("met") and "2.00x" in fast and "3.00x" in fast and "median <= 2.50x" in fast
    assert slow.endswith("OVER") and "5.00x" in slow
    assert plain.endswith("(reported)")


def test_a_grouped_table_keeps_a_skipped_or_failed_script_with_its_reason():
    text = bench.grouped_table([("one.py (1k notes)", [bench.figure("f", [1.0], "ms", 2.0)]),
                                ("two.py", "missing from this checkout: skipped")])
    lines = text.splitlines()
    assert lines.index("one.py (1k notes)") < lines.index("two.py")
    assert lines[lines.index("two.py") + 1].strip() == "missing from this checkout: skipped"


@pytest.fixture
def json_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "figures.json"
    monkeypatch.setenv(bench.JSON_ENV, str(path))
    monkeypatch.setattr(bench, "_json_out", None)
    monkeypatch.setattr(bench, "_recorded", [])
    return path


def test_finish_exits_1_over_a_goal_and_records_the_figures_it_printed(json_file, capsys):
    figures = [bench.figure("ok", [1.0, 2.0], "ms", 5.0), bench.figure("late", [8.0, 9.0], "ms", 5.0)]
    assert bench.finish(figures, "first") == 1
    assert bench.finish(figures[:1], "second") == 0
    assert "over goal: late" in capsys.readouterr().out
    [(title1, got1, skipped1), (title2, got2, _)] = bench.read_results(json_file)
    assert (title1, title2, skipped1) == ("first", "second", None)
    assert got1 == figures and got2 == figures[:1]


def test_json_option_names_the_file_and_replaces_an_older_one(json_file, tmp_path):
    other = tmp_path / "other.json"
    other.write_text('[{"title": "stale", "figures": []}]', encoding="utf-8")
    bench.parser("doc").parse_args(["--json", str(other)])
    bench.skip("nothing to measure")
    assert bench.read_results(other) == [(None, [], "nothing to measure")]
    assert not json_file.exists()


def test_run_child_names_a_failing_child_with_its_stderr():
    cmd = [sys.executable, "-c", "import sys; sys.stderr.write('first\\nthe reason it failed\\n'); sys.exit(3)"]
    with pytest.raises(bench.ChildFailed) as failed:
        bench.run_child(cmd)
    assert failed.value.returncode == 3
    assert "the reason it failed" in str(failed.value.code) and "exited with 3" in str(failed.value.code)


def test_run_child_reports_the_childs_own_peak_memory_not_this_process():
    ballast = bytearray(300 * 2 ** 20)  # this process well above what a bare interpreter needs
    ballast[::4096] = b"\1" * len(range(0, len(ballast), 4096))
    run = bench.run_child([sys.executable, "-c", "pass"])
    assert run.max_rss_mib < 100 < len(ballast) / 2 ** 20


def test_alternate_runs_the_commands_in_turn_and_keeps_every_run():
    order: list[str] = []
    cmd = [sys.executable, "-c", "pass"]
    runs = bench.alternate({"bare": cmd, "app": cmd}, 3, before_each=order.append)
    assert order == ["bare", "app"] * 3
    assert [len(r) for r in runs.values()] == [3, 3]
    assert all(r.seconds > 0 and r.max_rss_mib > 0 for rs in runs.values() for r in rs)


def test_ratios_are_taken_run_by_run():
    app = [bench.Run(2.0, 1), bench.Run(9.0, 1)]
    bare = [bench.Run(1.0, 1), bench.Run(3.0, 1)]
    assert bench.ratios(app, bare) == [2.0, 3.0]


def note_counts(db: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*), count(deleted) FROM note").fetchone()


def test_add_notes_adds_as_many_notes_as_asked(data_dir):
    db = data_dir / "chiplens.sqlite"
    before, _ = note_counts(db)
    stores.add_notes(db, 120, seed=3)
    after, trashed = note_counts(db)
    assert after - before == 120
    assert trashed < 120 // 10  # about 1% go to the trash
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'the'").fetchone()[0] > 0


def test_add_devices_fills_the_catalog_up_to_the_total_with_copies_and_their_figures(data_dir):
    db = data_dir / "chiplens.sqlite"
    with closing(sqlite3.connect(db)) as conn:
        have = conn.execute("SELECT count(*) FROM device").fetchone()[0]
    stores.add_devices(db, have + 9)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM device").fetchone()[0] == have + 9
        copies = conn.execute("SELECT d.id, d.name, count(a.id) FROM device d JOIN device_alias a ON a.device_id = d.id "
                              "WHERE d.origin = 'user' GROUP BY d.id").fetchall()
        assert len(copies) == 9 and all("(copy " in name and aliases == 1 for _, name, aliases in copies)
        for copy_id, name, _ in copies:  # each copy carries the figures of the device it copies
            original = name.rsplit(" (copy ", 1)[0]
            own, theirs = (conn.execute("SELECT count(*) FROM spec_value v JOIN device d ON d.id = v.device_id "
                                        f"WHERE {where}", (arg,)).fetchone()[0]
                           for where, arg in (("d.id = ?", copy_id), ("d.origin = 'seed' AND d.name = ?", original)))
            assert own == theirs
    stores.add_devices(db, have)  # a total already reached adds nothing
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM device").fetchone()[0] == have + 9


def test_the_bundled_catalog_is_the_devices_store_of_zero(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIPLENS_BENCH_CACHE", str(tmp_path / "cache"))
    assert stores.devices_store(0) == stores.bundled_store()
    assert stores.bundled_store().parent == tmp_path / "cache"


def test_run_all_gives_a_script_the_store_sizes_its_help_offers():
    many = "usage: x.py [-h] [--runs RUNS] [--notes N [N ...]] [--quick]"
    assert run_all.invocations(many, [1000, 100000], [0], quick=True, runs=3) == [
        (["--quick", "--runs", "3", "--notes", "1000", "100000"], "1k notes, 100k notes")]
    one = "usage: y.py [-h] [--devices DEVICES]"
    assert run_all.invocations(one, [1000], [0, 2600], quick=True, runs=None) == [
        (["--devices", "0"], "bundled devices"), (["--devices", "2600"], "2,600 devices")]
    assert run_all.invocations("usage: z.py [-h]", [1000], [0], quick=False, runs=5) == [([], "")]
    optional = "usage: s.py [-h] [--notes [N ...]]"
    assert run_all.invocations(optional, [1000, 100000], [0], quick=False, runs=None) == [
        (["--notes", "1000", "100000"], "1k notes, 100k notes")]
    sizes = "usage: notes_scale.py [-h] [--sizes SIZES [SIZES ...]] [--quickly]"
    assert run_all.invocations(sizes, [1000, 100000], [0], quick=True, runs=None, name="notes_scale") == [
        (["--sizes", "1000", "100000"], "1k notes, 100k notes")]
    assert run_all.invocations(sizes, [1000, 100000], [0], quick=True, runs=None) == [([], "")]  # not a known one
    catalog = "usage: catalog_scale.py [-h] [--sizes SIZES]"
    assert run_all.invocations(catalog, [1000], [0, 2600], quick=False, runs=None, name="catalog_scale") == [
        (["--sizes", "0,2600"], "bundled devices, 2,600 devices")]


def test_run_all_prints_one_table_names_missing_scripts_and_fails_over_a_goal(tmp_path, monkeypatch, capsys):
    (tmp_path / "fake_bench.py").write_text(
        f'"""A fake benchmark."""\nimport sys\nsys.path.insert(0, {str(BENCHMARKS)!r})\nimport bench\n'
        'args = bench.store_options(bench.parser(__doc__), notes=(5,)).parse_args()\n'
        'sys.exit(bench.finish([bench.figure(f"slow at {n}", [3.0], "ms", 1.0) for n in args.notes]))\n',
        encoding="utf-8")
    monkeypatch.setenv("CHIPLENS_BENCH_CACHE", str(tmp_path / "cache"))  # the header counts the bundled devices
    monkeypatch.setattr(run_all, "HERE", tmp_path)
    monkeypatch.setattr(run_all, "ORDER", ("absent", "fake_bench"))
    assert run_all.main(["--quick"]) == 1
    out = capsys.readouterr().out
    table = out[out.index("ChipLens benchmarks"):]
    assert "absent.py\n  missing from this checkout: skipped" in table
    assert "fake_bench.py (1k notes, 100k notes)" in table  # --quick: no 1M-notes store
    assert "slow at 100000" in table and "OVER" in table and "1M notes" not in table.splitlines()[0]
