"""Notes at scale: the GUI-thread cost of an autosave, opening the notes panel and typing with autosaves, in the
main window over stores of 1,000, 100,000 and 1,000,000 notes (benchmarks/stores.py: made once and cached; each
size is measured on a scratch copy, in a process of its own).

Per store size:
- open: the notes panel opened in a new main window (the comparison, its chart and the timeline already
  there), until the notes list has painted its first page; one new window per run. The window narrows the
  comparison for the dock and paints it again, which costs the same at any size; "alone" is the panel by
  itself (built, shown, its list painted), the part that could grow with the notes.
- autosave: GUI-thread time of one save of the open note, a 100 kB note: the hand-over to the save worker,
  the handling of its result (the change broadcast to every panel, the window's included) and the list
  catching up 300 ms later (its own row read again and moved to the top); the save itself runs on the worker.
- keystroke: from the moment a key is due to the end of its repaint, typing into that note (a key every
  30 ms in bursts of 40, pauses of 1.2 s in which the autosave runs), in rounds with the autosave on and
  off, alternated; a key that waits behind a save counts the wait.
- open a 5 MB note (laid out and painted).
Every run is kept (the first too); medians and 90th percentiles, goals beside them (issue 22: autosave
<= 5 ms of GUI time and opening <= 150 ms at 1M notes; typing as fast with autosaves as without, one frame).

    python benchmarks/notes_scale.py [--sizes 1000 100000 1000000] [--runs 7] [--saves 30] [--rounds 2]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

SIZES = (1_000, 100_000, 1_000_000)
SAVE_GOAL_MS = 5.0  # GUI-thread time of one autosave (median and p90)
OPEN_GOAL_MS = 150.0  # the notes panel opened, its first page painted
KEY_GOAL_MS = 16.0  # keystroke to repaint: one frame at the 90th percentile, with or without autosaves
BIG_OPEN_GOAL_MS = 300.0  # a 5 MB note opened


def _args(argv):
    p = bench.parser(__doc__, runs=7)
    p.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="notes in the measured stores")
    p.add_argument("--saves", type=int, default=30, help="autosaves measured per store (default 30)")
    p.add_argument("--rounds", type=int, default=2, help="typing rounds per setting, autosave on and off (default 2)")
    p.add_argument("--keys", type=int, default=200, help="keys typed per round (default 200)")
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child that measures one size
    return p.parse_args(argv)


# ---------------------------------------------------------------- in the child: one store size


def _timed(samples: list[float], fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            samples.append((time.perf_counter() - start) * 1000)
    return wrapper


def _wait(condition, timeout_s: float = 60.0) -> None:
    from PySide6.QtTest import QTest
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the notes panel")
        QTest.qWait(5)


class _PaintProbe:
    """Says when a widget has painted (an event filter on it)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self_, watched, event):  # noqa: N802, N805
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False
        self.painted = False
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _window(store_path: Path):
    from PySide6.QtTest import QTest

    from desktop.main_window import MainWindow
    from desktop.store import Store
    window = MainWindow(Store(store_path), None, ("910c", "h100"))
    window.resize(1440, 900)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window._load_chart()
    window._load_timeline()
    QTest.qWait(200)
    return window


