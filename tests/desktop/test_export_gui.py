"""Exports from the window: the same picture as the command line, the clipboard, the brief, the dialog, and
Chinese names drawn with the bundled font on a machine without CJK fonts."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence

from desktop.app import main
from desktop.dialogs.export_dialog import ExportDialog, ExportRequest
from desktop.export.options import ExportOptions


def written(window, qtbot, start) -> str:
    with qtbot.waitSignal(window.exports.exported, timeout=30_000) as blocker:
        start()
    return blocker.args[0]


def test_file_menu_offers_the_exports_with_shortcuts(make_window, db_path):
    window = make_window(db_path)
    actions = {a.text(): a.shortcut() for a in window.menuBar().actions()[0].menu().actions()}
    assert actions["E&xport view (PNG, SVG, PDF)…"] == QKeySequence("Ctrl+Shift+X")
    assert actions["&Copy view as image"] == QKeySequence("Ctrl+Alt+C")
    assert actions["Export &brief (PDF)…"] == QKeySequence("Ctrl+Shift+B")


@pytest.mark.parametrize("theme, scale", [("print", 2.0), ("screen", 1.0)])
def test_window_and_command_line_give_the_same_picture(make_window, db_path, data_dir, tmp_path, qtbot, theme,
                                                        scale):
    window = make_window(db_path, ("cm384", "nvl72"))
    from_window, from_cli = tmp_path / "window.png", tmp_path / "cli.png"
    options = ExportOptions(width=1000, scale=scale, theme=theme, caption=True)
    assert written(window, qtbot, lambda: window.exports.export_view(
        ExportRequest("compare-both", from_window, options))) == str(from_window)
    assert main(["--data-dir", str(data_dir), "export", "compare", "cm384", "nvl72", "-o", str(from_cli),
                 "--scale", f"{scale:g}", "--theme", theme]) == 0
    a, b = QImage(str(from_window)), QImage(str(from_cli))
    assert a.width() == round(1000 * scale) and not a.isNull()
    assert a == b


def test_copy_view_puts_the_picture_on_the_clipboard(make_window, db_path, qtbot):
    window = make_window(db_path)
    QGuiApplication.clipboard().clear()
    assert written(window, qtbot, window.exports.copy_view) == "clipboard"
    image = QGuiApplication.clipboard().image()
    ratio = window.screen().devicePixelRatio()
    assert image.width() == round(1000 * ratio)  # the first copy uses the screen's device pixel ratio
    assert image.height() > 600


def test_timeline_export_follows_the_tab_range_and_filters(make_window, db_path, tmp_path, qtbot):
    window = make_window(db_path, ("910c", "h20"))
    window._load_chart()
    qtbot.waitUntil(lambda: window.timeline is not None, timeout=10_000)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.timeline.chart is not None, timeout=10_000)
    window.timeline.devices_only.setChecked(True)
    shown = window.timeline.shown_events()
    assert window.exports.current_view() == "timeline"
    target = tmp_path / "t.svg"
    written(window, qtbot, lambda: window.exports.export_view(ExportRequest("timeline", target, ExportOptions())))
    text = "".join(ET.parse(target).getroot().itertext())
    assert "Policy timeline, " in text
    assert f"{len(shown)} events" in text or f"{len(shown)} event" in text


def test_note_export_holds_the_note_as_text(make_window, db_path, tmp_path, qtbot):
    window = make_window(db_path)
    window.toggle_notes()
    uid = window.notes.new_note("Procurement outlook")
    window.notes.editor.setPlainText("Huawei **Ascend** supply: 华为 昇腾 910C volumes rise in 2025.")
    assert "note" in window.exports.available_views()
    target = tmp_path / "note.svg"
    written(window, qtbot, lambda: window.exports.export_view(ExportRequest("note", target, ExportOptions())))
    text = "".join(ET.parse(target).getroot().itertext())
    assert "Procurement outlook" in text and "volumes rise in 2025" in text and "华为" in text
    assert uid


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="missing: pdfinfo (apt-get install poppler-utils)")
def test_brief_from_the_window_on_letter_paper(make_window, db_path, tmp_path, qtbot):
    window = make_window(db_path, ("cm384", "nvl72"))
    assert window.exports.brief_pairing().slug == "cm384-vs-nvl72"
    target = tmp_path / "brief.pdf"
    written(window, qtbot, lambda: window.exports.export_brief(target, "letter"))
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792" in info
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "SemiAnalysis" in text and "NVL72" in text


def test_failed_export_from_the_window_says_why(make_window, db_path, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = make_window(db_path)
    target = tmp_path / "missing" / "c.png"
    with qtbot.waitSignal(window.exports.failed, timeout=30_000):
        window.exports.export_view(ExportRequest("compare-both", target, ExportOptions()))
    assert shown and "the folder does not exist" in shown[0]
    assert not target.exists()


def test_dialog_refuses_an_unknown_extension_and_returns_the_choices(qtbot, tmp_path):
    dialog = ExportDialog(["compare-both", "compare-chart", "timeline"], "compare-both", 1.25,
                          ExportOptions(width=1200, scale=2.0), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.scale_box.count() == 4 and dialog.scale_box.itemData(3) == 1.25
    assert dialog.width_box.maximum() == 8000 and dialog.width_box.minimum() == 320
    dialog.view_box.setCurrentIndex(dialog.view_box.findData("compare-chart"))
    dialog.print_theme.setChecked(True)
    dialog.caption_box.setChecked(False)
    dialog.file_edit.setText(str(tmp_path / "x.jpg"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert ".png, .svg or .pdf" in dialog.error_label.text()
    dialog.file_edit.setText(str(tmp_path / "x.svg"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    request = dialog.request()
    assert request.view == "compare-chart" and request.target == tmp_path / "x.svg"
    assert request.options == ExportOptions(width=1200, scale=2.0, theme="print", caption=False, parts="chart")


NO_CJK_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QFontDatabase, QTextLayout
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    cjk = [f for f in QFontDatabase.families() if any(s in f for s in ("CJK", "Noto Sans SC", "WenQuanYi"))]
    if sys.argv[1] == "register":
        from desktop.export.fonts import register_ui_fonts
        register_ui_fonts()
    layout = QTextLayout("华为 昇腾 910C, 寒武纪 思元", app.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    fonts = sorted({run.rawFont().familyName() for run in layout.glyphRuns()})
    print("system CJK fonts:", cjk)
    print("runs:", fonts)
""")


def test_chinese_names_render_with_the_bundled_font_without_system_cjk_fonts(tmp_path):
    """A fontconfig that sees DejaVu only (a machine without CJK fonts): the app's text falls back to the
    bundled subset once it is registered, as the window does at start-up."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("missing: /usr/share/fonts/truetype/dejavu (apt-get install fonts-dejavu-core), which stands for a machine without CJK fonts")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig><dir>{dejavu}</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    runs = {}
    for mode in ("plain", "register"):
        out = subprocess.run([sys.executable, "-c", NO_CJK_SCRIPT, mode], capture_output=True, text=True, env=env,
                             timeout=120, check=True).stdout
        assert "system CJK fonts: []" in out, out
        runs[mode] = out
    assert "ChipLens Noto Sans SC" not in runs["plain"]
    assert "ChipLens Noto Sans SC" in runs["register"]
