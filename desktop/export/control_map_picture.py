"""The control map as a picture (PNG / SVG / PDF, and a page of the brief): the same points, regions and label
layout as the "Export controls" tab (desktop/present/control_map_layout), painted with QPainter so that it needs
no window. The caption names the date, the rules drawn with their conditions, the rules in force that the map
cannot draw, and the sources of the rules and of the chips' figures.

    control_map_document(library, "2024-06-01", options, ringed=("h20",))
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from db.api.compare import PLAIN, format_number
from desktop.export import text as tx
from desktop.export.document import Framed
from desktop.export.options import ExportOptions
from desktop.export.options import export_date
from desktop.export.sources import Caption, footer_line
from desktop.present.lang import ENGLISH, Translate, english
from desktop.export.theme import Theme
from desktop.export.theme import theme as theme_named
from desktop.export.timeline_picture import marker_path
from desktop.present import control_map_layout as lay

LABEL = 10
TICK = 10
MARKER = 9.0
RING = 18.0
AXIS_LEFT = 52.0
AXIS_BOTTOM = 36.0
STRIP_PX = 34.0
LEGEND_GAP = 8.0


class ControlMapPicture:
    """`layout(width) -> height`, `paint(painter, x, y)`: the body of a Framed picture."""

    def __init__(self, points: Sequence[lay.MapPoint], regions: Sequence[lay.Region], on: str, theme: Theme,
                 translate: Translate = english, style=PLAIN):
        self.translate, self.style = translate, style
        self.points, self.regions, self.on, self.theme = list(points), list(regions), on, theme
        xs_lines, ys_lines = lay.region_lines(self.regions)
        self.x_range = lay.log_span([*(p.tpp for p in self.points), *xs_lines])
        self.y_range = lay.log_span([*(p.pd for p in self.points if p.pd), *ys_lines])
        self.width = self.height = 0.0
        self.plot = QRectF()
        self.placed: list[lay.PlacedLabel] = []
        self.unlabelled = ""  # the chips drawn without a label, named under the plot
        self.legend = lay.legend_items(translate)

    # geometry ------------------------------------------------------------------------------------------------
    def _x(self, v: float) -> float:
        lo, hi = self.x_range
        return self.plot.left() + (math.log10(v) - lo) / (hi - lo) * self.plot.width() if v > 0 else -1e6

    def _y(self, v: float) -> float:
        lo, hi = self.y_range
        return self.plot.top() + (hi - math.log10(v)) / (hi - lo) * self.plot.height()

    def _point(self, p: lay.MapPoint) -> QPointF:
        y = self._y(p.pd) if p.pd else self.plot.bottom() + STRIP_PX / 2
        return QPointF(self._x(p.tpp), y)

    def layout(self, width: float) -> float:
        self.width = width
        legend_h = self._legend_rows(width) * (tx.line_height(LABEL) + 4) + LEGEND_GAP
        plot_h = max(260.0, min(width * 0.55, 620.0))
        self.plot = QRectF(AXIS_LEFT, legend_h, width - AXIS_LEFT - 8, plot_h)
        self.height = legend_h + plot_h + STRIP_PX + AXIS_BOTTOM
        specs = []
        for p in lay.label_order(self.points):
            c = self._point(p)
            specs.append(lay.LabelSpec(p.slug, c.x(), c.y(), tx.text_width(p.name, LABEL) + 3, tx.line_height(LABEL),
                                       RING if p.ringed else 0.0))
        bounds = lay.Box(self.plot.left(), self.plot.top(), self.plot.right(), self.plot.bottom() + STRIP_PX)
        self.placed = lay.lay_out_labels(specs, bounds, MARKER, obstacles=self._region_label_boxes())
        named = {label.key for label in self.placed}
        tpp = self.translate("Export", "TPP %1")
        missing = [f"{p.name} ({tpp.replace('%1', format_number(round(p.tpp), self.style))})" for p in self.points
                   if p.slug not in named]  # no point of a picture goes unnamed: the ones without room, here
        self.unlabelled = self.translate("Export", "Not labelled for lack of room: %1.").replace("%1", "; ".join(missing)) if missing else ""
        if self.unlabelled:
            self.height += tx.wrapped_height(self.unlabelled, LABEL, width) + 6
        return self.height

    def _region_label_boxes(self) -> list[lay.Box]:
        out = []
        for g in self.regions:
            r = g.rects[0]
            x = max(self._x(r[0]), self.plot.left()) + 3
            y = max(self._y(r[3]) if r[3] < lay.INF else self.plot.top(), self.plot.top()) + 2
            out.append(lay.Box(x, y, x + tx.text_width(g.label, LABEL) + 2, y + tx.line_height(LABEL)))
        strip = tx.text_width(lay.no_density_label(self.translate), LABEL)
        y = self.plot.bottom() + STRIP_PX / 2 - tx.line_height(LABEL) / 2
        out.append(lay.Box(self.plot.left() + 3, y, self.plot.left() + 5 + strip, y + tx.line_height(LABEL)))
        return out

    # painting ------------------------------------------------------------------------------------------------
    def paint(self, p: QPainter, x: float, y: float) -> None:
        t = self.theme
        p.save()
        p.translate(x, y)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_legend(p)
        full = QRectF(self.plot.left(), self.plot.top(), self.plot.width(), self.plot.height() + STRIP_PX)
        p.fillRect(full, t.panel)
        p.save()
        p.setClipRect(full)
        self._paint_regions(p, full)
        p.restore()
        self._paint_axes(p, full)
        self._paint_points(p)
        self._paint_labels(p)
        if self.unlabelled:
            top = self.plot.bottom() + STRIP_PX + AXIS_BOTTOM + 4
            tx.draw(p, QRectF(0, top, self.width, self.height - top), self.unlabelled, LABEL, t.text)
        p.restore()

    def _legend_entries(self) -> list[tuple[str, str, str]]:
        return [*self.legend, ("ring", "", self.translate("Export", "ringed: in the comparison"))]

    def _legend_rows(self, width: float) -> int:
        x, rows = AXIS_LEFT, 1
        for _kind, _key, text in self._legend_entries():
            w = 13 + tx.text_width(text, LABEL) + 14
            if x + w > width and x > AXIS_LEFT:
                x, rows = AXIS_LEFT, rows + 1
            x += w
        return rows

    def _paint_legend(self, p: QPainter) -> None:
        x, top = self.plot.left(), 0.0
        for kind, key, text in self._legend_entries():
            w = tx.text_width(text, LABEL)
            if x + 13 + w + 14 > self.width and x > self.plot.left():
                x, top = self.plot.left(), top + tx.line_height(LABEL) + 4
            p.save()
            p.translate(0, top)
            if kind == "colour":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(key))
                p.drawEllipse(QPointF(x + 5, tx.line_height(LABEL) / 2), 4.5, 4.5)
            else:
                p.setBrush(Qt.BrushStyle.NoBrush if kind == "ring" else QBrush(self.theme.text))
                p.setPen(QPen(self.theme.text, 1))
                symbol = next((s for s, m in lay.SHAPE_MARKS.items() if m == key), "o")
                path = marker_path("o" if kind == "ring" else symbol, MARKER)
                p.drawPath(path.translated(x + 5, tx.line_height(LABEL) / 2))
            tx.draw(p, QRectF(x + 13, 0, w + 4, tx.line_height(LABEL) + 2), text, LABEL, self.theme.text)
            p.restore()
            x += 13 + w + 14

    def _paint_regions(self, p: QPainter, full: QRectF) -> None:
        bottom = full.bottom()
        for g in self.regions:
            colour = QColor(g.colour)
            fill = QColor(colour)
            fill.setAlpha(40)
            pen = QPen(colour, 1.4, Qt.PenStyle.DashLine if g.unverified else Qt.PenStyle.SolidLine)
            for r in g.rects:
                x0 = self._x(r[0]) if r[0] > 0 else full.left() - 10
                x1 = self._x(r[1]) if r[1] < lay.INF else full.right() + 10
                y1 = self._y(r[2]) if r[2] > 0 else bottom + 10  # an open bottom covers the strip: density not needed
                y0 = self._y(r[3]) if r[3] < lay.INF else full.top() - 10
                p.setPen(pen)
                p.setBrush(fill)
                p.drawRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
        for g, box in zip(self.regions, self._region_label_boxes()):
            tx.draw(p, QRectF(box.x0, box.y0, box.x1 - box.x0 + 4, box.y1 - box.y0 + 2), g.label, LABEL,
                    QColor(g.colour).darker(150))

    def _paint_axes(self, p: QPainter, full: QRectF) -> None:
        t = self.theme
        p.setPen(QPen(t.rule, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(full)
        p.drawLine(QLineF(full.left(), self.plot.bottom(), full.right(), self.plot.bottom()))
        box = self._region_label_boxes()[-1]
        tx.draw(p, QRectF(box.x0, box.y0, box.x1 - box.x0 + 4, box.y1 - box.y0 + 2),
                lay.no_density_label(self.translate), LABEL, t.muted)
        for v, text in lay.log_ticks(*self.x_range, self.style):
            x = self._x(10 ** v)
            p.setPen(QPen(t.rule, 1))
            p.drawLine(QLineF(x, full.bottom(), x, full.bottom() + 4))
            w = tx.text_width(text, TICK) + 4
            tx.draw(p, QRectF(x - w / 2, full.bottom() + 5, w, 14), text, TICK, t.muted, tx.CENTRE)
        for v, text in lay.log_ticks(*self.y_range, self.style):
            y = self._y(10 ** v)
            p.setPen(QPen(t.rule, 1))
            p.drawLine(QLineF(full.left() - 4, y, full.left(), y))
            tx.draw(p, QRectF(0, y - 7, full.left() - 6, 14), text, TICK, t.muted, tx.RIGHT)
        tx.draw(p, QRectF(full.left(), full.bottom() + 20, full.width(), 16),
                self.translate("Export", "TPP (total processing performance), log scale; up: performance density "
                                         "(TPP ÷ die area), log scale"), TICK, t.text, tx.CENTRE)

    def _paint_points(self, p: QPainter) -> None:
        for pt in self.points:
            c = self._point(pt)
            colour = QColor(lay.country_colour(pt.country))
            p.setPen(QPen(colour.darker(150), 1))
            p.setBrush(colour)
            p.drawPath(marker_path(lay.SYMBOLS[pt.status], MARKER).translated(c))
            if pt.ringed:
                p.setPen(QPen(self.theme.text, 1.4))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(c, RING / 2, RING / 2)

    def _paint_labels(self, p: QPainter) -> None:
        by_slug = {pt.slug: pt for pt in self.points}
        for label in self.placed:
            pt = by_slug[label.key]
            b = label.box
            if label.leader:
                c = self._point(pt)
                p.setPen(QPen(self.theme.rule, 0.8))
                p.drawLine(QLineF(c, QPointF(min(max(c.x(), b.x0), b.x1), (b.y0 + b.y1) / 2)))
            tx.draw(p, QRectF(b.x0, b.y0, b.x1 - b.x0 + 2, b.y1 - b.y0 + 2), pt.name, LABEL, self.theme.text)


def control_map_caption(library, on: str, regions: Sequence[lay.Region], listed: Sequence[lay.Listed],
                        verdicts, translate: Translate = english, lang: str = ENGLISH) -> Caption:
    day = export_date(on, lang)
    title = translate("Export", "Export-control map: chips against the rules in force on %1").replace("%1", day)
    shown = [v for v in verdicts if v.kind == "chip" and v.tpp]
    no_pd = sum(1 for v in shown if v.performance_density is None)
    unverified = translate("Export", "threshold unverified, dashed")
    lines = [translate("Export", "%1 chips; across: TPP, up: performance density, both log scales; %2 chips with no "
                                 "density (no published die area, or only one die's) sit in the strip below. Colour: "
                                 "country; shape: what the rules make of the chip.")
             .replace("%1", str(len(shown))).replace("%2", str(no_pd))]
    if regions:
        lines.append(translate("Export", "Shaded: %1.").replace("%1", "; ".join(
            f"{g.label}: {g.condition}" + (f" ({unverified})" if g.unverified else "")
            for g in regions)))
    else:
        lines.append(translate("Export", "No threshold rule on TPP and density is in force on this day."))
    if listed:
        lines.append(translate("Export", "In force but not drawn (other figures, or no chip test): %1.").replace(
            "%1", "; ".join(x.rule_id for x in listed)))
    rules = {r.id: r for r in library.controls.rules()}
    rule_pubs = dict.fromkeys(s.publisher for g in regions for s in rules[g.rule_id].sources if s.publisher)
    chip_pubs = dict.fromkeys([*(s for v in shown for s in v.tpp_sources),
                               *(f.source for v in shown for f in v.die_area[:1] if f.source)])
    if rule_pubs:
        lines.append(translate("Export", "Rule sources: %1.").replace("%1", "; ".join(rule_pubs)))
    if chip_pubs:
        lines.append(translate("Export", "Chip figures (TPP, die area): %1 ('chiplens controls' marks inferred die areas).")
                     .replace("%1", "; ".join(chip_pubs)))
    lines.append(footer_line(False, translate, lang))
    return Caption(title, tuple(lines), translate("Export", "Rules and verdicts as of %1").replace("%1", day))


def control_map_document(library, on: str, options: ExportOptions, ringed: Sequence[str] = ()) -> Framed:
    """The framed picture of the map on `on` (ISO date), the `ringed` devices (slugs) ringed."""
    verdicts = library.controls.all_verdicts(on, kind="chip")
    regions, listed = lay.map_regions(library.controls.rules(), on, options.translate, options.lang)
    from desktop.export.language import export_style
    picture = ControlMapPicture(lay.map_points(verdicts, ringed), regions, on, theme_named(options.theme),
                                options.translate, export_style(options.lang))
    caption = control_map_caption(library, on, regions, listed, verdicts, options.translate,
                                  options.lang) if options.caption else None
    return Framed(picture, theme_named(options.theme), caption)


class _Placed:
    """A Framed picture as a brief's block: layout(width) -> height, paint(painter, x, y)."""

    def __init__(self, framed: Framed) -> None:
        self.framed = framed

    def layout(self, width: float) -> float:
        return float(self.framed.layout(int(width)))

    def paint(self, p: QPainter, x: float, y: float) -> None:
        p.save()
        p.translate(x, y)
        self.framed.paint(p)
        p.restore()


def brief_control_map(library, on: str, ringed: Sequence[str], lang: str = ENGLISH) -> _Placed:
    """The brief's page: the map on the day the brief is prepared, the compared devices ringed, print colours."""
    return _Placed(control_map_document(library, on, ExportOptions(theme="print", lang=lang), ringed))
