"""Numbered sources of the figures an export shows, and the caption that names them.

Figures are numbered in the order they appear (row by row, device by device); a derived figure cites the
sources of the figures it is computed from. The caption says what the picture is, its units, its sources
with their confidence and where their figures were read (primary, reputable relay, weak relay: ◦ marks a
figure read on a weak relay), the rows whose sides come from different sources or methods, the date of the
newest figure shown ("data as of"), the data release, the ChipLens version, and the Epoch AI CC-BY credit
whenever a figure from Epoch AI's data is shown. Two source keys for the same page (the same URL) share one number.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from db.api.compare import SOURCES_DIFFER_SHARED, Reason, default_carrier
from db.api.compare import scale as unit_scale
from db.api.releases import bundled_release
from db.dto import ComparisonDTO, EventDTO, SourceDTO, ValueDTO
from desktop import APP_NAME, __version__
from desktop.export.options import export_date
from desktop.present.catalog_words import catalog_word
from desktop.present.data_changes import release_line
from desktop.present.fact_rows import FACT_SOURCE_KIND
from desktop.present.lang import ENGLISH, Translate, english
from desktop.present.findings import shown_values, weak_count  # noqa: F401 - the exports' counts, defined once
from desktop.present.provenance import (CONFIDENCE_LETTERS, UNRATED_LETTER, WEAK_MARK, all_weak, carrier_names,
                                        short_publisher, weak_legend)
from desktop.present.reasons import phrase
from desktop.present.status import as_of, badge

EPOCH_CREDIT = "Epoch AI, 'Data on Machine Learning Hardware', epoch.ai (CC-BY 4.0)"
_ISO = re.compile(r"\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b")


def is_epoch(source: SourceDTO | None) -> bool:
    return source is not None and (source.publisher.startswith("Epoch AI") or source.key.upper().startswith("EPOCH"))


def iso_prefix(text: str | None) -> str | None:
    """The first date-like part of a text ('rows last modified up to 2025-12-16' -> '2025-12-16')."""
    m = _ISO.search(text or "")
    if not m or not 1900 <= int(m.group(1)) <= 2200:
        return None
    return "-".join(g for g in m.groups() if g)


UNDATED = ("n.d.", "undated")


def dated(date_sort: str | None, date_text: str | None = None) -> str | None:
    """A source's own date ('2025-12-16', '2025-04', '2026'), or None for an undated page: 'n.d. (2026)' gives
    the year the page was read, not a date of its data."""
    if (date_text or "").strip().casefold().startswith(UNDATED):
        return None
    return iso_prefix(date_sort) or iso_prefix(date_text)


def _date_key(iso: str) -> tuple[str, int]:
    """Newest first by the period's first day; of two dates starting on the same day, the more precise."""
    parts = iso.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts))), len(parts)


def data_as_of(dates: Iterable[str | None]) -> str | None:
    """THE "data as of" date of every export and the brief: the newest source date among the figures shown
    (ISO, as precise as the sources give it: a full date when one is known)."""
    known = [d for d in (iso_prefix(x) for x in dates) if d]
    return max(known, key=_date_key) if known else None


@dataclass
class SourceEntry:
    number: int
    source: SourceDTO
    marks: set[str] = field(default_factory=set)  # confidence letters of the figures citing it
    figures: int = 0
    carriers: set[str | None] = field(default_factory=set)  # carrier qualities of the figures citing it

    @property
    def confidence(self) -> str:
        return "".join(sorted(self.marks, key="OTR?".find))

    @property
    def weak(self) -> bool:
        """Every figure citing this source was read on a weak relay."""
        return all_weak(self.carriers)

    def label(self, translate: Translate = english) -> str:
        """'T, primary', 'OT◦, weak relay': the confidence letters (◦ when it is a weak relay only) and where its
        figures were read."""
        words = carrier_names(self.carriers, translate)
        return self.confidence + (WEAK_MARK if self.weak else "") + (f", {words}" if words else "")


def page_key(url: str | None) -> str | None:
    """A URL without its scheme, 'www.', trailing slash and case: two source keys for one page share a number."""
    if not url or not url.strip():
        return None
    u = re.sub(r"^[a-z]+://", "", url.strip().casefold())
    return re.sub(r"^www\.", "", u).rstrip("/")


