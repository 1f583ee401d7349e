"""TimelineChart: policy events in lanes (by jurisdiction or by category) on a UTC date axis (pyqtgraph).

- Dates are plotted as UTC-midnight epoch seconds (calendar.timegm; never local time, so the picture is
  the same in every time zone; dates before 1970 give negative seconds) on DateAxisItem(utcOffset=0).
- Day-precision events are markers; month/quarter/year-precision events are bars over their whole
  period (from the first day to the end of the last day) with the category marker at the middle.
- Markers differ by shape AND colour per category (Okabe-Ito); a legend row sits above the plot.
- Drawing is batched for 10,000+ events: one ScatterPlotItem per category, one item for every bar,
  one for the highlight rings, one for the labels. Hit-testing and label layout use numpy.
- Labels are laid out greedily per lane in screen space, only for events in view, and only where they
  do not overlap; they are recomputed whenever the visible range or the size changes.
- Mouse: wheel zooms, drag pans (x only). Keys: + / - zoom, Left / Right pan, Home fits all,
  [ / ] or Alt+Left / Alt+Right select the previous / next event and recentre on it.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget

from db.dto import EventDTO
from db.api.events import period_end
from desktop.models.event_list_model import (CATEGORY_ORDER, JURISDICTION_ORDER, category_label, category_style,
                                             format_event_date, jurisdiction_label)

DAY = 86_400
MARKER_SIZE = 11
HIGHLIGHT_SIZE = 15
BAR_HALF_HEIGHT = 0.16  # in lane units
LABEL_MAX_PX = 220
LABEL_GAP_PX = 8
HIT_RADIUS_PX = 9
LABEL_RISE_PX = (HIGHLIGHT_SIZE + 7) / 2 + 1  # labels sit above the lane line, clear of the markers' rings
X_MIN = calendar.timegm((1800, 1, 1, 0, 0, 0))
X_MAX = calendar.timegm((2200, 1, 1, 0, 0, 0))


@lru_cache(maxsize=65_536)
def epoch_seconds(iso: str) -> int:
    """UTC midnight of an ISO date (YYYY-MM-DD) in epoch seconds; negative before 1970; TZ-independent."""
    return calendar.timegm((int(iso[0:4]), int(iso[5:7]), int(iso[8:10]), 0, 0, 0))


@lru_cache(maxsize=65_536)
def period_end_cached(iso: str, precision: str) -> str:
    return period_end(iso, precision)


def period_seconds(e: EventDTO) -> tuple[int, int]:
    """(start, end) of the event's period in UTC epoch seconds; end is midnight after its last day."""
    return epoch_seconds(e.date), epoch_seconds(period_end_cached(e.date, e.precision)) + DAY


_MONTHS = {"day": 0, "month": 1, "quarter": 3, "year": 12}


