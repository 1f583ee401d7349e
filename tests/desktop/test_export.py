"""Exports, opened as a user would open them: PNG pixels, SVG text, PDF text; clean errors, no partial files."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.app import main
from tests.desktop.conftest import add_device

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="missing: pdftotext (apt-get install poppler-utils)")


def export(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def colours(image: QImage, n: int = 64) -> int:
    small = image.scaled(n, n)
    return len({small.pixel(x, y) for x in range(n) for y in range(n)})


def svg_texts(path: Path) -> str:
    root = ET.parse(path).getroot()  # raises if the SVG is not well-formed XML
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def pdf_text(path: Path) -> str:
    return subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# ---------------------------------------------------------------- PNG

@pytest.mark.parametrize("scale", [1, 2, 3, 1.5])
def test_png_is_width_times_scale_and_not_blank(qapp, data_dir, tmp_path, scale):
    one, scaled = tmp_path / "one.png", tmp_path / "scaled.png"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(one), "--width", "900") == 0
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(scaled), "--width", "900",
                  "--scale", str(scale)) == 0
    a, b = QImage(str(one)), QImage(str(scaled))
    assert not a.isNull() and not b.isNull()
    assert a.width() == 900
    assert b.width() == round(900 * scale)
    assert abs(b.height() - a.height() * scale) <= 1
    assert colours(b) > 8, "the export looks blank"


def test_png_prints_at_its_logical_size(qapp, data_dir, tmp_path):
    target = tmp_path / "c.png"
    assert export(data_dir, "export", "compare", "cm384", "nvl72", "-o", str(target), "--scale", "2") == 0
    image = QImage(str(target))
    assert round(image.dotsPerMeterX() * 0.0254) == 192  # 2 x 96 dpi: pasted into a document at 1x size


def test_same_export_twice_gives_identical_pixels(qapp, data_dir, tmp_path):
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    for target in (first, second):
        assert export(data_dir, "export", "compare", "cm384", "nvl72", "-o", str(target), "--scale", "2",
                      "--theme", "print") == 0
    assert QImage(str(first)) == QImage(str(second))
    assert first.read_bytes() == second.read_bytes()


def test_print_theme_is_white_and_differs_from_screen(qapp, data_dir, tmp_path):
    paper, screen = tmp_path / "p.png", tmp_path / "s.png"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(paper), "--theme", "print") == 0
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(screen)) == 0
    p, s = QImage(str(paper)), QImage(str(screen))
    assert QColor(p.pixel(2, 2)) == QColor("white")
    assert QColor(s.pixel(2, 2)) != QColor("white")


def test_print_palette_survives_greyscale():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import qGray

    from desktop.export.theme import PRINT
    greys = [qGray(c.rgb()) for c in (*PRINT.series[:2], PRINT.neutral)]
    assert min(abs(a - b) for i, a in enumerate(greys) for b in greys[i + 1:]) >= 25, greys
    assert PRINT.patterns[0] != PRINT.patterns[1]  # and the bars differ by hatching, not colour alone
    assert Qt.BrushStyle.SolidPattern in PRINT.patterns


def test_no_caption_gives_a_shorter_picture(qapp, data_dir, tmp_path):
    with_caption, without = tmp_path / "a.png", tmp_path / "b.png"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(with_caption)) == 0
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(without), "--no-caption") == 0
    assert QImage(str(without)).height() < QImage(str(with_caption)).height()
    assert QImage(str(without)).width() == QImage(str(with_caption)).width()


# ---------------------------------------------------------------- SVG

def test_svg_parses_and_holds_names_units_and_caption_as_text(qapp, data_dir, tmp_path):
    target = tmp_path / "c.svg"
    assert export(data_dir, "export", "compare", "cm384", "nvl72", "-o", str(target)) == 0
    text = svg_texts(target)
    assert "Huawei CloudMatrix 384" in text and "NVIDIA GB200 NVL72" in text
    for unit in ("PFLOPS", "TB/s", "kW"):
        assert unit in text
    assert "300 PFLOPS" in text  # a figure
    assert "Data as of" in text and "ChipLens 0.1.0" in text
    assert "SemiAnalysis" in text  # the short source list


def test_svg_chart_only_and_table_only(qapp, data_dir, tmp_path):
    chart, table = tmp_path / "chart.svg", tmp_path / "table.svg"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(chart), "--part", "chart") == 0
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(table), "--part", "table") == 0
    chart_text, table_text = svg_texts(chart), svg_texts(table)
    assert "log scale" in chart_text and "Memory type" not in chart_text
    assert "HBM2E" in table_text and "log scale; 1× = equal" not in table_text


def test_four_devices_each_get_a_column(qapp, data_dir, tmp_path):
    target = tmp_path / "four.svg"
    assert export(data_dir, "export", "compare", "910c", "h100", "h20", "b200", "-o", str(target)) == 0
    text = svg_texts(target)
    for letter, name in zip("ABCD", ("Huawei Ascend 910C", "NVIDIA H100 SXM", "NVIDIA H20", "NVIDIA B200")):
        assert f"{letter}: {name}" in text
    assert "Ratio to B" in text


def test_chinese_names_are_text_in_the_svg(qapp, data_dir, tmp_path, db_path):
    add_device(db_path, "huawei-cn", "华为 昇腾 910C", values=[("bf16_dense", 752.0)])
    add_device(db_path, "cambricon-cn", "寒武纪 思元 590", values=[("bf16_dense", 256.0)])
    target = tmp_path / "cn.svg"
    assert export(data_dir, "export", "compare", "huawei-cn", "cambricon-cn", "-o", str(target)) == 0
    text = svg_texts(target)
    # the generator writes one <text> per font run (Chinese and Latin come from different bundled fonts)
    words = [w for w in ("华为", "昇腾", "910", "寒武纪", "思元", "590") if w in text]
    assert words == ["华为", "昇腾", "910", "寒武纪", "思元", "590"]
    assert text.index("华为") < text.index("昇腾") < text.index("寒武纪") < text.index("思元")


# ---------------------------------------------------------------- PDF

@needs_pdftotext
def test_pdf_picture_text_holds_figures_sources_and_caption(qapp, data_dir, tmp_path):
    target = tmp_path / "c.pdf"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(target), "--theme", "print") == 0
    text = " ".join(pdf_text(target).split())  # the caption's lines wrap where the page's width ends
    assert "752 TFLOPS" in text and "989.4 TFLOPS" in text
    assert "Epoch AI" in text and "CC-BY 4.0" in text  # Epoch's figures are shown: its credit is too
    assert "Data as of" in text and "ChipLens 0.1.0" in text


@needs_pdftotext
@pytest.mark.parametrize("paper, size", [("a4", "595 x 842"), ("letter", "612 x 792")])
def test_brief_is_text_on_the_chosen_paper(qapp, data_dir, tmp_path, paper, size):
    target = tmp_path / "brief.pdf"
    assert export(data_dir, "report", "--pairing", "cm384-vs-nvl72", "-o", str(target), "--paper", paper) == 0
    text = pdf_text(target)
    assert "CloudMatrix 384 vs GB200 NVL72" in text  # cover
    assert "300 PFLOPS" in text and "NVL72" in text  # the table
    assert "SemiAnalysis" in text and "https://" in text  # the numbered source list with URLs
    assert "Key metrics" in text and "Policy timeline" in text and "Notes" in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert size in info
    assert int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages"))) >= 2


@needs_pdftotext
def test_brief_shows_the_linked_notes(qapp, data_dir, db_path, tmp_path):
    from db import api
    api.create_note(db_path, "Rack power budget", "The **CM384** draws about 559 kW all-in.",
                    links=["pairing:cm384-vs-nvl72"])
    target = tmp_path / "brief.pdf"
    assert export(data_dir, "report", "--pairing", "cm384-vs-nvl72", "-o", str(target)) == 0
    text = pdf_text(target)
    assert "Rack power budget" in text and "draws about 559 kW" in text


# ---------------------------------------------------------------- timeline

def test_timeline_export_keeps_range_and_device_filter(qapp, data_dir, tmp_path):
    target = tmp_path / "t.svg"
    assert export(data_dir, "export", "timeline", "--from", "2025", "--to", "2025", "--device", "H20",
                  "-o", str(target)) == 0
    text = svg_texts(target)
    assert "Policy timeline, 2025-01-01 to 2025-12-31" in text
    assert "device: NVIDIA H20" in text
    assert "United States" in text  # a lane
    png = tmp_path / "t.png"
    assert export(data_dir, "export", "timeline", "-o", str(png), "--scale", "2", "--width", "1200") == 0
    assert QImage(str(png)).width() == 2400


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("args, message", [
    (["-o", "{d}/c.jpg"], "must end in .png, .svg or .pdf"),
    (["-o", "{d}/c"], "must end in .png, .svg or .pdf"),
    (["-o", "{d}/c.png", "--width", "0"], "width must be between"),
    (["-o", "{d}/c.png", "--width", "100000"], "width must be between"),
    (["-o", "{d}/c.png", "--scale", "0"], "scale must be between"),
    (["-o", "{d}/c.png", "--width", "8000", "--scale", "3"], "wider than"),
    (["-o", "{d}/missing/c.png"], "the folder does not exist"),
])
def test_bad_input_is_a_clear_message_and_no_file(qapp, data_dir, tmp_path, capsys, args, message):
    out = tmp_path / "out"
    out.mkdir()
    code = export(data_dir, "export", "compare", "910c", "h100", *[a.format(d=out) for a in args])
    err = capsys.readouterr().err
    assert code != 0
    assert message in err
    assert list(out.iterdir()) == []


def test_unknown_device_and_pairing_exit_2(qapp, data_dir, tmp_path, capsys):
    assert export(data_dir, "export", "compare", "910c", "nosuchchip", "-o", str(tmp_path / "x.png")) == 2
    assert "nosuchchip" in capsys.readouterr().err
    assert export(data_dir, "report", "--pairing", "nope", "-o", str(tmp_path / "x.pdf")) == 2
    assert "known pairings" in capsys.readouterr().err
    assert export(data_dir, "report", "--pairing", "910c-vs-h100", "-o", str(tmp_path / "x.png")) == 2
    assert not list(tmp_path.glob("x.*"))


def test_unwritable_target_from_the_command_line(data_dir, tmp_path):
    """As a user runs it: a real process, a clean message, no traceback, exit 1."""
    env = {**os.environ, "CHIPLENS_DATA_DIR": str(data_dir)}
    env.pop("QT_QPA_PLATFORM", None)  # the command line must not need a display
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "desktop", "export", "compare", "910c", "h100", "-o",
                           "/proc/chiplens-forbidden.png"], check=False, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "cannot write /proc/chiplens-forbidden.png" in done.stderr
    assert "Traceback" not in done.stderr
    assert not Path("/proc/chiplens-forbidden.png").exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(qapp, data_dir, tmp_path, monkeypatch, capsys):
    from desktop.export import writers
    target = tmp_path / "c.png"
    target.write_bytes(b"the previous export")

    def half_written(doc, options, path):
        Path(path).write_bytes(b"\x89PNG half")
        raise OSError(28, "No space left on device", path)
    monkeypatch.setitem(writers.WRITERS, "png", half_written)
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(target)) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert target.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []


def test_export_data_still_works(qapp, data_dir, tmp_path):
    target = tmp_path / "data.csv"
    assert export(data_dir, "export", "data", "-o", str(target)) == 0
    assert target.read_text(encoding="utf-8-sig").startswith("device,")


# ---------------------------------------------------------------- degenerate data

def _event(**changes):
    fields = {"date": "1965-04-19", "precision": "day", "title": "Moore's paper on cramming components",
              "summary": "Electronics magazine.", "actor": "G. Moore", "jurisdiction": "US", "category": "market",
              "confidence": "reported", "sources": [{"publisher": "Electronics", "title": "Cramming",
                                                     "url": "https://example.org/m", "date": "1965-04-19"}],
              "devices": [], "tags": []}
    return {**fields, **changes}


def test_degenerate_data_still_exports(qapp, data_dir, db_path, tmp_path):
    from db import api
    long_name = "华为 昇腾 " + "超长名称" * 12 + " 910C 测试版"
    add_device(db_path, "empty-cn", long_name)  # no figure at all
    api.save_event(db_path, _event())  # before 1970
    api.save_event(db_path, _event(title="Same day, second event", category="funding"))  # identical dates
    api.save_event(db_path, _event(date="1966-01-01", precision="year", title="A year-long event"))
    target = tmp_path / "empty.svg"
    assert export(data_dir, "export", "compare", "empty-cn", "h100", "-o", str(target)) == 0
    text = svg_texts(target)
    assert "超长名称" in text and "not published" in text
    timeline = tmp_path / "old.svg"
    assert export(data_dir, "export", "timeline", "--from", "1964", "--to", "1967", "-o", str(timeline)) == 0
    text = svg_texts(timeline)
    assert "Policy timeline, 1964-01-01 to 1967-12-31" in text and "3 events" in text
    assert "Moore's paper" in text and "Same day, second event" in text
    png = tmp_path / "old.png"
    assert export(data_dir, "export", "timeline", "--from", "1964", "--to", "1967", "-o", str(png), "--scale", "2") == 0
    assert colours(QImage(str(png))) > 8


# ---------------------------------------------------------------- bundled fonts

def test_bundled_cjk_subset_covers_the_seed_data_and_common_hanzi(qapp):
    """If the seed gains a character the subset lacks, rerun packaging/make_font_subset.py."""
    from importlib import resources

    from PySide6.QtGui import QRawFont

    from desktop.export.fonts import CJK_FAMILY, FILES, font_path, register_fonts
    assert CJK_FAMILY in register_fonts()
    raw = QRawFont(font_path(FILES[-1]), 16)
    assert raw.isValid() and raw.familyName() == CJK_FAMILY
    seed = "".join(resources.files("resources").joinpath("seed", n).read_text(encoding="utf-8")
                   for n in ("devices.json", "events.json", "sources.json", "values.json"))
    wanted = {ch for ch in seed if ord(ch) >= 0x3400 and not 0xFF00 <= ord(ch) <= 0xFFEF} | set("华为昇腾寒武纪思元")
    missing = sorted(ch for ch in wanted if not raw.supportsCharacter(ord(ch)))  # the UCS-4 overload
    assert missing == [], f"the CJK subset lacks {''.join(missing)}"
    row16 = [bytes((0xB0, c)).decode("gb2312") for c in range(0xA1, 0xFF)]  # the first row of level-1 hanzi
    assert len(row16) == 94 and all(raw.supportsCharacter(ord(ch)) for ch in row16)
    size = Path(font_path(FILES[-1])).stat().st_size
    assert size < 4 * 1024 * 1024, f"the CJK subset grew to {size:,} bytes"


def svg_shapes(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(tag, fill, element) of every shape, the fill inherited from the enclosing group as QSvgGenerator writes it."""
    out = []

    def walk(el: ET.Element, fill: str) -> None:
        fill = el.get("fill", fill).lower()
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in ("rect", "polygon", "circle", "ellipse", "path", "polyline"):
            out.append((tag, fill, el))
        for child in el:
            walk(child, fill)
    walk(ET.parse(path).getroot(), "")
    return out


