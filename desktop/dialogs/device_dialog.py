"""DeviceDialog: add a chip or system, or edit one: names and aliases, vendor, status, composition.

A bundled device the user edits becomes theirs: re-seeding leaves it as they made it. A name or
alias already used by another device is refused as the user types.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QVBoxLayout, QWidget)

from db.api.catalog import CONFIDENCES, KINDS, ROLES, STATUSES, norm, validate_device
from db.dto import ComponentDTO, DeviceDTO, OrganisationDTO, SourceDTO
from desktop.dialogs.catalog_form import CatalogFormDialog
from desktop.dialogs.value_dialog import source_label
from desktop.present import status as ps

COMPONENT_COLUMNS = ("name", "role", "count", "device", "source", "confidence")


def taken_names(devices: list[DeviceDTO]) -> dict[str, str]:
    """Normalised names, slugs and aliases in use -> the slug of their device."""
    out: dict[str, str] = {}
    for d in devices:
        for text in (d.slug, d.name, *d.aliases):
            out.setdefault(norm(text), d.slug)
    return out


class DeviceDialog(CatalogFormDialog):
    def __init__(self, devices: list[DeviceDTO], organisations: list[OrganisationDTO], sources: list[SourceDTO],
                 device: DeviceDTO | None = None, components: list[ComponentDTO] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.device = device
        self.setWindowTitle(self.tr("Add a device") if device is None else self.tr("Edit a device"))
        self.setMinimumWidth(980)
        self._taken = taken_names(devices)
        self._devices = sorted((d for d in devices if d.kind == "chip"), key=lambda d: d.name.casefold())
        self._sources = sorted(sources, key=lambda s: (s.publisher.casefold(), s.title.casefold()))
        self._orgs = {o.name: o for o in organisations}
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Huawei Ascend 950PR"))
        self.aliases_edit = QLineEdit(self)
        self.aliases_edit.setAccessibleName(self.tr("Aliases"))
        self.aliases_edit.setPlaceholderText(self.tr("other names, comma-separated: 950PR, Ascend 950PR"))
        self.kind_box = self._combo(self.tr("Kind"), KINDS, {"chip": self.tr("chip (one accelerator)"),
                                                           "system": self.tr("system (rack or pod)")})
        self.status_box = self._combo(self.tr("Status"), STATUSES,
                                      {s: ps.badge(s, QCoreApplication.translate) for s in STATUSES})
        self.family_edit = QLineEdit(self)
        self.family_edit.setAccessibleName(self.tr("Family"))
        self.vendor_box = QComboBox(self)
        self.vendor_box.setEditable(True)
        self.vendor_box.setAccessibleName(self.tr("Vendor"))
        self.vendor_box.addItems(sorted(self._orgs))
        self.vendor_box.setCurrentText("")
        self.country_edit = QLineEdit(self)
        self.country_edit.setAccessibleName(self.tr("Country code"))
        self.country_edit.setPlaceholderText("CN, US, KR, TW…")
        self.country_edit.setMaxLength(6)
        vendor_row = QHBoxLayout()
        vendor_row.addWidget(self.vendor_box, 3)
        vendor_row.addWidget(self.country_edit, 1)
        self.racks_spin = QSpinBox(self)
        self.racks_spin.setAccessibleName(self.tr("Racks"))
        self.racks_spin.setRange(0, 10_000)
        self.racks_spin.setSpecialValueText(self.tr("not given"))
        self.racks_note_edit = QLineEdit(self)
        self.racks_note_edit.setAccessibleName(self.tr("Rack note"))
        self.racks_note_edit.setPlaceholderText(self.tr("e.g. 12 compute racks × 32 NPUs + 4 switch racks"))
        racks_row = QHBoxLayout()
        racks_row.addWidget(self.racks_spin)
        racks_row.addWidget(self.racks_note_edit, 1)
        self.components = QTableWidget(0, len(COMPONENT_COLUMNS), self)
        self.components.setAccessibleName(self.tr("System composition"))
        self.components.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Role"), self.tr("Count"),
                                                   self.tr("Known device"), self.tr("Source"),
                                                   self.tr("Confidence")])
        header = self.components.horizontalHeader()
        for col in range(len(COMPONENT_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.components.setColumnWidth(0, 130)
        self.components.setColumnWidth(1, 105)
        self.components.setColumnWidth(2, 60)
        self.components.setColumnWidth(3, 170)
        self.components.setColumnWidth(5, 105)
        self.components.verticalHeader().hide()
        self.components.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.components.setMinimumHeight(120)
        self.components.itemChanged.connect(self.validate)
        self.add_part = QPushButton(self.tr("Add &part"), self)
        self.add_part.clicked.connect(lambda: self.add_component())
        self.remove_part = QPushButton(self.tr("&Remove part"), self)
        self.remove_part.clicked.connect(self.remove_component)
        parts_buttons = QHBoxLayout()
        parts_buttons.addWidget(self.add_part)
        parts_buttons.addWidget(self.remove_part)
        parts_buttons.addStretch(1)
        parts = QVBoxLayout()
        parts.addWidget(self.components)
        parts.addLayout(parts_buttons)
        self.add_field(self.tr("&Name"), "name", self.name_edit)
        self.add_field(self.tr("&Aliases"), "aliases", self.aliases_edit)
        self.add_field(self.tr("&Kind"), "kind", self.kind_box)
        self.add_field(self.tr("&Status"), "status", self.status_box)
        self.add_field(self.tr("&Family"), "family", self.family_edit)
        self.add_field(self.tr("&Vendor, country"), "vendor", vendor_row, self.vendor_box)
        self.form.addRow("", self._country_message())
        self.add_field(self.tr("Rac&ks"), "racks", racks_row, self.racks_spin)
        self.add_field(self.tr("&Composition"), "components", parts, self.components)
        self._loading = True
        self._load(device, components)
        self._loading = False
        for signal in (self.name_edit.textChanged, self.aliases_edit.textChanged, self.kind_box.currentIndexChanged,
                       self.status_box.currentIndexChanged, self.vendor_box.currentTextChanged,
                       self.country_edit.textChanged, self.racks_spin.valueChanged):
            signal.connect(self.validate)
        self.vendor_box.currentTextChanged.connect(self._vendor_changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.validate()
        self.name_edit.setFocus()

    def _country_message(self) -> QWidget:
        # the country's own message line (the vendor row holds two fields)
        from PySide6.QtWidgets import QLabel
        label = QLabel(self)
        label.setObjectName("countryMessage")
        label.setWordWrap(True)
        label.setVisible(False)
        label.setPalette(self._messages["vendor"].palette())
        self._messages["country"] = label
        return label

    def _combo(self, name: str, keys, labels: dict) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for key in keys:
            box.addItem(labels.get(key, key), key)
        return box

    def _vendor_changed(self, text: str) -> None:
        org = self._orgs.get(text)
        if org is not None:
            self.country_edit.setText(org.country)

    def _kind_changed(self, *_args) -> None:
        system = self.kind_box.currentData() == "system"
        for w in (self.components, self.add_part, self.remove_part, self.racks_spin, self.racks_note_edit):
            w.setEnabled(system)

    def _load(self, device: DeviceDTO | None, components) -> None:
        if device is None:
            return
        self.name_edit.setText(device.name)
        self.aliases_edit.setText(", ".join(device.aliases))
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(device.kind), 0))
        self.status_box.setCurrentIndex(max(self.status_box.findData(device.status), 0))
        self.family_edit.setText(device.family)
        self.vendor_box.setCurrentText(device.vendor)
        self.country_edit.setText(device.country)
        self.racks_spin.setValue(device.racks or 0)
        self.racks_note_edit.setText(device.racks_note)
        for c in components:
            self.add_component(c)

    def add_component(self, c: ComponentDTO | None = None) -> None:
        from PySide6.QtWidgets import QTableWidgetItem
        row = self.components.rowCount()
        self.components.insertRow(row)
        self.components.setItem(row, 0, QTableWidgetItem(c.name if c else ""))
        role = self._combo(self.tr("Role"), ROLES, {})
        role.setCurrentIndex(max(role.findData(c.role if c else "accelerator"), 0))
        self.components.setCellWidget(row, 1, role)
        self.components.setItem(row, 2, QTableWidgetItem(str(c.count) if c and c.count else ""))
        dev = QComboBox(self)
        dev.setAccessibleName(self.tr("Known device"))
        dev.addItem(self.tr("(none)"), "")
        for d in self._devices:
            dev.addItem(d.name, d.slug)
        dev.setCurrentIndex(max(dev.findData(c.device_slug if c and c.device_slug else ""), 0))
        self.components.setCellWidget(row, 3, dev)
        src = QComboBox(self)
        src.setAccessibleName(self.tr("Source of the count"))
        src.addItem(self.tr("(none)"), "")
        for s in self._sources:
            src.addItem(source_label(s), s.key)
        src.setCurrentIndex(max(src.findData(c.source.key if c and c.source else ""), 0))
        self.components.setCellWidget(row, 4, src)
        conf = QComboBox(self)
        conf.setAccessibleName(self.tr("Confidence"))
        conf.addItem("—", "")
        for k in CONFIDENCES:
            conf.addItem(k, k)
        conf.setCurrentIndex(max(conf.findData(c.confidence if c and c.confidence else ""), 0))
        self.components.setCellWidget(row, 5, conf)
        for box in (role, dev, src, conf):
            box.currentIndexChanged.connect(self.validate)
        self.validate()

    def remove_component(self) -> None:
        row = self.components.currentRow()
        if row < 0:
            row = self.components.rowCount() - 1
        if row >= 0:
            self.components.removeRow(row)
            self.validate()

    def _components(self) -> list[dict] | None:
        """The composition rows, or None if a count is not a whole number."""
        out = []
        for row in range(self.components.rowCount()):
            name = (self.components.item(row, 0).text() if self.components.item(row, 0) else "").strip()
            count_text = (self.components.item(row, 2).text() if self.components.item(row, 2) else "").strip()
            count_text = count_text.replace(",", "").replace(" ", "")
            if count_text and not count_text.isdigit():
                return None
            out.append({"name": name, "role": self.components.cellWidget(row, 1).currentData(),
                        "count": int(count_text) if count_text else None,
                        "device": self.components.cellWidget(row, 3).currentData() or None,
                        "source": self.components.cellWidget(row, 4).currentData() or None,
                        "confidence": self.components.cellWidget(row, 5).currentData() or None})
        return out

    def fields(self) -> dict:
        kind = self.kind_box.currentData()
        components = self._components() or []
        return {
            "name": self.name_edit.text().strip(),
            "kind": kind,
            "family": self.family_edit.text().strip(),
            "status": self.status_box.currentData(),
            "vendor": self.vendor_box.currentText().strip(),
            "country": self.country_edit.text().strip().upper(),
            "aliases": [a.strip() for a in self.aliases_edit.text().split(",") if a.strip()],
            "racks": (self.racks_spin.value() or None) if kind == "system" else None,
            "racks_note": self.racks_note_edit.text().strip() if kind == "system" else "",
            "components": components if kind == "system" else [],
        }

    def errors(self) -> dict[str, str]:
        errors = validate_device(self.fields(), self._taken, self.device.slug if self.device else None)
        if self._components() is None:
            errors["components"] = self.tr("a count must be a whole number, such as 384")
        elif self.kind_box.currentData() != "system" and self.components.rowCount():
            errors.pop("components", None)  # kept in the table, not saved for a chip
        return errors
