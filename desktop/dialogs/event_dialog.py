"""EventDialog: add or edit a policy-timeline event. Validated by db.events.validate_event, inline.

fields() returns the dict db.api takes (date, precision, title, summary, actor, jurisdiction, category,
confidence, sources [dicts publisher/title/url/date], devices [slugs], tags). OK stays disabled while the
fields are invalid; the messages are listed under the form (with a ⚠ mark, not colour alone).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from db.api.events import CATEGORIES, CONFIDENCES, JURISDICTIONS, PRECISIONS, validate_event
from db.dto import EventDTO
from desktop.models.event_list_model import category_label, confidence_label, jurisdiction_label, precision_label
from desktop.dialogs.form_messages import said

NO_DATE = QDate(1000, 1, 1)  # the date edit's minimum, shown as "no date"
SOURCE_KEYS = ("publisher", "title", "url", "date")


class EventDialog(QDialog):
    def __init__(self, devices: list[tuple[str, str]], event: EventDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.original = event  # the event being edited (None when adding); not `event`: that is a Qt method
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("Add event"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 720)
        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setMaximumDate(QDate(2199, 12, 31))
        self.date_edit.setSpecialValueText(self.tr("(no date)"))
        self.date_edit.setToolTip(self.tr("The first day of the period: for a month, the 1st; for a quarter, "
                                          "1 January, April, July or October; for a year, 1 January."))
        self.precision_box = self._combo(self.tr("Precision"), PRECISIONS, precision_label)
        self.snap_button = QPushButton(self.tr("Use the start of the period"), self)
        self.snap_button.setToolTip(self.tr("Move the date to the first day of its month, quarter or year"))
        self.snap_button.clicked.connect(self.snap_date)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.actor_edit = QLineEdit(self)
        self.actor_edit.setAccessibleName(self.tr("Actor"))
        self.actor_edit.setPlaceholderText(self.tr("e.g. US Department of Commerce (BIS)"))
        self.jurisdiction_box = self._combo(self.tr("Jurisdiction"), JURISDICTIONS, jurisdiction_label)
        self.category_box = self._combo(self.tr("Category"), CATEGORIES, category_label)
        self.confidence_box = self._combo(self.tr("Confidence"), CONFIDENCES, confidence_label)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. HBM, Hopper"))
        # sources
        self.sources = QTableWidget(0, len(SOURCE_KEYS), self)
        self.sources.setAccessibleName(self.tr("Sources"))
        self.sources.setHorizontalHeaderLabels([self.tr("Publisher"), self.tr("Title"), self.tr("URL"),
                                                self.tr("Date (YYYY-MM-DD)")])
        header = self.sources.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.sources.verticalHeader().hide()
        self.sources.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources.setMinimumHeight(120)
        self.sources.itemChanged.connect(self._validate)
        self.add_source_button = QPushButton(self.tr("Add source"), self)
        self.add_source_button.clicked.connect(lambda: self.add_source_row())
        self.remove_source_button = QPushButton(self.tr("Remove source"), self)
        self.remove_source_button.clicked.connect(self.remove_source_row)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)
        # devices
        self.devices = QListWidget(self)
        self.devices.setAccessibleName(self.tr("Devices this event is about"))
        self.devices.setMinimumHeight(110)
        for slug, name in devices:
            item = QListWidgetItem(name, self.devices)
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.errors = QLabel(self)
        self.errors.setObjectName("eventErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.precision_box)
        date_row.addWidget(self.snap_button)
        date_row.addStretch(1)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Date and precision"), self)
        date_label.setBuddy(self.date_edit)  # a row holding a layout gets no mnemonic of its own
        form.addRow(date_label, date_row)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Summary"), self.summary_edit)
        form.addRow(self.tr("&Actor"), self.actor_edit)
        form.addRow(self.tr("&Jurisdiction"), self.jurisdiction_box)
        form.addRow(self.tr("&Category"), self.category_box)
        form.addRow(self.tr("C&onfidence"), self.confidence_box)
        form.addRow(self.tr("Ta&gs"), self.tags_edit)
        sources_box = QVBoxLayout()
        sources_box.addWidget(self.sources)
        sources_box.addLayout(source_buttons)
        form.addRow(self.tr("Sources"), sources_box)
        form.addRow(self.tr("De&vices"), self.devices)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._loading = True
        self._load(event)
        self._loading = False
        for signal in (self.date_edit.dateChanged, self.precision_box.currentIndexChanged,
                       self.title_edit.textChanged, self.summary_edit.textChanged, self.actor_edit.textChanged,
                       self.jurisdiction_box.currentIndexChanged, self.category_box.currentIndexChanged,
                       self.confidence_box.currentIndexChanged, self.tags_edit.textChanged, self.devices.itemChanged):
            signal.connect(self._validate)
        self._validate()
        self.title_edit.setFocus()

    def _combo(self, name: str, keys: tuple[str, ...], label) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for key in keys:
            box.addItem(label(key), key)
        return box

    def _load(self, e: EventDTO | None) -> None:
        if e is None:
            self.date_edit.setDate(QDate.currentDate())
            self.confidence_box.setCurrentIndex(max(0, self.confidence_box.findData("reported")))
            self.jurisdiction_box.setCurrentIndex(max(0, self.jurisdiction_box.findData("US")))
            return
        self.date_edit.setDate(QDate.fromString(e.date, "yyyy-MM-dd"))
        for box, value in ((self.precision_box, e.precision), (self.jurisdiction_box, e.jurisdiction),
                           (self.category_box, e.category), (self.confidence_box, e.confidence)):
            i = box.findData(value)
            box.setCurrentIndex(i if i >= 0 else 0)
        self.title_edit.setText(e.title)
        self.summary_edit.setPlainText(e.summary)
        self.actor_edit.setText(e.actor)
        self.tags_edit.setText(", ".join(e.tags))
        for s in e.sources:
            self.add_source_row(s.publisher, s.title, s.url or "", s.date or "")
        wanted = set(e.devices)
        for row in range(self.devices.count()):
            item = self.devices.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    # sources ---------------------------------------------------------------------------------------
    def add_source_row(self, publisher: str = "", title: str = "", url: str = "", date: str = "") -> int:
        row = self.sources.rowCount()
        self.sources.blockSignals(True)
        self.sources.insertRow(row)
        for column, text in enumerate((publisher, title, url, date)):
            self.sources.setItem(row, column, QTableWidgetItem(text))
        self.sources.blockSignals(False)
        if not self._loading:
            self.sources.setCurrentCell(row, 0)
            self._validate()
        return row

    def remove_source_row(self) -> None:
        row = self.sources.currentRow()
        if row < 0:
            row = self.sources.rowCount() - 1
        if row >= 0:
            self.sources.removeRow(row)
            self._validate()

    def set_source_cell(self, row: int, key: str, text: str) -> None:
        self.sources.item(row, SOURCE_KEYS.index(key)).setText(text)

    # values ----------------------------------------------------------------------------------------
    def set_devices_checked(self, slugs) -> None:
        wanted = set(slugs)
        for row in range(self.devices.count()):
            item = self.devices.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def snap_date(self) -> None:
        d = self.date_edit.date()
        if d == NO_DATE:
            return
        precision = self.precision_box.currentData()
        if precision == "month":
            d = QDate(d.year(), d.month(), 1)
        elif precision == "quarter":
            d = QDate(d.year(), (d.month() - 1) // 3 * 3 + 1, 1)
        elif precision == "year":
            d = QDate(d.year(), 1, 1)
        self.date_edit.setDate(d)

    def fields(self) -> dict:
        d = self.date_edit.date()
        sources = []
        for row in range(self.sources.rowCount()):
            values = {k: (self.sources.item(row, c).text().strip() if self.sources.item(row, c) else "")
                      for c, k in enumerate(SOURCE_KEYS)}
            if not any(values.values()):
                continue  # an empty row is ignored, not an error
            sources.append({"publisher": values["publisher"], "title": values["title"],
                            "url": values["url"] or None, "date": values["date"] or None})
        devices = [self.devices.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.devices.count())
                   if self.devices.item(r).checkState() == Qt.CheckState.Checked]
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        return {
            "date": "" if d == NO_DATE or not d.isValid() else d.toString("yyyy-MM-dd"),
            "precision": self.precision_box.currentData(),
            "title": self.title_edit.text().strip(),
            "summary": self.summary_edit.toPlainText().strip(),
            "actor": self.actor_edit.text().strip(),
            "jurisdiction": self.jurisdiction_box.currentData(),
            "category": self.category_box.currentData(),
            "confidence": self.confidence_box.currentData(),
            "sources": sources,
            "devices": devices,
            "tags": tags,
        }

    def errors_list(self) -> list[str]:
        return validate_event(self.fields())

    def _validate(self, *_args) -> None:
        if self._loading:
            return
        errors = self.errors_list()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not errors)
        self.snap_button.setEnabled(self.precision_box.currentData() != "day")
        if errors:
            self.errors.setText("<br>".join(f"⚠ {html.escape(said(m))}" for m in errors))
            self.errors.setVisible(True)
        else:
            self.errors.clear()
            self.errors.setVisible(False)

    def accept(self) -> None:
        if self.errors_list():
            self._validate()
            return
        super().accept()
