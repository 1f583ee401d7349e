"""DevicePicker: a button showing the chosen device; it opens a searchable list, a heading per kind."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from db.dto import DeviceDTO
from desktop.models.device_list_model import SLUG_ROLE, DeviceListModel
from desktop.present import status as ps


class DevicePickerDialog(QDialog):
    """The devices under a heading per kind, narrowed as the user types (every word, in any order)."""

    def __init__(self, devices: Sequence[DeviceDTO], current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a chip or system"))
        self.resize(720, 560)
        self.model = DeviceListModel(self)
        self.model.set_devices(devices)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, alias (910C, NVL72, CM384…), vendor or country"))
        self.search.setAccessibleName(self.tr("Search devices"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Devices"))
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height for every row: none is measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._size_columns(devices)
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

    def _size_columns(self, devices: Sequence[DeviceDTO]) -> None:
        """Vendor, country and status columns as wide as their widest text (from the few distinct texts, not
        by measuring every row); the name takes the rest."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        by_status = {(d.status, bool(d.status_as_of)): d for d in devices}  # dates all have one width
        samples = ({d.vendor for d in devices}, {d.country for d in devices},
                   {ps.short_line(d, QCoreApplication.translate) for d in by_status.values()})
        for column, texts in enumerate(samples, start=1):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            self.view.setColumnWidth(column, max(widest, metrics.horizontalAdvance(title) + 16) + 24)

    def _filter(self, text: str) -> None:
        self.model.set_query(text)
        self.view.scrollToTop()  # the heading above the first match shows too
        row = self.model.first_device_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _first_device(self) -> QModelIndex:
        row = self.model.first_device_row()
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def _select(self, slug: str | None) -> None:
        row = self.model.row_of(slug)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

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
        self._devices: Sequence[DeviceDTO] | Callable[[], Sequence[DeviceDTO]] = ()
        self._current: DeviceDTO | None = None
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

    def set_devices(self, devices: Sequence[DeviceDTO] | Callable[[], Sequence[DeviceDTO]]) -> None:
        """The devices offered, or what gives them when the list opens (the Store's cached list: none is read
        before the first paint, and a change of devices is seen at the next open)."""
        self._devices = devices

    def devices(self) -> Sequence[DeviceDTO]:
        return self._devices() if callable(self._devices) else self._devices

    def set_current(self, slug: str | None, device: DeviceDTO | None = None) -> None:
        """Show `slug` on the button (`device`: its DTO when the caller has it, e.g. from the comparison)."""
        self._slug = slug
        if device is None or device.slug != slug:
            device = next((d for d in self.devices() if d.slug == slug), None) if slug is not None else None
        self._current = device
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
        dialog = DevicePickerDialog(self.devices(), self._slug, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.set_current(dialog.chosen)
            self.device_chosen.emit(dialog.chosen)
