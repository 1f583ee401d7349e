"""NoteListModel: a cheap list adapter over NoteSummaryDTOs or search hits (NoteHitDTO), its view and delegate.

data() never touches the database. Qt.UserRole returns the DTO. The store sorts (newest first, or by title;
search results in the order the store ranked them). A list of any length is held a few pages at a time: the
model keeps a window of rows read by keyset pages (set_source), NoteListView asks it to read the rows it is
about to paint or make current, rows have one height (no size asked per row) and times are formatted when
a row is shown. Search hits are held whole (set_items).
Search snippets arrive as plain text with matches wrapped in [[ and ]]; SNIPPET_HTML_ROLE gives them as
HTML with each match in bold on the highlight colour (bold too, so colour never carries it alone).
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize,
                            Qt)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableView)

from desktop.present import dates

NOTE_ROLE = Qt.ItemDataRole.UserRole
UID_ROLE = Qt.ItemDataRole.UserRole + 1
UPDATED_ROLE = Qt.ItemDataRole.UserRole + 2  # ISO timestamp
TITLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # casefolded title
RANK_ROLE = Qt.ItemDataRole.UserRole + 4  # row number (for search results: rank)
META_ROLE = Qt.ItemDataRole.UserRole + 5  # 'updated · tags' line
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 6
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 7  # plain snippet, matches between [[ ]]

Key = tuple[str, int]  # where a row sits in the list's order: (updated or title, note id)
PageReader = Callable[[int, "Key | None", bool, int], list]  # (limit, after, backward, offset) -> [(key, note)]


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def snippet_html(snippet: str, highlight: str | None = None) -> str:
    """Escape the snippet and turn [[match]] into a bold, highlighted span."""
    style = f' style="background-color:{highlight}; color:#000000"' if highlight else ""
    text = html.escape(snippet.replace("\n", " "), quote=False)
    return text.replace("[[", f"<b{style}>").replace("]]", "</b>")


def display_title(title: str) -> str:
    return title.strip() or translate("NoteListModel", "Untitled note")


def by_author(author: str) -> str:
    """'by ana' for a teammate's note (pulled from the team library), in the list and the editor."""
    return translate("NoteListModel", "by %1").replace("%1", author)


def team_mark(note) -> str:
    """What the list says of a note and the team: 'by ana', 'shared with the team', or '' (a private note)."""
    author = getattr(note, "team_author", None)
    if author:
        return by_author(author)
    return translate("NoteListModel", "shared with the team") if getattr(note, "shared", False) else ""


def _nocase(text: str) -> str:
    """SQLite's NOCASE (the title order): ASCII letters folded, nothing else."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _before(a: Key, b: Key, newer_first: bool) -> bool:
    """Whether the row with key `a` comes before the row with key `b` in the list's order."""
    if newer_first:
        return a > b
    return (_nocase(a[0]), a[1]) < (_nocase(b[0]), b[1])


