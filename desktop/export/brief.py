"""The PDF brief of a pairing: cover (with key findings: how many figures rest on weak citations, which rows
compare figures of different sources or methods), the comparison table with numbered sources, the ratio chart,
the timeline excerpt of the devices involved (picture and list), the linked notes and the numbered source list
with URLs, each source saying where its figures were read (◦: weak relays only). A4 or Letter. Everything is drawn as vector text and shapes (QPainter on QPdfWriter; the text
sections through QTextDocument), so the text is selectable and searchable.
"""
from __future__ import annotations

import datetime as _dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPen, QTextDocument

from db.dto import ComparisonDTO, EventDTO, NoteDTO, PairingDTO
from desktop import APP_NAME, __version__
from desktop.export import text as tx
from desktop.export.compare_picture import ChartPicture, TablePicture
from desktop.export.note_picture import draw_document
from desktop.export.options import ExportError, tr
from desktop.export.sources import (EPOCH_CREDIT, SourceIndex, comparison_title, footer_line, provenance_notes,
                                    short_publisher, weak_count)
from desktop.export.theme import PRINT
from desktop.export.timeline_picture import TimelinePicture
from desktop.export.writers import LOGICAL_DPI, PDF_RESOLUTION, atomic_target, pdf_writer
from desktop.present import status as ps
from desktop.present.comparison import LETTERS
from desktop.present.provenance import WEAK_MARK, carrier_names, weak_legend, weak_only, weak_only_legend

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN = 54.0  # logical pixels (about 14 mm)
LAYOUT_WIDTH = 820.0  # the pictures are laid out this wide, then scaled to the page's text width
FOOTER = 11


@dataclass(frozen=True)
class BriefData:
    title: str
    pairing: PairingDTO | None
    comparison: ComparisonDTO
    events: tuple[EventDTO, ...]  # involving the compared devices
    notes: tuple[NoteDTO, ...]  # linked to the pairing or its devices
    device_names: dict


def collect(store, pairing: PairingDTO) -> BriefData:
    """Everything the brief shows, read through `store` (the window's Store; the command line makes one too)."""
    slugs = pairing.devices
    comparison = store.compare_many(slugs, getattr(pairing, "baseline", 1)) if len(slugs) > 2 \
        else store.compare(slugs[0], slugs[1])
    events = tuple(e for e in store.events() if set(e.devices) & set(slugs))
    links = [("pairing", pairing.slug)] + [("device", s) for s in slugs]
    notes = tuple(store.note(n.uid) for n in store.notes_linked(links))
    names = {d.slug: d.name for d in store.devices()}
    return BriefData(pairing.name, pairing, comparison, events, notes, names)


class _Pages:
    """A cursor over the PDF's pages in logical pixels, scaled to the text width."""

    def __init__(self, writer, painter: QPainter, title: str):
        self.writer, self.p, self.title = writer, painter, title
        rect = writer.pageLayout().fullRectPixels(PDF_RESOLUTION)
        self.page_w = rect.width() * LOGICAL_DPI / PDF_RESOLUTION
        self.page_h = rect.height() * LOGICAL_DPI / PDF_RESOLUTION
        self.text_w = self.page_w - 2 * MARGIN
        self.scale = self.text_w / LAYOUT_WIDTH
        self.bottom = self.page_h - MARGIN - 14  # room for the footer
        self.number = 1
        self.y = MARGIN
        self._frame()

    def _frame(self) -> None:
        p = self.p
        p.save()
        p.resetTransform()
        p.scale(PDF_RESOLUTION / LOGICAL_DPI, PDF_RESOLUTION / LOGICAL_DPI)
        p.setPen(QPen(PRINT.rule, 0.6))
        p.drawLine(QLineF(MARGIN, self.page_h - MARGIN, self.page_w - MARGIN, self.page_h - MARGIN))
        foot = f"{APP_NAME} {__version__} · {self.title}"
        tx.draw(p, QRectF(MARGIN, self.page_h - MARGIN + 4, self.text_w - 60, 20), tx.elide(foot, FOOTER, self.text_w - 70),
                FOOTER, PRINT.muted)
        tx.draw(p, QRectF(MARGIN, self.page_h - MARGIN + 4, self.text_w, 20),
                tr("page %1").replace("%1", str(self.number)), FOOTER, PRINT.muted, tx.RIGHT)
        p.restore()

    def room(self) -> float:
        """Space left on this page, in layout pixels (before scaling)."""
        return (self.bottom - self.y) / self.scale

    def new_page(self) -> None:
        if not self.writer.newPage():
            raise OSError("the PDF writer could not add a page")
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
        h = tx.wrapped_height(text, 20, LAYOUT_WIDTH, bold=True) + 10
        self.place(h + 120)  # never a heading alone at the foot of a page
        self.begin_block()
        tx.draw(self.p, QRectF(0, 0, LAYOUT_WIDTH, h), text, 20, PRINT.text, bold=True)
        self.end_block(h)


