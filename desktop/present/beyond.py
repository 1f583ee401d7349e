"""How software-stack and supply facts read, once for the window, the command line and every export: row and
column names, the kinds of route (with a colour, always beside its words), the kinds of supply fact, what a
count counts, a fact's citation and the analyst's input errors.

No Qt here (an import-linter contract): strings are marked for Qt's translation tools; the window passes its
translate function, the command line none (English).
"""
from __future__ import annotations

from typing import Any

from db.api.beyond import (E_DATE, E_NEGATIVE_COUNT, E_NOT_FINITE, E_NOT_ONE_OF, E_REQUIRED, E_UNKNOWN_FACT, E_UNKNOWN_STACK, E_URL,
                           FactSourceDTO, StackFactDTO, SupplyFactDTO)
from db.api.compare import PLAIN, NumberStyle, format_number
from desktop.present import dates
from desktop.present.palette import OKABE_ITO
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Beyond"
NOT_FOUND = QT_TRANSLATE_NOOP("Beyond", "not found")  # the reference has nothing (never "no")
SOFTWARE_GROUP = QT_TRANSLATE_NOOP("Beyond", "Software")
SUPPLY_GROUP = QT_TRANSLATE_NOOP("Beyond", "Supply")

# the comparison's Software rows (db.beyond.STACK_ROWS)
ROW_LABELS = {
    "latest_version": QT_TRANSLATE_NOOP("Beyond", "Stack and latest version"),
    "pytorch": QT_TRANSLATE_NOOP("Beyond", "PyTorch"),
    "vllm": QT_TRANSLATE_NOOP("Beyond", "vLLM"),
    "other_engines": QT_TRANSLATE_NOOP("Beyond", "Other engines"),
    "triton": QT_TRANSLATE_NOOP("Beyond", "Triton"),
    "cuda_compatibility": QT_TRANSLATE_NOOP("Beyond", "CUDA compatibility"),
    "openness": QT_TRANSLATE_NOOP("Beyond", "Openness"),
}
# the stacks matrix's columns (db.beyond.MATRIX_COLUMNS) and the vendor's own engine
COLUMN_LABELS = {
    "pytorch": "PyTorch", "jax": "JAX", "tensorflow": "TensorFlow", "paddlepaddle": "PaddlePaddle",
    "mindspore": "MindSpore", "vllm": "vLLM", "sglang": "SGLang", "llama_cpp": "llama.cpp", "triton": "Triton",
    "vendor_engine": QT_TRANSLATE_NOOP("Beyond", "Vendor engine"),
}
# kinds of route (db.beyond.ROUTE_KINDS): words, and a colour that is never shown without them
ROUTE_KIND_LABELS = {
    "native": QT_TRANSLATE_NOOP("Beyond", "native"),
    "in-tree": QT_TRANSLATE_NOOP("Beyond", "in-tree"),
    "plugin": QT_TRANSLATE_NOOP("Beyond", "plugin"),
    "fork": QT_TRANSLATE_NOOP("Beyond", "fork"),
    "vendor build": QT_TRANSLATE_NOOP("Beyond", "vendor build"),
    "claimed": QT_TRANSLATE_NOOP("Beyond", "claimed"),
    "other": QT_TRANSLATE_NOOP("Beyond", "see text"),
}
ROUTE_KIND_COLOURS = {
    "native": OKABE_ITO["green"], "in-tree": OKABE_ITO["blue"], "plugin": OKABE_ITO["sky"],
    "fork": OKABE_ITO["orange"], "vendor build": OKABE_ITO["purple"], "claimed": OKABE_ITO["yellow"],
    "other": OKABE_ITO["grey"], None: "#ffffff",
}
# kinds of supply fact (db.beyond.SUPPLY_KINDS), for `chiplens supply --metric`, the Supply view and group
SUPPLY_KIND_LABELS = {
    "output": QT_TRANSLATE_NOOP("Beyond", "Output"),
    "yield": QT_TRANSLATE_NOOP("Beyond", "Yield"),
    "node": QT_TRANSLATE_NOOP("Beyond", "Node and foundry"),
    "capacity": QT_TRANSLATE_NOOP("Beyond", "Fab capacity"),
    "hbm": QT_TRANSLATE_NOOP("Beyond", "HBM"),
    "share": QT_TRANSLATE_NOOP("Beyond", "Market share"),
    "revenue": QT_TRANSLATE_NOOP("Beyond", "Revenue and results"),
    "funding": QT_TRANSLATE_NOOP("Beyond", "Funding"),
    "other": QT_TRANSLATE_NOOP("Beyond", "Other"),
}
COUNTED_WORDS = {  # what a count counts, said beside every count so that dies are never read as cards
    "chips": QT_TRANSLATE_NOOP("Beyond", "counts chips"),
    "units": QT_TRANSLATE_NOOP("Beyond", "counts units"),
    "cards": QT_TRANSLATE_NOOP("Beyond", "counts cards"),
    "dies": QT_TRANSLATE_NOOP("Beyond", "counts dies"),
    "HBM stacks": QT_TRANSLATE_NOOP("Beyond", "counts HBM stacks"),
    "wafers": QT_TRANSLATE_NOOP("Beyond", "counts wafers"),
    "plants": QT_TRANSLATE_NOOP("Beyond", "counts plants"),
}
CONFIDENCE_WORDS = {
    "official": QT_TRANSLATE_NOOP("Beyond", "official"),
    "third-party": QT_TRANSLATE_NOOP("Beyond", "third-party"),
    "reported": QT_TRANSLATE_NOOP("Beyond", "reported"),
}
YOURS = QT_TRANSLATE_NOOP("Beyond", "yours")
UNDATED = QT_TRANSLATE_NOOP("Beyond", "undated, read %1")
NO_DATE = QT_TRANSLATE_NOOP("Beyond", "undated")
VIA = QT_TRANSLATE_NOOP("Beyond", "through its %1")  # a system's stack: through its accelerator

