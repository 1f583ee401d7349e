"""The window as a user sees it: default pairing, presets, pickers, swap, sources, chart, calculator."""
import sqlite3

import pytest
from PySide6.QtCore import QUrl

from desktop.main_window import MainWindow
from desktop.store import Store
from desktop.views.device_picker import DevicePickerDialog
from tests.desktop.conftest import add_device


def cell(window, key, column):
    model = window.panel.model
    return model.index(model.row_of(key), column).data()


def test_opens_on_910c_vs_h100_with_data(make_window, db_path, qtbot):
    window = make_window(db_path)
    assert window.windowTitle() == "Huawei Ascend 910C vs NVIDIA H100 SXM — ChipLens"
    assert cell(window, "bf16_dense", 1) == "752 TFLOPS  ≠" and cell(window, "bf16_dense", 2) == "989.4 TFLOPS"
    assert cell(window, "bf16_dense", 3) == "0.76×  ▲B"
    assert cell(window, "fp64", 1) == "not published"
    assert "1.32 × Huawei Ascend 910C ≈ 1 × NVIDIA H100 SXM" in window.calculator.result.text()
    with qtbot.waitSignal(window.chart_ready, timeout=10_000):
        window._load_chart()
    keys = [b[0] for b in window.chart.bars]
    assert keys[:3] == ["bf16_dense", "memory_capacity", "memory_bandwidth"]
    assert dict((k, better) for k, _, better in window.chart.bars)["memory_capacity"] == 0


def test_presets_swap_and_pickers(make_window, db_path, qtbot):
    window = make_window(db_path)
    box = window.pairing_box
    index = next(i for i in range(box.count()) if box.itemText(i) == "CloudMatrix 384 vs GB200 NVL72")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert cell(window, "bf16_dense", 1) == "300 PFLOPS (scope unstated)" and cell(window, "power", 2) == "145 kW (all-in)  ≠"
    window.swap()
    assert cell(window, "bf16_dense", 1) == "180 PFLOPS"
    assert window.pairing_box.currentText() == "(custom pairing)"
    window.picker_b.device_chosen.emit("h20")
    assert window.comparison.devices[1].slug == "h20"
    assert window.picker_b.button.text().startswith("NVIDIA H20")


def test_picker_dialog_search_and_enter(qtbot, db_path):
    devices = Store(db_path).devices()
    dialog = DevicePickerDialog(devices, "h100-sxm", None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "nvl72")
    dialog.search.returnPressed.emit()
    assert dialog.chosen == "gb200-nvl72"


def test_provenance_panel_lists_every_source_and_picks_another(make_window, db_path):
    window = make_window(db_path)
    window.panel.select_metric("bf16_dense", 0)
    text = window.provenance.text()
    assert "Sources disagree by more than 5%: 752 / 780 / 800 TFLOPS" in text
    assert "Huawei (P. Zuo et al.), arXiv" in text and "SemiAnalysis" in text and "Epoch AI" in text
    sa = next(v for v in window.comparison.row("bf16_dense").cells[0].candidates if v.source and v.source.key == "SA-CM384")
    window.provenance.browser.anchorClicked.emit(QUrl(f"choose:{sa.uid}"))
    assert cell(window, "bf16_dense", 1).startswith("780 TFLOPS")
    assert "You picked this figure." in window.provenance.text()
    window.provenance.browser.anchorClicked.emit(QUrl("choose:"))
    assert cell(window, "bf16_dense", 1).startswith("752 TFLOPS")
    # the pick is stored in the real database file
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT count(*) FROM value_choice").fetchone()[0] == 0


def test_save_pairing_adds_it_to_the_presets(make_window, db_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("My brief pairing", True)))
    window = make_window(db_path)
    window.save_pairing()
    texts = [window.pairing_box.itemText(i) for i in range(window.pairing_box.count())]
    assert "My brief pairing  ★" in texts
    other = MainWindow(Store(db_path), None)
    assert any(p.name == "My brief pairing" for p in other.pairings)
    other.deleteLater()


def test_window_screenshot_is_sharp_and_complete(make_window, db_path, qtbot, tmp_path):
    window = make_window(db_path, ("cm384", "nvl72"))
    window.resize(1440, 900)
    with qtbot.waitSignal(window.chart_ready, timeout=10_000):
        window._load_chart()
    image = window.grab().toImage()
    assert image.width() >= 1440 * image.devicePixelRatio() - 1
    path = tmp_path / "window.png"
    assert image.save(str(path)) and path.stat().st_size > 50_000
    header = window.panel.table.horizontalHeader()
    assert sum(header.sectionSize(i) for i in range(4)) <= window.panel.table.viewport().width() + 1  # no clipped columns


# degenerate data --------------------------------------------------------------

def test_empty_database(make_window, db_path):
    with sqlite3.connect(db_path) as c:
        for table in ("value_choice", "pairing", "spec_value", "system_component", "device_alias", "device"):
            c.execute(f"DELETE FROM {table}")
    c.close()
    window = make_window(db_path)
    assert window.comparison is None and window.panel.model.rowCount() == 0
    window._load_chart()
    window.swap()
    assert window.windowTitle() == "ChipLens"


def test_device_without_values_and_long_cjk_names(make_window, db_path, qtbot):
    long_name = "华为昇腾超大规模智能计算加速卡（实验型号）" * 3
    add_device(db_path, "empty-chip", "Empty Chip With No Values At All")
    add_device(db_path, "cjk-chip", long_name, values=[("bf16_dense", 500.0), ("power", 400.0)])
    window = make_window(db_path, ("empty-chip", "cjk-chip"))
    assert cell(window, "bf16_dense", 1) == "not published" and cell(window, "bf16_dense", 2) == "500 TFLOPS"
    assert window.comparison.row("bf16_dense").ratio is None
    window.panel.select_metric("bf16_per_watt", 1)
    assert "1.25 TFLOPS/W" in window.provenance.text()
    with qtbot.waitSignal(window.chart_ready, timeout=10_000):
        window._load_chart()
    assert window.chart.bars == []
    window.set_pair("cjk-chip", "h100")
    assert window.chart.bars and window.windowTitle().startswith("华为昇腾")


def test_unknown_initial_pair_falls_back_quietly(make_window, db_path):
    window = make_window(db_path, ("no-such", "h100"))
    assert [d.slug for d in window.comparison.devices] == ["ascend-910c", "h100-sxm"]
    assert "Unknown device" in window.statusBar().currentMessage()


@pytest.mark.parametrize("pair", [("ascend-950dt", "gb200-gpu"), ("atlas-950-superpod", "gb200-nvl72"),
                                  ("kunlunxin-p800", "mlu590"), ("atlas-900-a2-pod", "dgx-h100")])
def test_sparse_pairings_render(make_window, db_path, pair):
    window = make_window(db_path, pair)
    assert window.panel.model.rowCount() > 30
    window._load_chart()
