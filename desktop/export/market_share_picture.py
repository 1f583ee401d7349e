"""The market-share chart as a picture, painted with QPainter from the Qt-free layout
(desktop/present/market_share_layout): the Supply tab paints this same picture (desktop/charts/market_share_chart),
and `chiplens export market-share -o x.png|svg|pdf` frames it with its title and date on top and its sources below.

    market_share_document(library, options)   # a Framed picture for desktop.export.writers

Years across, percent up; one line per source and subject, each point labelled with its value, a forecast hollow;
under the plot, the legend (each line's name, marker and where its figures were read), then the statements that
give no year, listed instead of drawn.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from db.api.beyond import ShareSeriesDTO, SupplyFactDTO
from db.api.compare import NumberStyle
from desktop.export import text as tx
from desktop.export.document import Framed
from desktop.export.options import ExportOptions
from desktop.export.options import number_style as export_number_style
from desktop.present.lang import ENGLISH, Translate, english
from desktop.export.sources import Caption, as_of_line, data_as_of, footer_line
from desktop.export.theme import Theme
from desktop.export.theme import theme as theme_named
from desktop.present import dates
from desktop.present import market_share_layout as lay
from desktop.present.beyond import source_date
from desktop.present.locale_style import number_style
from desktop.present.control_map_layout import Box, PlacedLabel

LABEL = 11
TICK = 10
MARKER = 10.0
AXIS_LEFT = 44.0
AXIS_BOTTOM = 34.0
SWATCH = 34.0  # the legend's line-and-marker sample
GAP = 10.0


class MarketSharePicture:
    """`layout(width) -> height`, `paint(painter, x, y)`: the body of a Framed picture, and the Supply tab's chart."""

    def __init__(self, series: Sequence[ShareSeriesDTO], left_out: Sequence[SupplyFactDTO], theme: Theme,
                 translate: Translate = english, lang: str | None = None, style: NumberStyle | None = None):
        """`lang`: the export's language (None: the window's); `style`: the numbers' (the window passes its own,
        Store.style; None: `lang`'s)."""
        self._translate = translate
        self._style = style or number_style(dates.language(lang))  # '42 %' in French
        self.series = lay.chart_series(series, self._translate, lang, self._style)
        self.left_out = lay.left_out_text(left_out, self._translate, lang, self._style)
        self.theme = theme
        self.width = self.height = 0.0
        self.frame = lay.Frame(Box(0, 0, 1, 1), *lay.years(self.series))
        self.positions: dict[tuple[str, int], tuple[float, float]] = {}
        self.labels: dict[tuple[str, int], PlacedLabel] = {}
        self.ticks: list[int] = []
        self.legend_top = 0.0
        self.keys = [lay.shapes_key(self.series, self._translate), lay.forecast_key(self._translate)]
        self.fit_height: float | None = None  # the window's visible height: the plot shrinks (to 200 px) to fit it

    # geometry ------------------------------------------------------------------------------------------------
    def _legend_text(self, s: lay.ChartSeries) -> str:
        return f"{s.name}: {s.source}"

    def _text_width(self, width: float) -> float:
        return max(width - SWATCH - 8, 60.0)

    def layout(self, width: float) -> float:
        height = self._layout(width, max(200.0, min(width * 0.42, 380.0)))
        if self.fit_height is not None and height > self.fit_height:
            plot = self.frame.plot
            height = self._layout(width, max(200.0, plot.y1 - plot.y0 - (height - self.fit_height)))
        return height

    def _layout(self, width: float, plot_h: float) -> float:
        self.width = width
        top = tx.line_height(TICK) + 6  # the y axis's title above the plot
        plot = Box(AXIS_LEFT, top, width - 12, top + plot_h)
        first, last = lay.years(self.series)
        self.frame = lay.Frame(plot, first, last)
        self.ticks = lay.year_ticks(first, last, plot.x1 - plot.x0, tx.text_width("2026", TICK))
        self.positions = lay.point_positions(self.series, self.frame)
        self.labels = lay.value_labels(self.series, self.frame, self.positions, lambda t: tx.text_width(t, LABEL),
                                       tx.line_height(LABEL), MARKER)
        y = plot.y1 + AXIS_BOTTOM
        self.legend_top = y
        inner = self._text_width(width)
        for s in self.series:
            y += tx.wrapped_height(self._legend_text(s), LABEL, inner) + 4
        for key in self.keys if self.series else ():
            y += tx.wrapped_height(key, LABEL, inner) + 2
        if self.left_out or not self.series:
            y += GAP + tx.wrapped_height(self._note(), LABEL, width)
        self.height = y + 4
        return self.height

    def _note(self) -> str:
        return self.left_out if self.series else " ".join(x for x in (lay.nothing_text(self._translate), self.left_out) if x)

    def point(self, key: str, index: int) -> QPointF:
        """Where a point is drawn, in the picture's own pixels (tests and tooltips read it)."""
        x, y = self.positions[(key, index)]
        return QPointF(x, y)

    def point_at(self, pos: QPointF, reach: float = 8.0) -> tuple[lay.ChartSeries, lay.ChartPoint] | None:
        """The series and point drawn at `pos` (within `reach` pixels), if any."""
        for s in self.series:
            for i, p in enumerate(s.points):
                c = self.point(s.key, i)
                if abs(c.x() - pos.x()) <= reach and abs(c.y() - pos.y()) <= reach:
                    return s, p
        return None

    # painting ------------------------------------------------------------------------------------------------
    def paint(self, p: QPainter, x: float, y: float) -> None:
        p.save()
        p.translate(x, y)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_axes(p)
        self._paint_lines(p)
        self._paint_labels(p)
        self._paint_legend(p)
        p.restore()

    def _plot_rect(self) -> QRectF:
        b = self.frame.plot
        return QRectF(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)

    def _paint_axes(self, p: QPainter) -> None:
        t, plot = self.theme, self._plot_rect()
        p.fillRect(plot, t.panel)
        tx.draw(p, QRectF(0, 0, self.width, tx.line_height(TICK) + 2), lay.y_title(self._translate), TICK, t.muted)
        for v in lay.PERCENT_TICKS:
            yy = self.frame.y(v)
            p.setPen(QPen(t.rule, 1))
            p.drawLine(QLineF(plot.left(), yy, plot.right(), yy))
            tx.draw(p, QRectF(0, yy - 7, plot.left() - 6, 14), lay.percent(v, self._style), TICK, t.muted, tx.RIGHT)
        for year in self.ticks:
            xx = self.frame.x(year)
            p.setPen(QPen(t.rule, 1))
            p.drawLine(QLineF(xx, plot.bottom(), xx, plot.bottom() + 4))
            w = tx.text_width(str(year), TICK) + 6
            tx.draw(p, QRectF(xx - w / 2, plot.bottom() + 6, w, 14), str(year), TICK, t.text, tx.CENTRE)
        p.setPen(QPen(t.muted, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(plot)

    def _marker(self, p: QPainter, s: lay.ChartSeries, c: QPointF, hollow: bool) -> None:
        colour = QColor(s.colour)
        p.setPen(QPen(colour.darker(140), 1.4))
        p.setBrush(self.theme.panel if hollow else colour)
        from desktop.export.timeline_picture import marker_path  # the timeline's shapes (numpy): when painted
        p.drawPath(marker_path(s.shape, MARKER).translated(c))

    def _paint_lines(self, p: QPainter) -> None:
        for s in self.series:
            pen = QPen(QColor(s.colour), 2.0)
            p.setPen(pen)
            for i in range(len(s.points) - 1):
                dashed = s.points[i + 1].forecast
                pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
                p.setPen(pen)
                p.drawLine(QLineF(self.point(s.key, i), self.point(s.key, i + 1)))
            for i, pt in enumerate(s.points):
                self._marker(p, s, self.point(s.key, i), pt.forecast)

    def _paint_labels(self, p: QPainter) -> None:
        for s in self.series:
            colour = QColor(s.colour).darker(150)
            for i, pt in enumerate(s.points):
                label = self.labels.get((s.key, i))
                if label is None:
                    continue
                b = label.box
                if label.leader:
                    c = self.point(s.key, i)
                    p.setPen(QPen(self.theme.rule, 0.8))
                    p.drawLine(QLineF(c, QPointF(min(max(c.x(), b.x0), b.x1), (b.y0 + b.y1) / 2)))
                tx.draw(p, QRectF(b.x0, b.y0, b.x1 - b.x0 + 2, b.y1 - b.y0 + 2), pt.text, LABEL, colour, bold=False)

    def _paint_legend(self, p: QPainter) -> None:
        t = self.theme
        y, inner = self.legend_top, self._text_width(self.width)
        for s in self.series:
            text = self._legend_text(s)
            h = tx.wrapped_height(text, LABEL, inner)
            mid = y + tx.line_height(LABEL) / 2
            p.setPen(QPen(QColor(s.colour), 2.0))
            p.drawLine(QLineF(2, mid, SWATCH - 2, mid))
            self._marker(p, s, QPointF(SWATCH / 2, mid), False)
            tx.draw(p, QRectF(SWATCH + 6, y, inner + 2, h + 2), text, LABEL, t.text)
            y += h + 4
        for key in self.keys if self.series else ():
            h = tx.wrapped_height(key, LABEL, inner)
            tx.draw(p, QRectF(SWATCH + 6, y, inner + 2, h + 2), key, LABEL, t.muted)
            y += h + 2
        note = self._note()
        if note:
            y += GAP
            tx.draw(p, QRectF(0, y, self.width, tx.wrapped_height(note, LABEL, self.width) + 2), note, LABEL, t.text)


def market_share_caption(series: Sequence[ShareSeriesDTO], left_out: Sequence[SupplyFactDTO],
                         translate: Translate = english, lang: str = ENGLISH) -> Caption:
    """Title and date on top; under the picture, every source with its title, address and date (as the legend writes
    it: '15 mai 2025' in French, ISO in English), then the release."""
    facts = [pt.fact for s in series for pt in s.points] + list(left_out)
    seen: dict[tuple[str, str | None], SupplyFactDTO] = {}
    for f in facts:
        seen.setdefault((f.source.publisher, f.source.url), f)
    drawn = {(pt.fact.source.publisher, pt.fact.source.url) for s in series for pt in s.points}
    lines = [translate("Export", "%1 lines from %2 sources; each line is one source's figures for one subject, never "
                                 "merged with another's. Sources of the lines and of the statements not charted:")
             .replace("%1", str(len(series))).replace("%2", str(len(drawn)))]
    for n, f in enumerate(seen.values(), 1):
        s = f.source
        parts = [s.publisher, *([f"“{s.title}”"] if s.title else []), source_date(s, translate, lang),
                 *([s.url] if s.url else [])]
        lines.append(f"{n}. " + ", ".join(parts))
    lines.append(footer_line(False, translate, lang))
    return Caption(lay.title(translate), tuple(lines),
                   as_of_line(data_as_of(f.source.date for f in facts), translate, lang))


def market_share_document(library, options: ExportOptions) -> Framed:
    """The framed chart of every market-share series in the store (bundled and the analyst's); in English, its numbers
    in the library's style (the window's, or the command line's), as the Supply tab draws it."""
    series, left_out = library.beyond.market_share(), library.beyond.market_share_left_out()
    picture = MarketSharePicture(series, left_out, theme_named(options.theme), options.translate, options.lang,
                                 export_number_style(options.lang, library.style))
    caption = market_share_caption(series, left_out, options.translate, options.lang) if options.caption else None
    return Framed(picture, theme_named(options.theme), caption)
