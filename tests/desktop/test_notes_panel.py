"""The notes panel on a real SQLite store (offscreen): editing, autosave, search, trash, versions, preview."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from db import api
from desktop.models.note_list_model import NOTE_ROLE, SNIPPET_HTML_ROLE, NoteListModel
from desktop.store import Store
from desktop.views.markdown_view import MarkdownView
from desktop.views.notes.notes_panel import NotesPanel


@pytest.fixture
def make_panel(qtbot, db_path):
    def make(autosave_ms=200, retry_ms=300):
        panel = NotesPanel(Store(db_path), None, autosave_ms=autosave_ms, retry_ms=retry_ms)
        qtbot.addWidget(panel)
        panel.resize(460, 800)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()
        panel.windowHandle().requestActivate()
        # focus moves (and leaves the editor) only in the active window
        qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
        return panel
    return make


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user (ASCII through QTest; newlines as Return)."""
    widget.setFocus()
    for i, line in enumerate(text.split("\n")):
        if i:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)


def test_new_note_typed_is_saved_after_the_debounce(make_panel, qtbot, db_path):
    panel = make_panel()
    uid = panel.new_note("Ascend notes")
    with qtbot.waitSignal(panel.note_saved, timeout=5000) as blocker:
        type_text(qtbot, panel.editor, "HBM is the bottleneck")
    assert blocker.args == [uid]
    assert api.get_note(db_path, uid).body == "HBM is the bottleneck"
    assert "Saved" in panel.status_label.text()


def test_focus_leaving_the_editor_and_switching_note_save(make_panel, qtbot, db_path):
    panel = make_panel(autosave_ms=60_000)  # the debounce never fires in this test
    first = panel.new_note("First")
    type_text(qtbot, panel.editor, "typed before focus left")
    with qtbot.waitSignal(panel.note_saved, timeout=5000):
        panel.search_box.setFocus()
    assert api.get_note(db_path, first).body == "typed before focus left"
    type_text(qtbot, panel.editor, " and more")
    second, _ = api.create_note(db_path, "Second")
    panel.refresh()
    with qtbot.waitSignal(panel.note_saved, timeout=5000):
        assert panel.open_note(second)
    assert api.get_note(db_path, first).body == "typed before focus left and more"
    assert panel.title_edit.text() == "Second"


def test_flush_saves_synchronously(make_panel, db_path):
    panel = make_panel(autosave_ms=60_000)
    uid = panel.new_note("Flush")
    panel.editor.setPlainText("the last keystrokes")
    assert panel.flush()
    assert api.get_note(db_path, uid).body == "the last keystrokes"
    assert not panel.has_unsaved_changes()


def test_unicode_and_a_one_megabyte_paste(make_panel, qtbot, db_path):
    panel = make_panel()
    uid = panel.new_note("中文标题 😀 " + "長" * 200)
    big = ("華為昇騰 910C 😀 | HBM3 | 128 GB\n" * 40_000)[:1_000_000]
    with qtbot.waitSignal(panel.note_saved, timeout=10_000):
        panel.editor.insertPlainText(big)
    stored = api.get_note(db_path, uid)
    assert stored.body == big
    assert stored.title.startswith("中文标题 😀")


def test_save_failure_keeps_text_says_so_and_retries(make_panel, qtbot, db_path, monkeypatch):
    from db.errors import DiskFullError
    panel = make_panel(autosave_ms=50, retry_ms=300)
    uid = panel.new_note("Fragile")
    real = api.save_note
    calls = {"n": 0}

    def full_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise DiskFullError("No space left on the disk that holds the data folder.")
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "save_note", full_once)
    with qtbot.waitSignal(panel.autosaver.failed, timeout=5000):
        type_text(qtbot, panel.editor, "precious analysis")
    assert panel.editor.toPlainText() == "precious analysis"
    assert panel.message_bar.isVisible() and "disk is full" in panel.message_bar.text().lower()
    assert "⚠" in panel.status_label.text()
    with qtbot.waitSignal(panel.note_saved, timeout=5000):  # the retry timer, no user action
        pass
    assert api.get_note(db_path, uid).body == "precious analysis"
    assert calls["n"] >= 2
    assert "⚠" not in panel.status_label.text()


