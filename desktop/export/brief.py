"""The PDF brief of a comparison of 2 to 4 devices (a saved pairing or whatever is on screen): a cover with the
key findings (generated from the figures by desktop.present.findings, editable before export), the comparison
table with numbered sources, the ratio chart, the timeline excerpt of the devices involved (picture and list), the
linked notes and the numbered source list with URLs. Every page carries the title, the day it was prepared and the
date the data is as of (one definition: desktop.export.sources.data_as_of) on top. A4 or Letter.

Everything is drawn as vector text and shapes (QPainter on QPdfWriter; the text sections through QTextDocument),
so the text is selectable and searchable.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPen

from db.dto import ComparisonDTO, EventDTO, NoteDTO, PairingDTO
from desktop import APP_NAME, __version__
from desktop.export import text as tx
from desktop.export.brief_html import event_html, note_html, sources_html
from desktop.export.compare_picture import ChartPicture, TablePicture
from desktop.export.note_picture import draw_document
from desktop.export.options import ExportError, decimal_point, export_date, translate, translator
from desktop.export.sources import (EPOCH_CREDIT, SourceIndex, as_of_line, comparison_title, footer_line,
                                    provenance_notes)
from desktop.export.theme import PRINT
from desktop.export.timeline_picture import TimelinePicture
from desktop.export.writers import LOGICAL_DPI, PDF_RESOLUTION, atomic_target, pdf_writer
from desktop.note_document import NoteDocument
from desktop.present import findings as pf
from desktop.present import status as ps
from desktop.present.comparison import LETTERS
from desktop.present.lang import ENGLISH, Translate, english
from desktop.present.provenance import weak_legend

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN = 54.0  # logical pixels (about 14 mm): the text area; the running header and footer sit inside it
HEADER = 11
FOOTER = 11
LAYOUT_WIDTH = 820.0  # the pictures are laid out this wide, then scaled to the page's text width
BRIEF_NOTES = 25  # the most recently updated linked notes a brief prints; the page says how many more there are


@dataclass(frozen=True)
class BriefData:
    title: str
    pairing: PairingDTO | None  # the saved pairing or group the comparison is, if any
    comparison: ComparisonDTO
    events: tuple[EventDTO, ...]  # involving the compared devices
    notes: tuple[NoteDTO, ...]  # linked to the pairing or its devices: the BRIEF_NOTES most recently updated
    device_names: dict
    findings: tuple[str, ...] = ()  # the key findings, one a line (generated; the analyst may edit them)
    prepared: str = ""  # ISO day; default today
    control_map: object = None  # the export-control map on the day prepared (a Framed picture), if any
    notes_linked: int = -1  # how many notes are linked in all (-1: as many as `notes`)
    lang: str = ENGLISH  # the language every text of the brief is in (not necessarily the window's)

    @property
    def translate(self) -> Translate:
        return translator(self.lang)

    def with_findings(self, findings) -> BriefData:
        return dataclasses.replace(self, findings=tuple(findings))


def matching_pairing(pairings, comparison: ComparisonDTO) -> PairingDTO | None:
    """The saved pairing or group of exactly these devices (in this order) and baseline, if there is one."""
    slugs = tuple(d.slug for d in comparison.devices)
    return next((p for p in pairings if p.devices == slugs and p.baseline == comparison.baseline), None)


def generated_findings(store, comparison: ComparisonDTO, lang: str | None = None, style=None) -> list[str]:
    """The key findings of `comparison`, the scale-to-match sentences by the window's calculator code, worded in
    `lang` (None: English) with the figures in `style` (None: the store's, as the comparison is)."""
    stacks = store.library.beyond.device_stacks([d.slug for d in comparison.devices])  # the software line
    translate = translator(lang or ENGLISH)
    if style is None:
        return pf.key_findings(comparison, store.scale_to_match, translate, store.style, stacks=stacks,
                               events=store.events())
    return pf.key_findings(comparison, lambda c, key, i=None: store.library.compare.scale_to_match(c, key, i, style),
                           translate, style, stacks=stacks, events=store.events())


def collect(store, what: ComparisonDTO | PairingDTO, lang: str | None = None, rebuild: bool | None = None) -> BriefData:
    """Everything the brief shows, read through `store` (the window's Store; the command line makes one too):
    `what` is the comparison on screen (or given on the command line), or a saved pairing. `lang`: the brief's
    language (None: English). `rebuild`: build the comparison again in the language's number style and words
    (default: for a language other than English; the window says when its own comparison is not in `lang`)."""
    pairing = what if isinstance(what, PairingDTO) else None
    if pairing is not None:
        slugs = pairing.devices
        comparison = store.compare_many(slugs, pairing.baseline) if len(slugs) > 2 \
            else store.compare(slugs[0], slugs[1])
    else:
        comparison = what
        pairing = matching_pairing(store.pairings(), comparison)
    code = lang or ENGLISH
    style = None
    if rebuild if rebuild is not None else code != ENGLISH:  # the figures in the brief's number style, rows in its words
        from desktop.export.language import comparison_in, export_style
        comparison = comparison_in(store.library, comparison, code, store.verdicts_on)
        style = export_style(code)
    slugs = tuple(d.slug for d in comparison.devices)
    events = tuple(e for e in store.events() if set(e.devices) & set(slugs))
    links = ([("pairing", pairing.slug)] if pairing else []) + [("device", s) for s in slugs]
    linked, total = store.notes_linked(links, BRIEF_NOTES)
    notes = tuple(store.note(n.uid) for n in linked)
    names = {d.slug: d.name for d in store.devices()}
    title = pairing.name if pairing else comparison_title(comparison, translator(code))
    from desktop.export.control_map_picture import brief_control_map
    return BriefData(title, pairing, comparison, events, notes, names,
                     tuple(generated_findings(store, comparison, code, style)), _dt.date.today().isoformat(),
                     brief_control_map(store.library, _dt.date.today().isoformat(), slugs, code), total, code)


def stamp(data: BriefData, index: SourceIndex) -> str:
    """'Prepared 2026-12-05 · Data as of 2025-12-16': on top of every page (ISO dates in English, the month written
    out in French and Chinese: never a numeric day-month)."""
    prepared = export_date(data.prepared or _dt.date.today().isoformat(), data.lang)
    return data.translate("Export", "Prepared %1").replace("%1", prepared) + " · " \
        + as_of_line(index.newest, data.translate, data.lang)


class _Pages:
    """A cursor over the PDF's pages in logical pixels, scaled to the text width."""

    def __init__(self, writer, painter: QPainter, title: str, stamp_text: str, translate: Translate = english):
        self.writer, self.p, self.title, self.stamp = writer, painter, title, stamp_text
        self.translate = translate
        self.landscape = False
        self._measure()
        self.scale = self.text_w / LAYOUT_WIDTH  # the same on every page, portrait or landscape: one text size
        self.layout_w = LAYOUT_WIDTH
        self.number = 1
        self.y = MARGIN
        self._frame()

    def _measure(self) -> None:
        rect = self.writer.pageLayout().fullRectPixels(PDF_RESOLUTION)
        self.page_w = rect.width() * LOGICAL_DPI / PDF_RESOLUTION
        self.page_h = rect.height() * LOGICAL_DPI / PDF_RESOLUTION
        self.text_w = self.page_w - 2 * MARGIN
        self.bottom = self.page_h - MARGIN - 14  # room for the footer

    def _frame(self) -> None:
        """The running header (title, prepared, data as of) above the text area, the footer below it."""
        p = self.p
        p.save()
        p.resetTransform()
        p.scale(PDF_RESOLUTION / LOGICAL_DPI, PDF_RESOLUTION / LOGICAL_DPI)
        p.setPen(QPen(PRINT.rule, 0.6))
        top = MARGIN - 8
        p.drawLine(QLineF(MARGIN, top, self.page_w - MARGIN, top))
        right = tx.text_width(self.stamp, HEADER) + 4
        head = self.translate("Export", "%1 — %2 brief").replace("%1", self.title).replace("%2", APP_NAME)
        head = tx.elide(head, HEADER, self.text_w - right - 16, bold=True)
        line = max(tx.line_height(HEADER), tx.wrapped_height(head, HEADER, self.text_w, bold=True),
                   tx.wrapped_height(self.stamp, HEADER, self.text_w)) + 2  # Chinese glyphs stand taller
        tx.draw(p, QRectF(MARGIN, top - line - 2, self.text_w - right - 12, line), head, HEADER, PRINT.text, bold=True)
        tx.draw(p, QRectF(MARGIN, top - line - 2, self.text_w, line), self.stamp, HEADER, PRINT.muted, tx.RIGHT)
        p.drawLine(QLineF(MARGIN, self.page_h - MARGIN, self.page_w - MARGIN, self.page_h - MARGIN))
        foot = f"{APP_NAME} {__version__} · {self.title}"
        tx.draw(p, QRectF(MARGIN, self.page_h - MARGIN + 4, self.text_w - 60, 20), tx.elide(foot, FOOTER, self.text_w - 70),
                FOOTER, PRINT.muted)
        tx.draw(p, QRectF(MARGIN, self.page_h - MARGIN + 4, self.text_w, 20),
                self.translate("Export", "page %1").replace("%1", str(self.number)), FOOTER, PRINT.muted, tx.RIGHT)
        p.restore()

    def room(self) -> float:
        """Space left on this page, in layout pixels (before scaling)."""
        return (self.bottom - self.y) / self.scale

    def new_page(self, landscape: bool | None = None) -> None:
        """The next page; `landscape` turns it (and the pages after it) sideways or back upright."""
        if landscape is not None and landscape != self.landscape:
            self.writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                           else QPageLayout.Orientation.Portrait)
            self.landscape = landscape
        if not self.writer.newPage():
            raise OSError("the PDF writer could not add a page")
        self._measure()
        self.layout_w = self.text_w / self.scale
        self.number += 1
        self.y = MARGIN
        self._frame()

    def place(self, height: float) -> None:
        """Start a new page unless `height` layout pixels fit on this one."""
        if height > self.room() and self.y > MARGIN + 1:
            self.new_page()

    def begin_block(self) -> None:
        p = self.p
        p.save()
        p.resetTransform()
        p.scale(PDF_RESOLUTION / LOGICAL_DPI, PDF_RESOLUTION / LOGICAL_DPI)
        p.translate(MARGIN, self.y)
        p.scale(self.scale, self.scale)

    def end_block(self, height: float) -> None:
        self.p.restore()
        self.y += height * self.scale

    def heading(self, text: str) -> None:
        h = tx.wrapped_height(text, 20, self.layout_w, bold=True) + 10
        self.place(h + 120)  # never a heading alone at the foot of a page
        self.begin_block()
        tx.draw(self.p, QRectF(0, 0, self.layout_w, h), text, 20, PRINT.text, bold=True)
        self.end_block(h)


