"""ImportDialog: preview on a worker thread, Import / Import valid rows only / Cancel, and the window refreshing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from tests_support import EPOCH_CURRENT as EPOCH

from db import api
from db.compare import describe
from desktop.dialogs.import_dialog import ImportDialog
from desktop.models.import_plan_model import ImportPlanModel
from desktop.provenance import provenance_html
from desktop.store import Store


def planned_dialog(qtbot, store, file, parent=None):
    dialog = ImportDialog(store, parent)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_ready, timeout=20_000) as ready:
        dialog.set_file(file)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, ready.args[0]


def test_plan_model(qtmodeltester, db_path):
    model = ImportPlanModel()
    model.set_items(api.plan_import(db_path, EPOCH).items)
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Action"
    assert model.data(model.index(0, 0)) == "+ add"  # a word and a sign, not a colour alone


def test_preview_then_import_refreshes_the_window(qtbot, make_window, db_path, tmp_path):
    window = make_window(db_path, ("910c", "h100"))
    assert window.files.import_action.shortcut().toString() == "Ctrl+I"
    assert window.comparison.row("memory_capacity").cells[0].candidates == () or all(
        v.source is None or v.source.publisher != "Epoch AI"
        for v in window.comparison.row("memory_capacity").cells[0].candidates)
    window._load_timeline()
    dialog, plan = planned_dialog(qtbot, window.store, EPOCH, window)
    assert dialog.model.rowCount() == len(plan.items)
    assert plan.added + plan.skipped + plan.held == len(plan.parsed.values) and plan.held > 0
    assert dialog.import_button.isEnabled() and not dialog.valid_button.isVisible()
    assert str(plan.added) in dialog.summary.text().replace(",", "").replace("\u00a0", "").replace(".", "")
    assert plan.added > plan.skipped > 0 and len(plan.ignored) > 1
    assert f"{len(plan.ignored)} known columns are not imported" in dialog.notes.text()
    dialog.notes.linkActivated.emit("#ignored")  # "Show which, and why"
    assert dialog.notes.text().count("<li>") == len(plan.ignored)
    dialog.grab().save(str(tmp_path / "import-dialog.png"))
    before = window.store.devices()
    with qtbot.waitSignal(window.store.changed, timeout=20_000) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "device" in changed.args[0].kinds and changed.args[1] is dialog
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_info.added == plan.added
    slugs = {d.slug for d in window.picker_a.devices()}
    assert "google-tpu-v6e-trillium" in slugs and len(slugs) == len(before) + len(plan.new_devices)
    assert len(plan.new_devices) == len({v.device for v in plan.parsed.values} - {d.slug for d in before})
    assert "google-tpu-v6e-trillium" in window.timeline._device_names  # events can name the new devices
    row = window.comparison.row("memory_capacity")
    html = provenance_html(row, 0, window.comparison, describe)
    assert "Epoch AI" in html and "2025-12-11" in html  # the imported figure, with its Epoch row date


def test_errors_disable_import_and_offer_valid_rows_only(qtbot, db_path, tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("device;metric;value;unit\nh100;power;7OO;W\nh100;power;0,7;kW\n", encoding="utf-16")
    store = Store(db_path)
    dialog, plan = planned_dialog(qtbot, store, bad)
    assert plan.format == "csv" and len(plan.errors) == 1 and plan.added == 1
    assert not dialog.import_button.isEnabled()
    assert dialog.valid_button.isVisible() and dialog.valid_button.isEnabled()
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData("error"))
    assert dialog.proxy.rowCount() == 1
    reason = dialog.proxy.index(0, len(dialog.model.columns) - 1).data()
    assert reason == "'7OO' is not a number" and dialog.proxy.index(0, 1).data() == "2"
    assert dialog.proxy.index(0, 3).data() == "value"
    dialog.grab().save(str(tmp_path / "import-dialog-errors.png"))
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    assert done.args[0].added == 1
    assert api.plan_import(db_path, bad).added == 0


def test_cancel_writes_nothing(qtbot, db_path):
    store = Store(db_path)
    before = db_path.read_bytes()
    dialog, _plan = planned_dialog(qtbot, store, EPOCH)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert db_path.read_bytes() == before


def test_cancel_while_reading_stops_the_worker(qtbot, db_path, tmp_path):
    big = tmp_path / "big.csv"
    rows = "".join(f"h100,power,{700 + i % 50},W,,,,,,,note {i}\n" for i in range(60_000))
    big.write_text("device,metric,value,unit,qualifier,approximate,confidence,source,publisher,as_of,note\n" + rows,
                   encoding="utf-8")
    store = Store(db_path)
    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(big)
    assert dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)  # rows are being read
    assert dialog.progress.maximum() == 60_000
    dialog.reject()  # waits for the worker, which stops at its next progress report
    assert dialog.plan is None and not dialog.pool.activeThreadCount()
    qtbot.wait(50)
    assert dialog.plan is None  # no late result arrives


def test_unreadable_file_is_reported(qtbot, db_path, tmp_path):
    bad = tmp_path / "data.csv"
    bad.write_bytes(b"\x93quoted\x94,x\n")
    dialog = ImportDialog(Store(db_path))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.set_file(bad)
    assert "not UTF-8 text" in failed.args[0] and dialog.summary.text().startswith("✕")
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("width", [800])
def test_dialog_fits_a_small_window(qtbot, db_path, width):
    dialog, _ = planned_dialog(qtbot, Store(db_path), EPOCH)
    dialog.resize(width, 500)
    assert dialog.minimumSizeHint().width() <= width


def test_a_data_pack_preview_counts_its_groups(qtbot, tmp_path):
    source, target = tmp_path / "a" / "chiplens.sqlite", tmp_path / "b" / "chiplens.sqlite"
    for db in (source, target):
        db.parent.mkdir()
        api.open_store(db)
    api.save_group(source, "Four accelerators", ["ascend-910c", "h100-sxm", "h20", "b200"], baseline=1)
    pack = tmp_path / "pack.json"
    api.export_data(source, pack)
    dialog, plan = planned_dialog(qtbot, Store(target), pack)
    assert "pairings and groups: 1 added" in dialog.summary.text()
    with qtbot.waitSignal(dialog.store.changed, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert any(p.name == "Four accelerators" for p in api.list_pairings(target))


def test_unit_suspects_are_held_until_the_box_is_ticked(qtbot, db_path, tmp_path):
    store = Store(db_path)
    dialog, plan = planned_dialog(qtbot, store, EPOCH)
    rows = [dialog.model.item(r) for r in range(dialog.model.rowCount())]
    held = [i for i in rows if i.action == "hold"]
    assert len(held) == plan.held > 0
    line = next(i for i in held if i.device == "Huawei Ascend 910C")
    assert line.after.startswith("98 GB/s")
    assert line.reason.startswith("unit suspect: 8 × lower than 784 GB/s")
    assert line.reason.endswith("likely 784 GB/s if the column holds bytes")
    assert dialog.accept_suspect.isVisible() and not dialog.accept_suspect.isChecked()
    assert str(plan.held) in dialog.accept_suspect.text() and "held as unit suspect" in dialog.summary.text()
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData("hold"))
    assert dialog.proxy.rowCount() == plan.held
    dialog.grab().save(str(tmp_path / "import-dialog-held.png"))
    dialog.accept_suspect.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].added == plan.added + plan.held
    cell = api.compare(db_path, "910c", "h100").row("scaleout_bw").cells[0]
    assert 98.0 in [v.value_num for v in cell.candidates if v.source and v.source.publisher == "Epoch AI"]


def test_without_the_box_held_figures_stay_out(qtbot, db_path):
    store = Store(db_path)
    dialog, plan = planned_dialog(qtbot, store, EPOCH)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].added == plan.added
    cell = api.compare(db_path, "910c", "h100").row("scaleout_bw").cells[0]
    assert [v for v in cell.candidates if v.source and v.source.publisher == "Epoch AI"] == []