FIELD_NAMES = {
    "subject": QT_TRANSLATE_NOOP("Beyond", "Subject"), "stack": QT_TRANSLATE_NOOP("Beyond", "Stack"),
    "field": QT_TRANSLATE_NOOP("Beyond", "Field"), "metric": QT_TRANSLATE_NOOP("Beyond", "Metric"),
    "period": QT_TRANSLATE_NOOP("Beyond", "Period"), "value": QT_TRANSLATE_NOOP("Beyond", "Value"),
    "unit": QT_TRANSLATE_NOOP("Beyond", "Unit"), "confidence": QT_TRANSLATE_NOOP("Beyond", "Confidence"),
    "publisher": QT_TRANSLATE_NOOP("Beyond", "Source publisher"),
    "source_date": QT_TRANSLATE_NOOP("Beyond", "Source date"), "url": QT_TRANSLATE_NOOP("Beyond", "Source address"),
    "domain": QT_TRANSLATE_NOOP("Beyond", "Kind of fact"), "uid": QT_TRANSLATE_NOOP("Beyond", "Fact"),
}
ERROR_TEMPLATES = {
    E_REQUIRED: QT_TRANSLATE_NOOP("Beyond", "%1 is required"),
    E_NOT_ONE_OF: QT_TRANSLATE_NOOP("Beyond", "%1 must be one of: %2"),
    E_UNKNOWN_STACK: QT_TRANSLATE_NOOP("Beyond", "%1: there is no stack %2"),
    E_NEGATIVE_COUNT: QT_TRANSLATE_NOOP("Beyond", "%1 %2 is negative, and a count cannot be"),
    E_NOT_FINITE: QT_TRANSLATE_NOOP("Beyond", "%1 %2 is not a finite number"),
    E_DATE: QT_TRANSLATE_NOOP("Beyond", "%1 %2 is not written YYYY, YYYY-MM or YYYY-MM-DD"),
    E_URL: QT_TRANSLATE_NOOP("Beyond", "%1 %2 does not start with https:// or http://"),
    E_UNKNOWN_FACT: QT_TRANSLATE_NOOP("Beyond", "%1 %2 is not one of yours (it was deleted)"),
}


