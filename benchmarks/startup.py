"""Start-up against a bare PySide6 window that paints, in one run, with the bundled data and with 1M notes.

    python benchmarks/startup.py [--runs N] [--notes N ...] [--langs LANG ...] [--no-switch]

For each store: rounds of (bare window, ChipLens until the comparison is painted (in English; with the bundled
data, in each of --langs too, its translation loaded), ChipLens until its chart is painted too, and a reference:
the widgets ChipLens shows first in a PySide6 window without its code, benchmarks/floor_window.py), alternated in
that order; each app run over the bare run of its round (a translated start over the English one of its round
too); medians and 90th percentiles of every run (the first ones too). The app starts on a data folder whose
chiplens.sqlite is a symbolic link to the cached store (benchmarks/stores.py, made once): a start must not write
to it, which is checked (the store's size, modification time and header are the same after the runs). The peak
resident memory of the chart runs is the memory with the comparison open. Then, with the bundled data,
switching between every preset pairing in one process.

Goals (issue 22): comparison painted <= 1.6x bare and chart painted <= 2x bare (medians) with every store;
memory with the comparison open <= 100 MiB; pairing switch <= 30 ms (median; catalog scale at 10,000
devices is benchmarks/catalog.py's). Exit 1 when a goal is not met.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import bench
import stores

GOALS = {"ready": 1.6, "chart": 2.0, "rss_mib": 100.0, "switch_ms": 30.0}

SWITCH_SCRIPT = r"""
import statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db import api
from desktop.main_window import MainWindow
from desktop.store import Store
db = Path(sys.argv[1]); api.open_store(db, check_later=True)
w = MainWindow(Store(db)); w.show(); app.processEvents()
w._load_chart(); app.processEvents()
pairs = [(p.device_a, p.device_b) for p in w.pairings]
times = []
for _ in range(5):
    for a, b in pairs:
        t = time.perf_counter(); w.set_pair(a, b); app.processEvents()  # the event loop repaints what changed
        times.append((time.perf_counter() - t) * 1000)
print(" ".join(f"{t:.3f}" for t in times))
"""


def stamp(path: Path) -> tuple[int, int, bytes]:
    """What a write would change: size, modification time, and the header (change counter, page count)."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    st = path.stat()
    return st.st_size, st.st_mtime_ns, head


def data_folder(store: Path) -> Path:
    """A fresh data folder whose database is a link to the cached store (settings, logs: in the folder)."""
    folder = Path(tempfile.mkdtemp(prefix="chiplens-startup-"))
    (folder / "chiplens.sqlite").symlink_to(store)
    return folder


def measure(label: str, store: Path, runs: int, langs: Sequence[str] = ()) -> list[bench.Figure]:
    """The store's rounds; with `langs`, each round also starts the window in each of those languages (its
    translation loaded, as View ▸ Language or --lang chooses it) until the comparison is painted."""
    folder = data_folder(store)
    before = stamp(store)
    app = bench.chiplens_cmd() + ["--data-dir", str(folder), "--quit-when-ready"]
    env = bench.qt_env()
    translated = {f"ready:{lang}": app + ["table", "--lang", lang] for lang in langs}
    try:
        bench.run_child(app + ["chart"], env)  # settings and logs made once; the store's pages in the OS cache
        for cmd in translated.values():  # a checkout builds a language's .qm on its first use (an install has it)
            bench.run_child(cmd, env)
        got = bench.alternate({"bare": bench.bare_cmd(), "ready": app + ["table", "--lang", "en"], **translated,
                               "chart": app + ["chart", "--lang", "en"], "floor": bench.floor_cmd()}, runs, env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if stamp(store) != before:
        raise SystemExit(f"a start wrote to {store}: the measured start must only read the store")
    return [bench.figure(f"{label}: bare window (s)", [r.seconds for r in got["bare"]], "s"),
            bench.figure(f"{label}: comparison painted / bare", bench.ratios(got["ready"], got["bare"]), "x",
                         GOALS["ready"]),
            *[figure for lang in langs for figure in (
                bench.figure(f"{label}: comparison painted in {lang} / bare",
                             bench.ratios(got[f"ready:{lang}"], got["bare"]), "x", GOALS["ready"]),
                bench.figure(f"{label}: comparison painted in {lang} / in English",
                             bench.ratios(got[f"ready:{lang}"], got["ready"]), "x"))],
            bench.figure(f"{label}: chart painted / bare", bench.ratios(got["chart"], got["bare"]), "x",
                         GOALS["chart"]),
            bench.figure(f"{label}: reference, the same widgets without ChipLens / bare",
                         bench.ratios(got["floor"], got["bare"]), "x"),
            bench.figure(f"{label}: memory, comparison painted", [r.max_rss_mib for r in got["ready"]], "MiB"),
            bench.figure(f"{label}: memory, comparison and chart open", [r.max_rss_mib for r in got["chart"]], "MiB",
                         GOALS["rss_mib"]),
            bench.figure(f"{label}: bare window memory", [r.max_rss_mib for r in got["bare"]], "MiB")]


def switch_figure(store: Path) -> bench.Figure:
    folder = Path(tempfile.mkdtemp(prefix="chiplens-switch-"))
    try:
        db = stores.scratch_copy(store, folder)
        out = subprocess.run([sys.executable, "-c", SWITCH_SCRIPT, str(db)], env=bench.qt_env(), capture_output=True,
                             text=True, check=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return bench.figure("bundled: pairing switch", [float(t) for t in out.stdout.split()], "ms", GOALS["switch_ms"])


def main(argv: list[str] | None = None) -> int:
    p = bench.parser(__doc__, runs=9)
    p.add_argument("--notes", type=int, nargs="*", default=[1_000_000], metavar="N",
                   help="also with the bundled data plus N notes (default 1000000; none: the bundled data only)")
    p.add_argument("--no-switch", action="store_true", help="skip the pairing switch")
    p.add_argument("--langs", nargs="*", default=["fr", "zh_CN"], metavar="LANG",
                   help="with the bundled data, also start in these languages, translation loaded (default: fr "
                        "zh_CN; none: English only); the window's English start is pinned with --lang en")
    args = p.parse_args(argv)
    bench.project_on_path()
    bench.compile_project()
    figures = measure("bundled", stores.bundled_store(), args.runs, args.langs)
    for count in args.notes:
        figures += measure(f"{count:,} notes", stores.notes_store(count), args.runs)
    if not args.no_switch:
        figures.append(switch_figure(stores.bundled_store()))
    return bench.finish(figures, f"start-up, {args.runs} alternated rounds per store (offscreen: "
                                 f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")


if __name__ == "__main__":
    sys.exit(main())
