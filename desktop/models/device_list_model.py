"""DeviceListModel: devices under a heading row per kind (chips, then systems), filtered as the user types.

Search matches name, slug, aliases, vendor (and its other names: 华为, 寒武纪) and country, case- and accent-insensitively, every word typed.
The model holds the device list it was given and, per kind, the rows of the devices the query keeps: a
keystroke narrows a list of row numbers (no item per cell, no proxy asking Python about every row), and
the view only asks for the rows on screen. What a list of devices needs for searching is made once per list
(`DeviceIndex.of`), so every picker over the Store's cached list shares it.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from db.dto import DeviceDTO
from desktop.present import status as ps
from desktop.present.reasons import QT_TRANSLATE_NOOP

SLUG_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3  # True on a kind's heading row

KINDS = ("chip", "system")
Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceListModel", text)


def fold(text: str) -> str:
    """Lower case without accents ('Cerebras WSE‑3', 'Süper' → 'super'); Chinese and other scripts as they are."""
    text = text.casefold()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def search_text(d: DeviceDTO) -> str:
    """What a device is found by: name, slug, aliases, vendor and its other names (华为), country. Chinese is
    written without spaces, so the vendor's Chinese name joined to each Chinese alias is there too: 华为昇腾910C
    finds the 910C as 华为 昇腾 does."""
    joined = [v + a for v in d.vendor_aliases for a in d.aliases if not a.isascii()]
    return " ".join([d.name, d.slug, *d.aliases, d.vendor, *d.vendor_aliases, *joined, d.country])


@dataclass
class DeviceIndex:
    """A device list ready to search: per kind, its devices sorted by vendor then name and their search texts."""

    devices: Sequence[DeviceDTO]
    members: dict[str, list[DeviceDTO]] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)

    _last: ClassVar[tuple[Sequence[DeviceDTO], DeviceIndex] | None] = None  # one list at a time: the Store's

    @classmethod
    def of(cls, devices: Sequence[DeviceDTO]) -> DeviceIndex:
        """The index of this very list object (made once; the Store makes a new list when devices change)."""
        last = DeviceIndex._last
        if last is not None and last[0] is devices:
            return last[1]
        made = cls(devices)
        for kind in KINDS:
            members = sorted((d for d in devices if d.kind == kind), key=lambda d: (d.vendor.casefold(), d.name.casefold()))
            made.members[kind] = members
            made.texts[kind] = [fold(search_text(d)) for d in members]
        DeviceIndex._last = (devices, made)
        return made


def _keeps(old: list[str], new: list[str]) -> bool:
    """Whether every device matching `new` matches `old` too (each old word is inside a new word)."""
    return all(any(o in n for n in new) for o in old)


class DeviceListModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("DeviceListModel", "Name"), QT_TRANSLATE_NOOP("DeviceListModel", "Vendor"),
               QT_TRANSLATE_NOOP("DeviceListModel", "Country"), QT_TRANSLATE_NOOP("DeviceListModel", "Status, as of"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._index = DeviceIndex.of(())
        self._words: list[str] = []
        self._shown: dict[str, list[int]] = {kind: [] for kind in KINDS}
        self._rows: list[tuple[str, int]] = []  # (kind, -1) a heading, (kind, i) its i-th shown device

    # filling and filtering ------------------------------------------------------------------------
    def set_devices(self, devices: Sequence[DeviceDTO]) -> None:
        self._index = DeviceIndex.of(devices)
        self._apply(self._words, None)

    def set_query(self, text: str) -> None:
        """Keep the devices whose search text holds every word of `text`."""
        words = fold(text).split()
        if words == self._words:
            return
        narrowing = _keeps(self._words, words)
        self._apply(words, self._shown if narrowing else None)

    def _apply(self, words: list[str], within: dict[str, list[int]] | None) -> None:
        self.beginResetModel()
        self._words = words
        rows: list[tuple[str, int]] = []
        for kind in KINDS:
            texts = self._index.texts[kind]
            if not words:
                shown = list(range(len(texts)))
            else:
                shown = list(within[kind]) if within is not None else list(range(len(texts)))
                for w in words:  # one comprehension a word: no generator a row
                    shown = [i for i in shown if w in texts[i]]
            self._shown[kind] = shown
            if shown:
                rows.append((kind, -1))
                rows.extend((kind, n) for n in range(len(shown)))
        self._rows = rows
        self.endResetModel()

    # reading ------------------------------------------------------------------------------------------
    def device_at(self, row: int) -> DeviceDTO | None:
        if not 0 <= row < len(self._rows):
            return None
        kind, n = self._rows[row]
        return None if n < 0 else self._index.members[kind][self._shown[kind][n]]

    def first_device_row(self) -> int:
        """The row of the first device shown (-1 when none is)."""
        return next((r for r, (_, n) in enumerate(self._rows[:2]) if n >= 0), -1)

    def row_of(self, slug: str | None) -> int:
        """The row showing the device `slug` (-1 when it is filtered out or unknown)."""
        row = 0
        for kind in KINDS:
            shown = self._shown[kind]
            if not shown:
                continue
            members = self._index.members[kind]
            for n, i in enumerate(shown):
                if members[i].slug == slug:
                    return row + 1 + n
            row += 1 + len(shown)
        return -1

    def shown_count(self) -> int:
        return sum(len(s) for s in self._shown.values())

    # Qt -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][1] < 0:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, n = self._rows[index.row()]
        column = index.column()
        if n < 0:  # a kind's heading: 'Chips (3 of 10,000)' while searching
            if role == Qt.ItemDataRole.DisplayRole:
                if column:
                    return ""
                title = translate("DeviceListModel", "Chips") if kind == "chip" else translate("DeviceListModel",
                                                                                               "Systems")
                total, shown = len(self._index.members[kind]), len(self._shown[kind])
                loc = QLocale()
                count = loc.toString(total) if shown == total else \
                    translate("DeviceListModel",
                              "%1 of %2").replace("%1", loc.toString(shown)).replace("%2", loc.toString(total))
                return f"{title} ({count})"
            if role == HEADING_ROLE:
                return True
            if role == Qt.ItemDataRole.FontRole and column == 0:
                from PySide6.QtGui import QFont
                font = QFont()
                font.setBold(True)
                return font
            return None
        i = self._shown[kind][n]
        d = self._index.members[kind][i]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return d.name
            if column == 1:
                return d.vendor
            if column == 2:
                return d.country
            return ps.short_line(d, QCoreApplication.translate)
        if role == SLUG_ROLE:
            return d.slug
        if role == DEVICE_ROLE:
            return d
        if role == SEARCH_ROLE:
            return self._index.texts[kind][i]
        if role == HEADING_ROLE:
            return False
        if role == Qt.ItemDataRole.ToolTipRole:
            aliases = translate("DeviceListModel", "Also known as: %1").replace("%1", ", ".join(d.aliases) or "—")
            return f"{d.name}\n{aliases}\n" + ps.status_line(d, QCoreApplication.translate)
        return None
