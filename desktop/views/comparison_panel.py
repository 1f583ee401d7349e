"""ComparisonPanel: the side-by-side table with its legend.

A figure is never cut: each device column is at least as wide as the widest figure (with its marks and, for
three or four devices, its ratio) any row shows in it; spare width is shared out; when the view is narrower
than that, the metric column gives way (its labels wrap) and then the table scrolls sideways. Long text
values (interconnects, process nodes, export-control status) and long metric names wrap onto more lines:
their row grows.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db.dto import ComparisonDTO, RowDTO
from desktop.models.comparison_model import ROW_ROLE, SIDE_ROLE, ComparisonModel, cell_text
from desktop.present.comparison import best_suffix
from desktop.present.comparison import is_marked as pc_marked
from desktop.provenance import legend_text
from desktop.views.per_package_bar import PerPackageBar

METRIC_MAX, METRIC_MIN = 270, 130  # the metric column: its labels wrap within these widths
TEXT_MIN = 150  # a device column holding only text values and "not published" (they wrap)
CELL_PADDING = 20  # the delegate's margins around the icon and the text
HEIGHTS_KEPT = 32  # the row heights of the comparisons shown lately (the Store keeps as many comparisons)


class _Table(QTableView):
    """The comparison's table, saying when its viewport is resized or painted (QAbstractScrollArea hands the
    viewport's resize and paint to these handlers): no event filter, so every other event stays in Qt."""

    viewport_resized = Signal()
    viewport_painted = Signal()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.viewport_resized.emit()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self.viewport_painted.emit()


