"""StacksMatrixModel: the stacks matrix of the Stacks tab (desktop.present.stacks_matrix), frameworks and engines
down, stacks across; each cell the route's kind in words over a light tint of its colour, with a swatch of the
colour itself (colour never alone). Qt.UserRole returns the cell (MatrixCell), a header's UserRole its row key or
its stack (StackDTO)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from db.api.beyond import StackDTO
from desktop.present import stacks_matrix as sm
from desktop.present.beyond import citation

TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TEXT = QColor("#1a1a1a")
STRIPE_ROLE = Qt.ItemDataRole.UserRole + 1  # over a light tint in both themes


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tint(colour: str, amount: float = 0.72) -> QColor:
    """`colour` mixed with white: a background dark text reads on."""
    c = QColor(colour)
    return QColor(*(round(v + (255 - v) * amount) for v in (c.red(), c.green(), c.blue())))


class StacksMatrixModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._stacks: list[StackDTO] = []
        self._cells: list[list[sm.MatrixCell]] = []

    def set_stacks(self, stacks) -> None:
        self.beginResetModel()
        self._stacks = list(stacks)
        self._cells = sm.matrix(self._stacks, _translate)
        self.endResetModel()

    def stacks(self) -> list[StackDTO]:
        return list(self._stacks)

    def column_of(self, stack_id: str) -> int:
        return next((i for i, s in enumerate(self._stacks) if s.id == stack_id), -1)

    def cell(self, row: int, column: int) -> sm.MatrixCell | None:
        if 0 <= row < len(self._cells) and 0 <= column < len(self._stacks):
            return self._cells[row][column]
        return None

    # Qt -------------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._stacks else len(sm.ROWS)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stacks)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        c = self.cell(index.row(), index.column()) if index.isValid() else None
        if c is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return c.text(_translate)
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint(c.colour) if c.row in sm.ROUTE_KEYS else QColor(c.colour)
        if role == STRIPE_ROLE and c.row in sm.ROUTE_KEYS and c.kind is not None:
            return QColor(c.colour)  # the route kind's own colour, drawn as a stripe beside the words
        if role == Qt.ItemDataRole.ForegroundRole:
            return TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(citation(f, _translate) for f in c.facts) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(TOP_LEFT)
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(sm.ROWS):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return sm.row_label(sm.ROWS[section], _translate)
            return sm.ROWS[section] if role == Qt.ItemDataRole.UserRole else None
        if not 0 <= section < len(self._stacks):
            return None
        s = self._stacks[section]
        if role == Qt.ItemDataRole.DisplayRole:  # the view wraps each line to the column (WrappedHeaderView)
            return f"{sm.short_name(s)}\n{s.vendor}\u00a0· {sm.jurisdiction_text(s.jurisdiction, _translate)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{sm.short_name(s)}, {s.vendor}, {sm.jurisdiction_text(s.jurisdiction, _translate)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.name
        return s if role == Qt.ItemDataRole.UserRole else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
