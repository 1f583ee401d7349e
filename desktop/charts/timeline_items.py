"""The timeline chart's graphics items (pyqtgraph), each drawing many events in one go.

- TimelineDateAxisItem: pyqtgraph's UTC date axis, painted from cached draw specs.
- SpanBarsItem: every month / quarter / year bar, one drawRects call per category colour.
- MarkersItem: every category marker, from one pre-rendered atlas, one drawPixmapFragments call.
- LabelsItem: the event titles and their leader lines, in ViewBox pixels, laid out just before a paint
  when the view changed.

Each draws only what is in the visible x range, so 10,000+ events pan and zoom smoothly.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols, renderSymbol
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from desktop.present import dates
from desktop.present.timeline_layout import BAR_HALF_HEIGHT, EXTRA_SYMBOLS, ChartLabel
from desktop.present.timeline_scale import DAY


def _register_extra_symbols() -> None:
    """The marker shapes pyqtgraph lacks, under their names, so that a scatter item, a legend sample and
    renderSymbol draw them like pyqtgraph's own (a unit-box path, scaled to the symbol size)."""
    for name, points in EXTRA_SYMBOLS.items():
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        path.closeSubpath()
        Symbols.setdefault(name, path)


_register_extra_symbols()


class TimelineDateAxisItem(pg.DateAxisItem):
    """DateAxisItem drawn straight onto the view's painter from cached draw specs.

    pyqtgraph records the axis (and its grid lines) into a QPicture and replays it on every paint; replaying
    text from a QPicture re-resolves the font each time and costs several ms per frame. The specs are
    regenerated exactly when pyqtgraph would regenerate its picture (it resets ``self.picture`` to None)."""

    def paint(self, p, opt, widget):
        if self.picture is None:
            p.save()
            try:
                if self.style["tickFont"]:
                    p.setFont(self.style["tickFont"])
                specs = self.generateDrawSpecs(p)
            finally:
                p.restore()
            self.picture = specs if specs is not None else ()
        if self.picture:
            p.save()
            try:
                if self.style["tickFont"]:
                    p.setFont(self.style["tickFont"])
                # the same clip drawPicture sets before the text, set before the grid lines too: the raster
                # engine draws long lines far faster with a rectangular clip than with none (~0.1 ms a line)
                p.setClipRect(self.boundingRect().toAlignedRect())
                self.drawPicture(p, *self.picture)
            finally:
                p.restore()

    def tickValues(self, minVal, maxVal, size):
        """DateAxisItem.tickValues; with utcOffset=0 and day-or-coarser ticks it skips moving every tick by
        the (zero) offset, which costs two QDateTime conversions per tick and changes nothing."""
        if size <= 0 or self.utcOffset != 0:
            return super().tickValues(minVal, maxVal, size)
        self.setZoomLevelForDensity((maxVal - minVal) / size)
        level = self.zoomLevel
        if any(spec.spacing <= 3600 for spec in level.tickSpecs):
            return level.tickValues(minVal, maxVal, minSpc=self.minSpacing)
        min_spacing = self.minSpacing
        all_ticks = np.array([])
        value_specs = []
        for spec in level.tickSpecs:  # as in pyqtgraph's ZoomLevel.tickValues
            ticks, skip = spec.makeTicks(minVal, maxVal, min_spacing)
            if len(all_ticks) and len(ticks):
                close = np.any(np.isclose(all_ticks, ticks[:, np.newaxis], rtol=0, atol=min_spacing * 0.01), axis=-1)
                ticks = ticks[~close]
            all_ticks = np.concatenate([all_ticks, ticks])
            value_specs.append((spec.spacing, ticks.tolist()))
            if skip > 1:
                break
        return value_specs

    def tickStrings(self, values, scale, spacing):
        """Tick texts, cached per value (the same texts as DateAxisItem's: it formats every value alone)."""
        cache = self.__dict__.setdefault("_tick_text_cache", {})
        key0 = (id(self.zoomLevel), spacing, self.utcOffset)
        out = []
        for v in values:
            key = (key0, v)
            text = cache.get(key)
            if text is None:
                if len(cache) > 20_000:
                    cache.clear()
                text = cache[key] = dates.axis_text(super().tickStrings([v], scale, spacing)[0])
            out.append(text)
        return out


