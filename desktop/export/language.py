"""A comparison in an export's language: its figures formatted in the language's number style and its Software,
Supply and export-control rows worded in it, rebuilt from the store when the window shows another language."""
from __future__ import annotations

from db.dto import ComparisonDTO
from desktop.export.options import number_style, translator


def export_style(lang: str):
    """The number style of an export in `lang` (English: the plain style, 1,229.5)."""
    from db.api.compare import PLAIN
    return number_style(lang, PLAIN) or PLAIN


def comparison_in(library, comparison: ComparisonDTO, lang: str, verdicts_on: str | None = None) -> ComparisonDTO:
    """`comparison` (2 to 4 devices, its baseline and per-package choice) built again for an export in `lang`."""
    from desktop.present.beyond_rows import add_beyond
    from desktop.present.verdict_row import add_verdicts
    translate = translator(lang)
    style = export_style(lang)
    slugs = [d.slug for d in comparison.devices]
    if len(slugs) == 2 and comparison.baseline == 1 and not comparison.per_package:
        built = library.compare.pair(slugs[0], slugs[1], style=style)
    else:
        built = library.compare.many(slugs, comparison.baseline, style=style, per_package=comparison.per_package)
    return add_beyond(library, add_verdicts(library, built, verdicts_on, translate, style), translate, style)
