"""ControlMap: every chip at TPP (x) × performance density (y), log scales, over the regions of the rules in force.

Points are coloured by country and shaped by status (desktop/present/control_map_layout); the compared devices
are ringed; chips with no published density sit in a strip under the plot, labelled so. The regions and the
labels come from the Qt-free layout module; labels are laid out in pixels whenever the size or range changes.
Click a point: `device_clicked(slug)`; hover: its figures and sources.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QVBoxLayout, QWidget

from db.api.compare import PLAIN, NumberStyle
from desktop.present import control_map_layout as lay

MARKER = 10.0
RING = 22.0
LOG_INF = 12.0  # an open side of a region, far outside any view
STRIP = 0.35
MAX_LABELS = 150  # beyond this many names a map is unreadable; every point keeps its tooltip  # the strip's height below the plot, in log10 units of density


class LabelsItem(pg.GraphicsObject):
    """Every point label and leader line in one item, painted in scene pixels (a TextItem each is too slow for
    a thousand chips)."""

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__()
        self.view = view
        self.labels: list[tuple[QRectF, str, QPointF | None]] = []  # box (scene px), text, the point of a leader
        self.font = QFont()
        self.colour = QColor("#202124")
        self.leader = QColor("#999999")

    def set_labels(self, labels: list[tuple[QRectF, str, QPointF | None]]) -> None:
        self.prepareGeometryChange()
        self.labels = labels
        self.update()

    def boundingRect(self) -> QRectF:
        return self.view.viewRect()

    def paint(self, p, *_args) -> None:
        p.save()
        p.resetTransform()  # scene pixels: the view's own coordinates
        p.setFont(self.font)
        for box, text, point in self.labels:
            if point is not None:
                p.setPen(QPen(self.leader, 1))
                p.drawLine(point, QPointF(min(max(point.x(), box.left()), box.right()), box.center().y()))
            p.setPen(self.colour)
            p.drawText(box, int(Qt.AlignLeft | Qt.AlignVCenter), text)
        p.restore()


class ControlMap(QWidget):
    device_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, numbers: NumberStyle = PLAIN) -> None:
        super().__init__(parent)
        self.numbers = numbers  # the window's number style (Store.style): the ticks read as the comparison's figures
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("controlMapPlot")
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setLabel("bottom", self.tr("TPP (total processing performance, log scale)"))
        item.setLabel("left", self.tr("Performance density (TPP ÷ die area, log scale)"))
        self.view = item.getViewBox()
        self.scatter = pg.ScatterPlotItem(pxMode=True, hoverable=True, tip=self._tip)
        self.scatter.sigClicked.connect(self._clicked)
        self.rings = pg.ScatterPlotItem(pxMode=True)
        self.rings.setZValue(5)
        self.scatter.setZValue(6)
        item.addItem(self.rings)
        item.addItem(self.scatter)
        self.labels = LabelsItem(self.view)
        self.labels.setZValue(7)
        self.labels.colour = self.palette().color(QPalette.ColorRole.Text)
        item.addItem(self.labels, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.points: list[lay.MapPoint] = []
        self.regions: list[lay.Region] = []
        self.tips: Mapping[str, str] = {}
        self.placed: list[lay.PlacedLabel] = []
        self.region_boxes: list[lay.Box] = []
        self._region_items: list[object] = []
        self._font = QFont(self.font())
        self._metrics = QFontMetricsF(self._font)
        self.labels.font = self._font
        self._widths: dict[str, float] = {}
        self._laid_for: tuple = ()
        self.x_range = (0.0, 1.0)
        self.y_range = (0.0, 1.0)  # of the plot proper; the strip is below it
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.lay_out_labels)
        self.view.sigResized.connect(self._relayout.start)

    # data ----------------------------------------------------------------------------------------------------
    def set_points(self, points: Sequence[lay.MapPoint], tips: Mapping[str, str] | None = None) -> None:
        self.points = list(points)
        self.tips = tips if tips is not None else {}  # a mapping that may word each tip when it is asked for
        xs = [p.tpp for p in self.points]
        ys = [p.pd for p in self.points if p.pd]
        lines_x, lines_y = lay.region_lines(self.regions)
        self.x_range = lay.log_span([*xs, *lines_x])
        self.y_range = lay.log_span([*ys, *lines_y])
        strip_y = self.strip_y()
        xs_log = [math.log10(p.tpp) for p in self.points]
        ys_log = [math.log10(p.pd) if p.pd else strip_y for p in self.points]
        brushes, pens = {}, {}
        for p in self.points:
            hex_colour = lay.country_colour(p.country)
            if hex_colour not in brushes:
                colour = QColor(hex_colour)
                brushes[hex_colour], pens[hex_colour] = pg.mkBrush(colour), pg.mkPen(colour.darker(150), width=1)
        self.scatter.setData(x=xs_log, y=ys_log, size=MARKER, data=[p.slug for p in self.points],
                             symbol=[lay.SYMBOLS[p.status] for p in self.points],
                             brush=[brushes[lay.country_colour(p.country)] for p in self.points],
                             pen=[pens[lay.country_colour(p.country)] for p in self.points])
        rings = [(x, y) for p, x, y in zip(self.points, xs_log, ys_log) if p.ringed]
        self.rings.setData(x=[r[0] for r in rings], y=[r[1] for r in rings], size=RING, symbol="o", brush=None,
                           pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Text), width=1.5))
        self._set_ranges()
        self._draw_regions()
        self.lay_out_labels()

    def set_regions(self, regions: Sequence[lay.Region]) -> None:
        """New regions (a date change): the points keep their places unless a new line needs room."""
        self.regions = list(regions)
        self._draw_regions()
        self.lay_out_labels()

    def strip_y(self) -> float:
        return self.y_range[0] - STRIP / 2

    def _set_ranges(self) -> None:
        bottom = self.y_range[0] - STRIP
        self.view.setRange(xRange=self.x_range, yRange=(bottom, self.y_range[1]), padding=0)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks([lay.log_ticks(*self.x_range, self.numbers), []])  # '1 000' in French
        item.getAxis("left").setTicks([lay.log_ticks(*self.y_range, self.numbers), []])

    # regions -------------------------------------------------------------------------------------------------
    def _draw_regions(self) -> None:
        item = self.plot.getPlotItem()
        for old in self._region_items:
            item.removeItem(old)
        self._region_items = []
        bottom = self.y_range[0] - STRIP
        line = pg.InfiniteLine(pos=self.y_range[0], angle=0, pen=pg.mkPen(QColor("#999999"), width=1))
        strip = pg.TextItem(lay.no_density_label(QCoreApplication.translate), color=QColor("#555555"), anchor=(0, 0.5))
        strip.setPos(self.x_range[0], self.strip_y())
        for extra in (line, strip):
            item.addItem(extra)
            self._region_items.append(extra)
        for g in self.regions:
            colour = QColor(g.colour)
            fill = QColor(colour)
            fill.setAlpha(38)
            pen = QPen(colour, 1.5, Qt.DashLine if g.unverified else Qt.SolidLine)
            pen.setCosmetic(True)
            for r in g.rects:
                x0, x1 = (math.log10(v) if 0 < v < lay.INF else (-LOG_INF if v <= 0 else LOG_INF) for v in r[:2])
                y0, y1 = (math.log10(v) if 0 < v < lay.INF else (bottom if v <= 0 else LOG_INF) for v in r[2:])
                rect = QGraphicsRectItem(QRectF(x0, y0, x1 - x0, y1 - y0))
                rect.setBrush(QBrush(fill))
                rect.setPen(pen)
                rect.setZValue(-10)
                item.addItem(rect)
                self._region_items.append(rect)
            first = g.rects[0]
            x = max(math.log10(first[0]) if first[0] > 0 else self.x_range[0], self.x_range[0])
            y = min(math.log10(first[3]) if first[3] < lay.INF else self.y_range[1], self.y_range[1])
            text = pg.TextItem(g.label, color=colour.darker(140), anchor=(0, 0))
            text.setToolTip(g.condition)
            text.setPos(x, y)
            text.setZValue(4)
            item.addItem(text)
            self._region_items.append(text)

    # labels --------------------------------------------------------------------------------------------------
    def to_pixels(self, x: float, y: float) -> tuple[float, float]:
        return self._pixels()(x, y)

    def _pixels(self):
        """Plot coordinates -> scene pixels, for the view as it is now (read once for thousands of points)."""
        rect = self.view.sceneBoundingRect()
        (vx0, vx1), (vy0, vy1) = self.view.viewRange()
        left, top, sx, sy = rect.left(), rect.top(), rect.width() / (vx1 - vx0), rect.height() / (vy1 - vy0)
        return lambda x, y: (left + (x - vx0) * sx, top + (vy1 - y) * sy)

    def _region_label_boxes(self) -> list[lay.Box]:
        out = []
        for it in self._region_items:
            if isinstance(it, pg.TextItem):  # the regions' labels and the strip's
                r = it.sceneBoundingRect()
                out.append(lay.Box(r.left(), r.top(), r.right(), r.bottom()))
        return out

    def lay_out_labels(self) -> None:
        rect = self.view.sceneBoundingRect()
        if rect.width() < 50 or not self.points:
            self.placed = []
            self.labels.set_labels([])
            return
        self.region_boxes = self._region_label_boxes()
        key = (id(self.points), len(self.points), tuple(self.region_boxes), rect.getRect(), tuple(self.view.viewRange()[0]))
        if key == self._laid_for:
            return  # same points, same region labels, same size: the labels stay where they are
        self._laid_for = key
        strip_y = self.strip_y()
        specs, where = [], {}
        height = self._metrics.height()
        to_pixels = self._pixels()
        for p in lay.label_order(self.points):
            x, y = math.log10(p.tpp), (math.log10(p.pd) if p.pd else strip_y)
            px, py = to_pixels(x, y)
            width = self._widths.get(p.name)
            if width is None:
                width = self._widths[p.name] = self._metrics.horizontalAdvance(p.name) + 4
            specs.append(lay.LabelSpec(p.slug, px, py, width, height, RING if p.ringed else 0.0))
            where[p.slug] = (p, px, py)
        bounds = lay.Box(rect.left(), rect.top(), rect.right(), rect.bottom())
        self.placed = lay.lay_out_labels(specs, bounds, MARKER, max_labels=MAX_LABELS, obstacles=self.region_boxes)
        out = []
        for placed in self.placed:
            p, px, py = where[placed.key]
            b = placed.box
            out.append((QRectF(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0), p.name,
                        QPointF(px, py) if placed.leader else None))
        self.labels.set_labels(out)

    # interaction ---------------------------------------------------------------------------------------------
    def _tip(self, x: float, y: float, data: object) -> str:
        return self.tips.get(str(data), str(data))

    def _clicked(self, _item: object, points: Sequence[object], _ev: object = None) -> None:
        if len(points):
            self.device_clicked.emit(str(points[0].data()))

    def point_scene_pos(self, slug: str) -> QPointF:
        """Where a chip's point is drawn, in scene coordinates (tests click it)."""
        p = next(p for p in self.points if p.slug == slug)
        x, y = math.log10(p.tpp), (math.log10(p.pd) if p.pd else self.strip_y())
        return self.view.mapViewToScene(QPointF(x, y))
