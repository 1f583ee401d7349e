"""The comparison's Software group: for each device, the stack it runs (a system: its accelerator chip's, "through
its Huawei Ascend 910C") and the stack's latest version with its date, PyTorch and vLLM routes, other engines,
Triton, CUDA compatibility (the kind, in words) and openness, each cell the reference's words with the facts behind
them (desktop.present.fact_rows); then one maturity line per stack, every piece of evidence cited.

    rows = software_rows(comparison, library.beyond.device_stacks(slugs))

No Qt here (an import-linter contract).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from db.api.beyond import STACK_ROWS, DeviceStackDTO, FactSourceDTO, StackDTO, StackFactDTO
from db.dto import CellDTO, ComparisonDTO, RowDTO, SourceDTO, ValueDTO
from desktop.present import dates
from desktop.present.beyond import (CONFIDENCE_WORDS, COLUMN_LABELS, NOT_FOUND, ROUTE_KIND_LABELS, ROW_LABELS,
                                    SOFTWARE_GROUP, VIA, source_date)
from desktop.present.fact_rows import FACT_SOURCE_KIND, fact_cell, fact_row, fact_value
from desktop.present.provenance import short_publisher
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Beyond"
KEY = "software_"  # + a STACK_ROWS name: the row's metric key
MATURITY_KEY = "software_maturity"
ROUTE_ROWS = ("pytorch", "vllm", "triton")
ENGINES = ("sglang", "llama_cpp", "vendor_engine")  # the "Other engines" row
EVIDENCE = ("mlperf", "model_ecosystem", "developer_scale")  # the fields a maturity line cites

MATURITY = QT_TRANSLATE_NOOP("Beyond", "Maturity (sourced evidence)")
MATURITY_HELP = QT_TRANSLATE_NOOP("Beyond", "What the reference's facts say of the stack's reach: its routes into "
                                            "PyTorch and vLLM, MLPerf results, models running on it and developers, "
                                            "each with its source, date and grade. No stack is ranked above another.")
NO_STACK = QT_TRANSLATE_NOOP("Beyond", "the reference has no software stack for %1")
LATEST = QT_TRANSLATE_NOOP("Beyond", "latest: %1 (%2)")
NO_LATEST = QT_TRANSLATE_NOOP("Beyond", "latest version not found")
ROUTE = QT_TRANSLATE_NOOP("Beyond", "%1: %2")  # 'plugin: out-of-tree PrivateUse1 plugin (torch_npu)'
SUMMARY_ONLY = QT_TRANSLATE_NOOP("Beyond", "ChipLens reference, summary of %1")
SUMMARY_NOTE = QT_TRANSLATE_NOOP("Beyond", "The reference's summary of the stack says this; no fact of its own is "
                                           "filed under this row (its facts are listed with the stack).")
EVIDENCE_WORDS = {"mlperf": QT_TRANSLATE_NOOP("Beyond", "MLPerf"),
                  "model_ecosystem": QT_TRANSLATE_NOOP("Beyond", "models"),
                  "developer_scale": QT_TRANSLATE_NOOP("Beyond", "developers")}
CITED = QT_TRANSLATE_NOOP("Beyond", "%1 (%2, %3, %4)")  # words (publisher, date, grade)

# what "CUDA compatibility" means for a stack, from the reference's summary words (checked in order): the
# reference notes these kinds are different things and never to be ranked on one scale
CUDA_KINDS = (
    ("reference", re.compile(r"reference platform"), QT_TRANSLATE_NOOP("Beyond", "CUDA itself")),
    ("pass-rate", re.compile(r"\d+\s*%|pass rate|repos run"), QT_TRANSLATE_NOOP("Beyond", "vendor-measured pass rate")),
    ("compiles-cu", re.compile(r"\.cu\b|compiled directly"), QT_TRANSLATE_NOOP("Beyond", "compiles CUDA source")),
    ("api-emulation", re.compile(r"presents as cuda|shim|api-level"),
     QT_TRANSLATE_NOOP("Beyond", "runtime API emulation")),
    ("source-porting", re.compile(r"porting|hipify|hip-level|musify"), QT_TRANSLATE_NOOP("Beyond", "source porting")),
    ("framework", re.compile(r"pytorch-level|migration"),
     QT_TRANSLATE_NOOP("Beyond", "framework-level migration only")),
    ("none", re.compile(r"^none|not applicable"), QT_TRANSLATE_NOOP("Beyond", "none (framework plugins instead)")),
)
CUDA_OTHER = QT_TRANSLATE_NOOP("Beyond", "see text")
TOOLS = QT_TRANSLATE_NOOP("Beyond", "tools: %1")


def _t(text: str, translate: Translate) -> str:
    return translate(CONTEXT, text)


def cuda_kind(text: str | None) -> str | None:
    """The kind of CUDA compatibility a summary states ('source porting (HIPIFY)…' -> 'source-porting'); None
    when the reference has nothing."""
    if not text:
        return None
    low = text.lower()
    return next((key for key, words, _ in CUDA_KINDS if words.search(low)), "other")


def cuda_kind_words(kind: str | None, translate: Translate = _english) -> str:
    return _t(next((w for k, _, w in CUDA_KINDS if k == kind), CUDA_OTHER), translate)


def short_name(stack: StackDTO) -> str:
    """'CANN (+ MindSpore, …)' -> 'CANN'; 'ROCm / HIP' stays."""
    return stack.name.split(" (", 1)[0].strip() or stack.name


def chip_name(comparison: ComparisonDTO, index: int, slug: str | None) -> str:
    """The name of a system's accelerator chip (from its composition), else its slug."""
    comps = comparison.components[index] if index < len(comparison.components) else ()
    return next((c.name for c in comps if c.device_slug == slug), slug or "")


