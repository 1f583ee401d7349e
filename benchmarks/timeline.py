"""Policy timeline with 10,000 generated events: first draw, pan/zoom frames and filter changes.

    python benchmarks/timeline.py [N_EVENTS]

Measured in one run (offscreen unless QT_QPA_PLATFORM says otherwise), against the goals of the
timeline issue: first draw <= 100 ms, pan/zoom frame <= 8 ms (median), filter change <= 50 ms (median).
Each range change and filter change is followed by a synchronous repaint of the plot. Exit 1 when over.
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = {"first_draw_ms": 100.0, "frame_ms": 8.0, "filter_ms": 50.0}


def generate(n: int, seed: int = 2026):
    from db.dto import EventDTO, EventSourceDTO
    from db.events import CATEGORIES, JURISDICTIONS
    rng = random.Random(seed)
    words = "export control rule chips HBM foundry license entity list subsidy fab AI accelerator".split()
    out = []
    for i in range(n):
        precision = rng.choices(("day", "month", "quarter", "year"), (70, 20, 6, 4))[0]
        year = rng.randint(1995, 2026)
        month = rng.randint(1, 12)
        if precision == "day":
            date = f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"
        elif precision == "month":
            date = f"{year:04d}-{month:02d}-01"
        elif precision == "quarter":
            date = f"{year:04d}-{(month - 1) // 3 * 3 + 1:02d}-01"
        else:
            date = f"{year:04d}-01-01"
        title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9))).capitalize()
        out.append(EventDTO(uid=f"bench-{i}", date=date, precision=precision, title=title, summary=title * 2,
                            actor=rng.choice(("BIS", "MOFCOM", "NVIDIA", "Huawei", "EU Commission")),
                            jurisdiction=rng.choice(JURISDICTIONS), category=rng.choice(CATEGORIES),
                            confidence=rng.choice(("official", "reported")),
                            sources=(EventSourceDTO("Publisher", title, "https://example.org/x", None),),
                            devices=tuple(rng.sample(("h100-sxm", "ascend-910c", "h20", "b200"), rng.randint(0, 2))),
                            tags=(), origin=rng.choice(("seed", "user"))))
    return out


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    events = generate(n)
    from desktop.views.timeline_panel import TimelinePanel
    panel = TimelinePanel()
    panel.resize(1280, 720)
    panel.show()
    app.processEvents()
    chart = panel.ensure_chart()  # imports pyqtgraph: not part of the first draw
    app.processEvents()
    painted = chart.paint_count
    t = time.perf_counter()
    panel.set_events(events)
    chart.fit_all()
    while chart.paint_count == painted:
        app.processEvents()
    first_draw = (time.perf_counter() - t) * 1000

    viewport = chart.plot.viewport()
    frames = []
    rng = random.Random(1)
    chart.show_years(8)
    for i in range(100):
        t = time.perf_counter()
        if i % 4 == 0:
            chart.zoom(0.8 if rng.random() < 0.5 else 1.25)
        else:
            chart.pan(rng.uniform(-0.1, 0.1))
        viewport.repaint()
        frames.append((time.perf_counter() - t) * 1000)
    frames_all = []
    chart.fit_all()
    for _ in range(30):
        t = time.perf_counter()
        chart.pan(0.02)
        viewport.repaint()
        frames_all.append((time.perf_counter() - t) * 1000)

    filters = []
    steps = [lambda: panel.category_filter.set_selected({"export-control", "entity-list"}),
             lambda: panel.category_filter.set_selected(None),
             lambda: panel.jurisdiction_filter.set_selected({"CN"}),
             lambda: panel.jurisdiction_filter.set_selected(None),
             lambda: panel.search_box.setText("foundry hbm"),
             lambda: panel.search_box.setText(""),
             lambda: panel.confidence_filter.setCurrentIndex(1),
             lambda: panel.confidence_filter.setCurrentIndex(0)]
    for _ in range(3):
        for step in steps:
            t = time.perf_counter()
            step()
            viewport.repaint()
            filters.append((time.perf_counter() - t) * 1000)
    results = {"first_draw_ms": first_draw, "frame_ms": statistics.median(frames),
               "filter_ms": statistics.median(filters)}
    print(f"{n:,} events, {sum(1 for e in events if e.precision != 'day'):,} of them spans")
    print(f"first draw (set_events until painted): {first_draw:.1f} ms  (goal <= {GOALS['first_draw_ms']:g} ms)")
    print(f"pan/zoom frame, 8-year view: median {results['frame_ms']:.1f} ms, max {max(frames):.1f} ms "
          f"(goal <= {GOALS['frame_ms']:g} ms)")
    print(f"pan frame with everything in view: median {statistics.median(frames_all):.1f} ms (for information)")
    print(f"filter change: median {results['filter_ms']:.1f} ms, max {max(filters):.1f} ms "
          f"(goal <= {GOALS['filter_ms']:g} ms)")
    failed = [k for k, v in results.items() if v > GOALS[k]]
    if failed:
        print("over goal: " + ", ".join(failed) + " (exit status 1)")
        return 1
    print("all goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
