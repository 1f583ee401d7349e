"""The comparison's ratio chart is light: the window paints it without pyqtgraph or numpy (they load with the
timeline's chart, when its tab opens), it draws the labels the exported picture draws, and the command line
writes a PNG without numpy."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from db.api import Library
from desktop.charts.ratio_chart import RatioChart
from desktop.export.compare_chart import ChartPicture
from desktop.export.theme import SCREEN
from desktop.present import comparison as pc
from desktop.present import ratio_bars as rb
from tests.desktop.test_ratio_chart_labels import shown_chart

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pyqtgraph", "numpy")

# a real MainWindow offscreen, in a fresh interpreter: what is imported when the chart has painted, once the
# later tabs are made, and once the timeline tab is open
WINDOW = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.main_window import MainWindow
from desktop.store import Store
window = MainWindow(Store(sys.argv[1]), None, ("910c", "h100"))
heavy = lambda: ",".join(m for m in ("pyqtgraph", "numpy") if m in sys.modules) or "-"
def map_open():
    print("map-open", window.control_map._map is not None, window.supply.isVisible(), flush=True)
    app.quit()
def timeline_open():
    print("timeline-open", window.timeline.chart is not None, heavy(), flush=True)
    print("map-before", window.control_map._map is not None, flush=True)
    window.tabs.setCurrentWidget(window.control_map)
    QTimer.singleShot(300, lambda: (window.tabs.setCurrentWidget(window.supply), QTimer.singleShot(300, map_open)))
def later_tabs():
    print("later-tabs", window.timeline is not None, heavy(), flush=True)
    window.tabs.setCurrentWidget(window.timeline)
    QTimer.singleShot(400, timeline_open)
def painted():
    print("chart-painted", window.chart.drawn_kind(), heavy(), flush=True)
    QTimer.singleShot(400, later_tabs)
window.chart_ready.connect(painted)
window.show()
QTimer.singleShot(30000, app.quit)
app.exec()
"""


def child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def test_the_chart_paints_before_pyqtgraph_or_numpy_load(db_path):
    out = subprocess.run([sys.executable, "-c", WINDOW, str(db_path)], capture_output=True, text=True, cwd=ROOT,
                         env=child_env(), timeout=120, check=True).stdout
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert lines["chart-painted"] == ["bars", "-"]  # the bars on screen, neither library imported
    assert lines["later-tabs"] == ["True", "-"]  # the timeline, map and supply tabs made: still neither
    assert lines["timeline-open"][0] == "True" and "pyqtgraph" in lines["timeline-open"][1]  # the tab opened
    assert lines["map-before"] == ["False"] and lines["map-open"] == ["True", "True"]  # the map made on its tab's
    # first show; the supply tab (its market-share chart) shows and paints