def via_words(comparison: ComparisonDTO, index: int, ds: DeviceStackDTO, translate: Translate = _english) -> str:
    """'through its Huawei Ascend 910C' for a system; '' for a chip."""
    return _t(VIA, translate).replace("%1", chip_name(comparison, index, ds.via)) if ds.via else ""


def _summary_value(stack: StackDTO, device: str, key: str, text: str, translate: Translate) -> ValueDTO:
    """A summary word with no fact under its row: cited to the reference's summary (read on the day its facts were)."""
    read = max((f.source.read_on or "" for f in stack.facts), default="") or None
    src = SourceDTO(f"fact:summary:{stack.id}", _t(SUMMARY_ONLY, translate).replace("%1", stack.name), "", None,
                    source_date(FactSourceDTO("", read_on=read), translate), None, FACT_SOURCE_KIND)
    return ValueDTO(f"summary:{stack.id}:{key}", device, key, None, text, None, False, src, None, None,
                    _t(SUMMARY_NOTE, translate))


def _route_text(route_kind: str | None, text: str | None, translate: Translate) -> str | None:
    if not text:
        return None
    kind = _t(ROUTE_KIND_LABELS.get(route_kind or "other", ""), translate)
    if route_kind in (None, "other") or text.lower().startswith(kind.lower()):
        return text  # 'in-tree', 'plugin (vllm-ascend, vLLM org)': the words say the kind already
    return _t(ROUTE, translate).replace("%1", kind).replace("%2", text)


def _row_text(stack: StackDTO, row: str, translate: Translate) -> tuple[str | None, str | None]:
    """(the reference's words for a row, the kind: a route kind or a CUDA-compatibility kind)."""
    if row == "latest_version":
        fact = next(iter(stack.facts_for(row)), None)
        if stack.latest_version_seen:
            when = (dates.day(stack.latest_version_date) if stack.latest_version_date else  # '10 avr. 2026'
                    source_date(fact.source if fact else FactSourceDTO(""), translate))
            latest = fill(_t(LATEST, translate), stack.latest_version_seen, when)
        else:
            latest = _t(NO_LATEST, translate)
        return f"{stack.name}\n{latest}", None
    if row in ROUTE_ROWS:
        route = stack.route(row)
        return _route_text(route.kind, route.text, translate), route.kind
    if row == "other_engines":
        lines = [f"{_t(COLUMN_LABELS[k], translate)}: {stack.route(k).text}" for k in ENGINES if stack.route(k).text]
        return ("\n".join(lines) or None), None
    if row == "cuda_compatibility":
        text = stack.cuda_source_compatibility
        if not text:
            return None, None
        kind = cuda_kind(text)
        words = f"{cuda_kind_words(kind, translate)}: {text}"
        if stack.translation_tools:
            words += "; " + _t(TOOLS, translate).replace("%1", stack.translation_tools)
        return words, kind
    return stack.licence_openness, None  # openness


