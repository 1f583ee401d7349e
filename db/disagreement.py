"""When a cell's sources disagree (the ≠ flag): which figures differ, by how much, and a known reason where the
data shows one. Pure functions over DTOs (no SQL, no Qt); desktop/present/disagreement.py phrases the reasons.

A reason is named only when the figures themselves show it, never guessed:
- GIB_VS_GB: two figures of a byte quantity differ by the factor between a binary and a decimal unit of the
  size they read in (1.0486 MiB/MB, 1.0737 GiB/GB, 1.0995 TiB/TB, 1.1259 PiB/PB), within FACTOR_TOLERANCE
  (published figures have three significant digits: 141 GB vs 131 GiB is 1.076; 180 vs 192 GB, 1.067, is not);
- BITS_VS_BYTES: two figures of a byte quantity differ by a factor of 8;
- DIFFERENT_CONDITIONS: the figures state different conditions (a SKU, a power configuration: `basis.condition`);
- ESTIMATE_VS_VENDOR: one figure was produced by an analyst or the press, another by the vendor.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from db.basis import check
from db.dto import CellDTO, MetricDTO, ValueDTO
from db.provenance import producer_kind
from db.reasons import BITS_VS_BYTES, DIFFERENT_CONDITIONS, ESTIMATE_VS_VENDOR, GIB_VS_GB, Reason
from db.units import NumberStyle, format_number, scale

DISAGREEMENT = 0.05  # flag when sources differ by more than 5%
FACTOR_TOLERANCE = 0.005  # a ratio within 0.5% of a unit factor is that factor
BYTE_UNITS = ("GB", "GB/s")  # canonical units that count bytes (db.units)
# the decimal unit a figure reads in (db.units.scale) -> its binary twin and their ratio
BINARY_FACTORS = {"MB": ("MiB", 2 ** 20 / 1e6), "GB": ("GiB", 2 ** 30 / 1e9), "TB": ("TiB", 2 ** 40 / 1e12),
                  "PB": ("PiB", 2 ** 50 / 1e15)}
VENDOR_KINDS = ("vendor", "vendor-press")
ESTIMATE_KINDS = ("analyst", "press")


@dataclass(frozen=True)
class Disagreement:
    """The figures of one cell that disagree, lowest first; spread = highest ÷ lowest − 1; the reasons found.
    Each reason's data starts with the uids of the two figures it is about."""

    values: tuple[ValueDTO, ...]
    spread: float
    reasons: tuple[Reason, ...] = ()


def differing(chosen: ValueDTO | None, cands: list[ValueDTO] | tuple[ValueDTO, ...], metric: MetricDTO) -> list[ValueDTO]:
    """The figures the shown one can be held against: numbers of its qualifier, stated or worked out as it is,
    of a basis the row does not refuse to compare; lowest first (empty when they do not disagree)."""
    if chosen is None or chosen.value_num is None:
        return []
    same = [v for v in cands if v.value_num is not None and v.qualifier == chosen.qualifier
            and v.is_derived == chosen.is_derived and check(metric.rule, v.basis, chosen.basis, "", "").withheld is None]
    nums = sorted({round(v.value_num or 0.0, 9) for v in same})
    if len(nums) < 2 or nums[0] <= 0 or nums[-1] / nums[0] - 1 <= DISAGREEMENT + 1e-9:  # 5% exactly is no flag
        return []
    return sorted(same, key=lambda v: v.value_num or 0.0)


def flag(chosen: ValueDTO | None, cands: list[ValueDTO], metric: MetricDTO, style: NumberStyle) -> str:
    """The ≠ flag's text: '752 / 780 / 800 TFLOPS' ('' when the sources agree within 5%)."""
    nums = sorted({round(v.value_num, 9) for v in differing(chosen, cands, metric) if v.value_num is not None})
    if not nums:
        return ""
    shown, unit = scale(max(nums), metric.unit)
    factor = shown / max(nums) * style.multiple(unit)  # in the language's own unit (亿 counts tens of billions)
    return style.with_unit(" / ".join(format_number(n * factor, style) for n in nums), unit)


def _near(ratio: float, factor: float) -> bool:
    return abs(ratio / factor - 1) <= FACTOR_TOLERANCE


def _reasons(a: ValueDTO, b: ValueDTO, metric: MetricDTO) -> list[Reason]:
    """What explains figure b (the higher) differing from figure a, as far as the data shows."""
    ratio = (b.value_num or 0.0) / (a.value_num or 1.0)
    found = []
    if metric.unit in BYTE_UNITS:
        sizes = dict.fromkeys(scale(v.value_num or 0.0, metric.unit)[1][:2] for v in (a, b))  # 'TB' of 'TB/s'
        found += [Reason(GIB_VS_GB, (a.uid, b.uid, BINARY_FACTORS[d][0], d))
                  for d in sizes if d in BINARY_FACTORS and _near(ratio, BINARY_FACTORS[d][1])]
        if _near(ratio, 8.0):
            found.append(Reason(BITS_VS_BYTES, (a.uid, b.uid)))
    if ratio - 1 > DISAGREEMENT + 1e-9:
        ca, cb = a.basis.condition or "", b.basis.condition or ""
        if ca.strip().casefold() != cb.strip().casefold():
            found.append(Reason(DIFFERENT_CONDITIONS, (a.uid, b.uid, ca, cb)))
        ka, kb = producer_kind(a.producer), producer_kind(b.producer)
        if ka in ESTIMATE_KINDS and kb in VENDOR_KINDS:
            found.append(Reason(ESTIMATE_VS_VENDOR, (a.uid, b.uid)))
        elif kb in ESTIMATE_KINDS and ka in VENDOR_KINDS:
            found.append(Reason(ESTIMATE_VS_VENDOR, (b.uid, a.uid)))
    return found


def explain(cell: CellDTO, metric: MetricDTO) -> Disagreement | None:
    """Why the figures of a flagged cell differ (None when they do not disagree)."""
    values = differing(cell.value, cell.candidates, metric)
    if not values:
        return None
    lo, hi = values[0].value_num or 0.0, values[-1].value_num or 0.0
    reasons: list[Reason] = []
    seen: set[tuple[object, ...]] = set()
    for a, b in combinations(values, 2):  # lowest first: b is never below a
        if (a.value_num or 0.0) >= (b.value_num or 0.0):
            continue
        for r in _reasons(a, b, metric):
            key = (r.code, a.value_num, b.value_num, *r.data[2:])  # once per pair of numbers, not per source
            if key not in seen:
                seen.add(key)
                reasons.append(r)
    return Disagreement(tuple(values), hi / lo - 1, tuple(reasons))
