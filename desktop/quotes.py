"""Markdown citations for "Quote into note": a comparison figure or a timeline event, with its sources."""
from __future__ import annotations

from db.api.events import period_label
from db.dto import CellDTO, DeviceDTO, EventDTO, MetricDTO, ValueDTO


def _link(title: str, url: str | None) -> str:
    title = title.replace("[", "(").replace("]", ")")
    return f"[{title}]({url})" if url else title


def _source_citation(v: ValueDTO) -> str:
    s = v.source
    if s is None:
        return "no source"
    parts = [s.publisher, _link(f"“{s.title}”" if s.title else s.publisher, s.url) if s.title or s.url else "",
             s.date_text or "n.d."]
    return ", ".join(p for p in parts if p)


def quote_figure(metric: MetricDTO, device: DeviceDTO, cell: CellDTO) -> str:
    """'> **Dense BF16/FP16 — Huawei Ascend 910C: 752 TFLOPS** (official)' plus its source lines."""
    head = f"> **{metric.label} — {device.name}: {cell.display}**"
    v = cell.value
    if v is None:
        return head + (f"  \n> {cell.gap_note}" if cell.gap_note else "") + "\n"
    lines = [head + f" ({v.confidence or 'unrated'}{', derived' if v.is_derived else ''})"]
    if v.formula:
        lines.append(f"> Derived: {v.formula}")
        for inp in v.inputs:
            if inp.source is not None:
                lines.append(f"> Input source: {_source_citation(inp)}")
    if v.source is not None:
        lines.append(f"> Source: {_source_citation(v)}")
    if v.note:
        lines.append(f"> Note: {v.note}")
    if cell.disagreement:
        lines.append(f"> Sources disagree: {cell.disagreement}")
    return "  \n".join(lines) + "\n"


def quote_event(event: EventDTO) -> str:
    """The event's date, title, actor and summary, and each source with its link."""
    lines = [f"> **{period_label(event.date, event.precision)} — {event.title}** "
             f"({event.confidence}; {event.jurisdiction}; {event.category})"]
    if event.actor:
        lines.append(f"> Actor: {event.actor}")
    if event.summary:
        lines.append(f"> {event.summary}")
    for s in event.sources:
        lines.append(f"> Source: {s.publisher}, {_link(f'“{s.title}”' if s.title else s.publisher, s.url)}"
                     f", {s.date or 'n.d.'}")
    return "  \n".join(lines) + "\n"
