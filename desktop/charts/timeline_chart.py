"""TimelineChart: policy events in lanes (by jurisdiction or by category) on a UTC date axis (pyqtgraph).

- Dates are plotted as UTC-midnight epoch seconds on DateAxisItem(utcOffset=0); the date <-> x mapping,
  the view ranges (zoom, pan, fit) and the lanes and label layout are Qt-free, in desktop/present/
  (timeline_scale, timeline_layout), shared with the exported picture.
- Day-precision events are markers; month/quarter/year-precision events are bars over their whole
  period (from the first day to the end of the last day) with the category marker at the middle.
- Markers differ by shape AND colour per category (Okabe-Ito); a legend row sits above the plot.
- Drawing is batched for 10,000+ events by the items of timeline_items: one for every bar, one for every
  marker, one for the labels, one scatter item for the highlight rings. Hit-testing (timeline_hit_test)
  and label layout use numpy.
- Labels are laid out per lane in screen space by the same code as the exported picture's
  (present/timeline_labels): rows under each lane line, leader lines, titles shortened at word
  boundaries (the tooltip and the list give them whole), markers closer than a marker's width sharing one
  label; only for events in view, recomputed whenever the visible range or the size changes.
- Mouse: wheel zooms, drag pans (x only). Keys (timeline_keys): + / - zoom, Left / Right pan, Home fits
  all, [ / ] or Alt+Left / Alt+Right select the previous / next event and recentre on it.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget

from db.dto import EventDTO
from desktop.charts.timeline_geometry import TimelineGeometry
from desktop.charts.timeline_items import LabelsItem, MarkersItem, SpanBarsItem, TimelineDateAxisItem
from desktop.charts.timeline_keys import handle_key
from desktop.models.event_list_model import (CATEGORY_ORDER, JURISDICTION_ORDER, category_label, category_style,
                                             jurisdiction_label)
from desktop.present.timeline_layout import (BAR_HALF_HEIGHT, HIGHLIGHT_SIZE, MARKER_SIZE, TODAY_LABEL_AT, by_lane,
                                             fold_lanes, lane_lines, lane_offsets)
from desktop.present.timeline_scale import (DAY, X_MAX, X_MIN, centred_range, fit_range, pan_range, periods,
                                            recent_range, today_seconds, zoom_range)


class TimelineChart(TimelineGeometry, QWidget):
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
        self.date_axis = TimelineDateAxisItem(orientation="bottom", utcOffset=0)
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
        self._spans = SpanBarsItem()
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
        self._markers = MarkersItem(styles)
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
        self._today = pg.InfiniteLine(pos=today_seconds(), angle=90, movable=False,
                                      pen=pg.mkPen(self._fg, width=1, style=Qt.PenStyle.DashLine),
                                      label=self.tr("today"),
                                      labelOpts={"position": TODAY_LABEL_AT, "color": self._fg,
                                                 "anchors": [(1, 1), (1, 1)]})
        self._today.setZValue(4)
        item.addItem(self._today)
        self._labels = LabelsItem(self.view, self._font, self._fg,
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
        self._offsets = lane_offsets([1] * len(JURISDICTION_ORDER))  # the lanes' bands, in lane units (lane_offsets)
        self._cat = np.zeros(0, dtype=np.int64)  # rank of the event's category in CATEGORY_ORDER
        self._span_colours = self._category_span_colours()
        self._lane_mode = "jurisdiction"
        self._lane_keys: list[str] = list(JURISDICTION_ORDER)
        self._shown = np.zeros(0, dtype=np.int64)  # indices of shown events, in (start, lane, title) order
        self._per_lane: list[tuple[np.ndarray, np.ndarray]] = []  # (marker xs sorted, indices) per lane
        self._width_cache: dict[str, float] = {}
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
        self._start, self._end, self._is_span = periods([e.date for e in self._events],
                                                        [e.precision for e in self._events])
        rank = {k: i for i, k in enumerate(CATEGORY_ORDER)}
        other = rank["other"]
        self._cat = np.fromiter((rank.get(e.category, other) for e in self._events), dtype=np.int64, count=n)
        self._mark = np.where(self._is_span, (self._start + self._end) / 2, self._start)
        self._mask = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        wanted = set(highlighted or ())
        self._highlight = np.fromiter((e.uid in wanted for e in self._events), dtype=bool, count=n) if wanted \
            else np.zeros(n, dtype=bool)
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
            order, keys = JURISDICTION_ORDER, [e.jurisdiction for e in self._events]
        else:
            order, keys = CATEGORY_ORDER, [e.category for e in self._events]
        self._lane_keys, self._lane = fold_lanes(keys, order)
        self._set_lane_axis()

    def _set_lane_axis(self) -> None:
        label = jurisdiction_label if self._lane_mode == "jurisdiction" else category_label
        n = len(self._lane_keys)
        if len(self._offsets) != n + 1:
            self._offsets = lane_offsets([1] * n)
        fm = self.fontMetrics()
        width = self._axis_text_px
        self._item.getAxis("left").setTicks(
            [[(-float(line), fm.elidedText(label(k), Qt.TextElideMode.ElideRight, width))
              for line, k in zip(lane_lines(self._offsets), self._lane_keys)]])
        self.view.setYRange(-float(self._offsets[n]) if n else -1.0, 0.0, padding=0)

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
        counts = np.bincount(self._lane[shown], minlength=len(self._lane_keys)) if len(shown) else \
            np.ones(len(self._lane_keys), dtype=np.int64)
        offsets = lane_offsets(counts.tolist())
        if len(offsets) != len(self._offsets) or not np.allclose(offsets, self._offsets):
            self._offsets = offsets
            self._set_lane_axis()
        ys = -lane_lines(self._offsets)[self._lane]
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
        self._per_lane = by_lane(shown, self._lane, self._mark, len(self._lane_keys))
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
            self._selection.setData(x=[self._mark[i]], y=[-float(lane_lines(self._offsets)[self._lane[i]])])

    # view range -----------------------------------------------------------------------------------
    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.view.viewRange()
        return float(x0), float(x1)

    def set_x_range(self, x0: float, x1: float) -> None:
        self.view.setXRange(x0, x1, padding=0)

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """factor < 1 zooms in, > 1 zooms out, around `centre` (default: middle of the view)."""
        self.set_x_range(*zoom_range(*self.x_range(), factor, centre))

    def pan(self, fraction: float) -> None:
        self.set_x_range(*pan_range(*self.x_range(), fraction))

    def centre_on(self, uid: str) -> None:
        i = self._uid_index[uid]
        self.set_x_range(*centred_range(*self.x_range(), self._start[i], self._end[i], float(self._mark[i])))

    def fit_all(self) -> None:
        """Fit every shown event in view (and today, when the last event is recent)."""
        if not len(self._shown):
            self.show_years(3)
            return
        self.set_x_range(*fit_range(float(self._start[self._shown].min()), float(self._end[self._shown].max()),
                                    today_seconds()))

    def show_years(self, years: float) -> None:
        """The last `years` years up to today (with a little room after today)."""
        self.set_x_range(*recent_range(years, today_seconds()))

    def _range_changed(self, *_args) -> None:
        self._labels.invalidate()  # laid out once, just before the next paint
        x0, x1 = self.x_range()
        self.range_changed.emit(x0, x1)

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
        return handle_key(self, event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            if self.handle_key(event):
                return True
        elif watched is self.plot.viewport() and event.type() == QEvent.Type.Paint:
            self.paint_count += 1
            if not self._painted_once:
                self._painted_once = True
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


__all__ = ["TimelineChart"]
