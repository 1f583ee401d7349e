"""In French and in Chinese, no text of the window, its menus, tabs and dialogs is left in English.

Loads the shipped translations (built by lrelease into the test's own cache folder), builds the main window
on the bundled data with every tab and the notes panel, then walks every menu: each action that opens a
dialog is triggered, and the dialog's texts are read before it is closed. A text fails when it is an English
source text the translation table has a translation for (a string looked up under the wrong context, or
built outside tr()), or when it still reads as English (common English words). Names, units and the
analyst's data (device names, sources, notes) are not interface text and are not read.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QMenu, QPushButton, QStyle, QTabWidget, QToolButton,
                               QWidget)

from desktop import i18n
from desktop.main_window import MainWindow
from desktop.present import lang as langs
from desktop.store import Store

ENGLISH_WORDS = re.compile(
    r"\b(the|and|with|your|this|that|from|into|show|open|save|edit|add|delete|remove|choose|select|new|file|help|"
    r"settings|close|cancel|export|import|search|figure|figures|device|devices|source|sources|event|events|"
    r"compare|comparison|timeline|back|next|copy|paste|undo|redo|quit|about|view|data|name|date|value|"
    r"power|memory|bandwidth|dense|sparse|not|no|yes|all|none|per|each|which|what|when|where|how)\b", re.I)
NOT_READ = ("provenancePanel", "notesPanel", "timelinePanel")  # their bodies show the analyst's data
SKIP_ACTIONS = re.compile(r"quit|quitter|退出", re.I)


def plain(text: str) -> str:
    return re.sub(r"\(&\w\)|&(?=\S)", "", text).replace("…", "").strip()


def english_sources(lang: str) -> set[str]:
    """The English sources the shipped table translates to something else for `lang` in every context it has
    (a word such as "Note" may rightly stay the same in one place)."""
    differs: dict[str, bool] = {}
    for (_ctx, src), tr in langs.catalog(lang).items():
        differs[plain(src)] = differs.get(plain(src), True) and plain(tr) != plain(src)
    return {src for src, always in differs.items() if always}


def reads_as_english(text: str, lang: str, names: set[str]) -> bool:
    rest = text
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    if lang == "zh_CN":
        return bool(re.search(r"[A-Za-z]{3,}(\s+[A-Za-z]{2,}){1,}", rest)) and bool(ENGLISH_WORDS.search(rest))
    words = ENGLISH_WORDS.findall(rest)
    french_too = {"date", "source", "sources", "figure", "figures", "export", "import", "data", "dense", "note"}
    return any(w.lower() not in french_too for w in words)


def clipped_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the buttons and one-line labels of `top` too narrow for their text (cut on screen)."""
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) or w.width() <= 1:
            continue
        if isinstance(w, (QPushButton, QToolButton)) and w.text() and not (
                isinstance(w, QToolButton) and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
            needed = w.fontMetrics().horizontalAdvance(plain(w.text())) + (w.iconSize().width() if not w.icon().isNull()
                                                                          else 0)
            if isinstance(w, QToolButton) and w.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup:
                needed += w.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, w)  # its arrow
            room = w.width() - 8  # the style's margins, at least
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and "<" not in w.text() and "\n" not in w.text():
            needed, room = w.fontMetrics().horizontalAdvance(plain(w.text())), w.contentsRect().width()
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
            out += clipped_headings(top, w)
            continue
        else:
            continue
        if needed > room + 1:
            out.append((f"{type(top).__name__} > {type(w).__name__}({w.objectName()}) {needed}>{room}px", w.text()))
    return out


