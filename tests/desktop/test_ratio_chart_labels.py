"""The window's ratio chart reads at a glance: its legend never covers the title line, and every bar's label
sits inside the plot, clear of the axis, at the sizes the chart gets on 1440 x 900 and 1280 x 720 screens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF

from db.api import Library
from desktop.charts.ratio_chart import RatioChart


def shown_chart(qtbot, comparison, size) -> RatioChart:
    """The window's ratio chart shown at `size` (width, height) with `comparison`."""
    chart = RatioChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_comparison(comparison)
    return chart


def geometry_in(chart, widget) -> QRect:
    return QRect(widget.mapTo(chart, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(560, 420), (490, 431), (480, 300), (433, 291), (420, 260)])  # 1440x900, 1280x720
@pytest.mark.parametrize("pair", [("ascend-910c", "h100-sxm"), ("cloudmatrix-384", "gb200-nvl72")])
def test_legend_title_and_labels_do_not_collide(qtbot, db_path, size, pair):
    chart = shown_chart(qtbot, Library(db_path).compare.pair(*pair), size)
    qtbot.wait(20)
    assert chart.title.isVisible() and "vs" in chart.title.text()
    title = geometry_in(chart, chart.title)
    entries = [geometry_in(chart, e) for e in chart.legend_entries()]
    assert len(entries) == 3 and all(e.isValid() for e in entries)
    assert not any(title.intersects(e) for e in entries)
    assert all(chart.rect().contains(e) for e in entries)  # every legend entry whole
    assert not any(a.intersects(b) for i, a in enumerate(entries) for b in entries[i + 1:])
    drawing = chart.plot.lay_out()
    frame = QRectF(chart.plot.rect())
    labels = [t for t in drawing.texts if t.role == "label"]
    assert len(labels) == len(chart.bars) > 0
    for label in labels:  # each bar's label inside the plot's frame, clear of the axis
        assert drawing.box.contains(label.rect), (label.text, label.rect, drawing.box)
    for text in drawing.texts:  # names, ticks and the axis title whole inside the widget
        assert frame.contains(text.rect), (text.role, text.text, text.rect, frame)
