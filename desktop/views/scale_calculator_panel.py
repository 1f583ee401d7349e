"""ScaleCalculatorPanel: how many of A match one B on a chosen metric, and at what power."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from db.dto import ComparisonDTO


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
        form = QFormLayout(self)
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
                self.metric_box.addItem(row.metric.label, row.metric.key)
        i = self.metric_box.findData(keep)
        self.metric_box.setCurrentIndex(i if i >= 0 else 0)
        self.metric_box.blockSignals(False)
        self._update()

    def _update(self) -> None:
        key = self.metric_box.currentData()
        if self._comparison is None or key is None:
            self.result.setText(self.tr("Pick two devices to compare."))
            self.detail.clear()
            return
        m = self._store.scale_to_match(self._comparison, key)
        self.result.setText(f"<b>{html.escape(m.text)}</b>")
        self.detail.setText(m.detail)
