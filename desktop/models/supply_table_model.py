"""SupplyTableModel: the Supply view's rows (desktop/present/supply_rows): a heading per kind and year, then that
year's facts side by side. A cheap adapter over a list of SupplyFactDTOs: columns declared once (supply_rows.COLUMNS);
Qt.UserRole returns the fact (None on a heading); a heading's text is in its first column (the view spans it).
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from db.api.beyond import SupplyFactDTO
from db.api.compare import PLAIN, NumberStyle
from desktop.present import supply_rows as sr

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a heading row


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class SupplyTableModel(QAbstractTableModel):
    def __init__(self, parent=None, style: NumberStyle = PLAIN) -> None:
        super().__init__(parent)
        self.style = style  # the window's number style: counts grouped as its language groups them
        self.rows: list[sr.Row] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_facts(self, facts: Sequence[SupplyFactDTO]) -> None:
        self.beginResetModel()
        self.rows = sr.rows(facts)
        self.endResetModel()

    def facts(self) -> list[SupplyFactDTO]:
        return [r for r in self.rows if not isinstance(r, sr.Heading)]

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and isinstance(self.rows[row], sr.Heading)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(sr.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(sr.COLUMNS):
            return sr.header(sr.COLUMNS[section][0], _translate)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if isinstance(row, sr.Heading):
            if role == Qt.ItemDataRole.DisplayRole:
                return sr.heading_text(row, _translate) if index.column() == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == HEADING_ROLE:
                return True
            return None
        key = sr.COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return sr.cell(row, key, _translate, self.style)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == HEADING_ROLE:
            return False
        if role == Qt.ItemDataRole.FontRole and row.origin == "user":
            font = QFont()
            font.setItalic(True)  # the analyst's own facts, as everywhere
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
