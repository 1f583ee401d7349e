"""ComparisonModel: the rows of a side-by-side comparison, grouped by metric group.

A cheap adapter over a ComparisonDTO: data() never touches the database. Group rows are
headers (not selectable); metric rows carry the RowDTO under Qt.UserRole.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from db.dto import CellDTO, ComparisonDTO, RowDTO
from desktop.provenance import cell_tooltip, confidence_icon, ratio_tooltip

ROW_ROLE = Qt.ItemDataRole.UserRole
SIDE_ROLE = Qt.ItemDataRole.UserRole + 1  # 0/1 for value columns, None otherwise
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
_R = Qt.ItemDataRole
ROLES = frozenset(int(r) for r in (_R.DisplayRole, _R.ToolTipRole, _R.DecorationRole, _R.TextAlignmentRole,
                                   _R.FontRole, _R.BackgroundRole, _R.ForegroundRole, _R.AccessibleTextRole,
                                   ROW_ROLE, SIDE_ROLE, GROUP_ROLE))


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[ComparisonDTO | None], str]
    side: int | None = None


def _device_header(side: int) -> Callable[[ComparisonDTO | None], str]:
    letter = "AB"[side]
    return lambda c: f"{letter}: {c.devices[side].name}" if c else QApplication.translate("ComparisonModel", "Device %1").replace("%1", letter)


COLUMNS = (
    Column("metric", lambda c: QApplication.translate("ComparisonModel", "Metric")),
    Column("a", _device_header(0), side=0),
    Column("b", _device_header(1), side=1),
    Column("ratio", lambda c: QApplication.translate("ComparisonModel", "Ratio A / B")),
)


def cell_text(row: RowDTO, cell: CellDTO) -> str:
    text = cell.display
    if cell.disagreement:
        text += "  ≠"
    if row.metric.kind != "number":
        extra = len({v.value_text for v in cell.candidates if v.value_text}) - 1
        if extra > 0:
            text += QApplication.translate("ComparisonModel", "  (+%n more)", "", extra)
    return text


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._comparison: ComparisonDTO | None = None
        self._items: list[tuple[str, str | RowDTO]] = []
        self._cache: dict[tuple[int, int, int], object] = {}  # views ask the same roles many times per paint

    # data in -----------------------------------------------------------
    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._cache.clear()
        self._items = []
        group = None
        for row in comparison.rows if comparison else ():
            if row.metric.group != group:
                group = row.metric.group
                self._items.append(("group", group))
            self._items.append(("row", row))
        self.endResetModel()

    def comparison(self) -> ComparisonDTO | None:
        return self._comparison

    def group_rows(self) -> list[int]:
        return [i for i, (kind, _) in enumerate(self._items) if kind == "group"]

    def row_of(self, metric_key: str) -> int:
        return next((i for i, (k, r) in enumerate(self._items) if k == "row" and r.metric.key == metric_key), -1)

    # Qt interface ------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header(self._comparison)
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].side is not None and self._comparison:
                d = self._comparison.devices[COLUMNS[section].side]
                return f"{d.name}\n{d.vendor} ({d.country}) · {d.kind} · {d.status}"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._items[index.row()][0] == "group":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ROLES or not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None  # the views ask for many roles this model never sets
        key = (index.row(), index.column(), role)
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = self._data(index.row(), index.column(), role)
            return value

    def _data(self, row_number: int, column: int, role: int):
        kind, item = self._items[row_number]
        col = COLUMNS[column]
        if kind == "group":
            return self._group_data(item, column, role)
        row: RowDTO = item
        if role == ROW_ROLE:
            return row
        if role == SIDE_ROLE:
            return col.side
        if col.side is not None:
            return self._cell_data(row, col.side, role)
        if col.key == "metric":
            if role == Qt.ItemDataRole.DisplayRole:
                return row.metric.label + (" ƒ" if row.metric.derived else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = row.metric.description
                if row.metric.derived:
                    tip += "\n" + QApplication.translate("ComparisonModel", "Derived: %1").replace("%1", row.metric.formula)
                if row.metric.unit:
                    tip += "\n" + QApplication.translate("ComparisonModel", "Canonical unit: %1").replace("%1", row.metric.unit)
                return tip
            return None
        # ratio column
        if role == Qt.ItemDataRole.DisplayRole:
            if row.ratio_display and row.better is not None:
                return f"{row.ratio_display}  ▲{'AB'[row.better]}"
            if row.ratio_display:
                return row.ratio_display
            return QApplication.translate("ComparisonModel", "not comparable") if row.ratio_note else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return ratio_tooltip(row, self._comparison)
        if role == Qt.ItemDataRole.ForegroundRole and not row.ratio_display and row.ratio_note:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _group_data(self, group: str, column: int, role: int):
        if role == GROUP_ROLE:
            return group
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return QApplication.translate("MetricGroup", group)
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.AlternateBase).darker(104))
        return None

    def _cell_data(self, row: RowDTO, side: int, role: int):
        cell = row.cells[side]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(row, cell)
        if role == Qt.ItemDataRole.DecorationRole:
            return confidence_icon(cell.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and row.metric.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row.better == side or cell.user_choice):
            f = QFont()
            f.setBold(row.better == side)
            f.setUnderline(cell.user_choice)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and row.better == side:
            base = QApplication.palette().color(QPalette.ColorRole.Base)
            tint = QColor(46, 125, 50) if base.lightness() > 128 else QColor(129, 199, 132)
            tint.setAlpha(40)
            return QBrush(tint)
        if role == Qt.ItemDataRole.ForegroundRole and cell.value is None:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            conf = cell.value.confidence if cell.value else ""
            return f"{cell.display} {conf}".strip()
        return None
