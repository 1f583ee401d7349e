"""NotesPanel: the analyst's notes beside the comparison — list, search, Markdown editor and preview,
links to what is on screen, autosave that loses nothing, versions and trash.

The panel assembles its parts (NoteList above, MessageBar and NoteEditor below, in a splitter), keeps
what is on screen (the context), and holds the actions that span parts: open, new, delete and restore
(undoable), versions, quotes, export and import. The autosave lives in NoteEditor.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from db.api.notes import ReplaceRefused
from db.errors import StoreError
from desktop.startup import store_opening as said
from desktop.models.note_list_model import NOTE_ROLE, display_title
from desktop.views.notes.message_bar import MessageBar
from desktop.views.notes.note_editor import NoteEditor
from desktop.views.notes.note_list import NoteList

translate = QCoreApplication.translate


class DeleteNoteCommand(QUndoCommand):
    """Moving a note to the trash, undoable (the note comes back from the trash)."""

    def __init__(self, panel: "NotesPanel", uid: str, title: str):
        super().__init__(translate("NotesPanel", "Move note “%1” to the trash").replace("%1", display_title(title)))
        self.panel, self.uid, self.title = panel, uid, title

    def redo(self) -> None:
        self.panel.store.delete_note(self.uid, initiator=self.panel)
        self.panel._after_delete(self.uid, self.title)

    def undo(self) -> None:
        self.panel.store.undelete_note(self.uid, initiator=self.panel)
        self.panel._after_undelete(self.uid)


class NotesPanel(QWidget):
    note_saved = Signal(str)  # uid: the store has the text as it was when the save started
    current_note_changed = Signal(object)  # uid or None
    search_finished = Signal(int)  # hits shown for the search text (searches run on a worker thread)

    def __init__(self, store, parent: QWidget | None = None, autosave_ms: int = 1000, retry_ms: int = 5000):
        super().__init__(parent)
        self.store = store
        self.setAccessibleName(self.tr("Notes"))
        self.undo_stack = QUndoStack(self)
        self._context: tuple[tuple[str, ...], str | None, str | None] = ((), None, None)
        self._tags: list[str] = []
        self._saved_uids: dict[str, None] = {}  # saved since the list last caught up (their rows alone are read)
        self.own_change_timer = QTimer(self)
        self.own_change_timer.setSingleShot(True)
        self.own_change_timer.setInterval(300)
        self.own_change_timer.timeout.connect(self._refresh_after_own_change)
        self._build(autosave_ms, retry_ms)
        self._connect_parts()
        self._build_shortcuts()
        self.store.changed.connect(self._store_changed)
        self._load_filters()
        self.set_scope("all")
        self._show_note(None)

    # layout -------------------------------------------------------------------------------------------
    def _build(self, autosave_ms: int, retry_ms: int) -> None:
        self.note_list = NoteList(self.store, self, current_uid=self.current_uid, screen_links=self._screen_links)
        editor_pane = QWidget(self)
        self.message_bar = MessageBar(editor_pane)
        self.note_editor = NoteEditor(self.store, self.message_bar, self, editor_pane, autosave_ms, retry_ms)
        pane = QVBoxLayout(editor_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.setSpacing(4)
        pane.addWidget(self.message_bar)
        pane.addWidget(self.note_editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.note_list.stack)
        self.splitter.addWidget(editor_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 560])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.note_list.header)
        layout.addWidget(self.splitter, 1)
        self._name_parts()

    def _name_parts(self) -> None:
        """The widgets and worker that tests, the whole-app driver and the benchmarks drive, by their names."""
        editor, notes = self.note_editor, self.note_list
        self.search_box, self.model, self.list_view, self.list_empty = (
            notes.search_box, notes.model, notes.list_view, notes.list_empty)
        self.scope_buttons, self.new_button = notes.scope_buttons, notes.new_button
        self.title_edit, self.tag_edit, self.editor, self.preview = (
            editor.title_edit, editor.tag_edit, editor.editor, editor.preview)
        self.status_label, self.placeholder, self.restore_button = (
            editor.status_label, editor.placeholder, editor.restore_button)
        self.autosaver = editor.autosaver

    def _connect_parts(self) -> None:
        notes, editor = self.note_list, self.note_editor
        notes.note_activated.connect(self.open_note)
        notes.search_finished.connect(self.search_finished)
        notes.failed.connect(lambda text: self.message_bar.show_message(text, "error"))
        notes.new_requested.connect(lambda: self.new_note())
        notes.empty_trash_requested.connect(lambda: self.empty_trash())
        notes.export_requested.connect(lambda current_only: self.export_notes(current_only=current_only))
        notes.import_requested.connect(lambda: self.import_notes())
        editor.note_saved.connect(self.note_saved)
        editor.note_saved.connect(lambda uid: self._saved_uids.setdefault(uid))
        editor.note_recreated.connect(lambda _old, _new: self.refresh())
        editor.delete_requested.connect(self.delete_current)
        editor.restore_requested.connect(self.restore_current)
        editor.versions_requested.connect(self.show_versions)

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("Ctrl+N", lambda: self.new_note()), ("Ctrl+F", self.focus_search),
                          ("Ctrl+Shift+M", self.cycle_mode)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_or_restore_from_list)
        for key, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                          (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(key), self.list_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _load_filters(self) -> None:
        self._tags = self.note_list.load_filters()
        self.tag_edit.set_known_tags(self._tags)

    # public API ---------------------------------------------------------------------------------------
    def current_uid(self) -> str | None:
        return self.note_editor.uid()

    def scope(self) -> str:
        return self.note_list.scope()

    def mode(self) -> str:
        return self.note_editor.mode()

    def set_scope(self, scope: str) -> None:
        """'screen' (notes linked to the context), 'all' or 'trash'."""
        self.note_list.set_scope(scope)

    def set_context(self, devices: tuple[str, ...], pairing: str | None, event: str | None) -> None:
        """What is on screen: the compared devices, the pairing's slug (if it is a saved one), the selected
        event. 'On screen' lists the notes linked to any of them; new notes are linked to them."""
        context = (tuple(devices or ()), pairing or None, event or None)
        if context == self._context:
            return
        self._context = context
        self.note_editor.links.set_context_links(self.context_links())
        if self.scope() == "screen":
            self.refresh()

    def context(self) -> tuple[tuple[str, ...], str | None, str | None]:
        return self._context

    def context_links(self) -> list[tuple[str, str]]:
        """The links a new note gets: the pairing (else the devices), plus the event."""
        devices, pairing, event = self._context
        links = [("pairing", pairing)] if pairing else [("device", d) for d in devices]
        if event:
            links.append(("event", event))
        return links

    def context_title(self) -> str:
        """'Huawei Ascend 910C vs NVIDIA H100 SXM — October 7 rules', from what is on screen."""
        devices, pairing, event = self._context
        parts = []
        try:
            names = [self.store.device(d).name if self.store.device(d) else d for d in devices]
            name = next((p.name for p in self.store.pairings() if p.slug == pairing), None) if pairing else None
            if name or names:
                parts.append(name or self.tr(" vs ").join(names))
            if event:
                parts.append(next((e.title for e in self.store.events() if e.uid == event), event))
        except StoreError:
            pass
        return " — ".join(parts)

    def set_mode(self, mode: str, render: bool = True) -> None:
        """'edit', 'split' (text above its preview) or 'preview'."""
        self.note_editor.set_mode(mode, render)

    def cycle_mode(self) -> None:
        self.note_editor.cycle_mode()

    def focus_search(self) -> None:
        self.note_list.focus_search()

    def refresh(self) -> None:
        """Reload the list for the scope, search text and filters; keeps the open note selected."""
        self.note_list.refresh()

    def load_more_hits(self) -> None:
        self.note_list.load_more_hits()

    def open_note(self, uid: str | None) -> bool:
        """Open `uid` in the editor (saving the open note first); False if it no longer exists."""
        if uid == self.current_uid() and uid is not None:
            return True
        self.save_now(checkpoint=True)
        if uid is None:
            self._show_note(None)
            return True
        try:
            note = self.store.note(uid)
        except StoreError as exc:
            self.message_bar.show_message("<b>%s</b><br>%s" % said.words(exc), "error")
            return False
        except LookupError:
            self.message_bar.show_message(self.tr("That note no longer exists."), "info")
            self.refresh()
            return False
        self._show_note(note)
        return True

    def new_note(self, title: str | None = None, body: str = "") -> str | None:
        """Create a note linked to the context and open it; returns its uid."""
        self.save_now(checkpoint=True)
        title = title if title is not None else self.context_title() or self.tr("New note")
        try:
            uid = self.store.create_note(title, body, tags=(), links=tuple(self.context_links()), initiator=self)
        except StoreError as exc:
            self.message_bar.show_message(self.tr("<b>The note was not created.</b> %1").replace(
                "%1", said.words(exc)[1]), "error")
            return None
        if self.scope() == "trash":
            self.set_scope("all")
        self.refresh()
        self.open_note(uid)
        self.note_editor.focus_title()
        return uid

    def insert_quote(self, markdown: str) -> None:
        """Insert `markdown` at the cursor of the open note, as its own paragraph (a new note titled from the
        context if none is open, or if the open one is in the trash)."""
        if self.current_uid() is None or self.note_editor.is_trashed():
            if self.new_note() is None:
                return
        self.note_editor.insert_paragraph(markdown)

    def save_now(self, checkpoint: bool = False) -> None:
        """Hand the open note's current text to the autosave worker (if it changed)."""
        self.note_editor.save_now(checkpoint)

    def flush(self) -> bool:
        """Save now, synchronously: returns once the store has every text (True), or the save failed (False,
        the text stays in the editor and the message bar says why)."""
        return self.note_editor.flush()

    def has_unsaved_changes(self) -> bool:
        return self.note_editor.has_unsaved_changes()

    def link_to_context(self) -> None:
        if self.current_uid() is not None:
            self.note_editor.links.link_to_context()

    def remove_link(self, key: tuple[str, str]) -> None:
        self.note_editor.links.remove_link(key)

    # trash and versions -------------------------------------------------------------------------------
    def delete_current(self) -> None:
        if self.current_uid() is None or self.note_editor.is_trashed():
            return
        if not self.note_editor.settle():
            return
        try:
            self.undo_stack.push(DeleteNoteCommand(self, self.current_uid(), self.note_editor.title()))
        except StoreError as exc:
            self.message_bar.show_message("<b>" + self.tr("The note was not deleted.") + f"</b> {said.words(exc)[1]}", "error")

    def restore_current(self) -> None:
        uid = self.current_uid()
        if uid is None or not self.note_editor.is_trashed():
            return
        try:
            self.store.undelete_note(uid, initiator=self)
        except StoreError as exc:
            self.message_bar.show_message("<b>" + self.tr("The note was not restored.") + f"</b> {said.words(exc)[1]}", "error")
            return
        self._after_undelete(uid)
        self.message_bar.show_message(self.tr("Restored from the trash."), "info")

    def empty_trash(self, confirm: bool = True) -> int:
        trashed = self.store.notes(trash=True)
        if not trashed:
            self.message_bar.show_message(self.tr("The trash is already empty."), "info")
            return 0
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Empty the trash?"),
                self.tr("Delete the %1 notes in the trash for good? This cannot be undone.").replace(
                    "%1", str(len(trashed))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        self.note_editor.settle()
        try:
            count = self.store.empty_trash(initiator=self)
        except StoreError as exc:
            self.message_bar.show_message("<b>%s</b><br>%s" % said.words(exc), "error")
            return 0
        gone = {n.uid for n in trashed}
        for uid in gone:
            self.autosaver.forget(uid)
        self.undo_stack.clear()  # the deletions can no longer be undone
        if self.current_uid() in gone:
            self._show_note(None)
        self.refresh()
        self.message_bar.show_message(self.tr("Deleted %1 notes for good.").replace("%1", str(count)), "info")
        return count

    def show_versions(self) -> None:
        if self.current_uid() is None or not self.note_editor.settle():
            return
        from desktop.dialogs.note_versions_dialog import NoteVersionsDialog
        dialog = NoteVersionsDialog(self.note_editor.title(), self.store.note_versions(self.current_uid()), self)
        if dialog.exec() and dialog.chosen_version() is not None:
            self.restore_version(dialog.chosen_version().id)

    def restore_version(self, version_id: int) -> bool:
        uid = self.current_uid()
        if uid is None or not self.note_editor.settle():
            return False
        try:
            self.store.restore_note_version(uid, version_id, initiator=self)
            note = self.store.note(uid)
        except StoreError as exc:
            self.message_bar.show_message("<b>" + self.tr("The version was not restored.") + f"</b> {said.words(exc)[1]}",
                                          "error")
            return False
        self._show_note(note, keep_message=True)
        self.refresh()
        self.message_bar.show_message(self.tr("Restored an earlier version. The text it replaced is in "
                                              "Versions… too."), "info")
        return True

    # files --------------------------------------------------------------------------------------------
    def export_notes(self, current_only: bool, folder: str | None = None) -> list:
        """Write the open note (or every note) as Markdown files with front matter into a folder."""
        from PySide6.QtWidgets import QFileDialog
        if current_only and self.current_uid() is None:
            self.message_bar.show_message(self.tr("Open a note to export it."), "info")
            return []
        if not self.flush():
            return []
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Export notes to a folder"))
        if not folder:
            return []
        uids = [self.current_uid()] if current_only else None
        try:
            try:
                written = self.store.export_notes(Path(folder), uids)
            except ReplaceRefused as exc:  # files of the same name are there: replaced only if the user says so
                if not self._replace_files(folder, [p.name for p in exc.paths]):
                    self.message_bar.show_message(self.tr("Nothing was exported."), "info")
                    return []
                written = self.store.export_notes(Path(folder), uids, replace=True)
        except (StoreError, OSError, ValueError) as exc:
            self.message_bar.show_message("<b>" + self.tr("Export failed:") + f"</b> {getattr(exc, 'message', None) or exc}",
                                          "error")
            return []
        self.message_bar.show_message(self.tr("Exported %1 note(s) to %2").replace("%1", str(len(written)))
                                      .replace("%2", folder), "info")
        return written

    def _replace_files(self, folder: str, names: list[str]) -> bool:
        """Ask before an export replaces files already in the folder, naming them (all in the details)."""
        shown = "\n".join(names[:8]) + ("\n" + self.tr("… and %1 more").replace("%1", str(len(names) - 8))
                                        if len(names) > 8 else "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace files?"), self.tr(
            "%1 already holds %2 file(s) with the names of these notes:\n\n%3\n\nReplace them?").replace(
            "%1", folder).replace("%2", str(len(names))).replace("%3", shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("replaceNotesBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Replace"))
        if len(names) > 8:
            box.setDetailedText("\n".join(names))
        return box.exec() == QMessageBox.StandardButton.Yes

    def import_notes(self, source: str | None = None) -> dict:
        """Read Markdown notes from a folder; notes already imported are updated, never duplicated."""
        from PySide6.QtWidgets import QFileDialog
        source = source or QFileDialog.getExistingDirectory(self, self.tr("Import notes from a folder"))
        if not source or not self.flush():
            return {}
        try:
            report = self.store.import_notes(Path(source), initiator=self)
        except (StoreError, OSError, ValueError) as exc:
            self.message_bar.show_message("<b>" + self.tr("Import failed:") + f"</b> {getattr(exc, 'message', None) or exc}",
                                          "error")
            return {}
        self.refresh()
        self.message_bar.show_message(
            self.tr("Imported: %1 new, %2 updated, %3 unchanged").replace("%1", str(report.get("created", 0)))
            .replace("%2", str(report.get("updated", 0))).replace("%3", str(report.get("unchanged", 0))), "info")
        return report

    # between the parts --------------------------------------------------------------------------------
    def _show_note(self, note, keep_message: bool = False) -> None:
        self.note_editor.show_note(note, keep_message)
        self.note_list.select(self.current_uid())
        self.current_note_changed.emit(self.current_uid())

    def _screen_links(self) -> list[tuple[str, str]]:
        devices, pairing, event = self._context
        links = [("device", d) for d in devices]
        if pairing:
            links.append(("pairing", pairing))
        if event:
            links.append(("event", event))
        return links

    def _delete_or_restore_from_list(self) -> None:
        if self.note_editor.is_trashed():
            self.restore_current()
        else:
            self.delete_current()

    def _after_delete(self, uid: str, title: str) -> None:
        self.autosaver.forget(uid) if not self.autosaver.has_unsaved(uid) else None
        if self.current_uid() == uid:
            self._show_note(None)
        self.refresh()
        self.message_bar.show_message(self.tr("Moved “%1” to the trash.").replace("%1", display_title(title)),
                                      "info", [(self.tr("&Undo"), self.undo_stack.undo)])

    def _after_undelete(self, uid: str) -> None:
        self.refresh()
        self.note_editor.detach()  # reopen it from the store (its trash flag changed)
        self.open_note(uid)
        self.message_bar.dismiss()

    def _refresh_after_own_change(self) -> None:
        """After the panel's own saves: the saved notes' rows alone are read again (and the tags, if a saved
        note's tags changed); after its other writes, the list."""
        saved, self._saved_uids = list(self._saved_uids), {}
        try:  # the note is saved; a list that cannot be re-read now (a disk error) is re-read at the next change
            if not saved:
                self.refresh()
                return
            tags_changed = False
            for uid in saved:
                before = self.model.row_of(uid)
                old_tags = self.model.index(before).data(NOTE_ROLE).tags if before >= 0 else None
                note = self.note_list.row_saved(uid)
                if note is None or old_tags is None or set(note.tags) != set(old_tags) \
                        or not set(note.tags) <= set(self._tags):
                    tags_changed = True
            if tags_changed and self.store.note_tags() != self._tags:
                self._load_filters()
        except StoreError as exc:
            self.message_bar.show_message(said.words(exc)[1].split("\n\n")[0], "error")

    # events -------------------------------------------------------------------------------------------
    def _store_changed(self, change, initiator) -> None:
        kinds = getattr(change, "kinds", frozenset())
        if "device" in kinds or "seed" in kinds:
            self.note_list.forget_devices()
            self._load_filters()
        if initiator is self:
            if "note" in kinds or not kinds:
                self.own_change_timer.start()  # one list refresh for a burst of autosaves, after the save
            return
        if "note" in kinds or "notes" in kinds or not kinds:
            self._load_filters()
            self.refresh()
            uid = self.current_uid()
            if uid is not None and not self.has_unsaved_changes():
                try:
                    note = self.store.note(uid)
                except (StoreError, LookupError):
                    return
                if not self.note_editor.shows(note):
                    position = self.note_editor.cursor_position()
                    self._show_note(note, keep_message=True)
                    self.note_editor.set_cursor_position(min(position, len(note.body)))

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_now()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.note_editor.set_wide(event.size().width() >= 900)
        super().resizeEvent(event)
