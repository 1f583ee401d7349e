"""Export-control verdicts at catalog scale: every chip's verdicts, and the Export controls tab opening.

    python benchmarks/control_verdicts.py [--runs 7]

Stores: the bundled catalog, 2,600 and 10,000 devices (copies of the bundled ones, benchmarks/stores.py), and
10,000 devices whose copies have their numbers scaled so that no two share figures (as a real import): the
judging cannot be shared between copies there. Figures, median and 90th percentile of every run (first runs
included), the stores taken in turn in each round:
- `all_verdicts`: Library(store).controls.all_verdicts(today) in this process; goal <= 500 ms at 10,000 devices.
- the tab (offscreen, 10,000 devices): the longest time the GUI thread is busy at once while the tab reads
  and draws every chip (a 1 ms timer notes each gap), goal <= 50 ms; and the time until the points are drawn
  (reported).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

bench.project_on_path()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_ALL_MS = 500.0  # every verdict of 10,000 devices
GOAL_STALL_MS = 50.0  # the longest GUI-thread stall while the tab opens


def distinct_copy(store: Path, folder: Path) -> Path:
    """A scratch copy of `store` whose copied devices have their numbers scaled: distinct figures."""
    import stores
    path = stores.scratch_copy(store, folder)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE spec_value SET value_num = value_num * (1 + (id % 997) / 1000.0) "
                     "WHERE origin = 'user' AND value_num IS NOT NULL")
    return path


def time_all(path: Path) -> float:
    from db.api import Library
    today = date.today().isoformat()
    return bench.timed_ms(lambda: Library(path).controls.all_verdicts(today))


def time_tab(app, path: Path) -> tuple[float, float]:
    """(longest GUI-thread stall, ms until the points are drawn) of the tab opening on `path`."""
    from PySide6.QtCore import QTimer

    from desktop.store import Store
    from desktop.views.control_map_panel import ControlMapPanel
    panel = ControlMapPanel(Store(path))
    panel.resize(1280, 760)
    panel.map  # noqa: B018 - pyqtgraph loaded and the chart made before timing (once per window, not the point)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer(interval=1)
    timer.timeout.connect(tick)
    timer.start()
    start = last[0] = time.perf_counter()
    panel.show()
    app.processEvents()
    while panel.reading or panel._stale:
        app.processEvents()
        time.sleep(0.0005)
    panel.map.repaint()
    app.processEvents()
    drawn = time.perf_counter() - start
    tick()
    timer.stop()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return max(gaps) * 1000, drawn * 1000


def main(argv: list[str] | None = None) -> int:
    args = bench.parser(__doc__, runs=7).parse_args(argv)
    import stores
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="chiplens-verdicts-") as folder:
        paths = {"bundled": stores.bundled_store(), "2,600": stores.devices_store(2_600),
                 "10,000": stores.devices_store(10_000)}
        paths["10,000 distinct"] = distinct_copy(paths["10,000"], Path(folder))
        runs: dict[str, list[float]] = {name: [] for name in paths}
        stall: dict[str, list[float]] = {"bundled": [], "10,000 distinct": []}
        drawn: dict[str, list[float]] = {name: [] for name in stall}
        for _ in range(args.runs):
            for name, path in paths.items():
                runs[name].append(time_all(path))
            for name in stall:
                s, d = time_tab(app, paths[name])
                stall[name].append(s)
                drawn[name].append(d)
        figures = [bench.figure(f"all verdicts, {name} devices", values, "ms",
                                GOAL_ALL_MS if name.startswith("10,000") else None) for name, values in runs.items()]
        for name in stall:
            figures.append(bench.figure(f"tab opens, {name}: longest GUI stall", stall[name], "ms", GOAL_STALL_MS))
            figures.append(bench.figure(f"tab opens, {name}: points drawn", drawn[name], "ms"))
        shutil.rmtree(folder, ignore_errors=True)
    return bench.finish(figures, "Export-control verdicts at catalog scale")


if __name__ == "__main__":
    sys.exit(main())