class NoteListModel(QAbstractListModel):
    """Either a window of a few pages over a list the store reads a page at a time (set_source: rowCount()
    is the whole list; data() answers for the rows in the window, nothing for the others until ensure()
    reads them), or a short list held whole (set_items: search hits)."""

    PAGE = 100
    MAX_ROWS = 4 * PAGE  # never more rows held than this (a viewport shows a few dozen)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fetch: PageReader | None = None
        self._locate: Callable[[Key], int] | None = None
        self._total = 0
        self._start = 0  # the window: rows _start .. _start + len(_items) - 1
        self._items: list = []
        self._keys: list[Key] = []
        self._search = False
        self._newer_first = True
        self.highlight = "#ffe08a"

    def set_items(self, items, search: bool = False) -> None:
        """Show `items` (NoteSummaryDTO, or NoteHitDTO when `search`), in the given order, held whole."""
        self.beginResetModel()
        self._fetch, self._locate = None, None
        self._items, self._keys = list(items), []
        self._start, self._total = 0, len(self._items)
        self._search = search
        self.endResetModel()

    def set_source(self, total: int, fetch: PageReader, locate: Callable[[Key], int] | None = None,
                   newer_first: bool = True, around: int = 0) -> None:
        """Show a list of `total` rows that `fetch(limit, after, backward, offset)` reads a page at a time
        (keyset pages, as db.api.notes.note_page); `locate(key)` gives a key's row number (note_position);
        `newer_first`: the order is (updated, id) descending, else (title NOCASE, id) ascending. The rows
        from `around` on are read at once."""
        self.beginResetModel()
        self._fetch, self._locate, self._newer_first = fetch, locate, newer_first
        self._items, self._keys = [], []
        self._start, self._total = 0, max(total, 0)
        self._search = False
        if self._total:
            self._load(*self._clamp(around, around + self.PAGE - 1))
        self.endResetModel()

    def is_search(self) -> bool:
        return self._search

    def is_paged(self) -> bool:
        return self._fetch is not None

    def items(self) -> list:
        """The rows held (the window of a paged list)."""
        return list(self._items)

    def held(self) -> tuple[int, int]:
        """(first row held, number of rows held)."""
        return self._start, len(self._items)

    def row_of(self, uid: str | None) -> int:
        """The row of the note `uid` if it is held, else -1."""
        i = next((i for i, n in enumerate(self._items) if n.uid == uid), -1)
        return -1 if i < 0 else self._start + i

    # the window ---------------------------------------------------------------------------------------
    def _clamp(self, first: int, last: int) -> tuple[int, int]:
        return max(0, min(first, self._total - 1)), min(self._total - 1, max(first, last))

    def ensure(self, first: int, last: int) -> None:
        """Make rows first..last readable by data() (a page read or two, before the view paints them)."""
        if self._fetch is None or not self._total:
            return
        first, last = self._clamp(first, last)
        if self._items and first >= self._start and last < self._start + len(self._items):
            return
        loaded = self._load(first, last)
        if loaded is not None:
            self.dataChanged.emit(self.index(loaded[0]), self.index(loaded[1]))

    def _load(self, first: int, last: int) -> tuple[int, int] | None:
        """Read the pages that hold first..last: next to the window if they touch it, else in its place."""
        assert self._fetch is not None
        end = self._start + len(self._items)
        if self._items and self._start <= first <= end <= last:  # below the window: the next pages
            rows = self._fetch(max(self.PAGE, last - end + 1), self._keys[-1], False, 0)
            self._items += [r[1] for r in rows]
            self._keys += [r[0] for r in rows]
            self._trim(keep_end=True)
            return (end, end + len(rows) - 1) if rows else None
        if self._items and first < self._start <= last + 1:  # above it: the pages before, read backwards
            rows = self._fetch(min(max(self.PAGE, self._start - first), self._start), self._keys[0], True, 0)
            self._items[:0] = [r[1] for r in rows]
            self._keys[:0] = [r[0] for r in rows]
            self._start -= len(rows)
            self._trim(keep_end=False)
            return (self._start, self._start + len(rows) - 1) if rows else None
        start = first - first % self.PAGE  # a jump: the page(s) there, counted from the nearer end of the list
        count = min(max(self.PAGE, last - start + 1), self._total - start)
        if start <= self._total - (start + count):
            rows = self._fetch(count, None, False, start)
        else:
            rows = self._fetch(count, None, True, self._total - (start + count))
        self._start, self._items, self._keys = start, [r[1] for r in rows], [r[0] for r in rows]
        return (start, start + len(rows) - 1) if rows else None

    def _trim(self, keep_end: bool) -> None:
        extra = len(self._items) - self.MAX_ROWS
        if extra <= 0:
            return
        if keep_end:
            del self._items[:extra], self._keys[:extra]
            self._start += extra
        else:
            del self._items[-extra:], self._keys[-extra:]

    # one note saved ----------------------------------------------------------------------------------
    def update_row(self, uid: str, found: tuple[Key, object] | None) -> bool:
        """The note `uid` was saved: `found` is its row as the list now has it ((key, summary)), or None if the
        list no longer holds it. Moves, changes or removes its row. False when the model cannot tell (the
        note is not in the window, or a held list): the caller reads the list again."""
        old = self.row_of(uid)
        if self._fetch is None or old < 0:
            return False
        i = old - self._start
        if found is None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._items[i], self._keys[i]
            self._total -= 1
            self.endRemoveRows()
            return True
        key, note = found
        others = self._keys[:i] + self._keys[i + 1:]
        above = bool(others) and self._start > 0 and _before(key, others[0], self._newer_first)
        below = bool(others) and self._start + len(others) < self._total - 1 \
            and _before(others[-1], key, self._newer_first)
        if above or below:  # it leaves the window: the store says where to
            if self._locate is None:
                return False
            new = self._locate(key)
        else:
            new = self._start + sum(1 for k in others if _before(k, key, self._newer_first))
        if new != old:
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new if new < old else new + 1)
            del self._items[i], self._keys[i]
            if self._start <= new <= self._start + len(self._items):
                self._items.insert(new - self._start, note)
                self._keys.insert(new - self._start, key)
            elif new < self._start:
                self._start += 1
            self.endMoveRows()
        else:
            self._items[i], self._keys[i] = note, key
        if self._start <= new < self._start + len(self._items):
            self.dataChanged.emit(self.index(new), self.index(new))
        return True

    @staticmethod
    def _format_meta(note) -> str:
        parts = [dates.date_time(getattr(note, "updated", None))]  # '2026-12-04 18:15', local time
        parts.append(team_mark(note))
        tags = getattr(note, "tags", ())
        if tags:
            parts.append(" ".join(f"#{t}" for t in tags))
        links = getattr(note, "links", ())
        if links:
            parts.append(translate("NoteListModel", "%n link(s)").replace("%n", str(len(links))) if len(links) != 1 else translate("NoteListModel", "1 link"))
        return " · ".join(p for p in parts if p)

    # Qt model interface ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """A row outside the window answers nothing (never a read here); times are formatted when asked."""
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < self._total:
            return None
        i = index.row() - self._start
        if not 0 <= i < len(self._items):
            return None
        note = self._items[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(note.title)
        if role == NOTE_ROLE:
            return note
        if role == UID_ROLE:
            return note.uid
        if role == META_ROLE:
            return self._format_meta(note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{display_title(note.title)}\n{self._format_meta(note)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{display_title(note.title)}, {self._format_meta(note)}"
            snippet = getattr(note, "snippet", "")
            if snippet:
                text += ": " + snippet.replace("[[", "").replace("]]", "")
            return text
        if role == SNIPPET_ROLE:
            return getattr(note, "snippet", "") or ""
        if role == SNIPPET_HTML_ROLE:
            snippet = getattr(note, "snippet", "")
            return snippet_html(snippet, self.highlight) if snippet else ""
        if role == UPDATED_ROLE:
            return note.updated or ""
        if role == TITLE_KEY_ROLE:
            return note.title.casefold()
        if role == RANK_ROLE:
            return index.row()
        return None


class NoteListView(QTableView):
    """The list over NoteListModel: a one-column table without headers or grid, because its rows have one
    height kept by the header (never a size asked per row, never a layout pass over a million rows, which a
    QListView makes on every reset or move), and the rows about to be painted or made current read first, so
    that data() never waits on the store."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._lines = 0
        self._set_lines(2)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if isinstance(model, NoteListModel):
            model.modelReset.connect(lambda: self._set_lines(4 if model.is_search() else 2))

    def _set_lines(self, lines: int) -> None:
        """Every row `lines` lines high (two; four with search snippets), as NoteItemDelegate paints them."""
        if lines != self._lines:
            self._lines = lines
            self.verticalHeader().setMinimumSectionSize(1)
            self.verticalHeader().setDefaultSectionSize(lines * self.fontMetrics().lineSpacing()
                                                        + 2 * NoteItemDelegate.PAD)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            lines, self._lines = self._lines, 0
            self._set_lines(lines)
        super().changeEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt override
        """Home and End go to the first and last note, as in a list (a table's go to the row's ends)."""
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        model = self.model()
        if isinstance(model, NoteListModel) and model.rowCount():
            first = self.rowAt(0)
            last = self.rowAt(self.viewport().height() - 1)
            model.ensure(max(first, 0), last if last >= 0 else model.rowCount() - 1)
        super().paintEvent(event)

    def currentChanged(self, current, previous) -> None:  # noqa: N802 - Qt override
        model = self.model()
        if isinstance(model, NoteListModel) and current.isValid():
            model.ensure(current.row(), current.row())
        super().currentChanged(current, previous)


class NoteItemDelegate(QStyledItemDelegate):
    """Title (bold), then 'updated · #tags', then the search snippet with its matches highlighted."""

    PAD = 6

    def _snippet_doc(self, option: QStyleOptionViewItem, html_text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html_text)
        doc.setTextWidth(width)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = option.fontMetrics
        model = index.model()  # one height for every row: two lines, four for search hits (their snippet)
        lines = 2 + (2 if isinstance(model, NoteListModel) and model.is_search() else 0)
        return QSize(200, lines * fm.lineSpacing() + 2 * self.PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        fm = opt.fontMetrics
        line = fm.lineSpacing()
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(text_role))
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        from PySide6.QtGui import QFontMetrics
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        meta_colour = opt.palette.color(text_role) if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(meta_colour)
        meta = index.data(META_ROLE) or ""
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width()))
        snippet = index.data(SNIPPET_HTML_ROLE)
        if snippet:
            doc = self._snippet_doc(opt, snippet, rect.width())
            painter.translate(rect.left(), rect.top() + 2 * line)
            clip = QRect(0, 0, rect.width(), 2 * line)
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(text_role))
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
        painter.restore()
