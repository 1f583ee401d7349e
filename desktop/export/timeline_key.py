"""The numbered key under the exported timeline: for each numbered label, the date and full title of every
event it stands for (a shortened title, or the events of a numbered marker), in one or two columns."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from db.dto import EventDTO
from desktop.export import text as tx
from desktop.export.theme import Theme
from desktop.export.options import event_date as format_event_date
from desktop.present.lang import ENGLISH, Translate, english

SIZE = 10
GAP = 20.0  # between the columns
TWO_COLUMNS_FROM = 640.0  # px of width


class TimelineKey:
    """`entries` are (number, events) in number order; layout(width) -> height, paint(painter, x, y)."""

    def __init__(self, entries: list[tuple[int, list[EventDTO]]], theme: Theme, translate: Translate = english,
                 lang: str = ENGLISH):
        self.entries = entries
        self.theme = theme
        self.lang = lang
        self.heading = translate("Export", "Key: the full title of each numbered label, and the events each numbered marker "
                          "stands for")
        self.width = 0.0
        self.placed: list[tuple[int, list[tuple[str, str, float]], float, float]] = []  # number, lines, x, y

    def layout(self, width: float) -> float:
        self.width = width
        if not self.entries:
            return 0.0
        columns = 2 if width >= TWO_COLUMNS_FROM else 1
        col_w = (width - GAP * (columns - 1)) / columns
        self.number_w = max(tx.text_width(str(n), SIZE, True) for n, _events in self.entries) + 6
        dates = {e.uid: format_event_date(e.date, e.precision, self.lang) for _n, events in self.entries for e in events}
        self.date_w = min(max(tx.text_width(d, SIZE) for d in dates.values()) + 8, col_w * 0.3)
        self.title_w = max(col_w - self.number_w - self.date_w, 40.0)
        self.col_w = col_w
        blocks = []
        for n, events in self.entries:
            lines = []
            for e in events:
                h = max(tx.wrapped_height(e.title, SIZE, self.title_w), tx.wrapped_height(dates[e.uid], SIZE, self.date_w))
                lines.append((dates[e.uid], e.title, h + 3))
            blocks.append((n, lines, sum(h for _d, _t, h in lines) + 5))
        self.heading_h = tx.wrapped_height(self.heading, SIZE + 1, width, bold=True) + 6
        total = sum(h for _n, _lines, h in blocks)
        target = total / columns
        self.placed = []
        column, y, tallest = 0, 0.0, 0.0
        for n, lines, h in blocks:
            if column < columns - 1 and y > 0 and y + h / 2 > target:
                column, y = column + 1, 0.0
            self.placed.append((n, lines, column * (col_w + GAP), y))
            y += h
            tallest = max(tallest, y)
        return self.heading_h + tallest + 4

    def paint(self, p: QPainter, x: float, y: float) -> None:
        if not self.entries:
            return
        t = self.theme
        tx.draw(p, QRectF(x, y, self.width, self.heading_h), self.heading, SIZE + 1, t.text, bold=True)
        top = y + self.heading_h
        for n, lines, cx, cy in self.placed:
            ly = top + cy
            tx.draw(p, QRectF(x + cx, ly, self.number_w - 6, 20), str(n), SIZE, t.text, tx.RIGHT, bold=True)
            for date_text, title, h in lines:
                tx.draw(p, QRectF(x + cx + self.number_w, ly, self.date_w - 4, h), date_text, SIZE, t.muted)
                tx.draw(p, QRectF(x + cx + self.number_w + self.date_w, ly, self.title_w, h), title, SIZE, t.text)
                ly += h