def _open_panel(store_path: Path) -> tuple[float, object]:
    """A new window; the time to open its notes panel until the list has painted."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    window = _window(store_path)
    start = time.perf_counter()
    window._open_notes()
    probe = _PaintProbe(window.notes.list_view.viewport())
    while not probe.painted:
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
    return (time.perf_counter() - start) * 1000, window


def _open_panel_alone(store) -> float:
    """The notes panel alone (as the window makes it, without the window's relayout): built, shown, its list
    painted."""
    from PySide6.QtWidgets import QApplication

    from desktop.views.notes.notes_panel import NotesPanel
    start = time.perf_counter()
    panel = NotesPanel(store)
    panel.resize(340, 860)
    probe = _PaintProbe(panel.list_view.viewport())
    panel.show()
    while not probe.painted:
        QApplication.processEvents()
    ms = (time.perf_counter() - start) * 1000
    panel.close()
    panel.deleteLater()
    QApplication.processEvents()
    return ms


def _type(app, widget, keys: int, interval_ms: float) -> list[float]:
    """Keys due every `interval_ms` (bursts of 40, then a 1.2 s pause); each: due time to repaint done."""
    from PySide6.QtTest import QTest
    latencies = []
    due = time.perf_counter()
    for i in range(keys):
        while (left := due - time.perf_counter()) > 0:
            QTest.qWait(max(1, int(left * 1000)))
        QTest.keyClick(widget, "abcdefghij klmnop"[i % 17])
        app.processEvents()  # the repaint
        latencies.append((time.perf_counter() - due) * 1000)
        due += (1.2 if i % 40 == 39 else interval_ms / 1000)
        due = max(due, time.perf_counter())  # no backlog: a late key does not make the next ones late
    return latencies


def measure(size: int, runs: int, saves: int, rounds: int, keys: int) -> dict[str, list[float]]:
    import stores
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from db import api
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="chiplens-notes-scale-"))
    try:
        path = stores.scratch_copy(stores.notes_store(size), folder)
        line = "| Ascend 910C | 752 TFLOPS | HBM 128 GB | 3.2 TB/s | notes on sources and dates, 中文 |\n"
        small, _ = api.create_note(path, "100 kB note", (line * (100_000 // len(line) + 1))[:100_000])
        huge, _ = api.create_note(path, "5 MB note", (line * (5_000_000 // len(line) + 1))[:5_000_000])
        from desktop.views.notes import notes_panel  # noqa: F401 - imported once, like the first open does
        out: dict[str, list[float]] = {"open": [], "open alone": [], "autosave": [], "key on": [], "key off": [], "big open": [],
                                         "save parts": []}
        window = None
        for _ in range(runs):
            if window is not None:
                window.notes.flush()
                window.close()
                window.deleteLater()
                QTest.qWait(50)
            ms, window = _open_panel(path)
            out["open"].append(ms)
            out["open alone"].append(_open_panel_alone(window.store))
        panel = window.notes
        editor = panel.note_editor
        hand_over: list[float] = []
        result: list[float] = []
        catch_up: list[float] = []
        editor.save_now = _timed(hand_over, editor.save_now)
        editor.save_timer.timeout.disconnect()
        editor.save_timer.timeout.connect(editor.save_now)
        editor.ceiling_timer.timeout.disconnect()
        editor.ceiling_timer.timeout.connect(editor.save_now)
        saver = panel.autosaver
        saver._on_done = _timed(result, saver._on_done)
        saver._relay.done.disconnect()
        saver._relay.done.connect(saver._on_done)
        panel._refresh_after_own_change = _timed(catch_up, panel._refresh_after_own_change)
        panel.own_change_timer.timeout.disconnect()
        panel.own_change_timer.timeout.connect(panel._refresh_after_own_change)
        panel.refresh()
        panel.open_note(small)
        panel.set_mode("edit")
        panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
        panel.editor.setFocus()
        QTest.qWait(500)
        for i in range(saves):  # one save at a time, each measured whole
            hand_over.clear(), result.clear(), catch_up.clear()
            panel.editor.insertPlainText(f" {i}")
            editor.save_now()
            _wait(lambda: result and catch_up)
            out["autosave"].append(sum(hand_over) + sum(result) + sum(catch_up))
            out["save parts"].append([sum(hand_over), sum(result), sum(catch_up)])
        for r in range(2 * rounds):  # typing, autosave on and off alternated
            setting = ("on", "off")[r % 2]
            for timer in (editor.save_timer, editor.ceiling_timer):
                timer.blockSignals(setting == "off")
            out[f"key {setting}"] += _type(app, panel.editor, keys, 30)
            for timer in (editor.save_timer, editor.ceiling_timer):
                timer.blockSignals(False)
            panel.flush()
            QTest.qWait(400)
        for _ in range(max(3, runs // 2)):
            panel.open_note(None)
            QTest.qWait(100)
            start = time.perf_counter()
            panel.open_note(huge)
            app.processEvents()
            out["big open"].append((time.perf_counter() - start) * 1000)
        panel.flush()
        window.close()
        return out
    finally:
        import shutil
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- the parent: one child per size


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    bench.project_on_path()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.one is not None:
        print(json.dumps(measure(args.one, args.runs, args.saves, args.rounds, args.keys)), flush=True)
        return 0
    bench.compile_project()
    figures = []
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--runs", str(args.runs), "--saves", str(args.saves),
               "--rounds", str(args.rounds), "--keys", str(args.keys)]
        done = subprocess.run(cmd, env=bench.qt_env(), stdout=subprocess.PIPE, text=True, check=False)
        if done.returncode != 0:
            print(done.stdout)
            raise SystemExit(f"measuring {size:,} notes failed ({done.returncode})")
        got = json.loads(done.stdout.strip().splitlines()[-1])
        at_scale = size >= 1_000_000
        figures += [
            bench.figure(f"{size:,} notes: open the notes panel", got["open"], "ms", OPEN_GOAL_MS if at_scale else None),
            bench.figure(f"{size:,} notes: open the notes panel alone", got["open alone"], "ms",
                         OPEN_GOAL_MS if at_scale else None),
            bench.figure(f"{size:,} notes: autosave, GUI-thread time", got["autosave"], "ms",
                         SAVE_GOAL_MS if at_scale else None, SAVE_GOAL_MS if at_scale else None),
            *[bench.figure(f"{size:,} notes: autosave, {part}", [p[i] for p in got["save parts"]], "ms")
              for i, part in enumerate(("hand-over", "its result broadcast", "the list's row"))],
            bench.figure(f"{size:,} notes: keystroke to repaint, autosave on", got["key on"], "ms", None, KEY_GOAL_MS),
            bench.figure(f"{size:,} notes: keystroke to repaint, autosave off", got["key off"], "ms", None, KEY_GOAL_MS),
            bench.figure(f"{size:,} notes: open a 5 MB note", got["big open"], "ms", BIG_OPEN_GOAL_MS),
        ]
    return bench.finish(figures, "Notes at scale (issue 22: goals at 1,000,000 notes; smaller stores reported)")


if __name__ == "__main__":
    sys.exit(main())
