"""ValueDialog: add a figure, edit one of the user's, or correct a bundled one.

The value is typed as the source gives it ("1.2 PFLOPS", "3.35 TB/s", "2,800 Gbit/s") and stored in
the metric's canonical unit; the dialog shows what will be stored as the user types. A number must be a
figure by the rule every importer applies too (db.units.check_figure, through validate_value): finite, not
negative, 0 or within a million times the bundled figures of its unit. A number needs a source and a confidence. A bundled figure is never changed: the correction is saved as the user's.
A number also has a basis (format, sparsity, granularity...: desktop.dialogs.basis_form), the row's
standard one unless the user says otherwise; a basis the row cannot hold is refused.
Who produced the figure (free text, the kinds of producer offered; empty: not stated) and the carrier quality of
its citation: the chosen source's kind sets the carrier (db default_carrier) until the user picks one; a figure
being edited keeps what it has.
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from db.api.catalog import CONFIDENCES, POWER_QUALIFIERS, validate_value
from db.api.compare import CARRIERS, PLAIN, NumberStyle, default_carrier, format_number, format_quantity
from db.dto import DeviceDTO, MetricDTO, SourceDTO, ValueDTO
from desktop.dialogs.basis_form import BasisForm
from desktop.dialogs.catalog_form import CatalogFormDialog
from desktop.present.provenance import PRODUCER_SUGGESTIONS, carrier_name, producer_words

QUALIFIERS = ("", *POWER_QUALIFIERS)  # sparsity, direction and scope are basis fields now


def source_label(s: SourceDTO) -> str:
    title = f" — {s.title}" if s.title else ""
    return f"{s.publisher}{title} (" + (s.date_text or QCoreApplication.translate("ValueDialog", "n.d.")) + ")"


class ValueDialog(CatalogFormDialog):
    def __init__(self, metrics: list[MetricDTO], devices: list[DeviceDTO], sources: list[SourceDTO],
                 style: NumberStyle = PLAIN, value: ValueDTO | None = None, device: str | None = None,
                 metric: str | None = None, parent: QWidget | None = None,
                 new_source: Callable[[], SourceDTO | None] | None = None):
        super().__init__(parent)
        self.style = style
        self.value = value
        self.correcting = value is not None and value.origin != "user"
        self.metrics = [m for m in metrics if not m.derived and m.key != "composition"]
        self.devices = {d.slug: d for d in devices}
        self._new_source = new_source
        if value is None:
            self.setWindowTitle(self.tr("Add a figure"))
        elif self.correcting:
            self.setWindowTitle(self.tr("Correct a bundled figure"))
        else:
            self.setWindowTitle(self.tr("Edit your figure"))
        self.setMinimumWidth(620)
        self.device_box = QComboBox(self)
        self.device_box.setAccessibleName(self.tr("Device"))
        for d in devices:
            self.device_box.addItem(d.name, d.slug)
        self.metric_box = QComboBox(self)
        self.metric_box.setAccessibleName(self.tr("Metric"))
        for m in self.metrics:
            self.metric_box.addItem(f"{m.label} ({m.unit})" if m.unit else m.label, m.key)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("valueEdit")
        self.value_edit.setAccessibleName(self.tr("Value"))
        self.qualifier_box = QComboBox(self)
        self.qualifier_box.setEditable(True)
        self.qualifier_box.setAccessibleName(self.tr("Qualifier"))
        self.qualifier_box.addItems(QUALIFIERS)
        self.approximate = QCheckBox(self.tr("Appro&ximate (≈)"), self)
        self.source_box = QComboBox(self)
        self.source_box.setAccessibleName(self.tr("Source"))
        self.source_box.setMinimumContentsLength(40)
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_source_button = QPushButton(self.tr("&New source…"), self)
        self.new_source_button.clicked.connect(self._add_source)
        self.new_source_button.setEnabled(new_source is not None)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_box, 1)
        source_row.addWidget(self.new_source_button)
        self.confidence_box = QComboBox(self)
        self.confidence_box.setAccessibleName(self.tr("Confidence"))
        self.confidence_box.addItem(self.tr("— choose —"), "")
        labels = {"official": self.tr("official (the maker)"), "third-party": self.tr("third-party (measured or "
                  "compiled by others)"), "reported": self.tr("reported (press, leaks)")}
        for c in CONFIDENCES:
            self.confidence_box.addItem(labels[c], c)
        self.producer_box = QComboBox(self)
        self.producer_box.setObjectName("producerBox")
        self.producer_box.setEditable(True)
        self.producer_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.producer_box.setAccessibleName(self.tr("Produced by"))
        self.producer_box.addItem("")
        for text in PRODUCER_SUGGESTIONS:
            self.producer_box.addItem(text)
            self.producer_box.setItemData(self.producer_box.count() - 1, producer_words(text, QCoreApplication.translate),
                                          Qt.ItemDataRole.ToolTipRole)
        self.producer_box.lineEdit().setPlaceholderText(self.tr("not stated — e.g. vendor, analyst firm (SemiAnalysis)"))
        self.carrier_box = QComboBox(self)
        self.carrier_box.setObjectName("carrierBox")
        self.carrier_box.setAccessibleName(self.tr("Carrier quality"))
        carrier_tips = {"primary": self.tr("the producer's own page or document"),
                        "reputable-relay": self.tr("a reputable outlet or compiler restating it"),
                        "weak-relay": self.tr("an aggregator, syndication, wiki, reseller blog or mirror"),
                        "derived": self.tr("arithmetic on other figures")}
        for c in (*CARRIERS, ""):
            self.carrier_box.addItem(carrier_name(c or None, QCoreApplication.translate), c)
            if c:
                self.carrier_box.setItemData(self.carrier_box.count() - 1, carrier_tips[c], Qt.ItemDataRole.ToolTipRole)
        self._carrier_follows = True  # the source's kind sets the carrier until the user picks one
        self._setting_carrier = False
        self.carrier_box.currentIndexChanged.connect(self._carrier_picked)
        self.as_of_edit = QLineEdit(self)
        self.as_of_edit.setAccessibleName(self.tr("As of"))
        self.as_of_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY (empty: the source's date)"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.prefer = QCheckBox(self.tr("&Show this figure in the comparison (instead of the automatic choice)"), self)
        self.add_field(self.tr("&Device"), "device", self.device_box)
        self.add_field(self.tr("&Metric"), "metric", self.metric_box)
        self.add_field(self.tr("&Value"), "value", self.value_edit)
        qual_row = QHBoxLayout()
        qual_row.addWidget(self.qualifier_box, 1)
        qual_row.addWidget(self.approximate)
        self.add_field(self.tr("&Qualifier"), "qualifier", qual_row, self.qualifier_box)
        self.basis_form = BasisForm(self)  # the basis rows, under the value they qualify
        self.add_field(self.tr("&Source"), "source", source_row, self.source_box)
        self.add_field(self.tr("&Confidence"), "confidence", self.confidence_box)
        self.add_field(self.tr("&Produced by"), "producer", self.producer_box)
        self.add_field(self.tr("Ca&rrier quality"), "carrier_quality", self.carrier_box)
        self.add_field(self.tr("&As of"), "as_of", self.as_of_edit)
        self.add_field(self.tr("N&ote"), "note", self.note_edit)
        self.form.addRow(self.prefer)
        chain = [self.device_box, self.metric_box, self.value_edit, self.qualifier_box, self.approximate,
                 *self.basis_form.widgets(), self.source_box, self.new_source_button, self.confidence_box,
                 self.producer_box, self.carrier_box, self.as_of_edit, self.note_edit, self.prefer]
        for first, second in zip(chain, chain[1:]):  # Tab follows the form, basis rows under the value
            QWidget.setTabOrder(first, second)
        self.set_sources(sources)
        self._loading = True
        self._load(value, device, metric)
        self._metric_changed()
        self._loading = False
        self.metric_box.currentIndexChanged.connect(self._metric_changed)
        self.device_box.currentIndexChanged.connect(self._metric_changed)
        self.source_box.currentIndexChanged.connect(self._source_changed)
        for signal in (self.device_box.currentIndexChanged, self.metric_box.currentIndexChanged,
                       self.value_edit.textChanged, self.qualifier_box.currentTextChanged,
                       self.source_box.currentIndexChanged, self.confidence_box.currentIndexChanged,
                       self.as_of_edit.textChanged, self.basis_form.basis_changed):
            signal.connect(self.validate)
        self.basis_form.twin_requested.connect(self._move_to)
        self.validate()
        self.value_edit.setFocus()

    def set_sources(self, sources: list[SourceDTO], select: str | None = None) -> None:
        keep = select or self.source_box.currentData()
        self._sources = list(sources)
        self._source_keys = [s.key for s in sources]
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem(self.tr("— choose a source —"), "")
        for s in sorted(sources, key=lambda s: (s.publisher.casefold(), s.title.casefold(), s.key)):
            self.source_box.addItem(source_label(s), s.key)
            self.source_box.setItemData(self.source_box.count() - 1, s.url or "", Qt.ItemDataRole.ToolTipRole)
        i = self.source_box.findData(keep) if keep else 0
        self.source_box.setCurrentIndex(max(i, 0))
        self.source_box.blockSignals(False)
        if not self._loading:
            self._source_changed()
        self.validate()

    def _add_source(self) -> None:
        created = self._new_source() if self._new_source else None
        if created is not None:
            self.set_sources(self._sources + [created], created.key)

    def _load(self, value: ValueDTO | None, device: str | None, metric: str | None) -> None:
        if value is not None:
            device, metric = value.device_slug, value.metric_key
        for box, key in ((self.device_box, device), (self.metric_box, metric)):
            i = box.findData(key) if key else -1
            if i >= 0:
                box.setCurrentIndex(i)
        if value is not None:
            self.device_box.setEnabled(False)
            self.metric_box.setEnabled(False)
            m = self.current_metric()
            if value.value_num is not None and m is not None:
                self.value_edit.setText(format_quantity(value.value_num, m.unit, self.style))
            else:
                self.value_edit.setText(value.value_text or "")
            self.qualifier_box.setCurrentText(value.qualifier or "")
            self.approximate.setChecked(value.approximate)
            if value.source is not None:
                self.source_box.setCurrentIndex(max(self.source_box.findData(value.source.key), 0))
            self.confidence_box.setCurrentIndex(max(self.confidence_box.findData(value.confidence or ""), 0))
            self.as_of_edit.setText(value.as_of or "")
            self.note_edit.setText(value.note)
            self.producer_box.setCurrentText(value.producer or "")
            self._set_carrier(value.carrier_quality)
            self._carrier_follows = value.carrier_quality == default_carrier(value.source.kind if value.source else None)
            self.prefer.setChecked(self.correcting)
        elif device is not None:
            self.device_box.setEnabled(False)
        if value is None:
            self._source_changed()

    def _set_carrier(self, carrier: str | None) -> None:
        self._setting_carrier = True
        self.carrier_box.setCurrentIndex(max(self.carrier_box.findData(carrier or ""), 0))
        self._setting_carrier = False

    def _carrier_picked(self, *_args) -> None:
        if not self._setting_carrier:
            self._carrier_follows = False

    def _source_changed(self, *_args) -> None:
        """The chosen source's kind sets the carrier quality until the user picks one."""
        if not self._carrier_follows:
            return
        source = next((s for s in self._sources if s.key == self.source_box.currentData()), None)
        self._set_carrier(default_carrier(source.kind) if source is not None else None)

    def current_metric(self) -> MetricDTO | None:
        key = self.metric_box.currentData()
        return next((m for m in self.metrics if m.key == key), None)

    def current_device(self) -> DeviceDTO | None:
        return self.devices.get(self.device_box.currentData())

    def _move_to(self, metric: str) -> None:
        """The user moves a figure of the wrong sparsity to the row that holds it (a new figure only)."""
        i = self.metric_box.findData(metric)
        if i >= 0 and self.metric_box.isEnabled():
            self.metric_box.setCurrentIndex(i)

    def _metric_changed(self, *_args) -> None:
        m = self.current_metric()
        device = self.current_device()
        own = self.value.basis if self.value is not None and not self.value.is_gap else None
        self.basis_form.set_metric(m, self.metrics, device.granularity if device else "package", own)
        if m is None:
            return
        if m.kind == "number":
            self.value_edit.setPlaceholderText(self.tr("e.g. %1 — any multiple of %2 (1.2 PFLOPS, 3.35 TB/s, "
                                                       "2,800 Gbit/s, 1.5 kW)").replace("%1", f"752 {m.unit}")
                                               .replace("%2", m.unit))
        elif m.kind == "date":
            self.value_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        else:
            self.value_edit.setPlaceholderText(self.tr("text, as the source gives it"))
        if self.value is None and m.default_qualifier and not self.qualifier_box.currentText():
            self.qualifier_box.setCurrentText(m.default_qualifier)

    def fields(self) -> dict:
        return {
            "device": self.device_box.currentData() or "",
            "metric": self.metric_box.currentData() or "",
            "value": self.value_edit.text(),
            "qualifier": self.qualifier_box.currentText().strip(),
            "approximate": self.approximate.isChecked(),
            "source": self.source_box.currentData() or "",
            "confidence": self.confidence_box.currentData() or "",
            "as_of": self.as_of_edit.text().strip(),
            "note": self.note_edit.text().strip(),
            "producer": self.producer_box.currentText().strip(),
            "carrier_quality": self.carrier_box.currentData() or "",
            "prefer": self.prefer.isChecked(),
            **({"basis": self.basis_form.basis().as_dict()} if self.basis_form.visible_dimensions() else {}),
        }

    def errors(self) -> dict[str, str]:
        errors = validate_value(self.fields(), self.current_metric(), self.style, self._source_keys)[0]
        refused = errors.pop("basis", None)  # said field by field below, in the user's language
        basis_errors = self.basis_form.errors(can_move=self.metric_box.isEnabled())
        errors.update(basis_errors or ({"basis": refused} if refused else {}))
        return errors

    def stored_text(self) -> str:
        """What will be stored, in the metric's canonical unit ('' if the value is not valid)."""
        errors, number, text = validate_value(self.fields(), self.current_metric(), self.style, self._source_keys)
        m = self.current_metric()
        if "value" in errors or m is None:
            return ""
        if number is not None:
            return self.style.with_unit(format_number(number, self.style, 6), m.unit)
        return text or ""

    def validate(self, *_args) -> None:
        if self._loading:
            return
        errors = self.errors()
        stored = self.stored_text()
        basis = html.escape(self.basis_form.summary())  # the condition is the user's text, the summary rich text
        summary = (self.tr("Stored as: %1 — %2").replace("%2", basis) if basis else self.tr("Stored as: %1")) \
            .replace("%1", stored) if stored else ""
        if self.correcting:
            summary += ("<br>" if summary else "") + self.tr(
                "The bundled figure stays as it is; your correction is saved as your own figure.")
        self.show_errors(errors, summary)
