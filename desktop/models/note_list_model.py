"""NoteListModel: a cheap list adapter over NoteSummaryDTOs or search hits (NoteHitDTO), and its delegate.

data() never touches the database. Qt.UserRole returns the DTO. Sorting goes through NoteSortProxyModel
(by updated, newest first; by title; or, for search results, by the order the store ranked them).
Search snippets arrive as plain text with matches wrapped in [[ and ]]; SNIPPET_HTML_ROLE gives them as
HTML with each match in bold on the highlight colour (bold too, so colour never carries it alone).
"""
from __future__ import annotations

import html

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.present import dates

NOTE_ROLE = Qt.ItemDataRole.UserRole
UID_ROLE = Qt.ItemDataRole.UserRole + 1
UPDATED_ROLE = Qt.ItemDataRole.UserRole + 2  # ISO timestamp (sort key)
TITLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # casefolded title (sort key)
RANK_ROLE = Qt.ItemDataRole.UserRole + 4  # position in the search results (sort key)
META_ROLE = Qt.ItemDataRole.UserRole + 5  # 'updated · tags' line
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 6
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 7  # plain snippet, matches between [[ ]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteListModel", text)


def snippet_html(snippet: str, highlight: str | None = None) -> str:
    """Escape the snippet and turn [[match]] into a bold, highlighted span."""
    style = f' style="background-color:{highlight}; color:#000000"' if highlight else ""
    text = html.escape(snippet.replace("\n", " "), quote=False)
    return text.replace("[[", f"<b{style}>").replace("]]", "</b>")


def display_title(title: str) -> str:
    return title.strip() or _tr("Untitled note")


class NoteListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []
        self._meta: list[str] = []
        self._search = False
        self.highlight = "#ffe08a"

    def set_items(self, items, search: bool = False) -> None:
        """Show `items` (NoteSummaryDTO, or NoteHitDTO when `search`), in the given order."""
        self.beginResetModel()
        self._items = list(items)
        self._search = search
        self._meta = [self._format_meta(n) for n in self._items]
        self.endResetModel()

    def is_search(self) -> bool:
        return self._search

    def items(self) -> list:
        return list(self._items)

    def row_of(self, uid: str | None) -> int:
        return next((i for i, n in enumerate(self._items) if n.uid == uid), -1)

    @staticmethod
    def _format_meta(note) -> str:
        parts = [dates.date_time(getattr(note, "updated", None))]  # '2026-12-04 18:15', local time
        tags = getattr(note, "tags", ())
        if tags:
            parts.append(" ".join(f"#{t}" for t in tags))
        links = getattr(note, "links", ())
        if links:
            parts.append(_tr("%n link(s)").replace("%n", str(len(links))) if len(links) != 1 else _tr("1 link"))
        return " · ".join(p for p in parts if p)

    # Qt model interface ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items) or index.column() != 0:
            return None
        note = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(note.title)
        if role == NOTE_ROLE:
            return note
        if role == UID_ROLE:
            return note.uid
        if role == META_ROLE:
            return self._meta[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{display_title(note.title)}\n{self._meta[index.row()]}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{display_title(note.title)}, {self._meta[index.row()]}"
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


class NoteSortProxyModel(QSortFilterProxyModel):
    """Sorts by 'updated' (newest first), 'title' (A→Z), or 'rank' (the store's order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self._key = "updated"
        self.set_sort_key("updated")

    def sort_key(self) -> str:
        return self._key

    def set_sort_key(self, key: str) -> None:
        self._key = key
        role, order = {"title": (TITLE_KEY_ROLE, Qt.SortOrder.AscendingOrder),
                       "rank": (RANK_ROLE, Qt.SortOrder.AscendingOrder)}.get(
            key, (UPDATED_ROLE, Qt.SortOrder.DescendingOrder))
        self.setSortRole(role)
        self.sort(0, order)


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
        lines = 2 + (2 if index.data(SNIPPET_HTML_ROLE) else 0)
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
