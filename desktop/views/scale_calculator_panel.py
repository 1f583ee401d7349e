"""ScaleCalculatorPanel: how many of A match one B on a chosen metric, and at what power."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from db.dto import ComparisonDTO
from desktop.present.comparison import LETTERS, WARNING_MARK
from desktop.present.catalog_words import catalog_word
from desktop.present.reasons import phrase, phrase_all
from desktop.present.scale_words import scale_detail, scale_text


class ScaleCalculatorPanel(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._comparison: ComparisonDTO | None = None
        self.metric_box = QComboBox(self)
        self.metric_box.setAccessibleName(self.tr("Metric to match"))
        self.metric_box.currentIndexChanged.connect(self._update)
        self.result = QLabel(self)
        self.result.setObjectName("scaleResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.device_box = QComboBox(self)  # with three or four devices: which one is scaled to the baseline
        self.device_box.setAccessibleName(self.tr("Device to scale"))
        self.device_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_box.setMinimumContentsLength(12)  # long names elide in the box, not widen the window's column
        self.device_box.currentIndexChanged.connect(self._update)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)  # its group box has the margins (as the sources pane's)
        self.device_label = QLabel(self.tr("Scale device"), self)
        self.device_label.setBuddy(self.device_box)
        form.addRow(self.device_label, self.device_box)
        self.device_box.hide()
        self.device_label.hide()
        form.addRow(self.tr("Match on"), self.metric_box)
        form.addRow(self.result)
        form.addRow(self.detail)

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self._comparison = comparison
        keep = self.metric_box.currentData() or "bf16_dense"
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for row in comparison.rows if comparison else ():
            if row.metric.kind == "number" and row.metric.higher_is_better:
                self.metric_box.addItem(catalog_word(row.metric.label, QCoreApplication.translate), row.metric.key)
        i = self.metric_box.findData(keep)
        self.metric_box.setCurrentIndex(i if i >= 0 else 0)
        self.metric_box.blockSignals(False)
        keep_device = self.device_box.currentData()
        self.device_box.blockSignals(True)
        self.device_box.clear()
        many = comparison is not None and len(comparison.devices) > 2
        if many:
            for n, d in enumerate(comparison.devices):
                if n != comparison.baseline:
                    self.device_box.addItem(f"{LETTERS[n]}: {d.name}", n)
            j = self.device_box.findData(keep_device)
            self.device_box.setCurrentIndex(max(j, 0))
        self.device_box.blockSignals(False)
        self.device_box.setVisible(many)
        self.device_label.setVisible(many)
        self._update()

    def _update(self) -> None:
        key = self.metric_box.currentData()
        if self._comparison is None or key is None:
            self.result.setText(self.tr("Pick two devices to compare."))
            self.detail.clear()
            return
        index = self.device_box.currentData()
        m = self._store.scale_to_match(self._comparison, key, index)
        style = self._store.style
        tr = QCoreApplication.translate
        self.result.setText(f"<b>{html.escape(scale_text(self._comparison, m, index, tr, style))}</b>")
        lines = [scale_detail(self._comparison, m, index, tr, style)] if m.detail else []
        if m.reason is not None:  # why there is no count, or no power ratio
            lines.append(phrase(m.reason, QCoreApplication.translate))
        lines += [f"{WARNING_MARK} {w}" for w in phrase_all(m.warnings, QCoreApplication.translate)]
        self.detail.setText("\n".join(lines))