BOX_PAD = 14.0
BULLET = 12


def findings_box_height(findings, translate: Translate = english) -> float:
    inner = LAYOUT_WIDTH - 2 * BOX_PAD - 14
    h = BOX_PAD + tx.wrapped_height(translate("Export", "Key findings"), 16, inner, bold=True) + 6
    return h + sum(tx.wrapped_height(f, BULLET + 1, inner) + 5 for f in findings) + BOX_PAD - 5


def paint_findings(p: QPainter, y: float, findings, translate: Translate = english) -> float:
    """The key findings in a framed box at `y`; returns its height."""
    h = findings_box_height(findings, translate)
    heading = translate("Export", "Key findings")
    box = QRectF(0, y, LAYOUT_WIDTH, h)
    p.fillRect(box, PRINT.group)
    p.setPen(QPen(PRINT.text, 1.2))
    p.drawRect(box)
    p.fillRect(QRectF(0, y, 5, h), PRINT.text)
    inner = LAYOUT_WIDTH - 2 * BOX_PAD - 14
    yy = y + BOX_PAD
    title_h = tx.wrapped_height(heading, 16, inner, bold=True)
    tx.draw(p, QRectF(BOX_PAD + 4, yy, inner, title_h + 2), heading, 16, PRINT.text, bold=True)
    yy += title_h + 6
    for finding in findings:
        fh = tx.wrapped_height(finding, BULLET + 1, inner)
        tx.draw(p, QRectF(BOX_PAD + 4, yy, 12, fh), "•", BULLET + 1, PRINT.text)
        tx.draw(p, QRectF(BOX_PAD + 18, yy, inner, fh + 2), finding, BULLET + 1, PRINT.text)
        yy += fh + 5
    return h


