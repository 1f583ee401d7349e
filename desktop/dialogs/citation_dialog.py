"""CitationDialog: attach a better source to a figure (issue 17), keeping its number.

The figure keeps its number, text, unit, basis, producer and confidence; the analyst chooses the page it was
read on (an existing source, or a new one) and how good that page is as a citation (the carrier quality, by
default the one the source's kind implies). The old figure stays listed as an alternative, and the automatic
choice prefers the better citation; Edit ▸ Undo takes the upgrade back.
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from db.api.compare import CARRIERS, default_carrier
from db.dto import SourceDTO, ValueDTO
from desktop.dialogs.catalog_form import CatalogFormDialog
from desktop.dialogs.value_dialog import source_label
from desktop.present.provenance import carrier_name, citation


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class CitationDialog(CatalogFormDialog):
    def __init__(self, value: ValueDTO, heading: str, sources: list[SourceDTO], parent: QWidget | None = None,
                 new_source: Callable[[], SourceDTO | None] | None = None):
        """`heading`: the figure as the window shows it ('NVIDIA H100 SXM · Dense BF16/FP16: 989 TFLOPS')."""
        super().__init__(parent)
        self.value = value
        self._new_source = new_source
        self.setObjectName("citationDialog")
        self.setWindowTitle(self.tr("Cite a better source"))
        self.setMinimumWidth(620)
        intro = QLabel(self)
        intro.setObjectName("citationIntro")
        intro.setWordWrap(True)
        intro.setText(f"<p><b>{html.escape(heading)}</b><br>" + html.escape(self.tr("Now:")) + " "
                      f"{html.escape(citation(value, _translate))}</p><p>" + html.escape(self.tr(
                          "The figure keeps its number, basis, producer and confidence, read on the page you choose. "
                          "The figure as it is now stays listed as an alternative.")) + "</p>")
        self.form.insertRow(0, intro)
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("citationSource")
        self.source_box.setAccessibleName(self.tr("Better source"))
        self.source_box.setMinimumContentsLength(40)
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_source_button = QPushButton(self.tr("&New source…"), self)
        self.new_source_button.clicked.connect(self._add_source)
        self.new_source_button.setEnabled(new_source is not None)
        row = QHBoxLayout()
        row.addWidget(self.source_box, 1)
        row.addWidget(self.new_source_button)
        self.carrier_box = QComboBox(self)
        self.carrier_box.setObjectName("citationCarrier")
        self.carrier_box.setAccessibleName(self.tr("Carrier quality"))
        for c in CARRIERS:
            self.carrier_box.addItem(carrier_name(c, _translate), c)
        self.carrier_box.addItem(carrier_name(None, _translate), "")
        self.add_field(self.tr("&Source"), "source", row, self.source_box)
        self.add_field(self.tr("&Read on"), "carrier_quality", self.carrier_box)
        self._loading = True
        self.set_sources(sources)
        self._loading = False
        self.source_box.currentIndexChanged.connect(self._source_changed)
        self.carrier_box.currentIndexChanged.connect(self.validate)
        self.validate()
        self.source_box.setFocus()

    def set_sources(self, sources: list[SourceDTO], current: str | None = None) -> None:
        self.sources = {s.key: s for s in sources}
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem(self.tr("— choose the better source —"), "")
        for s in sorted(sources, key=lambda s: (s.publisher.casefold(), s.title.casefold(), s.key)):
            self.source_box.addItem(source_label(s), s.key)
            self.source_box.setItemData(self.source_box.count() - 1, f"{s.kind} · {s.url or s.key}",
                                        Qt.ItemDataRole.ToolTipRole)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(current or "")))
        self.source_box.blockSignals(False)

    def choose_source(self, key: str) -> None:
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(key)))

    def _add_source(self) -> None:
        if self._new_source is None:
            return
        added = self._new_source()
        if added is not None:
            self.set_sources([*self.sources.values(), added], added.key)
            self._source_changed()

    def _source_changed(self, *_args) -> None:
        """A source of another kind: the carrier quality its kind implies (the analyst may change it)."""
        source = self.sources.get(self.source_box.currentData() or "")
        if source is not None:
            self.carrier_box.setCurrentIndex(max(0, self.carrier_box.findData(default_carrier(source.kind) or "")))
        self.validate()

    def fields(self) -> dict:
        return {"source": self.source_box.currentData() or "", "carrier_quality": self.carrier_box.currentData() or None}

    def errors(self) -> dict[str, str]:
        key = self.source_box.currentData() or ""
        if not key:
            return {"source": self.tr("choose the page the figure was read on, or add it with New source")}
        if self.value.source is not None and key == self.value.source.key:
            return {"source": self.tr("the figure already cites this source: choose a better one")}
        return {}
