"""The control map with 1,000 generated chips: first draw, and redraw when the date changes the rules in force.

    python benchmarks/control_map.py [N_CHIPS] [ROUNDS]

Measured offscreen (unless QT_QPA_PLATFORM says otherwise) against the goals of the export-control issue:
draw <= 100 ms, redraw on a date change <= 30 ms. A draw sets every point and lays out the labels; a date
change computes the regions of the rules in force (the bundled rules) and redraws them and the labels; each is
followed by a synchronous repaint. Prints the median and 90th percentile; exit 1 when a median is over its goal.
Verdicts are generated, not computed: the store's work is not what is measured here.
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

GOALS = {"draw_ms": 100.0, "date_change_ms": 30.0}


def generate(n: int, seed: int = 2026):
    from desktop.present import control_map_layout as lay
    rng = random.Random(seed)
    statuses = (lay.CONTROLLED, lay.LICENCE, lay.UNDER, lay.UNKNOWN)
    return [lay.MapPoint(f"chip-{i}", f"Chip {rng.choice('ABCDEFGH')}{i}", rng.choice(("US", "CN", "KR", None)),
                         rng.choice(statuses), 10 ** rng.uniform(1.5, 4.8),
                         10 ** rng.uniform(-0.5, 2.6) if rng.random() > 0.3 else None, i % 97 == 0) for i in range(n)]


def quantiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 1000
    rounds = int(argv[2]) if len(argv) > 2 else 15
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    return _run(app, n, rounds)


def _rules():
    from db.api.controls import seed_rules
    return seed_rules()


def _run(app, n: int, rounds: int) -> int:
    from desktop.charts.control_map import ControlMap
    from desktop.present import control_map_layout as lay
    points, rules = generate(n), _rules()
    days = lay.rule_dates(rules) or ["2024-06-01"]
    chart = ControlMap()
    chart.resize(1280, 760)
    chart.show()
    app.processEvents()
    draws, changes = [], []
    for k in range(rounds):
        start = time.perf_counter()
        chart.regions, _ = lay.map_regions(rules, days[k % len(days)])
        chart.set_points(points)
        chart.plot.viewport().repaint()
        draws.append((time.perf_counter() - start) * 1000)
    for k in range(rounds * 2):
        start = time.perf_counter()
        regions, _ = lay.map_regions(rules, days[k % len(days)])
        chart.set_regions(regions)
        chart.plot.viewport().repaint()
        changes.append((time.perf_counter() - start) * 1000)
    labels = len(chart.placed)
    over = 0
    for name, samples in (("draw_ms", draws), ("date_change_ms", changes)):
        median, p90 = quantiles(samples)
        verdict = "ok" if median <= GOALS[name] else "OVER"
        over += verdict == "OVER"
        print(f"{name:16s} median {median:7.1f}  p90 {p90:7.1f}  goal {GOALS[name]:5.0f}  {verdict}")
    print(f"{n} chips, {labels} labels placed, {len(days)} rule dates, {rounds} draws, {rounds * 2} date changes")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
