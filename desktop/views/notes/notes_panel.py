"""NotesPanel: the analyst's notes beside the comparison — list, search, Markdown editor and preview,
links to what is on screen, autosave that loses nothing, versions and trash.

Autosave: every edit restarts a 1 s single-shot timer; when it fires (and when focus leaves the editor,
when another note is opened, when the panel is hidden, and on flush()) the panel takes a snapshot of the
note (plain strings) and hands it to NoteAutosaver, which writes it on a worker thread. A failed save keeps
the text in the editor, says so in the message bar and is retried every 5 s and after the next edit.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject,
                            QSignalBlocker, QStringListModel, Qt, QThreadPool, QTimer, Signal)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QCompleter, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QListView, QMenu, QMessageBox, QPlainTextEdit, QPushButton,
                               QSizePolicy, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from db.errors import StoreError
from desktop.models.note_list_model import (UID_ROLE, NoteItemDelegate, NoteListModel,
                                            NoteSortProxyModel, display_title, format_timestamp)
from desktop.views.notes.note_autosaver import NoteAutosaver, SaveRequest
from desktop.views.flow_layout import FlowLayout
from desktop.views.markdown_view import MarkdownView

SCOPES = ("screen", "all", "trash")
MODES = ("edit", "split", "preview")
# search results come a page at a time: the best matches at once, more when the list is scrolled to its end
SEARCH_PAGE = 50
LINK_SYMBOLS = {"device": "▣", "pairing": "⇄", "event": "◆", "source": "❝"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotesPanel", text)


def _link_key(link) -> tuple[str, str]:
    return (link.kind, link.target) if hasattr(link, "kind") else (link[0], link[1])


def _error_text(error: BaseException) -> tuple[str, str]:
    if isinstance(error, StoreError):
        return error.title, error.message
    return _tr("Unexpected error"), f"{type(error).__name__}: {error}"


class TagEdit(QLineEdit):
    """Comma-separated tags, completing the tag being typed from the tags already in use."""

    tags_edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tag_model = QStringListModel(self)
        self.completer_ = QCompleter(self.tag_model, self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.activated[str].connect(self.insert_completion)
        self.textEdited.connect(self._edited)

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_model.setStringList(list(tags))

    def tags(self) -> tuple[str, ...]:
        out: dict[str, str] = {}
        for part in self.text().split(","):
            tag = " ".join(part.split())
            if tag:
                out.setdefault(tag.casefold(), tag)
        return tuple(out.values())

    def set_tags(self, tags) -> None:
        self.setText(", ".join(tags))

    def current_prefix(self) -> str:
        return self.text()[:self.cursorPosition()].split(",")[-1].strip()

    def completions(self) -> list[str]:
        """What the completer offers for the tag being typed."""
        out = []
        for i in range(self.completer_.completionCount()):
            self.completer_.setCurrentRow(i)
            out.append(self.completer_.currentCompletion())
        return out

    def _edited(self, _text: str) -> None:
        prefix = self.current_prefix()
        self.completer_.setCompletionPrefix(prefix)
        if prefix and self.completer_.completionCount() > 0 and self.isVisible():
            rect = self.cursorRect()
            rect.setWidth(max(160, self.completer_.popup().sizeHintForColumn(0) + 24))
            self.completer_.complete(rect)
        else:
            self.completer_.popup().hide()
        self.tags_edited.emit()

    def insert_completion(self, completion: str) -> None:
        before = self.text()[:self.cursorPosition()]
        after = self.text()[self.cursorPosition():]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        text = f"{head}{completion}, "
        self.setText(text + after.lstrip(", "))
        self.setCursorPosition(len(text))
        self.tags_edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.completer_.popup().isVisible() and event.key() in (
                Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)


class MessageBar(QFrame):
    """A strip above the editor: a symbol (ⓘ or ⚠, so colour never carries it alone), a message, buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteMessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Notes message"))
        self.symbol = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 4, 4, 4)
        self._row.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addWidget(self.label, 1)
        self._row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info", actions=()) -> None:
        for b in self._buttons:
            self._row.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        self.level = level
        self.symbol.setText("⚠" if level == "error" else "ⓘ")
        self.label.setText(text)
        self.setProperty("level", level)
        accent = "#d55e00" if level == "error" else "palette(highlight)"
        self.setStyleSheet(f"QFrame#noteMessageBar {{ background: palette(alternate-base); "
                           f"border: 1px solid palette(mid); border-left: 4px solid {accent}; }}")
        for label, slot in actions:
            b = QPushButton(label, self)
            b.setAccessibleName(label.replace("&", ""))
            b.clicked.connect(slot)
            self._row.insertWidget(self._row.count() - 1, b, 0, Qt.AlignmentFlag.AlignTop)
            self._buttons.append(b)
        self.setAccessibleDescription(text)
        self.show()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.level = ""
        self.hide()


