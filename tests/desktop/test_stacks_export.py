"""The stacks matrix as a picture: `chiplens export stacks [--jurisdiction US|CN] -o FILE.png|svg|pdf`, every stack
and route from the bundled data, a legend of route kinds, title and date on top, sources under it."""
import json

from PySide6.QtGui import QImage

import resources
from db.api import Library
from desktop.export.options import ExportOptions
from desktop.export.stacks_picture import stacks_document
from desktop.present import stacks_matrix as sm
from desktop.present.beyond import ROUTE_KIND_LABELS, route_label
from tests.desktop.test_export import export, needs_pdftotext, pdf_text


def seed_stacks() -> list[dict]:
    return json.loads(resources.seed_bytes("stacks.json"))["stacks"]


def test_the_picture_has_every_stack_a_legend_and_its_caption(qapp, db_path):
    doc = stacks_document(Library(db_path), ExportOptions())
    doc.layout(1700)
    assert [s.id for s in doc.body.stacks] == [s["id"] for s in seed_stacks()]
    assert [t for _c, t in doc.body.legend] == [route_label(k) for k in (*ROUTE_KIND_LABELS, None)]
    assert doc.title_band.top < doc.body_band.top < doc.foot_band.top  # title and date above, sources below
    assert doc.caption.date.startswith("Data as of ") and "not found" in doc.caption.text
    cann = doc.body.cells[sm.ROWS.index("pytorch")][[s["id"] for s in seed_stacks()].index("huawei-cann")]
    assert cann.kind == "plugin" and cann.text().startswith("plugin")


def test_export_stacks_writes_a_png_and_one_sides_picture(qapp, data_dir, tmp_path):
    target = tmp_path / "stacks.png"
    assert export(data_dir, "export", "stacks", "-o", str(target)) == 0
    image = QImage(str(target))
    assert image.width() >= 1600 and image.height() > 600
    assert export(data_dir, "export", "stacks", "-o", str(tmp_path / "stacks.gif")) == 2  # not a picture format


@needs_pdftotext
def test_the_pdf_reads_every_stack_and_its_routes(qapp, data_dir, tmp_path):
    target = tmp_path / "stacks.pdf"
    assert export(data_dir, "export", "stacks", "--jurisdiction", "CN", "-o", str(target)) == 0
    text = " ".join(pdf_text(target).replace("\u200b", "").split())
    for s in seed_stacks():
        assert (s["vendor"] in text) == (s["jurisdiction"] == "CN"), s["id"]
    assert "PrivateUse1" in text and "Sources of the cells" in text and "Data as of" in text