class SpanBarsItem(pg.GraphicsObject):
    """Every month/quarter/year bar in one item: one drawRects call per category colour, with only the bars
    that overlap the visible x range (each bar is drawn over its whole period; the view clips it). The
    rectangles are written by numpy into one reusable native QRectF array (no QRectF objects per bar)."""

    def __init__(self):
        super().__init__()
        # (fill, line, starts, ends, tops) per category colour; data coordinates
        self._groups: list[tuple[QColor, QColor, np.ndarray, np.ndarray, np.ndarray]] = []
        self._pens: list[QPen] = []
        self._height = 2 * BAR_HALF_HEIGHT
        self._bounds = QRectF()
        self._rects = PrimitiveArray(QRectF, 4)

    def set_groups(self, groups, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._groups = groups
        self._pens = []
        for _fill, line, *_rest in groups:
            pen = QPen(line, 1.0)
            pen.setCosmetic(True)
            self._pens.append(pen)
        self._bounds = bounds
        self.update()

    def rects(self) -> list[QRectF]:
        return [QRectF(a, t, b - a, self._height) for _f, _l, starts, ends, tops in self._groups
                for a, b, t in zip(starts.tolist(), ends.tolist(), tops.tolist())]

    def rect_count(self) -> int:
        return sum(len(g[2]) for g in self._groups)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *_args) -> None:
        view = self.getViewBox()
        if view is None:
            return
        (x0, x1), _ = view.viewRange()
        for (fill, _line, starts, ends, tops), pen in zip(self._groups, self._pens):
            visible = (starts <= x1) & (ends >= x0)
            n = int(np.count_nonzero(visible))
            if not n:
                continue
            self._rects.resize(n)
            rects = self._rects.ndarray()
            a = starts[visible]
            rects[:, 0] = a
            rects[:, 1] = tops[visible]
            rects[:, 2] = ends[visible] - a
            rects[:, 3] = self._height
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRects(*self._rects.drawargs())


