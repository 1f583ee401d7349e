"""ComparisonPanel: the side-by-side table with its legend."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db.dto import ComparisonDTO, RowDTO
from desktop.models.comparison_model import ROW_ROLE, SIDE_ROLE, ComparisonModel
from desktop.provenance import legend_text


class ComparisonPanel(QWidget):
    cell_selected = Signal(object, object)  # RowDTO, side (0, 1 or None for metric/ratio columns)
    painted_with_data = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Comparison table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, self.fontMetrics().horizontalAdvance("0.39×  ▲B not comparable") // 2 + 40)
        header.setHighlightSections(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.viewport().installEventFilter(self)
        self.legend = QLabel(legend_text(), self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("legend")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self._announced = False
        self._sized = False

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        current = self.current_metric()
        self.table.clearSpans()
        self.model.set_comparison(comparison)
        for r in self.model.group_rows():
            self.table.setSpan(r, 0, 1, self.model.columnCount())
        if not self._sized and comparison is not None:  # metric labels are the same for every pairing
            self._sized = True
            self.table.resizeColumnToContents(0)
            self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 180), 280))
        if current:
            row = self.model.row_of(current[0])
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, current[1] if current[1] is not None else 0))

    def current_metric(self) -> tuple[str, int | None] | None:
        idx = self.table.currentIndex()
        row = idx.data(ROW_ROLE) if idx.isValid() else None
        return (row.metric.key, idx.data(SIDE_ROLE)) if isinstance(row, RowDTO) else None

    def select_metric(self, key: str, side: int = 0) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 1 + side))
            self.table.scrollTo(self.model.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(row, RowDTO):
            self.cell_selected.emit(row, current.data(SIDE_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._announced and watched is self.table.viewport() and event.type() == QEvent.Type.Paint \
                and self.model.rowCount() > 0:
            self._announced = True
            # emitted after this paint completes
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, self.painted_with_data.emit)
        return super().eventFilter(watched, event)
