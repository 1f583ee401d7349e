"""The policy timeline panel and its chart, with real widgets (offscreen)."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from db.dto import EventDTO, EventSourceDTO
from desktop.models.event_list_model import EventListModel, format_event_date
from desktop.views.timeline_panel import TimelinePanel

DAY = 86_400


def make_event(uid: str, date: str = "2025-04-09", precision: str = "day", **kw) -> EventDTO:
    values = dict(title=f"Event {uid}", summary="", actor="BIS", jurisdiction="US", category="export-control",
                  confidence="official", sources=(), devices=(), tags=(), origin="seed")
    values.update(kw)
    return EventDTO(uid=uid, date=date, precision=precision, **values)


SOURCE = EventSourceDTO("BIS", "Foundry due diligence rule", "https://www.bis.gov/rule", "2025-01-15")
EVENTS = [
    make_event("e1", "2022-10-07", title="October 7 rules", category="export-control", jurisdiction="US",
               sources=(SOURCE,), devices=("h100-sxm", "a100"), summary="Advanced computing controls", tags=("TPP",)),
    make_event("e2", "2023-05-21", title="Micron review", category="security-review", jurisdiction="CN",
               actor="CAC", confidence="reported"),
    make_event("e3", "2024-02-01", "month", title="H20 orders", category="market", jurisdiction="CN",
               devices=("h20",), actor="NVIDIA"),
    make_event("e4", "2025-04-01", "quarter", title="Ascend ramp", category="product-launch", jurisdiction="CN",
               devices=("ascend-910c",), actor="Huawei"),
    make_event("e5", "2024-01-01", "year", title="Chips Act grants", category="subsidy", jurisdiction="US",
               origin="user", actor="Commerce"),
    make_event("e6", "2025-01-15", title="Foundry rule", category="export-control", jurisdiction="US",
               sources=(SOURCE,), actor="BIS"),
]


@pytest.fixture
def panel(qtbot):
    def make(events=EVENTS, size=(1280, 720)):
        p = TimelinePanel()
        qtbot.addWidget(p)
        p.resize(*size)
        p.set_events(list(events))
        p.show()
        qtbot.waitExposed(p)
        p.ensure_chart()
        QApplication.processEvents()
        return p
    return make


def shown_uids(p: TimelinePanel) -> list[str]:
    return [e.uid for e in p.shown_events()]


def test_panel_module_does_not_import_pyqtgraph():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "import desktop.views.timeline_panel; print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_lanes_toggle_between_jurisdiction_and_category(panel):
    p = panel()
    chart = p.chart
    assert chart.lanes() == ["US", "CN"] and chart.lane_of("e2") == "CN"  # only lanes that have events
    y_before = chart.marker_pos("e2").y()
    p.lane_box.setCurrentIndex(p.lane_box.findData("category"))
    assert chart.lane_mode() == "category" and chart.lane_of("e2") == "security-review"
    assert chart.lanes() == ["export-control", "subsidy", "security-review", "product-launch", "market"]
    assert chart.marker_pos("e2").y() != y_before
    ticks = [t for _v, t in chart._item.getAxis("left")._tickLevels[0]]
    assert ticks[0] == "Export control"
    p.set_lane_mode("jurisdiction")
    assert chart.lane_of("e2") == "CN" and p.lane_box.currentData() == "jurisdiction"


def test_month_quarter_year_events_are_spans_over_the_whole_period(panel):
    p = panel()
    chart = p.chart
    start, end = chart.period("e3")  # February 2024 (leap year)
    assert start == 1706745600 and end - start == 29 * DAY  # 2024-02-01 .. 2024-03-01 00:00 UTC
    assert chart.marker_x("e3") == pytest.approx((start + end) / 2)
    q0, q1 = chart.period("e4")
    assert (q1 - q0) == (30 + 31 + 30) * DAY  # April–June 2025
    y0, y1 = chart.period("e5")
    assert y1 - y0 == 366 * DAY
    rects = chart.span_rects()
    assert len(rects) == 3  # e3, e4, e5; day events are markers only
    assert any(r.left() == start and r.right() == end for r in rects)
    d0, d1 = chart.period("e1")
    assert d1 - d0 == DAY and chart.marker_x("e1") == d0 and not any(r.left() == d0 for r in rects)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_dates_are_identical_in_every_time_zone(qtbot, monkeypatch):
    from desktop.charts.timeline_chart import TimelineChart
    from desktop.present.timeline_scale import epoch_seconds
    positions = []
    old = os.environ.get("TZ")
    try:
        for tz in ("UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"):
            os.environ["TZ"] = tz
            time.tzset()
            epoch_seconds.cache_clear()
            chart = TimelineChart()
            qtbot.addWidget(chart)
            chart.set_events(EVENTS + [make_event("old", "1962-10-16")])
            positions.append([chart.period(e.uid) for e in chart.events()] + [chart.marker_x("e1")])
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert all(p == positions[0] for p in positions)
    assert positions[0][0][0] == 1665100800  # 2022-10-07T00:00:00Z


def test_events_before_1970_and_on_the_same_day(panel):
    events = [make_event("cuba", "1962-10-16", title="Before 1970"),
              make_event("cocom", "1949-01-01", "year", title="CoCom", category="regulation"),
              make_event("a", "2025-04-09", title="Same day A"), make_event("b", "2025-04-09", title="Same day B")]
    p = panel(events)
    chart = p.chart
    assert chart.period("cuba")[0] == -227577600 and chart.period("cocom") == (-662688000, -631152000)
    chart.fit_all()
    x0, x1 = chart.x_range()
    assert x0 < -662688000 and x1 > chart.period("a")[1]
    assert chart.marker_x("a") == chart.marker_x("b")
    p.select_event("cuba")
    assert "16 October 1962" in p.details_text()
    p.select_next()
    assert p.selected_event().uid == "a"
    p.select_next()
    assert p.selected_event().uid == "b"  # both same-day events are reachable
    axis_strings = chart.date_axis.tickStrings([-227577600.0], 1.0, 365 * DAY)
    assert axis_strings == ["1962"]


def test_filters_of_each_kind_and_the_empty_state(panel, qtbot):
    p = panel()
    assert len(shown_uids(p)) == 6 and not p.is_empty_state()
    p.category_filter.set_selected({"export-control"})
    assert shown_uids(p) == ["e1", "e6"]
    assert len(p.chart.shown_events()) == 2 and p.count_label.text() == "2 of 6 events"
    p.category_filter.set_selected(None)
    p.jurisdiction_filter.set_selected({"CN"})
    assert shown_uids(p) == ["e2", "e3", "e4"]
    p.jurisdiction_filter.set_selected(None)
    p.confidence_filter.setCurrentIndex(p.confidence_filter.findData("reported"))
    assert shown_uids(p) == ["e2"]
    p.confidence_filter.setCurrentIndex(0)
    # the date range keeps events whose period overlaps it: the 2024 year event overlaps March 2024
    p.from_check.setChecked(True)
    p.from_date.setDate(p.from_date.date().fromString("2024-03-01", "yyyy-MM-dd"))
    p.to_check.setChecked(True)
    p.to_date.setDate(p.to_date.date().fromString("2024-12-31", "yyyy-MM-dd"))
    assert shown_uids(p) == ["e5"]
    p.from_check.setChecked(False)
    p.to_check.setChecked(False)
    qtbot.keyClicks(p.search_box, "tpp")  # tags are searched
    assert shown_uids(p) == ["e1"]
    p.search_box.setText("huawei ascend")  # actor + title, every word must match
    assert shown_uids(p) == ["e4"]
    p.search_box.setText("no such words")
    assert shown_uids(p) == [] and p.is_empty_state()
    assert p.empty_label.text() == "No events match these filters" and p.reset_button.isVisible()
    qtbot.mouseClick(p.reset_button, Qt.MouseButton.LeftButton)
    assert len(shown_uids(p)) == 6 and not p.is_empty_state() and p.search_box.text() == ""


def test_comparison_devices_highlight_and_filter(panel):
    p = panel()
    assert not p.devices_only.isEnabled()
    p.set_comparison_devices(("ascend-910c", "h100-sxm"))
    assert p.devices_only.isEnabled()
    assert sorted(e.uid for e in p.chart.highlighted()) == ["e1", "e4"]
    assert p.chart._rings.data["x"].size == 2
    p.devices_only.setChecked(True)
    assert shown_uids(p) == ["e1", "e4"]
    p.set_comparison_devices(("h20", "mlu590"))
    assert shown_uids(p) == ["e3"]
    p.set_comparison_devices(None)
    assert not p.devices_only.isEnabled() and len(shown_uids(p)) == 6


def test_keyboard_next_previous_zoom_and_pan(panel, qtbot):
    p = panel()
    chart = p.chart
    chart.plot.setFocus()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Home)
    qtbot.keyClick(chart.plot, Qt.Key.Key_BracketRight)
    first = p.selected_event()
    assert first is not None
    qtbot.keyClick(chart.plot, Qt.Key.Key_BracketRight)
    second = p.selected_event()
    assert second.date > first.date
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert p.selected_event().uid == first.uid
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert p.selected_event().uid == second.uid
    x0, x1 = chart.x_range()
    assert x0 < chart.marker_x(second.uid) < x1  # recentred on it
    assert abs((x0 + x1) / 2 - chart.marker_x(second.uid)) < (x1 - x0) * 0.01
    qtbot.mouseClick(p.prev_button, Qt.MouseButton.LeftButton)
    assert p.selected_event().uid == first.uid
    qtbot.mouseClick(p.next_button, Qt.MouseButton.LeftButton)
    assert p.selected_event().uid == second.uid
    # + / - zoom, arrows pan
    w0 = x1 - x0
    qtbot.keyClick(chart.plot, Qt.Key.Key_Plus)
    a0, a1 = chart.x_range()
    assert a1 - a0 == pytest.approx(w0 / 1.5, rel=1e-3)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Minus)
    assert chart.x_range()[1] - chart.x_range()[0] == pytest.approx(w0, rel=1e-3)
    before = chart.x_range()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    assert chart.x_range()[0] > before[0]
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left)
    assert chart.x_range()[0] == pytest.approx(before[0], abs=DAY)
    p.show_range("1y")
    r0, r1 = chart.x_range()
    assert 365 * DAY <= r1 - r0 <= 400 * DAY


def test_clicking_an_event_shows_its_details_and_sources(panel, qtbot):
    p = panel()
    chart = p.chart
    chart.fit_all()
    QApplication.processEvents()
    with qtbot.waitSignal(p.event_selected, timeout=2000) as blocker:
        pos = chart.marker_widget_pos("e6")
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args[0].uid == "e6"
    text = p.details_text()
    assert "Foundry rule" in text and "15 January 2025" in text and "BIS" in text
    assert "Foundry due diligence rule" in text and "2025-01-15" in text and "from the bundled data" in text
    assert "https://www.bis.gov/rule" in p.details.toHtml()
    assert not p.edit_button.isEnabled() and not p.delete_button.isEnabled()
    # the selection API, and precision-aware dates
    p.chart.select("e3")
    assert p.selected_event().uid == "e3" and "February 2024" in p.details_text()
    p.chart.select("e4")
    assert "Q2 2025" in p.details_text()
    p.chart.select("e5")
    assert "2024" in p.details_text() and "yours" in p.details_text()
    assert p.edit_button.isEnabled() and p.delete_button.isEnabled()
    with qtbot.waitSignal(p.edit_requested) as edit:
        p.edit_button.click()
    assert edit.args[0].uid == "e5"
    with qtbot.waitSignal(p.delete_requested) as delete:
        p.delete_button.click()
    assert delete.args[0].uid == "e5"
    with qtbot.waitSignal(p.add_requested):
        p.add_button.click()
    # the list beside the chart follows the selection
    assert p.list_view.currentIndex().data(Qt.ItemDataRole.UserRole).uid == "e5"


def test_hover_tooltip_names_date_and_title(panel):
    p = panel()
    chart = p.chart
    chart.fit_all()
    at = chart.marker_pos("e2")
    e = chart.event_at_px(at.x() + 2, at.y() - 1)
    assert e.uid == "e2" and chart.tooltip_for(e) == "21 May 2023 — Micron review"
    assert chart.event_at_px(at.x() + 40, at.y() - 25) is None  # nothing above the lane line
    uid, rect, text = next(label for label in chart.visible_labels() if label[0] == "e2")
    assert text == "Micron review" and rect.top() > at.y()  # its label hangs under the lane line
    assert chart.event_at_px(rect.center().x(), rect.center().y()).uid == "e2"  # and points at it too
    s0, s1 = chart.span_px("e5")  # a click anywhere on a bar hits its event
    y = chart.marker_pos("e5").y()
    assert chart.event_at_px(s0 + (s1 - s0) * 0.1, y).uid == "e5"


def test_device_and_web_links(panel, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    p = panel()
    p.set_device_names({"h100-sxm": "NVIDIA H100 SXM"})
    p.set_comparison_devices(("h100-sxm", "ascend-910c"))
    p.select_event("e1")
    html = p.details.toHtml()
    assert "device:h100-sxm" in html and "NVIDIA H100 SXM" in p.details_text()
    with qtbot.waitSignal(p.device_activated) as blocker:
        p.details.anchorClicked.emit(QUrl("device:h100-sxm"))
    assert blocker.args == ["h100-sxm"]
    p.details.anchorClicked.emit(QUrl("https://www.bis.gov/rule"))
    assert opened == ["https://www.bis.gov/rule"]
    assert not p.details.openLinks()


def many_events(n: int, seed: int = 7, long_titles: bool = False) -> list[EventDTO]:
    import random
    rng = random.Random(seed)
    cats = ["export-control", "entity-list", "market", "product-launch", "subsidy", "regulation"]
    out = []
    for i in range(n):
        year, month, day = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
        title = ("华为昇腾超大规模智能计算加速卡出口管制" * 3) if long_titles else f"Event number {i} about chips"
        out.append(make_event(f"m{i}", f"{year:04d}-{month:02d}-{day:02d}", title=title,
                              jurisdiction=rng.choice(["US", "CN", "EU", "JP"]), category=rng.choice(cats)))
    return out


@pytest.mark.parametrize("long_titles", [False, True])
def test_labels_never_overlap(panel, long_titles):
    p = panel(many_events(400, long_titles=long_titles))
    chart = p.chart
    for action in (lambda: chart.fit_all(), lambda: chart.show_years(1), lambda: chart.zoom(0.2),
                   lambda: chart.pan(0.3), lambda: chart.set_lane_mode("category")):
        action()
        QApplication.processEvents()
        labels = chart.visible_labels()
        assert labels, "some labels are shown"
        view = chart.view.boundingRect()
        for i, (_u, a, _t) in enumerate(labels):
            assert view.contains(a), "labels stay inside the plot"
            for _u2, b, _t2 in labels[i + 1:]:
                assert not a.intersects(b)
        x0, x1 = chart.x_range()
        assert all(x0 <= chart.marker_x(u) <= x1 for u, _r, _t in labels)  # only events in view
    if long_titles:  # shortened between characters, or the label of markers too close to tell apart
        assert all(t.endswith("…") or t.endswith(" events") for _u, _r, t in labels)
        assert any(t.endswith("…") for _u, _r, t in labels)


def test_zero_and_one_event_and_cjk(panel, tmp_path):
    p = panel([])
    assert p.is_empty_state() and "No events yet" in p.empty_label.text() and not p.reset_button.isVisible()
    p.select_next()
    p.chart.fit_all()
    assert p.selected_event() is None
    one = make_event("only", "2024-06-01", "month", title="华为昇腾超大规模智能计算加速卡（实验型号）" * 3,
                     actor="中华人民共和国商务部", jurisdiction="CN")
    p.set_events([one])
    assert not p.is_empty_state() and p.count_label.text() == "1 of 1 events"
    p.chart.fit_all()
    x0, x1 = p.chart.x_range()
    assert x0 < p.chart.period("only")[0] and x1 > p.chart.period("only")[1]
    p.select_next()
    assert p.selected_event().uid == "only" and "中华人民共和国商务部" in p.details_text()
    p.set_events([])
    assert p.is_empty_state() and p.selected_event() is None and p.details_text() == ""


def test_event_list_model(qtmodeltester):
    model = EventListModel()
    qtmodeltester.check(model)
    model.set_events(EVENTS)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "7 October 2022 — October 7 rules"
    assert model.index(2, 0).data(Qt.ItemDataRole.UserRole).uid == "e3"


def test_date_formats():
    assert format_event_date("2025-04-09", "day") == "9 April 2025"
    assert format_event_date("2025-04-01", "month") == "April 2025"
    assert format_event_date("2025-04-01", "quarter") == "Q2 2025"
    assert format_event_date("2025-01-01", "year") == "2025"
    assert format_event_date("1962-10-16", "day") == "16 October 1962"


@pytest.mark.parametrize("size", [(1280, 720), None])
def test_screenshot(panel, size):
    p = panel(EVENTS + many_events(60), size=size or (800, 600))
    if size is None:
        p.resize(p.sizeHint())
    p.set_comparison_devices(("ascend-910c", "h100-sxm"))
    p.select_event("e4")
    p.chart.fit_all()
    QApplication.processEvents()
    image = p.grab().toImage()
    name = f"/tmp/timeline_{size[0]}x{size[1]}.png" if size else "/tmp/timeline_default.png"
    assert image.save(name)
    if size:
        assert p.chart.visible_labels()
    # nothing is cut off: the plot fits the panel and the legend fits the chart
    assert p.chart.plot.width() <= p.stack.width() + 1
    assert p.chart._legend.boundingRect().width() <= p.chart.plot.width()


@pytest.mark.parametrize("size", [(1440, 900), (1280, 720), (900, 600)])
def test_the_event_list_shows_whole_titles(panel, size):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem
    long = ("BIS guidance: using Huawei Ascend chips anywhere in the world risks violating US export controls, "
            "and so does training models for them")
    events = [make_event(f"w{i}", f"2025-{i % 12 + 1:02d}-05", title=long[: 40 + 7 * i]) for i in range(12)]
    events.append(make_event("cjk", "2025-06-06", title="华为昇腾超大规模智能计算加速卡出口管制" * 3, jurisdiction="CN"))
    p = panel(events, size=size)
    view = p.list_view
    for sizes in ([900, 340], [1100, 180]):  # and with the list made narrow
        p.splitter.setSizes(sizes)
        QApplication.processEvents()
        assert view.horizontalScrollBar().maximum() == 0
        width = view.viewport().width()
        fm = view.fontMetrics()
        for row in range(view.model().rowCount()):
            index = view.model().index(row, 0)
            text = index.data()
            assert text.endswith(index.data(Qt.ItemDataRole.UserRole).title)  # the model's text is whole
            rect = view.visualRect(index)
            assert rect.left() >= 0 and rect.right() <= width  # no part of a row is off to the side
            needed = fm.boundingRect(QRect(0, 0, rect.width() - 10, 10**6), int(Qt.TextFlag.TextWordWrap), text)
            assert needed.height() <= rect.height(), text  # every line of the wrapped text fits its row
            option = QStyleOptionViewItem()
            option.initFrom(view)
            assert view.itemDelegate().text_rect(option, index).width() <= rect.width()


def test_markers_on_the_same_spot_share_one_label_and_the_tooltip_names_them_all(panel):
    same_day = [make_event(f"s{i}", "2024-06-03", title=f"Same day rule number {i}") for i in range(3)]
    alone = make_event("far", "2022-01-10", title="A rule of its own, far from the others")
    p = panel(same_day + [alone])
    chart = p.chart
    chart.fit_all()
    QApplication.processEvents()
    labels = {lb.indices: lb for lb in chart.chart_labels()}
    events = chart.events()
    group = next(lb for lb in labels.values() if len(lb.indices) > 1)
    assert sorted(events[i].uid for i in group.indices) == ["s0", "s1", "s2"] and group.text == "3 events"
    single = next(lb for lb in labels.values() if events[lb.indices[0]].uid == "far")
    assert single.text == "A rule of its own, far from the others"  # room enough: the whole title
    tip = chart.tooltip_for(events[group.indices[0]])
    assert all(f"Same day rule number {i}" in tip for i in range(3))
    x, y0, y1 = group.leader  # the leader line joins the markers to their label
    left, top, w, h = group.box
    assert abs(x - chart.marker_pos("s0").x()) < 1 and y0 < top <= y1 <= top + h