def _cover(pages: _Pages, data: BriefData, index: SourceIndex, table: TablePicture) -> None:
    c = data.comparison
    p = pages.p
    translate = data.translate
    pages.begin_block()
    y = 6.0
    title = data.title or comparison_title(c, translate)
    h = tx.wrapped_height(title, 30, LAYOUT_WIDTH, bold=True)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 4), title, 30, PRINT.text, bold=True)
    y += h + 12
    for i, d in enumerate(c.devices):
        kind = translate(ps.CONTEXT, ps.KINDS[d.kind]) if d.kind in ps.KINDS else d.kind
        line = f"{LETTERS[i]}: {d.name} — {d.vendor} ({d.country}) · {kind} · " \
            + ps.status_line(d, translate, data.lang)
        h = tx.wrapped_height(line, 14, LAYOUT_WIDTH)
        p.fillRect(QRectF(0, y + 3, 6, h - 4), PRINT.series[i])
        tx.draw(p, QRectF(14, y, LAYOUT_WIDTH - 14, h + 2), line, 14, PRINT.text)
        y += h + 4
    y += 8
    line = footer_line(index.epoch, translate, data.lang)  # the day prepared and the data's date are in the page's header
    h = tx.wrapped_height(line, 12, LAYOUT_WIDTH)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 2), line, 12, PRINT.muted)
    y += h + 14
    if data.findings:
        y += paint_findings(p, y, data.findings, translate) + 12
    notes = provenance_notes(table.rows, translate)
    if notes:
        line = translate("Export", "Rows whose sides come from different sources or methods: %1.").replace("%1", " · ".join(notes))
        h = tx.wrapped_height(line, 11, LAYOUT_WIDTH)
        tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 2), line, 11, PRINT.muted)
        y += h + 10
    guide = translate("Export", "Every figure carries its confidence (O official, T third-party, R reported; ƒ derived from cited "
               "figures) and the numbers of its sources [n], listed with their URLs at the end. “not published”: "
               "no source in the catalog gives the figure. Ratios compare figures of the same unit and basis "
               "(dense or sparse, per chip or per system, one way or both ways): others are marked not comparable, "
               "with why; ⚠ marks a ratio whose figures' basis is not fully stated by the sources.")
    guide += " " + weak_legend(translate) + "."
    h = tx.wrapped_height(guide, 11, LAYOUT_WIDTH)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 2), guide, 11, PRINT.muted)
    y += h + 16
    pages.end_block(y)


