"""The Supply view's rows without Qt: every supply fact under a heading per kind and year, so that the estimates of
one year sit side by side and the heading says what they count (Huawei's 2025 output: ≤200k chips, 805k units,
812k cards, ~1M dies: four things counted, never one figure). Columns, headings and the details of one fact are
worded here once, for the window's table model and its details pane.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from db.api.beyond import SUPPLY_KINDS, SupplyFactDTO
from db.api.compare import PLAIN, NumberStyle
from desktop.present.beyond import (CONFIDENCE_WORDS, SUPPLY_KIND_LABELS, YOURS, citation, counted_nouns, counted_words,
                                    source_date, supply_value)
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Supply"
COLUMNS = (  # (key, header): declared once; the table model reads them in this order
    ("subject", QT_TRANSLATE_NOOP("Supply", "Subject")),
    ("metric", QT_TRANSLATE_NOOP("Supply", "Metric")),
    ("period", QT_TRANSLATE_NOOP("Supply", "Period")),
    ("value", QT_TRANSLATE_NOOP("Supply", "Value")),
    ("counted", QT_TRANSLATE_NOOP("Supply", "What it counts")),
    ("source", QT_TRANSLATE_NOOP("Supply", "Made by, read on")),
    ("grade", QT_TRANSLATE_NOOP("Supply", "Grade")),
    ("date", QT_TRANSLATE_NOOP("Supply", "Source date")),
    ("note", QT_TRANSLATE_NOOP("Supply", "Note")),
)
HEADING = QT_TRANSLATE_NOOP("Supply", "%1 · %2")  # kind · year
ONE = QT_TRANSLATE_NOOP("Supply", "1 figure")
MANY = QT_TRANSLATE_NOOP("Supply", "%1 figures")
DIFFERENT = QT_TRANSLATE_NOOP("Supply", "they count different things (%1): side by side, never added or merged")
NO_YEAR = QT_TRANSLATE_NOOP("Supply", "no year")
ALL = QT_TRANSLATE_NOOP("Supply", "All")
NONE_FOUND = QT_TRANSLATE_NOOP("Supply", "No supply fact matches these filters.")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _t(text: str, translate: Translate) -> str:
    return translate(CONTEXT, text)


def year_of(period: str) -> str:
    """The year a period starts in ('2024 (to July)' -> '2024', 'FY2026 Q3' -> '2026'); '' when it names none."""
    m = _YEAR.search(period)
    return m.group(0) if m else ""


@dataclass(frozen=True)
class Heading:
    kind: str
    year: str
    facts: tuple[SupplyFactDTO, ...]


Row = Heading | SupplyFactDTO


def rows(facts: Sequence[SupplyFactDTO]) -> list[Row]:
    """Headings and facts in reading order: kinds in SUPPLY_KINDS order, years in order (no year last), then the
    facts of that kind and year by period and subject, each under its heading."""
    order = {k: i for i, k in enumerate(SUPPLY_KINDS)}
    groups: dict[tuple[str, str], list[SupplyFactDTO]] = {}
    for f in facts:
        groups.setdefault((f.kind, year_of(f.period)), []).append(f)
    out: list[Row] = []
    for kind, year in sorted(groups, key=lambda k: (order.get(k[0], len(order)), k[1] == "", k[1])):
        members = sorted(groups[(kind, year)], key=lambda f: (f.period, f.subject.casefold(), f.metric))
        out.append(Heading(kind, year, tuple(members)))
        out.extend(members)
    return out


def kind_label(kind: str, translate: Translate = _english) -> str:
    return translate("Beyond", SUPPLY_KIND_LABELS.get(kind, kind))


def heading_text(h: Heading, translate: Translate = _english) -> str:
    """'Output · 2025 — 8 figures; they count different things (chips, units, dies): side by side, never added
    or merged'."""
    head = fill(_t(HEADING, translate), kind_label(h.kind, translate), h.year or _t(NO_YEAR, translate))
    count = _t(ONE, translate) if len(h.facts) == 1 else fill(_t(MANY, translate), str(len(h.facts)))
    counted = list(dict.fromkeys(f.counted for f in h.facts if f.counted))
    if len(counted) > 1:
        count += "; " + fill(_t(DIFFERENT, translate), counted_nouns(counted, translate))
    return f"{head} — {count}"


def grade(f: SupplyFactDTO, translate: Translate = _english) -> str:
    words = translate("Beyond", CONFIDENCE_WORDS.get(f.confidence, f.confidence))
    return f"{words} · {translate('Beyond', YOURS)}" if f.origin == "user" else words


def cell(f: SupplyFactDTO, key: str, translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    """A fact's text in one of COLUMNS."""
    if key == "subject":
        return f.subject
    if key == "metric":
        return f.metric
    if key == "period":
        return f.period
    if key == "value":
        return supply_value(f, style)
    if key == "counted":
        return counted_words(f.counted, translate)
    if key == "source":
        return f.source.publisher
    if key == "grade":
        return grade(f, translate)
    if key == "date":
        return source_date(f.source, translate)
    return f.note or ""


def header(key: str, translate: Translate = _english) -> str:
    return _t(dict(COLUMNS)[key], translate)


def organisations(facts: Sequence[SupplyFactDTO]) -> list[str]:
    """The organisation slugs the facts are about, in first-seen order (the organisation filter's choices)."""
    return list(dict.fromkeys(o for f in facts for o in f.organisations))


DETAIL_LABELS = {
    "kind": QT_TRANSLATE_NOOP("Supply", "Kind"), "citation": QT_TRANSLATE_NOOP("Supply", "Citation"),
    "title": QT_TRANSLATE_NOOP("Supply", "Page"), "url": QT_TRANSLATE_NOOP("Supply", "Address"),
    "read_on": QT_TRANSLATE_NOOP("Supply", "Read on"), "devices": QT_TRANSLATE_NOOP("Supply", "Devices named"),
}


def details(f: SupplyFactDTO, translate: Translate = _english) -> list[tuple[str, str]]:
    """(label, text) pairs of one fact's details pane: the full citation, its page and address and the note first
    (what the table cannot show whole), then the fact's own fields."""
    out = [(_t(DETAIL_LABELS["citation"], translate), citation(f, translate)),
           (_t(DETAIL_LABELS["title"], translate), f.source.title or ""),
           (_t(DETAIL_LABELS["url"], translate), f.source.url or ""),
           (_t(DETAIL_LABELS["read_on"], translate), f.source.read_on or ""),
           (header("note", translate), f.note or "")]
    out += [(header(k, translate), cell(f, k, translate)) for k, _ in COLUMNS if k not in ("note", "source", "date")]
    out.insert(8, (_t(DETAIL_LABELS["kind"], translate), kind_label(f.kind, translate)))
    out.append((_t(DETAIL_LABELS["devices"], translate), ", ".join(f.devices)))
    return [(label, text) for label, text in out if text]


def all_label(translate: Translate = _english) -> str:
    return _t(ALL, translate)


def none_found(translate: Translate = _english) -> str:
    return _t(NONE_FOUND, translate)
