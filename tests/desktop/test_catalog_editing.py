"""Editing the catalog and comparing up to four devices in the window, as a user does it (issue 6)."""
import json
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from db import api
from desktop.app import main
from desktop.dialogs.device_dialog import DeviceDialog
from desktop.dialogs.pairing_dialog import PairingDialog
from desktop.dialogs.source_dialog import SourceDialog
from desktop.main_window import MainWindow
from desktop.models.comparison_model import ROW_ROLE, ComparisonModel
from desktop.store import Store

FOUR = ("ascend-910c", "h100-sxm", "h20", "b200")


def cell(w, key, column):
    model = w.panel.model
    return model.index(model.row_of(key), column).data()


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def stored(db_path, uid):
    with sqlite3.connect(db_path) as c:
        row = c.execute("SELECT value_num, origin FROM spec_value WHERE uid = ?", (uid,)).fetchone()
    c.close()
    return row


def test_typing_a_value_validates_as_you_type_and_stores_canonical(window, qtbot, db_path):
    source = window.catalog.save_source({"publisher": "My lab", "title": "Run 3", "date": "2026-04"}, None)
    dialog = window.catalog.value_dialog(None, "ascend-910c", "bf16_dense")
    qtbot.addWidget(dialog)
    assert dialog.device_box.currentData() == "ascend-910c" and not dialog.device_box.isEnabled()
    qtbot.keyClicks(dialog.value_edit, "7OO")
    assert dialog.message("value") == "'7OO' is not a number (a letter O or l in place of a digit?)"
    assert not ok_enabled(dialog)
    dialog.value_edit.clear()
    qtbot.keyClicks(dialog.value_edit, "1.2 PFLOPS")
    assert dialog.message("value") == "" and "Stored as: 1,200 TFLOPS" in dialog.summary.text()
    assert dialog.message("source").startswith("a figure needs a source") and not ok_enabled(dialog)
    dialog.source_box.setCurrentIndex(dialog.source_box.findData(source.key))
    dialog.confidence_box.setCurrentIndex(dialog.confidence_box.findData("reported"))
    dialog.prefer.setChecked(True)
    assert ok_enabled(dialog)
    uid = window.catalog.save_value(dialog.fields(), None)
    assert stored(db_path, uid) == (1200.0, "user")
    assert cell(window, "bf16_dense", 1) == "1.2 PFLOPS  ≠"  # the user asked for it: it wins over the bundled figures
    font = window.panel.model.index(window.panel.model.row_of("bf16_dense"), 1).data(Qt.ItemDataRole.FontRole)
    assert font.italic() and font.underline()  # marked as the user's own figure, and picked
    # a unit of the wrong dimension is refused with a message
    dialog.value_edit.setText("900 GB/s")
    assert "measures bandwidth" in dialog.message("value") and not ok_enabled(dialog)
    # the importers' rule (db.units.check_figure): finite, not negative, within a million times the bundled range
    for typed, said in (("-5", "'-5' is negative"), ("1e308 EFLOPS", "'1e308 EFLOPS' is not a finite number"),
                        ("1e16 TFLOPS", "'1e16 TFLOPS' is over")):
        dialog.value_edit.setText(typed)
        assert dialog.message("value").startswith(said) and not ok_enabled(dialog), typed
        assert dialog.stored_text() == "", f"{typed!r} must not say what would be stored"
    dialog.value_edit.setText("0")
    assert dialog.message("value") == "" and ok_enabled(dialog), "0 is a figure"


def test_undo_and_redo_every_edit_from_the_edit_menu(window, db_path):
    stack = window.undo_stack
    source = window.catalog.save_source({"publisher": "My lab", "date": "2026"}, None)
    uid = window.catalog.save_value({"device": "h100-sxm", "metric": "power", "value": "0.75 kW", "source": source.key,
                                     "confidence": "third-party", "prefer": True}, None)
    assert cell(window, "power", 2).startswith("750 W")
    assert stack.undoText().startswith("Add figure Power")
    stack.undo()
    assert stored(db_path, uid) is None and cell(window, "power", 2).startswith("700 W")
    stack.redo()
    assert stored(db_path, uid) == (750.0, "user") and cell(window, "power", 2).startswith("750 W")
    slug = window.catalog.save_device({"name": "Brand New Chip", "kind": "chip", "vendor": "Startup Inc",
                                       "country": "CN", "aliases": ["BNC"]}, None)
    assert any(d.slug == slug for d in window.store.devices())
    window.set_devices(("ascend-910c", slug))
    assert window.comparison.devices[1].name == "Brand New Chip"
    stack.undo()  # the device goes, and the window falls back to another comparison
    assert not any(d.slug == slug for d in window.store.devices())
    assert slug not in [d.slug for d in window.comparison.devices]
    stack.undo()
    stack.undo()
    assert [s.key for s in window.store.sources()].count(source.key) == 0
    assert not stack.canUndo()


