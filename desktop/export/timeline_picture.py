"""The policy timeline as a picture: one lane per jurisdiction, events as category markers (shape AND
colour, as in the window), month/quarter/year events drawn over their whole period, the compared devices'
events ringed. Dates are UTC calendar days.

Every event is named (desktop/present/timeline_picture_layout.py lays it out): its label hangs under its
marker on a leader line, in as many rows as the lane needs, none overlapping; a long title is shortened at
a word boundary and numbered, markers closer than a marker's width become one numbered marker, and the
numbered key below (timeline_key.py) gives the full titles. Beyond 40 events (at the default width) nearby
events are grouped further and a note says how many, and how to see each one.

No "today" line: a scripted report run twice gives the same picture whatever the day.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from db.dto import EventDTO
from desktop.export import text as tx
from desktop.export.theme import Theme
from desktop.models.event_list_model import CATEGORY_ORDER, JURISDICTION_ORDER, category_style
from desktop.export.options import tick_label
from desktop.export.timeline_key import TimelineKey
from desktop.present.event_words import category_label, jurisdiction_label
from desktop.present.lang import ENGLISH, Translate, english
from desktop.present.timeline_layout import EXTRA_SYMBOLS, present_in_order, spaced
from desktop.present.timeline_picture_layout import LABEL_BUDGET, Label, Mark, TimelineLayout, lay_out
from desktop.present.timeline_scale import XScale, calendar_ticks, iso_day, period_middle, period_seconds

MARKER = 11.0
LABEL = 11
LABEL_MAX_PX = 200.0
LANE_LABEL_PX = 112.0
DEFAULT_PLOT_PX = 1000 - 2 * 24 - LANE_LABEL_PX - 8  # the plot's width in a picture of the default width


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
    elif symbol == "crosshair":  # a disc crossed by two lines, as pyqtgraph draws it
        path.addEllipse(QPointF(0, 0), r, r)
        for a, b in ((QPointF(-r, 0), QPointF(r, 0)), (QPointF(0, -r), QPointF(0, r))):
            path.moveTo(a)
            path.lineTo(b)
    elif symbol in EXTRA_SYMBOLS:
        path.addPolygon(QPolygonF([QPointF(x * size, y * size) for x, y in EXTRA_SYMBOLS[symbol]]))
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
    def __init__(self, events: list[EventDTO], date_from: str, date_to: str, theme: Theme, highlighted: set[str],
                 translate: Translate = english, lang: str = ENGLISH):
        self.theme = theme
        self.translate, self.lang = translate, lang
        self.date_from, self.date_to = date_from, date_to
        self.events = sorted(events, key=lambda e: (e.date, e.title))
        self.by_uid = {e.uid: e for e in self.events}
        self.highlighted = highlighted
        self.lanes = present_in_order((e.jurisdiction for e in self.events), JURISDICTION_ORDER)
        self.categories = present_in_order((e.category for e in self.events), CATEGORY_ORDER)
        self.width = 0.0

    # geometry ------------------------------------------------------------------------------------
    def _marker_x(self, e: EventDTO) -> float:
        x = self.scale.to_px(period_middle(e.date, e.precision))
        return min(max(x, self.plot_left), self.plot_left + self.plot_w)

    def layout(self, width: float) -> float:
        self.width = width
        self.plot_left = LANE_LABEL_PX
        self.plot_w = width - LANE_LABEL_PX - 8
        self.scale = XScale.for_dates(self.date_from, self.date_to, self.plot_w, self.plot_left)
        self.legend_h = self._legend_layout(width)
        lane_of = {k: i for i, k in enumerate(self.lanes)}
        marks = [Mark(e.uid, lane_of[e.jurisdiction], self._marker_x(e), e.title) for e in self.events]
        self.plan: TimelineLayout = lay_out(
            marks, len(self.lanes), lambda text: tx.text_width(text, LABEL),
            lambda text: tx.text_width(text, LABEL, True),
            lambda n: self.translate("Export", "%1 events").replace("%1", str(n)), self.plot_left, self.plot_left + self.plot_w,
            tx.line_height(LABEL) + 4, LABEL_MAX_PX, self.budget(self.plot_w), MARKER)
        self.axis_h = tx.line_height(11) + 12
        self.plot_h = self.plan.height if self.lanes else 60.0
        self.note = self._note()
        self.note_h = tx.wrapped_height(self.note, 11, width) + 8 if self.note else 0.0
        self.key = TimelineKey([(lb.number, [self.by_uid[k] for k in lb.keys]) for lb in self.plan.key()
                                if lb.number is not None], self.theme, self.translate, self.lang)
        self.key_h = self.key.layout(width)
        self.key_h += 6 if self.key_h else 0
        return self.legend_h + self.plot_h + self.axis_h + self.note_h + self.key_h

    @staticmethod
    def budget(plot_w: float) -> int:
        """How many events are labelled one by one: 40 at the default width, more on a wider picture."""
        return max(8, int(LABEL_BUDGET * plot_w / DEFAULT_PLOT_PX))

    def _legend_layout(self, width: float) -> float:
        entries = [(c, category_label(c, self.translate)) for c in self.categories]
        if self.highlighted:
            entries.append(("ring", self.translate("Export", "involves a compared device")))
        self.legend_pos, lines = tx.legend_rows(entries, width, swatch=20)
        return lines * (tx.line_height(11) + 6) + 8

    def _note(self) -> str:
        if not self.events:
            return self.translate("Export", "No event in this range with these filters.")
        if self.plan.summarised:
            return self.translate("Export", "%1 of these %2 events are summarised in numbered groups, listed in the key below: export "
                      "a shorter range or a wider picture (--from and --to, or --width) to label each one.") \
                .replace("%1", str(self.plan.summarised)).replace("%2", str(self.plan.total))
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

    def _group_marker(self, p: QPainter, label: Label, line_y: float) -> None:
        """A numbered badge over the stretch its events cover."""
        t = self.theme
        p.setPen(QPen(t.text, 2.0))
        if label.x1 - label.x0 > 2:
            p.drawLine(QLineF(label.x0, line_y, label.x1, line_y))
        text = str(label.number)
        w = max(tx.text_width(text, 9, True) + 8, 15.0)
        rect = QRectF(label.x - w / 2, line_y - 7.5, w, 15)
        if any(k in self.highlighted for k in label.keys):
            p.setPen(QPen(t.text, 1.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 9, 9)
        p.setPen(QPen(t.text, 1.0))
        p.setBrush(t.panel)
        p.drawRoundedRect(rect, 7, 7)
        tx.draw(p, rect.adjusted(0, 0.5, 0, 0), text, 9, t.text, tx.CENTRE, bold=True)

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
        ticks = self.ticks()
        for n, (lane, band) in enumerate(zip(self.lanes, self.plan.lanes)):
            if n % 2:
                p.fillRect(QRectF(0, band.top, self.width, band.height), t.group)
        for at, _label, major in ticks:
            p.setPen(QPen(t.rule if major else QColor(t.rule.red(), t.rule.green(), t.rule.blue(), 110), 0.8))
            p.drawLine(QLineF(x_of(at), top, x_of(at), bottom))
        for n, (lane, band) in enumerate(zip(self.lanes, self.plan.lanes)):
            self._paint_lane(p, n, lane, band)
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
        below = y + total
        if self.note:
            tx.draw(p, QRectF(x, below + 2, self.width, self.note_h), self.note, 11, t.text)
            below += self.note_h
        if self.key_h:
            self.key.paint(p, x, below + 6)
        return total + self.note_h + self.key_h

    def _paint_lane(self, p: QPainter, n: int, lane: str, band) -> None:
        t = self.theme
        line_y = band.line_y
        name = jurisdiction_label(lane, self.translate)  # beside its lane line
        name_h = tx.wrapped_height(name, 12, LANE_LABEL_PX - 10, bold=True)
        name_top = max(band.top + 4, line_y - tx.line_height(12, True) / 2)
        tx.draw(p, QRectF(4, name_top, LANE_LABEL_PX - 10, name_h + 2), name, 12, t.text, bold=True)
        p.setPen(QPen(t.rule, 1.0))
        right = self.plot_left + self.plot_w
        p.drawLine(QLineF(self.plot_left, line_y, right, line_y))
        x_of = self.scale.to_px
        for e in self.events:  # spans under the markers, cut to the range by arithmetic (SVG has no clip)
            if e.jurisdiction != lane or e.precision == "day":
                continue
            start, end = period_seconds(e.date, e.precision)
            x0, x1 = max(x_of(start), self.plot_left), min(x_of(end), right)
            _sym, colour = category_style(e.category)
            fill = QColor(colour)
            fill.setAlpha(90)
            p.fillRect(QRectF(x0, line_y - 4, max(x1 - x0, 2), 8), fill)
        labels = [lb for lb in self.plan.labels if lb.lane == n]
        p.setPen(QPen(t.muted, 0.8))
        for lb in labels:  # leader lines first: the labels' backgrounds cover the grid, never a leader
            lx, _y0, y1 = lb.leader
            p.drawLine(QLineF(lx, line_y - 6 if lb.above else line_y + 6, lx, y1))
            end = lb.box[0] if lx <= lb.box[0] else lb.box[0] + lb.box[2] if lx >= lb.box[0] + lb.box[2] else lx
            p.drawLine(QLineF(lx, y1, end, y1))
        back = t.panel if n % 2 == 0 else t.group
        for lb in labels:
            left, top, w, h = lb.box
            p.fillRect(QRectF(left, top, w, h), back)
            if lb.number is not None:
                tx.draw(p, QRectF(left + 3, top, lb.text_left - left, h + 2), str(lb.number), LABEL, t.text, bold=True)
            tx.draw(p, QRectF(lb.text_left, top, left + w - lb.text_left + 4, h + 2), lb.text, LABEL, t.text)
        for lb in labels:
            if lb.grouped:
                self._group_marker(p, lb, line_y)
            else:
                e = self.by_uid[lb.keys[0]]
                self._marker(p, QPointF(lb.x, line_y), e.category, e.uid in self.highlighted)

    def ticks(self) -> list[tuple[int, str, bool]]:
        """The axis's (epoch seconds, label, major), the labels in the export's language."""
        ticks = calendar_ticks(self.date_from, self.date_to)
        if self.lang == ENGLISH:
            return ticks
        from datetime import date
        first, last = date.fromisoformat(self.date_from), date.fromisoformat(self.date_to)
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = 12 if months > 48 else 3 if months > 15 else 1  # as calendar_ticks steps
        out = [(at, tick_label(date.fromisoformat(iso_day(at)), step, self.lang), major) for at, _label, major in ticks]
        return out

    def drawn_labels(self) -> list[Label]:
        """The labels as laid out by the last layout() (for tests and checks)."""
        return list(self.plan.labels)
