"""PerPackageBar: above the comparison table when a board or superchip meets single packages.

A board (Cambricon's MLU370-X8 carries two chips) or a superchip is compared as published: its figures are per
board, so their ratios to a single accelerator package are withheld. The bar says so and offers the one-click
switch: its figures split per package (÷ the packages it holds, each split figure derived with its formula).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from db.api.compare import BASIS_DIFFERS
from db.dto import ComparisonDTO
from desktop.present.basis import per_package_note, split_units


def granularity_withheld(comparison: ComparisonDTO) -> bool:
    return any(c.ratio_note is not None and c.ratio_note.code == BASIS_DIFFERS and c.ratio_note.data[0] == "granularity"
               for row in comparison.rows for c in row.cells)


class PerPackageBar(QWidget):
    per_package_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("perPackageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.per_package_requested.emit(not self._on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._on = False
        self.hide()

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self._on = bool(comparison and comparison.per_package)
        if comparison is None or not comparison.splittable or not (self._on or granularity_withheld(comparison)):
            self.hide()
            return
        if self._on:
            self.label.setText(per_package_note(comparison, QCoreApplication.translate))
            self.button.setText(self.tr("Show as published"))
        else:
            self.label.setText(self.tr("⚠ A figure per board or superchip is not comparable with a single package: "
                                       "%1.").replace("%1", split_units(comparison, QCoreApplication.translate)))
            self.button.setText(self.tr("Compare per package"))
        self.show()