class DeleteNoteCommand(QUndoCommand):
    """Moving a note to the trash, undoable (the note comes back from the trash)."""

    def __init__(self, panel: "NotesPanel", uid: str, title: str):
        super().__init__(_tr("Move note “%1” to the trash").replace("%1", display_title(title)))
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
        self.autosaver = NoteAutosaver(store.database, self, retry_ms=retry_ms)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.recreated.connect(self._recreated)
        self.autosaver.state_changed.connect(self._update_status)
        self._context: tuple[tuple[str, ...], str | None, str | None] = ((), None, None)
        self._uid: str | None = None
        self._note = None  # NoteDTO as opened
        self._links: tuple = ()
        self._dirty = False
        self._links_dirty = False
        self._loading = False
        self._saved_at: str | None = None
        self._mode = "split"
        self._tags: list[str] = []
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(autosave_ms)
        self.save_timer.timeout.connect(self.save_now)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(400)
        self.preview_timer.timeout.connect(self._render_preview)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self.refresh)
        self.own_change_timer = QTimer(self)
        self.own_change_timer.setSingleShot(True)
        self.own_change_timer.setInterval(300)
        self.own_change_timer.timeout.connect(self._refresh_after_own_change)
        self._build()
        self._shortcuts()
        self.store.changed.connect(self._store_changed)
        self._load_filters()
        self.set_scope("all")
        self._show_note(None)

    # layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QToolButton] = {}
        scope_row = QHBoxLayout()
        scope_row.setSpacing(0)
        for key, text, tip in (("screen", self.tr("On screen"), self.tr("Notes linked to the devices, pairing or "
                                                                        "event on screen")),
                               ("all", self.tr("All notes"), self.tr("Every note")),
                               ("trash", self.tr("Trash"), self.tr("Notes moved to the trash"))):
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(text)
            b.setCheckable(True)
            b.setAutoRaise(False)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(lambda _c=False, k=key: self.set_scope(k))
            self.scope_group.addButton(b)
            self.scope_buttons[key] = b
            scope_row.addWidget(b)
        scope_row.addStretch(1)
        self.empty_trash_button = QPushButton(self.tr("Empty trash…"), self)
        self.empty_trash_button.setAccessibleName(self.tr("Empty trash"))
        self.empty_trash_button.clicked.connect(lambda: self.empty_trash())  # clicked(False) is not confirm=False
        scope_row.addWidget(self.empty_trash_button)
        self.new_button = QPushButton(self.tr("＋ New note"), self)
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.setToolTip(self.tr("New note, linked to what is on screen (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_note())
        scope_row.addWidget(self.new_button)
        self.files_button = QToolButton(self)
        self.files_button.setText("⋯")
        self.files_button.setAccessibleName(self.tr("Export and import notes"))
        self.files_button.setToolTip(self.tr("Export or import notes as Markdown files"))
        self.files_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        files_menu = QMenu(self.files_button)
        files_menu.addAction(self.tr("Export this note as Markdown…"), lambda: self.export_notes(current_only=True))
        files_menu.addAction(self.tr("Export all notes as Markdown…"), lambda: self.export_notes(current_only=False))
        files_menu.addAction(self.tr("Import Markdown notes…"), self.import_notes)
        self.files_button.setMenu(files_menu)
        scope_row.addWidget(self.files_button)

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search notes"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self.search_timer.start())
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.setToolTip(self.tr("Show only notes with this tag"))
        self.device_filter = QComboBox(self)
        self.device_filter.setAccessibleName(self.tr("Filter by linked device"))
        self.device_filter.setToolTip(self.tr("Show only notes linked to this device"))
        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName(self.tr("Sort notes"))
        self.sort_box.addItem(self.tr("Newest first"), "updated")
        self.sort_box.addItem(self.tr("Title A–Z"), "title")
        for combo in (self.tag_filter, self.device_filter, self.sort_box):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.device_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sort_box.currentIndexChanged.connect(lambda _i: self.refresh())
        filter_row = QHBoxLayout()
        filter_row.setSpacing(4)
        for combo in (self.tag_filter, self.device_filter, self.sort_box):
            filter_row.addWidget(combo, 1)

        self.model = NoteListModel(self)
        self.proxy = NoteSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.list_view = QListView(self)
        self.list_view.setObjectName("noteList")
        self.list_view.setAccessibleName(self.tr("Notes"))
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(NoteItemDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.selectionModel().currentChanged.connect(self._list_current_changed)
        self.list_view.verticalScrollBar().valueChanged.connect(self._list_scrolled)
        self._search_key: tuple | None = None
        self._search_limit = SEARCH_PAGE
        self._more_hits = False
        self._search_generation = 0
        self._search_jobs: dict = {}  # JobSignals -> (generation, job, query, limit) until delivered
        self._keep_scroll: int | None = None
        self._search_pool = QThreadPool(self)
        self._search_pool.setMaxThreadCount(1)
        self.list_empty = QLabel(self)
        self.list_empty.setObjectName("noteListEmpty")
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setWordWrap(True)
        self.list_empty.setMargin(12)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.list_empty)

        editor_pane = QWidget(self)
        self.message_bar = MessageBar(editor_pane)
        self.title_edit = QLineEdit(editor_pane)
        self.title_edit.setObjectName("noteTitle")
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Note title"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.title_edit.textEdited.connect(self._edited)
        self.tag_edit = TagEdit(editor_pane)
        self.tag_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tag_edit.setAccessibleName(self.tr("Note tags"))
        self.tag_edit.tags_edited.connect(self._edited)
        self.links_box = QWidget(editor_pane)
        self.links_box.setAccessibleName(self.tr("Links of the note"))
        self.links_layout = FlowLayout(self.links_box)
        self.link_context_button = QToolButton(self.links_box)
        self.link_context_button.setText(self.tr("＋ Link to on screen"))
        self.link_context_button.setAccessibleName(self.tr("Link the note to what is on screen"))
        self.link_context_button.clicked.connect(self.link_to_context)

        mode_row = QHBoxLayout()
        mode_row.setSpacing(0)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        for key, text, tip in (("edit", self.tr("Edit"), self.tr("Only the Markdown text")),
                               ("split", self.tr("Split"), self.tr("Text and preview")),
                               ("preview", self.tr("Preview"), self.tr("Only the preview"))):
            b = QToolButton(editor_pane)
            b.setText(text)
            b.setToolTip(tip + self.tr(" (Ctrl+Shift+M cycles)"))
            b.setAccessibleName(self.tr("%1 mode").replace("%1", text))
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, k=key: self.set_mode(k))
            self.mode_group.addButton(b)
            self.mode_buttons[key] = b
            mode_row.addWidget(b)
        mode_row.addStretch(1)
        self.versions_button = QPushButton(self.tr("Versions…"), editor_pane)
        self.versions_button.setAccessibleName(self.tr("Versions of the note"))
        self.versions_button.clicked.connect(self.show_versions)
        self.delete_button = QPushButton(self.tr("Delete"), editor_pane)
        self.delete_button.setAccessibleName(self.tr("Move the note to the trash"))
        self.delete_button.setToolTip(self.tr("Move the note to the trash (Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button = QPushButton(self.tr("Restore"), editor_pane)
        self.restore_button.setAccessibleName(self.tr("Restore the note from the trash"))
        self.restore_button.clicked.connect(self.restore_current)
        for b in (self.versions_button, self.delete_button, self.restore_button):
            mode_row.addWidget(b)

        self.editor = QPlainTextEdit(editor_pane)
        self.editor.setObjectName("noteBody")
        self.editor.setAccessibleName(self.tr("Note text (Markdown)"))
        self.editor.setPlaceholderText(self.tr("Write in Markdown: # heading, - list, | table |, [link](https://…), "
                                               "`code`. Saved as you type."))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._edited)
        self.preview = MarkdownView(editor_pane)
        self.preview.setObjectName("notePreview")
        self.body_split = QSplitter(Qt.Orientation.Vertical, editor_pane)
        self.body_split.addWidget(self.editor)
        self.body_split.addWidget(self.preview)
        self.body_split.setChildrenCollapsible(False)
        self.status_label = QLabel(editor_pane)
        self.status_label.setObjectName("noteStatus")
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.placeholder = QLabel(self.tr("No note open.\nPick one in the list, or make a new one (Ctrl+N)."),
                                  editor_pane)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        pane = QVBoxLayout(editor_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.setSpacing(4)
        pane.addWidget(self.message_bar)
        pane.addWidget(self.placeholder, 1)
        pane.addWidget(self.title_edit)
        pane.addWidget(self.tag_edit)
        pane.addWidget(self.links_box)
        pane.addLayout(mode_row)
        pane.addWidget(self.body_split, 1)
        pane.addWidget(self.status_label)
        self._note_widgets = (self.title_edit, self.tag_edit, self.links_box, self.versions_button,
                              self.delete_button, self.restore_button, self.body_split, self.status_label,
                              *self.mode_buttons.values())

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(editor_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 560])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(scope_row)
        layout.addWidget(self.search_box)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        for w in (self.editor, self.title_edit, self.tag_edit):
            w.installEventFilter(self)
        self.set_mode("split")

    def _shortcuts(self) -> None:
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
        self._tags = self.store.note_tags()
        self.tag_edit.set_known_tags(self._tags)
        current_tag = self.tag_filter.currentData()
        with QSignalBlocker(self.tag_filter):
            self.tag_filter.clear()
            self.tag_filter.addItem(self.tr("Any tag"), None)
            for tag in self._tags:
                self.tag_filter.addItem(f"#{tag}", tag)
            i = self.tag_filter.findData(current_tag)
            self.tag_filter.setCurrentIndex(max(i, 0))
        if self.device_filter.count() == 0:
            with QSignalBlocker(self.device_filter):
                self.device_filter.addItem(self.tr("Any device"), None)
                for d in sorted(self.store.devices(), key=lambda d: d.name.casefold()):
                    self.device_filter.addItem(d.name, d.slug)

    # public API ---------------------------------------------------------------------------------------
    def current_uid(self) -> str | None:
        return self._uid

    def scope(self) -> str:
        return self._scope

    def mode(self) -> str:
        return self._mode

    def set_scope(self, scope: str) -> None:
        """'screen' (notes linked to the context), 'all' or 'trash'."""
        self._scope = scope
        self.scope_buttons[scope].setChecked(True)
        self.empty_trash_button.setVisible(scope == "trash")
        self.refresh()

    def set_context(self, devices: tuple[str, ...], pairing: str | None, event: str | None) -> None:
        """What is on screen: the compared devices, the pairing's slug (if it is a saved one), the selected
        event. 'On screen' lists the notes linked to any of them; new notes are linked to them."""
        context = (tuple(devices or ()), pairing or None, event or None)
        if context == self._context:
            return
        self._context = context
        self._update_link_button()
        if self._scope == "screen":
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

    def set_mode(self, mode: str, render: bool = True) -> None:
        """'edit', 'split' (text above its preview) or 'preview'."""
        self._mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.editor.setVisible(mode != "preview")
        self.preview.setVisible(mode != "edit")
        if mode != "edit" and render:
            self._render_preview()

    def cycle_mode(self) -> None:
        self.set_mode(MODES[(MODES.index(self._mode) + 1) % len(MODES)])

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def refresh(self) -> None:
        """Reload the list for the scope, search text and filters; keeps the open note selected."""
        self.search_timer.stop()
        query = self.search_box.text().strip()
        tag, device = self.tag_filter.currentData(), self.device_filter.currentData()
        try:
            if self._scope == "trash":
                items = self.store.notes(tag=tag, device=device, trash=True, sort=self.sort_box.currentData())
                if query:
                    words = query.casefold().split()
                    items = [n for n in items if all(w in n.title.casefold() for w in words)]
                search = False
            elif query:
                key = (query, tag, device, self._scope)
                if key != self._search_key:
                    self._search_key, self._search_limit = key, SEARCH_PAGE
                linked = self._screen_links() if self._scope == "screen" else None
                self._start_search(query, tag, device, self._search_limit, linked)
                return  # the list keeps the previous results until these arrive
            elif self._scope == "screen":
                items = self.store.notes_linked(self._screen_links(), tag=tag, device=device,
                                                sort=self.sort_box.currentData())
                search = False
            else:
                items = self.store.notes(tag=tag, device=device, sort=self.sort_box.currentData())
                search = False
        except StoreError as exc:
            self.message_bar.show_message(f"<b>{exc.title}</b><br>{exc.message}", "error")
            items, search = [], False
        self._search_generation += 1  # a search still running is no longer wanted
        self._search_key, self._more_hits = None, False
        self._show_items(items, search, query)

    def _start_search(self, query: str, tag, device, limit: int, linked) -> None:
        """Full-text search on a worker thread (a one-letter prefix over 100,000 notes takes a few hundred ms):
        typing never waits for it, and only the newest search's results are shown."""
        from desktop.background import BackgroundJob
        self._search_generation += 1
        generation, store = self._search_generation, self.store

        def search():
            if generation != self._search_generation:
                return None  # queued behind the running search and already out of date: skip the work
            return store.search_notes(query, tag=tag, device=device, limit=limit, linked_any=linked)

        job = BackgroundJob(search)
        # bound methods: the connection ends with this panel, so a late result never reaches a deleted widget
        job.signals.finished.connect(self._search_done)
        job.signals.failed.connect(self._search_failed)
        self._search_jobs[job.signals] = (generation, job, query, limit)  # alive until its signal is handled
        self._search_pool.start(job)

    def _search_context(self):
        """(generation, query, limit) of the search whose signal is being handled; None if it is out of date."""
        context = self._search_jobs.pop(self.sender(), None)
        if context is None or context[0] != self._search_generation:
            return None
        return context[0], context[2], context[3]

    def _search_done(self, items) -> None:
        context = self._search_context()
        if context is None:
            return
        _generation, query, limit = context
        self._more_hits = len(items) >= limit
        position = self._keep_scroll
        self._show_items(items, True, query)
        if position is not None:
            self.list_view.verticalScrollBar().setValue(position)
            self._keep_scroll = None
        self.search_finished.emit(len(items))

    def _search_failed(self, exc) -> None:
        if self._search_context() is None:
            return
        if isinstance(exc, StoreError):
            self.message_bar.show_message(f"<b>{exc.title}</b><br>{exc.message}", "error")
        else:
            self.message_bar.show_message(html.escape(f"{type(exc).__name__}: {exc}"), "error")
        self._show_items([], False, self.search_box.text().strip())

    def _show_items(self, items, search: bool, query: str) -> None:
        self.model.highlight = self.palette().color(self.palette().ColorRole.Highlight).lighter(160).name() \
            if self.palette().color(self.palette().ColorRole.Base).lightness() > 128 else "#ffe08a"
        self.model.set_items(items, search=search)
        self.proxy.set_sort_key("rank" if search else self.sort_box.currentData())
        self._select_in_list(self._uid)
        self._update_empty_list(query)

    def open_note(self, uid: str | None) -> bool:
        """Open `uid` in the editor (saving the open note first); False if it no longer exists."""
        if uid == self._uid and uid is not None:
            return True
        self.save_now(checkpoint=True)
        if uid is None:
            self._show_note(None)
            return True
        try:
            note = self.store.note(uid)
        except StoreError as exc:
            self.message_bar.show_message(f"<b>{exc.title}</b><br>{exc.message}", "error")
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
                "%1", exc.message), "error")
            return None
        if self._scope == "trash":
            self.set_scope("all")
        self.refresh()
        self.open_note(uid)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()
        return uid

    def insert_quote(self, markdown: str) -> None:
        """Insert `markdown` at the cursor of the open note, as its own paragraph (a new note titled from the
        context if none is open, or if the open one is in the trash)."""
        if self._uid is None or self._is_trashed():
            if self.new_note() is None:
                return
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

    def save_now(self, checkpoint: bool = False) -> None:
        """Hand the open note's current text to the autosave worker (if it changed)."""
        self.save_timer.stop()
        request = self._snapshot(checkpoint)
        if request is not None:
            self.autosaver.submit(request)

    def flush(self) -> bool:
        """Save now, synchronously: returns once the store has every text (True), or the save failed (False,
        the text stays in the editor and the message bar says why)."""
        self.save_now(checkpoint=True)
        return self.autosaver.flush()

    def has_unsaved_changes(self) -> bool:
        return self._dirty or self.autosaver.has_unsaved()

    def delete_current(self) -> None:
        if self._uid is None or self._is_trashed():
            return
        if not self._settle():
            return
        try:
            self.undo_stack.push(DeleteNoteCommand(self, self._uid, self.title_edit.text()))
        except StoreError as exc:
            self.message_bar.show_message(f"<b>{self.tr('The note was not deleted.')}</b> {exc.message}", "error")

    def restore_current(self) -> None:
        if self._uid is None or not self._is_trashed():
            return
        try:
            self.store.undelete_note(self._uid, initiator=self)
        except StoreError as exc:
            self.message_bar.show_message(f"<b>{self.tr('The note was not restored.')}</b> {exc.message}", "error")
            return
        self._after_undelete(self._uid)
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
        self._settle()
        try:
            count = self.store.empty_trash(initiator=self)
        except StoreError as exc:
            self.message_bar.show_message(f"<b>{exc.title}</b><br>{exc.message}", "error")
            return 0
        gone = {n.uid for n in trashed}
        for uid in gone:
            self.autosaver.forget(uid)
        self.undo_stack.clear()  # the deletions can no longer be undone
        if self._uid in gone:
            self._show_note(None)
        self.refresh()
        self.message_bar.show_message(self.tr("Deleted %1 notes for good.").replace("%1", str(count)), "info")
        return count

    def show_versions(self) -> None:
        if self._uid is None or not self._settle():
            return
        from desktop.dialogs.note_versions_dialog import NoteVersionsDialog
        dialog = NoteVersionsDialog(self.title_edit.text(), self.store.note_versions(self._uid), self)
        if dialog.exec() and dialog.chosen_version() is not None:
            self.restore_version(dialog.chosen_version().id)

    def restore_version(self, version_id: int) -> bool:
        if self._uid is None or not self._settle():
            return False
        try:
            self.store.restore_note_version(self._uid, version_id, initiator=self)
            note = self.store.note(self._uid)
        except StoreError as exc:
            self.message_bar.show_message(f"<b>{self.tr('The version was not restored.')}</b> {exc.message}",
                                          "error")
            return False
        self._show_note(note, keep_message=True)
        self.refresh()
        self.message_bar.show_message(self.tr("Restored an earlier version. The text it replaced is in "
                                              "Versions… too."), "info")
        return True

    def link_to_context(self) -> None:
        have = {_link_key(link) for link in self._links}
        extra = [k for k in self.context_links() if k not in have]
        if self._uid is None or not extra:
            return
        self._links = tuple(self._links) + tuple(extra)
        self._links_dirty = True
        self._show_links()
        self._edited()

    def remove_link(self, key: tuple[str, str]) -> None:
        self._links = tuple(link for link in self._links if _link_key(link) != key)
        self._links_dirty = True
        self._show_links()
        self._edited()

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

    # editing and saving -------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._loading or self._uid is None:
            return
        if not self._dirty:
            self._dirty = True
            self._update_status()
        self.save_timer.start()
        if self._mode != "edit":
            self.preview_timer.start(400)

    def _snapshot(self, checkpoint: bool = False) -> SaveRequest | None:
        if self._uid is None or not self._dirty:
            return None
        self._dirty = False
        request = SaveRequest(self._uid, self.title_edit.text(), self.editor.toPlainText(), self.tag_edit.tags(),
                              tuple(_link_key(link) for link in self._links) if self._links_dirty else None,
                              checkpoint)
        self._links_dirty = False
        return request

    def _settle(self) -> bool:
        """Make sure the store has the open note's text before acting on it."""
        self.save_now()
        if self.autosaver.has_unsaved(self._uid) or self.autosaver.busy:
            return self.autosaver.flush()
        return True

    def _saved(self, uid: str, change) -> None:
        if change is not None:
            self.store.publish(change, initiator=self)
        if uid == self._uid:
            self._saved_at = format_timestamp(_now_iso())
        if self.message_bar.level == "error" and not self.autosaver.failing:
            self.message_bar.show_message(self.tr("Saved again: the store takes your notes again."), "info")
            QTimer.singleShot(6000, self._dismiss_info)
        self._update_status()
        self.note_saved.emit(uid)

    def export_notes(self, current_only: bool, folder: str | None = None) -> list:
        """Write the open note (or every note) as Markdown files with front matter into a folder."""
        from PySide6.QtWidgets import QFileDialog
        if current_only and self._uid is None:
            self.message_bar.show_message(self.tr("Open a note to export it."), "info")
            return []
        if not self.flush():
            return []
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Export notes to a folder"))
        if not folder:
            return []
        try:
            written = self.store.export_notes(Path(folder), [self._uid] if current_only else None)
        except (StoreError, OSError, ValueError) as exc:
            self.message_bar.show_message(f"<b>{self.tr('Export failed:')}</b> {getattr(exc, 'message', None) or exc}",
                                          "error")
            return []
        self.message_bar.show_message(self.tr("Exported %1 note(s) to %2").replace("%1", str(len(written)))
                                      .replace("%2", folder), "info")
        return written

    def import_notes(self, source: str | None = None) -> dict:
        """Read Markdown notes from a folder; notes already imported are updated, never duplicated."""
        from PySide6.QtWidgets import QFileDialog
        source = source or QFileDialog.getExistingDirectory(self, self.tr("Import notes from a folder"))
        if not source or not self.flush():
            return {}
        try:
            report = self.store.import_notes(Path(source), initiator=self)
        except (StoreError, OSError, ValueError) as exc:
            self.message_bar.show_message(f"<b>{self.tr('Import failed:')}</b> {getattr(exc, 'message', None) or exc}",
                                          "error")
            return {}
        self.refresh()
        self.message_bar.show_message(
            self.tr("Imported: %1 new, %2 updated, %3 unchanged").replace("%1", str(report.get("created", 0)))
            .replace("%2", str(report.get("updated", 0))).replace("%3", str(report.get("unchanged", 0))), "info")
        return report

    def _refresh_after_own_change(self) -> None:
        if set(self.store.note_tags()) != set(self._tags):
            self._load_filters()
        self.refresh()

    def _dismiss_info(self) -> None:
        if self.message_bar.level == "info":
            self.message_bar.dismiss()

    def _save_failed(self, uid: str, error: BaseException) -> None:
        title, message = _error_text(error)
        note = self.tr("Your text is kept here and saving is retried every %1 s and after your next edit.").replace(
            "%1", str(self.autosaver.retry_timer.interval() // 1000))
        self.message_bar.show_message(f"<b>{self.tr('Not saved:')} {title}</b><br>{message}<br>{note}", "error",
                                      [(self.tr("Retry now"), self.autosaver.retry)])
        self._update_status()

    def _recreated(self, old: str, new: str) -> None:
        if self._uid == old:
            self._uid = new
        self.message_bar.show_message(self.tr("The note had been deleted elsewhere; your text was saved as a new "
                                              "note."), "info")
        self.refresh()

    def _update_status(self) -> None:
        if self._uid is None:
            self.status_label.clear()
            return
        if self._is_trashed():
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

    def _render_preview(self) -> None:
        if self._mode == "edit" or not self.preview.isVisibleTo(self):
            return
        self.preview.set_markdown(self.editor.toPlainText() if self._uid is not None else "")

    # showing a note -----------------------------------------------------------------------------------
    def _show_note(self, note, keep_message: bool = False) -> None:
        self._loading = True
        try:
            self.save_timer.stop()
            self._note = note
            self._uid = note.uid if note is not None else None
            self._dirty = self._links_dirty = False
            self._saved_at = None
            pending = self.autosaver.pending(note.uid) if note is not None else None
            title = pending.title if pending else (note.title if note else "")
            body = pending.body if pending else (note.body if note else "")
            tags = pending.tags if pending and pending.tags is not None else (note.tags if note else ())
            self._links = note.links if note is not None else ()
            self.title_edit.setText(title)
            self.tag_edit.set_tags(tags)
            self.editor.setPlainText(body)
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
            self._show_links()
            for w in self._note_widgets:
                w.setVisible(note is not None)
            self.placeholder.setVisible(note is None)
            trashed = self._is_trashed()
            for w in (self.title_edit, self.tag_edit):
                w.setReadOnly(trashed)
            self.editor.setReadOnly(trashed)
            self.delete_button.setVisible(note is not None and not trashed)
            self.restore_button.setVisible(note is not None and trashed)
            self.link_context_button.setEnabled(not trashed)
            if not keep_message and self.message_bar.level != "error":
                self.message_bar.dismiss()
            self.editor.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self.set_mode(self._mode, render=False)
        if self._mode != "edit":
            self.preview_timer.start(0)  # after the text is on screen
        self._select_in_list(self._uid)
        self._update_status()
        self.current_note_changed.emit(self._uid)

    def _show_links(self) -> None:
        while self.links_layout.count():
            item = self.links_layout.takeAt(0)
            w = item.widget()
            if w is not None and w is not self.link_context_button:
                w.deleteLater()
        for link in self._links:
            key = _link_key(link)
            label = getattr(link, "label", "") or key[1]
            missing = getattr(link, "missing", False)
            chip = QToolButton(self.links_box)
            text = f"{LINK_SYMBOLS.get(key[0], '•')} {label}"
            if missing:
                text += " " + self.tr("(missing)")
            chip.setText(text)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            kind = {"device": self.tr("Device"), "pairing": self.tr("Pairing"), "event": self.tr("Event"),
                    "source": self.tr("Source")}.get(key[0], key[0])
            tip = f"{kind}: {label} ({key[1]})"
            if missing:
                tip += "\n" + self.tr("It no longer exists in the database; the link is kept.")
            chip.setToolTip(tip)
            chip.setAccessibleName(tip)
            menu = QMenu(chip)
            menu.addAction(self.tr("Remove this link"), lambda k=key: self.remove_link(k))
            chip.setMenu(menu)
            chip.setObjectName("noteLinkMissing" if missing else "noteLink")
            chip.setStyleSheet("QToolButton { padding-right: 14px; }")
            self.links_layout.addWidget(chip)
        self.links_layout.addWidget(self.link_context_button)
        self.link_context_button.show()
        self._update_link_button()

    def _update_link_button(self) -> None:
        have = {_link_key(link) for link in self._links}
        self.link_context_button.setVisible(any(k not in have for k in self.context_links()))

    def _is_trashed(self) -> bool:
        return self._note is not None and bool(getattr(self._note, "deleted", None))

    # list ---------------------------------------------------------------------------------------------
    def _screen_links(self) -> list[tuple[str, str]]:
        devices, pairing, event = self._context
        links = [("device", d) for d in devices]
        if pairing:
            links.append(("pairing", pairing))
        if event:
            links.append(("event", event))
        return links

    def _select_in_list(self, uid: str | None) -> None:
        row = self.model.row_of(uid)
        selection = self.list_view.selectionModel()
        with QSignalBlocker(selection):
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.proxy.mapFromSource(self.model.index(row))
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
        self.list_view.viewport().update()

    def _list_scrolled(self, value: int) -> None:
        """At the end of a page of search results, fetch the next page (keeping the scroll position)."""
        bar = self.list_view.verticalScrollBar()
        if self._more_hits and value >= bar.maximum() > 0:
            self.load_more_hits()

    def load_more_hits(self) -> None:
        if not self._more_hits:
            return
        self._keep_scroll = self.list_view.verticalScrollBar().value()
        self._search_limit += 4 * SEARCH_PAGE
        self.refresh()

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(UID_ROLE) if current.isValid() else None
        if uid is not None and uid != self._uid:
            self.open_note(uid)

    def _update_empty_list(self, query: str) -> None:
        if self.model.rowCount():
            self.list_stack.setCurrentWidget(self.list_view)
            return
        if query:
            text = self.tr("No notes match “%1”.").replace("%1", query)
        elif self._scope == "trash":
            text = self.tr("The trash is empty.")
        elif self._scope == "screen":
            text = self.tr("No notes are linked to what is on screen.\nNew note (Ctrl+N) makes one that is.") \
                if self._screen_links() else self.tr("Nothing is on screen to link notes to.")
        else:
            text = self.tr("No notes yet.\nNew note (Ctrl+N) starts one.")
        self.list_empty.setText(text)
        self.list_stack.setCurrentWidget(self.list_empty)

    def _delete_or_restore_from_list(self) -> None:
        if self._is_trashed():
            self.restore_current()
        else:
            self.delete_current()

    def _after_delete(self, uid: str, title: str) -> None:
        self.autosaver.forget(uid) if not self.autosaver.has_unsaved(uid) else None
        if self._uid == uid:
            self._show_note(None)
        self.refresh()
        self.message_bar.show_message(self.tr("Moved “%1” to the trash.").replace("%1", display_title(title)),
                                      "info", [(self.tr("&Undo"), self.undo_stack.undo)])

    def _after_undelete(self, uid: str) -> None:
        self.refresh()
        self._uid = None  # reopen it from the store (its trash flag changed)
        self.open_note(uid)
        self.message_bar.dismiss()

    # events -------------------------------------------------------------------------------------------
    def _store_changed(self, change, initiator) -> None:
        kinds = getattr(change, "kinds", frozenset())
        if "device" in kinds or "seed" in kinds:
            with QSignalBlocker(self.device_filter):
                self.device_filter.clear()
            self._load_filters()
        if initiator is self:
            if "note" in kinds or not kinds:
                self.own_change_timer.start()  # one list refresh for a burst of autosaves, after the save
            return
        if "note" in kinds or "notes" in kinds or not kinds:
            self._load_filters()
            self.refresh()
            if self._uid is not None and not self.has_unsaved_changes():
                try:
                    note = self.store.note(self._uid)
                except (StoreError, LookupError):
                    return
                if (note.title, note.body, note.tags, note.deleted) != (
                        self.title_edit.text(), self.editor.toPlainText(), self.tag_edit.tags(),
                        getattr(self._note, "deleted", None)):
                    position = self.editor.textCursor().position()
                    self._show_note(note, keep_message=True)
                    cursor = self.editor.textCursor()
                    cursor.setPosition(min(position, len(note.body)))
                    self.editor.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            popup = self.tag_edit.completer_.popup()
            if not (watched is self.tag_edit and popup.isVisible()):
                self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_now()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        wide = event.size().width() >= 900
        self.body_split.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)


def _now_iso() -> str:
    from datetime import datetime, timezone
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
