"""BackupListModel: the backups in the data folder's `backups` folder (date, size, why it was made)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from desktop.present import dates

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def reason_text(reason: str) -> str:
    """A backup's reason (from its file name) in words."""
    if reason == "daily":
        return translate("BackupListModel", "Daily (while working, on exit)")
    if reason.startswith("schema-"):
        return translate("BackupListModel",
                         "Before updating the database from schema %1").replace("%1", reason.removeprefix("schema-"))
    if reason == "before-restore":
        return translate("BackupListModel", "Before restoring a backup")
    if reason == "before-import":
        return translate("BackupListModel", "Before an import")
    if reason == "before-notes-import":
        return translate("BackupListModel", "Before importing notes")
    if reason.startswith("before-"):
        return translate("BackupListModel", "Before %1").replace("%1", reason.removeprefix("before-").replace("-", " "))
    if reason == "manual":
        return translate("BackupListModel", "Made by hand")
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
        self.columns = (
            Column("date", translate("BackupListModel", "Date"), lambda b: dates.date_time(b.created),
                   lambda b: b.created.isoformat(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            Column("size", translate("BackupListModel",
                                     "Size"), lambda b: loc.formattedDataSize(b.size), lambda b: b.size,
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column("reason", translate("BackupListModel", "Made"), lambda b: reason_text(b.reason), lambda b: b.reason,
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            Column("file", translate("BackupListModel", "File"), lambda b: b.path.name, lambda b: b.path.name,
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