def _cell(comparison: ComparisonDTO, index: int, ds: DeviceStackDTO, row: str, translate: Translate) -> CellDTO:
    device = comparison.devices[index]
    key = KEY + row
    if ds.stack is None:
        return fact_cell(device.slug, key, None, (), _t(NO_STACK, translate).replace("%1", device.vendor), translate)
    stack = ds.stack
    text, kind = _row_text(stack, row, translate)
    if row == "latest_version" and ds.via:
        text = f"{text}\n{via_words(comparison, index, ds, translate)}"
    facts = [fact_value(f, device.slug, key, f.value, translate) for f in stack.facts_for(row)]
    if text and not [f for f in facts if f.origin != "user"]:
        facts.insert(0, _summary_value(stack, device.slug, key, text, translate))
    return fact_cell(device.slug, key, text, facts, short_name(stack), translate, kind)


def _cited(fact: StackFactDTO, translate: Translate) -> str:
    grade = _t(CONFIDENCE_WORDS.get(fact.confidence, fact.confidence), translate)
    return fill(_t(CITED, translate), fact.value, short_publisher(fact.source.publisher, 60),
                source_date(fact.source, translate), grade)


def evidence(stack: StackDTO) -> list[StackFactDTO]:
    """The facts a maturity line cites: per field of EVIDENCE, the newest dated one (the first when none is)."""
    out = []
    for name in EVIDENCE:
        facts = stack.facts_of(name)
        if facts:
            out.append(max(facts, key=lambda f: f.source.date or ""))
    return out


def maturity_line(stack: StackDTO, translate: Translate = _english) -> str:
    """'CANN: PyTorch plugin, vLLM plugin; models: 43 mainstream industry models … (Reportify, 2026-02-24, reported);
    developers: …': the routes, then each piece of evidence with its source, date and grade."""
    routes = ", ".join(f"{COLUMN_LABELS[k]} {_t(ROUTE_KIND_LABELS[stack.route(k).kind or 'other'], translate)}"
                       for k in ("pytorch", "vllm") if stack.route(k).kind)
    parts = [routes] if routes else []
    parts += [f"{_t(EVIDENCE_WORDS[f.field], translate)}: {_cited(f, translate)}" for f in evidence(stack)]
    return f"{short_name(stack)}: " + "; ".join(parts) if parts else short_name(stack)


def _maturity_cell(comparison: ComparisonDTO, index: int, ds: DeviceStackDTO, translate: Translate) -> CellDTO:
    device = comparison.devices[index]
    if ds.stack is None:
        return fact_cell(device.slug, MATURITY_KEY, None, (), _t(NO_STACK, translate).replace("%1", device.vendor),
                         translate)
    facts = [fact_value(f, device.slug, MATURITY_KEY, f.value, translate) for f in evidence(ds.stack)]
    facts += [fact_value(f, device.slug, MATURITY_KEY, f.value, translate) for f in ds.stack.facts_for("pytorch")[:1]
              + ds.stack.facts_for("vllm")[:1]]
    return fact_cell(device.slug, MATURITY_KEY, maturity_line(ds.stack, translate), facts, short_name(ds.stack),
                     translate)