def test_versions_restore(make_panel, qtbot, db_path):
    panel = make_panel(autosave_ms=60_000)
    uid = panel.new_note("Versions")
    panel.editor.setPlainText("first draft")
    assert panel.flush()
    panel.editor.setPlainText("second draft")
    assert panel.flush()
    versions = api.list_versions(db_path, uid)
    old = next(v for v in versions if v.body == "first draft")
    assert panel.restore_version(old.id)
    assert panel.editor.toPlainText() == "first draft"
    assert api.get_note(db_path, uid).body == "first draft"


def test_versions_dialog_lists_and_previews(make_panel, qtbot, db_path):
    from desktop.dialogs.note_versions_dialog import NoteVersionsDialog
    panel = make_panel(autosave_ms=60_000)
    uid = panel.new_note("Dialog")
    for text in ("# One", "# Two"):
        panel.editor.setPlainText(text)
        assert panel.flush()
    dialog = NoteVersionsDialog("Dialog", api.list_versions(db_path, uid), panel)
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 1
    assert dialog.restore_button.isEnabled()
    assert dialog.preview.toPlainText().strip()


def test_delete_undo_restore_and_empty_trash(make_panel, qtbot, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    panel = make_panel()
    uid = panel.new_note("Doomed")
    panel.editor.setPlainText("keep me")
    panel.delete_current()
    assert api.get_note(db_path, uid).deleted
    assert panel.current_uid() is None
    assert "trash" in panel.message_bar.text()
    undo = next(b for b in panel.message_bar.buttons() if "Undo" in b.text())
    undo.click()
    assert not api.get_note(db_path, uid).deleted
    assert panel.editor.toPlainText() == "keep me"  # the text typed before the delete was saved
    panel.delete_current()
    panel.set_scope("trash")
    assert [panel.model.index(r).data(NOTE_ROLE).uid for r in range(panel.model.rowCount())] == [uid]
    panel.open_note(uid)
    assert panel.editor.isReadOnly() and panel.restore_button.isVisible()
    panel.restore_current()
    assert not api.get_note(db_path, uid).deleted
    panel.delete_current()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert panel.empty_trash() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.empty_trash() == 1
    assert api.list_notes(db_path, trash=True) == []
    assert panel.model.rowCount() == 0 and "empty" in panel.list_empty.text()


def test_the_empty_trash_button_asks_before_deleting_for_good(make_panel, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    uid, _ = api.create_note(db_path, "In the trash", "words")
    api.delete_note(db_path, uid)
    panel = make_panel()
    panel.set_scope("trash")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    button = next(b for b in panel.findChildren(QPushButton) if b.accessibleName() == "Empty trash")
    assert button.isVisible()
    button.click()
    assert asked and api.get_note(db_path, uid).deleted  # asked, cancelled: still in the trash

def test_search_as_you_type_highlights_matches(make_panel, qtbot, db_path):
    api.create_note(db_path, "Memory", "The 910C carries HBM2e stacks from CXMT.")
    api.create_note(db_path, "Power", "Rack power is 559 kW.")
    panel = make_panel()
    panel.search_box.setFocus()
    QTest.keyClicks(panel.search_box, "HBM2e")
    qtbot.waitUntil(lambda: panel.model.is_search() and panel.model.rowCount() == 1, timeout=3000)
    index = panel.model.index(0)
    assert index.data(NOTE_ROLE).title == "Memory"
    assert "<b" in index.data(SNIPPET_HTML_ROLE) and "HBM2e</b>" in index.data(SNIPPET_HTML_ROLE).replace(
        "hbm2e", "HBM2e")
    panel.search_box.clear()
    qtbot.waitUntil(lambda: not panel.model.is_search() and panel.model.rowCount() == 2, timeout=3000)


def test_tag_completion_offers_existing_tags(make_panel, db_path):
    api.create_note(db_path, "Tagged", "", tags=("export-control", "hbm"))
    panel = make_panel()
    panel.new_note("New")
    panel.tag_edit.setFocus()
    QTest.keyClicks(panel.tag_edit, "hbm, exp")
    assert panel.tag_edit.current_prefix() == "exp"
    assert panel.tag_edit.completions() == ["export-control"]
    panel.tag_edit.insert_completion("export-control")
    assert panel.tag_edit.tags() == ("hbm", "export-control")


def test_context_filter_and_new_notes_linked_to_context(make_panel, db_path):
    devices = [d.slug for d in api.list_devices(db_path)][:3]
    linked, _ = api.create_note(db_path, "About A", "", links=(("device", devices[0]),))
    api.create_note(db_path, "Unrelated", "")
    panel = make_panel()
    panel.set_context((devices[0], devices[1]), None, None)
    panel.set_scope("screen")
    assert [panel.model.index(r).data(NOTE_ROLE).uid for r in range(panel.model.rowCount())] == [linked]
    uid = panel.new_note()
    links = {(link.kind, link.target) for link in api.get_note(db_path, uid).links}
    assert links == {("device", devices[0]), ("device", devices[1])}
    assert panel.model.rowCount() == 2
    panel.set_context((devices[2],), None, None)
    assert panel.model.rowCount() == 0 and "linked" in panel.list_empty.text()
    panel.set_scope("all")
    assert panel.model.rowCount() == 3


def test_insert_quote_creates_a_note_titled_from_context(make_panel, db_path):
    pairing = api.list_pairings(db_path)[0]
    panel = make_panel()
    panel.set_context((pairing.device_a, pairing.device_b), pairing.slug, None)
    panel.insert_quote("> **Dense BF16 — 752 TFLOPS** (official)\n")
    uid = panel.current_uid()
    assert uid is not None and panel.title_edit.text() == pairing.name
    panel.insert_quote("> second quote")
    assert panel.editor.toPlainText() == "> **Dense BF16 — 752 TFLOPS** (official)\n\n> second quote\n"
    assert panel.flush()
    note = api.get_note(db_path, uid)
    assert "second quote" in note.body
    assert {(link.kind, link.target) for link in note.links} == {("pairing", pairing.slug)}


def test_preview_refuses_remote_resources_and_renders_tables(qtbot):
    view = MarkdownView()
    qtbot.addWidget(view)
    image = QTextDocument.ResourceType.ImageResource.value
    sheet = QTextDocument.ResourceType.StyleSheetResource.value
    for url in ("http://example.com/a.png", "https://tracker.example/p.gif", "ftp://x/y.png", "//cdn.example/x.png"):
        result = view.loadResource(image, QUrl(url))
        assert result is view.placeholder_image(QUrl(url))  # a local placeholder, never the remote bytes
        assert view.loadResource(sheet, QUrl(url)) is None
    view.set_markdown("# Title\n\n![tracker](https://tracker.example/p.gif)\n\n| Metric | 910C |\n|---|---|\n"
                      "| BF16 | 752 |\n\n- one\n- two\n\n`code`")
    view.show()
    qtbot.waitExposed(view)
    assert any(u.host() == "tracker.example" for u in view.refused)
    cursor = view.document().rootFrame().firstCursorPosition()
    tables = [f for f in view.document().rootFrame().childFrames() if f.__class__.__name__ == "QTextTable"]
    assert tables and tables[0].rows() == 2 and tables[0].columns() == 2
    assert cursor is not None and "752" in view.toPlainText()


def test_preview_links_open_in_the_system_browser(qtbot, monkeypatch):
    from desktop.views import markdown_view
    opened = []
    monkeypatch.setattr(markdown_view.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    view = MarkdownView()
    qtbot.addWidget(view)
    view.anchorClicked.emit(QUrl("https://www.bis.gov/rule"))
    view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://www.bis.gov/rule"]
    assert view.source().isEmpty()  # nothing navigated inside the view


def test_note_list_model_passes_the_model_tester(qtmodeltester, db_path):
    api.create_note(db_path, "One", "body", tags=("a",))
    api.create_note(db_path, "长标题 " * 30, "")
    model = NoteListModel()
    model.set_items(api.list_notes(db_path))
    qtmodeltester.check(model)
    model.set_items(api.search_notes(db_path, "body"), search=True)
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)


def test_empty_store_and_keyboard(make_panel, qtbot):
    panel = make_panel()
    assert panel.current_uid() is None and panel.placeholder.isVisible()
    assert "No notes yet" in panel.list_empty.text()
    panel.search_box.setFocus()
    QTest.keyClick(panel.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_uid() is not None
    assert isinstance(panel.focusWidget(), QLineEdit)
    for w in (panel.editor, panel.preview, panel.title_edit, panel.tag_edit, panel.search_box, panel.list_view):
        assert w.accessibleName()


def test_export_and_import_from_the_panel(make_panel, db_path, tmp_path):
    panel = make_panel()
    uid = panel.new_note("Export me")
    panel.editor.setPlainText("# Brief\n\n910C: **752** TFLOPS (Huawei)")
    written = panel.export_notes(current_only=True, folder=str(tmp_path))
    assert len(written) == 1 and "910C: **752** TFLOPS" in written[0].read_text(encoding="utf-8")
    all_files = panel.export_notes(current_only=False, folder=str(tmp_path / "all"))
    assert len(all_files) == len(api.list_notes(db_path))
    report = panel.import_notes(str(tmp_path / "all"))
    assert report["created"] == 0 and len(api.list_notes(db_path)) == len(all_files)
    assert api.get_note(db_path, uid).body.endswith("(Huawei)")


def test_export_asks_before_replacing_files_of_the_same_name(make_panel, db_path, tmp_path, qtbot):
    """The real question box is answered: Cancel writes nothing, Replace replaces; it names the files."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    panel = make_panel()
    panel.new_note("Export me")
    panel.editor.setPlainText("first text")
    [written] = panel.export_notes(current_only=True, folder=str(tmp_path))
    written.write_text("edited by hand", encoding="utf-8")
    (tmp_path / "mine.md").write_text("my own file", encoding="utf-8")
    seen: list[str] = []

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.objectName() == "replaceNotesBox"
            seen.append(box.text())
            box.button(button).click()
        QTimer.singleShot(0, click)

    answer(QMessageBox.StandardButton.Cancel)
    assert panel.export_notes(current_only=True, folder=str(tmp_path)) == []
    assert seen and written.name in seen[0] and str(tmp_path) in seen[0] and "mine.md" not in seen[0]
    assert written.read_text(encoding="utf-8") == "edited by hand", "Cancel must write nothing"
    assert "Nothing was exported" in panel.message_bar.text()
    answer(QMessageBox.StandardButton.Yes)
    assert panel.export_notes(current_only=True, folder=str(tmp_path)) == [written]
    assert len(seen) == 2 and "first text" in written.read_text(encoding="utf-8"), "Replace must replace"
    assert (tmp_path / "mine.md").read_text(encoding="utf-8") == "my own file"
    assert panel.export_notes(current_only=True, folder=str(tmp_path / "fresh")) != [] and len(seen) == 2, \
        "a folder without such files is written without a question"


def test_search_results_come_a_page_at_a_time_and_scrolling_fetches_more(make_panel, qtbot, db_path):
    from desktop.views.notes.note_list import SEARCH_PAGE
    total = SEARCH_PAGE + 30
    for i in range(total):
        api.create_note(db_path, f"Wafer note {i:03d}", f"wafer supply estimate number {i}")
    panel = make_panel()
    panel.search_box.setText("wafer")
    qtbot.waitUntil(lambda: panel.model.is_search() and panel.model.rowCount() == SEARCH_PAGE, timeout=3000)
    bar = panel.list_view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the user scrolls to the end of the first page
    qtbot.waitUntil(lambda: panel.model.rowCount() == total, timeout=3000)
    assert len({panel.model.index(r).data(NOTE_ROLE).uid for r in range(total)}) == total
    panel.search_box.setText("wafer supply")  # a new query starts again from one page
    qtbot.waitUntil(lambda: panel.model.rowCount() == SEARCH_PAGE, timeout=3000)


def test_search_runs_off_the_gui_thread_and_the_newest_query_wins(make_panel, qtbot, db_path):
    api.create_note(db_path, "Alpha chip", "alpha figures")
    beta, _ = api.create_note(db_path, "Beta chip", "beta figures")
    panel = make_panel()
    panel.search_box.setText("alpha")
    panel.refresh()  # started on the worker; the user keeps typing
    panel.search_box.setText("beta")
    with qtbot.waitSignal(panel.search_finished, timeout=5000) as done:
        panel.refresh()
    assert done.args == [1]
    qtbot.wait(200)  # the alpha result, however late, is not shown over the newer one
    assert panel.model.is_search()
    assert [panel.model.index(r).data(NOTE_ROLE).uid for r in range(panel.model.rowCount())] == [beta]