def _table(pages: _Pages, table: TablePicture) -> None:
    table.layout(pages.layout_w)
    table.split_tall((pages.bottom - MARGIN) / pages.scale - table.head - 8)  # a row taller than a page, in parts
    heights = table.row_heights()
    start = 0
    while start < len(heights):
        room = pages.room() - table.head - 4
        end, used = start, 0.0
        while end < len(heights) and used + heights[end] <= room:
            used += heights[end]
            end += 1
        while end - start > 1 and end < len(heights) and table.items[end - 1].kind == "group":
            end -= 1  # a group's heading goes with its first row
        if end == start:  # not even one row fits: next page
            if pages.y > MARGIN + 1:
                pages.new_page()
                continue
            end = start + 1
        last = end >= len(heights)
        pages.begin_block()
        drawn = table.paint(pages.p, 0, 0, start, end, note=last)
        pages.end_block(drawn + 16)
        start = end
        if not last:
            pages.new_page()


def _picture(pages: _Pages, picture, heading: str | None = None) -> None:
    """The picture under its heading, both on one page (a new one unless they fit on this one)."""
    h = picture.layout(pages.layout_w)
    head = tx.wrapped_height(heading, 20, pages.layout_w, bold=True) + 10 if heading else 0.0
    full = (pages.bottom - MARGIN) / pages.scale  # a fresh page's room
    pages.place(head + min(h, full - head))
    if heading:
        pages.heading(heading)
    if h > pages.room():  # taller than a page: shrink it onto one
        shrink = pages.room() / h
        pages.begin_block()
        pages.p.scale(shrink, shrink)
        picture.paint(pages.p, 0, 0)
        pages.end_block(h * shrink + 16)
        return
    pages.begin_block()
    picture.paint(pages.p, 0, 0)
    pages.end_block(h + 16)


