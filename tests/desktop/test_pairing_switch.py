"""A pairing switch does its work once: the comparison's rows are sized with one sizeHint per cell, switching back
to a pairing reuses its comparison and row heights, and what the window shows after any switch equals what a fresh
window on that pairing shows. A change to the data is shown at once (the kept comparisons are forgotten).
Work is counted, never timed."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyledItemDelegate

from db.dto import ChangeSet


class CountingDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: dict[tuple[int, int], int] = {}

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        key = (index.row(), index.column())
        self.asked[key] = self.asked.get(key, 0) + 1
        return super().sizeHint(option, index)


def shown(window):
    """Everything a switch changes, as text: the table's cells and headers, row heights, chart title, sources."""
    panel, model = window.panel, window.panel.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    heights = [panel.table.rowHeight(r) for r in range(model.rowCount())]
    widths = [panel.table.columnWidth(c) for c in range(model.columnCount())]
    return dict(cells=cells, headers=headers, heights=heights, widths=widths, title=window.windowTitle(),
                chart=window.page.chart_box.title(), sources=window.provenance.text(),
                pairing=window.pairing_box.currentText())


def settle():
    for _ in range(3):
        QApplication.processEvents()


def test_a_switch_asks_each_cells_size_once(window):
    delegate = CountingDelegate(window.panel.table)
    window.panel.table.setItemDelegate(delegate)
    settle()
    for preset in window.pairings[:4]:
        delegate.asked.clear()
        assert window.set_devices(preset.devices, preset.baseline)
        settle()
        model = window.panel.model
        assert delegate.asked, "the rows were sized"
        assert max(delegate.asked.values()) == 1, "a cell's sizeHint was asked more than once in one switch"
        assert len(delegate.asked) <= model.rowCount() * model.columnCount()


def test_switching_back_reuses_the_comparison_and_its_row_heights(window):
    presets = window.pairings[:3]
    for preset in [*presets, *presets]:  # the table's width settles in the first round (it widens for figures)
        window.set_devices(preset.devices, preset.baseline)
        settle()
    delegate = CountingDelegate(window.panel.table)
    window.panel.table.setItemDelegate(delegate)
    first = presets[0]
    before = window.panel.model.comparison()
    window.set_devices(first.devices, first.baseline)
    settle()
    assert window.comparison is not before
    assert window.store.compare_many(first.devices, first.baseline) is window.comparison  # kept, not rebuilt
    assert not delegate.asked, "the kept row heights were used"
    kept = [window.panel.table.rowHeight(r) for r in range(window.panel.model.rowCount())]
    window.panel.table.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    assert kept == [window.panel.table.rowHeight(r) for r in range(window.panel.model.rowCount())]


def test_after_any_switch_the_window_shows_what_a_fresh_window_shows(window, make_window, db_path):
    window.resize(1200, 800)
    presets = [p for p in window.pairings if len(p.devices) == 2][:3]
    for preset in [*presets, *presets]:  # each twice: the second time from what was kept
        window.set_devices(preset.devices, preset.baseline)
        settle()
    last = presets[-1]
    fresh = make_window(db_path, tuple(last.devices))
    fresh.resize(1200, 800)
    settle()
    fresh.set_devices(last.devices, last.baseline)
    settle()
    seen, expected = shown(window), shown(fresh)
    if seen["widths"] != expected["widths"]:  # the table keeps the width it took for wider figures before
        window.page.setSizes(fresh.page.sizes())
        settle()
        seen = shown(window)
    assert seen == expected
    window.panel.select_metric(window.comparison.rows[0].metric.key, 1)
    fresh.panel.select_metric(fresh.comparison.rows[0].metric.key, 1)
    assert window.provenance.text() == fresh.provenance.text()


def test_a_change_to_the_data_is_shown_at_once(window):
    a, b = window.devices_shown()
    kept = window.store.compare_many((a, b), 1)
    assert window.store.compare_many((a, b), 1) is kept
    window.store.publish(ChangeSet(frozenset({"note"})))  # a note shows nowhere in a comparison
    assert window.store.compare_many((a, b), 1) is kept
    window.store.publish(ChangeSet(frozenset({"choice"})))
    assert window.store.compare_many((a, b), 1) is not kept
    kept = window.store.compare_many((a, b), 1)
    window.store.verdicts_on = "2020-01-01"  # the control map's date: another verdict row
    assert window.store.compare_many((a, b), 1) is not kept


def test_rows_follow_a_font_change(window):
    table = window.panel.table
    settle()
    before = [table.rowHeight(r) for r in range(window.panel.model.rowCount())]
    font = window.panel.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    window.panel.setFont(font)
    settle()
    after = [table.rowHeight(r) for r in range(window.panel.model.rowCount())]
    assert sum(after) > sum(before)
    table.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    assert after == [table.rowHeight(r) for r in range(window.panel.model.rowCount())]


def test_a_switch_rebuilds_no_hidden_tab(window, monkeypatch):
    window._load_chart()
    window._load_timeline()  # the timeline, export controls, supply and stacks tabs
    settle()
    assert window.tabs.currentIndex() == 0
    calls = []
    for name, panel, method in (("supply", window.supply, "refresh"), ("stacks", window.stacks_panel, "refresh"),
                                ("controls", window.control_map, "refresh"),
                                ("map points", window.control_map, "_place_points")):
        original = getattr(panel, method)
        monkeypatch.setattr(panel, method, lambda *a, _n=name, _o=original, **k: (calls.append(_n), _o(*a, **k))[1])
    for preset in window.pairings[:4]:
        assert window.set_devices(preset.devices, preset.baseline)
        settle()
    assert calls == []
    window.tabs.setCurrentWidget(window.control_map)  # shown, it catches up: its rings follow the comparison
    settle()
    assert {"controls", "map points"} & set(calls)
    assert window.control_map.ringed == window.devices_shown()