class SourceIndex:
    """Sources in order of first citation; refs(value) registers a figure and returns its numbers."""

    def __init__(self) -> None:
        self._by_key: dict[str, SourceEntry] = {}
        self._by_page: dict[str, SourceEntry] = {}
        self.epoch = False
        self.newest: str | None = None

    @property
    def entries(self) -> list[SourceEntry]:
        return sorted({id(e): e for e in self._by_key.values()}.values(), key=lambda e: e.number)

    def _cite(self, source: SourceDTO, letter: str, carrier: str | None) -> int:
        entry = self._by_key.get(source.key)
        page = page_key(source.url)
        if entry is None and page is not None:
            entry = self._by_page.get(page)
        if entry is None:
            entry = SourceEntry(len(self.entries) + 1, source)
            if page is not None:
                self._by_page[page] = entry
        self._by_key[source.key] = entry
        entry.marks.add(letter)
        entry.carriers.add(carrier)
        entry.figures += 1
        self.epoch = self.epoch or is_epoch(source)
        return entry.number

    def _date(self, *texts: str | None) -> None:
        self.newest = data_as_of((self.newest, *texts))

    def refs(self, v: ValueDTO | None) -> list[int]:
        if v is None:
            return []
        out: list[int] = []
        letter = CONFIDENCE_LETTERS.get(v.confidence or "", UNRATED_LETTER)
        if v.source is not None and not (v.derived and v.inputs):
            # a figure of no stated carrier (a composition) was read where its source's kind says
            out.append(self._cite(v.source, letter, v.carrier_quality or default_carrier(v.source.kind)))
            if v.source.kind != FACT_SOURCE_KIND:  # "data as of" dates the figures; a stack or supply fact has its own
                self._date(dated(v.source.date_sort, v.source.date_text))
        for inp in v.inputs:
            out += [n for n in self.refs(inp) if n not in out]
        if v.source is None and not v.inputs:
            self._date(v.as_of)
        return sorted(set(out))

    def short_list(self, translate: Translate = english) -> str:
        """'[1] Epoch AI (O) · [2] SemiAnalysis (T) · …': every number the picture cites, so none points nowhere."""
        entries = self.entries
        names = [short_publisher(e.source.publisher) for e in entries]
        twice = {n for n in names if names.count(n) > 1}  # two pages of one publisher: say which page
        return " · ".join(f"[{e.number}] {name}" + (f", “{short_publisher(e.source.title, 32)}”" if name in twice
                                                     and e.source.title else "") + f" ({e.label(translate)})"
                          for e, name in zip(entries, names))


def provenance_notes(rows, translate: Translate = english) -> list[str]:
    """'Memory capacity: different sources (WinBuzzer gives a figure for each)', 'FP32; Memory bandwidth: different
    sources': the rows whose sides come from different sources or methods, grouped by what the row's note says
    (a source giving a figure for each side by its short name)."""
    groups: dict[str, list[str]] = {}
    for r in rows:
        note = r.provenance_note
        if note is None:
            continue
        if note.code == SOURCES_DIFFER_SHARED and note.data:
            note = Reason(note.code, (short_publisher(str(note.data[0])),) + tuple(note.data[1:]))
        groups.setdefault(phrase(note, translate), []).append(catalog_word(r.metric.label, translate))
    return [f"{'; '.join(labels)}: {words}" for words, labels in groups.items()]


def refs_text(numbers: list[int]) -> str:
    return ",".join(str(n) for n in numbers)


def display_units(comparison: ComparisonDTO, rows, style=None) -> list[str]:
    """The units the figures are shown in (PFLOPS, TB/s, kW, …), in table order, each once; with the symbols of
    `style` (a NumberStyle: French To/s) when given."""
    symbols = dict(style.units) if style is not None else {}
    units: list[str] = []
    for row in rows:
        for cell in row.cells:
            v = cell.value
            if v is None or v.value_num is None or not row.metric.unit:
                continue
            try:
                unit = unit_scale(v.value_num, row.metric.unit)[1]
            except (KeyError, ValueError):
                unit = row.metric.unit
            unit = symbols.get(unit, unit)
            if unit and unit not in units:
                units.append(unit)
    return units


@dataclass(frozen=True)
class Caption:
    """What a picture says about itself: its title and date (drawn above the picture), then its other lines
    (units, sources, credits: drawn below it)."""

    title: str
    lines: tuple[str, ...]
    date: str = ""  # 'Data as of 2025-12-16', 'Last edited 2026-12-04 18:15 (UTC)'

    @property
    def text(self) -> str:
        return "\n".join((self.title, *([self.date] if self.date else []), *self.lines))


def as_of_line(newest: str | None, translate: Translate = english, lang: str = ENGLISH) -> str:
    """'Data as of 2025-12-16' (data_as_of's date), on top of every picture and page of the brief."""
    if not newest:
        return translate("Export", "Data as of: no dated figure")
    return translate("Export", "Data as of %1").replace("%1", export_date(newest, lang))