def software_rows(comparison: ComparisonDTO, stacks: Sequence[DeviceStackDTO],
                  translate: Translate = _english) -> list[RowDTO]:
    """The Software group's rows (STACK_ROWS, then the maturity line) for the devices compared, in their order."""
    group = SOFTWARE_GROUP  # the group's name is its key (the window translates it with the other groups')
    rows = [fact_row(KEY + row, _t(ROW_LABELS[row], translate), group,
                     [_cell(comparison, i, ds, row, translate) for i, ds in enumerate(stacks)]) for row in STACK_ROWS]
    rows.append(fact_row(MATURITY_KEY, _t(MATURITY, translate), group,
                         [_maturity_cell(comparison, i, ds, translate) for i, ds in enumerate(stacks)],
                         _t(MATURITY_HELP, translate)))
    return rows


# ---------------------------------------------------------------------------------- the brief's software finding
FINDING = QT_TRANSLATE_NOOP("Beyond", "Software: %1.")
FINDING_STACK = QT_TRANSLATE_NOOP("Beyond", "%1 (%2): PyTorch %3; vLLM %4")
FINDING_EVENT = QT_TRANSLATE_NOOP("Beyond", "; newest software event: %1 (%2)")
CITE = QT_TRANSLATE_NOOP("Beyond", "%1 [%2]")  # words [publisher]


def route_phrase(stack: StackDTO, key: str, translate: Translate = _english) -> str:
    """'plugin (out-of-tree PrivateUse1 plugin (torch_npu/TorchNPU)) [Ascend (GitCode)]', 'in-tree [vLLM project
    (GitHub)]', 'not found': a route's kind and words with the source of its first fact."""
    route = stack.route(key)
    if not route.text:
        return _t(NOT_FOUND, translate)
    english = ROUTE_KIND_LABELS.get(route.kind or "other", "")  # the reference's words are English
    kind = _t(english, translate)
    if route.kind in (None, "other") or (kind == english and route.text.lower().startswith(kind.lower())):
        words = route.text
    elif route.text.strip().lower() == english.lower():
        words = kind  # the words were the kind alone ('in-tree'): said in the language
    else:
        words = f"{kind} ({route.text})"
    fact = next(iter(stack.facts_for(key)), None)
    return fill(_t(CITE, translate), words, fact.source.publisher) if fact else words


def about_stack(event, stack: StackDTO) -> bool:
    """Whether a software event is about the stack itself, not only naming it beside others: the stack is the
    first it names, or its vendor is the actor (AMD's first MLPerf submission names CUDA, but is AMD's news)."""
    tags = [t for t in event.tags if t]
    maker = stack.vendor.split(" (")[0].split()[0].casefold()
    return bool(tags) and (tags[0] == stack.id or (stack.id in tags and maker in (event.actor or "").casefold()))


def newest_event(stack: StackDTO, events) -> object | None:
    """The newest timeline event of category software about the stack (about_stack; None without one)."""
    found = [e for e in events if e.category == "software" and stack.id in e.tags and about_stack(e, stack)]
    return max(found, key=lambda e: e.date) if found else None


def software_finding(stacks: Sequence[DeviceStackDTO], events=(), translate: Translate = _english) -> str | None:
    """'Software: CANN (A): PyTorch plugin (out-of-tree PrivateUse1 plugin (torch_npu/TorchNPU)) [Ascend (GitCode)];
    vLLM plugin (vllm-ascend, vLLM org) [vLLM project]; CUDA (B): …': each stack once, with the devices (letters)
    running it, its PyTorch and vLLM routes cited, and its newest software event when the timeline has one. None
    when no device has a stack in the reference."""
    from desktop.present.comparison import LETTERS
    letters: dict[str, list[str]] = {}
    by_id: dict[str, StackDTO] = {}
    for i, ds in enumerate(stacks):
        if ds.stack is not None:
            letters.setdefault(ds.stack.id, []).append(LETTERS[i])
            by_id[ds.stack.id] = ds.stack
    parts = []
    for sid, stack in by_id.items():
        text = fill(_t(FINDING_STACK, translate), short_name(stack), ", ".join(letters[sid]),
                    route_phrase(stack, "pytorch", translate), route_phrase(stack, "vllm", translate))
        event = newest_event(stack, events)
        if event is not None:
            text += fill(_t(FINDING_EVENT, translate), event.title, event.label)
        parts.append(text)
    return _t(FINDING, translate).replace("%1", "; ".join(parts)) if parts else None
