"""Typed figures as the analyst sees them: the window's table, tooltips, the per-package switch, the chart's
caption, the command line and an exported picture all say what kind each figure is."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.app import main
from tests.desktop.test_export import svg_texts


def cell(window, key, column):
    model = window.panel.model
    return model.data(model.index(model.row_of(key), column), Qt.ItemDataRole.DisplayRole)


def tooltip(window, key, column):
    model = window.panel.model
    return model.data(model.index(model.row_of(key), column), Qt.ItemDataRole.ToolTipRole)


def test_dense_rows_show_derived_dense_figures_and_sparse_rows_the_headline(window):
    assert window.set_devices(("cloudmatrix-384", "gb200-nvl72"))
    assert cell(window, "fp8_dense", 2) == "360 PFLOPS" and cell(window, "fp8_sparse", 2) == "720 PFLOPS"
    assert cell(window, "fp4_dense", 2) == "720 PFLOPS" and cell(window, "fp4_sparse", 2) == "1,440 PFLOPS"
    tip = tooltip(window, "fp8_dense", 2)
    assert "Derived: Sparse FP8 (2:4, vendor headline): 720 PFLOPS ÷ 2" in tip
    assert "Basis: FP8 · dense · per rack · all compute units" in tip
    assert cell(window, "bf16_dense", 1) == "300 PFLOPS (scope unstated)"
    ratio = cell(window, "bf16_dense", 3)
    assert ratio.endswith("⚠") and "⚠ Huawei CloudMatrix 384: scope not stated by the sources" in \
        tooltip(window, "bf16_dense", 3)
    assert cell(window, "fp32", 3) == "not comparable"
    assert "Cube units only" in tooltip(window, "fp32", 3) and "vector units only" in tooltip(window, "fp32", 3)


def test_a_board_against_a_package_offers_the_per_package_switch(window, qtbot):
    assert window.set_devices(("mlu370-x8", "h100-sxm"))
    bar = window.panel.per_package_bar
    assert bar.isVisibleTo(window) and "Cambricon MLU370-X8 (a board of 2 packages)" in bar.label.text()
    assert cell(window, "bf16_dense", 1) == "96 TFLOPS" and cell(window, "bf16_dense", 3) == "not comparable"
    assert "per board" in tooltip(window, "bf16_dense", 3)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert window.comparison.per_package and window.per_package
    assert cell(window, "bf16_dense", 1) == "48 TFLOPS" and cell(window, "bf16_dense", 3).startswith("0.049×")
    assert "Derived: 96 TFLOPS (per board) ÷ 2" in tooltip(window, "bf16_dense", 1)
    assert bar.button.text() == "Show as published" and bar.isVisibleTo(window)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert not window.comparison.per_package and cell(window, "bf16_dense", 1) == "96 TFLOPS"
    assert window.set_devices(("ascend-910c", "h100-sxm")) and not bar.isVisibleTo(window)  # nothing to split


def test_the_scale_calculator_says_why_it_cannot_scale(window):
    assert window.set_devices(("mlu370-x8", "h100-sxm"))
    calc = window.calculator
    calc.metric_box.setCurrentIndex(calc.metric_box.findData("bf16_dense"))
    assert "not comparable" in calc.result.text()
    assert "per board" in calc.detail.text() and "per package" in calc.detail.text()


def test_the_exported_picture_labels_every_kind(qapp, data_dir, tmp_path):
    target = tmp_path / "c.svg"
    assert main(["--data-dir", str(data_dir), "export", "compare", "cm384", "nvl72", "-o", str(target)]) == 0
    text = svg_texts(target)
    for words in ("Sparse FP8 (2:4, vendor headline)", "360 PFLOPS", "1,440 PFLOPS", "(one way)", "Cube units only",
                  "⚠", "Dense BF16/FP16: ⚠ Huawei CloudMatrix 384: scope not stated by the sources",
                  "FP32: not comparable: Huawei CloudMatrix 384's figure counts Cube units only"):
        assert "".join(words.split()) in "".join(text.split()), words  # wherever the lines wrap
    split = tmp_path / "split.svg"
    assert main(["--data-dir", str(data_dir), "export", "compare", "MLU370-X8", "H100", "--per-package",
                 "-o", str(split)]) == 0
    split_text = svg_texts(split).replace("\n", " ")
    assert "48 TFLOPS" in split_text and "Per accelerator package: the figures of Cambricon MLU370-X8 (a board of " \
                                          "2 packages) are split per package." in split_text


def test_cli_footnotes_and_per_package(capsys, data_dir):
    assert main(["--data-dir", str(data_dir), "compare", "MLU370-X8", "H100"]) == 0
    out = capsys.readouterr().out
    assert "not comparable ⚠" in out and "Cambricon MLU370-X8's figure is per board, NVIDIA H100 SXM's per " \
                                        "package (one accelerator)" in out
    assert main(["--data-dir", str(data_dir), "compare", "MLU370-X8", "H100", "--per-package"]) == 0
    out = capsys.readouterr().out
    assert "48 TFLOPS" in out and "per board" not in out
    assert "Per accelerator package: the figures of Cambricon MLU370-X8 (a board of 2 packages) are split" in out
