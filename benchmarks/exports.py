"""Export speed: the comparison as a 2x PNG and the PDF brief of a pairing (in one process), and the CLI's PNG
export as a whole command against a bare Qt program that writes a PNG of the same size.

    python benchmarks/exports.py [--runs 7] [--notes 0]

In one process (offscreen): each round reads the comparison CM384 vs NVL72 from the store, draws it and writes it
as a 2x PNG, then collects and writes the PDF brief of that pairing (which also reads the timeline and the notes of
its devices). Goals of the exports issue (medians): PNG <= 300 ms, brief <= 3 s. --notes N measures on a copy of
the cached store of N notes (benchmarks/stores.py; 0: the bundled data alone).

As whole commands, alternated run by run: `chiplens export compare cm384 nvl72 --scale 2 -o c.png` against the
baseline, a bare PySide6 program: interpreter, Qt, a QImage of the same pixels with rows of text drawn, encoded
the way the app encodes (Qt's packed RGB rows, no filter, zlib level 4) and written: the floor for any Qt
program that writes that picture (not Qt's slower encoder, which would flatter the app). The ratio and both peak
memories are reported: no goal was set for them (benchmarks/chart.py checks that this export imports no numpy).
Every run counts, the first too. Exit 1 when a goal is not met.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import bench

bench.project_on_path()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PNG_GOAL_MS = 300.0
BRIEF_GOAL_S = 3.0

BARE_PNG = r"""
import struct, sys, zlib
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
app = QGuiApplication(sys.argv[:1])
width, height, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
image = QImage(width, height, QImage.Format.Format_RGB32)
image.fill(QColor("white"))
painter = QPainter(image)
painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
painter.setFont(QFont("DejaVu Sans", 20))
for row in range(max(1, height // 40)):
    painter.drawText(20, 40 + row * 40, "bare PNG baseline: interpreter, Qt, a painted image, encoded " * 2)
painter.end()
rgb = image.convertToFormat(QImage.Format.Format_RGB888)
stride, pixels = rgb.bytesPerLine(), memoryview(rgb.constBits()).cast("B")
squeeze = zlib.compressobj(4)
parts = [squeeze.compress(b"\0" + pixels[y * stride: y * stride + width * 3]) for y in range(height)]
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
with open(out, "wb") as fh:
    fh.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
             + chunk(b"IDAT", b"".join(parts) + squeeze.flush()) + chunk(b"IEND", b""))
"""


def in_process(db: Path, folder: Path, runs: int) -> tuple[list[float], list[float], str]:
    """PNG milliseconds and brief seconds, alternated in each round, and the PNG's pixel size."""
    from PySide6.QtGui import QGuiApplication, QImage
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from db import api
    from desktop.export import writers
    from desktop.export.brief import collect, write_brief
    from desktop.export.options import ExportOptions
    from desktop.export.views import comparison_document
    from desktop.store import Store, locale_style
    style = locale_style()
    options = ExportOptions(scale=2.0, theme="print")
    pairing = next(p for p in api.list_pairings(db) if p.slug == "cm384-vs-nvl72")
    png, brief = [], []
    for _ in range(runs):
        t = time.perf_counter()
        comparison = api.compare(db, "cm384", "nvl72", style)
        writers.write(comparison_document(comparison, options), folder / "c.png", options)
        png.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        write_brief(collect(Store(db), pairing), folder / "brief.pdf", "a4")
        brief.append(time.perf_counter() - t)
    size = QImage(str(folder / "c.png")).size()
    return png, brief, f"{size.width()} x {size.height()} px"


def main(argv: list[str] | None = None) -> int:
    p = bench.store_options(bench.parser(__doc__, runs=7), notes=(0,))
    args = p.parse_args(argv)
    import stores
    bench.compile_project()
    env = bench.qt_env()
    figures = []
    work = Path(tempfile.mkdtemp(prefix="chiplens-bench-exports-"))
    try:
        for count in args.notes:
            label = "bundled data" if count == 0 else bench.count_label(count, "notes")
            data = work / f"data-{count}"
            data.mkdir()
            db = stores.scratch_copy(stores.bundled_store() if count == 0 else stores.notes_store(count), data)
            png, brief, size = in_process(db, work, args.runs)
            figures += [bench.figure(f"comparison PNG at 2x, {size} ({label})", png, "ms", PNG_GOAL_MS),
                        bench.figure(f"PDF brief, A4 ({label})", brief, "s", BRIEF_GOAL_S)]
        data = work / "data-cli"
        data.mkdir()
        stores.scratch_copy(stores.bundled_store(), data)
        app = bench.chiplens_cmd() + ["--data-dir", str(data), "export", "compare", "cm384", "nvl72", "--scale", "2",
                                      "-o", str(work / "cli.png")]
        bench.run_child(app, env)  # the size of the picture the baseline draws
        from PySide6.QtGui import QImage
        size = QImage(str(work / "cli.png")).size()
        bare = [sys.executable, "-c", BARE_PNG, str(size.width()), str(size.height()), str(work / "bare.png")]
        runs = bench.alternate({"bare": bare, "app": app}, args.runs, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures += [
        bench.figure("CLI PNG export / bare Qt PNG writer", bench.ratios(runs["app"], runs["bare"]), "x"),
        bench.figure("  bare Qt PNG writer", [r.seconds * 1000 for r in runs["bare"]], "ms"),
        bench.figure("  CLI PNG export, peak memory", [r.max_rss_mib for r in runs["app"]], "MiB"),
        bench.figure("  bare Qt PNG writer, peak memory", [r.max_rss_mib for r in runs["bare"]], "MiB"),
    ]
    return bench.finish(figures, "exports: in one process, then the CLI against a bare Qt PNG writer")


if __name__ == "__main__":
    sys.exit(main())
