"""The comparison as a picture: the table (figures, confidence marks, source numbers, ratios) and the
ratio chart (log scale), drawn with QPainter in logical pixels for any number of devices (2 to 4).

Rows with no figure for any device are left out of the table and named in a note below it. Marks carry
letters, the better figure is bold with ▲ in the ratio column, and chart bars are told apart by fill
pattern and label as well as colour, so the picture survives greyscale printing.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from db.dto import CellDTO, ComparisonDTO, RowDTO, ValueDTO
from desktop.export import text as tx
from desktop.export.compare_chart import ChartPicture
from desktop.export.sources import SourceIndex, refs_text, weak_count
from desktop.export.theme import Theme
from desktop.present import comparison as pc
from desktop.present import status as ps
from desktop.present.disagreement import threshold
from desktop.present.fact_rows import is_fact_row
from desktop.present.basis import per_package_note
from desktop.present.catalog_words import catalog_word
from desktop.present.provenance import WEAK_MARK, letter, rests_on_weak_relay, weak_legend
from desktop.present.comparison import LETTERS, best_sides
from desktop.present.lang import Translate, english

BODY = 13
SMALL = 10
PAD = 7  # inside a cell
MARK = 15  # confidence mark diameter
WEAK = 17  # size of the ◦ after a mark: a figure read on a weak relay


def shown_rows(comparison: ComparisonDTO) -> tuple[list[RowDTO], list[RowDTO]]:
    """(rows with a figure for at least one device, rows with none)."""
    shown, empty = [], []
    for row in comparison.rows:
        (shown if is_fact_row(row) or any(c.value is not None for c in row.cells) else empty).append(row)
    return shown, empty


def ratio_lines(comparison: ComparisonDTO, row: RowDTO, translate: Translate = english) -> list[str]:
    n = len(comparison.devices)
    if n == 2:
        if row.ratio_display:
            return [pc.pair_ratio_text(row)]
        return [translate("Export", "not comparable")] if row.ratio_note else []
    lines = (pc.many_ratio_line(row, i) for i in range(n) if i != comparison.baseline)
    return [line for line in lines if line]


def ratio_header(comparison: ComparisonDTO, translate: Translate = english) -> str:
    if len(comparison.devices) == 2:
        return translate("Export", "Ratio %1\u00a0÷\u00a0%2").replace("%1", LETTERS[comparison.other]).replace("%2", LETTERS[comparison.baseline])
    return translate("Export", "Ratio to %1").replace("%1", LETTERS[comparison.baseline])


def cell_text(row: RowDTO, cell: CellDTO, refs: str = "", translate: Translate = english) -> str:
    """A cell's text; a statement's (Software, Supply) ends with its source numbers, as many as it has facts."""
    text = pc.cell_text(cell, translate=translate)
    return f"{text}\n[{refs}]" if refs and is_fact_row(row) else text


def status_text(comparison: ComparisonDTO, i: int, translate: Translate = english, lang: str = "en") -> str:
    """The header's second line: '○ roadmap · as of 2025-09-18' (the date in the export's language)."""
    return ps.status_line(comparison.devices[i], translate, lang)


def _pieces(line: str, width: float, room: float) -> list[str]:
    """A line cut between words into pieces that each fit `room` when wrapped to `width` (itself if it fits)."""
    if tx.wrapped_height(line, BODY, width) <= room:
        return [line]
    pieces, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and tx.wrapped_height(candidate, BODY, width) > room:
            pieces.append(current)
            candidate = word
        current = candidate
    return pieces + [current]


@dataclass
class _Item:
    kind: str  # group | row
    height: float
    group: str = ""
    row: RowDTO | None = None
    refs: tuple[str, ...] = ()
    texts: tuple[str, ...] | None = None  # a statement row split over pages: this part's lines of each cell
    first: bool = True  # the row's first part (its label and marks)


class TablePicture:
    """The comparison table; `index` numbers the sources (None: no source numbers, e.g. without caption)."""

    def __init__(self, comparison: ComparisonDTO, theme: Theme, index: SourceIndex | None,
                 translate: Translate = english, lang: str = "en"):
        self.c = comparison
        self.translate = translate
        self.lang = lang
        self.theme = theme
        self.index = index
        self.rows, self.empty_rows = shown_rows(comparison)
        self.refs: dict[tuple[str, int], str] = {}
        for row in self.rows:  # number the sources in reading order, whatever is drawn later
            for i, cell in enumerate(row.cells):
                if index is not None:
                    self.refs[(row.metric.key, i)] = refs_text(index.refs(cell.value))
        self.width = 0.0
        self.items: list[_Item] = []
        self.weak = weak_count(self.rows)[0] > 0  # some mark carries ◦: room for it, and the legend says what it is

    # layout --------------------------------------------------------------------------------------
    def _columns(self, width: float) -> list[tuple[float, float]]:
        n = len(self.c.devices)
        metric = min(max(width * (0.25 if n <= 2 else 0.2), 140.0), 300.0)
        if n <= 2:
            ratio = min(max(width * 0.13, 96.0), 190.0)
        else:  # 'C: 0.57×  ▲' lines: as wide as the widest, the rest to the figures
            lines = [line for row in self.rows for line in ratio_lines(self.c, row, self.translate)]
            widest = max([tx.text_width(line, BODY) for line in lines] + [tx.text_width(ratio_header(self.c, self.translate), BODY, True)])
            ratio = min(max(widest + 2 * PAD + 4, 96.0), width * 0.14, 190.0)
        each = (width - metric - ratio) / n
        cols, x = [(0.0, metric)], metric
        for _ in range(n):
            cols.append((x, each))
            x += each
        cols.append((x, ratio))
        return cols

    def _weak_zone(self) -> float:
        return tx.text_width(WEAK_MARK, WEAK) if self.weak else 0.0

    def _ref_zone(self) -> float:
        facts = {r.metric.key for r in self.rows if is_fact_row(r)}  # a statement's sources end its text instead
        widest = max((len(r) for (key, _), r in self.refs.items() if key not in facts), default=0)
        return MARK + 4 + self._weak_zone() + (tx.text_width("[" + "8" * widest + "]", SMALL) + 2 if widest else 0)

    def header_height(self) -> float:
        cols = self.cols
        h = max(tx.wrapped_height(f"{LETTERS[i]}: {d.name}", BODY, cols[i + 1][1] - 2 * PAD, bold=True)
                + tx.wrapped_height(status_text(self.c, i, self.translate, self.lang), SMALL + 1, cols[i + 1][1] - 2 * PAD) + 2
                for i, d in enumerate(self.c.devices))
        h = max(h, tx.wrapped_height(ratio_header(self.c, self.translate), BODY, cols[-1][1] - 2 * PAD, bold=True))
        h = max(h, tx.wrapped_height(self.translate("Export", "Metric"), BODY, cols[0][1] - 2 * PAD, bold=True))
        return h + 2 * PAD + 2

    def layout(self, width: float) -> float:
        self.width = width
        self.cols = self._columns(width)
        self.zone = self._ref_zone()
        self.items = []
        group = None
        for row in self.rows:
            if row.metric.group != group:
                group = row.metric.group
                self.items.append(_Item("group", tx.line_height(12, True) + 8, group=group))
            hs = [tx.wrapped_height(self._label(row), BODY,
                                    self.cols[0][1] - 2 * PAD)]
            for i, cell in enumerate(row.cells):
                text = cell_text(row, cell, self.refs.get((row.metric.key, i), ""), self.translate)
                hs.append(tx.wrapped_height(text, BODY, self.cols[i + 1][1] - 2 * PAD - self.zone,
                                            bold=i in best_sides(row)))
            lines = ratio_lines(self.c, row, self.translate)
            hs.append(sum(tx.wrapped_height(line, BODY, self.cols[-1][1] - 2 * PAD) for line in lines))
            self.items.append(_Item("row", max(max(hs), MARK) + 2 * PAD, row=row))
        self.head = self.header_height()
        self.note = self._note_text()
        self.note_h = tx.wrapped_height(self.note, SMALL + 1, width) + 8 if self.note else 0.0
        return self.head + sum(i.height for i in self.items) + self.note_h

    def _note_text(self) -> str:
        parts = [self.translate("Export", "O official · T third-party · R reported · ƒ derived (computed from cited figures) · "
                    "≠ sources disagree by more than %1 · bold and ▲: better figure").replace("%1", threshold())]
        if self.weak:
            parts.append(weak_legend(self.translate))
        if self.index is not None:
            parts.append(self.translate("Export", "[n]: source number"))
        if any(pc.is_not_supported(c.value) for r in self.rows for c in r.cells):
            parts.append(self.translate("Export", "“not supported”: the device lacks the feature (“not published”: no source gives it)"))
        if any(is_fact_row(r) for r in self.rows):
            parts.append(self.translate("Export", "Software and Supply: the reference's words with their sources, never ranked (“not found”: "
                            "the reference has nothing on it)"))
        if len(self.c.devices) > 2:
            parts.append(self.translate("Export", "ratios to %1; –: not comparable").replace("%1", LETTERS[self.c.baseline]))
        text = " · ".join(parts) + "."
        if self.empty_rows:
            text += " " + self.translate("Export", "Not published for any of these devices: %1.").replace(
                "%1", ", ".join(catalog_word(r.metric.label, self.translate) for r in self.empty_rows))
        split = per_package_note(self.c, self.translate)
        notes = pc.ratio_notes(self.c, self.translate)
        return text + (f" {split}" if split else "") + (" " + self.translate("Export", "Ratios: %1.").replace("%1", " · ".join(notes))
                                                        if notes else "")

    def split_tall(self, most: float) -> None:
        """Split each statement row (Software, Supply) taller than `most` into parts of whole lines, each at most that
        tall, so that a page never cuts one; the parts after the first are labelled "(continued)"."""
        items: list[_Item] = []
        for item in self.items:
            if item.kind != "row" or item.height <= most or not is_fact_row(item.row):
                items.append(item)
                continue
            row = item.row
            chunks = []
            for i, cell in enumerate(row.cells):
                width = self.cols[i + 1][1] - 2 * PAD - self.zone
                parts: list[list[str]] = [[]]
                used = 0.0
                text = cell_text(row, cell, self.refs.get((row.metric.key, i), ""), self.translate)
                for line in (p for line in text.split("\n") for p in _pieces(line, width, most - 2 * PAD)):
                    h = tx.wrapped_height(line, BODY, width)
                    if parts[-1] and used + h > most - 2 * PAD:
                        parts.append([])
                        used = 0.0
                    parts[-1].append(line)
                    used += h
                chunks.append(parts)
            for k in range(max(len(c) for c in chunks)):
                texts = tuple("\n".join(c[k]) if k < len(c) else "" for c in chunks)
                hs = [tx.wrapped_height(t, BODY, self.cols[i + 1][1] - 2 * PAD - self.zone) for i, t in enumerate(texts)
                      if t]
                hs.append(tx.wrapped_height(self._label(row, k == 0), BODY, self.cols[0][1] - 2 * PAD))
                items.append(_Item("row", max(max(hs), MARK) + 2 * PAD, row=row, texts=texts, first=k == 0))
        self.items = items

    def _label(self, row: RowDTO, first: bool = True) -> str:
        label = catalog_word(row.metric.label, self.translate) + (f"\u00a0{pc.DERIVED_MARK}" if row.metric.derived else "")
        return label if first else self.translate("Export", "%1 (continued)").replace("%1", label)

    def row_heights(self) -> list[float]:
        return [i.height for i in self.items]

    # painting ------------------------------------------------------------------------------------
    def paint(self, p: QPainter, x: float, y: float, start: int = 0, end: int | None = None,
              note: bool = True) -> float:
        """Draw the header and items[start:end] (all by default) at (x, y); returns the height drawn."""
        t = self.theme
        items = self.items[start:end]
        body_h = sum(i.height for i in items)
        p.fillRect(QRectF(x, y, self.width, self.head + body_h), t.panel)
        p.fillRect(QRectF(x, y, self.width, self.head), t.header)
        tx.draw(p, QRectF(x + PAD, y + PAD, self.cols[0][1] - 2 * PAD, self.head), self.translate("Export", "Metric"), BODY, t.text, bold=True)
        for i, d in enumerate(self.c.devices):
            cx, cw = self.cols[i + 1]
            p.fillRect(QRectF(x + cx, y + self.head - 4, cw, 4), t.series[i])
            name = f"{LETTERS[i]}: {d.name}"
            tx.draw(p, QRectF(x + cx + PAD, y + PAD, cw - 2 * PAD, self.head), name, BODY, t.text, bold=True)
            top = y + PAD + tx.wrapped_height(name, BODY, cw - 2 * PAD, bold=True) + 2
            tx.draw(p, QRectF(x + cx + PAD, top, cw - 2 * PAD, self.head),
                    status_text(self.c, i, self.translate, self.lang), SMALL + 1, t.muted)
        rx, rw = self.cols[-1]
        tx.draw(p, QRectF(x + rx + PAD, y + PAD, rw - 2 * PAD, self.head), ratio_header(self.c, self.translate), BODY, t.text,
                tx.RIGHT, bold=True)
        yy = y + self.head
        for item in items:
            if item.kind == "group":
                p.fillRect(QRectF(x, yy, self.width, item.height), t.group)
                tx.draw(p, QRectF(x + PAD, yy + 4, self.width - 2 * PAD, item.height),
                        pc.group_word(item.group, self.translate), 12, t.text, bold=True)
            else:
                self._paint_row(p, x, yy, item)
            yy += item.height
            p.setPen(QPen(t.rule, 0.8))
            p.drawLine(QLineF(x, yy, x + self.width, yy))
        drawn = self.head + body_h
        if note and self.note and (end is None or end >= len(self.items)):
            tx.draw(p, QRectF(x, yy + 6, self.width, self.note_h), self.note, SMALL + 1, t.muted)
            drawn += self.note_h
        return drawn

    def _paint_row(self, p: QPainter, x: float, y: float, item: _Item) -> None:
        t, row = self.theme, item.row
        best = best_sides(row)
        mx, mw = self.cols[0]
        tx.draw(p, QRectF(x + mx + PAD, y + PAD, mw - 2 * PAD, item.height), self._label(row, item.first), BODY, t.text)
        number = row.metric.kind == "number"
        for i, cell in enumerate(row.cells):
            cx, cw = self.cols[i + 1]
            if i in best:
                p.fillRect(QRectF(x + cx + 1, y + 1, cw - 2, item.height - 2), t.better)
            area = QRectF(x + cx + PAD, y + PAD, cw - 2 * PAD - self.zone, item.height)
            absent = pc.is_not_supported(cell.value)  # greyed italic: the device lacks the feature (not a gap)
            colour = t.text if cell.value is not None and not absent else t.muted
            text = item.texts[i] if item.texts is not None else cell_text(row, cell, self.refs.get((row.metric.key, i), ""), self.translate)
            tx.draw(p, area, text, BODY, colour, tx.RIGHT if number else tx.LEFT, bold=i in best,
                    italic=absent)
            if cell.value is not None and item.first:
                mark_x = x + cx + cw - PAD - self.zone + 4
                self._paint_mark(p, QRectF(mark_x, y + PAD + (tx.line_height(BODY) - MARK) / 2, MARK, MARK), cell.value)
                after = mark_x + MARK + 1
                if rests_on_weak_relay(cell.value):  # ◦ beside the mark, as the caption's legend explains
                    top = y + PAD + (tx.line_height(BODY) - tx.line_height(WEAK)) / 2
                    tx.draw(p, QRectF(after, top, self._weak_zone() + 2, tx.line_height(WEAK) + 2), WEAK_MARK, WEAK,
                            t.confidence.get(cell.value.confidence or "", t.muted))
                ref = self.refs.get((row.metric.key, i), "")
                if ref and not is_fact_row(row):
                    tx.draw(p, QRectF(after + self._weak_zone() + 1, y + PAD + 1, self.zone, item.height), f"[{ref}]",
                            SMALL, t.muted)
        rx, rw = self.cols[-1]
        lines = ratio_lines(self.c, row, self.translate)
        if lines:
            comparable = bool(row.ratio_display) or any(c.ratio_display for c in row.cells)
            tx.draw(p, QRectF(x + rx + PAD, y + PAD, rw - 2 * PAD, item.height), "\n".join(lines), BODY,
                    t.text if comparable else t.muted, tx.RIGHT)

    def _paint_mark(self, p: QPainter, rect: QRectF, v: ValueDTO) -> None:
        t = self.theme
        text = letter(v)
        colour = t.confidence.get(v.confidence or "", t.muted)
        filled = t.filled_marks and v.confidence == "official" and not v.is_derived
        pen = QPen(colour, 1.2)
        if v.is_derived:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(QBrush(colour) if filled else Qt.BrushStyle.NoBrush)
        p.drawEllipse(rect.adjusted(0.6, 0.6, -0.6, -0.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setFont(tx.font(9, True))
        p.setPen(QColor("white") if filled else colour)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


class ComparisonPicture:
    """Table and/or chart, one above the other."""

    GAP = 22

    def __init__(self, comparison: ComparisonDTO, theme: Theme, parts: str = "both",
                 index: SourceIndex | None = None, translate: Translate = english, point: str = ".",
                 lang: str = "en"):
        self.table = TablePicture(comparison, theme, index, translate, lang) if parts in ("both", "table") else None
        self.chart = ChartPicture(comparison, theme, translate, point) if parts in ("both", "chart") else None
        self.parts = [x for x in (self.table, self.chart) if x is not None]
        self.rows = self.table.rows if self.table else self.chart.source_rows
        if self.table is None and index is not None:  # the chart alone still cites its figures' sources
            for row in self.chart.source_rows:
                for cell in row.cells:
                    index.refs(cell.value)

    def layout(self, width: float) -> float:
        self.heights = [part.layout(width) for part in self.parts]
        return sum(self.heights) + self.GAP * (len(self.parts) - 1)

    def paint(self, p: QPainter, x: float, y: float) -> float:
        yy = y
        for part, h in zip(self.parts, self.heights):
            part.paint(p, x, yy)
            yy += h + self.GAP
        return yy - self.GAP - y