def test_four_devices_with_a_baseline_switch(window, qtbot):
    window.set_devices(FOUR, 1)
    model = window.panel.model
    assert model.columnCount() == 5  # metric + four devices; each non-baseline cell carries its ratio
    header = model.headerData(2, Qt.Orientation.Horizontal).splitlines()
    assert (header[0], header[-1]) == ("B: NVIDIA H100 SXM", "baseline (ratios ÷ B)")
    assert cell(window, "bf16_dense", 3) == "148 TFLOPS\n0.15×"
    assert cell(window, "bf16_dense", 4) == "2.25 PFLOPS\n2.3×  ▲"
    assert window.windowTitle().startswith("Huawei Ascend 910C vs NVIDIA H100 SXM vs NVIDIA H20 vs NVIDIA B200")
    window.group_bar.baseline_box.setCurrentIndex(3)
    window.group_bar.baseline_box.activated.emit(3)
    assert window.comparison.baseline == 3
    assert cell(window, "bf16_dense", 1) == "752 TFLOPS  ≠\n0.33×"
    assert cell(window, "bf16_dense", 3) == "148 TFLOPS\n0.066×"
    assert cell(window, "bf16_dense", 4) == "2.25 PFLOPS  ▲"
    window.calculator.device_box.setCurrentIndex(window.calculator.device_box.findData(2))
    assert window.calculator.result.text().startswith("<b>15.2 × NVIDIA H20 ≈ 1 × NVIDIA B200")
    with qtbot.waitSignal(window.chart_ready, timeout=10_000):
        window._load_chart()
    ratios = {(key, round(r, 3)) for key, r, _ in window.chart.bars}
    assert ("bf16_dense", round(148 / 2250, 3)) in ratios and ("bf16_dense", round(752 / 2250, 3)) in ratios
    window.group_bar.extra_removed.emit(3)  # remove D: the baseline falls back to B
    assert [d.slug for d in window.comparison.devices] == list(FOUR[:3]) and window.comparison.baseline == 1
    window.group_bar.extra_removed.emit(2)
    assert window.panel.model.columnCount() == 4 and cell(window, "bf16_dense", 3) == "0.76×  ▲B"


def test_model_with_four_devices_passes_the_model_tester(qtmodeltester, db_path):
    model = ComparisonModel()
    model.set_comparison(api.compare_many(db_path, FOUR, 2))
    qtmodeltester.check(model)
    assert model.columnCount() == 5
    row = model.row_of("memory_capacity")
    assert model.index(row, 0).data(ROW_ROLE).best == (3,)
    assert "Baseline" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    model.set_comparison(api.compare_many(db_path, FOUR[:2], 0))  # back to a pair, the other way round
    qtmodeltester.check(model)
    assert model.columnCount() == 4 and model.headerData(3, Qt.Orientation.Horizontal) == "Ratio B / A"
    assert model.index(model.row_of("bf16_dense"), 3).data() == "1.3×  ▲B"


def test_a_saved_named_group_reopens(window, db_path, qtbot):
    window.set_devices(FOUR, 3)
    dialog = PairingDialog(window.store.devices(), "China vs US, four", FOUR, 3, False, window)
    qtbot.addWidget(dialog)
    assert dialog.devices() == list(FOUR) and dialog.baseline() == 3 and ok_enabled(dialog)
    dialog.device_boxes[3].setCurrentIndex(dialog.device_boxes[3].findData("ascend-910c"))
    assert "only once" in dialog.message("device0") and not ok_enabled(dialog)
    dialog.device_boxes[3].setCurrentIndex(dialog.device_boxes[3].findData("b200"))
    window.catalog.save_group(dialog.name(), dialog.devices(), dialog.baseline())
    other = MainWindow(Store(db_path), None, ("910c", "h100"))
    qtbot.addWidget(other)
    box = other.pairing_box
    index = next(i for i in range(box.count()) if box.itemText(i) == "China vs US, four  ★")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert [d.slug for d in other.comparison.devices] == list(FOUR) and other.comparison.baseline == 3
    assert other.current_pairing_slug() is not None
    window.undo_stack.undo()
    assert not any(p.name == "China vs US, four" for p in api.list_pairings(db_path))


