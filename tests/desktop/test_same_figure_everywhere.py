"""One headline figure per device: the NVL72's HBM reads the same in `compare nvl72 cm384`, `compare nvl72 dgx-h100`
and both picture exports; a figure the analyst picks in the window holds in every comparison and export, and
after the store is opened again."""
from __future__ import annotations

import json

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from db import api
from db.api import Library
from desktop.app import main
from desktop.export.options import ExportOptions
from desktop.export.views import comparison_document
from tests.desktop.test_export import svg_texts

NVL72 = "gb200-nvl72"
HBM = "memory_capacity"
OTHERS = ("cm384", "dgx-h100")


def compare_json(data_dir, capsys, a: str, b: str) -> dict:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "compare", a, b, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def hbm_json(doc: dict) -> dict:
    row = next(m for m in doc["metrics"] if m["key"] == HBM)
    return row["values"][[d["slug"] for d in doc["devices"]].index(NVL72)]


def exported(data_dir, tmp_path, other: str) -> tuple[str, QImage, str]:
    """(SVG text, PNG image, the NVL72's HBM cell as the picture's table draws it) of `export compare nvl72 OTHER`."""
    svg, png = tmp_path / f"nvl72-{other}.svg", tmp_path / f"nvl72-{other}.png"
    for target in (svg, png):
        assert main(["--data-dir", str(data_dir), "export", "compare", "nvl72", other, "-o", str(target)]) == 0
    comparison = Library(data_dir / api.DB_FILENAME).compare.pair("nvl72", other)
    table = comparison_document(comparison, ExportOptions(caption=True)).body.table
    row = next(r for r in table.rows if r.metric.key == HBM)
    return svg_texts(svg), QImage(str(png)), row.cells[0].display


def figures_everywhere(data_dir, capsys, tmp_path) -> set[tuple]:
    """The NVL72's HBM figure as each comparison and export gives it: (number, display, source) per place."""
    seen = set()
    for other in OTHERS:
        v = hbm_json(compare_json(data_dir, capsys, "nvl72", other))
        seen.add((v["value"], v["display"], v["source"]["key"], v["origin"], v["carrier_quality"]))
        text, image, drawn = exported(data_dir, tmp_path, other)
        assert not image.isNull() and drawn == v["display"]
        assert v["display"] in text, f"the {other} picture does not show the NVL72's HBM {v['display']}"
    return seen


def test_the_nvl72_hbm_is_one_figure_in_every_comparison_and_export(qapp, data_dir, capsys, tmp_path):
    seen = figures_everywhere(data_dir, capsys, tmp_path)
    assert len(seen) == 1, seen


def test_a_picked_figure_holds_everywhere_and_after_reopening(make_window, data_dir, db_path, capsys, tmp_path):
    window = make_window(db_path, ("cm384", "nvl72"))
    (before,) = figures_everywhere(data_dir, capsys, tmp_path)
    cell = window.comparison.row(HBM).cells[1]
    other = next((v for v in cell.candidates if v.value_num is not None and v.value_num != before[0]), None)
    assert other is not None, "the NVL72's HBM has more than one figure in the reference (13.4 and 13.8 TB)"
    window.panel.select_metric(HBM, 1)
    window.provenance.browser.anchorClicked.emit(QUrl(f"choose:{other.uid}"))  # the analyst picks it
    assert window.comparison.row(HBM).cells[1].value.uid == other.uid
    window.close()
    (after,) = figures_everywhere(data_dir, capsys, tmp_path)  # each command opens the store anew
    assert after[0] == other.value_num and after[2] == other.source.key
    reopened = make_window(db_path, ("nvl72", "dgx-h100"))  # a window opened later, on another comparison
    shown = reopened.comparison.row(HBM).cells[0]
    assert shown.value.uid == other.uid and shown.user_choice