def weak_finding(weak: int, total: int) -> str:
    """'3 of 18 figures rest on weak citations': the figures the brief shows, a worked-out one by its inputs."""
    if weak == 0:
        return tr("None of the %1 figures shown rests on a weak citation.").replace("%1", str(total))
    text = tr("%1 of %2 figure rests on a weak citation") if weak == 1 else tr("%1 of %2 figures rest on weak citations")
    return text.replace("%1", str(weak)).replace("%2", str(total)) + " " + tr(
        "(read only on a weak relay: marked %1 in the table; their sources are marked in the source list).").replace(
        "%1", WEAK_MARK)


def key_findings(table: TablePicture) -> list[str]:
    """The cover's key findings: roadmap or announced devices whose figures are targets, then the figures'
    provenance."""
    findings = ps.cautions(table.c, QCoreApplication.translate)
    findings.append(weak_finding(*weak_count(table.rows)))
    notes = provenance_notes(table.rows)
    if notes:
        findings.append(tr("Rows whose sides come from different sources or methods: %1.").replace(
            "%1", " · ".join(notes)))
    return findings


def _cover(pages: _Pages, data: BriefData, index: SourceIndex, table: TablePicture) -> None:
    c = data.comparison
    p = pages.p
    pages.begin_block()
    y = 0.0
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, 24), tr("%1 brief").replace("%1", APP_NAME), 14, PRINT.muted)
    y += 26
    title = data.title or comparison_title(c)
    h = tx.wrapped_height(title, 30, LAYOUT_WIDTH, bold=True)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 4), title, 30, PRINT.text, bold=True)
    y += h + 12
    for i, d in enumerate(c.devices):
        line = f"{LETTERS[i]}: {d.name} — {d.vendor} ({d.country}) · {d.kind} · " \
            + ps.status_line(d, QCoreApplication.translate)
        h = tx.wrapped_height(line, 14, LAYOUT_WIDTH)
        p.fillRect(QRectF(0, y + 3, 6, h - 4), PRINT.series[i])
        tx.draw(p, QRectF(14, y, LAYOUT_WIDTH - 14, h + 2), line, 14, PRINT.text)
        y += h + 4
    y += 8
    stamp = tr("Prepared %1").replace("%1", _dt.date.today().isoformat()) + " · " + footer_line(index.newest, index.epoch)
    h = tx.wrapped_height(stamp, 12, LAYOUT_WIDTH)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 2), stamp, 12, PRINT.muted)
    y += h + 10
    guide = tr("Every figure carries its confidence (O official, T third-party, R reported; ƒ derived from cited "
               "figures) and the numbers of its sources [n], listed with their URLs at the end. “not published”: "
               "no source in the catalog gives the figure. Ratios compare figures of the same unit and basis "
               "(dense or sparse, per chip or per system, one way or both ways): others are marked not comparable, "
               "with why; ⚠ marks a ratio whose figures' basis is not fully stated by the sources.")
    guide += " " + weak_legend(QCoreApplication.translate) + "."
    h = tx.wrapped_height(guide, 12, LAYOUT_WIDTH)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 2), guide, 12, PRINT.text)
    y += h + 14
    heading = tr("Key findings")
    h = tx.wrapped_height(heading, 14, LAYOUT_WIDTH, bold=True)
    tx.draw(p, QRectF(0, y, LAYOUT_WIDTH, h + 2), heading, 14, PRINT.text, bold=True)
    y += h + 4
    for finding in key_findings(table):
        line = "• " + finding
        h = tx.wrapped_height(line, 12, LAYOUT_WIDTH - 10)
        tx.draw(p, QRectF(10, y, LAYOUT_WIDTH - 10, h + 2), line, 12, PRINT.text)
        y += h + 4
    y += 16
    pages.end_block(y)


def _table(pages: _Pages, table: TablePicture) -> None:
    table.layout(LAYOUT_WIDTH)
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


def _picture(pages: _Pages, picture) -> None:
    h = picture.layout(LAYOUT_WIDTH)
    pages.place(h)
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


def _event_html(e: EventDTO, names: dict) -> str:
    esc = html.escape
    devices = ", ".join(names.get(s, s) for s in e.devices)
    srcs = "; ".join(esc(short_publisher(s.publisher)) + (f" (<a href='{esc(s.url)}'>{esc(s.url)}</a>)" if s.url else "")
                     for s in e.sources)
    return (f"<p style='margin-bottom:6px'><b>{esc(e.label)}</b> — {esc(e.title)} "
            f"<span style='color:#555'>[{esc(e.jurisdiction)}, {esc(e.category)}, {esc(e.confidence)}]</span><br>"
            f"{esc(e.summary)}" + (f"<br><i>{esc(tr('Devices'))}:</i> {esc(devices)}" if devices else "")
            + (f"<br><i>{esc(tr('Sources'))}:</i> {srcs}" if srcs else "") + "</p>")


