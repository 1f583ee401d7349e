"""The comparison's ratio chart: start to chart painted against a bare PySide6 window that paints, and the
resident memory of the app with the comparison open.

    python benchmarks/chart.py [--runs N] [--idle S]

Alternates, in one run, the bare window (benchmarks/bare_window.py) with ChipLens on the bundled data until
its chart has painted (`--quit-when-ready chart`), and prints the run-by-run ratio (median and 90th
percentile of all runs, the first included) and the peak memory to that paint. Then starts the app without
leaving, lets it sit idle for S seconds (the later tabs made, nothing opened) and reads its resident memory;
and checks that the command line's PNG export imports no numpy.
Goals (issue 22): chart painted <= 2x bare; idle resident memory with the comparison open <= 100 MiB.
Exit 1 when a goal is not met.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench
import stores

CHART_GOAL = 2.0
IDLE_RSS_GOAL_MIB = 100.0


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        kib = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    return kib / 1024


def idle_rss(cmd: list[str], env: dict[str, str], seconds: float) -> float:
    """The app's resident memory after `seconds` of sitting with its comparison open; then it is asked to
    leave (SIGTERM: it saves and exits as on a logout)."""
    child = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        time.sleep(seconds)
        if child.poll() is not None:
            raise SystemExit(f"{' '.join(cmd)} ended early with {child.returncode}")
        return rss_mib(child.pid)
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def png_export_imports(env: dict[str, str], data_dir: Path, folder: Path) -> set[str]:
    """The heavy modules `chiplens export compare ... -o x.png` imports (-X importtime lists every import)."""
    done = subprocess.run([*bench.chiplens_cmd()[:1], "-X", "importtime", *bench.chiplens_cmd()[1:],
                           "--data-dir", str(data_dir), "export", "compare", "910c", "h100", "-o",
                           str(folder / "x.png")], env=env, capture_output=True, text=True, timeout=120, check=True)
    names = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines()
             if line.startswith("import time:")}
    return names & {"numpy", "pyqtgraph"}


def main(argv: list[str] | None = None) -> int:
    p = bench.parser(__doc__, runs=9)
    p.add_argument("--idle", type=float, default=8.0, help="seconds the app sits idle before its memory is read")
    args = p.parse_args(argv)
    bench.project_on_path()
    bench.compile_project()
    env = bench.qt_env()
    with tempfile.TemporaryDirectory(prefix="chiplens-chart-") as tmp:
        folder = Path(tmp)
        data = folder / "data"
        data.mkdir()
        stores.scratch_copy(stores.bundled_store(), data)
        app = [*bench.chiplens_cmd(), "--data-dir", str(data)]
        runs = bench.alternate({"bare": bench.bare_cmd(), "chart": [*app, "--quit-when-ready", "chart"]},
                               args.runs, env)
        idle = [idle_rss([*app, "--pair", "910c", "h100"], env, args.idle) for _ in range(3)]
        heavy = png_export_imports(env, data, folder)
    figures = [
        bench.figure("start to chart painted / bare", bench.ratios(runs["chart"], runs["bare"]), "x", CHART_GOAL),
        bench.figure("bare window, start to paint", [r.seconds * 1000 for r in runs["bare"]], "ms"),
        bench.figure("start to chart painted", [r.seconds * 1000 for r in runs["chart"]], "ms"),
        bench.figure("peak memory to chart painted", [r.max_rss_mib for r in runs["chart"]], "MiB"),
        bench.figure(f"idle memory, comparison open ({args.idle:g} s)", idle, "MiB", IDLE_RSS_GOAL_MIB),
        bench.figure("PNG export: numpy or pyqtgraph imported", [float(len(heavy))], "modules", 0.0),
    ]
    return bench.finish(figures, "The ratio chart (bundled data, offscreen)")


if __name__ == "__main__":
    os.chdir(Path(__file__).resolve().parent)
    sys.exit(main())
