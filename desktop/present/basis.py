"""A figure's basis in words (db.basis gives the fields): 'FP8 · dense · per package · whole chip · 1200 W config'.

Qt-free, shared by the window's tooltips and detail panel, the command line and the exports. Each word is marked
with QT_TRANSLATE_NOOP for Qt's lupdate; the window passes its translate function.
"""
from __future__ import annotations

from db.api.compare import DIMENSIONS, Basis, BasisRule
from db.dto import ComparisonDTO
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

CONTEXT = "Basis"
WORDS = {
    ("sparsity", "dense"): QT_TRANSLATE_NOOP("Basis", "dense"),
    ("sparsity", "sparse"): QT_TRANSLATE_NOOP("Basis", "2:4 sparse"),
    ("direction", "one-way"): QT_TRANSLATE_NOOP("Basis", "one way"),
    ("direction", "both-ways"): QT_TRANSLATE_NOOP("Basis", "both ways"),
    ("scope", "whole"): QT_TRANSLATE_NOOP("Basis", "all compute units"),
    ("scope", "cube"): QT_TRANSLATE_NOOP("Basis", "Cube units only"),
    ("scope", "vector"): QT_TRANSLATE_NOOP("Basis", "vector units only"),
}
PER = QT_TRANSLATE_NOOP("Basis", "per %1")
GRANULARITY_WORDS = {  # what "per %1" counts, in the language (db.basis.GRANULARITIES)
    "die": QT_TRANSLATE_NOOP("Basis", "die"), "package": QT_TRANSLATE_NOOP("Basis", "package"),
    "board": QT_TRANSLATE_NOOP("Basis", "board"), "superchip": QT_TRANSLATE_NOOP("Basis", "superchip"),
    "node": QT_TRANSLATE_NOOP("Basis", "node"), "rack": QT_TRANSLATE_NOOP("Basis", "rack"),
    "system": QT_TRANSLATE_NOOP("Basis", "system"), "pod": QT_TRANSLATE_NOOP("Basis", "pod"),
}
NOT_STATED = {
    "format": QT_TRANSLATE_NOOP("Basis", "format not stated"),
    "sparsity": QT_TRANSLATE_NOOP("Basis", "sparsity not stated"),
    "granularity": QT_TRANSLATE_NOOP("Basis", "granularity not stated"),
    "direction": QT_TRANSLATE_NOOP("Basis", "direction not stated"),
    "scope": QT_TRANSLATE_NOOP("Basis", "scope not stated"),
}
SEP = " · "


def basis_words(basis: Basis, rule: BasisRule | None = None, translate: Translate = _english) -> list[str]:
    """Each field that matters to the row (every field without a rule), in words; 'not stated' where the sources
    do not say. The condition only when there is one."""
    dims = rule.dimensions if rule is not None and rule.dimensions else DIMENSIONS
    out = []
    for dim in DIMENSIONS:
        if dim not in dims:
            continue
        value = getattr(basis, dim)
        if dim == "condition":
            if value:
                out.append(value)
        elif value is None:
            if rule is not None:
                out.append(translate(CONTEXT, NOT_STATED[dim]))
        elif dim == "granularity":
            word = translate(CONTEXT, GRANULARITY_WORDS[value]) if value in GRANULARITY_WORDS else value
            out.append(translate(CONTEXT, PER).replace("%1", word))
        else:
            out.append(translate(CONTEXT, WORDS.get((dim, value), value)))
    return out


def basis_line(basis: Basis, rule: BasisRule | None = None, translate: Translate = _english) -> str:
    return SEP.join(basis_words(basis, rule, translate))


PER_PACKAGE = QT_TRANSLATE_NOOP("Basis", "Per accelerator package: the figures of %1 are split per package.")
UNIT = QT_TRANSLATE_NOOP("Basis", "%1 (a %2 of %3 packages)")


def split_units(comparison: ComparisonDTO, translate: Translate = _english) -> str:
    """The boards and superchips of a comparison: 'Cambricon MLU370-X8 (a board of 2 packages)'."""
    return ", ".join(translate(CONTEXT, UNIT).replace("%1", d.name).replace("%2", d.granularity)
                     .replace("%3", str(d.packages)) for d in (comparison.devices[i] for i in comparison.splittable))


def per_package_note(comparison: ComparisonDTO, translate: Translate = _english) -> str:
    """What a comparison split per package says with its table ('' when nothing was split): the window's bar, the
    exported picture's note and the command line say the same."""
    if not comparison.per_package or not comparison.splittable:
        return ""
    return translate(CONTEXT, PER_PACKAGE).replace("%1", split_units(comparison, translate))
