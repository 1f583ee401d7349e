"""Catalog scale: the comparison window and the CLI with the bundled catalog, 2,600 and 10,000 devices.

    python benchmarks/catalog_scale.py [--runs N] [--rounds N] [--sizes 0,2600,10000]

Stores are the cached ones of benchmarks/stores.py (copies of the bundled devices with their figures, origin
'user', alias BX-nnnnn, as an import of a large dataset makes them); each size is measured in its own child
process on a scratch copy, with the window built as a user sees it after start (the chart, the timeline and the
later tabs loaded, since they follow every switch).

- pairing switch: MainWindow.set_devices for every preset pairing, `--rounds` rounds (the first included),
  each followed by the repaint it causes (processEvents); goal median <= 30 ms at 10,000 devices. Its part
  before the repaint (reading and building the comparison, updating pickers, tabs and panels) is shown too:
  that is the part a catalog's size could change; the repaint of the comparison is the same at any size.
- picker open: the device picker dialog made and painted, `--rounds` times (the first, which reads the
  device list for searching, included); goal median <= 50 ms.
- picker keystroke: typing "h", "h1", "h10", "h100" then deleting back, and "bx-0", "bx-01", ...: each key
  narrows or widens the list and repaints; goal median <= 16 ms.
- compare CLI: `chiplens compare 910c h100` on the bundled store and on the 10,000-device store, alternated
  `--runs` times (each a whole process, waited for in wait4); goal: the ratio's median <= 1.3.

Timings in the window are in-process wall times of the GUI thread (perf_counter), offscreen unless
QT_QPA_PLATFORM says otherwise. Medians and 90th percentiles of all runs are printed with the goals.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

GOALS = {"switch": 30.0, "open": 50.0, "key": 16.0, "cli": 1.3}
TYPED = ("h", "h1", "h10", "h100", "h10", "h1", "h", "", "bx-0", "bx-01", "bx-012", "bx-0123", "", "910c")


def store_for(size: int) -> Path:
    import stores
    return stores.devices_store(size) if size else stores.bundled_store()


def measure_window(db: Path, rounds: int) -> dict[str, list[float]]:
    """In this process: the window on `db`, its switches, picker opens and keystrokes (ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from desktop.main_window import MainWindow
    from desktop.store import Store
    from desktop.views.device_picker import DevicePickerDialog
    window = MainWindow(Store(db), None, ("910c", "h100"))
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    window._load_chart()
    window._load_timeline()
    app.processEvents()
    presets = [p.devices for p in window.pairings]
    out: dict[str, list[float]] = {"switch": [], "switch_data": [], "open": [], "key": []}
    for _ in range(rounds):
        for devices in presets:
            start = time.perf_counter()
            window.set_devices(devices, 1)
            set_ms = (time.perf_counter() - start) * 1000
            app.processEvents()
            out["switch"].append((time.perf_counter() - start) * 1000)
            out["switch_data"].append(set_ms)
    for _ in range(rounds):
        start = time.perf_counter()
        dialog = DevicePickerDialog(window.store.devices(), window.devices_shown()[0], window)
        dialog.show()
        app.processEvents()
        out["open"].append((time.perf_counter() - start) * 1000)
        for text in TYPED:
            start = time.perf_counter()
            dialog.search.setText(text)
            app.processEvents()
            out["key"].append((time.perf_counter() - start) * 1000)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    window.close()
    return out


def child(size: int, rounds: int) -> dict[str, list[float]]:
    """Measure one size in a fresh interpreter (its own Qt, its own imports) on a scratch copy of the store."""
    src = store_for(size)
    with tempfile.TemporaryDirectory() as folder:
        import stores
        db = stores.scratch_copy(src, Path(folder))
        cmd = [sys.executable, __file__, "--child", str(db), "--rounds", str(rounds)]
        done = subprocess.run(cmd, env=bench.qt_env(), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"measuring {size} devices failed:\n{done.stderr[-2000:]}")
        result: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def cli_ratios(runs: int) -> tuple[list[float], list[float], list[float]]:
    """`chiplens compare 910c h100` alternated on the bundled store and the 10,000-device store."""
    import stores
    with tempfile.TemporaryDirectory() as bundled_dir, tempfile.TemporaryDirectory() as large_dir:
        stores.scratch_copy(store_for(0), Path(bundled_dir))
        stores.scratch_copy(store_for(10_000), Path(large_dir))
        cmd = [*bench.chiplens_cmd(), "compare", "910c", "h100"]
        bundled, large = [], []
        for _ in range(runs):
            bundled.append(bench.run_child(cmd, bench.qt_env(CHIPLENS_DATA_DIR=bundled_dir)))
            large.append(bench.run_child(cmd, bench.qt_env(CHIPLENS_DATA_DIR=large_dir)))
    return (bench.ratios(large, bundled), [r.seconds * 1000 for r in bundled], [r.seconds * 1000 for r in large])


def label(size: int) -> str:
    return "bundled" if size == 0 else f"{size:,} devices"


def main(argv: list[str] | None = None) -> int:
    p = bench.parser(__doc__, runs=9)
    p.add_argument("--rounds", type=int, default=3, help="rounds of every preset switch and picker open (default 3)")
    p.add_argument("--sizes", default="0,2600,10000", help="device totals to measure, 0 for the bundled catalog")
    p.add_argument("--child", type=Path, help=argparse_hidden())
    args = p.parse_args(argv)
    bench.project_on_path()
    if args.child is not None:
        print(json.dumps(measure_window(args.child, args.rounds)))
        return 0
    bench.compile_project()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    figures = []
    for size in sizes:
        got = child(size, args.rounds)
        at_scale = size == max(sizes)  # the goals are for the largest catalog; smaller ones are shown beside
        figures.append(bench.figure(f"pairing switch, {label(size)}", got["switch"], "ms",
                                    GOALS["switch"] if at_scale else None))
        figures.append(bench.figure(f"  of which set_devices (before the repaint), {label(size)}", got["switch_data"],
                                    "ms"))
        figures.append(bench.figure(f"picker open, {label(size)}", got["open"], "ms", GOALS["open"] if at_scale else None))
        figures.append(bench.figure(f"picker keystroke, {label(size)}", got["key"], "ms",
                                    GOALS["key"] if at_scale else None))
    ratios, bundled_ms, large_ms = cli_ratios(args.runs)
    figures.append(bench.figure("compare CLI, bundled", bundled_ms, "ms"))
    figures.append(bench.figure("compare CLI, 10,000 devices", large_ms, "ms"))
    figures.append(bench.figure("compare CLI, 10,000 devices / bundled", ratios, "x", GOALS["cli"]))
    return bench.finish(figures, "Catalog scale (issue 22 item 5)")


def argparse_hidden() -> str:
    import argparse
    return argparse.SUPPRESS


if __name__ == "__main__":
    sys.exit(main())
