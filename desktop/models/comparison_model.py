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
from desktop.present import comparison as pc
from desktop.present import status as ps
from desktop.present.catalog_words import catalog_word
from desktop.present.comparison import LETTERS
from desktop.present.fact_rows import is_fact_row
from desktop.present.provenance import NOTE_MARK, citation
from desktop.present.reasons import phrase
from desktop.provenance import cell_tooltip, confidence_icon, ratio_tooltip

ROW_ROLE = Qt.ItemDataRole.UserRole
SIDE_ROLE = Qt.ItemDataRole.UserRole + 1  # 0/1 for value columns, None otherwise
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
_R = Qt.ItemDataRole
ROLES = frozenset(int(r) for r in (_R.DisplayRole, _R.ToolTipRole, _R.DecorationRole, _R.TextAlignmentRole,
                                   _R.FontRole, _R.BackgroundRole, _R.ForegroundRole, _R.AccessibleTextRole,
                                   ROW_ROLE, SIDE_ROLE, GROUP_ROLE))

GROUP_FLAGS, ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled, Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[ComparisonDTO | None], str]
    side: int | None = None  # index of the device in the comparison, for value columns



def _device_header(side: int) -> Callable[[ComparisonDTO | None], str]:
    letter = LETTERS[side]

    def header(c: ComparisonDTO | None) -> str:
        if not c:
            return QApplication.translate("ComparisonModel", "Device %1").replace("%1", letter)
        text = f"{letter}: {c.devices[side].name}\n{ps.short_line(c.devices[side], QApplication.translate)}"
        if len(c.devices) > 2:  # a second line says how the column's ratios read
            text += "\n" + (QApplication.translate("ComparisonModel", "baseline (ratios ÷ %1)") if side == c.baseline
                            else QApplication.translate("ComparisonModel", "figure, ratio ÷ %1")).replace(
                "%1", LETTERS[c.baseline])
        return text
    return header


def _ratio_header(c: ComparisonDTO | None) -> str:
    if c is None or c.baseline == 1:
        return QApplication.translate("ComparisonModel", "Ratio A / B")
    return QApplication.translate("ComparisonModel", "Ratio %1 / %2").replace("%1", LETTERS[c.other]).replace(
        "%2", LETTERS[c.baseline])


METRIC_COLUMN = Column("metric", lambda c: QApplication.translate("ComparisonModel", "Metric"))
RATIO_COLUMN = Column("ratio", _ratio_header)
DEVICE_COLUMNS = tuple(Column(LETTERS[i].lower(), _device_header(i), side=i) for i in range(len(LETTERS)))
# a pair: metric, A, B and the ratio A / B; three or four devices: metric and one column per device,
# each non-baseline cell carrying its ratio to the baseline
COLUMNS = (METRIC_COLUMN, *DEVICE_COLUMNS[:2], RATIO_COLUMN)


def columns_for(comparison: ComparisonDTO | None) -> tuple[Column, ...]:
    n = len(comparison.devices) if comparison else 2
    return COLUMNS if n == 2 else (METRIC_COLUMN, *DEVICE_COLUMNS[:n])


def cell_text(row: RowDTO, cell: CellDTO, with_ratio: bool = False) -> str:
    """What a cell reads; with three or four devices, a non-baseline cell has its ratio to the baseline on a
    second line ('148 TFLOPS' / '0.15×'), so that four figures fit a laptop's width; ▲ marks the best figure."""
    text = pc.cell_text(cell, translate=QApplication.translate)
    if row.metric.kind != "number" and not is_fact_row(row):  # a statement row lists its facts itself
        extra = len({v.value_text for v in cell.candidates if v.value_text}) - 1
        if extra > 0:
            text += QApplication.translate("ComparisonModel", "  (+%n more)", "", extra)
    if with_ratio and cell.ratio_display:
        text += f"\n{cell.ratio_display}" + pc.warning_suffix(cell.ratio_warnings)  # not comparable: in the tooltip
    return text


