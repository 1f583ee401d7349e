"""`chiplens events`: the policy timeline as a table, CSV or JSON, filtered by period, category, place or device."""
from __future__ import annotations

import csv
import json
import sys
from typing import TextIO

from db.api import Library
from db.api.imports import escape_cell  # a cell starting with = + - @ cannot run as a formula
from db.dto import EventDTO, EventSourceDTO
from db.errors import UnknownDeviceError
from desktop.cli.output import table
from desktop.cli.words import current_language, translate
from desktop.present.event_words import category_label
from desktop.present.locale_style import format_period

EVENT_COLUMNS = ("date", "precision", "title", "jurisdiction", "category", "confidence", "sources", "devices",
                 "summary", "actor", "tags", "origin", "uid")


def event_json(e: EventDTO, names: dict[str, str]) -> dict:
    row = {name: getattr(e, name) for name in EVENT_COLUMNS}
    row["sources"] = [{"publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date} for s in e.sources]
    row["devices"] = [{"slug": slug, "name": names.get(slug, slug)} for slug in e.devices]
    row["tags"] = list(e.tags)
    return row


def _source_text(s: EventSourceDTO) -> str:
    head = ": ".join(x for x in (s.publisher, s.title) if x)
    return " ".join(x for x in (head, f"({s.date})" if s.date else "", s.url or "") if x)


def event_csv_row(e: EventDTO, names: dict[str, str]) -> list[str]:
    row = {name: getattr(e, name) for name in EVENT_COLUMNS}
    row["sources"] = "; ".join(_source_text(s) for s in e.sources)
    row["devices"] = "; ".join(names.get(slug, slug) for slug in e.devices)
    row["tags"] = "; ".join(e.tags)
    return [row[name] for name in EVENT_COLUMNS]


def print_events(events: list[EventDTO], names: dict[str, str], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump([event_json(e, names) for e in events], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(EVENT_COLUMNS)
        w.writerows([escape_cell(x) for x in event_csv_row(e, names)] for e in events)
        return
    head = [translate("Cli", "Date"), translate("Cli", "Jur."), translate("Cli", "Category"), translate("Cli", "Title")]
    table([head] + [_table_row(e) for e in events], out)


def _table_row(e: EventDTO) -> list[str]:
    """Date, jurisdiction, category, title; in another language than English the date and the category in its
    words (the jurisdiction stays its code: US, CN, EU)."""
    code = current_language()
    if code == "en":
        return [e.label, e.jurisdiction, e.category, e.title]
    when = format_period(e.date, e.precision, code) if e.date else e.label
    return [when, e.jurisdiction, category_label(e.category, translate), e.title]


def cmd_events(lib: Library, fmt: str, out: TextIO, date_from: str | None = None, date_to: str | None = None,
               categories: list[str] | None = None, jurisdictions: list[str] | None = None,
               device: str | None = None) -> int:
    try:
        events = lib.events.list(date_from, date_to, categories, jurisdictions, device=device)
    except UnknownDeviceError as exc:
        sys.stderr.write(f"chiplens events: {exc}\n")
        return 2
    names = {d.slug: d.name for d in lib.catalog.devices()}
    print_events(events, names, fmt, out)
    if not events:
        sys.stderr.write("chiplens events: " + translate("Cli", "no event matches these filters") + "\n")
    return 0


# ---------------------------------------------------------------- notes
