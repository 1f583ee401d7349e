"""Status at a glance, as a user meets it: a shape and a word with the date it was last sourced in the picker,
the table header, the command line and every export; a roadmap or announced device's figures drawn outlined
in the window's chart and the exported one alike; "not supported" apart from "not published"; the brief's
caution. Devices are found by their status in the store, not by names copied from the seed."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from db.api import Library
from db.api.catalog import STATUSES
from desktop.app import main
from desktop.charts.ratio_chart import RatioChart
from desktop.dialogs.device_dialog import DeviceDialog
from desktop.export.compare_chart import ChartPicture
from desktop.export.theme import PRINT
from desktop.models.comparison_model import ComparisonModel
from desktop.models.device_tree_model import DeviceTreeModel
from desktop.present import comparison as pc
from desktop.present import status as ps
from desktop.present.findings import key_findings
from desktop.views.device_picker import DevicePicker
from tests.desktop.test_export import export, needs_pdftotext, pdf_text, svg_texts

ROADMAP_PAIR = ("atlas-950-superpod", "vera-rubin-nvl72")  # the preset atlas950-vs-vr-nvl72
SHIPPING_PAIR = ("gb300-nvl72", "cloudmatrix-384")  # the preset gb300-nvl72-vs-cm384


def devices(db_path):
    return {d.slug: d for d in Library(db_path).catalog.devices()}


def not_supported_cell(db_path):
    """(device slug, metric key) of a figure that says the device lacks the feature, found in the store."""
    lib = Library(db_path)
    for d in lib.catalog.devices():
        if d.kind != "chip":
            continue
        c = lib.compare.pair(d.slug, "h100-sxm")
        for r in c.rows:
            if pc.is_not_supported(r.cells[0].value):
                return d.slug, r.metric.key
    raise AssertionError("the seed has no 'not supported' figure")


def test_every_status_has_a_word_and_a_shape():
    badges = [ps.badge(s) for s in STATUSES]
    assert all(len(b.split(" ", 1)) == 2 and b.split(" ", 1)[1] for b in badges)  # never a shape (or colour) alone
    assert len({b.split(" ")[0] for b in badges}) == len(STATUSES)  # each its own shape


def test_the_picker_shows_each_devices_status_and_date(qapp, db_path):
    devs = devices(db_path)
    model = DeviceTreeModel()
    model.set_devices(list(devs.values()))
    seen = {}
    for g in range(model.rowCount()):
        group = model.item(g, 0)
        for r in range(group.rowCount()):
            slug = group.child(r, 0).data(Qt.ItemDataRole.UserRole)
            seen[slug] = (group.child(r, 3).text(), group.child(r, 0).toolTip())
    assert set(seen) == set(devs)
    for slug, (text, tip) in seen.items():
        d = devs[slug]
        assert text == ps.short_line(d)
        assert (f"as of {d.status_as_of}" if d.status_as_of else "date not stated") in tip
    picker = DevicePicker("Device A")
    picker.set_devices(list(devs.values()))
    picker.set_current(ROADMAP_PAIR[0])
    assert "○ roadmap" in picker.button.text()
    assert devs[ROADMAP_PAIR[0]].status_as_of in picker.button.toolTip()


def test_the_device_dialog_offers_every_status_in_words(qapp, db_path):
    lib = Library(db_path)
    dialog = DeviceDialog(lib.catalog.devices(), lib.catalog.organisations(), lib.catalog.sources())
    box = dialog.status_box
    assert [box.itemData(i) for i in range(box.count())] == list(STATUSES)
    assert box.itemText(list(STATUSES).index("cancelled")) == "✕ cancelled"


def test_the_table_header_reads_the_status_and_its_date(qapp, db_path):
    devs = devices(db_path)
    model = ComparisonModel()
    model.set_comparison(Library(db_path).compare.pair(*ROADMAP_PAIR))
    for side, slug in enumerate(ROADMAP_PAIR):
        d = devs[slug]
        header = model.headerData(side + 1, Qt.Orientation.Horizontal).splitlines()
        assert header[1] == f"{ps.badge(d.status)} · {d.status_as_of}"
        assert f"as of {d.status_as_of}" in model.headerData(side + 1, Qt.Orientation.Horizontal,
                                                                Qt.ItemDataRole.ToolTipRole)


def test_not_supported_reads_apart_from_not_published(qapp, db_path, capsys, data_dir, tmp_path):
    slug, key = not_supported_cell(db_path)
    model = ComparisonModel()
    model.set_comparison(Library(db_path).compare.pair(slug, "h100-sxm"))
    row = model.row_of(key)
    cell = model.index(row, 1)
    assert cell.data() == "not supported"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    grey = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == grey
    gap_row = next(i for i in range(model.rowCount()) if model.index(i, 1).data() == "not published")
    gap = model.index(gap_row, 1)
    assert gap.data(Qt.ItemDataRole.FontRole) is None or not gap.data(Qt.ItemDataRole.FontRole).italic()
    # the command line and the export say the same words
    assert main(["--data-dir", str(data_dir), "compare", slug, "h100-sxm", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    value = next(m for m in doc["metrics"] if m["key"] == key)["values"][0]
    assert value["display"] == "not supported" and value["not_supported"] is True
    target = tmp_path / "c.svg"
    assert export(data_dir, "export", "compare", slug, "h100-sxm", "-o", str(target)) == 0
    text = svg_texts(target)
    assert "not supported" in text and "the device lacks the feature" in text


def test_cli_and_exports_carry_the_status_and_its_date(qapp, db_path, capsys, data_dir, tmp_path):
    devs = devices(db_path)
    assert main(["--data-dir", str(data_dir), "compare", *ROADMAP_PAIR, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(d["status"], d["status_as_of"]) for d in doc["devices"]] == [
        (devs[s].status, devs[s].status_as_of) for s in ROADMAP_PAIR]
    assert main(["--data-dir", str(data_dir), "compare", *ROADMAP_PAIR]) == 0
    status_row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Status"))
    for s in ROADMAP_PAIR:
        assert f"{ps.badge(devs[s].status)}, as of {devs[s].status_as_of}" in status_row
    target = tmp_path / "c.svg"
    assert export(data_dir, "export", "compare", *ROADMAP_PAIR, "-o", str(target)) == 0
    text = svg_texts(target)
    for s in ROADMAP_PAIR:
        d = devs[s]
        assert f"{ps.badge(d.status)} · as of {d.status_as_of}" in text  # under the name in the table header
        assert f"{d.name}, {ps.badge(d.status)} (as of {d.status_as_of})" in text  # the caption
    assert ps.target_legend(Library(db_path).compare.pair(*ROADMAP_PAIR)) in text  # the chart's legend line


@pytest.mark.parametrize("slugs", [ROADMAP_PAIR, SHIPPING_PAIR, ("ascend-910c", "h100-sxm", "atlas-950-superpod")])
def test_the_window_and_the_export_draw_targets_alike(qapp, db_path, slugs):
    comparison = Library(db_path).compare.many(slugs)
    chart = RatioChart()
    chart.resize(600, 420)
    chart.set_comparison(comparison)
    picture = ChartPicture(comparison, PRINT)
    targets = [ps.is_target(d) for d in comparison.devices]
    if len(slugs) == 2:
        exported = [b.outlined for row in picture.rows for b in row.bars]
        assert exported and chart.outlined == exported == [any(targets)] * len(exported)
    else:  # one marker per device and row: outlined exactly for the target's markers, in both
        dots = [targets[dot.device] for row in pc.dot_plot(comparison).rows for dot in row.dots]
        assert chart.outlined == dots and any(dots) and not all(dots)
    legend = ps.target_legend(comparison, QApplication.translate)
    assert bool(legend) == any(targets)
    short = ps.target_legend(comparison, QApplication.translate, names=False)
    assert (short[1:] in chart.caption.text()) if legend else "outlined" not in chart.caption.text().casefold()
    assert [t for k, t in picture.legend() if k == "target"] == ([legend] if legend else [])
    if any(targets):
        shapes = chart.plot.lay_out().shapes
        assert [s.outlined for s in shapes] == chart.outlined and any(s.outlined for s in shapes)  # drawn outlined


def test_the_brief_cautions_on_roadmap_and_announced_devices(qapp, db_path):
    comparison = Library(db_path).compare.pair(*ROADMAP_PAIR)
    findings = key_findings(comparison, Library(db_path).compare.scale_to_match)
    atlas = devices(db_path)[ROADMAP_PAIR[0]]
    assert findings[0] == (f"{atlas.name} is a roadmap system (as of {atlas.status_as_of}): its figures are "
                           "announced targets, not measured parts.")
    assert "announced" in findings[1] and "not yet shipping" in findings[1]
    shipping = Library(db_path).compare.pair(*SHIPPING_PAIR)
    assert not any("targets" in f for f in key_findings(shipping, Library(db_path).compare.scale_to_match))


@needs_pdftotext
def test_the_brief_pdf_reads_the_caution_and_statuses(qapp, data_dir, db_path, tmp_path):
    target = tmp_path / "brief.pdf"
    assert export(data_dir, "report", "--pairing", "atlas950-vs-vr-nvl72", "-o", str(target)) == 0
    text = " ".join(pdf_text(target).split())
    atlas = devices(db_path)[ROADMAP_PAIR[0]]
    assert f"{atlas.name} is a roadmap system (as of {atlas.status_as_of})" in text
    assert f"○ roadmap · as of {atlas.status_as_of}" in text