def clipped_headings(top: QWidget, header: QHeaderView) -> list[tuple[str, str]]:
    """The column headings cut short: narrower than their one-line text (the last, stretched column aside)."""
    out = []
    last = max((c for c in range(header.count()) if not header.isSectionHidden(c)), default=-1)
    for c in range(header.count()):
        text = header.model().headerData(c, Qt.Orientation.Horizontal)
        if header.isSectionHidden(c) or c == last or not isinstance(text, str) or "\n" in text:
            continue
        needed = header.sectionSizeFromContents(c).width()
        if needed > header.sectionSize(c) + 1:
            out.append((f"{type(top).__name__} > heading {c} of {header.parent().objectName()} "
                        f"{needed}>{header.sectionSize(c)}px", text))
    return out


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the interface texts of `top` and its children."""
    out: list[tuple[str, str]] = []
    widgets = [top, *top.findChildren(QWidget)]
    skip = [w for w in widgets if w.objectName() in NOT_READ]
    for w in widgets:
        if any(s is w or s.isAncestorOf(w) for s in skip) or not w.isVisibleTo(top):
            continue
        where = f"{type(top).__name__} > {type(w).__name__}({w.objectName()})"
        if isinstance(w, QDialog) and w.windowTitle():
            out.append((where + ".windowTitle", w.windowTitle()))
        if isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QLabel) and not w.text().startswith("<"):  # rich-text labels carry data (links, sources)
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where + ".placeholder", w.placeholderText()))
        elif isinstance(w, QTabWidget):
            out += [(where + ".tab", w.tabText(i)) for i in range(w.count())]
        if w.toolTip() and not isinstance(w, (QComboBox,)):
            out.append((where + ".toolTip", w.toolTip()))
    return [(where, t) for where, t in out if t and t.strip()]


def menu_texts(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    out = [(path + " menu", menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        out.append((f"{path}/{plain(menu.title())}", action.text()))
        if action.menu() is not None:
            out += menu_texts(action.menu(), f"{path}/{plain(menu.title())}")
    return out


def leaf_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            if action.menu().objectName() != "languageMenu":  # switching language is tested on its own
                yield from leaf_actions(action.menu())
        elif not action.isSeparator() and action.isEnabled() and not SKIP_ACTIONS.search(action.text()):
            yield action


@pytest.fixture(params=["fr", "zh_CN"])
def speaking(request, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    i18n.install(request.param)
    yield request.param
    i18n.install(langs.ENGLISH)


def test_every_window_menu_and_dialog_speaks_the_language(speaking, db_path, qtbot, monkeypatch):
    from desktop.dialogs import data_changes_dialog
    monkeypatch.setattr(data_changes_dialog, "install", lambda *a, **k: None, raising=False)
    window = MainWindow(Store(db_path), None, ("910c", "h100"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window._load_chart()
    window._load_timeline()
    window._load_notes()
    names = {d.name for d in window.store.devices()} | {"ChipLens", "TFLOPS", "TOPS", "HBM", "NVLink", "TPP", "BIS",
                                                       "CUDA", "CANN", "ROCm", "PDF", "PNG", "SVG", "CSV", "JSON",
                                                       "Data on Machine Learning Hardware"}  # Epoch AI's title
    known = english_sources(speaking)
    seen: list[tuple[str, str]] = []
    clipped: list[tuple[str, str]] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        seen += texts_of(window)
        clipped += clipped_of(window)
    for action in window.menuBar().actions():
        seen += menu_texts(action.menu())

    def read_dialogs():
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isVisible() and top not in opened:
                opened.append(top)
                seen.extend(texts_of(top))
                clipped.extend(clipped_of(top))
                if isinstance(top, QMenu):
                    seen.extend(menu_texts(top))
                top.close() if not isinstance(top, QDialog) else top.reject()
    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(read_dialogs)
    for menu_action in window.menuBar().actions():
        for action in list(leaf_actions(menu_action.menu())):
            opened: list[QWidget] = []
            timer.start()
            action.trigger()
            read_dialogs()
            timer.stop()
    bad = sorted({(where, text) for where, text in seen
                  if plain(text) in known or reads_as_english(plain(text), speaking, names)})
    assert not bad, f"{len(bad)} texts still in English ({speaking}):\n" + "\n".join(
        f"  {where}: {text!r}" for where, text in bad[:80])
    cut = sorted(set(clipped))
    assert not cut, f"{len(cut)} texts cut by their widget ({speaking}):\n" + "\n".join(
        f"  {where}: {text!r}" for where, text in cut[:60])
