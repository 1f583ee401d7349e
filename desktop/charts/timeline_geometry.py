"""TimelineGeometry: the timeline chart's mapping between data and ViewBox pixels, what is under the
pointer, and its labels (laid out by desktop/present/timeline_layout.chart_labels, the exported picture's
placement code). A part of TimelineChart (timeline_chart.py), kept apart to keep each module short."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from db.dto import EventDTO
from desktop.charts.timeline_hit_test import event_at
from desktop.models.event_list_model import format_event_date
from desktop.present.timeline_layout import TODAY_LABEL_AT, ChartLabel, LaneScale, chart_labels
from desktop.present.timeline_scale import XScale, today_seconds


class TimelineGeometry:
    """Mixed into TimelineChart, whose view, events, arrays and labels item it reads."""

    # geometry: data <-> ViewBox pixels ----------------------------------------------------------------
    def _scales(self) -> tuple[XScale, LaneScale]:
        (x0, x1), (y0, y1) = self.view.viewRange()
        r = self.view.boundingRect()
        return XScale(x0, x1, r.width()), LaneScale(y0, y1, r.height(), tuple(self._offsets.tolist()))

    def x_to_px(self, x: float) -> float:
        return self._scales()[0].to_px(x)

    def marker_pos(self, uid: str) -> QPointF:
        """Where an event's marker is, in ViewBox pixel coordinates."""
        xs, ys = self._scales()
        i = self._uid_index[uid]
        return QPointF(xs.to_px(float(self._mark[i])), ys.to_px(float(self._lane[i])))

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
        i = event_at(px, py, self._shown, self._mark, self._lane, self._start, self._end, self._is_span,
                     *self._scales())
        if i is None:
            label = self.label_at_px(px, py)
            i = label.indices[0] if label is not None else None
        return self._events[i] if i is not None else None

    def tooltip_for(self, e: EventDTO) -> str:
        """The event's date and whole title; for a label shared by close markers, every one of its events."""
        i = self._uid_index.get(e.uid)
        group = next((lb.indices for lb in self._labels.labels if i in lb.indices and len(lb.indices) > 1), None) \
            if not self._labels.dirty else None
        events = [self._events[j] for j in group] if group else [e]
        return "\n".join(f"{format_event_date(x.date, x.precision)} — {x.title}" for x in events)

    # labels ----------------------------------------------------------------------------------------------
    def visible_labels(self) -> list[tuple[str, QRectF, str]]:
        """(uid, rect in ViewBox pixels, text) of every label drawn (a group's label: its first event)."""
        return [(self._events[lb.indices[0]].uid, QRectF(*lb.box), lb.text) for lb in self.chart_labels()]

    def chart_labels(self) -> list[ChartLabel]:
        """Every label drawn, with the events it names and its leader line (ViewBox pixels)."""
        if self._labels.dirty:
            self._layout_labels()
        return list(self._labels.labels)

    def _text_width(self, text: str) -> float:
        width = self._width_cache.get(text)
        if width is None:
            if len(self._width_cache) > 50_000:
                self._width_cache.clear()
            width = self._width_cache[text] = self._fm.horizontalAdvance(text)
        return width

    def _layout_labels(self, *_args) -> None:
        xs, ys = self._scales()
        self._labels.set_labels(chart_labels(self._per_lane, xs, ys, self._fm.height(),
                                             lambda i: self._events[i].title, self._text_width,
                                             lambda n: self.tr("%1 events").replace("%1", str(n)),
                                             avoid=self._today_box(xs, ys)))

    def _today_box(self, xs: XScale, ys: LaneScale) -> list[tuple[float, float, float, float]]:
        """Where the "today" label sits (left of the today line, at the bottom of the plot), with its margins."""
        x = float(xs.to_px(today_seconds()))
        if not 0 <= x <= xs.width:
            return []
        w, h = self._text_width(self.tr("today")) + 10, self._fm.height() + 8
        bottom = ys.height * (1 - TODAY_LABEL_AT)
        return [(x - w, bottom - h, w, h)]

    def label_at_px(self, px: float, py: float) -> ChartLabel | None:
        """The label under a ViewBox pixel position, if any."""
        for lb in self.chart_labels():
            left, top, w, h = lb.box
            if left <= px <= left + w and top <= py <= top + h:
                return lb
        return None