def test_the_real_app_reaches_its_painted_chart_without_them(data_dir, db_path):
    """The installed entry point, to the chart's first paint (--quit-when-ready chart): -X importtime lists
    every module it imported."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--data-dir", str(data_dir),
                           "--quit-when-ready", "chart"], capture_output=True, text=True, cwd=ROOT, env=child_env(),
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "desktop.charts.ratio_chart" in imported  # the chart was made (and painted: the app quit on it)
    assert not {m for m in imported if m.split(".")[0] in HEAVY}


@pytest.mark.parametrize("slugs", [("910c", "h100"), ("910c", "h100", "h20", "b200")])
def test_the_cli_writes_a_png_without_numpy(data_dir, tmp_path, slugs):
    target = tmp_path / "x.png"
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--data-dir", str(data_dir),
                           "export", "compare", *slugs, "-o", str(target)], capture_output=True, text=True,
                          cwd=ROOT, env=child_env(), timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "desktop.export.png" in imported and not {m for m in imported if m.split(".")[0] in HEAVY}
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 500


def painted_picture(comparison) -> ChartPicture:
    picture = ChartPicture(comparison, SCREEN)
    image = QImage(900, int(picture.layout(900)) + 1, QImage.Format.Format_RGB32)
    p = QPainter(image)
    picture.paint(p, 0, 0)
    p.end()
    return picture


@pytest.mark.parametrize("slugs", [("ascend-910c", "h100-sxm"), ("cloudmatrix-384", "gb200-nvl72"),
                                   ("ascend-910c", "h100-sxm", "h20", "b200")])
@pytest.mark.parametrize("size", [(560, 420), (420, 260)])
def test_the_window_draws_the_labels_the_export_draws(qtbot, db_path, slugs, size):
    comparison = Library(db_path).compare.many(slugs)
    chart = shown_chart(qtbot, comparison, size)
    drawing = chart.plot.lay_out()
    picture = painted_picture(comparison)
    assert drawing.of("label") == picture.drawn["bars"] != []  # every bar's or marker's text, in order
    assert drawing.of("axis") == picture.drawn["axis"]
    full = [r.label for r in (picture.rows if picture.pair else picture.dots.rows)]
    for shown, exported, name in zip(drawing.of("name"), picture.drawn["names"], full, strict=True):
        for text in (shown, exported):  # each whole in both, wrapped to its own room
            assert text.replace("-\n", "-").replace("\n", " ") == name
    powers = {pc.tick_label(k) for k in range(-8, 9)}  # one tick rule: powers of two, 1× among them, in both
    for ticks in (drawing.of("tick"), picture.drawn["ticks"]):
        assert "1×" in ticks and set(ticks) <= powers
    if picture.pair:  # the same span rule: the window's axis reaches as far as its labels need, as the export's
        span = drawing.x_range[1]
        assert drawing.ticks == rb.bar_ticks(span, drawing.box.width() / (2 * span),
                                             chart.plot.fontMetrics().horizontalAdvance)
    caption = chart.caption.text()
    for name in (picture.missing if picture.pair else picture.dots.missing):  # "not comparable" rows named in both
        assert name in caption and name in picture.note


def tip_at(widget, pos: QPointF) -> str:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos.toPoint(), widget.mapToGlobal(pos.toPoint())))
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("slugs", [("ascend-910c", "h100-sxm"), ("ascend-910c", "h100-sxm", "h20", "b200")])
def test_hovering_a_bar_or_marker_names_it(qtbot, db_path, slugs):
    comparison = Library(db_path).compare.many(slugs)
    chart = shown_chart(qtbot, comparison, (560, 420))
    drawing = chart.plot.lay_out()
    assert chart.plot.accessibleName() == "Ratio chart"
    rows = [r.label for r in (rb.bar_plot(comparison).rows if len(slugs) == 2 else pc.dot_plot(comparison).rows)]
    assert all(label in chart.plot.accessibleDescription() for label in rows)  # a screen reader hears every row
    shape = drawing.shapes[len(drawing.shapes) // 2]
    tip = tip_at(chart.plot, shape.rect.center())
    assert tip == shape.tip and tip.split(":")[0].split("\n")[0] in rows
    if len(slugs) == 2:
        assert tip.endswith(drawing.of("label")[len(drawing.shapes) // 2])  # the ratio beside the bar
    else:
        assert comparison.devices[0].name in "\n".join(s.tip for s in drawing.shapes)
    assert chart.plot.shape_at(QPointF(2, 2)) is None  # nothing under the pointer there: no tip


@pytest.mark.parametrize("dark", [False, True])
def test_the_plot_follows_the_light_or_dark_palette(qtbot, db_path, dark):
    chart = RatioChart()
    qtbot.addWidget(chart)
    palette = QPalette(chart.palette())
    base, text = (QColor(30, 30, 32), QColor(230, 230, 230)) if dark else (QColor(255, 255, 255), QColor(20, 20, 20))
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    chart.setPalette(palette)
    chart.resize(560, 420)
    chart.set_comparison(Library(db_path).compare.pair("ascend-910c", "h100-sxm"))
    image = chart.plot.grab().toImage()
    assert image.pixelColor(1, 1) == base  # the plot's ground
    box = chart.plot.lay_out().box
    axis = [image.pixelColor(int(box.left()) + dx, int(box.center().y())) for dx in (-1, 0, 1)]  # the left axis
    assert min(abs(c.lightness() - text.lightness()) for c in axis) < 24
    assert ("#" + format(base.rgb() & 0xFFFFFF, "06x")) not in chart.title.text()  # the title's colours stay legible


@pytest.mark.parametrize("lang, point", [("fr", ","), ("en", ".")])
def test_the_axis_writes_its_ticks_with_the_figures_decimal_point(qtbot, db_path, lang, point):
    """A French window writes '22,2×' beside a bar; its axis writes '0,5×' too, as the French export does."""
    from desktop.store import Store
    from tests.desktop.test_ratio_chart_narrow import comparison_page
    store = Store(db_path)
    store.set_language(lang)
    page = comparison_page(qtbot, store, ("ascend-910c", "h100-sxm"), (1100, 700))
    comparison = store.compare_many(("ascend-910c", "h100-sxm"), 1, False)  # the one the page shows
    shown = page.chart.plot.lay_out().of("tick")
    exported = ChartPicture(comparison, SCREEN, point=point)
    image = QImage(900, int(exported.layout(900)) + 1, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    exported.paint(painter, 0, 0)
    painter.end()
    other = "." if point == "," else ","
    for ticks in (shown, exported.drawn["ticks"]):
        fractions = [t for t in ticks if t.startswith("0")]
        assert fractions and all(point in t and other not in t for t in fractions)
