"""The value dialog asks for a figure's basis (issue 16, point 4): the row's fields only, the row's standard basis
for the device unless the user says otherwise, and never a basis the row cannot hold."""
import dataclasses
import sqlite3

import pytest
from tests_support import open_value_dialog
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from db.api.catalog import Basis


@pytest.fixture
def source(window):
    return window.catalog.save_source({"publisher": "My lab", "title": "Basis run", "date": "2026-06"}, None)


def fill(dialog, source, text):
    dialog.value_edit.setText(text)
    dialog.source_box.setCurrentIndex(dialog.source_box.findData(source.key))
    dialog.confidence_box.setCurrentIndex(dialog.confidence_box.findData("reported"))
    dialog.prefer.setChecked(True)


def choose(dialog, dim, value):
    box = dialog.basis_form.boxes[dim]
    i = box.findData(value)
    assert i >= 0, f"{value!r} is not offered for {dim}"
    box.setCurrentIndex(i)


def shown(dialog):
    """The basis fields the user sees."""
    form = dialog.basis_form
    return {dim for dim, title in form.titles.items() if title.isVisibleTo(dialog)}


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def figure(window, device, metric, uid):
    """The figure as the comparison reads it back from the store."""
    comparison = window.store.compare_many((device, "h100-sxm" if device != "h100-sxm" else "ascend-910c"))
    return next(v for v in comparison.row(metric).cells[0].candidates if v.uid == uid)


def sparse_figures_in(db_path, metric):
    with sqlite3.connect(db_path) as c:
        n = c.execute("SELECT count(*) FROM spec_value v JOIN metric m ON m.id = v.metric_id "
                      "WHERE m.key = ? AND v.basis_sparsity = 'sparse'", (metric,)).fetchone()[0]
    c.close()
    return n


def test_a_dense_compute_row_on_a_chip_starts_at_the_rows_standard_basis(window, qtbot):
    dialog = open_value_dialog(window, qtbot, "ascend-910c", "fp8_dense")
    assert shown(dialog) == {"format", "sparsity", "granularity", "scope", "condition"}  # no direction for compute
    boxes = dialog.basis_form.boxes
    assert [boxes[d].currentData() for d in ("format", "sparsity", "granularity", "scope")] == \
        ["FP8", "dense", "package", "whole"]
    assert boxes["format"].currentText().startswith("FP8") and "standard" in boxes["format"].currentText()
    assert [boxes["format"].itemData(i) for i in range(boxes["format"].count())] == ["FP8", "MXFP8", "HiF8", None]
    assert boxes["sparsity"].itemText(1) == "2:4 sparse" and boxes["sparsity"].itemText(2) == "not stated"
    assert dialog.basis_form.condition_edit.text() == ""
    dialog.value_edit.setText("1.2 PFLOPS")
    assert "Stored as: 1,200 TFLOPS — FP8, dense, per package (one accelerator), all compute units" in dialog.summary.text()
    dialog.value_edit.setText("2000 TOPS")  # integer operations in a floating-point row: refused by the unit
    assert "integer compute" in dialog.message("value") and not ok_enabled(dialog)
    assert dialog.approximate.nextInFocusChain() is boxes["format"]  # Tab goes down the form, basis after the value


def test_the_basis_chosen_is_saved_and_read_back_in_the_comparison(window, qtbot, source):
    dialog = open_value_dialog(window, qtbot, "ascend-910c", "fp8_dense")
    fill(dialog, source, "1.1 PFLOPS")
    choose(dialog, "format", "HiF8")
    choose(dialog, "scope", "cube")
    dialog.basis_form.condition_edit.setText("<1000 W")
    assert "Stored as: 1,100 TFLOPS — HiF8, dense, per package (one accelerator), Cube or tensor units only, " \
        "&lt;1000 W" in dialog.summary.text()
    dialog.basis_form.condition_edit.setText("1000 W")
    assert ok_enabled(dialog)
    assert dialog.fields()["basis"] == {"format": "HiF8", "sparsity": "dense", "granularity": "package",
                                        "direction": None, "scope": "cube", "condition": "1000 W"}
    uid = window.catalog.save_value(dialog.fields(), None)
    assert figure(window, "ascend-910c", "fp8_dense", uid).basis == \
        Basis("HiF8", "dense", "package", None, "cube", "1000 W")


