"""Start-up, pairing switch and memory, measured against a bare PySide6 window in the same run.

    python benchmarks/startup.py [RUNS]

Alternates runs of (bare window, ChipLens until the comparison is painted, ChipLens until its
chart is painted too) and prints median wall-time ratios; then times switching between every
preset pairing in one process, and reports the peak memory of a started app. Goals (issue 2):
table <= 3x bare, chart <= 5x bare, switch <= 30 ms, memory <= 160 MiB. Exit 1 when a goal fails.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from goals import verdict

HERE = Path(__file__).resolve().parent
GOALS = {"table": 3.0, "chart": 5.0, "switch_ms": 30.0, "rss_mib": 160.0}


def chiplens_cmd() -> list[str]:
    exe = shutil.which("chiplens")
    return [exe] if exe else [sys.executable, "-m", "desktop"]


def timed(cmd: list[str], env: dict) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, env=env)
    return time.perf_counter() - t


def peak_rss_mib(cmd: list[str], env: dict) -> float:
    """Peak resident memory of one child run (ru_maxrss of that child alone, via a fresh helper)."""
    code = ("import resource,subprocess,sys;subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,"
            "stderr=subprocess.DEVNULL,check=True);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


SWITCH_SCRIPT = r"""
import statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db import api
from desktop.main_window import MainWindow
from desktop.store import Store
db = Path(sys.argv[1]); api.open_store(db)
w = MainWindow(Store(db)); w.show(); app.processEvents()
w._load_chart(); app.processEvents()
pairs = [(p.device_a, p.device_b) for p in w.pairings]
times = []
for _ in range(5):
    for a, b in pairs:
        t = time.perf_counter(); w.set_pair(a, b); app.processEvents()  # the event loop repaints what changed
        times.append((time.perf_counter() - t) * 1000)
print(statistics.median(times), max(times))
"""


def compile_project() -> None:
    """An installed ChipLens runs from bytecode (pip and PyInstaller compile it), so the measured one does too,
    even where PYTHONDONTWRITEBYTECODE keeps imports from caching what they compile."""
    import compileall

    import db
    import desktop
    for package in (desktop, db):
        compileall.compile_dir(str(Path(package.__file__).parent), quiet=1)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    compile_project()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    data = Path(tempfile.mkdtemp(prefix="chiplens-bench-"))
    app = chiplens_cmd() + ["--data-dir", str(data), "--quit-when-ready"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    try:
        timed(app, env), timed(bare, env)  # warm-up: first start creates and seeds the store
        table, chart, base = [], [], []
        for _ in range(runs):
            b = timed(bare, env)
            t = timed(app + ["table"], env)
            c = timed(app + ["chart"], env)
            base.append(b)
            table.append(t / b)
            chart.append(c / b)
        out = subprocess.run([sys.executable, "-c", SWITCH_SCRIPT, str(data / "chiplens.sqlite")], env=env,
                             capture_output=True, text=True, check=True)
        switch_median, switch_max = (float(x) for x in out.stdout.split())
        rss = peak_rss_mib(app + ["chart"], env)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    results = {"table": statistics.median(table), "chart": statistics.median(chart), "switch_ms": switch_median,
               "rss_mib": rss}
    print(f"bare window median {statistics.median(base) * 1000:.0f} ms over {runs} alternated runs")
    print(f"ready (comparison painted) / bare: {results['table']:.2f}x  (goal <= {GOALS['table']:g}x)")
    print(f"ready with chart / bare:           {results['chart']:.2f}x  (goal <= {GOALS['chart']:g}x)")
    print(f"switch pairing: median {switch_median:.1f} ms, max {switch_max:.1f} ms  (goal <= {GOALS['switch_ms']:g} ms)")
    print(f"peak memory with chart: {rss:.0f} MiB  (goal <= {GOALS['rss_mib']:g} MiB)")
    return verdict(results, GOALS)


if __name__ == "__main__":
    sys.exit(main())
