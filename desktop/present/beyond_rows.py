"""The race beyond FLOPS in every comparison: the Software and Supply groups after the figures, built once here for
the window, the command line and every export (as the export-control verdict row is, desktop.present.verdict_row):

    comparison = add_beyond(library, comparison)        # library: db.api.Library (the window: store.library)

No Qt here (an import-linter contract).
"""
from __future__ import annotations

from dataclasses import replace

from db.api.compare import PLAIN, NumberStyle
from db.dto import ComparisonDTO
from desktop.present.fact_rows import is_fact_row
from desktop.present.reasons import Translate, _english
from desktop.present.software_rows import software_rows
from desktop.present.supply_group import device_facts, supply_rows


def with_beyond(comparison: ComparisonDTO, stacks, facts, translate: Translate = _english,
                style: NumberStyle = PLAIN) -> ComparisonDTO:
    """The comparison with its Software and Supply rows (replacing any it had) at the end. `stacks`: DeviceStackDTO
    per device, in order; `facts`: device slug -> the supply facts its cells show (supply_group.device_facts)."""
    rows = [r for r in comparison.rows if not is_fact_row(r)]
    rows += software_rows(comparison, stacks, translate) + supply_rows(comparison, stacks, facts, translate, style)
    return replace(comparison, rows=tuple(rows))


def add_beyond(library, comparison: ComparisonDTO, translate: Translate = _english,
               style: NumberStyle | None = None) -> ComparisonDTO:
    """`with_beyond` with the stacks and supply facts read from `library.beyond` for the devices compared (a
    system's through its accelerator chip); the estimates' figures in `style` (None: the library's, as the
    comparison's figures are)."""
    beyond = library.beyond
    stacks = beyond.device_stacks([d.slug for d in comparison.devices])
    every = beyond.supply()  # one read; filtered here as supply(device=...) and supply(organisation=...) would

    def naming(slug: str) -> tuple:
        return tuple(f for f in every if slug in f.devices)
    facts = {}
    for d, ds in zip(comparison.devices, stacks):
        slug = ds.via or d.slug
        vendor = tuple(f for f in every if ds.organisation in f.organisations) if ds.organisation else ()
        own = naming(d.slug) if ds.via else ()  # a system's own facts, beside its chip's
        facts[d.slug] = device_facts(slug, (*naming(slug), *own), vendor)
    return with_beyond(comparison, stacks, facts, translate, library.style if style is None else style)
