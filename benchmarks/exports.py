"""Export speed: the comparison as a 2x PNG, and the PDF brief of a pairing.

    python benchmarks/exports.py [RUNS]

Each run reads the comparison from a seeded store, draws it and writes the file (everything after the store
is open, in one process, offscreen); the brief also reads the timeline and notes. Prints the medians against
the goals of the exports issue: PNG of the comparison at 2x <= 300 ms, PDF brief <= 3 s. Exit 1 when over.
Also prints the cost of registering the bundled CJK font at start-up.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from goals import verdict

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = {"png_2x_ms": 300.0, "brief_s": 3.0}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])  # noqa: F841
    t = time.perf_counter()
    from desktop.export.fonts import register_ui_fonts
    register_ui_fonts()
    font_ms = (time.perf_counter() - t) * 1000
    from db import api
    from desktop.export import writers
    from desktop.export.brief import collect, write_brief
    from desktop.export.options import ExportOptions
    from desktop.export.views import comparison_document
    from desktop.store import Store, locale_style
    folder = Path(tempfile.mkdtemp(prefix="chiplens-bench-exports-"))
    try:
        db = folder / "chiplens.sqlite"
        api.open_store(db)
        style = locale_style()
        options = ExportOptions(scale=2.0, theme="print")
        pairing = next(p for p in api.list_pairings(db) if p.slug == "cm384-vs-nvl72")
        png, brief = [], []
        for n in range(runs + 1):  # the first run warms the font caches and is not counted
            t = time.perf_counter()
            comparison = api.compare(db, "cm384", "nvl72", style)
            writers.write(comparison_document(comparison, options), folder / "c.png", options)
            png_ms = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            write_brief(collect(Store(db), pairing), folder / "brief.pdf", "a4")
            brief_s = time.perf_counter() - t
            if n:
                png.append(png_ms)
                brief.append(brief_s)
        from PySide6.QtGui import QImage
        size = QImage(str(folder / "c.png")).size()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    results = {"png_2x_ms": statistics.median(png), "brief_s": statistics.median(brief)}
    print(f"PNG of the comparison at 2x ({size.width()} x {size.height()} px): median {results['png_2x_ms']:.0f} ms, "
          f"max {max(png):.0f} ms over {runs} runs  (goal <= {GOALS['png_2x_ms']:g} ms)")
    print(f"PDF brief (A4): median {results['brief_s']:.2f} s, max {max(brief):.2f} s  (goal <= {GOALS['brief_s']:g} s)")
    print(f"registering the bundled CJK font at start-up: {font_ms:.1f} ms")
    return verdict(results, GOALS)


if __name__ == "__main__":
    sys.exit(main())