def _text_section(pages: _Pages, html_text: str) -> None:
    """Flow an HTML document over as many pages as it needs (QTextDocument paginates at line boundaries)."""
    doc = NoteDocument()  # loads no resource: the notes' images are words already (desktop.note_document)
    doc.setDefaultFont(tx.font(13))
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet("h2 { font-size: 20px; } h3 { font-size: 16px; } a { color: #0b4f8a; }")
    doc.setHtml(html_text)
    if pages.y > MARGIN + 1:  # the document paginates itself in whole pages
        pages.new_page()
    page_h = (pages.bottom - MARGIN) / pages.scale
    doc.setPageSize(QSizeF(LAYOUT_WIDTH, page_h))
    total = doc.size().height()
    offset = 0.0
    while offset < total - 0.5:
        pages.begin_block()
        pages.p.translate(0, -offset)
        page = QRectF(0, offset, LAYOUT_WIDTH, page_h)
        pages.p.setClipRect(page)  # a paragraph split over two pages: each page draws its own lines
        draw_document(pages.p, doc, PRINT, page)
        pages.end_block(min(page_h, total - offset))
        offset += page_h
        if offset < total - 0.5:
            pages.new_page()


def _checked(target: Path, paper: str) -> Path:
    """`target` if it names a PDF and `paper` is known; an ExportError (in the window's language) if not."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        raise ExportError(translate("Export", "%1: the brief is a PDF: the file name must end in .pdf")
                          .replace("%1", target.name))
    if paper not in PAPERS:
        raise ExportError(translate("Export", "unknown paper size %1: use a4 or letter").replace("%1", repr(paper)))
    return target


def write_brief(data: BriefData, target: Path, paper: str = "a4") -> Path:
    target = _checked(target, paper)
    translate = data.translate  # the brief's language from here on
    index = SourceIndex()
    table = TablePicture(data.comparison, PRINT, index, translate, data.lang)
    chart = ChartPicture(data.comparison, PRINT, translate, decimal_point(data.lang))
    with atomic_target(target) as tmp:
        writer = pdf_writer(tmp, translate("Export", "%1 — %2 brief").replace("%1", data.title).replace("%2", APP_NAME))
        writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        p = QPainter()
        if not p.begin(writer):
            raise OSError("cannot start the PDF writer")
        try:
            p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            pages = _Pages(writer, p, data.title, stamp(data, index), translate)
            _cover(pages, data, index, table)
            wide = len(data.comparison.devices) > 2  # a column per device: the table's pages turn sideways
            if wide:
                pages.new_page(landscape=True)
            pages.heading(translate("Export", "Specifications"))
            _table(pages, table)
            if wide:
                pages.new_page(landscape=False)
            _picture(pages, chart, translate("Export", "Key metrics compared"))
            timeline = translate("Export", "Policy timeline: events involving these devices")
            if data.events:
                first = min(e.date for e in data.events)
                last = max(e.end for e in data.events)
                _picture(pages, TimelinePicture(list(data.events), f"{first[:4]}-01-01", f"{last[:4]}-12-31", PRINT,
                                                set(), translate, data.lang), timeline)
            if data.control_map is not None:
                _picture(pages, data.control_map,
                         translate("Export", "Export controls: every chip against the rules in force"))
            words = {"events": translate("Export", "Events involving these devices"),
                     "no event": translate("Export", "No event in the timeline involves these devices."),
                     "notes": translate("Export", "Notes"),
                     "no note": translate("Export", "No note is linked to this pairing or its devices."),
                     "sources": translate("Export", "Sources")}
            words = {k: html.escape(v) for k, v in words.items()}
            parts = [f"<h2>{words['events']}</h2>"]
            parts.append("".join(event_html(e, data.device_names, translate, data.lang)
                                 for e in sorted(data.events, key=lambda e: e.date))
                         or f"<p>{words['no event']}"
                            "</p>")
            parts.append(f"<h2>{words['notes']}</h2>")
            if data.notes_linked > len(data.notes):
                more = translate("Export", "The %1 most recently updated of the %2 notes linked to this pairing or "
                                           "its devices; the others are in ChipLens's notes.")
                parts.append("<p><i>" + html.escape(more.replace("%1", str(len(data.notes)))
                                                    .replace("%2", str(data.notes_linked))) + "</i></p>")
            parts.append("".join(note_html(n, translate, data.lang) for n in data.notes)
                         or f"<p>{words['no note']}"
                            "</p>")
            parts.append(f"<h2>{words['sources']}</h2>")
            parts.append(sources_html(index, translate))
            if index.epoch:
                credit = translate("Export", "Includes data from %1").replace("%1", EPOCH_CREDIT)
                parts.append(f"<p><i>{html.escape(credit)}, "
                             f"<a href='https://creativecommons.org/licenses/by/4.0/'>"
                             f"https://creativecommons.org/licenses/by/4.0/</a></i></p>")
            _text_section(pages, "".join(parts))
        finally:
            p.end()
    return target
