"""DevicePicker: a button showing the chosen device; it opens a searchable, grouped list."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPushButton,
                               QTreeView, QVBoxLayout, QWidget)

from db.dto import DeviceDTO
from desktop.models.device_tree_model import SLUG_ROLE, DeviceFilterProxyModel, DeviceTreeModel
from desktop.present import status as ps


class DevicePickerDialog(QDialog):
    def __init__(self, devices: list[DeviceDTO], current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a chip or system"))
        self.resize(720, 560)
        self.model = DeviceTreeModel(self)
        self.model.set_devices(devices)
        self.proxy = DeviceFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, alias (910C, NVL72, CM384…), vendor or country"))
        self.search.setAccessibleName(self.tr("Search devices"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Devices"))
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.chosen: str | None = None
        self._select(current)
        self.search.setFocus()
        self.search.returnPressed.connect(self._accept_first)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.view.expandAll()
        first = self._first_device()
        if first.isValid():
            self.view.setCurrentIndex(first)

    def _first_device(self) -> QModelIndex:
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            if self.proxy.rowCount(group):
                return self.proxy.index(0, 0, group)
        return QModelIndex()

    def _select(self, slug: str | None) -> None:
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                idx = self.proxy.index(r, 0, group)
                if idx.data(SLUG_ROLE) == slug:
                    self.view.setCurrentIndex(idx)
                    self.view.scrollTo(idx)
                    return

    def _activated(self, index: QModelIndex) -> None:
        slug = index.siblingAtColumn(0).data(SLUG_ROLE)
        if slug:
            self.chosen = slug
            self.accept()

    def _accept_current(self) -> None:
        self._activated(self.view.currentIndex())

    def _accept_first(self) -> None:
        current = self.view.currentIndex()
        self._activated(current if current.isValid() and current.data(SLUG_ROLE) else self._first_device())


class DevicePicker(QWidget):
    device_chosen = Signal(str)

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._devices: list[DeviceDTO] = []
        self._slug: str | None = None
        self.empty_text = self.tr("Choose a device ▾")  # what the button reads with no device chosen
        self.button = QPushButton(label, self)
        self.button.setAccessibleName(label)
        self.button.setToolTip(self.tr("Choose a chip or system (search by name, alias, vendor)"))
        self.button.clicked.connect(self.open)
        self.button.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)

    def set_devices(self, devices: list[DeviceDTO]) -> None:
        self._devices = devices

    def set_current(self, slug: str | None) -> None:
        self._slug = slug
        device = next((d for d in self._devices if d.slug == slug), None)
        if device is None:
            self.button.setText(self.empty_text)
            return
        badge = "" if device.status == "shipping" else f"  · {ps.badge(device.status, QCoreApplication.translate)}"
        self.button.setText(f"{device.name}  ({device.country}){badge} ▾")
        self.button.setToolTip(self.tr("Choose a chip or system (search by name, alias, vendor)") + "\n"
                               + f"{device.name}: {ps.status_line(device, QCoreApplication.translate)}")

    def current(self) -> str | None:
        return self._slug

    def open(self) -> None:
        dialog = DevicePickerDialog(self._devices, self._slug, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.set_current(dialog.chosen)
            self.device_chosen.emit(dialog.chosen)
