"""The "Supply" tab: every supply fact (output, yields, node and foundry, fab capacity, HBM, market share, revenue,
funding) under a heading per kind and year, each estimate on its own row with its unit, what it counts, who made it
and where it was read, its grade and date; and the chart of China's AI-accelerator market shares, one line per
source (the same drawing as `chiplens export market-share`).

    SupplyPanel.add_to(window)   # the tab beside the others; it follows the analyst's facts and re-seeding

Filters: subject words (as `chiplens supply SUBJECT`), kind, organisation. Select a fact for its full citation and
note; its address opens in the browser (desktop.safe_links), nothing else does.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QFontMetrics, QTextOption
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from db.api.beyond import SUPPLY_KINDS
from desktop.charts.market_share_chart import MarketShareChart
from desktop.models.supply_table_model import SupplyTableModel
from desktop.present import supply_rows as sr
from desktop.safe_links import open_external

CHANGES = frozenset({"analyst_fact", "seed"})
# the columns' shares of the table's width (supply_rows.COLUMNS order): the texts that run long get more
WEIGHTS = (14, 14, 8, 12, 9, 16, 8, 8, 20)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class SupplyPanel(QWidget):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.fact_links = None  # desktop.fact_menus.FactLinks: correct / edit / delete the fact, add one (details)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("supplySubject")
        self.subject_edit.setPlaceholderText(translate("Supply", "words in the subject, e.g. huawei 910c"))
        self.subject_edit.setAccessibleName(translate("Supply", "Subject filter"))
        self.subject_edit.setClearButtonEnabled(True)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("supplyKind")
        self.kind_box.setAccessibleName(translate("Supply", "Kind of fact"))
        self.kind_box.addItem(sr.all_label(_translate), None)
        for kind in SUPPLY_KINDS:
            self.kind_box.addItem(sr.kind_label(kind, _translate), kind)
        self.org_box = QComboBox(self)
        self.org_box.setObjectName("supplyOrganisation")
        self.org_box.setAccessibleName(translate("Supply", "Organisation"))
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        for text, widget, stretch in ((translate("Supply", "Subject:"), self.subject_edit, 2), (translate("Supply", "Kind:"), self.kind_box, 0),
                                      (translate("Supply", "Organisation:"), self.org_box, 0)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, stretch)
        bar.addWidget(self.count_label, 1)
        self.model = SupplyTableModel(self, store.style)
        self.table = QTableView(self)
        self.table.setObjectName("supplyTable")
        self.table.setAccessibleName(translate("Supply", "Supply facts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._rows_later.start())
        self.details = QTextBrowser(self)
        self.details.setObjectName("supplyDetails")
        self.details.setAccessibleName(translate("Supply", "Fact details"))
        self.details.setOpenLinks(False)  # links go through safe_links, only on a click
        self.details.setOpenExternalLinks(False)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.anchorClicked.connect(self._link_clicked)
        self.facts_split = QSplitter(Qt.Orientation.Vertical, self)
        self.facts_split.addWidget(self.table)
        self.facts_split.addWidget(self.details)
        self.facts_split.setStretchFactor(0, 3)
        self.facts_split.setStretchFactor(1, 1)
        self.chart = MarketShareChart(self, store.style)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setObjectName("marketShareScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.viewport().installEventFilter(self)
        self.export_button = QPushButton(translate("Supply", "Export chart…"), self)
        self.export_button.setToolTip(translate("Supply", "The market-share chart as PNG, SVG or PDF, with its title, date and sources"))
        self.export_button.clicked.connect(lambda: self.export_picture())
        chart_page = QWidget(self)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(0, 4, 0, 0)
        chart_bar = QHBoxLayout()
        chart_bar.addStretch(1)
        chart_bar.addWidget(self.export_button)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart_scroll, 1)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("supplyPages")
        self.pages.addTab(self.facts_split, translate("Supply", "Estimates, side by side"))
        self.pages.addTab(chart_page, translate("Supply", "Market share chart"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self._fit_rows)
        self._filter_later = QTimer(self, singleShot=True, interval=200)
        self._filter_later.timeout.connect(self.refresh_facts)
        self.subject_edit.textChanged.connect(lambda _t: self._filter_later.start())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.refresh_facts())
        self.org_box.currentIndexChanged.connect(lambda _i: self.refresh_facts())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_fact(cur))
        store.changed.connect(self._store_changed)
        self.refresh()

    @classmethod
    def add_to(cls, window) -> SupplyPanel:
        """The tab in `window`'s tabs; it refreshes when the analyst's facts or the bundled data change."""
        panel = cls(window.store, window)
        panel.setObjectName("supplyPanel")
        window.tabs.addTab(panel, translate("Supply", "Supply"))
        from desktop.fact_menus import hook_supply
        hook_supply(window, panel)  # a fact's menu: correct it (edit / delete the analyst's own), add an estimate
        return panel

    def _store_changed(self, change, _initiator=None) -> None:
        if change.kinds & CHANGES:  # the analyst's facts, or new bundled data
            self.refresh()

    # data ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything again: the organisations offered, the facts shown, the chart."""
        every = self.store.supply()
        names = {o.slug: o.name for o in self.store.organisations()}
        current = self.org_box.currentData()
        self.org_box.blockSignals(True)
        self.org_box.clear()
        self.org_box.addItem(sr.all_label(_translate), None)
        for slug in sorted(sr.organisations(every), key=lambda s: names.get(s, s).casefold()):
            self.org_box.addItem(names.get(slug, slug), slug)
        self.org_box.setCurrentIndex(max(self.org_box.findData(current), 0))
        self.org_box.blockSignals(False)
        self.chart.set_data(*self.store.market_share())
        self.refresh_facts()

    def filters(self) -> tuple[str | None, str | None, str | None]:
        subject = self.subject_edit.text().strip() or None
        return subject, self.kind_box.currentData(), self.org_box.currentData()

    def refresh_facts(self) -> None:
        subject, kind, organisation = self.filters()
        facts = self.store.supply(subject, kind, organisation)
        self.model.set_facts(facts)
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.count_label.setText(translate("Supply", "%1 facts").replace("%1", str(len(facts))) if facts else sr.none_found(_translate))
        self._fit_columns()
        self._fit_rows()
        self.show_fact(QModelIndex())

    def _fit_columns(self) -> None:
        width = self.table.viewport().width()
        if width < 200:
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        total = sum(WEIGHTS)
        for col, weight in enumerate(WEIGHTS[:-1]):  # never narrower than its heading ('Date de la source')
            header.resizeSection(col, max(60, int(width * weight / total), header.sectionSizeFromContents(col).width()))
        header.blockSignals(False)

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text; a heading (spanned over every column) as tall as its own text."""
        self.table.resizeRowsToContents()
        width = self.table.viewport().width() - 8
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                index = self.model.index(row, 0)
                metrics = QFontMetrics(self.model.data(index, Qt.ItemDataRole.FontRole))
                text = self.model.data(index)
                rect = metrics.boundingRect(QRect(0, 0, max(width, 100), 10_000), int(Qt.TextFlag.TextWordWrap), text)
                self.table.setRowHeight(row, rect.height() + 10)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._rows_later.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.chart_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.chart.set_fit_height(float(event.size().height()))  # the chart fits the visible area when it can
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_columns()
        self._rows_later.start()

    # details -------------------------------------------------------------------------------------------------
    def show_fact(self, index: QModelIndex) -> None:
        fact = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole) if index.isValid() else None
        if fact is None:
            prompt = translate("Supply", "Select a fact for its full citation and note.")
            self.details.setHtml(f"<p>{html.escape(prompt)}</p>"
                                 + (self.fact_links.add() if self.fact_links else ""))
            return
        esc = html.escape
        rows = []
        for label, text in sr.details(fact, _translate):
            value = f"<a href='{esc(text, quote=True)}'>{esc(text)}</a>" if text == fact.source.url else esc(text)
            rows.append(f"<tr><td valign='top'><b>{esc(label)}</b></td><td>{value}</td></tr>")
        links = self.fact_links.fact(fact) if self.fact_links else ""  # correct / edit it, add one
        self.details.setHtml(f"{links}<table cellspacing='2' cellpadding='1'>{''.join(rows)}</table>")

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "fact" and self.fact_links is not None:
            self.fact_links.clicked(url.path())
            return
        open_external(url)

    # export --------------------------------------------------------------------------------------------------
    def export_picture(self, target: str | None = None) -> None:
        """Write the market-share chart (title and date on top, sources below) where the user chooses."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.export import writers
        from desktop.export.market_share_picture import market_share_document
        from desktop.export.options import ExportError, ExportOptions
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, translate("Supply", "Export the market-share chart"),
                                                    "chiplens-market-share.png", translate("Supply", "Pictures (*.png *.svg *.pdf)"))
            if not target:
                return
        options = ExportOptions(lang=self.store.language)  # what the tab shows: the window's words, numbers and dates
        try:
            writers.write(market_share_document(self.store.library, options), target, options)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, translate("Supply", "Export the market-share chart"), str(exc))
