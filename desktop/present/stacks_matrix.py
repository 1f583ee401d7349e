"""The stacks matrix, once for the Stacks tab, `chiplens stacks` and `chiplens export stacks`: frameworks and engines
(and a stack's latest version, CUDA compatibility, openness and programming model) down, the stacks across, each
cell the route's kind in words beside its colour, the reference's own words and the facts behind it.

No Qt here (an import-linter contract): strings are marked for Qt's translation tools; the window passes its
translate function, the command line none (English). A latest version's date reads in `lang` (desktop.present.dates:
'10 avr. 2026', '2026年4月10日'; ISO in English); without one, in the window's language. The JSON stays ISO.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from db.api.beyond import MATRIX_COLUMNS, DeviceStackDTO, StackDTO, StackFactDTO
from db.dto import DeviceDTO, EventDTO
from desktop.present import dates
from desktop.present.beyond import COLUMN_LABELS, ROUTE_KIND_COLOURS, citation, route_label
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Stacks"
TITLE = QT_TRANSLATE_NOOP("Stacks", "Software stacks: how each reaches the frameworks and engines")
ROUTE_KEYS = tuple(k for k, _ in MATRIX_COLUMNS) + ("vendor_engine",)
FACT_ROWS = ("latest_version", "cuda_compatibility", "openness", "programming_model")
ROWS = ROUTE_KEYS + FACT_ROWS
ROW_LABELS = {
    "latest_version": QT_TRANSLATE_NOOP("Stacks", "Latest version (date)"),
    "cuda_compatibility": QT_TRANSLATE_NOOP("Stacks", "CUDA compatibility"),
    "openness": QT_TRANSLATE_NOOP("Stacks", "Openness"),
    "programming_model": QT_TRANSLATE_NOOP("Stacks", "Programming model"),
}
# the reference's fact fields behind each row (the analyst's facts use the same fields)
ROW_FIELDS = {
    "pytorch": ("pytorch_support",), "jax": ("jax_support",), "tensorflow": ("tensorflow_support",),
    "paddlepaddle": ("paddlepaddle",), "mindspore": ("mindspore",), "vllm": ("vllm_support",),
    "sglang": ("sglang_support",), "llama_cpp": ("llama_cpp",), "triton": ("triton_support",),
    "vendor_engine": ("vendor_engine", "other_engines"), "latest_version": ("latest_version", "version_history"),
    "cuda_compatibility": ("cuda_source_compatibility", "translation_tools"),
    "openness": ("licence_openness", "licence", "governance"), "programming_model": ("programming_model",),
}
JURISDICTIONS = ("US", "CN")
JURISDICTION_LABELS = {None: QT_TRANSLATE_NOOP("Stacks", "All"), "US": QT_TRANSLATE_NOOP("Stacks", "US"),
                       "CN": QT_TRANSLATE_NOOP("Stacks", "CN")}
PICTURE_WIDTH = 1700  # an exported matrix's default width in logical pixels: 12 stacks side by side
FACT_COLOUR = "#f2f2f2"  # a fact row's cell: no route, so no route colour
SOURCES_NOTE = QT_TRANSLATE_NOOP(
    "Stacks", "Routes as the reference words them, each with the kind read from those words; \"not found\": the "
              "reference has nothing for that cell (not \"unsupported\"). Sources: vendors' documentation and release "
              "notes, the frameworks' own repositories and third-party reports, each cited with its grade and date "
              "(chiplens stacks --format json lists them).")
NO_DEVICES = QT_TRANSLATE_NOOP("Stacks", "no device of the catalog")
NO_EVENTS = QT_TRANSLATE_NOOP("Stacks", "no timeline event names this stack")
NO_DATE = QT_TRANSLATE_NOOP("Stacks", "date not found")


def _t(text: str, translate: Translate) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class MatrixCell:
    stack_id: str
    row: str
    words: str | None  # the reference's own words; None: not found
    kind: str | None  # a route's kind (db.beyond.ROUTE_KINDS); None for a fact row or a route not found
    facts: tuple[StackFactDTO, ...]

    @property
    def colour(self) -> str:
        return ROUTE_KIND_COLOURS.get(self.kind, "#ffffff") if self.row in ROUTE_KEYS else FACT_COLOUR

    def kind_text(self, translate: Translate = _english) -> str:
        """The route's kind in words ('plugin'), 'not found' where the reference has nothing; empty for a fact row
        that has words."""
        if self.row in ROUTE_KEYS or self.words is None:
            return route_label(self.kind if self.words is not None else None, translate)
        return ""

    def text(self, translate: Translate = _english) -> str:
        """What the cell shows: 'plugin: out-of-tree PrivateUse1 plugin (torch_npu/TorchNPU)', 'in-tree', or
        'not found'."""
        kind = self.kind_text(translate)
        if self.words is None or not kind:
            return self.words if self.words is not None else kind
        english = self.kind_text()  # the reference's words are English: they are checked against its label
        if self.kind == "other" or (kind == english and self.words.strip().lower().startswith(kind.lower())):
            return self.words  # the words already say it ('in-tree CANN backend'), or only they can ('see text')
        if self.words.strip().lower() == english.lower():
            return kind  # the words were the kind alone ('in-tree'): said in the language
        return f"{kind}: {self.words}"


def row_label(row: str, translate: Translate = _english) -> str:
    if row in COLUMN_LABELS:
        return translate("Beyond", COLUMN_LABELS[row])
    return _t(ROW_LABELS[row], translate)


def short_name(stack: StackDTO) -> str:
    """'CANN' for 'CANN (+ MindSpore, TorchNPU/torch_npu, …)': the name before its parenthesis."""
    return stack.name.split(" (")[0].strip() or stack.name


def _fact_words(stack: StackDTO, row: str, translate: Translate, lang: str | None) -> str | None:
    if row == "latest_version":
        if not stack.latest_version_seen:
            return None
        when = dates.day(stack.latest_version_date, lang) if stack.latest_version_date else _t(NO_DATE, translate)
        return f"{stack.latest_version_seen} ({when})"
    if row == "cuda_compatibility":
        return stack.cuda_source_compatibility or stack.translation_tools
    if row == "openness":
        return stack.licence_openness
    return stack.programming_model



def cell(stack: StackDTO, row: str, translate: Translate = _english, lang: str | None = None) -> MatrixCell:
    """The cell of `stack` in `row`; its date in `lang` (None: the window's language)."""
    facts = tuple(f for f in stack.facts if f.field in ROW_FIELDS[row])
    if row in ROUTE_KEYS:
        route = stack.route(row)
        return MatrixCell(stack.id, row, route.text, route.kind if route.text is not None else None, facts)
    return MatrixCell(stack.id, row, _fact_words(stack, row, translate, lang), None, facts)


def matrix(stacks: Iterable[StackDTO], translate: Translate = _english, lang: str | None = None
           ) -> list[list[MatrixCell]]:
    """One list per row (ROWS), one cell per stack in the order given; dates in `lang` (None: the window's)."""
    stacks = list(stacks)
    return [[cell(s, row, translate, lang) for s in stacks] for row in ROWS]


def devices_by_stack(runs: Iterable[DeviceStackDTO], devices: Iterable[DeviceDTO]) -> dict[str, list[DeviceDTO]]:
    """The catalog devices that run each stack (chips, then systems, each in catalog order)."""
    by_slug = {d.slug: d for d in devices}
    out: dict[str, list[DeviceDTO]] = {}
    for run in runs:
        if run.stack is not None and run.device in by_slug:
            out.setdefault(run.stack.id, []).append(by_slug[run.device])
    for listed in out.values():
        listed.sort(key=lambda d: d.kind != "chip")
    return out


def stack_events(events: Iterable[EventDTO], stack_id: str) -> list[EventDTO]:
    """The timeline events tagged with the stack's id (software events carry stack ids as tags), by date."""
    return sorted((e for e in events if stack_id in e.tags), key=lambda e: e.date)


def fact_json(fact: StackFactDTO) -> dict:
    s = fact.source
    return {"field": fact.field, "value": fact.value, "confidence": fact.confidence, "note": fact.note,
            "origin": fact.origin, "citation": citation(fact),
            "source": {"publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date, "read_on": s.read_on}}


def stack_json(stack: StackDTO, devices: Iterable[DeviceDTO] = (), events: Iterable[EventDTO] = ()) -> dict:
    """A stack for `chiplens stacks --format json`: each cell's text, kind and facts with their sources (dates ISO)."""
    cells = {}
    for row in ROWS:
        c = cell(stack, row, lang="en")
        cells[row] = {"label": row_label(row), "text": c.text(), "words": c.words, "kind": c.kind,
                      "kind_label": c.kind_text() or None, "facts": [fact_json(f) for f in c.facts]}
    return {"id": stack.id, "name": stack.name, "short_name": short_name(stack), "vendor": stack.vendor,
            "jurisdiction": stack.jurisdiction, "cells": cells,
            "devices": [{"slug": d.slug, "name": d.name, "kind": d.kind} for d in devices],
            "events": [{"uid": e.uid, "date": e.label, "title": e.title} for e in events],
            "facts": [fact_json(f) for f in stack.facts]}


def jurisdiction_text(code: str | None, translate: Translate = _english) -> str:
    """'US', 'CN', or 'All' for no filter."""
    return _t(JURISDICTION_LABELS[code], translate) if code in JURISDICTION_LABELS else (code or "")


ZWSP = "\u200b"
_BREAKS = re.compile(r"(?<=[/_-])|(?<=[a-z])(?=[A-Z])")  # after a slash, underscore or hyphen; inside camelCase


def breakable(text: str, too_wide: Callable[[str], bool]) -> str:
    """`text` with an invisible break after the slashes, underscores and hyphens and inside the camelCase of each
    word `too_wide` finds wider than its column ('Paddle​Custom​Device', 'torch_​npu/​Torch​NPU'); other words, and
    a text whose words all fit, are left as they are."""
    return " ".join(_BREAKS.sub(ZWSP, w) if too_wide(w) else w for w in text.split(" "))
