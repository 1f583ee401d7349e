"""ProvenancePanel: every figure known for the selected cell, its source, and a way to pick another."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from db.api.compare import describe
from db.dto import ComparisonDTO, RowDTO
from desktop.present.catalog_words import catalog_word
from desktop.provenance import provenance_html
from desktop.views.hint_text import hint_html


class ProvenancePanel(QWidget):
    value_chosen = Signal(str, str, object)  # device slug, metric key, value uid (None = automatic)

    def __init__(self, style, parent: QWidget | None = None):
        super().__init__(parent)
        self._style = style
        self._row: RowDTO | None = None
        self._side: int | None = None
        self._comparison: ComparisonDTO | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("provenance")
        self.browser.setAccessibleName(self.tr("Sources of the selected figure"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._show_hint()

    def _show_hint(self) -> None:
        """What to do, as a paragraph that wraps (Qt draws a placeholder on one line, cut by a narrow column)."""
        self.browser.setHtml(hint_html(self.tr("Select a figure in the table to see every source for it."),
                                       self.browser.palette()))

    def show_cell(self, comparison: ComparisonDTO | None, row: RowDTO | None, side: int | None) -> None:
        self._comparison, self._row, self._side = comparison, row, side
        if comparison is None or row is None:
            self._show_hint()
            return
        n = len(comparison.devices)
        sides = [side] if side is not None and 0 <= side < n else list(range(n))
        shown = replace(row, metric=replace(row.metric, label=catalog_word(row.metric.label, QCoreApplication.translate),
                                            description=catalog_word(row.metric.description, QCoreApplication.translate)))
        self.browser.setHtml("<hr>".join(
            provenance_html(shown, s, comparison, lambda v, m: describe(v, m, self._style), self._style) for s in sides))

    def text(self) -> str:
        return self.browser.toPlainText()

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "choose":
            if self._row is None or self._comparison is None:
                return
            uid = url.path() or None
            n = len(self._comparison.devices)
            side = self._side if self._side is not None and 0 <= self._side < n else 0
            if uid is not None:
                side = next((s for s in range(n) if any(v.uid == uid for v in self._row.cells[s].candidates)), side)
            self.value_chosen.emit(self._comparison.devices[side].slug, self._row.metric.key, uid)
        elif url.scheme() in ("http", "https"):
            from desktop.safe_links import open_external
            open_external(url)
