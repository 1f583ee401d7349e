"""The "Export controls" tab on a real seeded store: regions by date, ringed compared devices, click to compare."""
from PySide6.QtCore import Qt

from desktop.present import control_map_layout as lay


def open_map(window, qtbot):
    window._load_chart()
    qtbot.waitUntil(lambda: getattr(window, "control_map", None) is not None, timeout=10_000)
    window.tabs.setCurrentWidget(window.control_map)
    qtbot.waitUntil(lambda: window.control_map.map.placed != [], timeout=10_000)
    return window.control_map


def test_the_regions_follow_the_date(make_window, db_path, qtbot):
    panel = open_map(make_window(db_path, ("910c", "h100")), qtbot)
    panel.set_date("2022-06-01")
    assert panel.map.regions == [] and panel.listed == []
    panel.set_date("2023-01-10")
    assert panel.map.regions == [] and [x.rule_id for x in panel.listed] == ["US-2022-10-07-3A090"]  # reads I/O
    assert "I/O" in panel.listed_view.toPlainText()
    panel.set_date("2023-12-01")
    assert any(5.92 in (r[2], r[3]) for g in panel.map.regions for r in g.rects)
    panel.slider.setValue(0)
    assert panel.on == lay.rule_dates(panel.rules)[0]


def test_compared_devices_are_ringed_and_labels_do_not_overlap(make_window, db_path, qtbot):
    panel = open_map(make_window(db_path, ("910c", "h100")), qtbot)
    assert {p.slug for p in panel.map.points if p.ringed} == {"ascend-910c", "h100-sxm"}
    assert next(p for p in panel.map.points if p.slug == "ascend-910c").pd is None  # in the strip, not dropped
    boxes = [p.box for p in panel.map.placed] + panel.map.region_boxes
    assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert "2,368" in panel.map.tips["h20"]


def test_clicking_a_point_opens_it_in_the_comparison(make_window, db_path, qtbot):
    window = make_window(db_path, ("910c", "h100"))
    panel = open_map(window, qtbot)
    plot = panel.map.plot
    pos = plot.mapFromScene(panel.map.point_scene_pos("h20"))
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0, timeout=5_000)
    assert "h20" in [d.slug for d in window.comparison.devices]


def test_a_rules_timeline_event_shows_its_thresholds_and_the_chips_it_caught(make_window, db_path, qtbot):
    window = make_window(db_path, ("910c", "h100"))
    panel = open_map(window, qtbot)
    rule = next(r for r in panel.rules if r.id == "US-2023-10-17-3A090")
    enacted = next(e.uid for e in rule.events if e.role == "enacted")
    timeline = window.timeline
    timeline.select_event(enacted)
    text = timeline.details.toPlainText()
    assert "Thresholds: 3A090.a: TPP ≥ 4,800 or (TPP ≥ 1,600 and PD ≥ 5.92)" in text
    caught = text.split("Caught on 2023-11-17")[1].split("Missed on")[0]
    missed = text.split("Missed on 2023-11-17")[1]
    assert "NVIDIA H800 SXM" in caught and "NVIDIA H20" in missed.split("Undecided")[0]


def test_hover_names_the_figures_and_the_tab_exports_its_picture(make_window, db_path, qtbot, tmp_path):
    from PySide6.QtGui import QImage
    panel = open_map(make_window(db_path, ("910c", "h100")), qtbot)
    tip = panel.map.scatter.opts["tip"](x=0.0, y=0.0, data="h100-sxm")
    assert "15,830" in tip and "Epoch AI" in tip
    panel.set_date("2024-06-01")
    panel.export_picture(str(tmp_path / "map.png"))
    assert QImage(str(tmp_path / "map.png")).width() >= 1000


def test_every_chips_verdicts_are_read_off_the_gui_thread(make_window, db_path, qtbot, monkeypatch):
    import threading

    import db.connect
    panel = open_map(make_window(db_path, ("910c", "h100")), qtbot)
    qtbot.waitUntil(lambda: not panel.reading, timeout=10_000)
    on_gui: list[str] = []
    real = db.connect.connect

    def traced(*args, **kwargs):
        conn = real(*args, **kwargs)
        if threading.current_thread() is threading.main_thread():
            conn.set_trace_callback(on_gui.append)
        return conn
    monkeypatch.setattr(db.connect, "connect", traced)
    before = {p.slug: p.status for p in panel.map.points}
    panel.set_date("2022-06-01")
    assert panel.reading and panel.reading_label.isVisible() and "Reading" in panel.reading_label.text()
    assert panel.map.regions == []  # the regions follow the date at once
    qtbot.waitUntil(lambda: not panel.reading, timeout=10_000)
    assert not panel.reading_label.isVisible()
    # on the GUI thread, only the compared devices' figures (the comparison follows the date), not every chip's
    figures = [s for s in on_gui if "spec_value" in s]
    assert all("d.slug IN (" in s and s.split("d.slug IN (")[1].split(")")[0].count(",") < 4 for s in figures), figures
    after = {p.slug: p.status for p in panel.map.points}
    assert after.keys() == before.keys() and after != before  # no chip controlled before October 2022
    assert "h20" in panel.map.tips and "TPP" in panel.map.tips["h20"]


def test_a_rules_event_dates_the_chips_it_caught_in_the_windows_language(qtbot, db_path):
    """'Caught on 17 nov. 2023' in a French window, not '2023-11-17' (English keeps ISO, as above)."""
    from desktop.main_window import MainWindow
    from desktop.present import dates
    from desktop.store import Store
    window = MainWindow(Store(db_path, language="fr"), None, ("910c", "h100"))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        panel = open_map(window, qtbot)
        rule = next(r for r in panel.rules if r.id == "US-2023-10-17-3A090")
        window.timeline.select_event(next(e.uid for e in rule.events if e.role == "enacted"))
        text = window.timeline.details.toPlainText()
        assert "Caught on 17 nov. 2023" in text and "2023-11-17" not in text, text
    finally:
        dates.set_language("en")