def _not_supported_style(role: int):
    if role == Qt.ItemDataRole.FontRole:
        f = QFont()
        f.setItalic(True)
        return f
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._comparison: ComparisonDTO | None = None
        self._columns: tuple[Column, ...] = COLUMNS
        self._items: list[tuple[str, str | RowDTO]] = []
        self._cache: dict[tuple[int, int, int], object] = {}  # views ask the same roles many times per paint

    # data in -----------------------------------------------------------
    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._columns = columns_for(comparison)
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
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header(self._comparison)
            if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].side is not None and self._comparison:
                d = self._comparison.devices[self._columns[section].side]
                return f"{d.name}\n{d.vendor} ({d.country}) · {d.kind} · {ps.status_line(d, QApplication.translate)}"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return GROUP_FLAGS if self._items[index.row()][0] == "group" else ROW_FLAGS  # asked per cell per paint

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        key = (row := index.row(), column := index.column(), role)  # asked ~8 roles per cell per sizing and paint
        try:
            return self._cache[key]
        except KeyError:
            known = role in ROLES and index.isValid() and 0 <= row < len(self._items)  # views ask roles never set
            value = self._cache[key] = self._data(row, column, role) if known else None
            return value

    def _data(self, row_number: int, column: int, role: int):
        kind, item = self._items[row_number]
        col = self._columns[column]
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
                return catalog_word(row.metric.label, QApplication.translate) + (f" {pc.DERIVED_MARK}" if row.metric.derived else "") \
                    + (f" {NOTE_MARK}" if row.provenance_note is not None else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = catalog_word(row.metric.description, QApplication.translate)
                if row.metric.derived:
                    tip += "\n" + QApplication.translate("ComparisonModel", "Derived: %1").replace(
                        "%1", catalog_word(row.metric.formula, QApplication.translate))
                if row.metric.unit:
                    tip += "\n" + QApplication.translate("ComparisonModel", "Canonical unit: %1").replace("%1", row.metric.unit)
                if row.provenance_note is not None:
                    tip += f"\n{NOTE_MARK} " + phrase(row.provenance_note, QApplication.translate)
                return tip
            return None
        # ratio column
        if role == Qt.ItemDataRole.DisplayRole:
            if row.ratio_display:
                return pc.pair_ratio_text(row)
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
            return pc.group_word(group, QApplication.translate)
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.AlternateBase).darker(104))
        return None

    def _cell_data(self, row: RowDTO, side: int, role: int):
        cell = row.cells[side]
        many = len(row.cells) > 2
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell_text(row, cell, with_ratio=many)
            return text + pc.best_suffix(row, side) if many else text
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = cell_tooltip(row, cell)
            if many and self._comparison is not None:
                tip += "\n" + ratio_tooltip(row, self._comparison, side)
            return tip.strip()
        if role == Qt.ItemDataRole.DecorationRole:
            return confidence_icon(cell.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and row.metric.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if pc.is_not_supported(cell.value) and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return _not_supported_style(role)  # greyed italic: the device lacks the feature (not a gap)
        marked = pc.is_marked(row, side)
        origin = cell.value.origin if cell.value is not None else None
        if role == Qt.ItemDataRole.FontRole and (marked or cell.user_choice or origin in ("user", "team")):
            f = QFont()
            f.setBold(marked)
            f.setUnderline(cell.user_choice)
            f.setItalic(origin == "user")
            f.setOverline(origin == "team")  # a teammate's figure (the tooltip names who added it)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            base = QApplication.palette().color(QPalette.ColorRole.Base)
            tint = QColor(46, 125, 50) if base.lightness() > 128 else QColor(129, 199, 132)
            tint.setAlpha(40)
            return QBrush(tint)
        if role == Qt.ItemDataRole.ForegroundRole and cell.value is None:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the mark's meaning, for a screen reader
            shown = pc.shown_display(cell, QApplication.translate)
            return f"{shown}, {citation(cell.value, QApplication.translate)}" if cell.value else shown
        return None
