"""The brief's text sections as HTML for QTextDocument (selectable, searchable text in the PDF): the events
involving the compared devices, the linked notes and the numbered source list with URLs, each source saying where
its figures were read (◦: weak relays only)."""
from __future__ import annotations

import html
import re

from db.dto import EventDTO, NoteDTO
from desktop.export.options import event_date, export_date
from desktop.export.sources import SourceIndex, short_publisher
from desktop.present.event_words import category_label, confidence_label, jurisdiction_label
from desktop.present.lang import ENGLISH, Translate, english
from desktop.note_document import NoteDocument, set_note_markdown
from desktop.present.provenance import WEAK_MARK, carrier_names, weak_only, weak_only_legend


def event_html(e: EventDTO, names: dict, translate: Translate = english, lang: str = ENGLISH) -> str:
    esc = html.escape
    label = e.label if lang == ENGLISH else event_date(e.date, e.precision, lang)
    devices = ", ".join(names.get(s, s) for s in e.devices)
    srcs = "; ".join(esc(short_publisher(s.publisher)) + (f" (<a href='{esc(s.url)}'>{esc(s.url)}</a>)" if s.url else "")
                     for s in e.sources)
    devices_label, sources_label = translate("Export", "Devices:"), translate("Export", "Sources:")
    return (f"<p style='margin-bottom:6px'><b>{esc(label)}</b> — {esc(e.title)} "
            f"<span style='color:#555'>[{esc(jurisdiction_label(e.jurisdiction, translate))}, "
            f"{esc(category_label(e.category, translate))}, {esc(confidence_label(e.confidence, translate))}]</span><br>"
            f"{esc(e.summary)}" + (f"<br><i>{esc(devices_label)}</i> {esc(devices)}" if devices else "")
            + (f"<br><i>{esc(sources_label)}</i> {srcs}" if srcs else "") + "</p>")


def note_html(note: NoteDTO, translate: Translate = english, lang: str = ENGLISH) -> str:
    doc = NoteDocument()
    set_note_markdown(doc, note.body)  # its images as words: the brief loads no file and fetches nothing
    body = doc.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    inner = body[body.find(">", start) + 1:end] if start >= 0 and end > start else html.escape(note.body)
    tags = " ".join("#" + t for t in note.tags)
    when = note.updated.replace("T", " ").rstrip("Z")[:16]
    meta = translate("Export", "last edited %1 (UTC)").replace("%1", export_date(when[:10], lang) + when[10:])
    title = note.title or translate("Export", "Untitled note")
    return (f"<h3>{html.escape(title)}</h3>"
            f"<p style='color:#555'>{html.escape(meta)}{' · ' + html.escape(tags) if tags else ''}</p>{inner}")


_DATED = re.compile(r"\d{4}")


def source_date(text: str | None, translate: Translate = english) -> str:
    """A source's date as a list shows it: '2025-04-16', not '2025-04-16 (newsletter clipping front-matter says
    2026-02-05)'; 'n.d. (2026)' keeps its only year."""
    text = (text or "").strip()
    head = text.split(" (", 1)[0].strip()
    return head if _DATED.search(head) else (text or translate("Export", "n.d."))


def _publisher_html(publisher: str) -> str:
    """The publisher's short name in bold, what the entry adds (who it relays, the author) after it, not bold."""
    short = short_publisher(publisher, limit=200)
    rest = publisher[len(short):].strip() if publisher.startswith(short) else ""
    if len(rest) > 90:
        rest = rest[:89].rstrip() + "…" + (")" if rest.startswith("(") else "")
    return f"<b>{html.escape(short)}</b>" + (f" {html.escape(rest)}" if rest else "")


def sources_html(index: SourceIndex, translate: Translate = english) -> str:
    esc = html.escape
    intro = translate("Export", "Each source says where the figures cited to it were read (primary: the producer’s own "
                                "page; reputable relay; weak relay), their confidence (O official, T third-party, "
                                "R reported) and how many figures of the brief cite it.")
    rows = [f"<p style='margin-bottom:8px; color:#555'>{esc(intro)} {esc(weak_only_legend(translate))}.</p>"]
    for e in index.entries:
        s = e.source
        text = f"[{e.number}] " + (f"{WEAK_MARK} " if e.weak else "") + _publisher_html(s.publisher)
        if s.title:
            text += f", “{esc(s.title)}”"
        text += f" ({esc(source_date(s.date_text, translate))})"
        figures = translate("Export", "1 figure") if e.figures == 1 else translate("Export", "%1 figures").replace(
            "%1", str(e.figures))
        where = esc(carrier_names(e.carriers, translate))
        if e.weak:
            where = f"<b>{esc(weak_only(translate))}</b>"
        confidence = translate("Export", "confidence %1").replace("%1", e.confidence)
        text += f"<br>{where} · {esc(confidence)} · {esc(figures)}"
        if s.url:
            text += f"<br><a href='{esc(s.url)}'>{esc(s.url)}</a>"
        rows.append(f"<p style='margin-bottom:5px'>{text}</p>")
    return "".join(rows)
