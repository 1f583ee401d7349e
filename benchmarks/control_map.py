"""The control map with 1,000 generated chips: first draw, and redraw when the date changes the rules in force.

    python benchmarks/control_map.py [--chips 1000] [--runs 15]

Measured in one process, offscreen unless QT_QPA_PLATFORM says otherwise, against the goals of the export-control
issue: draw <= 100 ms, redraw on a date change <= 30 ms (medians). A draw sets every point and lays out the labels;
a date change computes the regions of the rules in force (the bundled rules) and redraws them and the labels; each
is followed by a synchronous repaint. Each round draws once and changes the date twice, so both are measured
through the same moments of a busy machine; every run counts, the first too. The chips and their verdicts are
generated (the store's work is not what is measured here). Exit 1 when a goal is not met.
"""
from __future__ import annotations

import random
import sys
import time

import bench

bench.project_on_path()

DRAW_GOAL_MS = 100.0
DATE_CHANGE_GOAL_MS = 30.0


def generate(n: int, seed: int = 2026):
    """n chips spread over the map: every export-control status, some without a density, some highlighted."""
    from desktop.present import control_map_layout as lay
    rng = random.Random(seed)
    statuses = (lay.CONTROLLED, lay.LICENCE, lay.UNDER, lay.UNKNOWN)
    return [lay.MapPoint(f"chip-{i}", f"Chip {rng.choice('ABCDEFGH')}{i}", rng.choice(("US", "CN", "KR", None)),
                         rng.choice(statuses), 10 ** rng.uniform(1.5, 4.8),
                         10 ** rng.uniform(-0.5, 2.6) if rng.random() > 0.3 else None, i % 97 == 0) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    p = bench.parser(__doc__, runs=15)
    p.add_argument("--chips", type=int, default=1000, help="generated chips on the map (default 1000)")
    args = p.parse_args(argv)
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from db.api.controls import seed_rules
    from desktop.charts.control_map import ControlMap
    from desktop.present import control_map_layout as lay
    points, rules = generate(args.chips), seed_rules()
    days = lay.rule_dates(rules) or ["2024-06-01"]
    chart = ControlMap()
    chart.resize(1280, 760)
    chart.show()
    app.processEvents()
    draws, changes = [], []
    for k in range(args.runs):
        start = time.perf_counter()
        chart.regions, _ = lay.map_regions(rules, days[k % len(days)])
        chart.set_points(points)
        chart.plot.viewport().repaint()
        draws.append((time.perf_counter() - start) * 1000)
        for j in (1, 2):
            start = time.perf_counter()
            regions, _ = lay.map_regions(rules, days[(k + j) % len(days)])
            chart.set_regions(regions)
            chart.plot.viewport().repaint()
            changes.append((time.perf_counter() - start) * 1000)
    title = (f"control map: {args.chips:,} chips, {len(chart.placed)} labels placed, {len(days)} rule dates, "
             f"{args.runs} rounds")
    return bench.finish([bench.figure(f"draw ({args.chips:,} chips)", draws, "ms", DRAW_GOAL_MS),
                         bench.figure("redraw on a date change", changes, "ms", DATE_CHANGE_GOAL_MS)], title)


if __name__ == "__main__":
    sys.exit(main())
