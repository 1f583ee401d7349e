"""Scale to match: how many of one device match one of another on a metric, and at what power."""
from __future__ import annotations

from db.compare import _ratio, describe
from db.reasons import OTHER_ZERO
from db.dto import ComparisonDTO, ScaleMatchDTO
from db.units import PLAIN, NumberStyle, format_number, format_quantity, format_ratio


def scale_to_match(comparison: ComparisonDTO, metric_key: str, style: NumberStyle = PLAIN,
                   index: int | None = None) -> ScaleMatchDTO:
    """'1.32 × Ascend 910C ≈ 1 × H100 SXM on Dense BF16/FP16, at 1.3× the power': how many of the
    device at `index` (default: the first that is not the baseline) match one baseline device."""
    row = comparison.row(metric_key)
    if row is None:
        raise KeyError(metric_key)
    i = comparison.other if index is None else index
    j = comparison.baseline
    if i == j:
        i, j = j, comparison.other
    a, b = comparison.devices[i], comparison.devices[j]
    metric = row.metric
    ratio, _, _, ratio_note, warnings = _ratio(metric, row.cells[i].value, row.cells[j].value, style, OTHER_ZERO,
                                               (a.name, b.name))
    if ratio is None or ratio <= 0:
        why = "the figures are not comparable" if ratio_note else f"{metric.label} is not published for both"
        return ScaleMatchDTO(metric, None, None, f"Cannot scale on {metric.label}: {why}.", reason=ratio_note)
    n = 1 / ratio  # n x A = 1 x B
    if n >= 1:
        text = f"{format_number(n, style, 3)} × {a.name} ≈ 1 × {b.name} on {metric.label}"
    else:
        text = f"1 × {a.name} ≈ {format_number(1 / n, style, 3)} × {b.name} on {metric.label}"
    power = comparison.row("power")
    pa = power.cells[i].value if power else None
    pb = power.cells[j].value if power else None
    if pa is None or pb is None or pa.value_num is None or pb.value_num is None or pb.value_num == 0:
        missing = a.name if pa is None or pa.value_num is None else b.name
        return ScaleMatchDTO(metric, n, None, text + f" (power not published for {missing})", warnings=warnings)
    # pb is not zero (above), so the power ratio is withheld only for figures of different kinds
    power_ratio_ok, _, _, power_note, power_warnings = _ratio(power.metric, pa, pb, style, names=(a.name, b.name))
    if power_ratio_ok is None:
        return ScaleMatchDTO(metric, n, None, text, reason=power_note, warnings=warnings)
    warnings = warnings + power_warnings
    power_ratio = n * pa.value_num / pb.value_num  # the A side's power over the B side's
    if n >= 1:
        detail = (f"{format_number(n, style, 3)} × {describe(pa, power.metric, style)} = "
                  f"{format_quantity(n * pa.value_num, power.metric.unit, style)} vs {describe(pb, power.metric, style)}")
    else:
        detail = (f"{describe(pa, power.metric, style)} vs {format_number(1 / n, style, 3)} × "
                  f"{describe(pb, power.metric, style)} = {format_quantity(pb.value_num / n, power.metric.unit, style)}")
    return ScaleMatchDTO(metric, n, power_ratio, text + f", at {format_ratio(power_ratio, style)} the power", detail,
                         warnings=warnings)
