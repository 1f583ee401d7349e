"""Markdown citations for "Quote into note": a comparison figure or a timeline event, with its sources.

The words around the data (Source, Derived, Note, the confidence) are in the window's language: the window
passes Qt's translate function; without it they are English. Titles, names and formulas stay as written.
"""
from __future__ import annotations

from db.api.events import period_label
from db.dto import CellDTO, DeviceDTO, EventDTO, MetricDTO, ValueDTO
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONFIDENCE = {
    "official": QT_TRANSLATE_NOOP("Quotes", "official"),
    "third-party": QT_TRANSLATE_NOOP("Quotes", "third-party"),
    "reported": QT_TRANSLATE_NOOP("Quotes", "reported"),
}
UNRATED = QT_TRANSLATE_NOOP("Quotes", "unrated")
NO_DATE = QT_TRANSLATE_NOOP("Quotes", "n.d.")


def _confidence(word: str | None, translate: Translate) -> str:
    return translate("Quotes", CONFIDENCE[word]) if word in CONFIDENCE else (word or translate("Quotes", UNRATED))


def _link(title: str, url: str | None) -> str:
    title = title.replace("[", "(").replace("]", ")")
    return f"[{title}]({url})" if url else title


def _source_citation(v: ValueDTO, translate: Translate) -> str:
    s = v.source
    if s is None:
        return translate("Quotes", "no source")
    parts = [s.publisher, _link(f"“{s.title}”" if s.title else s.publisher, s.url) if s.title or s.url else "",
             s.date_text or translate("Quotes", NO_DATE)]
    return ", ".join(p for p in parts if p)


def quote_figure(metric: MetricDTO, device: DeviceDTO, cell: CellDTO, translate: Translate = _english) -> str:
    """'> **Dense BF16/FP16 — Huawei Ascend 910C: 752 TFLOPS** (official)' plus its source lines."""
    head = f"> **{metric.label} — {device.name}: {cell.display}**"
    v = cell.value
    if v is None:
        return head + (f"  \n> {cell.gap_note}" if cell.gap_note else "") + "\n"
    confidence = _confidence(v.confidence, translate)
    lines = [head + " (" + (fill(translate("Quotes", "%1, derived"), confidence) if v.is_derived else confidence) + ")"]
    if v.formula:
        lines.append("> " + fill(translate("Quotes", "Derived: %1"), v.formula))
        for inp in v.inputs:
            if inp.source is not None:
                lines.append("> " + fill(translate("Quotes", "Input source: %1"), _source_citation(inp, translate)))
    if v.source is not None:
        lines.append("> " + fill(translate("Quotes", "Source: %1"), _source_citation(v, translate)))
    if v.note:
        lines.append("> " + fill(translate("Quotes", "Note: %1"), v.note))
    if cell.disagreement:
        lines.append("> " + fill(translate("Quotes", "Sources disagree: %1"), cell.disagreement))
    return "  \n".join(lines) + "\n"


def quote_event(event: EventDTO, translate: Translate = _english) -> str:
    """The event's date, title, actor and summary, and each source with its link."""
    lines = [f"> **{period_label(event.date, event.precision)} — {event.title}** "
             f"({_confidence(event.confidence, translate)}; {event.jurisdiction}; {event.category})"]
    if event.actor:
        lines.append("> " + fill(translate("Quotes", "Actor: %1"), event.actor))
    if event.summary:
        lines.append(f"> {event.summary}")
    for s in event.sources:
        when = s.date or translate("Quotes", NO_DATE)
        cited = f"{s.publisher}, {_link(f'“{s.title}”' if s.title else s.publisher, s.url)}, {when}"
        lines.append("> " + fill(translate("Quotes", "Source: %1"), cited))
    return "  \n".join(lines) + "\n"
