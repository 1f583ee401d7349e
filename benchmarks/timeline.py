"""Policy timeline with 10,000 generated events: first draw, pan/zoom frames and filter changes.

    python benchmarks/timeline.py [--events 10000] [--runs 5]

Measured in one process (offscreen unless QT_QPA_PLATFORM says otherwise), against the goals of the timeline
issue (medians): first draw <= 100 ms, pan/zoom frame <= 8 ms, filter change <= 50 ms. The first draw is made
--runs times, each on a new panel (pyqtgraph imported before the clock starts: the timeline tab loads it); each
range change and filter change is followed by a synchronous repaint of the plot. Every run counts, the first too.
Exit 1 when a goal is not met.
"""
from __future__ import annotations

import os
import random
import sys
import time

import bench

bench.project_on_path()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST_DRAW_GOAL_MS = 100.0
FRAME_GOAL_MS = 8.0
FILTER_GOAL_MS = 50.0


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


def first_draw_ms(app, events) -> float:
    """A new timeline panel (pyqtgraph imported and the chart made before the clock starts), then the time from
    handing it the events until the chart has painted them."""
    from desktop.views.timeline_panel import TimelinePanel
    panel = TimelinePanel()
    panel.resize(1280, 720)
    panel.show()
    app.processEvents()
    chart = panel.ensure_chart()
    app.processEvents()
    painted = chart.paint_count
    t = time.perf_counter()
    panel.set_events(events)
    chart.fit_all()
    while chart.paint_count == painted:
        app.processEvents()
    ms = (time.perf_counter() - t) * 1000
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return ms


def main(argv: list[str] | None = None) -> int:
    p = bench.parser(__doc__, runs=5)
    p.add_argument("--events", type=int, default=10_000, help="generated events (default 10000)")
    args = p.parse_args(argv)
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    events = generate(args.events)
    first = [first_draw_ms(app, events) for _ in range(args.runs)]

    from desktop.views.timeline_panel import TimelinePanel
    panel = TimelinePanel()
    panel.resize(1280, 720)
    panel.show()
    app.processEvents()
    chart = panel.ensure_chart()
    panel.set_events(events)
    chart.fit_all()
    app.processEvents()
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
    spans = sum(1 for e in events if e.precision != "day")
    return bench.finish([
        bench.figure(f"first draw ({args.events:,} events)", first, "ms", FIRST_DRAW_GOAL_MS),
        bench.figure("pan/zoom frame, 8-year view", frames, "ms", FRAME_GOAL_MS),
        bench.figure("pan frame, everything in view", frames_all, "ms"),
        bench.figure("filter change", filters, "ms", FILTER_GOAL_MS),
    ], f"policy timeline: {args.events:,} generated events, {spans:,} of them spans")


if __name__ == "__main__":
    sys.exit(main())
