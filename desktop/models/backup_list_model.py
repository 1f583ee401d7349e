"""BackupListModel: the backups in the data folder's `backups` folder (date, size, why it was made)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from desktop.present import dates


def reason_text(reason: str) -> str:
    """A backup's reason (from its file name) in words."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("BackupListModel", text)
    if reason == "daily":
        return tr("Daily (while working, on exit)")
    if reason.startswith("schema-"):
        return tr("Before updating the database from schema %1").replace("%1", reason.removeprefix("schema-"))
    if reason == "before-restore":
        return tr("Before restoring a backup")
    if reason == "before-import":
        return tr("Before an import")
    if reason == "before-notes-import":
        return tr("Before importing notes")
    if reason.startswith("before-"):
        return tr("Before %1").replace("%1", reason.removeprefix("before-").replace("-", " "))
    if reason == "manual":
        return tr("Made by hand")
    return reason.replace("-", " ")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable
    sort_key: Callable
    align: Qt.AlignmentFlag


class BackupListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []  # db.backup.BackupInfo, newest first
        loc = QLocale()
        tr = self.tr
        self.columns = (
            Column("date", tr("Date"), lambda b: dates.date_time(b.created),
                   lambda b: b.created.isoformat(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            Column("size", tr("Size"), lambda b: loc.formattedDataSize(b.size), lambda b: b.size,
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column("reason", tr("Made"), lambda b: reason_text(b.reason), lambda b: b.reason,
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            Column("file", tr("File"), lambda b: b.path.name, lambda b: b.path.name,
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        )

    def set_backups(self, backups: list) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        b, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(b)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.UserRole:
            return b
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None