class ComparisonPanel(QWidget):
    cell_selected = Signal(object, object)  # RowDTO, side (0, 1 or None for metric/ratio columns)
    painted_with_data = Signal()
    context_menu_requested = Signal(object, object, object)  # RowDTO, side (or None), global QPoint

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ComparisonModel(self)
        self.table = _Table(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Comparison table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)  # text values and metric names wrap; figures fit their column whole
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self._metric_width = 0
        self._needed: list[int] = []  # per column, the width its figures need
        self._layout_columns()
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(self.fontMetrics().height() + 10)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        # a wrapped row grows: rows are sized to their contents once per comparison or column change (_size_rows),
        # not by the header's ResizeToContents mode, which asks every cell's sizeHint again at each relayout
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._heights: dict[tuple, tuple[ComparisonDTO, list[int]]] = {}  # see _size_rows
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self._size_rows)
        header.sectionResized.connect(lambda *_: self._rows_timer.start(0))  # a column resized by hand or a fit
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.viewport_resized.connect(self._fit_columns)  # a scroll bar shown or hidden changes its width
        self.table.viewport_painted.connect(self._painted)
        self.legend = QLabel(legend_text(), self)
        self._team_legend = False
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
        team = comparison is not None and any(c.value is not None and c.value.origin == "team"
                                              for r in comparison.rows for c in r.cells)
        if team != self._team_legend:  # a teammate's figure on screen: the legend tells its style
            self._team_legend = team
            self.legend.setText(legend_text(team))
        self.table.clearSpans()
        self.model.set_comparison(comparison)
        self.per_package_bar.set_comparison(comparison)
        for r in self.model.group_rows():
            self.table.setSpan(r, 0, 1, self.model.columnCount())
        if not self._sized and comparison is not None:  # metric labels are the same for every pairing
            self._sized = True
            labels = [self.model.index(r, 0).data() or "" for r in range(self.model.rowCount())
                      if r not in set(self.model.group_rows())]
            widest = max((self.fontMetrics().horizontalAdvance(t) for t in labels), default=0) + CELL_PADDING
            self._metric_width = min(max(widest, METRIC_MIN), METRIC_MAX)
        self._layout_columns()
        self._size_rows()
        if current:
            row = self.model.row_of(current[0])
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, current[1] if current[1] is not None else 0))

    def _layout_columns(self) -> None:
        """Every column Interactive, sized by _fit_columns: the figures' widths first, then the spare width."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._needed = self._figure_widths()
        self._fit_columns()

    def _size_rows(self) -> None:
        """Every row as tall as its contents at the columns' widths (one sizeHint per cell); a comparison shown
        again (the Store keeps it) at the same widths takes the heights it had."""
        self._rows_timer.stop()
        comparison, rows = self.model.comparison(), self.table.verticalHeader()
        if comparison is None or not self.model.rowCount():
            return
        header = self.table.horizontalHeader()
        key = (id(comparison), self.table.font().key(), self.table.viewport().width(), header.offset(),
               tuple(header.sectionSize(c) for c in range(header.count())))
        kept = self._heights.get(key)
        if kept is not None and kept[0] is comparison and len(kept[1]) == self.model.rowCount():
            for row, height in enumerate(kept[1]):
                rows.resizeSection(row, height)
            return
        rows.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        while len(self._heights) >= HEIGHTS_KEPT:
            del self._heights[next(iter(self._heights))]
        self._heights[key] = (comparison, [rows.sectionSize(r) for r in range(self.model.rowCount())])

    def _ratio_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("0.39×  ▲B not comparable") // 2 + 40

    def _figure_widths(self) -> list[int]:
        """Per column, the width that shows its widest figure whole (bold where the figure is marked best), with
        its confidence mark and, for three or four devices, its ratio; and the column's header."""
        comparison = self.model.comparison()
        n = self.model.columnCount()
        if comparison is None:
            return [0] * n
        plain, bold = self.table.font(), self.table.font()
        bold.setBold(True)
        metrics = (QFontMetrics(plain), QFontMetrics(bold))
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        header = self.table.horizontalHeader()
        pair = len(comparison.devices) == 2
        needed = [0] * n
        for column in range(1, n):
            if pair and column == 3:
                needed[column] = self._ratio_width()
                continue
            side = column - 1
            widths = [header.sectionSizeFromContents(column).width(), TEXT_MIN]
            for row in comparison.rows:
                if row.metric.kind != "number":  # text values wrap
                    continue
                text = cell_text(row, row.cells[side], with_ratio=not pair) + ("" if pair else best_suffix(row, side))
                fm = metrics[1 if pc_marked(row, side) else 0]
                widths.append(max(fm.horizontalAdvance(line) for line in text.split("\n")) + icon + CELL_PADDING)
            needed[column] = max(widths)
        return needed

    def needed_width(self) -> int:
        """The table's width when every figure shows whole and the metric names take their narrowest."""
        if not self._needed:
            return 0
        return METRIC_MIN + sum(self._needed[1:]) + self.table.verticalScrollBar().sizeHint().width() \
            + 2 * self.table.frameWidth()

    def _fit_columns(self) -> None:
        """Device columns at least as wide as their figures; the metric column at its labels' width unless the
        view is short of room (then down to METRIC_MIN, its labels wrapping); spare width shared by the device
        columns; beyond that the table scrolls sideways rather than cut a figure."""
        n = self.model.columnCount()
        if not self._needed or len(self._needed) != n or self.model.comparison() is None:
            return
        comparison = self.model.comparison()
        pair = len(comparison.devices) == 2
        devices = [c for c in range(1, n) if not (pair and c == 3)]
        fixed = self._needed[3] if pair else 0
        available = self.table.viewport().width()
        metric = self._metric_width or METRIC_MAX
        figures = sum(self._needed[c] for c in devices)
        metric = max(METRIC_MIN, min(metric, available - fixed - figures))
        spare = max(available - metric - fixed - figures, 0)
        self.table.setColumnWidth(0, metric)
        for c in devices:
            self.table.setColumnWidth(c, self._needed[c] + spare // len(devices))
        if pair:
            self.table.setColumnWidth(3, fixed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # text measures differently now
            self._heights.clear()
            self._rows_timer.start(0)

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

    def _painted(self) -> None:
        if not self._announced and self.model.rowCount() > 0:
            self._announced = True
            QTimer.singleShot(0, self, self.painted_with_data.emit)  # after this paint completes; cancelled if the
            # panel goes first
