"""The scale calculator's sentences in words: '1.32 × Huawei Ascend 910C ≈ 1 × NVIDIA H100 SXM on Dense BF16/FP16,
at 1.3× the power' and its power line, in the language of a translate function.

db.api's scale_to_match gives the numbers (how many, the power ratio, why not) and an English sentence; this
module phrases the same numbers with templates marked for Qt's lupdate, so that the window, the brief's findings
and the command line say it in their language. In English it reads exactly as db's sentence. No Qt here.
"""
from __future__ import annotations

from db.api.compare import PLAIN, NumberStyle, describe, format_number, format_quantity, format_ratio
from db.dto import ComparisonDTO, ScaleMatchDTO
from desktop.present.catalog_words import catalog_word
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Scale"
MORE = QT_TRANSLATE_NOOP("Scale", "%1 × %2 ≈ 1 × %3 on %4")  # n of A match one B on a metric
FEWER = QT_TRANSLATE_NOOP("Scale", "1 × %2 ≈ %1 × %3 on %4")  # one A matches n of B
AT_POWER = QT_TRANSLATE_NOOP("Scale", "%1, at %2 the power")
POWER_MISSING = QT_TRANSLATE_NOOP("Scale", "%1 (power not published for %2)")
CANNOT = QT_TRANSLATE_NOOP("Scale", "Cannot scale on %1: the figures are not comparable.")
NOT_BOTH = QT_TRANSLATE_NOOP("Scale", "Cannot scale on %1: %1 is not published for both.")
POWER_MORE = QT_TRANSLATE_NOOP("Scale", "%1 × %2 = %3 vs %4")  # n × A's power = total vs B's power
POWER_FEWER = QT_TRANSLATE_NOOP("Scale", "%1 vs %2 × %3 = %4")  # A's power vs n × B's power = total


def _sides(comparison: ComparisonDTO, index: int | None) -> tuple[int, int]:
    """(the scaled device, the baseline) as db's scale_to_match takes them."""
    i = comparison.other if index is None else index
    j = comparison.baseline
    return (j, comparison.other) if i == j else (i, j)


def _power(comparison: ComparisonDTO, i: int, j: int):
    power = comparison.row("power")
    return power, (power.cells[i].value if power else None), (power.cells[j].value if power else None)


def scale_text(comparison: ComparisonDTO, match: ScaleMatchDTO, index: int | None = None,
               translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    """The calculator's headline for `match` (db.api's scale_to_match of `comparison`, device `index`)."""
    i, j = _sides(comparison, index)
    a, b = comparison.devices[i], comparison.devices[j]
    label = catalog_word(match.metric.label, translate)
    n = match.count
    if n is None or n <= 0:
        return fill(translate(CONTEXT, CANNOT if match.reason is not None else NOT_BOTH), label)
    if n >= 1:
        text = fill(translate(CONTEXT, MORE), format_number(n, style, 3), a.name, b.name, label)
    else:
        text = fill(translate(CONTEXT, FEWER), format_number(1 / n, style, 3), a.name, b.name, label)
    if match.power_ratio is not None:
        return fill(translate(CONTEXT, AT_POWER), text, format_ratio(match.power_ratio, style))
    _, pa, pb = _power(comparison, i, j)
    if pa is None or pb is None or pa.value_num is None or pb.value_num is None or pb.value_num == 0:
        missing = a.name if pa is None or pa.value_num is None else b.name
        return fill(translate(CONTEXT, POWER_MISSING), text, missing)
    return text


def scale_detail(comparison: ComparisonDTO, match: ScaleMatchDTO, index: int | None = None,
                 translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    """The power line under the headline ('1.32 × 700 W (TDP) = 921 W vs 700 W (TDP)'), '' without one."""
    n = match.count
    if not match.detail or n is None or n <= 0:
        return match.detail
    i, j = _sides(comparison, index)
    power, pa, pb = _power(comparison, i, j)
    if power is None or pa is None or pb is None or pa.value_num is None or pb.value_num is None:
        return match.detail
    unit = power.metric.unit
    if n >= 1:
        return fill(translate(CONTEXT, POWER_MORE), format_number(n, style, 3), describe(pa, power.metric, style),
                    format_quantity(n * pa.value_num, unit, style), describe(pb, power.metric, style))
    return fill(translate(CONTEXT, POWER_FEWER), describe(pa, power.metric, style), format_number(1 / n, style, 3),
                describe(pb, power.metric, style), format_quantity(pb.value_num / n, unit, style))
