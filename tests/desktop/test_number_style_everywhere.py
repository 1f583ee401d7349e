"""One number style for the whole window: the store's (Store.style). An English window on a system that writes
1.229,5 groups with a dot and writes a decimal comma in the comparison, and so must the export-control rules, the
rule dialog, the control map (axes, regions, tooltips, a rule's timeline event) and the market-share chart: '4,800'
beside '3,35 TB/s' would read as 4.8."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from db.api import Library
from db.dto import ChangeSet
from desktop.dialogs.control_rule_dialog import ControlRuleDialog
from desktop.main_window import MainWindow
from desktop.store import Store


@pytest.fixture
def dotted_window(qtbot, db_path):
    """The main window in English on a system whose locale writes 1.229,5 (German separators)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        store = Store(db_path, language="en")
    finally:
        QLocale.setDefault(before)
    assert (store.style.group, store.style.point) == (".", ",")
    window = MainWindow(store, None, ("910c", "h100"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def grouped_with_commas(text: str) -> bool:
    return bool(re.search(r"\d,\d{3}\b", text))


def test_the_comparison_writes_the_systems_separators(dotted_window):
    """What the rest of this file holds the other views to."""
    shown = dotted_window.store.compare("910c", "h100").row("memory_bandwidth").cells[1].display
    assert re.search(r"\d,\d+ TB/s", shown) and "." not in shown, shown  # '3,35 TB/s'


def test_the_rules_list_and_the_rule_dialog_write_thresholds_as_the_comparison_does(dotted_window, qtbot):
    listing = dotted_window.control_rules.show_rules()
    qtbot.addWidget(listing)
    texts = [listing.model.text(r, "tests") for r in listing.model.rules]
    assert any("TPP ≥ 4.800 or (TPP ≥ 1.600 and PD ≥ 5,92)" in t for t in texts), texts
    assert not any(grouped_with_commas(t) for t in texts)

    dialog = ControlRuleDialog(dotted_window, None, dotted_window.store.style)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Proposed")
    dialog.id_edit.setText("DRAFT-1")
    dialog.effective.setText("2024-01-01")
    assert dialog.check() and "TPP ≥ 4.800" in dialog.reads.text(), dialog.reads.text()


def test_the_control_map_and_a_rules_event_write_numbers_as_the_comparison_does(dotted_window, qtbot):
    window = dotted_window
    window._load_chart()
    qtbot.waitUntil(lambda: getattr(window, "control_map", None) is not None, timeout=10_000)
    panel = window.control_map
    window.tabs.setCurrentWidget(panel)
    panel.set_date("2024-06-01")
    qtbot.waitUntil(lambda: panel.map.placed != [] and not panel.reading, timeout=10_000)
    ticks = [text for level in panel.map.plot.getPlotItem().getAxis("bottom")._tickLevels for _v, text in level]
    assert "1.000" in ticks and not any(grouped_with_commas(t) for t in ticks), ticks
    conditions = [g.condition for g in panel.map.regions] + [x.text for x in panel.listed]
    assert any("4.800" in c for c in conditions) and not any(grouped_with_commas(c) for c in conditions), conditions
    tip = panel.map.tips["h20"]
    assert "2.368" in tip and not grouped_with_commas(tip), tip

    rule = next(r for r in panel.rules if r.id == "US-2023-10-17-3A090")
    window.timeline.select_event(next(e.uid for e in rule.events if e.role == "enacted"))
    details = window.timeline.details.toPlainText()
    assert "TPP ≥ 4.800 or (TPP ≥ 1.600 and PD ≥ 5,92)" in details, details


def test_the_market_share_chart_writes_a_share_as_the_comparison_does(dotted_window, db_path):
    window = dotted_window
    window._load_timeline()
    Library(db_path).beyond.save_fact("supply", {
        "subject": "NVIDIA", "field": "China AI accelerator market share", "period": "2024", "value": "12.5",
        "unit": "%", "confidence": "reported", "publisher": "Example Research", "url": "https://example.org/share"})
    window.store.publish(ChangeSet(frozenset({"analyst_fact"})))
    points = [p.text for s in window.supply.chart.picture.series if s.producer == "Example Research" for p in s.points]
    assert points == ["12,5%"]


def test_the_ratio_charts_axis_writes_its_decimals_as_the_table_does(dotted_window, qtbot):
    window = dotted_window
    window.resize(1440, 900)
    window._load_chart()
    qtbot.waitUntil(lambda: window.chart is not None and len(window.chart.plot.lay_out().ticks) > 2, timeout=10_000)
    ticks = [text for _k, text in window.chart.plot.lay_out().ticks]
    assert "1×" in ticks and any(re.fullmatch(r"0,\d+×", t) for t in ticks), ticks  # '0,5×'
    assert not any("." in t for t in ticks), ticks
