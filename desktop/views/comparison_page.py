"""The Comparison tab: the table on the left; the chart, the scale calculator and the figure's sources on the
right. The chart (painted with QPainter) is created after the table's first paint."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QSplitter, QStyle, QVBoxLayout, QWidget

from db.dto import ComparisonDTO
from desktop.present.comparison import LETTERS
from desktop.views.comparison_panel import ComparisonPanel
from desktop.views.provenance_panel import ProvenancePanel
from desktop.views.scale_calculator_panel import ScaleCalculatorPanel

RIGHT_MIN = 270  # the chart column gives the table its figures' width down to this
TWO_SIZES, MANY_SIZES = ([880, 560], [600, 150, 170]), (0.74, [640, 170, 110])


class FittedBox(QGroupBox):
    """A group box as tall as its wrapped words need at its width: a narrow column makes the scale
    calculator's verdict and reasons wrap onto more lines, and the splitter then gives them that height (taken
    from the chart, which scrolls) instead of squeezing them onto each other; a wide one gives the chart what the
    words do not need."""

    def _fit(self) -> None:
        need = self.heightForWidth(self.width())
        if need <= 0 or need == self.minimumHeight():
            return
        self.setMinimumHeight(need)
        split = self.parentWidget()
        if isinstance(split, QSplitter) and (sizes := split.sizes()) and sum(sizes) > 0:
            at = split.indexOf(self)
            sizes[0] += sizes[at] - need  # the chart, first in the column, takes (or gives) the difference
            sizes[at] = need
            split.setSizes(sizes)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # its words changed (another metric, another pairing)
            self._fit()
        return done


class ComparisonPage(QSplitter):
    chart_created = Signal()  # the chart widget exists (its `painted` signal can be connected)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.store = store
        self.chart = None
        self._many_layout = False
        self.panel = ComparisonPanel(self)
        self.provenance = ProvenancePanel(store.style, self)
        self.calculator = ScaleCalculatorPanel(store, self)
        self.chart_box = QGroupBox(self.tr("Key metrics, A relative to B"), self)
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_placeholder = QLabel(self.tr("Drawing the chart…"), self.chart_box)
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.chart_placeholder)
        self.calc_box = FittedBox(self.tr("Scale to match"), self)
        QVBoxLayout(self.calc_box).addWidget(self.calculator)
        src_box = QGroupBox(self.tr("Sources of the selected figure"), self)
        QVBoxLayout(src_box).addWidget(self.provenance)
        src_box.setMinimumHeight(80)  # on a short screen the chart keeps the height (the sources list scrolls)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        for index, (box, stretch) in enumerate(((self.chart_box, 5), (self.calc_box, 0), (src_box, 4))):
            self.right.addWidget(box)
            self.right.setStretchFactor(index, stretch)
        self.right.setSizes(TWO_SIZES[1])
        # no fixed minimum for the chart: its plot's own (a row height per metric) keeps it readable
        self.addWidget(self.panel)
        self.addWidget(self.right)
        self.setStretchFactor(0, 11)
        self.setStretchFactor(1, 9)
        self.setChildrenCollapsible(False)  # a drag to the edge stops at the chart's (or the table's) least width
        self.setSizes(TWO_SIZES[0])

    def load_chart(self, comparison: ComparisonDTO | None) -> bool:
        """Create the chart in place of its placeholder; False if it already exists."""
        if self.chart is not None:
            return False
        from desktop.charts.ratio_chart import RatioChart
        # a short column scrolls the chart rather than squeezing its rows, labels and caption onto each other
        self.chart_scroll = QScrollArea(self.chart_box)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart = RatioChart()
        self.chart_scroll.setWidget(self.chart)
        self.chart_layout.removeWidget(self.chart_placeholder)
        self.chart_placeholder.deleteLater()
        self.chart_layout.addWidget(self.chart_scroll)
        self.chart.set_comparison(comparison, self.store.style)
        self._chart_floor()
        self.chart_created.emit()
        return True

    def _chart_floor(self) -> None:
        """The chart column no narrower than the chart's least width (its bars' labels beside their bars), with
        room for the scroll bar a short column shows."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.chart_scroll.setMinimumWidth(self.chart.minimumSizeHint().width() + bar)

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self.panel.set_comparison(comparison)
        self.calculator.set_comparison(comparison)
        if self.chart is not None:
            self.chart.set_comparison(comparison, self.store.style)
            self._chart_floor()
        if comparison is not None:
            self._fit(comparison)
        self._make_room()

    def _make_room(self) -> None:
        """The table as wide as its figures need (desktop.views.comparison_panel), taken from the chart column
        down to RIGHT_MIN, or to the chart's own least width when that is larger (its bar labels beside their bars);
        the rest of the width as the splitter shares it."""
        sizes = self.sizes()
        total = sum(sizes)
        need = self.panel.needed_width()
        if total <= 0 or len(sizes) != 2 or need <= sizes[0]:
            return
        left = min(need, total - max(RIGHT_MIN, self.right.minimumSizeHint().width()))
        if left > sizes[0]:
            self.setSizes([left, total - left])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._make_room()

    def _fit(self, comparison: ComparisonDTO) -> None:
        """Three or four devices: the table takes more of the width, the chart more of the right column."""
        many = len(comparison.devices) > 2
        self.chart_box.setTitle(
            self.tr("Key metrics, each relative to %1").replace("%1", LETTERS[comparison.baseline]) if many else
            self.tr("Key metrics, %1 relative to %2").replace("%1", LETTERS[comparison.other]).replace(
                "%2", LETTERS[comparison.baseline]))
        if many == self._many_layout:
            return
        self._many_layout = many
        if many:
            width = self.width() or self.window().width()
            share, right_sizes = MANY_SIZES
            self.setSizes([int(width * share), int(width * (1 - share))])
        else:
            self.setSizes(TWO_SIZES[0])
            right_sizes = TWO_SIZES[1]
        self.right.setSizes(right_sizes)