def test_a_2_4_sparse_figure_is_never_saved_in_a_dense_row(window, qtbot, source, db_path, monkeypatch):
    refused = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: refused.append(a[2]))
    before = sparse_figures_in(db_path, "fp8_dense")
    dialog = open_value_dialog(window, qtbot, "ascend-910c", "fp8_dense")
    fill(dialog, source, "2.4 PFLOPS")
    choose(dialog, "sparsity", "sparse")
    assert dialog.message("sparsity") == ("A 2:4 sparse figure belongs in the row “Sparse FP8 (2:4, vendor headline)”: "
                                          "“Dense FP8” holds dense figures only.")
    assert not ok_enabled(dialog)
    dialog.accept()  # OK pressed anyway (Enter): the dialog stays open
    assert dialog.isVisible()
    assert window.catalog.save_value(dialog.fields(), None) is None and refused  # the store refuses it too
    assert sparse_figures_in(db_path, "fp8_dense") == before
    # the way out: move the figure to the sparse row, what was typed and chosen is kept
    button = dialog.basis_form.twin_button
    assert button.isVisibleTo(dialog) and "Sparse FP8" in button.text()
    button.click()
    assert dialog.metric_box.currentData() == "fp8_sparse" and dialog.value_edit.text() == "2.4 PFLOPS"
    assert dialog.basis_form.boxes["sparsity"].currentData() == "sparse" and dialog.message("sparsity") == ""
    assert not button.isVisibleTo(dialog) and ok_enabled(dialog)
    uid = window.catalog.save_value(dialog.fields(), None)
    assert figure(window, "ascend-910c", "fp8_sparse", uid).basis.sparsity == "sparse"
    assert sparse_figures_in(db_path, "fp8_dense") == before


def test_a_dense_figure_in_a_sparse_row_points_to_the_dense_row(window, qtbot):
    dialog = open_value_dialog(window, qtbot, "ascend-910c", "bf16_sparse")
    assert dialog.basis_form.boxes["sparsity"].currentData() == "sparse"
    choose(dialog, "sparsity", "dense")
    assert "belongs in the row “Dense BF16" in dialog.message("sparsity") and not ok_enabled(dialog)


def test_a_link_row_asks_for_the_direction_and_not_the_sparsity(window, qtbot, source):
    dialog = open_value_dialog(window, qtbot, "h100-sxm", "scaleup_bw")
    assert shown(dialog) == {"granularity", "direction", "condition"}
    assert not dialog.basis_form.boxes["sparsity"].isVisibleTo(dialog)
    assert dialog.basis_form.boxes["direction"].currentData() == "both-ways"
    fill(dialog, source, "450 GB/s")
    choose(dialog, "direction", "one-way")
    assert set(dialog.fields()["basis"].items()) >= {("direction", "one-way"), ("sparsity", None), ("format", None)}
    uid = window.catalog.save_value(dialog.fields(), None)
    assert figure(window, "h100-sxm", "scaleup_bw", uid).basis == Basis(None, None, "package", "one-way")
    dialog.value_edit.setText("1.2 PFLOPS")  # a compute unit in a link row: refused by its unit, as before
    assert "measures" in dialog.message("value") and not ok_enabled(dialog)


def test_changing_the_metric_or_device_updates_the_defaults_and_the_fields(window, qtbot):
    dialog = open_value_dialog(window, qtbot)  # Data ▸ Add a figure with nothing selected: both boxes free
    dialog.device_box.setCurrentIndex(dialog.device_box.findData("ascend-910c"))
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("fp8_dense"))
    choose(dialog, "format", "MXFP8")
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("fp8_sparse"))
    boxes = dialog.basis_form.boxes
    assert boxes["format"].currentData() == "MXFP8" and boxes["sparsity"].currentData() == "sparse"
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("fp4_dense"))  # MXFP8 is not an FP4 format
    assert boxes["format"].currentData() == "FP4" and boxes["sparsity"].currentData() == "dense"
    assert dialog.fields()["basis"]["format"] == "FP4"
    dialog.device_box.setCurrentIndex(dialog.device_box.findData("gb200-nvl72"))  # a system: its own granularity
    assert boxes["granularity"].currentData() == "system"
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("scaleup_bw"))  # per accelerator
    assert shown(dialog) == {"granularity", "direction", "condition"}
    assert boxes["granularity"].currentData() == "package"
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("memory_type"))  # text: no basis at all
    assert shown(dialog) == set() and "basis" not in dialog.fields()


