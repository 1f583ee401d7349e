"""Phrasing of unit suspects (db.importers.suspect): an import's figure that a unit slip would explain.

db returns the factor (8, 1,000, 1,024), which way the figure is off, the likely reading and what it was
compared with; this module says it in words for the import preview and `chiplens import`. Templates are marked
for lupdate as in desktop.present.reasons; the window passes its translate function, the command line none.
"""
from __future__ import annotations

from typing import Any

from db.api.compare import PLAIN, NumberStyle, format_number, format_quantity
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Suspect"

# (factor, way) -> the reading that would make the figure agree; way 'low': the figure is factor times lower
READINGS = {
    (8, "low"): QT_TRANSLATE_NOOP("Suspect", "%1 if the column holds bytes"),
    (8, "high"): QT_TRANSLATE_NOOP("Suspect", "%1 if the column holds bits"),
    "low": QT_TRANSLATE_NOOP("Suspect", "%1 if the unit is %2 times larger"),
    "high": QT_TRANSLATE_NOOP("Suspect", "%1 if the unit is %2 times smaller"),
}
WAYS = {"low": QT_TRANSLATE_NOOP("Suspect", "lower"), "high": QT_TRANSLATE_NOOP("Suspect", "higher")}
HELD = QT_TRANSLATE_NOOP("Suspect", "unit suspect: %1 × %2 than %3 (%4); likely %5")
PEER = QT_TRANSLATE_NOOP("Suspect", "%1's %2 figure")
CONFIRMED = QT_TRANSLATE_NOOP("Suspect", "imported as the file gives it (you confirmed it)")


def likely_reading(suspect: Any, translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    """'784 GB/s if the column holds bytes'."""
    template = READINGS.get((suspect.factor, suspect.way)) or READINGS[suspect.way]
    return fill(translate(CONTEXT, template), format_quantity(suspect.likely, suspect.unit, style),
                 format_number(suspect.factor, style))


def why_held(suspect: Any, metric: str, labels: dict[str, str] | None = None, translate: Translate = _english,
             style: NumberStyle = PLAIN) -> str:
    """'unit suspect: 8 × lower than 784 GB/s (Huawei's scale-up figure); likely 784 GB/s if the column holds
    bytes'. `metric`: the key of the held figure's row; `labels`: metric key -> what to call its figures."""
    compared = suspect.reference_source
    if suspect.reference_metric != metric:
        label = (labels or {}).get(suspect.reference_metric, suspect.reference_metric)
        compared = fill(translate(CONTEXT, PEER), suspect.reference_source, label)
    return fill(translate(CONTEXT, HELD), format_number(suspect.factor, style), translate(CONTEXT, WAYS[suspect.way]),
                 format_quantity(suspect.reference, suspect.unit, style), compared,
                 likely_reading(suspect, translate, style))
