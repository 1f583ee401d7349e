"""ComparisonPanel: the side-by-side table with its legend."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db.dto import ComparisonDTO, RowDTO
from desktop.models.comparison_model import ROW_ROLE, SIDE_ROLE, ComparisonModel, cell_text
from desktop.present.comparison import best_suffix
from desktop.provenance import legend_text
from desktop.views.per_package_bar import PerPackageBar


class ComparisonPanel(QWidget):
    cell_selected = Signal(object, object)  # RowDTO, side (0, 1 or None for metric/ratio columns)
    painted_with_data = Signal()
    context_menu_requested = Signal(object, object, object)  # RowDTO, side (or None), global QPoint

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
        header.setHighlightSections(False)
        self._metric_width = 0
        self._layout_columns()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.viewport().installEventFilter(self)
        self.legend = QLabel(legend_text(), self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("legend")
        self.per_package_bar = PerPackageBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.per_package_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self._announced = False
        self._sized = False

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        current = self.current_metric()
        self.table.clearSpans()
        columns = self.model.columnCount()
        self.model.set_comparison(comparison)
        self.per_package_bar.set_comparison(comparison)
        if self.model.columnCount() != columns or self.model.columnCount() != 4:
            self._layout_columns()
        for r in self.model.group_rows():
            self.table.setSpan(r, 0, 1, self.model.columnCount())
        if not self._sized and comparison is not None:  # metric labels are the same for every pairing
            self._sized = True
            self.table.resizeColumnToContents(0)
            self._metric_width = min(max(self.table.columnWidth(0), 180), 280)
            self._layout_columns()
        if current:
            row = self.model.row_of(current[0])
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, current[1] if current[1] is not None else 0))

    def _layout_columns(self) -> None:
        """The metric column sized to its labels, device columns sharing the width, the ratio column of a pair fixed."""
        header = self.table.horizontalHeader()
        n = self.model.columnCount()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        comparison = self.model.comparison()
        pair = comparison is None or len(comparison.devices) == 2
        for column in range(1, n):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if pair:
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(3, self.fontMetrics().horizontalAdvance("0.39×  ▲B not comparable") // 2 + 40)
        if self._metric_width:  # three or four devices: the metric labels give way to the figures
            self.table.setColumnWidth(0, self._metric_width if pair else min(self._metric_width, 200))
        if not pair:
            for column in range(1, n):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._fit_device_columns()

    def _fit_device_columns(self) -> None:
        """Three or four devices: each column as wide as its widest figure (and ratio) needs, sharing any
        spare width; when the view is narrower than that, columns shrink in proportion and the longest
        figures are elided (their tooltip has them whole), so that every device stays on screen."""
        comparison = self.model.comparison()
        n = self.model.columnCount()
        if comparison is None or len(comparison.devices) == 2:
            return
        plain, bold = self.table.font(), self.table.font()
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics
        metrics = (QFontMetrics(plain), QFontMetrics(bold))
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        needed, runner_up = [], []
        numbers = [r for r in comparison.rows if r.metric.kind == "number"]  # long texts are elided, as in a pair
        for column in range(1, n):
            head = self.table.horizontalHeader().sectionSizeFromContents(column).width()
            widths = [head]
            side = column - 1
            for row in numbers:
                best = side in row.best
                text = cell_text(row, row.cells[side], with_ratio=True) + best_suffix(row, side)
                widths.append(metrics[1 if best else 0].horizontalAdvance(text) + icon + 24)
            widths.sort()
            needed.append(widths[-1])
            runner_up.append(max(widths[-2] if len(widths) > 1 else head, head))
        available = self.table.viewport().width() - self.table.columnWidth(0)
        if sum(needed) > available:  # let a column's single longest figure be elided before the others
            needed = [min(w, max(r, available * w // sum(needed))) for w, r in zip(needed, runner_up)]
        spare = available - sum(needed)
        for column, width in enumerate(needed, start=1):
            if spare >= 0:
                width += spare // len(needed)
            else:
                width = available * width // sum(needed)
            self.table.setColumnWidth(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        comparison = self.model.comparison()
        if comparison is not None and len(comparison.devices) > 2:
            self._fit_device_columns()

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, RowDTO):
            self.table.setCurrentIndex(index)
            self.context_menu_requested.emit(row, index.data(SIDE_ROLE), self.table.viewport().mapToGlobal(pos))

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