def _periods(events: Sequence[EventDTO]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(starts, ends, is_span) of many events at once, the same as period_seconds() of each (numpy)."""
    n = len(events)
    try:
        days = np.array([e.date for e in events], dtype="datetime64[D]")
        months = np.fromiter((_MONTHS[e.precision] for e in events), dtype=np.int64, count=n)
    except (KeyError, ValueError, TypeError):
        periods = [period_seconds(e) for e in events]
        starts = np.array([p[0] for p in periods], dtype=np.float64).reshape(n)
        ends = np.array([p[1] for p in periods], dtype=np.float64).reshape(n)
        return starts, ends, np.fromiter((e.precision != "day" for e in events), dtype=bool, count=n)
    start_days = days.astype(np.int64)
    # the period ends at midnight after its last day: the first day of the month `months` after the start's
    next_month = (days.astype("datetime64[M]") + months).astype("datetime64[D]").astype(np.int64)
    is_span = months > 0
    end_days = np.where(is_span, next_month, start_days + 1)
    return start_days.astype(np.float64) * DAY, end_days.astype(np.float64) * DAY, is_span


class _DateAxis(pg.DateAxisItem):
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
                text = cache[key] = super().tickStrings([v], scale, spacing)[0]
            out.append(text)
        return out


class _SpanItem(pg.GraphicsObject):
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


class _MarkerLayer(pg.GraphicsObject):
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


class _LabelLayer(pg.GraphicsObject):
    """Text labels in ViewBox pixel coordinates (a child of the ViewBox, not of its data group)."""

    def __init__(self, view: pg.ViewBox, font: QFont, text: QColor, back: QColor):
        super().__init__(view)
        self._view = view
        self._font = font
        self._text = text
        self._back = back
        self.labels: list[tuple[int, QRectF, str]] = []  # (event index, rect, text)
        self.layout = None  # callable that lays the labels out (set by the chart)
        self.dirty = False
        self._painting = False
        self.setZValue(1_000_000)

    def set_labels(self, labels: list[tuple[int, QRectF, str]]) -> None:
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
        painter.setFont(self._font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._back)
        for _i, rect, _t in self.labels:
            painter.drawRect(rect)
        painter.setPen(self._text)
        for _i, rect, text in self.labels:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class TimelineChart(QWidget):
    """The timeline plot. Give it every event once (set_events), then filter with set_mask."""

    event_clicked = Signal(object)  # EventDTO clicked by the user
    selection_changed = Signal(object)  # EventDTO or None, whatever the cause
    range_changed = Signal(float, float)  # visible x range in UTC epoch seconds
    painted = Signal()  # the first paint with the plot on screen

    LANE_MODES = ("jurisdiction", "category")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        pal = QApplication.palette()
        self._fg = pal.color(QPalette.ColorRole.WindowText)
        self._base = pal.color(QPalette.ColorRole.Base)
        self._dark = self._base.lightness() < 128
        self._accent = pal.color(QPalette.ColorRole.Highlight)
        self.setAccessibleName(self.tr("Policy timeline chart"))
        self.plot = pg.GraphicsLayoutWidget(self)
        self.plot.setBackground(self._base)
        self.plot.setAccessibleName(self.tr("Policy timeline chart"))
        self.plot.setAccessibleDescription(self.tr(
            "Events by date in lanes. Plus and minus zoom, left and right arrows pan, Home fits all, "
            "[ and ] select the previous and next event."))
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setToolTip("")
        self._legend = pg.LegendItem(colCount=4, labelTextColor=self._fg, labelTextSize="8pt", frame=False, verSpacing=-4,
                                     horSpacing=12)
        self._legend_columns = 4
        # the legend never changes with the view: repaint it from a cached pixmap, not item by item
        self._legend.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.addItem(self._legend, row=0, col=0)
        self.date_axis = _DateAxis(orientation="bottom", utcOffset=0)
        self._item = item = self.plot.addPlot(row=1, col=0, axisItems={"bottom": self.date_axis})
        self.plot.ci.layout.setRowStretchFactor(0, 0)
        self.plot.ci.layout.setRowStretchFactor(1, 1)
        self.plot.ci.setContentsMargins(4, 2, 10, 2)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=False, alpha=0.18)
        self.view: pg.ViewBox = item.getViewBox()
        self.view.setMouseEnabled(x=True, y=False)
        self.view.enableAutoRange(enable=False)
        self.view.setLimits(xMin=X_MIN, xMax=X_MAX, minXRange=14 * DAY)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen(self._fg)
            axis.setPen(self._fg)
        item.getAxis("left").setStyle(tickLength=0)
        fm = self.fontMetrics()
        self._axis_text_px = max(fm.horizontalAdvance(label) for label in
                                 [jurisdiction_label(k) for k in JURISDICTION_ORDER]
                                 + [category_label(k) for k in CATEGORY_ORDER])
        self._axis_text_px = min(self._axis_text_px, fm.horizontalAdvance("W" * 12))
        item.getAxis("left").setWidth(self._axis_text_px + 14)
        self._font = QFont(self.font())
        self._fm = QFontMetricsF(self._font)
        # batched items
        self._spans = _SpanItem()
        self._spans.setZValue(-5)
        item.addItem(self._spans)
        ring_pen = pg.mkPen(self._accent, width=2)
        self._rings = pg.ScatterPlotItem(symbol="o", size=HIGHLIGHT_SIZE + 7, pen=ring_pen, brush=None, pxMode=True)
        self._rings.setZValue(1)
        item.addItem(self._rings)
        outline = QColor(self._fg)
        outline.setAlpha(170)
        marker_pen = pg.mkPen(outline, width=1)
        styles = []  # style code = 2 * category rank + highlighted
        for cat in CATEGORY_ORDER:
            symbol, colour = category_style(cat)
            brush = pg.mkBrush(colour)
            styles += [(symbol, MARKER_SIZE, marker_pen, brush), (symbol, HIGHLIGHT_SIZE, marker_pen, brush)]
        self._markers = _MarkerLayer(styles)
        self._markers.setZValue(2)
        item.addItem(self._markers)
        for cat in CATEGORY_ORDER:
            symbol, colour = category_style(cat)
            sample = pg.ScatterPlotItem(symbol=symbol, size=MARKER_SIZE, pen=pg.mkPen(outline, width=1),
                                        brush=pg.mkBrush(colour))
            self._legend.addItem(sample, category_label(cat))
        self._legend.addItem(pg.ScatterPlotItem(symbol="o", size=MARKER_SIZE + 2, pen=ring_pen, brush=None),
                             self.tr("compared devices"))
        self._selection = pg.ScatterPlotItem(symbol="o", size=HIGHLIGHT_SIZE + 13,
                                             pen=pg.mkPen(self._fg, width=2.5), brush=None, pxMode=True)
        self._selection.setZValue(3)
        item.addItem(self._selection)
        self._today = pg.InfiniteLine(pos=epoch_seconds(_dt.date.today().isoformat()), angle=90, movable=False,
                                      pen=pg.mkPen(self._fg, width=1, style=Qt.PenStyle.DashLine),
                                      label=self.tr("today"),
                                      labelOpts={"position": 0.02, "color": self._fg, "anchors": [(1, 1), (1, 1)]})
        self._today.setZValue(4)
        item.addItem(self._today)
        self._labels = _LabelLayer(self.view, self._font, self._fg,
                                   QColor(self._base.red(), self._base.green(), self._base.blue(), 200))
        self._labels.layout = self._layout_labels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        # data
        self._events: list[EventDTO] = []
        self._uid_index: dict[str, int] = {}
        self._start = np.zeros(0)
        self._end = np.zeros(0)
        self._mark = np.zeros(0)  # marker x: the day, or the middle of the period
        self._is_span = np.zeros(0, dtype=bool)
        self._mask = np.zeros(0, dtype=bool)
        self._highlight = np.zeros(0, dtype=bool)
        self._lane = np.zeros(0, dtype=np.int32)
        self._cat = np.zeros(0, dtype=np.int64)  # rank of the event's category in CATEGORY_ORDER
        self._span_colours = self._category_span_colours()
        self._lane_mode = "jurisdiction"
        self._lane_keys: list[str] = list(JURISDICTION_ORDER)
        self._shown = np.zeros(0, dtype=np.int64)  # indices of shown events, in (start, lane, title) order
        self._per_lane: list[tuple[np.ndarray, np.ndarray]] = []  # (marker xs sorted, indices) per lane
        self._label_cache: dict[int, tuple[str, float]] = {}
        self._selected: int | None = None
        self._hover: int | None = None
        self._painted_once = False
        self.paint_count = 0
        self.view.sigRangeChanged.connect(self._range_changed)
        self.view.sigResized.connect(self._labels.invalidate)
        self.plot.scene().sigMouseClicked.connect(self._scene_clicked)
        self.plot.scene().sigMouseMoved.connect(self._scene_moved)
        self.plot.installEventFilter(self)
        self.plot.viewport().installEventFilter(self)
        self._set_lane_axis()
        self.show_years(3)

    # data -------------------------------------------------------------------------------------
    def set_events(self, events: Sequence[EventDTO], mask=None, highlighted=None) -> None:
        """Every event the chart may show (with an optional mask and highlighted uids, drawn in one pass);
        keeps the selection by uid."""
        selected_uid = self.selected().uid if self.selected() else None
        self._events = list(events)
        self._uid_index = {e.uid: i for i, e in enumerate(self._events)}
        n = len(self._events)
        self._start, self._end, self._is_span = _periods(self._events)
        rank = {k: i for i, k in enumerate(CATEGORY_ORDER)}
        other = rank["other"]
        self._cat = np.fromiter((rank.get(e.category, other) for e in self._events), dtype=np.int64, count=n)
        self._mark = np.where(self._is_span, (self._start + self._end) / 2, self._start)
        self._mask = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        wanted = set(highlighted or ())
        self._highlight = np.fromiter((e.uid in wanted for e in self._events), dtype=bool, count=n) if wanted \
            else np.zeros(n, dtype=bool)
        self._label_cache = {}
        self._per_lane = []
        self._shown = np.zeros(0, dtype=np.int64)
        self._selected = self._uid_index.get(selected_uid) if selected_uid else None
        self._assign_lanes()
        self._rebuild()

    def events(self) -> list[EventDTO]:
        return self._events

    def set_mask(self, mask: Sequence[bool] | np.ndarray | None) -> None:
        """Which of the events are shown (a filter); None shows them all."""
        self._mask = np.ones(len(self._events), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        if self._selected is not None and not self._mask[self._selected]:
            self._selected = None
            self.selection_changed.emit(None)
        self._rebuild()

    def set_highlighted(self, uids) -> None:
        """Events drawn larger with an outlined ring (e.g. those about the devices in the comparison)."""
        wanted = set(uids or ())
        self._highlight = np.fromiter((e.uid in wanted for e in self._events), dtype=bool, count=len(self._events))
        self._rebuild()

    def highlighted(self) -> list[EventDTO]:
        return [self._events[i] for i in np.flatnonzero(self._highlight & self._mask)]

    def set_lane_mode(self, mode: str) -> None:
        if mode not in self.LANE_MODES:
            raise ValueError(mode)
        if mode != self._lane_mode:
            self._lane_mode = mode
            self._assign_lanes()
            self._rebuild()

    def lane_mode(self) -> str:
        return self._lane_mode

    def lanes(self) -> list[str]:
        """Lane keys from top to bottom (jurisdiction codes or category keys)."""
        return list(self._lane_keys)

    def lane_of(self, uid: str) -> str:
        return self._lane_keys[int(self._lane[self._uid_index[uid]])]

    def shown_events(self) -> list[EventDTO]:
        return [self._events[i] for i in self._shown]

    def _assign_lanes(self) -> None:
        if self._lane_mode == "jurisdiction":
            order = list(JURISDICTION_ORDER)
            keys = [e.jurisdiction for e in self._events]
        else:
            order = list(CATEGORY_ORDER)
            keys = [e.category for e in self._events]
        present = set(keys)  # lanes without any event (before filtering) are left out to save room
        if present:
            order = [k for k in order if k in present or (k == "other" and not present.issubset(order))]
        position = {k: i for i, k in enumerate(order)}
        other = position.get("other", 0)
        self._lane_keys = order
        self._lane = np.fromiter((position.get(k, other) for k in keys), dtype=np.int32, count=len(keys))
        self._set_lane_axis()

    def _set_lane_axis(self) -> None:
        label = jurisdiction_label if self._lane_mode == "jurisdiction" else category_label
        n = len(self._lane_keys)
        fm = self.fontMetrics()
        width = self._axis_text_px
        self._item.getAxis("left").setTicks(
            [[(-i, fm.elidedText(label(k), Qt.TextElideMode.ElideRight, width)) for i, k in enumerate(self._lane_keys)]])
        self.view.setYRange(-(n - 1) - 0.6, 0.75, padding=0)

    def _category_span_colours(self) -> list[tuple[QColor, QColor]]:
        out = []
        for cat in CATEGORY_ORDER:
            _symbol, colour = category_style(cat)
            fill = QColor(colour)
            fill.setAlpha(110 if not self._dark else 140)
            line = QColor(colour).darker(130) if not self._dark else QColor(colour).lighter(120)
            out.append((fill, line))
        return out

    def _rebuild(self) -> None:
        """Push the shown events into the batched items (one for markers, one for bars, one for rings)."""
        n = len(self._events)
        shown = np.flatnonzero(self._mask) if n else np.zeros(0, dtype=np.int64)
        ys = -self._lane.astype(np.float64)
        if len(shown):
            order = np.lexsort((self._lane[shown], self._start[shown]))
            shown = shown[order]
        self._shown = shown
        # markers: category by category (in CATEGORY_ORDER), each in shown order
        by_cat = shown[np.argsort(self._cat[shown], kind="stable")] if len(shown) else shown
        self._markers.set_points(self._mark[by_cat], ys[by_cat],
                                 2 * self._cat[by_cat] + self._highlight[by_cat].astype(np.int64))
        spans = by_cat[self._is_span[by_cat]]
        groups = []
        if len(spans):
            cats = self._cat[spans]
            bounds = np.flatnonzero(np.diff(cats)) + 1
            for chunk in np.split(spans, bounds):
                fill, line = self._span_colours[int(self._cat[chunk[0]])]
                groups.append((fill, line, self._start[chunk], self._end[chunk], ys[chunk] - BAR_HALF_HEIGHT))
            x0, x1 = float(self._start[spans].min()), float(self._end[spans].max())
            y0, y1 = float(ys[spans].min()) - BAR_HALF_HEIGHT, float(ys[spans].max()) + BAR_HALF_HEIGHT
            self._spans.set_groups(groups, QRectF(x0, y0, x1 - x0, y1 - y0))
        else:
            self._spans.set_groups(groups, QRectF())
        rings = shown[self._highlight[shown]] if len(shown) else shown
        self._rings.setData(x=self._mark[rings], y=ys[rings])
        self._per_lane = []
        if len(shown):
            lanes = self._lane[shown]
            by_lane = shown[np.lexsort((self._mark[shown], lanes))]  # per lane, by marker x (stable)
            counts = np.bincount(lanes, minlength=len(self._lane_keys))
            for idx in np.split(by_lane, np.cumsum(counts)[:-1]):
                self._per_lane.append((self._mark[idx], idx))
        else:
            self._per_lane = [(np.zeros(0), shown) for _ in self._lane_keys]
        self._draw_selection()
        self._labels.invalidate()

    # selection ----------------------------------------------------------------------------------
    def selected(self) -> EventDTO | None:
        return self._events[self._selected] if self._selected is not None else None

    def select(self, uid: str | None, recentre: bool = False) -> bool:
        """Select a shown event by uid (None clears); returns whether it is selected."""
        i = self._uid_index.get(uid) if uid is not None else None
        if i is not None and not self._mask[i]:
            i = None
        changed = i != self._selected
        self._selected = i
        self._draw_selection()
        if i is not None and recentre:
            self.centre_on(uid)
        if changed:
            self.selection_changed.emit(self.selected())
        return i is not None

    def select_step(self, step: int) -> EventDTO | None:
        """Select the next (step > 0) or previous shown event in date order and recentre on it."""
        if not len(self._shown):
            return None
        order = list(self._shown)
        if self._selected is None or self._selected not in order:
            lo, hi = self.x_range()
            centre = (lo + hi) / 2
            pos = int(np.searchsorted(self._start[self._shown], centre))
            pos = min(pos, len(order) - 1) if step > 0 else max(pos - 1, 0)
        else:
            pos = max(0, min(len(order) - 1, order.index(self._selected) + step))
        self.select(self._events[order[pos]].uid, recentre=True)
        return self.selected()

    def _draw_selection(self) -> None:
        i = self._selected
        if i is None:
            self._selection.setData(x=[], y=[])
        else:
            self._selection.setData(x=[self._mark[i]], y=[-float(self._lane[i])])

    # view range -----------------------------------------------------------------------------------
    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.view.viewRange()
        return float(x0), float(x1)

    def set_x_range(self, x0: float, x1: float) -> None:
        self.view.setXRange(x0, x1, padding=0)

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """factor < 1 zooms in, > 1 zooms out, around `centre` (default: middle of the view)."""
        x0, x1 = self.x_range()
        c = (x0 + x1) / 2 if centre is None else centre
        self.set_x_range(c - (c - x0) * factor, c + (x1 - c) * factor)

    def pan(self, fraction: float) -> None:
        x0, x1 = self.x_range()
        d = (x1 - x0) * fraction
        self.set_x_range(x0 + d, x1 + d)

    def centre_on(self, uid: str) -> None:
        i = self._uid_index[uid]
        x0, x1 = self.x_range()
        width = max(x1 - x0, (self._end[i] - self._start[i]) * 1.5)
        c = float(self._mark[i])
        self.set_x_range(c - width / 2, c + width / 2)

    def fit_all(self) -> None:
        """Fit every shown event in view (and today, when the last event is recent)."""
        if not len(self._shown):
            self.show_years(3)
            return
        lo = float(self._start[self._shown].min())
        hi = float(self._end[self._shown].max())
        today = epoch_seconds(_dt.date.today().isoformat())
        if hi < today and today - hi < max(hi - lo, 365 * DAY) * 0.5:
            hi = today + DAY
        width = max(hi - lo, 60 * DAY)
        pad = width * 0.04
        centre = (lo + hi) / 2
        self.set_x_range(centre - width / 2 - pad, centre + width / 2 + pad)

    def show_years(self, years: float) -> None:
        """The last `years` years up to today (with a little room after today)."""
        today = epoch_seconds(_dt.date.today().isoformat())
        width = years * 365.2425 * DAY
        self.set_x_range(today - width, today + width * 0.08)

    def _range_changed(self, *_args) -> None:
        self._labels.invalidate()  # laid out once, just before the next paint
        x0, x1 = self.x_range()
        self.range_changed.emit(x0, x1)

    # geometry: data <-> ViewBox pixels ----------------------------------------------------------------
    def _mapping(self) -> tuple[float, float, float, float, float, float]:
        (x0, x1), (y0, y1) = self.view.viewRange()
        r = self.view.boundingRect()
        return x0, x1, y0, y1, r.width(), r.height()

    def x_to_px(self, x: float) -> float:
        x0, x1, _y0, _y1, w, _h = self._mapping()
        return (x - x0) / (x1 - x0) * w

    def marker_pos(self, uid: str) -> QPointF:
        """Where an event's marker is, in ViewBox pixel coordinates."""
        x0, x1, y0, y1, w, h = self._mapping()
        i = self._uid_index[uid]
        return QPointF((self._mark[i] - x0) / (x1 - x0) * w, (y1 + float(self._lane[i])) / (y1 - y0) * h)

    def marker_widget_pos(self, uid: str) -> QPointF:
        """Where an event's marker is, in coordinates of the plot widget (for mouse simulation)."""
        scene = self.view.mapToScene(self.marker_pos(uid))
        return QPointF(self.plot.mapFromScene(scene))

    def span_px(self, uid: str) -> tuple[float, float]:
        i = self._uid_index[uid]
        return self.x_to_px(float(self._start[i])), self.x_to_px(float(self._end[i]))

    def period(self, uid: str) -> tuple[float, float]:
        """The (start, end) x of an event as plotted, in UTC epoch seconds."""
        i = self._uid_index[uid]
        return float(self._start[i]), float(self._end[i])

    def marker_x(self, uid: str) -> float:
        return float(self._mark[self._uid_index[uid]])

    def span_rects(self) -> list[QRectF]:
        """Every bar drawn (data coordinates)."""
        return self._spans.rects()

    def event_at_px(self, px: float, py: float) -> EventDTO | None:
        """The shown event under a ViewBox pixel position: the nearest marker, else a bar under it."""
        if not len(self._shown):
            return None
        x0, x1, y0, y1, w, h = self._mapping()
        sx = w / (x1 - x0)
        sy = h / (y1 - y0)
        idx = self._shown
        mx = (self._mark[idx] - x0) * sx
        my = (y1 + self._lane[idx]) * sy
        d2 = (mx - px) ** 2 + (my - py) ** 2
        best = int(np.argmin(d2))
        if d2[best] <= HIT_RADIUS_PX ** 2:
            return self._events[idx[best]]
        lane_y = (y1 + self._lane[idx]) * sy
        inside = (self._is_span[idx] & (np.abs(lane_y - py) <= max(BAR_HALF_HEIGHT * sy, 4))
                  & ((self._start[idx] - x0) * sx <= px) & ((self._end[idx] - x0) * sx >= px))
        hits = np.flatnonzero(inside)
        if len(hits):  # the shortest period under the pointer is the most specific
            lengths = self._end[idx[hits]] - self._start[idx[hits]]
            return self._events[idx[hits[int(np.argmin(lengths))]]]
        return None

    def tooltip_for(self, e: EventDTO) -> str:
        return f"{format_event_date(e.date, e.precision)} — {e.title}"

    # labels ----------------------------------------------------------------------------------------------
    def visible_labels(self) -> list[tuple[str, QRectF, str]]:
        """(uid, rect in ViewBox pixels, text) of every label drawn."""
        if self._labels.dirty:
            self._layout_labels()
        return [(self._events[i].uid, QRectF(r), t) for i, r, t in self._labels.labels]

    def _label_text(self, i: int) -> tuple[str, float]:
        cached = self._label_cache.get(i)
        if cached is None:
            text = self._fm.elidedText(self._events[i].title, Qt.TextElideMode.ElideRight, LABEL_MAX_PX)
            cached = self._label_cache[i] = (text, self._fm.horizontalAdvance(text))
        return cached

    def _layout_labels(self, *_args) -> None:
        x0, x1, y0, y1, w, h = self._mapping()
        labels: list[tuple[int, QRectF, str]] = []
        th = self._fm.height()
        lane_px = h / (y1 - y0) if y1 > y0 else 0
        if w <= 0 or lane_px < th + LABEL_RISE_PX + MARKER_SIZE or not len(self._shown):
            self._labels.set_labels(labels)
            return
        sx = w / (x1 - x0)
        offset = MARKER_SIZE / 2 + 3
        for lane, (xs, idx) in enumerate(self._per_lane):
            if not len(idx):
                continue
            lo = int(np.searchsorted(xs, x0 - (LABEL_MAX_PX / sx), side="left"))
            hi = int(np.searchsorted(xs, x1, side="right"))
            if lo >= hi:
                continue
            top = (y1 + lane) * lane_px - LABEL_RISE_PX - th
            if top < 0:
                continue
            px = (xs[lo:hi] - x0) * sx  # marker pixels, sorted
            last_right = -1e9
            pos = 0
            count = hi - lo
            while pos < count:
                left = px[pos] + offset
                if left < 0 or left < last_right + LABEL_GAP_PX:
                    pos = max(pos + 1, int(np.searchsorted(px, max(-offset, last_right + LABEL_GAP_PX - offset),
                                                           side="left")))
                    continue
                i = int(idx[lo + pos])
                text, tw = self._label_text(i)
                if left + tw + 1 > w:
                    break
                labels.append((i, QRectF(left - 1, top, tw + 2, th), text))
                last_right = left + tw + 1
                pos = max(pos + 1, int(np.searchsorted(px, last_right + LABEL_GAP_PX - offset, side="left")))
        self._labels.set_labels(labels)

    # interaction ----------------------------------------------------------------------------------------
    def _scene_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        local = self.view.mapFromScene(ev.scenePos())
        if not self.view.boundingRect().contains(local):
            return
        e = self.event_at_px(local.x(), local.y())
        self.plot.setFocus(Qt.FocusReason.MouseFocusReason)
        if e is not None:
            self.select(e.uid)
            self.event_clicked.emit(e)
            ev.accept()

    def _scene_moved(self, scene_pos) -> None:
        local = self.view.mapFromScene(scene_pos)
        e = self.event_at_px(local.x(), local.y()) if self.view.boundingRect().contains(local) else None
        i = self._uid_index[e.uid] if e is not None else None
        if i == self._hover:
            return
        self._hover = i
        if e is None:
            QToolTip.hideText()
            self.plot.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, self.tooltip_for(e), self.plot)
            self.plot.setCursor(Qt.CursorShape.PointingHandCursor)

    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1 / 1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Left:
            self.select_step(-1) if alt else self.pan(-0.2)
        elif key == Qt.Key.Key_Right:
            self.select_step(1) if alt else self.pan(0.2)
        elif key == Qt.Key.Key_BracketLeft:
            self.select_step(-1)
        elif key == Qt.Key.Key_BracketRight:
            self.select_step(1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.fit_all()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            if self.handle_key(event):
                return True
        elif watched is self.plot.viewport() and event.type() == QEvent.Type.Paint:
            self.paint_count += 1
            if not self._painted_once:
                self._painted_once = True
                from PySide6.QtCore import QTimer
                QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_legend(event.size().width())

    def _fit_legend(self, width: int) -> None:
        """As many legend columns as fit the width, so the legend never widens the plot."""
        fm = self.fontMetrics()
        column = max(fm.horizontalAdvance(label) for label in self.legend_labels()) + 44
        columns = max(1, min(len(self._legend.items), (width - 20) // column))
        if columns != self._legend_columns:
            self._legend_columns = columns
            self._legend.setColumnCount(columns)

    def legend_labels(self) -> list[str]:
        return [label.text for _sample, label in self._legend.items]


__all__ = ["TimelineChart", "epoch_seconds", "period_seconds"]
