"""The window's ratio chart and the exported picture draw the same kind of chart, decided in one place
(desktop.present.chart_kind): bars of A ÷ B for two devices, the dot plot for three or four."""
from __future__ import annotations

import pytest

from db.api import Library
from desktop.charts.ratio_chart import RatioChart
from desktop.export.compare_chart import ChartPicture
from desktop.export.theme import PRINT
from desktop.present.chart_kind import BARS, DOTS, chart_kind


@pytest.mark.parametrize(("slugs", "kind"), [(("ascend-910c", "h100-sxm"), BARS),
                                             (("ascend-910c", "h100-sxm", "h20", "b200"), DOTS)])
def test_the_window_and_the_export_draw_the_same_kind(qtbot, db_path, slugs, kind):
    comparison = Library(db_path).compare.many(slugs)
    assert chart_kind(comparison) == chart_kind(len(slugs)) == kind
    chart = RatioChart()
    qtbot.addWidget(chart)
    chart.resize(560, 420)
    chart.set_comparison(comparison)
    assert chart.drawn_kind() == kind
    picture = ChartPicture(comparison, PRINT)
    assert (DOTS if picture.dots is not None else BARS) == kind and picture.pair == (kind == BARS)
    if kind == DOTS:  # markers for every device of every row, in the window and the picture alike
        assert len(chart.outlined) == sum(len(row.dots) for row in picture.dots.rows)
    else:
        assert [key for key, _r, _b in chart.bars] == [row.key for row in picture.rows]
    chart.set_comparison(Library(db_path).compare.many(slugs[:2] if kind == DOTS else (*slugs, "h20")))
    assert chart.drawn_kind() == (BARS if kind == DOTS else DOTS)  # switching back and forth, one kind at a time


def test_nothing_to_draw_is_the_pair_kind():
    assert chart_kind(None) == BARS and chart_kind(3) == DOTS
