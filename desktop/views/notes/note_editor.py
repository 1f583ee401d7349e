"""NoteEditor: the open note — title, tags, links, Markdown text and its preview, the edit modes, the save
status — and the autosave that loses nothing.

Autosave: every edit restarts a 1 s single-shot timer (a save after a pause); the first edit not yet handed
over also starts a 3 s single-shot ceiling timer that later edits do not restart, so that continuous typing
is saved at least every 3 s (a kill -9 loses at most the last 3 s). When either fires (and when focus leaves
the editor, when another note is opened, when the panel is hidden, and on flush()) the editor takes a
snapshot of the note (plain strings) and hands it to NoteAutosaver, which writes it on a worker thread; both
timers stop then. A failed save keeps
the text in the editor, says so in the message bar and is retried every 5 s and after the next edit.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter,
                               QToolButton, QVBoxLayout, QWidget)

from db.errors import StoreError
from desktop.startup import store_opening as said
from desktop.present import dates
from desktop.views.markdown_view import MarkdownView
from desktop.views.notes.message_bar import MessageBar
from desktop.views.notes.note_autosaver import NoteAutosaver, SaveRequest
from desktop.views.notes.note_links import NoteLinks
from desktop.views.notes.note_team_bar import NoteTeamBar
from desktop.views.notes.tag_edit import TagEdit

MODES = ("edit", "split", "preview")


class NoteEditor(QWidget):
    note_saved = Signal(str)  # uid: the store has the text as it was when the save started
    note_recreated = Signal(str, str)  # old uid, new uid: the note was deleted elsewhere, the text saved anew
    delete_requested = Signal()
    restore_requested = Signal()
    versions_requested = Signal()

    def __init__(self, store, message_bar: MessageBar, initiator: QObject, parent: QWidget | None = None,
                 autosave_ms: int = 1000, retry_ms: int = 5000, ceiling_ms: int = 3000):
        """Saves are published to `store` in the name of `initiator` (the panel, which skips its own changes);
        save failures and recoveries are told in `message_bar`."""
        super().__init__(parent)
        self.store = store
        self.message_bar = message_bar
        self._initiator = initiator
        self.autosaver = NoteAutosaver(store.database, self, retry_ms=retry_ms)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.recreated.connect(self._recreated)
        self.autosaver.state_changed.connect(self.update_status)
        self._uid: str | None = None
        self._note = None  # NoteDTO as opened
        self._dirty = False
        self._links_dirty = False
        self._loading = False
        self._saved_at: str | None = None
        self._mode = "split"
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(autosave_ms)
        self.save_timer.timeout.connect(self.save_now)
        self.ceiling_timer = QTimer(self)  # started by the first unsaved edit, not restarted by later ones
        self.ceiling_timer.setSingleShot(True)
        self.ceiling_timer.setInterval(ceiling_ms)
        self.ceiling_timer.timeout.connect(self.save_now)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(400)
        self.preview_timer.timeout.connect(self.render_preview)
        self._build()
        self.set_mode("split")

    # builders -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_title()
        self._build_tags()
        self.links = NoteLinks(self)
        self.links.links_edited.connect(self._links_edited)
        self.team_bar = NoteTeamBar(self.store, self)
        self.team_bar.share_requested.connect(self._share)
        mode_row = self._build_mode_row()
        self._build_body()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("noteStatus")
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.placeholder = QLabel(self.tr("No note open.\nPick one in the list, or make a new one (Ctrl+N)."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        pane = QVBoxLayout(self)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.setSpacing(4)
        pane.addWidget(self.placeholder, 1)
        pane.addWidget(self.title_edit)
        pane.addWidget(self.tag_edit)
        pane.addWidget(self.links)
        pane.addWidget(self.team_bar)
        pane.addLayout(mode_row)
        pane.addWidget(self.body_split, 1)
        pane.addWidget(self.status_label)
        self._note_widgets = (self.title_edit, self.tag_edit, self.links, self.versions_button,
                              self.delete_button, self.restore_button, self.body_split, self.status_label,
                              *self.mode_buttons.values())
        for w in (self.editor, self.title_edit, self.tag_edit):
            w.installEventFilter(self)

    def _build_title(self) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("noteTitle")
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Note title"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.title_edit.textEdited.connect(self._edited)

    def _build_tags(self) -> None:
        self.tag_edit = TagEdit(self)
        self.tag_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tag_edit.setAccessibleName(self.tr("Note tags"))
        self.tag_edit.tags_edited.connect(self._edited)

    def _build_mode_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        for key, text, tip in (("edit", self.tr("Edit"), self.tr("Only the Markdown text")),
                               ("split", self.tr("Split"), self.tr("Text and preview")),
                               ("preview", self.tr("Preview"), self.tr("Only the preview"))):
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip + self.tr(" (Ctrl+Shift+M cycles)"))
            b.setAccessibleName(self.tr("%1 mode").replace("%1", text))
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, k=key: self.set_mode(k))
            self.mode_group.addButton(b)
            self.mode_buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        self.versions_button = QPushButton(self.tr("Versions…"), self)
        self.versions_button.setAccessibleName(self.tr("Versions of the note"))
        self.versions_button.clicked.connect(self.versions_requested)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Move the note to the trash"))
        self.delete_button.setToolTip(self.tr("Move the note to the trash (Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the note from the trash"))
        self.restore_button.clicked.connect(self.restore_requested)
        for b in (self.versions_button, self.delete_button, self.restore_button):
            row.addWidget(b)
        return row

    def _build_body(self) -> None:
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteBody")
        self.editor.setAccessibleName(self.tr("Note text (Markdown)"))
        self.editor.setPlaceholderText(self.tr("Write in Markdown: # heading, - list, | table |, [link](https://…), "
                                               "`code`. Saved as you type."))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._edited)
        self.preview = MarkdownView(self)
        self.preview.setObjectName("notePreview")
        self.body_split = QSplitter(Qt.Orientation.Vertical, self)
        self.body_split.addWidget(self.editor)
        self.body_split.addWidget(self.preview)
        self.body_split.setChildrenCollapsible(False)

    # the open note ------------------------------------------------------------------------------------
    def uid(self) -> str | None:
        return self._uid

    def title(self) -> str:
        return self.title_edit.text()

    def is_trashed(self) -> bool:
        return self._note is not None and bool(getattr(self._note, "deleted", None))

    def shows(self, note) -> bool:
        """True if the editor shows exactly this stored state of the note."""
        return (note.title, note.body, note.tags, note.deleted) == (
            self.title_edit.text(), self.editor.toPlainText(), self.tag_edit.tags(),
            getattr(self._note, "deleted", None))

    def show_note(self, note, keep_message: bool = False) -> None:
        """Show `note` (a NoteDTO, or None for no note), with any text of it not yet in the store."""
        self._loading = True
        try:
            self.save_timer.stop()
            self.ceiling_timer.stop()
            self._note = note
            self._uid = note.uid if note is not None else None
            self._dirty = self._links_dirty = False
            self._saved_at = None
            pending = self.autosaver.pending(note.uid) if note is not None else None
            title = pending.title if pending else (note.title if note else "")
            body = pending.body if pending else (note.body if note else "")
            tags = pending.tags if pending and pending.tags is not None else (note.tags if note else ())
            self.title_edit.setText(title)
            self.tag_edit.set_tags(tags)
            self.editor.setPlainText(body)
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
            self.links.set_links(note.links if note is not None else ())
            for w in self._note_widgets:
                w.setVisible(note is not None)
            self.team_bar.show_note(note)
            self.placeholder.setVisible(note is None)
            trashed = self.is_trashed()
            for w in (self.title_edit, self.tag_edit):
                w.setReadOnly(trashed)
            self.editor.setReadOnly(trashed)
            self.delete_button.setVisible(note is not None and not trashed)
            self.restore_button.setVisible(note is not None and trashed)
            self.links.set_read_only(trashed)
            if not keep_message and self.message_bar.level != "error":
                self.message_bar.dismiss()
            self.editor.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self.set_mode(self._mode, render=False)
        if self._mode != "edit":
            self.preview_timer.start(0)  # after the text is on screen
        self.update_status()

    def detach(self) -> None:
        """Forget which note is open (the widgets keep showing it): opening it again reads it from the store."""
        self._uid = None

    def cursor_position(self) -> int:
        return self.editor.textCursor().position()

    def set_cursor_position(self, position: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(position)
        self.editor.setTextCursor(cursor)

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def insert_paragraph(self, markdown: str) -> None:
        """Insert `markdown` at the cursor as its own paragraph, showing the text if only the preview shows."""
        if self._mode == "preview":
            self.set_mode("split")
        cursor = self.editor.textCursor()
        text = markdown if markdown.endswith("\n") else markdown + "\n"
        if cursor.positionInBlock() > 0:
            text = "\n\n" + text
        elif cursor.block().previous().isValid() and cursor.block().previous().text().strip():
            text = "\n" + text
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # modes --------------------------------------------------------------------------------------------
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str, render: bool = True) -> None:
        """'edit', 'split' (text above its preview) or 'preview'."""
        self._mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.editor.setVisible(mode != "preview")
        self.preview.setVisible(mode != "edit")
        if mode != "edit" and render:
            self.render_preview()

    def cycle_mode(self) -> None:
        self.set_mode(MODES[(MODES.index(self._mode) + 1) % len(MODES)])

    def set_wide(self, wide: bool) -> None:
        """Text beside its preview on a wide panel, above it on a narrow one."""
        self.body_split.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)

    def render_preview(self) -> None:
        if self._mode == "edit" or not self.preview.isVisibleTo(self):
            return
        self.preview.set_markdown(self.editor.toPlainText() if self._uid is not None else "")

    # editing and saving -------------------------------------------------------------------------------
    def save_now(self, checkpoint: bool = False) -> None:
        """Hand the open note's current text to the autosave worker (if it changed)."""
        self.save_timer.stop()
        self.ceiling_timer.stop()
        request = self._snapshot(checkpoint)
        if request is not None:
            self.autosaver.submit(request)

    def flush(self) -> bool:
        """Save now, synchronously: returns once the store has every text (True), or the save failed (False,
        the text stays in the editor and the message bar says why)."""
        self.save_now(checkpoint=True)
        return self.autosaver.flush()

    def settle(self) -> bool:
        """Make sure the store has the open note's text before acting on it."""
        self.save_now()
        if self.autosaver.has_unsaved(self._uid) or self.autosaver.busy:
            return self.autosaver.flush()
        return True

    def has_unsaved_changes(self) -> bool:
        return self._dirty or self.autosaver.has_unsaved()

    def _links_edited(self) -> None:
        self._links_dirty = True
        self._edited()

    def _edited(self, *_args) -> None:
        if self._loading or self._uid is None:
            return
        if not self._dirty:
            self._dirty = True
            self.update_status()
        self.save_timer.start()
        if not self.ceiling_timer.isActive():
            self.ceiling_timer.start()
        if self._mode != "edit":
            self.preview_timer.start(400)

    def _snapshot(self, checkpoint: bool = False) -> SaveRequest | None:
        if self._uid is None or not self._dirty:
            return None
        self._dirty = False
        request = SaveRequest(self._uid, self.title_edit.text(), self.editor.toPlainText(), self.tag_edit.tags(),
                              self.links.keys() if self._links_dirty else None, checkpoint)
        self._links_dirty = False
        return request

    def _saved(self, uid: str, change) -> None:
        if change is not None:
            self.store.publish(change, initiator=self._initiator)
        if uid == self._uid:
            self._saved_at = dates.date_time(dates.utc_now_iso())
        if self.message_bar.level == "error" and not self.autosaver.failing:
            self.message_bar.show_message(self.tr("Saved again: the store takes your notes again."), "info")
            QTimer.singleShot(6000, self._dismiss_info)
        self.update_status()
        self.note_saved.emit(uid)

    def _dismiss_info(self) -> None:
        if self.message_bar.level == "info":
            self.message_bar.dismiss()

    def _save_failed(self, uid: str, error: BaseException) -> None:
        title, message = self._error_text(error)
        note = self.tr("Your text is kept here and saving is retried every %1 s and after your next edit.").replace(
            "%1", str(self.autosaver.retry_timer.interval() // 1000))
        self.message_bar.show_message("<b>" + self.tr("Not saved:") + f" {title}</b><br>{message}<br>{note}", "error",
                                      [(self.tr("Retry now"), self.autosaver.retry)])
        self.update_status()

    def _error_text(self, error: BaseException) -> tuple[str, str]:
        if isinstance(error, StoreError):
            return said.words(error)
        return self.tr("Unexpected error"), f"{type(error).__name__}: {error}"

    def _share(self, uid: str) -> None:
        """"Shared with the team" ticked: the text saved first (a failed save says why in the message bar), then
        the note queued for the team library."""
        if not self.settle():
            self.team_bar.show_note(self._note)
            return
        try:
            self.store.share_note(uid)
        except (StoreError, ValueError, LookupError) as exc:
            self.team_bar.show_note(self._note)
            title, message = self._error_text(exc)
            self.message_bar.show_message("<b>" + self.tr("Not shared:") + f" {title}</b><br>{message}", "error")
            return
        self.team_bar.mark_shared()
        self.message_bar.show_message(self.tr("Shared with the team: the note goes to the team library at the next "
                                              "sync, and every later save follows it."), "info")

    def _recreated(self, old: str, new: str) -> None:
        if self._uid == old:
            self._uid = new
        self.message_bar.show_message(self.tr("The note had been deleted elsewhere; your text was saved as a new "
                                              "note."), "info")
        self.note_recreated.emit(old, new)

    def update_status(self) -> None:
        if self._uid is None:
            self.status_label.clear()
            return
        if self.is_trashed():
            text = self.tr("In the trash (read-only). Restore it to edit.")
        elif self.autosaver.failing and self.autosaver.has_unsaved(self._uid):
            text = "⚠ " + self.tr("Not saved yet — retrying")
        elif self._dirty:
            text = self.tr("Edited…")
        elif self.autosaver.has_unsaved(self._uid):
            text = self.tr("Saving…")
        elif self._saved_at:
            text = self.tr("Saved %1").replace("%1", self._saved_at)
        else:
            text = self.tr("Saved")
        if self.status_label.text() != text:
            self.status_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            popup = self.tag_edit.completer_.popup()
            if not (watched is self.tag_edit and popup.isVisible()):
                self.save_now()
        return super().eventFilter(watched, event)
