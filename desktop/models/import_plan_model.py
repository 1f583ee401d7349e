"""ImportPlanModel: the lines of an import preview (add / change / skip / remove / error) as a table.

A cheap adapter over the plan's PlanItems: columns declared once as data; Qt.UserRole returns the
item. The action reads as a word with a sign (+ add, ~ change, − remove, · skip, ✕ error), never
as a colour alone.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

ACTIONS = ("add", "change", "remove", "hold", "skip", "error")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def action_label(action: str) -> str:
    return {"add": translate("ImportPlanModel", "+ add"), "change": translate("ImportPlanModel", "~ change"), "remove": translate("ImportPlanModel", "− remove"),
            "hold": translate("ImportPlanModel", "? held"), "skip": translate("ImportPlanModel", "· skip"), "error": translate("ImportPlanModel", "✕ error")}.get(action, action)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[object], str]
    sort_key: Callable[[object], object]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _columns() -> tuple[Column, ...]:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return (
        Column("action", translate("ImportPlanModel",
                                   "Action"), lambda i: action_label(i.action), lambda i: ACTIONS.index(i.action)
               if i.action in ACTIONS else 9),
        Column("row", translate("ImportPlanModel",
                                "Row"), lambda i: "" if i.row is None else str(i.row), lambda i: i.row or 0, right),
        Column("device", translate("ImportPlanModel", "Device"), lambda i: i.device, lambda i: i.device.casefold()),
        Column("metric", translate("ImportPlanModel",
                                   "Metric / column"), lambda i: i.metric, lambda i: i.metric.casefold()),
        Column("before", translate("ImportPlanModel", "In the store"), lambda i: i.before, lambda i: i.before),
        Column("after", translate("ImportPlanModel", "In the file"), lambda i: i.after, lambda i: i.after),
        Column("reason", translate("ImportPlanModel", "Why"), lambda i: i.reason, lambda i: i.reason),
    )


class ImportPlanModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = _columns()
        self._items: list = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int):
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        item, col = self._items[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.key in ("action", "reason"):
                if item.row is None:
                    return item.reason
                return translate("ImportPlanModel", "Row %1: %2").replace("%1", str(item.row)).replace("%2", item.reason)
            return col.text(item) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None
