"""Exports in a language of their own (issue 23): the comparison, the timeline and the brief drawn in English,
French and Chinese, whatever the window speaks, with no text overflowing its box (the French strings here are
long on purpose) and Chinese drawn with the bundled CJK font, not boxes.

The translations come from small .ts files the test writes (the shipped tables are being translated and are
checked elsewhere), read the way every export reads them: desktop.present.lang, CHIPLENS_I18N_DIR naming the
folder."""
from __future__ import annotations

import html
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from db.api import Library
from desktop.export import text as tx
from desktop.export.options import ExportOptions
from desktop.present import lang as langs
from tests.desktop.test_brief import flat
from tests.desktop.test_export import export, needs_pdftotext, pdf_text, svg_texts

# (context, source) -> (French: long on purpose, Chinese)
WORDS = {
    ("Export", "Metric"): ("Indicateur de performance mesuré pour chaque appareil", "指标"),
    ("Export", "specifications and ratios"): ("caractéristiques techniques détaillées et rapports entre les valeurs",
                                              "规格与比值"),
    ("Export", "Data as of %1"): ("Données arrêtées à la date du %1", "数据截至%1"),
    ("Export", "Key metrics, %1 relative to %2 (%1 ÷ %2)"): (
        "Indicateurs clés de performance, appareil %1 rapporté à l'appareil de référence %2 (%1 ÷ %2)",
        "关键指标：%1相对于%2（%1 ÷ %2）"),
    ("Export", "A better"): ("l'appareil A obtient la meilleure valeur des deux", "A 更优"),
    ("Export", "B better"): ("l'appareil B obtient la meilleure valeur des deux", "B 更优"),
    ("Export", "ratio %1 ÷ %2 (log scale; 1× = equal)"): (
        "rapport entre la valeur de l'appareil %1 et celle de l'appareil %2, sur une échelle logarithmique de base "
        "deux (1× : les deux valeurs sont égales, à gauche l'appareil %2 l'emporte, à droite l'appareil %1)",
        "比值 %1 ÷ %2（对数刻度；1× 表示相等）"),
    ("Export", "Policy timeline, %1 to %2"): ("Chronologie des politiques publiques et industrielles, du %1 au %2",
                                              "政策时间线，%1至%2"),
    ("Export", "Key: the full title of each numbered label, and the events each numbered marker stands for"): (
        "Légende : le titre complet de chaque étiquette numérotée, et les événements que regroupe chaque marqueur "
        "numéroté sur la frise", "图例：每个编号标签的完整标题，以及每个编号标记所代表的事件"),
    ("Timeline", "United States"): ("États-Unis d'Amérique", "美国"),
    ("Timeline", "China"): ("République populaire de Chine", "中国"),
    ("Timeline", "Export control"): ("Contrôle des exportations de technologies sensibles", "出口管制"),
    ("Export", "Key findings"): ("Constats essentiels à retenir à la lecture de ce dossier comparatif", "主要结论"),
    ("Export", "Specifications"): ("Caractéristiques techniques détaillées des appareils comparés", "规格参数"),
    ("Export", "Key metrics compared"): ("Comparaison des indicateurs clés de performance", "关键指标对比"),
    ("Export", "Sources"): ("Sources citées dans ce dossier", "来源"),
    ("Export", "page %1"): ("page %1 du dossier", "第%1页"),
    ("Export", "Prepared %1"): ("Dossier préparé le %1", "编制于%1"),
    ("Export", "%1 — %2 brief"): ("%1 — dossier %2", "%1 — %2 简报"),
    ("Metric", "Memory capacity"): ("Capacité de la mémoire embarquée", "内存容量"),
    ("Metric", "Memory"): ("Mémoire embarquée", "内存"),
    ("Export", "the width must be between %1 and %2 pixels, not %3"): (
        "la largeur doit être comprise entre %1 et %2 pixels, et non %3", "宽度必须介于 %1 与 %2 像素之间，而不是 %3"),
}
METRIC = {"en": "Memory capacity", "fr": "Capacité de la mémoire embarquée", "zh_CN": "内存容量"}  # a row's label
# one phrase of each export a reader must find in it, per language
COMPARISON = {"en": "specifications and ratios", "fr": "rapports entre les valeurs", "zh_CN": "规格与比值"}
TIMELINE = {"en": "United States", "fr": "États-Unis d'Amérique", "zh_CN": "美国"}
BRIEF = {"en": "Key findings", "fr": "Constats essentiels à retenir", "zh_CN": "主要结论"}