def test_cell_context_menu_offers_add_correct_and_edit(window):
    row = window.comparison.row("bf16_dense")
    menu = window.catalog.cell_menu(row, 0, QPoint())
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Add a figure…", "&Correct this figure…", "Cite a &better source…",
                     "Edit the de&vice Huawei Ascend 910C…"]
    menu.close()
    derived = window.catalog.cell_menu(window.comparison.row("bf16_per_watt"), 1, QPoint())
    assert [a.text() for a in derived.actions()] == ["Edit the de&vice NVIDIA H100 SXM…"]


def test_device_and_source_dialogs_validate_as_you_type(window, qtbot):
    cm = window.store.device("cloudmatrix-384")
    dialog = DeviceDialog(window.store.devices(), window.store.organisations(), window.store.sources(), cm,
                          window.store.components(cm.slug), window)
    qtbot.addWidget(dialog)
    assert ok_enabled(dialog) and dialog.components.rowCount() == 2
    fields = dialog.fields()
    assert fields["components"][0] == {"name": "Ascend 910C", "role": "accelerator", "count": 384,
                                       "device": "ascend-910c", "source": "HW-CM384-PAPER", "confidence": "official"}
    dialog.aliases_edit.setText("CM384, NVL72")
    assert "already names another device (gb200-nvl72)" in dialog.message("aliases") and not ok_enabled(dialog)
    dialog.aliases_edit.setText("CM384, CM-384")
    dialog.components.item(0, 2).setText("38a")
    assert "whole number" in dialog.message("components")
    dialog.components.item(0, 2).setText("384")
    assert ok_enabled(dialog)
    slug = window.catalog.save_device(dialog.fields(), cm.slug)
    assert slug == "cloudmatrix-384" and window.store.device(slug).origin == "user"
    assert api.resolve_device(window.store.database, "cm-384") == "cloudmatrix-384"
    source = SourceDialog(None, window)
    qtbot.addWidget(source)
    assert "publisher is required" in source.message("publisher")
    qtbot.keyClicks(source.publisher_edit, "TrendForce")
    source.url_edit.setText("trendforce.com")
    assert "http://" in source.message("url") and not ok_enabled(source)
    source.url_edit.setText("https://www.trendforce.com/")
    assert ok_enabled(source)


def test_cli_compares_four_devices_with_a_baseline(capsys, data_dir):
    code = main(["--data-dir", str(data_dir), "compare", "910C", "H100", "H20", "B200", "--baseline", "B200",
                 "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["baseline"] == "b200" and len(doc["devices"]) == 4
    bf16 = next(m for m in doc["metrics"] if m["key"] == "bf16_dense")
    assert [r and r["display"] for r in bf16["ratios"]] == ["0.33×", "0.44×", "0.066×", None]
    assert bf16["best"] == ["b200"] and bf16["better"] == "b200" and bf16["ratio"] == pytest.approx(752 / 2250)
    assert main(["--data-dir", str(data_dir), "compare", "910C", "H100", "--baseline", "H20"]) == 2
    assert "not one of the compared devices" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "compare", "910C", "H100", "H20", "B200", "H200"]) == 2
    main(["--data-dir", str(data_dir), "compare", "910C", "H100", "H20"])
    out = capsys.readouterr().out
    assert "910C/H100" in out and "H20/H100" in out and "Ratios against NVIDIA H100 SXM" in out


def test_four_devices_with_empty_and_long_cjk_devices_render(window, db_path, qtbot, tmp_path):
    from tests.desktop.conftest import add_device
    long_name = "华为昇腾超大规模智能计算加速卡（实验型号）" * 2
    add_device(db_path, "empty-chip", "Empty Chip With No Values At All")
    add_device(db_path, "cjk-chip", long_name, values=[("bf16_dense", 500.0), ("power", 400.0)])
    window.store.changed.emit(api.ChangeSet(frozenset({"device"})), None)
    assert window.set_devices(("empty-chip", "cjk-chip", "h100-sxm", "ascend-910c"), 0)
    assert cell(window, "bf16_dense", 1) == "not published"
    assert cell(window, "bf16_dense", 2) == "500 TFLOPS"  # no ratio: the baseline (A) has no figure
    assert window.comparison.row("bf16_dense").best == ()
    with qtbot.waitSignal(window.chart_ready, timeout=10_000):
        window._load_chart()
    assert window.chart.bars == []
    window.group_bar.baseline_box.activated.emit(2)
    assert cell(window, "bf16_dense", 2) == "500 TFLOPS\n0.51×"
    assert window.chart.bars and window.windowTitle().startswith("Empty Chip")
    window.resize(1280, 720)
    image = window.grab().toImage()
    assert image.save(str(tmp_path / "four.png")) and (tmp_path / "four.png").stat().st_size > 50_000


