"""The brief and the pictures as a reader gets them (issue 19): key findings generated from the figures, title and
date on top, one "data as of" date, any comparison of 2 to 4 devices, text that is text, pages that print on A4 and
Letter, a print theme that survives greyscale, and no ambiguous date. Expected values come from the same store
through db.api, never copied from the seed."""
from __future__ import annotations

import math
import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QColor, QImage, qGray

from db.api import Library
from db.api.compare import format_ratio
from desktop.export.options import ExportOptions
from tests.desktop.test_export import export, needs_pdftotext, pdf_text

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None,
                                    reason="missing: pdftoppm (apt-get install poppler-utils)")
FOUR = ("910c", "h100", "h20", "b200")
ISO_DAY = r"\d{4}-\d{2}-\d{2}"


def flat(text: str) -> str:
    """pdftotext's text as one line, ligatures ('ﬁ') as letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def report(data_dir, tmp_path, *args, name="brief.pdf"):
    target = tmp_path / name
    assert export(data_dir, "report", *args, "-o", str(target)) == 0
    return target


def largest_pair_ratio(comparison):
    """The key metric (not the power) whose two figures differ most, ratio needing no care, from the DTOs."""
    rows = [r for r in comparison.rows if r.metric.key_metric and r.metric.key != "power" and r.ratio
            and not r.cells[0].ratio_warnings]
    return max(rows, key=lambda r: abs(math.log(r.ratio)))


def dated_sources(comparison) -> list[str]:
    """The dates of the dated sources of the figures a comparison shows (a worked-out figure by its inputs)."""
    out = []

    def walk(v):
        if v.source is not None and not (v.derived and v.inputs) and not v.source.date_text.startswith("n.d."):
            out.append(v.source.date_sort)
        for i in v.inputs:
            walk(i)
    for row in comparison.rows:
        for cell in row.cells:
            if cell.value is not None and not cell.value.is_gap:
                walk(cell.value)
    return [d for d in out if d]


# ---------------------------------------------------------------- any comparison, four devices too

@needs_pdftotext
def test_a_four_device_brief_from_names_and_aliases(qapp, data_dir, db_path, tmp_path):
    target = report(data_dir, tmp_path, *FOUR)
    text = flat(pdf_text(target))
    lib = Library(db_path)
    comparison = lib.compare.many(list(FOUR))
    for d in comparison.devices:  # the text is text: every device's name can be found and copied
        assert d.name in text
    for i in range(len(FOUR)):  # each compared device scaled to the baseline, by the window's calculator code
        if i != comparison.baseline:
            assert flat(lib.compare.scale_to_match(comparison, "bf16_dense", i).text) in text
    assert "Key findings" in text and "Specifications" in text and "Sources" in text


def test_report_takes_devices_or_a_pairing_not_both(qapp, data_dir, tmp_path, capsys):
    assert export(data_dir, "report", "910c", "-o", str(tmp_path / "x.pdf")) == 2
    assert "give 2 to 4 devices" in capsys.readouterr().err
    assert export(data_dir, "report", "910c", "h100", "--pairing", "910c-vs-h100", "-o", str(tmp_path / "x.pdf")) == 2
    assert "not both" in capsys.readouterr().err
    assert export(data_dir, "report", "--pairing", "910c-vs-h100", "--baseline", "910c", "-o",
                  str(tmp_path / "x.pdf")) == 2
    assert "--baseline goes with devices" in capsys.readouterr().err
    assert export(data_dir, "report", "910c", "nosuchchip", "-o", str(tmp_path / "x.pdf")) == 2
    assert "nosuchchip" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


# ---------------------------------------------------------------- key findings

@needs_pdftotext
def test_the_findings_name_the_largest_ratio_power_scale_and_disagreements(qapp, data_dir, db_path, tmp_path):
    lib = Library(db_path)
    comparison = lib.compare.pair("910c", "h100")
    text = flat(pdf_text(report(data_dir, tmp_path, "910c", "h100")))
    box = text.split("Key findings", 1)[1].split("Specifications", 1)[0]
    row = largest_pair_ratio(comparison)
    high, low = ("A", "B") if row.ratio >= 1 else ("B", "A")
    shown = format_ratio(row.ratio if row.ratio >= 1 else 1 / row.ratio, lib.style)
    assert f"{row.metric.label}: {shown} ({high} over {low})" in box
    assert flat(lib.compare.scale_to_match(comparison, "bf16_dense").text) in box
    power = comparison.row("power")
    assert "Power cost: " + power.cells[0].display in box and power.cells[1].display in box
    disagreeing = [c for r in comparison.rows for c in r.cells if c.disagreement and c.value is not None]
    assert disagreeing, "910C vs H100 has figures whose sources disagree (the ≠ of dense BF16)"
    assert f"{len(disagreeing)} figures have sources more than 5% apart (marked ≠)" in box
    assert all(flat(c.disagreement) in box for c in disagreeing)
    assert "rest on weak citations" in box or "rests on a weak citation" in box


@needs_pdftotext
def test_findings_from_a_file_replace_the_generated_ones(qapp, data_dir, tmp_path):
    mine = tmp_path / "findings.txt"
    mine.write_text("• The 910C trades compute for memory capacity.\n\n- Supply, not specs, limits volumes.\n",
                    encoding="utf-8")
    text = flat(pdf_text(report(data_dir, tmp_path, "910c", "h100", "--findings", str(mine))))
    box = text.split("Key findings", 1)[1].split("Specifications", 1)[0]
    assert "• The 910C trades compute for memory capacity. • Supply, not specs, limits volumes." in box
    assert "Power cost" not in box and "over B" not in box


def test_parse_findings_keeps_one_a_line_without_bullets():
    from desktop.present.findings import findings_text, parse_findings
    found = ["Memory capacity: 1.6× (A over B)", "- a dash inside stays"]
    assert parse_findings(findings_text(found) + "\n\n  \n") == found
    assert parse_findings("* starred\n-dash without space") == ["starred", "-dash without space"]


# ---------------------------------------------------------------- title and date on top, one data-as-of date

@pytest.mark.parametrize("view", ["compare", "timeline", "note"])
def test_title_and_date_sit_above_the_picture(qapp, db_path, view):
    from desktop.export import views as v
    from desktop.export import writers
    lib = Library(db_path)
    options = ExportOptions(theme="print")
    if view == "compare":
        doc = v.comparison_document(lib.compare.pair("910c", "h100"), options)
    elif view == "timeline":
        events = lib.events.list()
        doc = v.timeline_document(events, *v.timeline_range(events, None, None), options)
    else:
        from db import api
        uid = api.create_note(db_path, "Rack power", "Draws about 559 kW.")[0]
        doc = v.note_document(api.get_note(db_path, uid), options)
    assert doc.caption.title and doc.caption.date
    image = writers.render_image(doc, options)
    assert doc.title_band.bottom <= doc.body_band.top < doc.foot_band.top  # title, picture, then the rest
    assert doc.title_band.top == doc.padding  # the first thing drawn

    def inked(y0: float, y1: float) -> bool:  # some text-dark pixel in these rows
        return any(qGray(image.pixel(x, y)) < 100 for y in range(int(y0), int(y1)) for x in range(0, image.width(), 2))
    assert inked(doc.title_band.top, doc.title_band.bottom)  # the title is painted there, in the top rows
    assert not inked(0, doc.title_band.top - 1)


@needs_pdftotext
def test_data_as_of_is_one_date_on_the_brief_and_the_picture(qapp, data_dir, db_path, tmp_path):
    picture = tmp_path / "c.pdf"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(picture)) == 0
    brief = flat(pdf_text(report(data_dir, tmp_path, "910c", "h100")))
    on_picture = re.findall(r"Data as of (\S+)", flat(pdf_text(picture)))
    on_brief = set(re.findall(r"Data as of (\S+)", brief))
    dates = dated_sources(Library(db_path).compare.pair("910c", "h100"))
    newest = max(dates, key=lambda d: (d + "-01-01"[len(d) - 4:], len(d)))
    assert on_picture == [newest] and on_brief == {newest}
    assert re.fullmatch(ISO_DAY, newest), "the newest dated source of 910C vs H100 gives a full date"


def test_an_undated_page_does_not_make_the_data_newer():
    from desktop.export.sources import data_as_of, dated
    assert dated("2026", "n.d. (2026)") is None  # the year the page was read, not a date of its data
    assert dated("2025-12-16", "rows last modified up to 2025-12-16 (commit 2025-12-24)") == "2025-12-16"
    assert data_as_of(["2025-04", "2025-04-16", None, "2024"]) == "2025-04-16"
    assert data_as_of(["2026", "2025-12-16"]) == "2026"  # a source dated only 2026 is still newer
    assert data_as_of(["2026", "2026-06-21"]) == "2026-06-21"  # the full date when one is known
    assert data_as_of([None]) is None


# ---------------------------------------------------------------- print checks

def _pages(pdf) -> list[QImage]:
    out = pdf.parent / (pdf.stem + "-page")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(out)], check=True)
    return [QImage(str(p)) for p in sorted(pdf.parent.glob(pdf.stem + "-page*.png"))]


@needs_pdftoppm
@needs_pdftotext
@pytest.mark.parametrize("paper, size", [("a4", "595 x 842"), ("letter", "612 x 792")])
@pytest.mark.parametrize("devices", [FOUR[:2], FOUR])
def test_every_page_prints_inside_the_printable_area(qapp, data_dir, tmp_path, paper, size, devices):
    pdf = report(data_dir, tmp_path, *devices, "--paper", paper, name=f"b-{paper}-{len(devices)}.pdf")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+(\d+ x \d+)", info)
    portrait = size
    landscape = " x ".join(reversed(size.split(" x ")))
    assert sizes and set(sizes) <= {portrait, landscape} and sizes[0] == portrait
    edge = 40 / 4  # a quarter inch at 40 dpi: the widest margin common printers cannot print
    pages = _pages(pdf)
    assert len(pages) == len(sizes)
    for n, page in enumerate(pages, 1):
        w, h = page.width(), page.height()
        border = [(x, y) for y in range(h) for x in range(w)
                  if x < edge or y < edge or x >= w - edge or y >= h - edge][::3]
        assert all(QColor(page.pixel(x, y)).lightness() > 250 for x, y in border), f"page {n} paints into its margin"
        assert any(QColor(page.pixel(x, y)).lightness() < 128 for y in range(int(edge), int(edge) * 5)
                   for x in range(w)), f"page {n} has no title and date on top"
    text = pdf_text(pdf)
    assert text.count("Prepared ") >= len(pages) - 1  # title and date on top of every page (form feeds split)


def test_print_colours_and_markers_survive_greyscale():
    from desktop.export.theme import PRINT
    from desktop.present.comparison import LETTERS, MARKERS
    greys = [qGray(c.rgb()) for c in PRINT.series]
    assert min(abs(a - b) for i, a in enumerate(greys) for b in greys[i + 1:]) >= 25, greys
    assert len(set(MARKERS)) == len(MARKERS) == len(LETTERS) == len(PRINT.series)  # shape and letter per device
    assert len(set(PRINT.patterns)) == len(PRINT.patterns)  # bars differ by hatching
    assert len({c.name() for c in PRINT.confidence.values()}) == 1  # confidence marks are told by their letter, not their hue


@needs_pdftotext
def test_no_export_holds_an_ambiguous_date(qapp, data_dir, db_path, tmp_path):
    from db import api
    api.create_note(db_path, "Rack power", "Draws about 559 kW.", links=["device:910c"])
    texts = [flat(pdf_text(report(data_dir, tmp_path, "910c", "h100")))]
    for view in ("compare", "timeline"):
        target = tmp_path / f"{view}.pdf"
        args = ["910c", "h100"] if view == "compare" else []
        assert export(data_dir, "export", view, *args, "-o", str(target)) == 0
        texts.append(flat(pdf_text(target)))
    assert re.search(rf"Prepared {ISO_DAY}", texts[0])
    assert re.search(rf"last edited {ISO_DAY} \d{{2}}:\d{{2}} \(UTC\)", texts[0])
    for text in texts:
        assert not re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", text)  # 4/12/2026, 04.12.26
        assert not re.search(r"\b\d{1,2} \d{1,2} \d{4}\b", text)  # 4 12 2026
        assert re.search(rf"Data as of ({ISO_DAY}|\d{{4}}-\d{{2}}|\d{{4}})\b", text)


# ---------------------------------------------------------------- File ▸ Export brief…

@needs_pdftotext
def test_the_window_exports_the_brief_of_an_unsaved_comparison_with_edited_findings(make_window, db_path, tmp_path,
                                                                                     qtbot, monkeypatch):
    from desktop.dialogs.brief_dialog import BriefDialog
    window = make_window(db_path, ("910c", "h100"))
    assert window.set_devices(list(FOUR[:3]), baseline=1)
    assert not any(p.devices == FOUR[:3] for p in window.pairings)  # not a saved group
    target = tmp_path / "from-window.pdf"
    seen = {}

    def run(dialog):  # the analyst reads the generated findings, rewrites one, picks Letter and a file
        seen["generated"] = dialog.findings()
        lines = dialog.findings_edit.toPlainText().splitlines()
        dialog.findings_edit.setPlainText("\n".join(["• Edited: supply limits volumes more than specs.", *lines[1:]]))
        dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
        dialog.file_edit.setText(str(tmp_path / "from-window"))
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(BriefDialog, "exec", run)
    with qtbot.waitSignal(window.exports.exported, timeout=60_000) as blocker:
        window.exports.brief_action.trigger()
    assert blocker.args[0] == str(target)
    comparison = window.comparison
    lib = Library(db_path)
    scale = [lib.compare.scale_to_match(comparison, "bf16_dense", i).text for i in (0, 2)]
    assert all(s in " ".join(seen["generated"]) for s in scale)  # generated by the calculator's code
    text = flat(pdf_text(target))
    assert "Edited: supply limits volumes more than specs." in text
    assert flat(seen["generated"][0]) not in text.split("Specifications")[0]
    assert all(d.name in text for d in comparison.devices)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792" in info


def test_the_largest_ratios_name_each_difference_once(qapp, db_path):
    """Dense FP8 of an H20 is cut as its dense BF16 is: the findings say that difference once, and each compared
    device's largest difference comes before a second one of another device."""
    from desktop.present.findings import largest_ratios
    lib = Library(db_path)
    for devices in (FOUR[:3], FOUR):
        comparison = lib.compare.many(list(devices))
        chosen = largest_ratios(comparison)
        said = [(i, round(abs(math.log(row.cells[i].ratio)), 2)) for row, i in chosen]
        assert len(said) == len(set(said)) == 3
        others = {i for i in range(len(devices)) if i != comparison.baseline}
        assert {i for _, i in chosen} == others if len(others) == 3 else others <= {i for _, i in chosen}


@needs_pdftotext
def test_a_brief_prints_the_newest_linked_notes_and_says_how_many_it_leaves_out(qapp, data_dir, db_path, tmp_path):
    from db import api
    from desktop.export.brief import BRIEF_NOTES
    extra = 4
    for n in range(BRIEF_NOTES + extra):
        api.create_note(db_path, f"Linked note number {n:03d}", "words", links=["device:h20"])
    text = flat(pdf_text(report(data_dir, tmp_path, "910c", "h20")))
    printed = set(re.findall(r"Linked note number (\d{3})", text))
    newest = {f"{n:03d}" for n in range(extra, BRIEF_NOTES + extra)}
    assert printed == newest, "the most recently updated ones"
    assert (f"The {BRIEF_NOTES} most recently updated of the {BRIEF_NOTES + extra} notes linked to this pairing or "
            "its devices") in text
