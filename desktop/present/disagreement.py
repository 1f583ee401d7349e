"""How a disagreement between sources reads (the ≠ flag explained, issue 17 point 5): each differing figure with who
produced it, the carrier quality of its citation and its date; the spread; and the reasons db recognised
(db.disagreement), phrased here. Nothing is guessed: a reason db did not find is not said.

No Qt here (an import-linter contract); templates are marked for Qt's translation tools as in reasons.py.
"""
from __future__ import annotations

from collections.abc import Mapping

from db.api.compare import (DISAGREEMENT, BITS_VS_BYTES, DIFFERENT_CONDITIONS, ESTIMATE_VS_VENDOR, GIB_VS_GB, PLAIN, Disagreement,
                            NumberStyle, Reason, format_number)
from db.dto import ValueDTO
from desktop.present.provenance import CONTEXT, carrier_name, producer_words
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

TEMPLATES = {
    GIB_VS_GB: QT_TRANSLATE_NOOP("Provenance", "%1 and %2 differ by the factor between %3 and %4 (binary and decimal "
                                               "units): one of them may count in %3"),
    BITS_VS_BYTES: QT_TRANSLATE_NOOP("Provenance", "%1 and %2 differ by a factor of 8: one of them may count bits, "
                                                   "not bytes"),
    DIFFERENT_CONDITIONS: QT_TRANSLATE_NOOP("Provenance", "%1 is stated for %3, %2 for %4"),
    ESTIMATE_VS_VENDOR: QT_TRANSLATE_NOOP("Provenance", "%1 was produced by %3, %2 by %4: an outside figure against "
                                                        "the vendor's own"),
}
ONE_CONDITION = QT_TRANSLATE_NOOP("Provenance", "%1 is stated for %2; %3 states no condition")
SPREAD = QT_TRANSLATE_NOOP("Provenance", "the figures differ by %1 (highest ÷ lowest − 1)")
KNOWN_REASON = QT_TRANSLATE_NOOP("Provenance", "Known reason")
NO_DATE = QT_TRANSLATE_NOOP("Provenance", "undated")


def threshold() -> str:
    """'5%': how far apart a figure's sources must be for its ≠ flag (the rule's own number, db.disagreement)."""
    return f"{DISAGREEMENT:.0%}"


def percent(spread: float, style: NumberStyle = PLAIN) -> str:
    """0.0638 -> '6.4%'; 28.65 -> '2,865%'."""
    pct = spread * 100
    return style.percent(format_number(round(pct, 1) if pct < 100 else round(pct), style, 6))


def spread_text(d: Disagreement, translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    return translate(CONTEXT, SPREAD).replace("%1", percent(d.spread, style))


def date_of(v: ValueDTO, translate: Translate = _english) -> str:
    """The figure's date: its own 'as of', else its source's, else 'undated'."""
    return v.as_of or (v.source.date_text if v.source is not None and v.source.date_text else "") \
        or translate(CONTEXT, NO_DATE)


def figure_facts(v: ValueDTO, translate: Translate = _english) -> list[str]:
    """Who produced the figure, the carrier quality of its citation, its date, its source's publisher."""
    facts = [producer_words(v.producer, translate), carrier_name(v.carrier_quality, translate), date_of(v, translate)]
    if v.source is not None and v.source.publisher:
        facts.append(v.source.publisher)
    return facts


def reason_text(reason: Reason, shown: Mapping[str, str], values: Mapping[str, ValueDTO],
                translate: Translate = _english) -> str:
    """One recognised reason in words; `shown` gives each figure (by uid) as the cell reads it ('752 TFLOPS')."""
    a, b, *rest = reason.data
    args = [shown.get(str(a), str(a)), shown.get(str(b), str(b))]
    if reason.code == DIFFERENT_CONDITIONS:
        conditions = [str(c) for c in rest]
        if not all(conditions):  # one figure states a condition, the other none
            stated = 0 if conditions[0] else 1
            return translate(CONTEXT, ONE_CONDITION).replace("%3", args[1 - stated]).replace(
                "%2", conditions[stated]).replace("%1", args[stated])
        args += conditions
    elif reason.code == ESTIMATE_VS_VENDOR:
        args += [producer_words(values[str(u)].producer, translate) if str(u) in values else "" for u in (a, b)]
    else:
        args += [str(x) for x in rest]
    return fill(translate(CONTEXT, TEMPLATES.get(reason.code, reason.code)), *args)


def reasons_text(d: Disagreement, shown: Mapping[str, str], translate: Translate = _english) -> list[str]:
    values = {v.uid: v for v in d.values}
    return list(dict.fromkeys(reason_text(r, shown, values, translate) for r in d.reasons))