def write_ts(folder: Path, lang: str, column: int) -> None:
    contexts: dict[str, list[str]] = {}
    for (context, source), words in WORDS.items():
        contexts.setdefault(context, []).append(f"<message><source>{html.escape(source)}</source>"
                                                f"<translation>{html.escape(words[column])}</translation></message>")
    body = "".join(f"<context><name>{name}</name>{''.join(ms)}</context>" for name, ms in contexts.items())
    (folder / f"chiplens_{lang}.ts").write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                                f'<TS version="2.1" language="{lang}">{body}</TS>\n', encoding="utf-8")


@pytest.fixture
def tables(tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    write_ts(folder, "fr", 0)
    write_ts(folder, "zh_CN", 1)
    monkeypatch.setenv("CHIPLENS_I18N_DIR", str(folder))
    langs.catalog.cache_clear()
    yield folder
    langs.catalog.cache_clear()


@pytest.fixture
def drawn(monkeypatch):
    """Every text the exports draw: (text, its box, where it lands, the device's width), measured as drawn."""
    out: list[tuple] = []
    original = tx.draw

    def draw(p, rect, text, size, colour, align=tx.LEFT, bold=False, italic=False):
        if text:
            fitted, flags = tx._fit(text, size, max(rect.width(), 1.0), bold)
            box = tx.metrics(size, bold, italic).boundingRect(rect, align | flags, fitted)
            out.append((text, rect, box, p.transform().mapRect(box), p.device().width()))
        original(p, rect, text, size, colour, align, bold, italic)
    monkeypatch.setattr(tx, "draw", draw)
    return out


def overflows(drawn) -> list[str]:
    """The texts wider or taller than the box they were given, or running off the picture or page."""
    bad = overflow_list(drawn)
    if bad:
        print("\n".join(bad))
    return bad


def overflow_list(drawn) -> list[str]:
    bad = []
    for text, rect, box, landed, device_width in drawn:
        if box.width() > rect.width() + 1 or box.height() > rect.height() + 1:
            bad.append(f"{text!r}: {box.width():.0f}×{box.height():.0f} in a {rect.width():.0f}×{rect.height():.0f} box")
        elif landed.right() > device_width + 2 or landed.left() < -2:
            bad.append(f"{text!r}: off the picture ({landed.left():.0f}..{landed.right():.0f} of {device_width})")
    return bad


def comparison(db_path, lang: str):
    from desktop.export.language import comparison_in
    library = Library(db_path)
    library.open(check_later=True)
    return comparison_in(library, library.compare.pair("910c", "h100"), lang)


CODES = ("en", "fr", "zh_CN")


@needs_pdftotext
@pytest.mark.parametrize("code", CODES)
def test_the_comparison_speaks_the_export_language_and_fits(qapp, db_path, tables, drawn, tmp_path, code):
    from desktop.export import writers
    from desktop.export.views import comparison_document
    options = ExportOptions(lang=code)
    c = comparison(db_path, code)
    pdf = writers.write(comparison_document(c, options), tmp_path / "c.pdf", options)
    text = flat(pdf_text(pdf))
    assert COMPARISON[code] in text
    others = [COMPARISON[k] for k in CODES if k != code]
    assert not any(o in text for o in others), "another language's words in the export"
    assert ("Data as of" in text) == (code == "en")
    assert METRIC[code] in text and ("Memory capacity" in text) == (code == "en"), "the metrics in the export's words"
    drawn.clear()
    writers.render_image(comparison_document(c, options), options)  # pixels: the boxes as a PNG has them
    assert overflows(drawn) == []
    chart = [t for t, *_ in drawn]
    key = WORDS[("Export", "A better")][CODES.index(code) - 1] if code != "en" else "A better"
    assert key in chart, "the chart's legend is in the export's language"


@pytest.mark.parametrize("code", CODES)
def test_the_timeline_speaks_the_export_language_and_fits(qapp, db_path, tables, drawn, tmp_path, code):
    from desktop.export import writers
    from desktop.export.views import timeline_document, timeline_range
    library = Library(db_path)
    library.open(check_later=True)
    events = library.events.list(None, None, None, None)
    options = ExportOptions(lang=code)
    svg = writers.write(timeline_document(events, *timeline_range(events, None, None), options), tmp_path / "t.svg",
                        options)
    texts = flat(svg_texts(svg))
    assert TIMELINE[code] in texts  # a lane
    assert ("Policy timeline" in texts) == (code == "en")  # the title
    drawn.clear()
    writers.render_image(timeline_document(events, "2024-06-01", "2025-06-30", options), options)
    assert overflows(drawn) == []
    if code == "zh_CN":
        assert "美国" in [t for t, *_ in drawn] and "中国" in [t for t, *_ in drawn]


@needs_pdftotext
@pytest.mark.parametrize("code", CODES)
def test_the_brief_speaks_the_export_language_and_fits(qapp, db_path, tables, drawn, tmp_path, code):
    from desktop.export.brief import collect, write_brief
    from desktop.store import Store
    store = Store(db_path)
    data = collect(store, store.compare("910c", "h100"), code)
    assert data.lang == code
    pdf = write_brief(data, tmp_path / "brief.pdf")
    text = flat(pdf_text(pdf))
    assert BRIEF[code] in text
    heading = {"en": "Specifications", "fr": "Caractéristiques techniques détaillées", "zh_CN": "规格参数"}[code]
    assert heading in text
    assert METRIC[code] in text and ("Memory capacity" in text) == (code == "en")
    assert overflows(drawn) == []


def cjk(text: str) -> set[str]:
    return {ch for ch in text if 0x2E80 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFFEF}


def test_chinese_exports_draw_every_chinese_character_with_the_bundled_font(qapp, db_path, tables, drawn,
                                                                            tmp_path):
    from PySide6.QtGui import QRawFont

    from desktop.export import writers
    from desktop.export.fonts import FILES, font_path
    from desktop.export.views import comparison_document
    options = ExportOptions(lang="zh_CN")
    target = writers.write(comparison_document(comparison(db_path, "zh_CN"), options), tmp_path / "c.pdf", options)
    chinese = set().union(*(cjk(t) for t, *_ in drawn))
    assert cjk(COMPARISON["zh_CN"] + WORDS[("Export", "A better")][1]) <= chinese, "the translated words are drawn"
    raw = QRawFont(font_path(FILES[-1]), 16)
    assert [ch for ch in sorted(chinese) if not raw.supportsCharacter(ord(ch))] == [], "drawn as boxes"
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        assert "ChipLensNotoSansSC" in fonts  # embedded: the reader needs no Chinese font of their own


def test_the_bundled_cjk_font_has_every_character_of_the_chinese_translations(qapp):
    """If this fails, the translations gained a character: rerun packaging/make_font_subset.py."""
    from PySide6.QtGui import QRawFont

    from desktop.export.fonts import FILES, font_path
    from tests.packaging.conftest import load_packaging_module
    wanted = load_packaging_module("make_font_subset").translation_characters()
    raw = QRawFont(font_path(FILES[-1]), 16)
    assert [ch for ch in wanted if not raw.supportsCharacter(ord(ch))] == []


def test_the_font_subset_takes_the_characters_of_every_translation(tmp_path):
    from tests.packaging.conftest import load_packaging_module
    subset = load_packaging_module("make_font_subset")
    rare = "鑫犇淼"  # not among GB2312's level-1 hanzi: only a translation brings them in
    assert not set(rare) & set(subset.gb2312_level1())
    (tmp_path / "chiplens_zh_CN.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN"><context><name>X'
        f'</name><message><source>a</source><translation>{rare[0]}</translation></message><message><source>b'
        f'</source><translation type="unfinished">{rare[1]}</translation></message>'
        '<message numerus="yes"><source>%n c</source><translation>'
        f'<numerusform>{rare[2]}</numerusform></translation></message></context></TS>', encoding="utf-8")
    (tmp_path / "chiplens_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr"><context><name>X</name>'
        '<message><source>a</source><translation>« Données »</translation></message></context></TS>',
        encoding="utf-8")
    assert set(rare) <= set(subset.translation_characters(tmp_path))
    assert set(rare) <= set(subset.wanted_text(tmp_path))
    assert "鑫" not in subset.wanted_text(tmp_path / "none")


# ---------------------------------------------------------------- the command line, on a real store file

def lang_option() -> bool:
    """Whether the command line takes --lang after its command (it comes with the command line's languages)."""
    import contextlib
    import io

    from desktop.cli import build_parser
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            build_parser().parse_args(["export", "compare", "a", "b", "-o", "x.png", "--lang", "fr"])
    except SystemExit:
        return False
    return True


@needs_pdftotext
def test_chiplens_export_and_report_follow_the_locale(qapp, data_dir, tables, tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    picture, brief = tmp_path / "c.pdf", tmp_path / "brief.pdf"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(picture)) == 0
    assert COMPARISON["fr"] in flat(pdf_text(picture))
    assert export(data_dir, "report", "910c", "h100", "-o", str(brief)) == 0
    assert BRIEF["fr"] in flat(pdf_text(brief))


@needs_pdftotext
@pytest.mark.skipif(not lang_option(), reason="the command line's --lang is not there yet")
@pytest.mark.parametrize("code", ("zh_CN", "fr", "en"))
def test_chiplens_export_and_report_lang(qapp, data_dir, tables, tmp_path, monkeypatch, code):
    monkeypatch.setenv("LANGUAGE", "fr" if code != "fr" else "en")  # --lang wins over the locale
    picture, timeline, brief = tmp_path / "c.pdf", tmp_path / "t.svg", tmp_path / "brief.pdf"
    assert export(data_dir, "export", "compare", "910c", "h100", "-o", str(picture), "--lang", code) == 0
    assert COMPARISON[code] in flat(pdf_text(picture))
    assert export(data_dir, "export", "timeline", "-o", str(timeline), "--lang", code) == 0
    assert TIMELINE[code] in flat(svg_texts(timeline))
    assert export(data_dir, "report", "910c", "h100", "--lang", code, "-o", str(brief)) == 0
    assert BRIEF[code] in flat(pdf_text(brief))


@pytest.mark.skipif(not lang_option(), reason="the command line's --lang is not there yet")
@pytest.mark.parametrize("code", CODES)
def test_chiplens_tells_an_export_s_error_in_its_language(qapp, data_dir, tables, tmp_path, capsys, code):
    assert export(data_dir, "export", "compare", "910c", "h100", "--width", "5", "-o", str(tmp_path / "c.png"),
                  "--lang", code) == 2
    said = {"en": "the width must be between 320 and 8000 pixels, not 5",
            "fr": "la largeur doit être comprise entre 320 et 8000 pixels, et non 5",
            "zh_CN": "宽度必须介于 320 与 8000 像素之间，而不是 5"}[code]
    assert said in capsys.readouterr().err
    assert not (tmp_path / "c.png").exists()


def test_an_export_in_an_unknown_language_is_refused():
    from desktop.export.options import ExportError
    with pytest.raises(ExportError, match="de"):
        ExportOptions(lang="de").checked()


# ---------------------------------------------------------------- the dialogs

def test_the_export_dialog_offers_the_languages_the_window_s_first(qtbot, tmp_path):
    from desktop.dialogs.export_dialog import ExportDialog
    dialog = ExportDialog(["compare-both", "timeline"], "compare-both", 1.0, ExportOptions(lang="fr"), tmp_path)
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert [box.itemData(i) for i in range(box.count())] == list(langs.LANGUAGES)
    assert [box.itemText(i) for i in range(box.count())] == ["English", "Français", "简体中文"]
    assert dialog.options().lang == "fr"  # the window's language, as given
    box.setCurrentIndex(box.findData("zh_CN"))
    assert dialog.options().lang == "zh_CN"
    dialog.file_edit.setText(str(tmp_path / "x.png"))
    assert dialog.request().options.lang == "zh_CN"


def test_the_brief_dialog_s_findings_follow_its_language_until_edited(qtbot, tmp_path):
    from desktop.dialogs.brief_dialog import BriefDialog
    asked = []

    def findings_in(code):
        asked.append(code)
        return [f"finding in {code}"]
    dialog = BriefDialog("A vs B", ["finding in en"], tmp_path / "b.pdf", lang="en", findings_in=findings_in)
    qtbot.addWidget(dialog)
    assert dialog.language() == "en"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    assert dialog.findings() == ("finding in fr",) and asked == ["fr"]
    dialog.findings_edit.setPlainText("my own finding")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
    assert dialog.findings() == ("my own finding",)  # the analyst's words are never replaced
    dialog.restore_button.click()
    assert dialog.findings() == ("finding in zh_CN",)
    assert dialog.request().lang == "zh_CN"


def test_svg_text_of_a_chinese_export_names_the_bundled_fonts(qapp, db_path, tables, tmp_path):
    from desktop.export import writers
    from desktop.export.views import comparison_document
    options = ExportOptions(lang="zh_CN")
    svg = writers.write(comparison_document(comparison(db_path, "zh_CN"), options), tmp_path / "c.svg", options)
    runs = [el for el in ET.parse(svg).getroot().iter() if el.tag.endswith("text") and cjk("".join(el.itertext()))]
    assert runs and all("ChipLens Noto Sans SC" in el.get("font-family", "") for el in runs)


# ---------------------------------------------------------------- from the window

@needs_pdftotext
def test_the_window_exports_in_another_language_than_its_own(make_window, db_path, tables, tmp_path, qtbot):
    from desktop import i18n
    from desktop.dialogs.export_dialog import ExportRequest
    from tests.desktop.test_export_gui import written
    window = make_window(db_path, ("910c", "h100"))
    shown = window.comparison
    assert i18n.current() == "en"
    assert window.exports.dialog().options().lang == "en"  # the window's language first
    picture, brief = tmp_path / "c.pdf", tmp_path / "brief.pdf"
    written(window, qtbot, lambda: window.exports.export_view(
        ExportRequest("compare-both", picture, ExportOptions(lang="zh_CN"))))
    text = flat(pdf_text(picture))
    assert COMPARISON["zh_CN"] in text and "Metric" not in text.split()
    written(window, qtbot, lambda: window.exports.export_brief(brief, "a4", lang="fr"))
    assert BRIEF["fr"] in flat(pdf_text(brief))
    assert window.comparison is shown  # the window's own comparison is left as it was
