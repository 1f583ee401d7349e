"""Data ▸ Sources: every source as a citation, and one source's figures (issue 17).

SourcesDialog lists every source with its kind, the carrier quality of its figures, how many figures rest on
it, how many were read on a weak relay and the devices whose headline figure it gives; sortable, with a
search and a "Weak relays only" filter. Double-clicking a source opens SourceFiguresDialog: its figures, and
"Cite a better source…" to upgrade one in place (with undo). Both follow the Store's broadcasts.
"""
from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from db.api.compare import describe
from db.dto import ChangeSet, SourceDTO, SourceQualityDTO, ValueDTO
from desktop.models.source_quality_model import SourceQualityModel, SourceQualityProxyModel
from desktop.present.provenance import added_by, carrier_name, full_mark, producer_words
from desktop.present.sources import carriers_text
from desktop.safe_links import open_external
from desktop.views.list_table import list_table

REFRESH_ON = frozenset({"value", "source", "choice", "seed", "device"})


class SourceActions(Protocol):
    def upgrade_citation(self, value: ValueDTO) -> str | None: ...
    def edit_source(self, source: SourceDTO | None) -> SourceDTO | None: ...


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class SourcesDialog(QDialog):
    def __init__(self, store, actions: SourceActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actions = store, actions
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(self.tr("Sources"))
        self.figures_dialog: SourceFiguresDialog | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("sourcesSearch")
        self.search.setAccessibleName(self.tr("Search the sources"))
        self.search.setPlaceholderText(self.tr("Search publisher, title, address, device…"))
        self.search.setClearButtonEnabled(True)
        self.weak_only = QCheckBox(self.tr("&Weak relays only"), self)
        self.weak_only.setObjectName("sourcesWeakOnly")
        self.weak_only.setToolTip(self.tr("Only the sources with figures read on a weak relay: aggregators, wikis, "
                                          "reseller blogs, mirrors"))
        self.count = QLabel(self)
        self.count.setObjectName("sourcesCount")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.weak_only)
        top.addWidget(self.count)
        self.model = SourceQualityModel(self)
        self.proxy = SourceQualityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table(self, "sourcesTable", self.tr("Sources"), self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("&Figures…"), self)
        self.open_button.setToolTip(self.tr("The figures resting on this source, to cite a better one"))
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button = QPushButton(self.tr("&Edit source…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.weak_only.toggled.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        store.changed.connect(self._store_changed)
        self.reload()
        self.table.sortByColumn(self._column("weak"), Qt.SortOrder.DescendingOrder)
        self._size_columns()
        self._update_buttons()
        self.resize(1100, 620)

    def _column(self, key: str) -> int:
        from desktop.models.source_quality_model import COLUMNS
        return next(i for i, c in enumerate(COLUMNS) if c.key == key)

    def _size_columns(self) -> None:
        """Numbers and short words fit (with room for the sort arrow); the publisher gets a readable width and
        elides, as long carrier lists do (their tooltips have it all)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        arrow = metrics.horizontalAdvance("MM")
        for key in ("kind", "carrier", "figures", "weak"):
            col = self._column(key)
            self.table.resizeColumnToContents(col)
            width = self.table.columnWidth(col) + arrow
            self.table.setColumnWidth(col, width if key in ("figures", "weak") else
                                      min(width, metrics.horizontalAdvance("M" * 12)))
        self.table.setColumnWidth(self._column("publisher"), metrics.horizontalAdvance("M" * 22))

    # data --------------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current()
        self.model.set_sources(self.store.sources_overview())
        self._filter()
        if current is not None:
            self.select(current.source.key)
        if self.figures_dialog is not None:
            row = self.model.row_of(self.figures_dialog.quality.source.key)
            if row >= 0:
                self.figures_dialog.set_quality(self.model.source_quality(row))

    def _store_changed(self, change: ChangeSet, _initiator) -> None:
        if change.kinds & REFRESH_ON:
            self.reload()

    def _filter(self, *_args) -> None:
        self.proxy.set_weak_only(self.weak_only.isChecked())
        self.proxy.set_query(self.search.text())
        self.count.setText(self.tr("%1 of %2 sources").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))
        self._update_buttons()

    def select(self, key: str) -> bool:
        row = self.model.row_of(key)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current(self) -> SourceQualityDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _update_buttons(self) -> None:
        q = self.current()
        self.open_button.setEnabled(q is not None)
        self.edit_button.setEnabled(q is not None)

    # actions -----------------------------------------------------------------------------------
    def open_selected(self) -> SourceFiguresDialog | None:
        q = self.current()
        if q is None:
            return None
        if self.figures_dialog is None:
            self.figures_dialog = SourceFiguresDialog(q, self.store, self.actions, self)
            self.figures_dialog.finished.connect(lambda _r: setattr(self, "figures_dialog", None))
        else:
            self.figures_dialog.set_quality(q)
        self.figures_dialog.show()
        self.figures_dialog.raise_()
        return self.figures_dialog

    def edit_selected(self) -> None:
        q = self.current()
        if q is not None:
            self.actions.edit_source(q.source)


class SourceFiguresDialog(QDialog):
    """One source: what it is, and the figures resting on it (device, metric, figure, how it was read, whether
    it is the device's headline figure), with "Cite a better source…" for the selected figure."""

    def __init__(self, quality: SourceQualityDTO, store, actions: SourceActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actions = store, actions
        self.setObjectName("sourceFiguresDialog")
        self.about = QLabel(self)
        self.about.setObjectName("sourceAbout")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.about.setOpenExternalLinks(False)
        self.about.linkActivated.connect(open_external)
        headers = (self.tr("Device"), self.tr("Metric"), self.tr("Figure"), self.tr("Mark"), self.tr("Read on"),
                   self.tr("Produced by"), self.tr("Headline"), self.tr("Added by"))
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("sourceFigures")
        self.table.setAccessibleName(self.tr("Figures resting on this source"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.upgrade_selected())
        self.upgrade_button = QPushButton(self.tr("&Cite a better source…"), self)
        self.upgrade_button.setObjectName("upgradeCitation")
        self.upgrade_button.setToolTip(self.tr("Attach a better source to the selected figure: the same number, "
                                               "read on a better page; this one stays listed (Edit ▸ Undo takes it "
                                               "back)"))
        self.upgrade_button.clicked.connect(self.upgrade_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.upgrade_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.set_quality(quality)
        self.resize(1040, 520)

    def set_quality(self, quality: SourceQualityDTO) -> None:
        self.quality = quality
        s = quality.source
        self.setWindowTitle(self.tr("Source: %1").replace("%1", s.publisher))
        link = (f'<a href="{html.escape(s.url, quote=True)}">{html.escape(s.url)}</a>' if s.url else "")
        facts = " · ".join(x for x in (s.kind, s.date_text, carriers_text(quality, _translate),
                                       self.tr("%1 figures, %2 read on a weak relay")
                                       .replace("%1", str(len(quality.figures)))
                                       .replace("%2", str(len(quality.weak_figures)))) if x)
        self.about.setText(f"<b>{html.escape(s.publisher)}</b><br>{html.escape(s.title)}"
                           + (f"<br>{link}" if link else "") + f"<br>{html.escape(facts)}")
        metrics = {m.key: m for m in self.store.metrics()}
        headline = {}
        for h in quality.headlines:
            headline.setdefault(h.figure_uid, []).append(h)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(quality.figures))
        for r, v in enumerate(quality.figures):
            metric = metrics.get(v.metric_key)
            device = self.store.device(v.device_slug)
            uses = headline.get(v.uid, [])
            words = [self.tr("yes") if any(h.metric_key == v.metric_key for h in uses) else ""]
            words += [h.metric_label for h in uses if h.metric_key != v.metric_key]  # worked out from it
            if any(h.weak_only for h in uses):
                words.append(self.tr("weak relays only"))
            cells = (device.name if device else v.device_slug, metric.label if metric else v.metric_key,
                     describe(v, metric, self.store.style) if metric else (v.value_text or ""), full_mark(v),
                     carrier_name(v.carrier_quality, _translate), producer_words(v.producer, _translate),
                     ", ".join(w for w in words if w), added_by(v, _translate))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, v)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().horizontalAdvance("M" * 15)  # a long text figure elides (tooltip: all)
        for c in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), widest))
        self._update_buttons()

    def current(self) -> ValueDTO | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_figure(self, uid: str) -> bool:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole).uid == uid:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        self.upgrade_button.setEnabled(self.current() is not None)

    def upgrade_selected(self) -> str | None:
        v = self.current()
        return self.actions.upgrade_citation(v) if v is not None else None
