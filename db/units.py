"""Canonical units and the one formatter that turns a canonical value into readable text.

Values are stored in one canonical unit per quantity (TFLOPS, TOPS, GB, GB/s, W, mm², billion).
`format_quantity` picks a prefix so that the number reads naturally (752 TFLOPS, 300 PFLOPS,
49.2 TB, 1,229 TB/s, 559 kW). `to_canonical` converts the units found in source files.
No Qt here: the desktop passes its locale's separators in.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

# canonical unit -> ladder of (display unit, factor from canonical), smallest first
_LADDERS: dict[str, list[tuple[str, float]]] = {
    "TFLOPS": [("GFLOPS", 1e3), ("TFLOPS", 1.0), ("PFLOPS", 1e-3), ("EFLOPS", 1e-6)],
    "TOPS": [("GOPS", 1e3), ("TOPS", 1.0), ("POPS", 1e-3), ("EOPS", 1e-6)],
    "GB": [("MB", 1e3), ("GB", 1.0), ("TB", 1e-3), ("PB", 1e-6)],
    "GB/s": [("MB/s", 1e3), ("GB/s", 1.0), ("TB/s", 1e-3), ("PB/s", 1e-6)],
    "W": [("W", 1.0), ("kW", 1e-3), ("MW", 1e-6)],
}

# source unit (lower case, spaces removed) -> (canonical unit, factor to canonical)
_SOURCE_UNITS: dict[str, tuple[str, float]] = {
    "flop/s": ("TFLOPS", 1e-12), "gflops": ("TFLOPS", 1e-3), "tflops": ("TFLOPS", 1.0),
    "pflops": ("TFLOPS", 1e3), "eflops": ("TFLOPS", 1e6),
    "op/s": ("TOPS", 1e-12), "tops": ("TOPS", 1.0), "pops": ("TOPS", 1e3),
    "bytes": ("GB", 1e-9), "byte": ("GB", 1e-9), "mb": ("GB", 1e-3), "gb": ("GB", 1.0),
    "tb": ("GB", 1e3), "pb": ("GB", 1e6),
    "byte/s": ("GB/s", 1e-9), "bytes/s": ("GB/s", 1e-9), "gb/s": ("GB/s", 1.0),
    "tb/s": ("GB/s", 1e3), "pb/s": ("GB/s", 1e6),
    "bit/s": ("GB/s", 1.25e-10), "gbit/s": ("GB/s", 0.125), "tbit/s": ("GB/s", 125.0),
    "w": ("W", 1.0), "kw": ("W", 1e3), "mw": ("W", 1e6),
    "mm2": ("mm²", 1.0), "mm²": ("mm²", 1.0), "mm^2": ("mm²", 1.0),
    "billion": ("billion", 1.0), "millions": ("billion", 1e-3),
}


class UnitError(ValueError):
    """A source unit that the app does not know how to convert."""


def to_canonical(value: float, source_unit: str, canonical: str) -> float:
    """Convert `value` given in `source_unit` to the metric's canonical unit."""
    key = source_unit.strip().lower().replace(" ", "")
    if key == canonical.lower().replace(" ", ""):
        return float(value)
    target = _SOURCE_UNITS.get(key)
    if target is None or target[0] != canonical:
        raise UnitError(f"cannot convert {source_unit!r} to {canonical!r}")
    return float(value) * target[1]


@dataclass(frozen=True)
class NumberStyle:
    """Separators of the user's locale (the desktop fills them from QLocale)."""

    group: str = ","
    point: str = "."


PLAIN = NumberStyle()


def format_number(x: float, style: NumberStyle = PLAIN, significant: int = 4) -> str:
    """Up to `significant` significant digits, no trailing zeros, grouped thousands."""
    if x == 0:
        return "0"
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(0, significant - 1 - magnitude)
    decimals = min(decimals, 3)
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "\x00").replace(".", style.point).replace("\x00", style.group)


def scale(value: float, canonical: str) -> tuple[float, str]:
    """Choose the display unit for `value` (in `canonical`): the largest that keeps it >= 1."""
    ladder = _LADDERS.get(canonical)
    if not ladder or value == 0:
        return value, canonical
    chosen = ladder[0]
    for unit, factor in ladder:
        if abs(value * factor) >= 1 - 1e-9:
            chosen = (unit, factor)
    # below 2 in the larger unit with more than one decimal, the smaller reads better:
    # 1,229 TB/s rather than 1.229 PB/s, but 1.8 TB/s and 1 TFLOPS stay as they are
    unit, factor = chosen
    idx = ladder.index(chosen)
    shown = abs(value * factor)
    if idx > 0 and shown < 2 and abs(shown * 10 - round(shown * 10)) > 1e-6:
        unit, factor = ladder[idx - 1]
    return value * factor, unit


def format_quantity(value: float, canonical: str, style: NumberStyle = PLAIN,
                    approximate: bool = False) -> str:
    """'752 TFLOPS', '300 PFLOPS', '49.2 TB', '1,229 TB/s', '559 kW', '≈600 kW'."""
    shown, unit = scale(value, canonical)
    text = format_number(shown, style)
    if unit:
        text = f"{text} {unit}"
    return f"≈{text}" if approximate else text


def format_ratio(ratio: float, style: NumberStyle = PLAIN) -> str:
    """'0.76×', '2.1×', '16×'."""
    if ratio >= 100:
        return f"{format_number(round(ratio), style)}×"
    shown = float(f"{ratio:.{3 if ratio >= 10 else 2}g}")
    return f"{format_number(shown, style)}×"