def test_four_device_chart_is_the_windows_dot_plot_not_bars(qapp, data_dir, tmp_path):
    from desktop.present.comparison import LETTERS
    from desktop.present.palette import DEVICE_SERIES
    four, pair = tmp_path / "four.svg", tmp_path / "pair.svg"
    assert export(data_dir, "export", "compare", "910c", "h100", "h20", "b200", "-o", str(four), "--part", "chart") == 0
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(pair), "--part", "chart") == 0
    # the pair keeps its bars: rectangles in the devices' colours (so the check below can fail)
    assert any(tag == "rect" and fill in DEVICE_SERIES[:2] for tag, fill, _ in svg_shapes(pair))
    shapes = svg_shapes(four)
    assert not [fill for tag, fill, _ in shapes if tag == "rect" and fill in DEVICE_SERIES]  # no bar per device
    texts = [t.strip() for t in svg_texts(four).split("\n")]
    rows = texts.count("B")  # the baseline's marker sits on the 1× line of every row, its letter beside it
    assert rows >= 5
    expected = {0: ("circle", 0), 1: ("polygon", 4), 2: ("polygon", 3), 3: ("polygon", 4)}  # circle, square, ▼, ◆
    for device, colour in enumerate(DEVICE_SERIES):
        markers = [el for tag, fill, el in shapes if fill == colour and tag in ("circle", "ellipse", "polygon")]
        tag, corners = expected[device]
        assert {el.tag.rsplit("}", 1)[-1] for el in markers} == {tag}
        if corners:
            assert all(len(el.get("points").split()) == corners for el in markers)
        letter = LETTERS[device]
        labelled = texts.count(letter) + texts.count(letter + "▲")
        assert len(markers) == labelled + 1  # one per plotted row, each with its letter, and one in the legend
        assert 2 <= len(markers) <= rows + 1
    assert len([el for tag, fill, el in shapes if fill == DEVICE_SERIES[1]]) == rows + 1
    assert "÷ B (log scale)" in texts and "1×" in texts
