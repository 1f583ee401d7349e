"""SourceQualityModel: every source as a citation (Data ▸ Sources): its kind, the carrier quality of its figures,
how many figures rest on it, how many were read on a weak relay, and the devices whose headline figure it gives.

A cheap adapter over db's SourceQualityDTOs: columns declared once (header, text, sort key, alignment);
Qt.UserRole returns the DTO; sorting and filtering ("weak relays only", a search) in SourceQualityProxyModel.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from db.dto import SourceQualityDTO
from desktop.present.sources import carrier_order, carriers_text, headline_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]
    text: Callable[[SourceQualityDTO], str]
    sort_key: Callable[[SourceQualityDTO], object]
    align: Qt.AlignmentFlag = LEFT


COLUMNS = (
    Column("publisher", lambda: translate("SourceQualityModel", "Publisher"), lambda q: q.source.publisher,
           lambda q: q.source.publisher.casefold()),
    Column("kind", lambda: translate("SourceQualityModel",
                                     "Kind"), lambda q: q.source.kind, lambda q: q.source.kind.casefold()),
    Column("carrier", lambda: translate("SourceQualityModel", "Carrier"), lambda q: carriers_text(q, _translate),
           lambda q: (len(q.figures) == 0, carrier_order(q.carrier))),
    Column("figures", lambda: translate("SourceQualityModel",
                                        "Figures"), lambda q: str(len(q.figures)), lambda q: len(q.figures), RIGHT),
    Column("weak", lambda: translate("SourceQualityModel", "On weak relays"), lambda q: str(len(q.weak_figures)),
           lambda q: len(q.weak_figures), RIGHT),
    Column("headlines", lambda: translate("SourceQualityModel", "Headline devices"), headline_text,
           lambda q: (len(q.headline_devices), headline_text(q).casefold()), LEFT),
)


def tooltip(q: SourceQualityDTO, column: str) -> str:
    """The whole of what a cell may elide: the publisher with its title and address, the headline figures."""
    s = q.source
    if column == "carrier":
        return html.escape(carriers_text(q, _translate))
    if column == "headlines" and q.headlines:
        return "<br>".join(html.escape(f"{h.device_name}: {h.metric_label}") for h in q.headlines)
    lines = [f"<b>{html.escape(s.publisher)}</b>"]
    if s.title:
        lines.append(html.escape(s.title))
    if s.url:
        lines.append(html.escape(s.url))
    lines.append(html.escape(" · ".join(x for x in (s.kind, s.date_text, s.key) if x)))
    return "<br>".join(lines)


class SourceQualityModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SourceQualityDTO] = []

    def set_sources(self, rows: list[SourceQualityDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def source_quality(self, row: int) -> SourceQualityDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((i for i, q in enumerate(self._rows) if q.source.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        q, col = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(q)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(q, col.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.UserRole:
            return q
        if role == SORT_ROLE:
            return col.sort_key(q)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header()
            if role == Qt.ItemDataRole.TextAlignmentRole:  # left: the sort arrow is drawn at the right end
                return int(LEFT.value)
        return None


class SourceQualityProxyModel(QSortFilterProxyModel):
    """Sorts by each column's sort key; keeps the sources matching the search (publisher, title, address, key,
    kind, headline devices) and, with `weak_only`, those with figures read on a weak relay."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weak_only = False
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_weak_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.weak_only = on
        self.endFilterChange()

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        return a < b if a is not None and b is not None else False

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        q = self.sourceModel().source_quality(source_row)
        if q is None:
            return False
        if self.weak_only and not q.weak_figures:
            return False
        if not self.words:
            return True
        s = q.source
        hay = " ".join((s.publisher, s.title, s.url or "", s.key, s.kind, *q.headline_devices)).casefold()
        return all(w in hay for w in self.words)
