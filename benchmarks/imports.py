"""Import speed: Epoch AI's ml_hardware.csv and 10,000 generated ChipLens CSV rows, planned and applied.

    python benchmarks/imports.py [N_ROWS]

Each figure is the whole import as a user runs it (read and check the file, compare it with the
store, back the store up, write in one transaction), into a freshly seeded store in a temporary
folder; the median of 3 runs. Goals of the import issue: the Epoch CSV in <= 1 s, 10,000 rows in
<= 5 s. Prints the figures and the ratio to each goal; exit 1 when over.
"""
from __future__ import annotations

import csv
import io
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EPOCH = ROOT.parent / "shared" / "external" / "ml_hardware.csv"
GOALS = {"epoch_s": 1.0, "rows_10k_s": 5.0}


def generate(path: Path, n: int, seed: int = 2026) -> None:
    """n ChipLens CSV rows: figures for the bundled devices from a few made-up benchmark sources."""
    from db import api
    rng = random.Random(seed)
    template = path.parent / "template.sqlite"
    api.open_store(template)
    devices = [d.slug for d in api.list_devices(template)]
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


def timed_import(template: Path, file: Path, runs: int = 3) -> tuple[float, object]:
    from db import api
    times, plan = [], None
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="chiplens-bench-"))
        try:
            store = folder / "chiplens.sqlite"
            shutil.copy(template, store)
            t0 = time.perf_counter()
            plan = api.plan_import(store, file)
            api.apply_import(store, plan)
            times.append(time.perf_counter() - t0)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(times), plan


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 10_000
    from db import api
    work = Path(tempfile.mkdtemp(prefix="chiplens-bench-"))
    try:
        template = work / "seeded.sqlite"
        api.open_store(template)
        epoch_s, plan = timed_import(template, EPOCH)
        print(f"Epoch ml_hardware.csv ({plan.rows} rows): {epoch_s * 1000:.0f} ms for {plan.summary()}  "
              f"[goal {GOALS['epoch_s']:.0f} s, ratio {epoch_s / GOALS['epoch_s']:.2f}]")
        generated = work / "generated.csv"
        generate(generated, n)
        rows_s, plan = timed_import(template, generated)
        print(f"{n:,} generated rows: {rows_s * 1000:.0f} ms for {plan.summary()}  "
              f"[goal {GOALS['rows_10k_s']:.0f} s, ratio {rows_s / GOALS['rows_10k_s']:.2f}]")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    over = epoch_s > GOALS["epoch_s"] or rows_s > GOALS["rows_10k_s"]
    print("over the goal" if over else "within the goals")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