def test_adding_devices_c_and_d_from_the_group_bar(window):
    assert not window.group_bar.pickers[3].isEnabled()  # D comes once C is there
    window.group_bar.extra_chosen.emit(2, "h20")
    assert [d.slug for d in window.comparison.devices] == ["ascend-910c", "h100-sxm", "h20"]
    assert window.group_bar.pickers[3].isEnabled()
    window.group_bar.extra_chosen.emit(3, "h100-sxm")  # already compared: refused, with a message
    assert len(window.comparison.devices) == 3
    assert "already in the comparison" in window.statusBar().currentMessage()
    window.group_bar.extra_chosen.emit(3, "b200")
    window.picker_a.device_chosen.emit("ascend-910b")  # changing A keeps C and D
    assert [d.slug for d in window.comparison.devices] == ["ascend-910b", "h100-sxm", "h20", "b200"]
    window.swap()
    assert [d.slug for d in window.comparison.devices] == ["h100-sxm", "ascend-910b", "h20", "b200"]
    assert window.comparison.baseline == 1


def test_a_figure_typed_while_the_database_is_locked_comes_back_in_its_dialog(window, db_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from db import connect as connection
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    source = window.catalog.save_source({"publisher": "My lab", "title": "Run 4", "date": "2026-05"}, None)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")  # another program is writing
    seen = []
    make_dialog = window.catalog.value_dialog

    def dialog_as_a_user_fills_it(*args, **kwargs):
        dialog = make_dialog(*args, **kwargs)

        def exec_():
            seen.append(dialog.value_edit.text())
            if len(seen) == 1:  # the user types the figure and clicks OK
                dialog.value_edit.setText("1.2 PFLOPS")
                dialog.source_box.setCurrentIndex(dialog.source_box.findData(source.key))
                dialog.confidence_box.setCurrentIndex(dialog.confidence_box.findData("reported"))
            else:  # told the database is busy, they wait for the other program, then click OK again
                holder.rollback()
                holder.close()
            return QDialog.DialogCode.Accepted
        dialog.exec = exec_
        return dialog

    monkeypatch.setattr(window.catalog, "value_dialog", dialog_as_a_user_fills_it)
    uid = window.catalog.edit_value(None, "ascend-910c", "bf16_dense")
    assert len(shown) == 1 and "writing to the database" in shown[0]
    assert seen == ["", "1.2 PFLOPS"]  # the dialog came back holding what was typed
    assert stored(db_path, uid) == (1200.0, "user")


def test_four_device_chart_keeps_its_labels_apart_when_small(qtbot, db_path):
    from desktop.charts.ratio_chart import RatioChart
    comparison = Store(db_path).compare_many(FOUR, 1)
    chart = RatioChart()
    qtbot.addWidget(chart)
    for width, height in ((330, 300), (380, 420), (700, 600)):
        chart.resize(width, height)
        chart.show()
        qtbot.waitExposed(chart)
        chart.set_comparison(comparison)
        qtbot.wait(20)  # the resize re-lays the plot out for its size
        drawing = chart.plot.lay_out()
        ticks = [x for x, _label in drawing.ticks]
        assert 0 in ticks and len(ticks) >= 2  # 1x and at least one more
        assert min(drawing.px(b) - drawing.px(a) for a, b in zip(ticks, ticks[1:])) >= 40  # tick labels never touch
        tick_rects = [t.rect for t in drawing.texts if t.role == "tick"]
        assert not any(a.intersects(b) for a, b in zip(tick_rects, tick_rects[1:]))
        names = drawing.of("name")
        assert len(names) == 7 and not any("…" in n for n in names)  # each whole, wrapped to the room it has
        name_rects = [t.rect for t in drawing.texts if t.role == "name"]
        assert not any(a.intersects(b) for i, a in enumerate(name_rects) for b in name_rects[i + 1:])