def footer_line(epoch: bool, translate: Translate = english, lang: str = ENGLISH) -> str:
    """'Data release 2026.12 (2026-12-05) · ChipLens 0.1.0 · Includes data from Epoch AI, …', the release's date in
    the export's language `lang` ('5 déc. 2026'; ISO in English)."""
    release = release_line(bundled_release(), translate, lang)  # "Data release 2026.12 (2026-12-05)"
    parts = [*([release] if release else []), f"{APP_NAME} {__version__}"]
    if epoch:
        parts.append(translate("Export", "Includes data from %1").replace("%1", EPOCH_CREDIT))
    return " · ".join(parts)


def comparison_title(comparison: ComparisonDTO, translate: Translate = english) -> str:
    return translate("Export", " vs ").join(d.name for d in comparison.devices).replace("  ", " ")


def comparison_caption(comparison: ComparisonDTO, rows, index: SourceIndex, parts: str = "both",
                       translate: Translate = english, lang: str = ENGLISH) -> Caption:
    what = {"both": translate("Export", "specifications and ratios"), "table": translate("Export", "specifications"),
            "chart": translate("Export", "key metrics, ratios")}[parts]
    title = f"{comparison_title(comparison, translate)} — {what}"
    from desktop.export.options import number_style
    units = display_units(comparison, rows, number_style(lang))  # English: the symbols as always
    lines = [translate("Export", "Status: %1.").replace("%1", "; ".join(
        f"{d.name}, {badge(d.status, translate)} ({as_of(d, translate, lang)})" for d in comparison.devices))]
    lines += [translate("Export", "Units: %1; ratios are unitless (log scale in the chart).").replace(
        "%1", ", ".join(units) if units else translate("Export", "none"))]
    if index.entries:
        lines.append(translate("Export", "Sources, with their figures' confidence (O official, T third-party, "
                                         "R reported; ƒ derived) and where they were read: %1")
                     .replace("%1", index.short_list(translate)))
    else:
        lines.append(translate("Export", "Sources: no sourced figure is shown."))
    weak, total = weak_count(rows)
    if weak:
        lines.append(weak_legend(translate) + ": " + translate("Export", "%1 of %2 figures shown")
                     .replace("%1", str(weak)).replace("%2", str(total)) + ".")
    notes = provenance_notes(rows, translate)
    if notes:
        lines.append(translate("Export", "Rows whose sides come from different sources or methods: %1")
                     .replace("%1", " · ".join(notes)) + ".")
    lines.append(footer_line(index.epoch, translate, lang))
    return Caption(title, tuple(lines), as_of_line(index.newest, translate, lang))


def event_sources(events: list[EventDTO]) -> tuple[list[tuple[str, int, str]], str | None]:
    """(short publisher, events citing it, confidence letters) by count, and the newest source date."""
    counts: dict[str, list] = {}
    newest = None
    for e in events:
        for s in e.sources:
            name = short_publisher(s.publisher)
            entry = counts.setdefault(name, [0, set()])
            entry[0] += 1
            entry[1].add(CONFIDENCE_LETTERS.get(e.confidence, UNRATED_LETTER))
            newest = data_as_of((newest, s.date))
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0].casefold()))
    return [(name, n, "".join(sorted(marks, key="OTR?".find))) for name, (n, marks) in ordered], newest


def timeline_caption(events: list[EventDTO], date_from: str, date_to: str, filters: str = "",
                     translate: Translate = english, lang: str = ENGLISH) -> Caption:
    title = translate("Export", "Policy timeline, %1 to %2").replace("%1", export_date(date_from, lang)).replace(
        "%2", export_date(date_to, lang))
    publishers, newest = event_sources(events)
    count = translate("Export", "%1 events").replace("%1", str(len(events)))
    lines = [count + (f" · {filters}" if filters else "") + " · " +
             translate("Export", "dates are UTC calendar days; month-, quarter- and year-precision events are drawn "
                                 "over their period")]
    if publishers:
        shown = [f"{name} ({marks}{'' if n == 1 else f', {n}'})" for name, n, marks in publishers[:10]]
        if len(publishers) > 10:
            shown.append(translate("Export", "and %1 more").replace("%1", str(len(publishers) - 10)))
        lines.append(translate("Export", "Sources (O official, T third-party, R reported; number of events): %1")
                     .replace("%1", " · ".join(shown)))
    lines.append(footer_line(False, translate, lang))
    return Caption(title, tuple(lines), as_of_line(newest, translate, lang))
