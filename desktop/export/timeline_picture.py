"""The policy timeline as a picture: one lane per jurisdiction, events as category markers (shape AND
colour, as in the window) with their titles laid out below them without overlap, month/quarter/year events
drawn over their whole period, the compared devices' events ringed. Dates are UTC calendar days.

No "today" line: a scripted report run twice gives the same picture whatever the day.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from db.dto import EventDTO
from desktop.export import text as tx
from desktop.export.theme import Theme
from desktop.models.event_list_model import (CATEGORY_ORDER, JURISDICTION_ORDER, category_label, category_style,
                                             jurisdiction_label)
from desktop.present.timeline_layout import present_in_order, spaced, stack_labels
from desktop.present.timeline_scale import XScale, calendar_ticks, period_middle, period_seconds

MARKER = 11.0
LABEL = 11
MAX_LABEL_ROWS = 8
LABEL_MAX_PX = 180.0
LANE_LABEL_PX = 120.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _regular(n: int, r: float, start: float) -> QPainterPath:
    poly = QPolygonF([QPointF(r * math.cos(start + 2 * math.pi * k / n), r * math.sin(start + 2 * math.pi * k / n))
                      for k in range(n)])
    path = QPainterPath()
    path.addPolygon(poly)
    path.closeSubpath()
    return path


def marker_path(symbol: str, size: float = MARKER) -> QPainterPath:
    """The window's marker shapes (pyqtgraph's symbol names), centred on (0, 0)."""
    r = size / 2
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(QPointF(0, 0), r, r)
    elif symbol == "s":
        path.addRect(QRectF(-r * 0.85, -r * 0.85, 1.7 * r, 1.7 * r))
    elif symbol == "d":
        path = _regular(4, r * 1.1, -math.pi / 2)
    elif symbol in ("t", "t1", "t2", "t3"):
        start = {"t": math.pi / 2, "t1": -math.pi / 2, "t2": 0.0, "t3": math.pi}[symbol]
        path = _regular(3, r * 1.15, start)
    elif symbol == "h":
        path = _regular(6, r * 1.05, 0.0)
    elif symbol == "p":
        path = _regular(5, r * 1.05, -math.pi / 2)
    elif symbol == "star":
        pts = [QPointF((r * 1.2 if k % 2 == 0 else r * 0.5) * math.cos(-math.pi / 2 + math.pi * k / 5),
                       (r * 1.2 if k % 2 == 0 else r * 0.5) * math.sin(-math.pi / 2 + math.pi * k / 5))
               for k in range(10)]
        path.addPolygon(QPolygonF(pts))
        path.closeSubpath()
    elif symbol in ("+", "x"):
        w = r * 0.42
        plus = QPainterPath()
        plus.addRect(QRectF(-r, -w, 2 * r, 2 * w))
        plus.addRect(QRectF(-w, -r, 2 * w, 2 * r))
        plus = plus.simplified()
        if symbol == "x":
            from PySide6.QtGui import QTransform
            plus = QTransform().rotate(45).map(plus)
        path = plus
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


class TimelinePicture:
    def __init__(self, events: list[EventDTO], date_from: str, date_to: str, theme: Theme, highlighted: set[str]):
        self.theme = theme
        self.date_from, self.date_to = date_from, date_to
        self.events = sorted(events, key=lambda e: (e.date, e.title))
        self.highlighted = highlighted
        self.lanes = present_in_order((e.jurisdiction for e in self.events), JURISDICTION_ORDER)
        self.categories = present_in_order((e.category for e in self.events), CATEGORY_ORDER)
        self.width = 0.0

    # geometry ------------------------------------------------------------------------------------
    def _marker_x(self, e: EventDTO) -> float:
        return self.scale.to_px(period_middle(e.date, e.precision))

    def layout(self, width: float) -> float:
        self.width = width
        self.plot_left = LANE_LABEL_PX
        self.plot_w = width - LANE_LABEL_PX - 8
        self.scale = XScale.for_dates(self.date_from, self.date_to, self.plot_w, self.plot_left)
        self.legend_h = self._legend_layout(width)
        lh = tx.line_height(LABEL)
        self.labels: dict[str, tuple[float, int, str]] = {}  # uid -> (x, row, text)
        self.lane_h: dict[str, float] = {}
        self.unlabelled = 0

        def measure(title: str) -> tuple[str, float]:
            text = tx.elide(title, LABEL, LABEL_MAX_PX)
            return text, tx.text_width(text, LABEL)

        for lane in self.lanes:
            stacked = stack_labels(((e.uid, self._marker_x(e), e.title) for e in self.events if e.jurisdiction == lane),
                                   measure, self.plot_left, self.plot_left + self.plot_w, MAX_LABEL_ROWS)
            self.labels.update(stacked.placed)
            self.unlabelled += stacked.unlabelled
            self.lane_h[lane] = 26 + max(stacked.rows, 1) * lh + 8
        self.axis_h = tx.line_height(11) + 12
        self.plot_h = sum(self.lane_h.values()) if self.lanes else 60.0
        self.note = self._note()
        self.note_h = tx.wrapped_height(self.note, 11, width) + 6 if self.note else 0.0
        return self.legend_h + self.plot_h + self.axis_h + self.note_h

    def _legend_layout(self, width: float) -> float:
        entries = [(c, category_label(c)) for c in self.categories]
        if self.highlighted:
            entries.append(("ring", tr("involves a compared device")))
        self.legend_pos, lines = tx.legend_rows(entries, width, swatch=20)
        return lines * (tx.line_height(11) + 6) + 8

    def _note(self) -> str:
        if not self.events:
            return tr("No event in this range with these filters.")
        if self.unlabelled:
            return (tr("1 event is drawn without its title for lack of room") if self.unlabelled == 1 else
                    tr("%1 events are drawn without their title for lack of room").replace("%1", str(self.unlabelled))) \
                + tr(": export a shorter range or a wider picture to see them all.")
        return ""

    # painting ------------------------------------------------------------------------------------
    def _marker(self, p: QPainter, centre: QPointF, category: str, ring: bool) -> None:
        symbol, colour = category_style(category)
        if ring:
            p.setPen(QPen(self.theme.text, 1.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(centre, MARKER * 0.95, MARKER * 0.95)
        path = marker_path(symbol).translated(centre)
        p.setPen(QPen(QColor(colour).darker(170) if self.theme.name == "screen" else self.theme.text, 1.0))
        p.setBrush(colour)
        p.drawPath(path)

    def paint(self, p: QPainter, x: float, y: float) -> float:
        t = self.theme
        total = self.legend_h + self.plot_h + self.axis_h
        p.fillRect(QRectF(x, y, self.width, total), t.panel)
        lh11 = tx.line_height(11)
        for key, text, lx, line in self.legend_pos:
            yy = y + 4 + line * (lh11 + 6)
            centre = QPointF(x + lx + 8, yy + lh11 / 2)
            if key == "ring":
                p.setPen(QPen(t.text, 1.6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, MARKER * 0.6, MARKER * 0.6)
            else:
                self._marker(p, centre, key, False)
            tx.draw(p, QRectF(x + lx + 20, yy, self.width, lh11 + 4), text, 11, t.text)
        p.save()
        p.translate(x, y + self.legend_h)
        top, bottom = 0.0, self.plot_h
        x_of = self.scale.to_px
        ticks = calendar_ticks(self.date_from, self.date_to)
        for at, _label, major in ticks:
            p.setPen(QPen(t.rule if major else QColor(t.rule.red(), t.rule.green(), t.rule.blue(), 110), 0.8))
            p.drawLine(QLineF(x_of(at), top, x_of(at), bottom))
        lane_top = top
        lh = tx.line_height(LABEL)
        for n, lane in enumerate(self.lanes):
            h = self.lane_h[lane]
            if n % 2:
                p.fillRect(QRectF(0, lane_top, self.width - 8, h), t.group)
            tx.draw(p, QRectF(4, lane_top + 6, LANE_LABEL_PX - 10, h), jurisdiction_label(lane), 12, t.text, bold=True)
            line_y = lane_top + 14
            p.setPen(QPen(t.rule, 1.0))
            p.drawLine(QLineF(self.plot_left, line_y, self.plot_left + self.plot_w, line_y))
            lane_events = [e for e in self.events if e.jurisdiction == lane]
            right = self.plot_left + self.plot_w
            for e in lane_events:  # spans under the markers, cut to the range by arithmetic (SVG has no clip)
                if e.precision == "day":
                    continue
                start, end = period_seconds(e.date, e.precision)
                x0, x1 = max(x_of(start), self.plot_left), min(x_of(end), right)
                _sym, colour = category_style(e.category)
                fill = QColor(colour)
                fill.setAlpha(90)
                p.fillRect(QRectF(x0, line_y - 4, max(x1 - x0, 2), 8), fill)
            placed = [(e, self.labels[e.uid]) for e in lane_events if e.uid in self.labels]
            p.setPen(QPen(t.muted, 0.7))
            for e, (_lx, row, _text) in placed:  # leader lines first: the labels' backgrounds cover them
                mx = self._marker_x(e)
                p.drawLine(QLineF(mx, line_y + 5, mx, line_y + 12 + row * lh + lh / 2))
            back = t.panel if n % 2 == 0 else t.group
            for e, (lx, row, text) in placed:
                ly = line_y + 12 + row * lh
                p.fillRect(QRectF(lx - 1, ly, tx.text_width(text, LABEL) + 3, lh), back)
                tx.draw(p, QRectF(lx, ly, LABEL_MAX_PX + 20, lh + 2), text, LABEL, t.text)
            for e in lane_events:
                mx = min(max(self._marker_x(e), self.plot_left), right)
                self._marker(p, QPointF(mx, line_y), e.category, e.uid in self.highlighted)
            lane_top += h
            p.setPen(QPen(t.rule, 0.8))
            p.drawLine(QLineF(0, lane_top, self.width - 8, lane_top))
        p.setPen(QPen(t.muted, 1.0))
        p.drawLine(QLineF(self.plot_left, bottom, self.plot_left + self.plot_w, bottom))
        widths = [tx.text_width(label, 11, major) + 4 for _at, label, major in ticks]
        lefts = [x_of(at) - w / 2 for (at, _label, _major), w in zip(ticks, widths)]
        keep = spaced(zip(lefts, widths), 4, self.plot_left + self.plot_w + 30)
        for (_at, label, major), left, w, ok in zip(ticks, lefts, widths, keep):
            if ok:
                tx.draw(p, QRectF(left, bottom + 4, w, lh11 + 4), label, 11, t.text if major else t.muted, tx.CENTRE,
                        bold=major)
        p.restore()
        if self.note:
            tx.draw(p, QRectF(x, y + total, self.width, self.note_h), self.note, 11, t.muted)
        return total + self.note_h