def _t(text: str, translate: Translate) -> str:
    return translate(CONTEXT, text)


def route_label(kind: str | None, translate: Translate = _english) -> str:
    """A route kind in words ('plugin'); 'not found' when the reference has nothing."""
    return _t(ROUTE_KIND_LABELS[kind] if kind in ROUTE_KIND_LABELS else NOT_FOUND, translate)


def source_date(source: FactSourceDTO, translate: Translate = _english, lang: str | None = None) -> str:
    """The page's date, or 'undated, read 2026-12-04' (the day it was read), or 'undated'; in `lang` (None: the
    window's language)."""
    if source.date:
        return dates.day(source.date, lang)
    if source.read_on:
        return _t(UNDATED, translate).replace("%1", dates.day(source.read_on, lang))
    return _t(NO_DATE, translate)


def citation(fact: StackFactDTO | SupplyFactDTO, translate: Translate = _english) -> str:
    """One line a reviewer can check: 'Huawei, “CANN 8.5.0 release notes”, 2026-01-02 · official' (and 'yours'
    for the analyst's own fact)."""
    s = fact.source
    parts = [s.publisher] + ([f"“{s.title}”"] if s.title else []) + [source_date(s, translate)]
    grade = _t(CONFIDENCE_WORDS.get(fact.confidence, fact.confidence), translate)
    mine = f" · {_t(YOURS, translate)}" if fact.origin == "user" else ""
    return f"{', '.join(parts)} · {grade}{mine}"


COUNTED_NOUNS = {  # the same things as plain nouns, for a list ('they count different things (chips, dies)')
    "chips": QT_TRANSLATE_NOOP("Beyond", "chips"),
    "units": QT_TRANSLATE_NOOP("Beyond", "units"),
    "cards": QT_TRANSLATE_NOOP("Beyond", "cards"),
    "dies": QT_TRANSLATE_NOOP("Beyond", "dies"),
    "HBM stacks": QT_TRANSLATE_NOOP("Beyond", "HBM stacks"),
    "wafers": QT_TRANSLATE_NOOP("Beyond", "wafers"),
    "plants": QT_TRANSLATE_NOOP("Beyond", "plants"),
}


def counted_nouns(counted: list[str], translate: Translate = _english) -> str:
    """'chips, units, dies' in the language; a kind the app does not know is shown as the source wrote it."""
    return ", ".join(_t(COUNTED_NOUNS[c], translate) if c in COUNTED_NOUNS else c for c in counted)


def counted_words(counted: str | None, translate: Translate = _english) -> str:
    """'counts dies' (empty for a figure that is no count)."""
    return _t(COUNTED_WORDS[counted], translate) if counted in COUNTED_WORDS else ""


def supply_value(fact: SupplyFactDTO, style: NumberStyle = PLAIN) -> str:
    """A supply figure as the source gives it, with its unit: '805,000 units' (grouped in `style`), '>75 %', a
    statement alone."""
    if fact.unit.strip().lower() == "text":
        return fact.value
    if fact.number is not None and abs(fact.number) >= 10000 and float(fact.number).is_integer():
        return f"{format_number(fact.number, style, 12)} {fact.unit}"
    return f"{fact.value} {fact.unit}"


def error_text(field: str, code: str, value: str, translate: Translate = _english) -> str:
    """One problem of an analyst's fact, naming its field: 'Period is required'."""
    name = _t(FIELD_NAMES.get(field, field), translate)
    template = _t(ERROR_TEMPLATES.get(code, "%1: %2"), translate)
    return template.replace("%1", name).replace("%2", value)


def stack_short_name(name: str, vendor: str) -> str:
    """A stack named in a line of text: its name without the list of parts in brackets, with its maker unless the
    name says it ('CANN (Huawei)', 'Cambricon Neuware / BANG', 'AWS Neuron SDK (Amazon Web Services)')."""
    short = name.split(" (")[0].strip() or name
    maker = vendor.split(" (")[0].strip()
    return short if not maker or maker.split()[0].casefold() in short.casefold() else f"{short} ({maker})"


