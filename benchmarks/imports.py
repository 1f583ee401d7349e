"""Import speed: Epoch AI's ml_hardware.csv and 10,000 generated ChipLens CSV rows, planned and applied.

    python benchmarks/imports.py [--rows 10000] [--runs 5] [--devices 0 2600 10000] [--timeout 60]

Each figure is the whole import as a user runs it (read and check the file, compare it with the store, back the
store up, write in one transaction), into a fresh copy of a cached store (benchmarks/stores.py: the bundled
catalog, or copies of its devices up to 2,600 or 10,000); the copy is made before the clock starts. Each round
imports both files, one after the other, so both meet the same moments of a busy machine; every run counts, the
first too. Goals of the import issue: the Epoch CSV in <= 1 s, 10,000 rows in <= 5 s (medians, at every store
size). Exit 1 when a goal is not met.

The data is the benchmark's own: Epoch's file is the release kept in the repository
(tests/fixtures/epoch/2025-12/ml_hardware.csv — Epoch AI, "Data on Machine Learning Hardware", epoch.ai, CC-BY
4.0), and the ChipLens CSV is generated here (figures for the store's devices from made-up benchmark labs, written
as a spreadsheet exports it: semicolons and decimal commas).
"""
from __future__ import annotations

import csv
import io
import random
from contextlib import closing
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import bench

bench.project_on_path()

EPOCH = bench.ROOT / "tests" / "fixtures" / "epoch" / "2025-12" / "ml_hardware.csv"
EPOCH_GOAL_S = 1.0
ROWS_GOAL_S = 5.0


def generate(path: Path, store: Path, n: int, seed: int = 2026) -> None:
    """n ChipLens CSV rows: figures for the store's devices from a few made-up benchmark sources."""
    rng = random.Random(seed)
    with closing(sqlite3.connect(store)) as conn:  # the slugs only (not timed, and not the app's device listing)
        devices = [slug for (slug,) in conn.execute("SELECT slug FROM device ORDER BY slug")]
    units = {"bf16_dense": ("TFLOPS", "PFLOPS"), "memory_capacity": ("GB", "TB"), "memory_bandwidth": ("GB/s", "TB/s"),
             "power": ("W", "kW"), "scaleup_bw": ("GB/s", "Gbit/s")}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")  # a spreadsheet's export: semicolons and decimal commas
    w.writerow(["device", "metric", "value", "unit", "qualifier", "confidence", "source", "publisher", "title",
                "as_of", "note"])
    for i in range(n):
        metric = rng.choice(list(units))
        unit = rng.choice(units[metric])
        value = f"{rng.uniform(1, 5000):.2f}".replace(".", ",")
        w.writerow([rng.choice(devices), metric, value, unit, "", rng.choice(["official", "third-party", "reported"]),
                    f"bench-{i % 40}", f"Benchmark lab {i % 40}", "Generated for the import benchmark",
                    f"2026-{1 + i % 12:02d}", f"run {i}"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


IMPORT = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from db import api
store, file = Path(sys.argv[2]), Path(sys.argv[3])
start = time.perf_counter()
plan = api.plan_import(store, file)
api.apply_import(store, plan)
print(time.perf_counter() - start)
print(f"{plan.rows} rows: {plan.summary()}")
"""


def timed_import(template: Path, file: Path, work: Path, timeout: float) -> tuple[float | None, str]:
    """Seconds to plan and apply `file` on a fresh copy of `template` (timed inside a child, from the call to plan
    until the write is done), and the plan's summary; None when it took longer than `timeout` and was stopped."""
    import stores
    folder = Path(tempfile.mkdtemp(dir=work))
    try:
        store = stores.scratch_copy(template, folder)
        try:
            out = subprocess.run([sys.executable, "-c", IMPORT, str(bench.ROOT), str(store), str(file)],
                                 env=bench.qt_env(), capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return None, f"stopped after {timeout:.0f} s"
        except subprocess.CalledProcessError as e:
            raise bench.ChildFailed(e.cmd, e.returncode, e.stderr) from None
        seconds, summary = out.stdout.strip().splitlines()[-2:]
        return float(seconds), summary
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = bench.store_options(bench.parser(__doc__, runs=5), devices=(0,))
    p.add_argument("--rows", type=int, default=10_000, help="generated ChipLens CSV rows (default 10000)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds after which an import is stopped; it counts as that long, and the remaining runs "
                        "of that file and store are left out (default 60)")
    args = p.parse_args(argv)
    import stores
    figures, lines = [], []
    work = Path(tempfile.mkdtemp(prefix="chiplens-bench-imports-"))
    try:
        for total in args.devices:
            template = stores.devices_store(total)
            label = bench.count_label(total, "devices")
            generated = work / "generated.csv"
            generate(generated, template, args.rows)
            times: dict[str, list[float]] = {"epoch": [], "rows": []}
            stopped: set[str] = set()
            for _ in range(args.runs):
                for key, file in (("epoch", EPOCH), ("rows", generated)):
                    if key in stopped:
                        continue
                    seconds, summary = timed_import(template, file, work, args.timeout)
                    if seconds is None:
                        stopped.add(key)
                        seconds = args.timeout
                    times[key].append(seconds)
                    lines.append(f"{label}, {'Epoch' if key == 'epoch' else 'generated'}: {summary}")
            cut = {key: " (stopped at the timeout)" if key in stopped else "" for key in times}
            figures += [bench.figure(f"Epoch ml_hardware.csv into {label}{cut['epoch']}", times["epoch"], "s",
                                     EPOCH_GOAL_S),
                        bench.figure(f"{args.rows:,} ChipLens CSV rows into {label}{cut['rows']}", times["rows"], "s",
                                     ROWS_GOAL_S)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(dict.fromkeys(lines)))
    return bench.finish(figures, "imports, planned and applied (Epoch AI data: CC-BY 4.0)")


if __name__ == "__main__":
    sys.exit(main())
