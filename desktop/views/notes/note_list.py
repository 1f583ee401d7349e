"""NoteList: which notes the panel lists — the scope (on screen, all, trash), the search box, the tag,
device and sort filters — and the list itself, with its paged full-text search on a worker thread.

It is a controller over two widgets the panel lays out: `header` (scope and action buttons, search box,
filters) above the panel's splitter and `stack` (the list, or a sentence when it is empty) in it.
"""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QSignalBlocker, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QPushButton, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from db.dto import NoteQuery
from db.errors import StoreError
from desktop.startup import store_opening as said
from desktop.models.note_list_model import UID_ROLE, NoteItemDelegate, NoteListModel, NoteListView

SCOPES = ("screen", "all", "trash")
# search results come a page at a time: the best matches at once, more when the list is scrolled to its end
SEARCH_PAGE = 50


class NoteList(QObject):
    note_activated = Signal(str)  # uid the user picked in the list
    search_finished = Signal(int)  # hits shown for the search text (searches run on a worker thread)
    failed = Signal(str)  # rich text for the message bar: the list could not be read
    new_requested = Signal()
    empty_trash_requested = Signal()
    export_requested = Signal(bool)  # current note only
    import_requested = Signal()

    def __init__(self, store, parent: QWidget, current_uid: Callable[[], str | None],
                 screen_links: Callable[[], list[tuple[str, str]]]):
        """`current_uid` says which note the editor has open (it stays selected); `screen_links` what is on
        screen (the 'On screen' scope lists the notes linked to any of it)."""
        super().__init__(parent)
        self.store = store
        self._current_uid = current_uid
        self._screen_links = screen_links
        self._scope = "all"
        self._search_key: tuple | None = None
        self._search_limit = SEARCH_PAGE
        self._more_hits = False
        self._search_generation = 0
        self._search_jobs: dict = {}  # JobSignals -> (generation, job, query, limit) until delivered
        self._keep_scroll: int | None = None
        self._list_query: NoteQuery | None = None  # the paged list shown (None: search hits, or nothing)
        self._search_pool = QThreadPool(self)
        self._search_pool.setMaxThreadCount(1)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self.refresh)
        self.header = QWidget(parent)
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(4)
        header.addLayout(self._build_scope_row())
        header.addWidget(self._build_search_box())
        header.addLayout(self._build_filter_row())
        self.stack = self._build_list(parent)

    # builders -----------------------------------------------------------------------------------------
    def _build_scope_row(self) -> QHBoxLayout:
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(0)
        for key, text, tip in (("screen", self.tr("On screen"), self.tr("Notes linked to the devices, pairing or "
                                                                        "event on screen")),
                               ("all", self.tr("All notes"), self.tr("Every note")),
                               ("trash", self.tr("Trash"), self.tr("Notes moved to the trash"))):
            b = QToolButton(self.header)
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(text)
            b.setCheckable(True)
            b.setAutoRaise(False)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(lambda _c=False, k=key: self.set_scope(k))
            self.scope_group.addButton(b)
            self.scope_buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        self.empty_trash_button = QPushButton(self.tr("Empty trash…"), self.header)
        self.empty_trash_button.setAccessibleName(self.tr("Empty trash"))
        self.empty_trash_button.clicked.connect(self.empty_trash_requested)
        row.addWidget(self.empty_trash_button)
        self.new_button = QPushButton(self.tr("＋ New note"), self.header)
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.setToolTip(self.tr("New note, linked to what is on screen (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        row.addWidget(self.new_button)
        row.addWidget(self._build_files_button())
        return row

    def _build_files_button(self) -> QToolButton:
        self.files_button = QToolButton(self.header)
        self.files_button.setText("⋯")
        self.files_button.setAccessibleName(self.tr("Export and import notes"))
        self.files_button.setToolTip(self.tr("Export or import notes as Markdown files"))
        self.files_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.files_button)
        menu.addAction(self.tr("Export this note as Markdown…"), lambda: self.export_requested.emit(True))
        menu.addAction(self.tr("Export all notes as Markdown…"), lambda: self.export_requested.emit(False))
        menu.addAction(self.tr("Import Markdown notes…"), self.import_requested)
        self.files_button.setMenu(menu)
        return self.files_button

    def _build_search_box(self) -> QLineEdit:
        self.search_box = QLineEdit(self.header)
        self.search_box.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search notes"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self.search_timer.start())
        return self.search_box

    def _build_filter_row(self) -> QHBoxLayout:
        self.tag_filter = QComboBox(self.header)
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.setToolTip(self.tr("Show only notes with this tag"))
        self.device_filter = QComboBox(self.header)
        self.device_filter.setAccessibleName(self.tr("Filter by linked device"))
        self.device_filter.setToolTip(self.tr("Show only notes linked to this device"))
        self.sort_box = QComboBox(self.header)
        self.sort_box.setAccessibleName(self.tr("Sort notes"))
        self.sort_box.addItem(self.tr("Newest first"), "updated")
        self.sort_box.addItem(self.tr("Title A–Z"), "title")
        row = QHBoxLayout()
        row.setSpacing(4)
        for combo in (self.tag_filter, self.device_filter, self.sort_box):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            row.addWidget(combo, 1)
        return row

    def _build_list(self, parent: QWidget) -> QStackedWidget:
        self.model = NoteListModel(self)
        self.list_view = NoteListView(parent)
        self.list_view.setObjectName("noteList")
        self.list_view.setAccessibleName(self.tr("Notes"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(NoteItemDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.selectionModel().currentChanged.connect(self._list_current_changed)
        self.list_view.verticalScrollBar().valueChanged.connect(self._list_scrolled)
        self.list_empty = QLabel(parent)
        self.list_empty.setObjectName("noteListEmpty")
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setWordWrap(True)
        self.list_empty.setMargin(12)
        stack = QStackedWidget(parent)
        stack.addWidget(self.list_view)
        stack.addWidget(self.list_empty)
        return stack

    # filters ------------------------------------------------------------------------------------------
    def load_filters(self) -> list[str]:
        """Fill the tag filter (keeping its choice) and, once, the device filter; returns the tags in use."""
        tags = self.store.note_tags()  # one walk of the tag index
        current_tag = self.tag_filter.currentData()
        with QSignalBlocker(self.tag_filter):
            self.tag_filter.clear()
            self.tag_filter.addItem(self.tr("Any tag"), None)
            for tag in tags:
                self.tag_filter.addItem(f"#{tag}", tag)
            i = self.tag_filter.findData(current_tag)
            self.tag_filter.setCurrentIndex(max(i, 0))
        if self.device_filter.count() == 0:
            with QSignalBlocker(self.device_filter):
                self.device_filter.addItem(self.tr("Any device"), None)
                for d in sorted(self.store.devices(), key=lambda d: d.name.casefold()):
                    self.device_filter.addItem(d.name, d.slug)
        return tags

    def forget_devices(self) -> None:
        """The devices changed: the next load_filters() reads them again."""
        with QSignalBlocker(self.device_filter):
            self.device_filter.clear()

    def scope(self) -> str:
        return self._scope

    def set_scope(self, scope: str) -> None:
        """'screen' (notes linked to the context), 'all' or 'trash'."""
        self._scope = scope
        self.scope_buttons[scope].setChecked(True)
        self.empty_trash_button.setVisible(scope == "trash")
        self.refresh()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # loading ------------------------------------------------------------------------------------------
    def list_query(self, text: str = "") -> NoteQuery:
        """The notes the scope and filters list (in the trash, titles holding every word of `text`)."""
        tag, device, sort = self.tag_filter.currentData(), self.device_filter.currentData(), self.sort_box.currentData()
        if self._scope == "trash":
            return NoteQuery(tag, device, trash=True, sort=sort, title_words=tuple(text.split()))
        if self._scope == "screen":
            return NoteQuery(tag, device, sort=sort, linked_any=tuple(self._screen_links()))
        return NoteQuery(tag, device, sort=sort)

    def refresh(self) -> None:
        """Reload the list for the scope, search text and filters (its count and the page shown, never the
        whole list); keeps the open note selected and the list where it was scrolled."""
        self.search_timer.stop()
        query = self.search_box.text().strip()
        tag, device = self.tag_filter.currentData(), self.device_filter.currentData()
        if query and self._scope != "trash":
            key = (query, tag, device, self._scope)
            if key != self._search_key:
                self._search_key, self._search_limit = key, SEARCH_PAGE
            linked = self._screen_links() if self._scope == "screen" else None
            self._start_search(query, tag, device, self._search_limit, linked)
            return  # the list keeps the previous results until these arrive
        self._search_generation += 1  # a search still running is no longer wanted
        self._search_key, self._more_hits = None, False
        try:
            list_query = self.list_query(query)
            total = self.store.count_notes(list_query)
        except StoreError as exc:
            self.failed.emit("<b>%s</b><br>%s" % said.words(exc))
            self._list_query = None
            self._show_items([], False, query)
            return
        self._show_list(list_query, total, query)

    def _show_list(self, list_query: NoteQuery, total: int, query: str) -> None:
        """The paged list: its first rows (or those where it was scrolled) read now, the rest as it scrolls."""
        store, was_paged = self.store, self.model.is_paged()
        bar = self.list_view.verticalScrollBar()
        position = bar.value() if was_paged and list_query == self._list_query else 0
        top = self.list_view.indexAt(self.list_view.viewport().rect().topLeft()).row() if position else 0

        def fetch(limit, after, backward, offset):
            try:
                return store.note_page(list_query, limit, after, backward, offset)
            except StoreError as exc:  # read while painting: say so, show the rows it has
                text = "<b>%s</b><br>%s" % said.words(exc)
                QTimer.singleShot(0, lambda: self.failed.emit(text))
                return []

        self._list_query = list_query
        self.model.set_source(total, fetch, lambda key: store.note_position(list_query, key),
                              newer_first=list_query.sort == "updated", around=max(top, 0))
        self.select(self._current_uid(), scroll=not position)
        if position:
            bar.setValue(position)
        self._update_empty_list(query)

    def row_saved(self, uid: str):
        """The note `uid` was saved: read its row alone and move it where the list now has it (to the top of
        the newest-first list); the whole list is counted and read again only if its row was not held.
        Returns its summary as the list has it (None: not in the list, or searched)."""
        if self._list_query is None or not self.model.is_paged():
            self.refresh()
            return None
        found = self.store.note_row(self._list_query, uid)
        if not self.model.update_row(uid, found):
            self.refresh()
        else:
            self.select(self._current_uid())
            self._update_empty_list(self.search_box.text().strip())
        return found[1] if found else None

    def load_more_hits(self) -> None:
        if not self._more_hits:
            return
        self._keep_scroll = self.list_view.verticalScrollBar().value()
        self._search_limit += 4 * SEARCH_PAGE
        self.refresh()

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
        # bound methods: the connection ends with this list, so a late result never reaches a deleted widget
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
            self.failed.emit("<b>%s</b><br>%s" % said.words(exc))
        else:
            self.failed.emit(html.escape(f"{type(exc).__name__}: {exc}"))
        self._show_items([], False, self.search_box.text().strip())

    def _show_items(self, items, search: bool, query: str) -> None:
        palette = self.stack.palette()
        self.model.highlight = palette.color(palette.ColorRole.Highlight).lighter(160).name() \
            if palette.color(palette.ColorRole.Base).lightness() > 128 else "#ffe08a"
        if search:
            self._list_query = None
        self.model.set_items(items, search=search)
        self.select(self._current_uid())
        self._update_empty_list(query)

    # the list -----------------------------------------------------------------------------------------
    def select(self, uid: str | None, scroll: bool = True) -> None:
        """Select the row of `uid` if the list holds it (or nothing) without opening it again."""
        row = self.model.row_of(uid)
        selection = self.list_view.selectionModel()
        with QSignalBlocker(selection):
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                if scroll:
                    self.list_view.scrollTo(index)
        self.list_view.viewport().update()

    def _list_scrolled(self, value: int) -> None:
        """At the end of a page of search results, fetch the next page (keeping the scroll position)."""
        bar = self.list_view.verticalScrollBar()
        if self._more_hits and value >= bar.maximum() > 0:
            self.load_more_hits()

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(UID_ROLE) if current.isValid() else None
        if uid is not None and uid != self._current_uid():
            self.note_activated.emit(uid)

    def _update_empty_list(self, query: str) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.list_view)
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
        self.stack.setCurrentWidget(self.list_empty)
