"""Rows of sourced statements in a comparison (the Software and Supply groups): each cell is the reference's words
with the facts behind them, never a figure to rank, so no ▲, no ratio and no "better".

A statement row is a RowDTO whose metric is of kind FACT_KIND. Its cell's value is the text the cell shows, cited
to the first fact behind it, with every fact as an input (each numbered in an export's source list) and as a
candidate (each listed with its source, grade, date and note in the window's sources panel). A cell the reference
has nothing for reads "not found" (never "no", never "not published"). The analyst's own facts ("yours") are
listed beside the bundled ones, in italics in the window.

No Qt here (an import-linter contract).
"""
from __future__ import annotations

from collections.abc import Sequence

from db.api.beyond import StackFactDTO, SupplyFactDTO
from db.dto import CellDTO, MetricDTO, RowDTO, SourceDTO, ValueDTO
from desktop.present.beyond import NOT_FOUND, YOURS, source_date
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Beyond"
FACT_KIND = "facts"  # MetricDTO.kind of a statement row: text that wraps, no ratio, no mark of better
FACT_SOURCE_KIND = "reference fact"  # SourceDTO.kind of a fact's source (says nothing of its carrier)
NO_FACT = QT_TRANSLATE_NOOP("Beyond", "the reference has nothing on this for %1")
MINE = QT_TRANSLATE_NOOP("Beyond", "%1: %2")  # 'yours: <the analyst's words>'

Fact = StackFactDTO | SupplyFactDTO


def is_fact_row(row: RowDTO) -> bool:
    """Whether a comparison row is a statement row (Software, Supply): no ▲, no ratio, no "(+n more)"."""
    return row.metric.kind == FACT_KIND


def metric(key: str, label: str, group: str, description: str = "") -> MetricDTO:
    """The row's metric: text, no sense of better, not a key metric, not derived (its cells are cited facts)."""
    return MetricDTO(key, label, group, "", FACT_KIND, None, None, None, False, False, "", (), False, description, 0)


def fact_source(fact: Fact, translate: Translate = _english) -> SourceDTO:
    """The fact's source as a figure's: publisher, title, address, its date or 'undated, read …'."""
    s = fact.source
    return SourceDTO(f"fact:{s.url or fact.uid}", s.publisher, s.title or "", s.url, source_date(s, translate),
                     s.date, FACT_SOURCE_KIND)


def fact_value(fact: Fact, device: str, key: str, text: str, translate: Translate = _english,
               as_of: str | None = None, kind: str | None = None) -> ValueDTO:
    """One fact as a candidate of a cell: its words (`text`), source, grade, note and origin (seed or user)."""
    return ValueDTO(fact.uid, device, key, None, text, kind, False, fact_source(fact, translate), fact.confidence,
                    as_of, fact.note or "", origin="user" if fact.origin == "user" else "seed")


def mine_line(text: str, translate: Translate = _english) -> str:
    """'yours: …' (the analyst's own fact, beside the bundled ones)."""
    return translate(CONTEXT, MINE).replace("%1", translate(CONTEXT, YOURS)).replace("%2", text)


def fact_cell(device: str, key: str, text: str | None, facts: Sequence[ValueDTO], subject: str,
              translate: Translate = _english, kind: str | None = None) -> CellDTO:
    """A cell: `text` (the reference's words; None: not found) with the analyst's facts after it ('yours: …'),
    cited to its first fact, every fact an input and a candidate. Without words nor facts: 'not found'."""
    mine = [v for v in facts if v.origin == "user"]
    lines = [text] if text else []
    lines += [mine_line(v.value_text or "", translate) for v in mine]
    if not lines:
        gap = translate(CONTEXT, NO_FACT).replace("%1", subject)
        return CellDTO(device, None, translate(CONTEXT, NOT_FOUND), (), gap_note=gap)
    if not text:
        lines.insert(0, translate(CONTEXT, NOT_FOUND))
    shown = "\n".join(lines)
    first = facts[0] if facts else None
    value = ValueDTO(f"{key}:{device}", device, key, None, shown, kind, False, first.source if first else None,
                     first.confidence if first else None, None, "", origin="user" if facts and not
                     [v for v in facts if v.origin != "user"] else "seed", inputs=tuple(facts))
    return CellDTO(device, value, shown, (value, *facts))


def fact_row(key: str, label: str, group: str, cells: Sequence[CellDTO], description: str = "") -> RowDTO:
    return RowDTO(metric(key, label, group, description), tuple(cells))


FACTS_BEHIND = QT_TRANSLATE_NOOP("Beyond", "Sources (select the cell for each address and note):")


def fact_citation(v: ValueDTO, translate: Translate = _english) -> str:
    """One fact's citation as desktop.present.beyond.citation words it: 'Huawei, “CANN 8.5.0 release notes”,
    2026-01-02 · official' ('· yours' for the analyst's own); the reference's summary has no grade."""
    from desktop.present.beyond import CONFIDENCE_WORDS
    s = v.source
    if s is None:
        return ""
    parts = [s.publisher] + ([f"“{s.title}”"] if s.title else []) + [s.date_text]
    grade = [translate(CONTEXT, CONFIDENCE_WORDS[v.confidence])] if v.confidence in CONFIDENCE_WORDS else []
    mine = [translate(CONTEXT, YOURS)] if v.origin == "user" else []
    return " · ".join([", ".join(parts), *grade, *mine])


def facts_tooltip(cell: CellDTO, translate: Translate = _english) -> str:
    """A statement cell's tooltip: its words, then every fact behind them with its citation."""
    if cell.value is None:
        return ""
    lines = [cell.display, translate(CONTEXT, FACTS_BEHIND)]
    lines += [f"• {fact_citation(v, translate)}" for v in cell.value.inputs]
    return "\n".join(lines)
