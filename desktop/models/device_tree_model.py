"""DeviceTreeModel: devices grouped into chips and systems, with a search proxy.

Search matches name, slug, aliases, vendor and country, case-insensitively.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from db.dto import DeviceDTO
from desktop.present import status as ps

SLUG_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceTreeModel", text)


class DeviceTreeModel(QStandardItemModel):
    HEADERS = ("Name", "Vendor", "Country", "Status, as of")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])

    def set_devices(self, devices: list[DeviceDTO]) -> None:
        self.removeRows(0, self.rowCount())
        groups = {"chip": _tr("Chips"), "system": _tr("Systems")}
        for kind, title in groups.items():
            members = sorted((d for d in devices if d.kind == kind), key=lambda d: (d.vendor.casefold(), d.name.casefold()))
            if not members:
                continue
            parent = QStandardItem(f"{title} ({len(members)})")
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            fillers = [QStandardItem("") for _ in range(len(self.HEADERS) - 1)]
            for f in fillers:
                f.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for d in members:
                row = [QStandardItem(d.name), QStandardItem(d.vendor), QStandardItem(d.country),
                       QStandardItem(ps.short_line(d, QCoreApplication.translate))]
                search = f"{d.name} {d.slug} {' '.join(d.aliases)} {d.vendor} {d.country}".casefold()
                tip = f"{d.name}\n{_tr('Also known as')}: {', '.join(d.aliases) or '—'}\n" \
                    + ps.status_line(d, QCoreApplication.translate)
                for item in row:
                    item.setEditable(False)
                    item.setData(d.slug, SLUG_ROLE)
                    item.setData(search, SEARCH_ROLE)
                    item.setToolTip(tip)
                row[0].setData(d, DEVICE_ROLE)
                parent.appendRow(row)
            self.appendRow([parent, *fillers])


class DeviceFilterProxyModel(QSortFilterProxyModel):
    """Keeps devices whose name, aliases, vendor or country contain every word typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not source_parent.isValid():
            return not self._words  # group rows also show when a child matches (recursive filtering)
        text = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(w in text for w in self._words)
