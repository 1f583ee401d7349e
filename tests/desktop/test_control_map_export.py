"""The control map as a picture: `chiplens export controls [--on DATE]`, with its caption, regions by date and
labels that never overlap."""
import itertools

from PySide6.QtGui import QImage

from db.api import Library
from desktop.export.control_map_picture import control_map_document
from desktop.export.options import ExportOptions
from tests.desktop.test_export import export, needs_pdftotext, pdf_text


def test_the_picture_follows_the_date_and_keeps_its_labels_apart(qapp, db_path):
    lib = Library(db_path)
    before = control_map_document(lib, "2022-06-01", ExportOptions())
    after = control_map_document(lib, "2024-06-01", ExportOptions(), ringed=("h20",))
    before.layout(1000)
    after.layout(1000)
    assert before.body.regions == [] and "No threshold rule" in before.caption.text
    assert {g.test_key for g in after.body.regions} == {"3A090.a", "3A090.b"}
    assert "PD ≥ 5.92" in after.caption.text and "threshold unverified" in after.caption.text
    boxes = [p.box for p in after.body.placed] + after.body._region_label_boxes()
    assert all(not a.intersects(b) for a, b in itertools.combinations(boxes, 2))
    assert [p.slug for p in after.body.points if p.ringed] == ["h20"]


def test_export_controls_writes_a_png(qapp, data_dir, tmp_path):
    target = tmp_path / "map.png"
    assert export(data_dir, "export", "controls", "--on", "2024-06-01", "-o", str(target)) == 0
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() > 600
    assert export(data_dir, "export", "controls", "--on", "June 2024", "-o", str(tmp_path / "x.png")) == 2


@needs_pdftotext
def test_the_pdf_reads_its_caption(qapp, data_dir, tmp_path):
    target = tmp_path / "map.pdf"
    assert export(data_dir, "export", "controls", "--on", "2024-06-01", "-o", str(target)) == 0
    text = " ".join(pdf_text(target).split())
    assert "rules in force on 2024-06-01" in text and "3A090.a" in text and "density not published" in text


@needs_pdftotext
def test_the_brief_has_a_control_map_page_with_the_compared_devices_ringed(qapp, data_dir, tmp_path):
    target = tmp_path / "brief.pdf"
    assert export(data_dir, "report", "910c", "h20", "-o", str(target)) == 0
    text = " ".join(pdf_text(target).split())
    assert "Export controls: every chip against the rules in force" in text and "density not published" in text


def test_every_chip_drawn_is_named_by_its_label_or_under_the_plot(qapp, db_path):
    """A picture has no tooltip: a chip whose label found no room is named, with its TPP, under the plot."""
    doc = control_map_document(Library(db_path), "2026-12-01", ExportOptions())
    for width in (1000, 700):
        doc.layout(width)
        named = {label.key for label in doc.body.placed}
        for point in doc.body.points:
            assert point.slug in named or f"{point.name} (TPP " in doc.body.unlabelled, (width, point.name)
        assert bool(doc.body.unlabelled) == (named != {p.slug for p in doc.body.points})