def test_editing_a_figure_keeps_its_basis(window, qtbot, source):
    fields = {"device": "ascend-910c", "metric": "fp8_dense", "value": "700 TFLOPS", "source": source.key,
              "confidence": "official", "prefer": True,
              "basis": {"format": "HiF8", "sparsity": "dense", "granularity": "die", "scope": "cube",
                        "condition": "Server tier"}}
    uid = window.catalog.save_value(fields, None)
    value = figure(window, "ascend-910c", "fp8_dense", uid)
    dialog = open_value_dialog(window, qtbot, value=value)
    boxes = dialog.basis_form.boxes
    assert [boxes[d].currentData() for d in ("format", "sparsity", "granularity", "scope")] == \
        ["HiF8", "dense", "die", "cube"]
    assert dialog.basis_form.condition_edit.text() == "Server tier"
    dialog.value_edit.setText("720 TFLOPS")
    assert ok_enabled(dialog)
    assert window.catalog.save_value(dialog.fields(), uid) == uid
    assert figure(window, "ascend-910c", "fp8_dense", uid).basis == \
        Basis("HiF8", "dense", "die", None, "cube", "Server tier")
    # a bundled figure whose sources leave fields unstated: the correction keeps them "not stated"
    bundled = next(v for v in window.store.compare_many(("ascend-910c", "h100-sxm")).row("bf16_dense")
                   .cells[0].candidates if v.origin == "seed" and v.value_num is not None and v.basis.scope is None)
    correction = open_value_dialog(window, qtbot, value=bundled)
    assert correction.basis_form.boxes["scope"].currentText() == "not stated"
    assert correction.fields()["basis"] == bundled.basis.as_dict()


def test_a_stored_basis_the_row_cannot_hold_is_refused_naming_the_field(window, qtbot):
    bundled = next(v for v in window.store.compare_many(("h100-sxm", "ascend-910c")).row("fp8_dense")
                   .cells[0].candidates if v.origin == "seed" and v.value_num is not None)
    odd = dataclasses.replace(bundled, basis=bundled.basis.but(format="FP4", sparsity="sparse"))
    dialog = open_value_dialog(window, qtbot, value=odd)
    assert dialog.basis_form.boxes["format"].currentData() == "FP4"  # shown as it is, not silently changed
    assert dialog.message("format").startswith("FP4 is not a format of the row “Dense FP8”")
    assert "belongs in the row “Sparse FP8" in dialog.message("sparsity")
    assert not dialog.basis_form.twin_button.isVisibleTo(dialog)  # an edited figure cannot change rows
    assert not ok_enabled(dialog)


@pytest.mark.parametrize(("device", "metric"), [("ascend-910c", "fp8_dense"), ("h100-sxm", "scaleup_bw")])
def test_the_basis_rows_fit_at_the_dialogs_first_size(window, qtbot, tmp_path, device, metric):
    dialog = open_value_dialog(window, qtbot, device, metric)
    choose(dialog, "sparsity" if metric == "fp8_dense" else "direction",
           "sparse" if metric == "fp8_dense" else "one-way")  # the longest texts: a message and the move button
    assert not dialog.grab().isNull() and dialog.grab().save(str(tmp_path / f"{metric}.png"))
    form = dialog.basis_form
    for dim in shown(dialog):
        title = form.titles[dim]
        assert title.width() >= title.sizeHint().width(), f"the label {title.text()!r} is cut"
        widget = form.boxes.get(dim, form.condition_edit)
        text = widget.currentText() if dim in form.boxes else widget.placeholderText()
        assert widget.fontMetrics().horizontalAdvance(text) < widget.width(), f"{text!r} is cut"
    button = form.twin_button
    if button.isVisibleTo(dialog):
        assert button.width() >= button.sizeHint().width()
