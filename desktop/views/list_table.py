"""The one way a dialog lists rows to read and pick from (sources, backups, an import's preview): whole-row
selection, sortable, alternating rows, one line per row, no row numbers."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def list_table(parent: QWidget, object_name: str, accessible_name: str, model: QAbstractItemModel,
               elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(elide)
    return table
