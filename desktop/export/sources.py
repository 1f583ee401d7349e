"""Numbered sources of the figures an export shows, and the caption that names them.

Figures are numbered in the order they appear (row by row, device by device); a derived figure cites the
sources of the figures it is computed from. The caption says what the picture is, its units, its sources
with their confidence, the date of the newest figure shown ("data as of"), the ChipLens version, and the
Epoch AI CC-BY credit whenever a figure from Epoch AI's data is shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from db.api.compare import scale as unit_scale
from db.dto import ComparisonDTO, EventDTO, SourceDTO, ValueDTO
from desktop import APP_NAME, __version__
from desktop.present.provenance import CONFIDENCE_LETTERS, UNRATED_LETTER, short_publisher

EPOCH_CREDIT = "Epoch AI, 'Data on Machine Learning Hardware', epoch.ai (CC-BY 4.0)"
_ISO = re.compile(r"\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b")


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def is_epoch(source: SourceDTO | None) -> bool:
    return source is not None and (source.publisher.startswith("Epoch AI") or source.key.upper().startswith("EPOCH"))


def iso_prefix(text: str | None) -> str | None:
    """The first date-like part of a text ('rows last modified up to 2025-12-16' -> '2025-12-16')."""
    m = _ISO.search(text or "")
    if not m or not 1900 <= int(m.group(1)) <= 2200:
        return None
    return "-".join(g for g in m.groups() if g)


@dataclass
class SourceEntry:
    number: int
    source: SourceDTO
    marks: set[str] = field(default_factory=set)  # confidence letters of the figures citing it
    figures: int = 0

    @property
    def confidence(self) -> str:
        return "".join(sorted(self.marks, key="OTR?".find))


class SourceIndex:
    """Sources in order of first citation; refs(value) registers a figure and returns its numbers."""

    def __init__(self) -> None:
        self._by_key: dict[str, SourceEntry] = {}
        self.epoch = False
        self.newest: str | None = None

    @property
    def entries(self) -> list[SourceEntry]:
        return sorted(self._by_key.values(), key=lambda e: e.number)

    def _cite(self, source: SourceDTO, letter: str) -> int:
        entry = self._by_key.get(source.key)
        if entry is None:
            entry = self._by_key[source.key] = SourceEntry(len(self._by_key) + 1, source)
        entry.marks.add(letter)
        entry.figures += 1
        self.epoch = self.epoch or is_epoch(source)
        return entry.number

    def _date(self, *texts: str | None) -> None:
        for text in texts:
            iso = iso_prefix(text)
            if iso and (self.newest is None or iso > self.newest):
                self.newest = iso

    def refs(self, v: ValueDTO | None) -> list[int]:
        if v is None:
            return []
        out: list[int] = []
        letter = CONFIDENCE_LETTERS.get(v.confidence or "", UNRATED_LETTER)
        if v.source is not None and not (v.derived and v.inputs):
            out.append(self._cite(v.source, letter))
            self._date(v.as_of, v.source.date_sort, v.source.date_text if not v.source.date_sort else None)
        for inp in v.inputs:
            out += [n for n in self.refs(inp) if n not in out]
        if v.source is None and not v.inputs:
            self._date(v.as_of)
        return sorted(set(out))

    def short_list(self) -> str:
        """'[1] Epoch AI (O) · [2] SemiAnalysis (T) · …': every number the picture cites, so none points nowhere."""
        return " · ".join(f"[{e.number}] {short_publisher(e.source.publisher)} ({e.confidence})" for e in self.entries)


def refs_text(numbers: list[int]) -> str:
    return ",".join(str(n) for n in numbers)


def display_units(comparison: ComparisonDTO, rows) -> list[str]:
    """The units the figures are shown in (PFLOPS, TB/s, kW, …), in table order, each once."""
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
            if unit and unit not in units:
                units.append(unit)
    return units


@dataclass(frozen=True)
class Caption:
    title: str
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join((self.title, *self.lines))


def footer_line(newest: str | None, epoch: bool) -> str:
    parts = [tr("Data as of %1").replace("%1", newest) if newest else tr("Data as of: no dated figure"),
             f"{APP_NAME} {__version__}"]
    if epoch:
        parts.append(tr("Includes data from %1").replace("%1", EPOCH_CREDIT))
    return " · ".join(parts)


def comparison_title(comparison: ComparisonDTO) -> str:
    return tr(" vs ").join(d.name for d in comparison.devices).replace("  ", " ")


def comparison_caption(comparison: ComparisonDTO, rows, index: SourceIndex, parts: str = "both") -> Caption:
    what = {"both": tr("specifications and ratios"), "table": tr("specifications"),
            "chart": tr("key metrics, ratios")}[parts]
    title = f"{comparison_title(comparison)} — {what}"
    units = display_units(comparison, rows)
    lines = [tr("Units: %1; ratios are unitless (log scale in the chart).").replace(
        "%1", ", ".join(units) if units else tr("none"))]
    if index.entries:
        lines.append(tr("Sources (confidence O official, T third-party, R reported; ƒ derived): %1")
                     .replace("%1", index.short_list()))
    else:
        lines.append(tr("Sources: no sourced figure is shown."))
    lines.append(footer_line(index.newest, index.epoch))
    return Caption(title, tuple(lines))


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
            iso = iso_prefix(s.date)
            if iso and (newest is None or iso > newest):
                newest = iso
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0].casefold()))
    return [(name, n, "".join(sorted(marks, key="OTR?".find))) for name, (n, marks) in ordered], newest


def timeline_caption(events: list[EventDTO], date_from: str, date_to: str, filters: str = "") -> Caption:
    title = tr("Policy timeline, %1 to %2").replace("%1", date_from).replace("%2", date_to)
    publishers, newest = event_sources(events)
    count = tr("%1 events").replace("%1", str(len(events)))
    lines = [count + (f" · {filters}" if filters else "") + " · " +
             tr("dates are UTC calendar days; month-, quarter- and year-precision events are drawn over their period")]
    if publishers:
        shown = [f"{name} ({marks}{'' if n == 1 else f', {n}'})" for name, n, marks in publishers[:10]]
        if len(publishers) > 10:
            shown.append(tr("and %1 more").replace("%1", str(len(publishers) - 10)))
        lines.append(tr("Sources (O official, R reported; number of events): %1").replace("%1", " · ".join(shown)))
    lines.append(footer_line(newest, False))
    return Caption(title, tuple(lines))
