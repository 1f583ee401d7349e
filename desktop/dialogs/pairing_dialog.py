"""PairingDialog: a named pairing (two devices) or group (three or four) with its baseline column."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from db.api.catalog import MAX_COMPARED, validate_group
from db.dto import DeviceDTO
from desktop.dialogs.catalog_form import CatalogFormDialog
from desktop.present.comparison import LETTERS


class PairingDialog(CatalogFormDialog):
    def __init__(self, devices: list[DeviceDTO], name: str = "", slugs: tuple[str, ...] = (), baseline: int = 1,
                 editing: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the pairing or group") if editing else self.tr("Save a pairing or group"))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.add_field(self.tr("&Name"), "name", self.name_edit)
        self.device_boxes: list[QComboBox] = []
        for i in range(MAX_COMPARED):
            box = QComboBox(self)
            box.setAccessibleName(self.tr("Device %1").replace("%1", LETTERS[i]))
            if i >= 2:
                box.addItem(self.tr("(none)"), "")
            for d in sorted(devices, key=lambda d: (d.kind, d.vendor.casefold(), d.name.casefold())):
                box.addItem(f"{d.name}  ({d.vendor})", d.slug)
            j = box.findData(slugs[i]) if i < len(slugs) else (0 if i >= 2 else i)
            box.setCurrentIndex(max(j, 0))
            box.currentIndexChanged.connect(self._devices_changed)
            self.device_boxes.append(box)
            self.add_field(self.tr("Device &%1").replace("%1", LETTERS[i]), f"device{i}", box)
        self.baseline_box = QComboBox(self)
        self.baseline_box.setAccessibleName(self.tr("Baseline: ratios are taken against this device"))
        self.add_field(self.tr("&Ratios against"), "baseline", self.baseline_box)
        self._devices_changed()
        self.baseline_box.setCurrentIndex(max(self.baseline_box.findData(baseline), 0))
        self.name_edit.textChanged.connect(self.validate)
        self.baseline_box.currentIndexChanged.connect(self.validate)
        self.validate()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _devices_changed(self, *_args) -> None:
        keep = self.baseline_box.currentData()
        self.baseline_box.blockSignals(True)
        self.baseline_box.clear()
        for i, slug in enumerate(self.devices()):
            box = self.device_boxes[self._positions()[i]]
            self.baseline_box.addItem(f"{LETTERS[i]}: {box.currentText()}", i)
        self.baseline_box.setCurrentIndex(max(self.baseline_box.findData(keep if keep is not None else 1), 0))
        self.baseline_box.blockSignals(False)
        self.validate()

    def _positions(self) -> list[int]:
        return [i for i, box in enumerate(self.device_boxes) if box.currentData()]

    def devices(self) -> list[str]:
        return [self.device_boxes[i].currentData() for i in self._positions()]

    def baseline(self) -> int:
        data = self.baseline_box.currentData()
        return 1 if data is None else data

    def name(self) -> str:
        return self.name_edit.text().strip()

    def errors(self) -> dict[str, str]:
        errors = validate_group(self.name(), self.devices(), self.baseline())
        if "devices" in errors:
            errors["device0"] = errors.pop("devices")
        return errors
