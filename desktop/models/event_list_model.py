"""EventListModel and the timeline's shared vocabulary: labels, marker styles, date formatting, filters.

Qt-light on purpose (QtCore/QtGui only, no pyqtgraph): the timeline panel imports it at start-up,
the chart (desktop/charts/timeline_chart.py) imports it when it is first drawn.

Category markers carry meaning by shape AND colour (Okabe-Ito, colour-blind safe): every category
has its own shape, so the shape alone tells them apart; colours repeat across shapes.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QColor

from db.api.events import CATEGORIES, CONFIDENCES, JURISDICTIONS, PRECISIONS
from db.dto import EventDTO
from desktop.present import dates, palette
from desktop.present import event_words as words

EVENT_ROLE = Qt.ItemDataRole.UserRole

# display order of the lanes: the store's own vocabulary (unknown values fall back to "other")
JURISDICTION_ORDER = JURISDICTIONS
CATEGORY_ORDER = CATEGORIES
CONFIDENCE_ORDER = CONFIDENCES
PRECISION_ORDER = PRECISIONS

# Okabe-Ito palette (Wong 2011); black is replaced by the palette's text colour when drawing
OKABE_ITO = {name: QColor(hex_colour) for name, hex_colour in palette.OKABE_ITO.items()}

# category -> (pyqtgraph symbol, colour name); every symbol is used once
CATEGORY_STYLE: dict[str, tuple[str, str]] = {
    "export-control": ("t1", "vermillion"),
    "entity-list": ("x", "purple"),
    "procurement-guidance": ("d", "orange"),
    "industrial-policy": ("s", "blue"),
    "subsidy": ("star", "green"),
    "security-review": ("h", "purple"),
    "antitrust": ("p", "orange"),
    "product-launch": ("o", "sky"),
    "software": ("crosshair", "vermillion"),  # ⊕, pyqtgraph's own
    "supply": ("hourglass", "sky"),  # ⧗, desktop.present.timeline_layout.EXTRA_SYMBOLS
    "market": ("t", "yellow"),
    "funding": ("+", "green"),
    "regulation": ("t2", "blue"),
    "other": ("t3", "grey"),
}


def category_label(key: str) -> str:
    return words.category_label(key, QCoreApplication.translate)


def jurisdiction_label(key: str) -> str:
    return words.jurisdiction_label(key, QCoreApplication.translate)


def confidence_label(key: str) -> str:
    return words.confidence_label(key, QCoreApplication.translate)


def precision_label(key: str) -> str:
    return words.precision_label(key, QCoreApplication.translate)


def category_style(key: str) -> tuple[str, QColor]:
    symbol, colour = CATEGORY_STYLE.get(key, CATEGORY_STYLE["other"])
    return symbol, OKABE_ITO[colour]


def format_event_date(iso: str, precision: str, locale: QLocale | None = None) -> str:
    """'9 April 2025' (day), 'April 2025' (month), 'Q2 2025' (quarter), '2025' (year): desktop.present.dates,
    with the locale's month names."""
    loc = locale or QLocale()
    return dates.period(iso, precision, lambda m: loc.standaloneMonthName(m, QLocale.FormatType.LongFormat),
                        words.quarter_template(QCoreApplication.translate))


def search_text(e: EventDTO) -> str:
    return " ".join((e.title, e.summary, e.actor, " ".join(e.tags))).casefold()


@dataclass(frozen=True)
class EventFilter:
    """What the timeline shows. None means 'no restriction' for that kind."""
    categories: frozenset[str] | None = None
    jurisdictions: frozenset[str] | None = None
    confidence: str | None = None
    date_from: str | None = None  # ISO; an event is kept when its period overlaps [date_from, date_to]
    date_to: str | None = None
    text: str = ""
    devices: frozenset[str] | None = None  # keep events linked to at least one of these slugs

    @property
    def is_default(self) -> bool:
        return self == EventFilter()


def filter_mask(events: list[EventDTO], f: EventFilter, search: list[str] | None = None,
                ends: list[str] | None = None) -> list[bool]:
    """One flag per event; `search` and `ends` are optional precomputed search_text / end dates."""
    words = f.text.casefold().split()
    search = search if search is not None else [search_text(e) for e in events]
    out = []
    for i, e in enumerate(events):
        keep = ((f.categories is None or e.category in f.categories)
                and (f.jurisdictions is None or e.jurisdiction in f.jurisdictions)
                and (f.confidence is None or e.confidence == f.confidence)
                and (f.date_to is None or e.date <= f.date_to)
                and (f.devices is None or not f.devices.isdisjoint(e.devices)))
        if keep and f.date_from is not None:
            keep = (ends[i] if ends is not None else e.end) >= f.date_from
        if keep and words:
            text = search[i]
            keep = all(w in text for w in words)
        out.append(keep)
    return out


class EventListModel(QStringListModel):
    """A cheap list adapter over EventDTOs (the accessible, keyboard-friendly list beside the chart).

    Read-only. It derives from QStringListModel (with one empty string per row) only so that rowCount() is
    answered in C++: QListView calls index() -> rowCount() for every row on each layout, and a Python
    rowCount costs ~15 ms per layout with 10,000 events. Everything shown comes from data() below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._events: list[EventDTO] = []
        self._rows: dict[str, int] | None = {}

    def set_events(self, events: list[EventDTO]) -> None:
        self._events = list(events)
        self._rows = None  # built on first use
        self.setStringList([""] * len(self._events))  # resets the model (begin/endResetModel)

    def events(self) -> list[EventDTO]:
        return self._events

    def row_of(self, uid: str | None) -> int:
        if uid is None:
            return -1
        if self._rows is None:
            self._rows = {e.uid: i for i, e in enumerate(self._events)}
        return self._rows.get(uid, -1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def setItemData(self, index, roles) -> bool:
        return False

    def clearItemData(self, index) -> bool:
        return False

    def itemData(self, index: QModelIndex | QPersistentModelIndex) -> dict:
        if not index.isValid():
            return {}
        out = {}
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.data(index, role)
            if value is not None:
                out[role] = value
        return out

    def insertRows(self, row: int, count: int, parent=QModelIndex()) -> bool:
        return False

    def removeRows(self, row: int, count: int, parent=QModelIndex()) -> bool:
        return False

    def moveRows(self, source_parent, source_row: int, count: int, destination_parent, destination_child: int) -> bool:
        return False

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._events)):
            return None
        e = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_event_date(e.date, e.precision)} — {e.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{category_label(e.category)} · {jurisdiction_label(e.jurisdiction)} · " \
                   f"{confidence_label(e.confidence)}\n{e.summary}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_event_date(e.date, e.precision)}, {category_label(e.category)}, " \
                   f"{jurisdiction_label(e.jurisdiction)}: {e.title}"
        if role == EVENT_ROLE:
            return e
        return None