# the analyst's stack fact: a name for each field it may state (db.beyond.STACK_FIELD_ROWS), and its row
FIELD_LABELS = {
    "latest_version": QT_TRANSLATE_NOOP("Beyond", "Latest version"),
    "pytorch_support": QT_TRANSLATE_NOOP("Beyond", "PyTorch support"),
    "vllm_support": QT_TRANSLATE_NOOP("Beyond", "vLLM support"),
    "sglang_support": QT_TRANSLATE_NOOP("Beyond", "SGLang support"),
    "llama_cpp": QT_TRANSLATE_NOOP("Beyond", "llama.cpp support"),
    "vendor_engine": QT_TRANSLATE_NOOP("Beyond", "Vendor inference engine"),
    "other_engines": QT_TRANSLATE_NOOP("Beyond", "Other inference engines"),
    "triton_support": QT_TRANSLATE_NOOP("Beyond", "Triton support"),
    "cuda_source_compatibility": QT_TRANSLATE_NOOP("Beyond", "CUDA source compatibility"),
    "translation_tools": QT_TRANSLATE_NOOP("Beyond", "CUDA translation tools"),
    "licence_openness": QT_TRANSLATE_NOOP("Beyond", "Licence and openness"),
    "licence": QT_TRANSLATE_NOOP("Beyond", "Licence"),
    "governance": QT_TRANSLATE_NOOP("Beyond", "Governance"),
}
FIELD_IN_ROW = QT_TRANSLATE_NOOP("Beyond", "%1 (row %2)")


def field_label(field: str, row: str | None = None, translate: Translate = _english) -> str:
    """A stack fact's field in words, with the comparison row it shows in: 'SGLang support (row Other engines)'."""
    name = _t(FIELD_LABELS[field], translate) if field in FIELD_LABELS else field
    if row not in ROW_LABELS:
        return name
    return _t(FIELD_IN_ROW, translate).replace("%1", name).replace("%2", _t(ROW_LABELS[row], translate))


# a data pack's analyst facts (db.importers.pack_facts): its problems and preview lines, in words (the codes are
# db.api.imports' E_NOT_OBJECT and E_DUPLICATE: that module, and the importers behind it, load with an import only)
PACK_ERROR_TEMPLATES = {
    "E_NOT_OBJECT": QT_TRANSLATE_NOOP("Beyond", "not a fact: an object with domain, subject, field, value, source"),
    "E_DUPLICATE": QT_TRANSLATE_NOOP("Beyond", "%1 %2 is in the file twice"),
}
FACT_IN_PACK = QT_TRANSLATE_NOOP("Beyond", "analyst fact %1: %2")
FACT_REASONS = {
    "new": QT_TRANSLATE_NOOP("Beyond", "a new fact of yours"),
    "restored": QT_TRANSLATE_NOOP("Beyond", "in this store's trash: brought back"),
}


def _pack_templates() -> None:
    from db.api import imports
    for name, template in PACK_ERROR_TEMPLATES.items():
        ERROR_TEMPLATES.setdefault(getattr(imports, name), template)


def problem_text(problem: Any, translate: Translate = _english) -> str:
    """An import problem as the command line lists it: a pack's analyst fact in words, naming the file, the fact's
    number and its field ('pack.json, analyst fact 2, field period: Period is required'); any other as it is."""
    from db.api import imports
    if problem.row_name != imports.FACT_ROW:
        return str(problem)
    _pack_templates()
    return f"{problem.where()}: {error_text(problem.column or '', problem.reason, problem.value or '', translate)}"


def plan_reason(item: Any, translate: Translate = _english) -> str:
    """Why a preview line of an import does what it does, an analyst fact's in words (other lines as they are)."""
    from db.api import imports
    if item.kind != imports.FACT_KIND:
        return item.reason
    _pack_templates()
    if item.action == "error":
        said = error_text(item.metric, item.reason, item.after, translate)
        return _t(FACT_IN_PACK, translate).replace("%1", str(item.row)).replace("%2", said)
    return _t(FACT_REASONS[item.reason], translate) if item.reason in FACT_REASONS else item.reason
