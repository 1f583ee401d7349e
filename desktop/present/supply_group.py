"""The comparison's Supply group: for each device (a system: through its accelerator chip), node and foundry,
yields, output estimates and HBM, from the supply facts naming the device and those about its vendor as a whole
(no other chip of theirs). Every estimate is a line of its own, by period, with what it counts and who made it:
estimates that count different things (dies, packages, cards) or come from different firms are never merged, and
nothing is marked better.

    rows = supply_rows(comparison, stacks, {slug: device_facts(...)})   # see beyond_rows.add_beyond

No Qt here (an import-linter contract).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from db.api.beyond import DeviceStackDTO, SupplyFactDTO
from db.api.compare import PLAIN, NumberStyle
from db.dto import CellDTO, ComparisonDTO, RowDTO
from desktop.present.beyond import SUPPLY_GROUP, SUPPLY_KIND_LABELS, counted_words, supply_value
from desktop.present.fact_rows import fact_cell, fact_row, fact_value
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill
from desktop.present.software_rows import via_words

CONTEXT = "Beyond"
KEY = "supply_"  # + a kind: the row's metric key
KINDS = ("node", "yield", "output", "hbm")  # the group's rows, in this order
BULLET = "• "  # before each estimate in a cell
LINE = QT_TRANSLATE_NOOP("Beyond", "%1: %2 — %3, %4")  # period: value — metric, subject
BY = QT_TRANSLATE_NOOP("Beyond", "by %1")  # who made the estimate (the source as it names itself)
HELP = QT_TRANSLATE_NOOP("Beyond", "Every estimate the reference holds, by period, each with what it counts and who "
                                   "made it; estimates that count different things are never merged or ranked.")


def _t(text: str, translate: Translate) -> str:
    return translate(CONTEXT, text)


def fact_line(fact: SupplyFactDTO, translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    """'2025: 805,000 units — annual production estimate (packages), Huawei Ascend (910B/910C) · counts units · by
    SemiAnalysis (…)': one estimate, with its period, what it counts and who made it; its figure in `style`."""
    line = fill(_t(LINE, translate), fact.period, supply_value(fact, style), fact.metric, fact.subject)
    counts = counted_words(fact.counted, translate)
    return " · ".join(p for p in (line, counts, _t(BY, translate).replace("%1", fact.source.publisher)) if p)


def device_facts(slug: str, device_facts: Sequence[SupplyFactDTO],
                 vendor_facts: Sequence[SupplyFactDTO]) -> list[SupplyFactDTO]:
    """The facts a device's Supply cells show: those naming it, and its vendor's that name no device (a product
    line, the company); a fact naming another chip or model of the vendor (a 910D patent) is left out. Vendor order first."""
    picked = [f for f in vendor_facts if slug in f.devices or f.vendor_wide]
    seen = {f.uid for f in picked}
    picked += [f for f in device_facts if f.uid not in seen]
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted((f for f in picked if f.kind in order), key=lambda f: order[f.kind])  # stable: periods in order


def _cell(comparison: ComparisonDTO, index: int, ds: DeviceStackDTO, kind: str, facts: Sequence[SupplyFactDTO],
          translate: Translate, style: NumberStyle) -> CellDTO:
    device = comparison.devices[index]
    key = KEY + kind
    mine = [f for f in facts if f.kind == kind]
    values = [fact_value(f, device.slug, key, fact_line(f, translate, style), translate, as_of=f.period) for f in mine]
    lines = [BULLET + (v.value_text or "") for v in values if v.origin != "user"]  # where each estimate starts
    via = via_words(comparison, index, ds, translate)
    if via and values:
        lines.insert(0, via)
    subject = f"{device.name} ({via})" if via else device.name
    return fact_cell(device.slug, key, "\n".join(lines) or None, values, subject, translate)


def supply_rows(comparison: ComparisonDTO, stacks: Sequence[DeviceStackDTO],
                facts: Mapping[str, Sequence[SupplyFactDTO]], translate: Translate = _english,
                style: NumberStyle = PLAIN) -> list[RowDTO]:
    """The Supply group's rows (KINDS) for the devices compared; `facts`: device slug -> device_facts(...); figures
    in `style` (the comparison's)."""
    return [fact_row(KEY + kind, _t(SUPPLY_KIND_LABELS[kind], translate), SUPPLY_GROUP,
                     [_cell(comparison, i, ds, kind, facts.get(comparison.devices[i].slug, ()), translate, style)
                      for i, ds in enumerate(stacks)], _t(HELP, translate)) for kind in KINDS]