class MarkersItem(pg.GraphicsObject):
    """Every category marker in one item, a fixed size in pixels (like a pxMode ScatterPlotItem).

    The symbols are rendered once (pyqtgraph's renderSymbol, so they look exactly like ScatterPlotItem's)
    into one atlas; each paint draws only the markers in the visible x range, in one drawPixmapFragments
    call, in the order of the points (category by category, as separate scatter items would stack them)."""

    def __init__(self, styles: list[tuple[str, float, QPen, object]]):
        super().__init__()
        self._styles = styles  # (symbol, size, pen, brush) per style code
        self._atlas: QPixmap | None = None
        self._atlas_dpr = 0.0
        self._src = np.zeros((0, 4))  # source rect (x, y, w, h) per style, device pixels
        self._half_px = max(size + max(1.0, pen.widthF()) for _s, size, pen, _b in styles) / 2
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._style = np.zeros(0, dtype=np.int64)
        self._bounds = QRectF()
        self._frags = PrimitiveArray(QPainter.PixmapFragment, 10)
        self.drawn = 0  # markers drawn by the last paint

    def set_points(self, x: np.ndarray, y: np.ndarray, style: np.ndarray) -> None:
        self.prepareGeometryChange()
        self._x, self._y, self._style = x, y, style
        if len(x):
            x0, x1 = float(x.min()), float(x.max())
            y0, y1 = float(y.min()), float(y.max())
            pad_x = max((x1 - x0) * 0.05, 60 * DAY)  # room for the markers' pixel radius at any zoom
            self._bounds = QRectF(x0 - pad_x, y0 - 1, x1 - x0 + 2 * pad_x, y1 - y0 + 2)
        else:
            self._bounds = QRectF()
        self.update()

    def count(self) -> int:
        return len(self._x)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _build_atlas(self, dpr: float) -> None:
        images = [renderSymbol(symbol, size, pen, brush, dpr=dpr) for symbol, size, pen, brush in self._styles]
        width = sum(img.width() for img in images)
        height = max(img.height() for img in images)
        atlas = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        atlas.fill(Qt.GlobalColor.transparent)
        src = np.zeros((len(images), 4))
        painter = QPainter(atlas)
        x = 0
        for k, img in enumerate(images):
            img.setDevicePixelRatio(1.0)
            painter.drawImage(x, 0, img)
            src[k] = (x, 0, img.width(), img.height())
            x += img.width()
        painter.end()
        self._atlas = QPixmap.fromImage(atlas)
        self._atlas_dpr = dpr
        self._src = src

    def paint(self, painter: QPainter, _option, widget=None) -> None:
        self.drawn = 0
        if not len(self._x):
            return
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        if self._atlas is None or dpr != self._atlas_dpr:
            self._build_atlas(dpr)
        t = painter.transform()  # data -> device: a scale and a translation in a ViewBox
        sx, dx, sy, dy = t.m11(), t.dx(), t.m22(), t.dy()
        if sx == 0 or sy == 0:
            return
        view = self.getViewBox()
        if view is None:
            return
        (x0, x1), _ = view.viewRange()
        margin = (self._half_px + 1) / abs(sx)  # markers whose centre is just outside still show half
        visible = np.flatnonzero((self._x >= x0 - margin) & (self._x <= x1 + margin))
        if not len(visible):
            return
        px = self._x[visible] * sx + dx
        py = self._y[visible] * sy + dy
        n = len(visible)
        self._frags.resize(n)
        frags = self._frags.ndarray()
        frags[:, 0] = px
        frags[:, 1] = py
        frags[:, 2:6] = self._src[self._style[visible]]
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]
        painter.save()
        painter.resetTransform()
        painter.drawPixmapFragments(*self._frags.drawargs(), self._atlas)
        painter.restore()
        self.drawn = n


class LabelsItem(pg.GraphicsObject):
    """Text labels and their leader lines, in ViewBox pixel coordinates (a child of the ViewBox, not of its
    data group)."""

    def __init__(self, view: pg.ViewBox, font: QFont, text: QColor, back: QColor):
        super().__init__(view)
        self._view = view
        self._font = font
        self._text = text
        self._back = back
        leader = QColor(text)
        leader.setAlpha(140)
        self._leader = QPen(leader, 1.0)
        self.labels: list[ChartLabel] = []
        self.layout = None  # callable that lays the labels out (set by the chart)
        self.dirty = False
        self._painting = False
        self.setZValue(1_000_000)

    def set_labels(self, labels: list[ChartLabel]) -> None:
        self.labels = labels
        self.dirty = False
        if not self._painting:
            self.update()

    def invalidate(self) -> None:
        """The view changed: lay the labels out again before the next paint (or when asked for them)."""
        self.dirty = True
        self.update()

    def boundingRect(self) -> QRectF:
        return self._view.boundingRect()

    def paint(self, painter: QPainter, *_args) -> None:
        if self.dirty and self.layout is not None:
            self._painting = True
            try:
                self.layout()  # once per frame, however many range changes came before it
            finally:
                self._painting = False
        painter.setClipRect(self._view.boundingRect())
        painter.setPen(self._leader)
        lines = []
        for lb in self.labels:
            x, y0, y1 = lb.leader
            left, _top, w, _h = lb.box
            end = left if x <= left else left + w if x >= left + w else x
            lines += [QLineF(x, y0, x, y1), QLineF(x, y1, end, y1)]
        painter.drawLines(lines)
        painter.setFont(self._font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._back)
        for lb in self.labels:
            painter.drawRect(QRectF(*lb.box))
        painter.setPen(self._text)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for lb in self.labels:
            left, top, w, h = lb.box
            painter.drawText(QRectF(left + 1, top, w, h), flags, lb.text)