def _note_html(note: NoteDTO) -> str:
    doc = QTextDocument()
    doc.setMarkdown(note.body, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    body = doc.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    inner = body[body.find(">", start) + 1:end] if start >= 0 and end > start else html.escape(note.body)
    tags = " ".join("#" + t for t in note.tags)
    meta = tr("last edited %1 UTC").replace("%1", note.updated.replace("T", " ").rstrip("Z"))
    return (f"<h3>{html.escape(note.title or tr('Untitled note'))}</h3>"
            f"<p style='color:#555'>{html.escape(meta)}{' · ' + html.escape(tags) if tags else ''}</p>{inner}")


_DATED = re.compile(r"\d{4}")


def source_date(text: str | None) -> str:
    """A source's date as a list shows it: '2025-04-16', not '2025-04-16 (newsletter clipping front-matter says
    2026-02-05)'; 'n.d. (2026)' keeps its only year."""
    text = (text or "").strip()
    head = text.split(" (", 1)[0].strip()
    return head if _DATED.search(head) else (text or tr("n.d."))


def _publisher_html(publisher: str) -> str:
    """The publisher's short name in bold, what the entry adds (who it relays, the author) after it, not bold."""
    short = short_publisher(publisher, limit=200)
    rest = publisher[len(short):].strip() if publisher.startswith(short) else ""
    if len(rest) > 90:
        rest = rest[:89].rstrip() + "…" + (")" if rest.startswith("(") else "")
    return f"<b>{html.escape(short)}</b>" + (f" {html.escape(rest)}" if rest else "")


def _sources_html(index: SourceIndex) -> str:
    esc = html.escape
    translate = QCoreApplication.translate
    intro = tr("Each source says where the figures cited to it were read (primary: the producer’s own page; reputable "
               "relay; weak relay), their confidence (O official, T third-party, R reported) and how many figures of "
               "the brief cite it.")
    rows = [f"<p style='margin-bottom:8px; color:#555'>{esc(intro)} {esc(weak_only_legend(translate))}.</p>"]
    for e in index.entries:
        s = e.source
        text = f"[{e.number}] " + (f"{WEAK_MARK} " if e.weak else "") + _publisher_html(s.publisher)
        if s.title:
            text += f", “{esc(s.title)}”"
        text += f" ({esc(source_date(s.date_text))})"
        figures = tr("1 figure") if e.figures == 1 else tr("%1 figures").replace("%1", str(e.figures))
        where = esc(carrier_names(e.carriers, translate))
        if e.weak:
            where = f"<b>{esc(weak_only(translate))}</b>"
        text += f"<br>{where} · {esc(tr('confidence'))} {esc(e.confidence)} · {esc(figures)}"
        if s.url:
            text += f"<br><a href='{esc(s.url)}'>{esc(s.url)}</a>"
        rows.append(f"<p style='margin-bottom:5px'>{text}</p>")
    return "".join(rows)


def _text_section(pages: _Pages, html_text: str) -> None:
    """Flow an HTML document over as many pages as it needs (QTextDocument paginates at line boundaries)."""
    doc = QTextDocument()
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


def write_brief(data: BriefData, target: Path, paper: str = "a4") -> Path:
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        raise ExportError(tr("%1: the brief is a PDF: the file name must end in .pdf").replace("%1", target.name))
    if paper not in PAPERS:
        raise ExportError(tr("unknown paper size %1: use a4 or letter").replace("%1", repr(paper)))
    index = SourceIndex()
    table = TablePicture(data.comparison, PRINT, index)
    chart = ChartPicture(data.comparison, PRINT)
    with atomic_target(target) as tmp:
        writer = pdf_writer(tmp, tr("%1 — %2 brief").replace("%1", data.title).replace("%2", APP_NAME))
        writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        p = QPainter()
        if not p.begin(writer):
            raise OSError("cannot start the PDF writer")
        try:
            p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            pages = _Pages(writer, p, data.title)
            _cover(pages, data, index, table)
            pages.heading(tr("Specifications"))
            _table(pages, table)
            pages.heading(tr("Key metrics compared"))
            _picture(pages, chart)
            pages.heading(tr("Policy timeline: events involving these devices"))
            if data.events:
                first = min(e.date for e in data.events)
                last = max(e.end for e in data.events)
                _picture(pages, TimelinePicture(list(data.events), f"{first[:4]}-01-01", f"{last[:4]}-12-31", PRINT,
                                                set()))
            parts = [f"<h2>{html.escape(tr('Events involving these devices'))}</h2>"]
            parts.append("".join(_event_html(e, data.device_names) for e in sorted(data.events, key=lambda e: e.date))
                         or f"<p>{html.escape(tr('No event in the timeline involves these devices.'))}</p>")
            parts.append(f"<h2>{html.escape(tr('Notes'))}</h2>")
            parts.append("".join(_note_html(n) for n in data.notes)
                         or f"<p>{html.escape(tr('No note is linked to this pairing or its devices.'))}</p>")
            parts.append(f"<h2>{html.escape(tr('Sources'))}</h2>")
            parts.append(_sources_html(index))
            if index.epoch:
                parts.append(f"<p><i>{html.escape(tr('Includes data from %1').replace('%1', EPOCH_CREDIT))}, "
                             f"<a href='https://creativecommons.org/licenses/by/4.0/'>"
                             f"https://creativecommons.org/licenses/by/4.0/</a></i></p>")
            _text_section(pages, "".join(parts))
        finally:
            p.end()
    return target
